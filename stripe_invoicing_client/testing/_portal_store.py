"""The customer portal's configurations and sessions as the fake keeps them, and the JSON
Stripe answers for each (the only place their wire shape is spelled)."""

from __future__ import annotations

import copy
from typing import Any

from attrs import define, field

from ._stored import AT_CREATION, INTERNAL, Stored, StoredWithMetadata, render_stored

# The default configuration stands for the portal settings saved in the Dashboard; it is there
# from the first time the portal is used, always with this id.
DEFAULT_CONFIGURATION_ID = "bpc_fake_default"
PORTAL_HOST = "https://billing.stripe.com"


def _features_off() -> dict[str, Any]:
    """Every feature, off, with the settings Stripe answers for one that was never set."""
    return {
        "customer_update": {"allowed_updates": [], "enabled": False},
        "invoice_history": {"enabled": False},
        "payment_method_update": {"enabled": False, "payment_method_configuration": None},
        "subscription_cancel": {
            "cancellation_reason": {"enabled": False, "feedback_options": None, "options": []},
            "enabled": False,
            "mode": "at_period_end",
            "proration_behavior": "none",
        },
        "subscription_pause": {
            "duration": {"interval_options": [], "type": "indefinite"},
            "enabled": False,
        },
        "subscription_update": {
            "billing_cycle_anchor": None,
            "default_allowed_updates": [],
            "enabled": False,
            "products": [],
            "proration_behavior": "none",
            "schedule_at_period_end": {"conditions": []},
            "trial_update_behavior": "end_trial",
        },
    }


def dashboard_features() -> dict[str, Any]:
    """The default configuration's features: invoice history, payment methods and the
    customer's email and address."""
    features = _features_off()
    features["invoice_history"]["enabled"] = True
    features["payment_method_update"]["enabled"] = True
    features["customer_update"] = {"allowed_updates": ["email", "address"], "enabled": True}
    return features


@define
class BusinessProfile:
    headline: str | None = None
    privacy_policy_url: str | None = None
    terms_of_service_url: str | None = None


@define
class PortalConfiguration(StoredWithMetadata):
    updated: int = AT_CREATION
    is_default: bool = False
    active: bool = True
    name: str | None = None
    default_return_url: str | None = None
    login_page_enabled: bool = field(default=False, metadata=INTERNAL)
    business_profile: BusinessProfile = field(factory=BusinessProfile)
    # As answered: `_features_off()` with what was set merged in.
    features: dict[str, Any] = field(factory=_features_off)


def render_configuration(config: PortalConfiguration) -> dict[str, Any]:
    profile = config.business_profile
    login_url = f"{PORTAL_HOST}/p/login/test_{config.id[4:]}" if config.login_page_enabled else None
    return render_stored(
        config,
        "billing_portal.configuration",
        business_profile={
            "headline": profile.headline,
            "privacy_policy_url": profile.privacy_policy_url,
            "terms_of_service_url": profile.terms_of_service_url,
        },
        login_page={"enabled": config.login_page_enabled, "url": login_url},
    )


@define
class PortalSession(Stored):
    customer: str
    configuration: str
    url: str
    return_url: str | None = None
    locale: str | None = None
    # As answered (`billing_portal.session_flow`), or None.
    flow: dict[str, Any] | None = None


def render_session(session: PortalSession) -> dict[str, Any]:
    return render_stored(
        session,
        "billing_portal.session",
        flow=copy.deepcopy(session.flow),
    )


__all__ = [
    "DEFAULT_CONFIGURATION_ID",
    "PORTAL_HOST",
    "BusinessProfile",
    "PortalConfiguration",
    "PortalSession",
    "dashboard_features",
    "render_configuration",
    "render_session",
]
