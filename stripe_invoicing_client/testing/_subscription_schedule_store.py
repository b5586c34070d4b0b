"""The subscription schedule as the fake keeps it (its phases, their items, its default
settings), and the JSON Stripe answers for it (the only place its wire shape is spelled)."""

from __future__ import annotations

import copy
from typing import Any

from attrs import define, field

from ._catalog_store import TaxRate, render_tax_rate
from ._stored import INTERNAL, StoredWithMetadata, render_stored

NOT_STARTED, ACTIVE, COMPLETED = "not_started", "active", "completed"
RELEASED, CANCELED = "released", "canceled"
# Statuses a schedule can still be changed, released or canceled in.
LIVE = (NOT_STARTED, ACTIVE)


@define
class PhaseItem:
    # The price as subscribed to (a copy, as subscription items keep it).
    price: dict[str, Any]
    quantity: int
    metadata: dict[str, str] = field(factory=dict)
    # Its own rates, as they were set; none: the phase's `default_tax_rates` tax it.
    tax_rates: list[TaxRate] = field(factory=list)


@define
class Settings:
    """What a phase bills with; on the schedule, what its phases default to (None: not set)."""

    collection_method: str | None = None
    days_until_due: int | None = None
    description: str | None = None
    default_payment_method: str | None = None


@define
class Phase:
    start_date: int
    end_date: int
    currency: str
    items: list[PhaseItem]
    settings: Settings = field(factory=Settings)
    metadata: dict[str, str] = field(factory=dict)
    proration_behavior: str = "create_prorations"
    # The subscription's `default_tax_rates` while the phase runs, as they were set.
    default_tax_rates: list[TaxRate] = field(factory=list)
    # `automatic` or `phase_start`, as it was set (None: not set, `automatic`).
    billing_cycle_anchor: str | None = None


@define
class SubscriptionSchedule(StoredWithMetadata):
    customer: str
    test_clock: str | None
    end_behavior: str = "release"
    status: str = NOT_STARTED
    subscription: str | None = None
    released_subscription: str | None = None
    canceled_at: int | None = None
    completed_at: int | None = None
    released_at: int | None = None
    phases: list[Phase] = field(factory=list, metadata=INTERNAL)
    default_settings: Settings = field(factory=Settings, metadata=INTERNAL)
    # The index of the phase the subscription is in (while active).
    current: int = field(default=0, metadata=INTERNAL)

    @property
    def current_phase(self) -> Phase | None:
        return self.phases[self.current] if self.status == ACTIVE else None

    def next_boundary(self) -> int | None:
        """When something next happens to it: its start, or the end of its current phase."""
        if self.status == NOT_STARTED:
            return self.phases[0].start_date
        if self.status == ACTIVE:
            return self.phases[self.current].end_date
        return None

    def effective(self, phase: Phase) -> Settings:
        """The phase's settings, each falling back on the schedule's default."""
        own, default = phase.settings, self.default_settings
        return Settings(
            collection_method=own.collection_method or default.collection_method,
            days_until_due=(
                own.days_until_due if own.days_until_due is not None else default.days_until_due
            ),
            description=own.description or default.description,
            default_payment_method=own.default_payment_method or default.default_payment_method,
        )


def _invoice_settings(days_until_due: int | None) -> dict[str, Any]:
    return {
        "account_tax_ids": None,
        "custom_fields": None,
        "days_until_due": days_until_due,
        "description": None,
        "footer": None,
        "issuer": {"type": "self"},
    }


def render_default_settings(settings: Settings) -> dict[str, Any]:
    return {
        "application_fee_percent": None,
        "automatic_tax": {"disabled_reason": None, "enabled": False, "liability": None},
        "billing_cycle_anchor": "automatic",
        "billing_thresholds": None,
        "collection_method": settings.collection_method or "charge_automatically",
        "default_payment_method": settings.default_payment_method,
        "description": settings.description,
        "invoice_settings": _invoice_settings(settings.days_until_due),
        "on_behalf_of": None,
        "transfer_data": None,
    }


def render_phase_item(item: PhaseItem) -> dict[str, Any]:
    return {
        "billing_thresholds": None,
        "discounts": [],
        "metadata": dict(item.metadata),
        "plan": item.price["id"],
        "price": item.price["id"],
        "quantity": item.quantity,
        "tax_rates": [render_tax_rate(rate) for rate in item.tax_rates],
    }


def render_phase(phase: Phase) -> dict[str, Any]:
    own = phase.settings
    return {
        "add_invoice_items": [],
        "application_fee_percent": None,
        "automatic_tax": None,
        "billing_cycle_anchor": phase.billing_cycle_anchor,
        "billing_thresholds": None,
        "collection_method": own.collection_method,
        "currency": phase.currency,
        "default_payment_method": own.default_payment_method,
        "default_tax_rates": [render_tax_rate(rate) for rate in phase.default_tax_rates],
        "description": own.description,
        "discounts": [],
        "end_date": phase.end_date,
        "invoice_settings": (
            None if own.days_until_due is None else _invoice_settings(own.days_until_due)
        ),
        "items": [render_phase_item(item) for item in phase.items],
        "metadata": copy.deepcopy(phase.metadata),
        "on_behalf_of": None,
        "proration_behavior": phase.proration_behavior,
        "start_date": phase.start_date,
        "transfer_data": None,
        "trial": None,
        "trial_end": None,
    }


def render_subscription_schedule(schedule: SubscriptionSchedule) -> dict[str, Any]:
    current = schedule.current_phase
    return render_stored(
        schedule,
        "subscription_schedule",
        billing_mode={"flexible": None, "type": "classic", "updated_at": None},
        current_phase=(
            None
            if current is None
            else {"end_date": current.end_date, "start_date": current.start_date}
        ),
        default_settings=render_default_settings(schedule.default_settings),
        pause_schedules=[],
        phases=[render_phase(phase) for phase in schedule.phases],
    )


__all__ = [
    "ACTIVE",
    "CANCELED",
    "COMPLETED",
    "LIVE",
    "NOT_STARTED",
    "RELEASED",
    "Phase",
    "PhaseItem",
    "Settings",
    "SubscriptionSchedule",
    "render_phase",
    "render_subscription_schedule",
]
