"""The customer portal: configurations (the default one, standing for the settings saved in the
Dashboard, is there from the portal's first use and can't be deactivated; those made through
the API are never the default) and sessions, each with a URL on the portal's host.

A session needs an existing customer; it uses the configuration given (which must be active)
or the default, and takes its `return_url` or the configuration's. A flow (`flow_data`) needs
its feature enabled in the configuration, and a subscription flow a subscription of the
customer's.
"""

from __future__ import annotations

import copy
from collections.abc import Set as AbstractSet
from typing import Any

from ._customers import live_customer
from ._errors import ApiError
from ._listing import Listing, list_handler, update_handler
from ._objects import expand_paths, merged_metadata
from ._portal_store import (
    DEFAULT_CONFIGURATION_ID,
    PORTAL_HOST,
    PortalConfiguration,
    PortalSession,
    dashboard_features,
    render_configuration,
    render_session,
)
from ._shapes import UNSET
from ._state import Finder, JsonHandler, JsonObject, RequestContext, State

live_configuration = Finder(
    lambda state: state.portal_configurations, "configuration", "configuration"
)

# The flow types, and the feature each needs enabled.
_FLOW_FEATURES = {
    "customer_update": "customer_update",
    "payment_method_update": "payment_method_update",
    "subscription_cancel": "subscription_cancel",
    "subscription_pause": "subscription_pause",
    "subscription_update": "subscription_update",
    "subscription_update_confirm": "subscription_update",
}
_SUBSCRIPTION_FLOWS = (
    "subscription_cancel",
    "subscription_pause",
    "subscription_update",
    "subscription_update_confirm",
)


def ensure_default(state: State, now: int) -> PortalConfiguration:
    """The default configuration, made (first in the store, so listed last) on first use."""
    found = state.portal_configurations.get(DEFAULT_CONFIGURATION_ID)
    if found is None:
        found = PortalConfiguration(
            id=DEFAULT_CONFIGURATION_ID,
            created=now,
            is_default=True,
            features=dashboard_features(),
        )
        state.portal_configurations = {found.id: found, **state.portal_configurations}
    return found


def configuration_view(
    state: State, config: PortalConfiguration, expand: AbstractSet[str] = frozenset()
) -> JsonObject:
    return render_configuration(config)


def _cleared(value: Any, empty: Any) -> Any:
    return empty if value is UNSET else value


def _products(call: RequestContext, given: Any) -> list[dict[str, Any]]:
    where = "features[subscription_update][products]"
    products = []
    for i, product in enumerate(_cleared(given, [])):
        if product["product"] not in call.state.products:
            raise ApiError.missing("product", product["product"], f"{where}[{i}][product]")
        for price in product["prices"]:
            found = call.state.prices.get(price)
            if found is None or found.product != product["product"]:
                raise ApiError.invalid_request(
                    f"Price {price} is not a price of product {product['product']}.",
                    param=f"{where}[{i}][prices]",
                )
        quantity = product.get("adjustable_quantity") or {}
        products.append(
            {
                "adjustable_quantity": {
                    "enabled": quantity.get("enabled", False),
                    "maximum": quantity.get("maximum"),
                    "minimum": quantity.get("minimum", 1),
                },
                "prices": list(product["prices"]),
                "product": product["product"],
            }
        )
    return products


def _setting(key: str, value: Any) -> Any:
    """A setting as answered: `""` clears a list (`feedback_options` to null); a pause's
    interval options count 1 unless they say otherwise."""
    if value is UNSET:
        return None if key == "feedback_options" else []
    if key == "interval_options":
        return [
            {"interval": o["interval"], "interval_count": o.get("interval_count", 1)} for o in value
        ]
    if key == "conditions":
        return [{"type": condition["type"]} for condition in value]
    return value


def _merge_features(call: RequestContext, features: dict[str, Any], given: dict[str, Any]) -> None:
    """Each feature named takes the settings given; the others stay as they were."""
    for name, settings in given.items():
        current = features[name]
        for key, value in settings.items():
            if key == "products":
                current[key] = _products(call, value)
            elif isinstance(value, dict):
                inner = {k: _setting(k, v) for k, v in value.items()}
                current[key] = {**current[key], **inner}
            else:
                current[key] = _setting(key, value)
    update = features["subscription_update"]
    if update["enabled"] and not update["products"]:
        raise ApiError.invalid_request(
            "Subscription updates in the portal need at least one product to switch between.",
            param="features[subscription_update][products]",
        )


def _apply(call: RequestContext, config: PortalConfiguration, params: dict[str, Any]) -> None:
    if "features" in params:
        _merge_features(call, config.features, params["features"])
    profile = params.get("business_profile") or {}
    for name in ("headline", "privacy_policy_url", "terms_of_service_url"):
        if name in profile:
            setattr(config.business_profile, name, _cleared(profile[name], None))
    for name in ("default_return_url", "name"):
        if name in params:
            setattr(config, name, _cleared(params[name], None))
    if "login_page" in params:
        config.login_page_enabled = params["login_page"]["enabled"]
    if "metadata" in params:
        config.metadata = merged_metadata(config.metadata, params["metadata"])
    if "active" in params:
        if config.is_default and not params["active"]:
            raise ApiError.invalid_request(
                "The default configuration can't be deactivated.", param="active"
            )
        config.active = params["active"]
    config.updated = call.now()


def create(call: RequestContext, ids: dict[str, str], params: dict[str, Any]) -> JsonObject:
    ensure_default(call.state, call.now())
    config = call.new(PortalConfiguration, "bpc")
    _apply(call, config, params)
    call.state.portal_configurations[config.id] = config
    call.emit("billing_portal.configuration.created", render_configuration(config))
    return render_configuration(config)


def _with_default(handler: JsonHandler) -> JsonHandler:
    def handle(call: RequestContext, ids: dict[str, str], params: dict[str, Any]) -> JsonObject:
        ensure_default(call.state, call.now())
        return handler(call, ids, params)

    return handle


def _changed(call: RequestContext, config: PortalConfiguration, params: dict[str, Any]) -> None:
    # Changes go to a copy first so a refused update leaves the configuration as it was.
    changed = copy.deepcopy(config)
    _apply(call, changed, params)
    for name in ("features", "business_profile", "default_return_url", "name", "metadata"):
        setattr(config, name, getattr(changed, name))
    config.active, config.login_page_enabled = changed.active, changed.login_page_enabled
    config.updated = changed.updated


update = _with_default(
    update_handler(
        live_configuration,
        "configuration",
        "billing_portal.configuration.updated",
        configuration_view,
        _changed,
    )
)


def retrieve(call: RequestContext, ids: dict[str, str], params: dict[str, Any]) -> JsonObject:
    ensure_default(call.state, call.now())
    return render_configuration(live_configuration(call.state, ids["configuration"]))


list_all = _with_default(
    list_handler(
        Listing(
            "/v1/billing_portal/configurations",
            "configuration",
            "portal_configurations",
            configuration_view,
            equal=("active", "is_default"),
        )
    )
)


# -- sessions ------------------------------------------------------------------------------


def _flow(call: RequestContext, customer: str, config: PortalConfiguration, given: Any) -> Any:
    """The session's `flow` as answered, from `flow_data`, or a 400 for what can't be."""
    flow_type = given["type"]
    if not config.features[_FLOW_FEATURES[flow_type]]["enabled"]:
        raise ApiError.invalid_request(
            f"The {flow_type} flow needs the {_FLOW_FEATURES[flow_type]} feature enabled in "
            f"configuration {config.id}.",
            param="flow_data[type]",
        )
    flow: dict[str, Any] = {"type": flow_type, "customer_update": None}
    for name in _SUBSCRIPTION_FLOWS:
        flow[name] = None
    if flow_type in _SUBSCRIPTION_FLOWS:
        settings = given.get(flow_type)
        if settings is None:
            raise ApiError.missing_param(f"flow_data[{flow_type}]")
        where = f"flow_data[{flow_type}][subscription]"
        subscription = call.state.subscriptions.get(settings["subscription"])
        if subscription is None or subscription.customer != customer:
            raise ApiError.invalid_request(
                f"No such subscription of customer {customer}: '{settings['subscription']}'",
                param=where,
            )
        flow[flow_type] = _flow_settings(flow_type, settings)
    after = given.get("after_completion") or {"type": "portal_homepage"}
    kind = after["type"]
    if kind == "redirect" and "redirect" not in after:
        raise ApiError.missing_param("flow_data[after_completion][redirect]")
    flow["after_completion"] = {
        "hosted_confirmation": (
            {"custom_message": (after.get("hosted_confirmation") or {}).get("custom_message")}
            if kind == "hosted_confirmation"
            else None
        ),
        "redirect": {"return_url": after["redirect"]["return_url"]} if kind == "redirect" else None,
        "type": kind,
    }
    return flow


def _flow_settings(flow_type: str, settings: dict[str, Any]) -> dict[str, Any]:
    if flow_type == "subscription_cancel":
        retention = settings.get("retention")
        return {
            "retention": None
            if retention is None
            else {"coupon_offer": dict(retention["coupon_offer"]), "type": retention["type"]},
            "subscription": settings["subscription"],
        }
    if flow_type == "subscription_update_confirm":
        return {
            "discounts": [
                {"coupon": d.get("coupon"), "promotion_code": d.get("promotion_code")}
                for d in settings.get("discounts", [])
            ],
            "items": [
                {"id": i["id"], "price": i.get("price"), "quantity": i.get("quantity")}
                for i in settings["items"]
            ],
            "subscription": settings["subscription"],
        }
    return {"subscription": settings["subscription"]}


def create_session(call: RequestContext, ids: dict[str, str], params: dict[str, Any]) -> JsonObject:
    state = call.state
    default = ensure_default(state, call.now())
    if "customer" not in params:
        raise ApiError.missing_param("customer")
    customer = live_customer(state, params["customer"])
    config = default
    if "configuration" in params:
        config = live_configuration(state, params["configuration"])
        if not config.active:
            raise ApiError.invalid_request(
                f"Configuration {config.id} is inactive; activate it or use another.",
                param="configuration",
            )
    flow = _flow(call, customer.id, config, params["flow_data"]) if "flow_data" in params else None
    locale = params.get("locale")
    session = call.new(
        PortalSession,
        "bps",
        customer=customer.id,
        configuration=config.id,
        url=f"{PORTAL_HOST}/p/session/{state.ids.new('test')}",
        return_url=params.get("return_url") or config.default_return_url,
        locale=None if locale == "auto" else locale,
        flow=flow,
    )
    state.portal_sessions[session.id] = session
    call.emit("billing_portal.session.created", render_session(session))
    view = render_session(session)
    if "configuration" in expand_paths(params, in_list=False):
        view["configuration"] = render_configuration(config)
    return view


__all__ = [
    "create",
    "create_session",
    "ensure_default",
    "list_all",
    "live_configuration",
    "retrieve",
    "update",
]
