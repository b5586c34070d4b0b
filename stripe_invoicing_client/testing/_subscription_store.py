"""A subscription and its items as the fake keeps them, and the functions that render them
as the JSON Stripe answers (the only place their wire shape is spelled)."""

from __future__ import annotations

import copy
from typing import Any

from attrs import define, field

from ._catalog_store import Discount, TaxRate, render_tax_rate
from ._stored import AT_CREATION, StoredWithMetadata


@define
class SubscriptionItem(StoredWithMetadata):
    subscription: str
    # The price as subscribed to (a copy): its amounts bill; the catalog's current one renders.
    price: dict[str, Any]
    quantity: int
    current_period_start: int
    current_period_end: int
    # Its own tax rates (copies, as applied): on its lines, instead of the subscription's.
    tax_rates: list[TaxRate] = field(factory=list)
    # Its own discounts' ids (`state.discounts`), on its lines while they last.
    discounts: list[str] = field(factory=list)


@define
class PauseCollection:
    behavior: str  # `keep_as_draft`, `mark_uncollectible` or `void`
    resumes_at: int | None = None


@define
class Resumption:
    """A `resume` waiting on its invoice (`_subscription_resume`): the subscription stays
    paused until the invoice is paid or marked uncollectible."""

    invoice: str
    payment_behavior: str  # `resume_on_payment_attempt` or `resume_on_payment_success`
    # When the invoice is voided unless a payment was attempted; None once that time is past.
    voids_at: int | None


@define
class PendingItemInterval:
    """`pending_invoice_item_interval` (`_pending_item_interval`): its invoices fall each
    `count` `interval`s from `anchor`, when it was set."""

    interval: str  # `day`, `week`, `month` or `year`
    count: int
    anchor: int


@define
class CancellationDetails:
    comment: str | None = None
    feedback: str | None = None
    reason: str | None = None


@define
class Subscription(StoredWithMetadata):
    customer: str
    currency: str
    status: str
    test_clock: str | None
    # Anchored, and its first period started, when it is made (unless set otherwise).
    billing_cycle_anchor: int = AT_CREATION
    # The current period: from the earliest item's start to the latest item's end.
    period_start: int = AT_CREATION
    period_end: int = AT_CREATION
    items: list[SubscriptionItem] = field(factory=list)
    collection_method: str = "charge_automatically"
    days_until_due: int | None = None
    default_payment_method: str | None = None
    default_source: str | None = None
    description: str | None = None
    cancel_at: int | None = None
    cancel_at_period_end: bool = False
    canceled_at: int | None = None
    ended_at: int | None = None
    cancellation_details: CancellationDetails = field(factory=CancellationDetails)
    pause_collection: PauseCollection | None = None
    # While it is still `paused`, a `resume` waiting on its invoice (`_subscription_resume`).
    resumption: Resumption | None = None
    latest_invoice: str | None = None
    # The last trial's times, kept once it ends (`status` says whether it lasts).
    trial_start: int | None = None
    trial_end: int | None = None
    # When `customer.subscription.trial_will_end` is due for the current trial; None once sent.
    trial_will_end_at: int | None = None
    # `trial_settings[end_behavior][missing_payment_method]`: create_invoice, pause or cancel.
    trial_missing_payment_method: str = "create_invoice"
    # When it went past due (for `set_overdue_policy`); None when it isn't.
    overdue_since: int | None = None
    # The subscription schedule driving it, if any.
    schedule: str | None = None
    # Its discounts' ids (`state.discounts`), applied to each invoice it makes while they last.
    discounts: list[str] = field(factory=list)
    # For items with no tax rates of their own; its invoices' `default_tax_rates`.
    default_tax_rates: list[TaxRate] = field(factory=list)
    # Why and since when it is paused (`status_details.paused`), while it is.
    paused_reason: str | None = None
    paused_at: int | None = None
    # `classic`, or `flexible` once migrated (`_subscription_pause.py`).
    billing_mode: str = "classic"
    proration_discounts: str | None = None
    billing_mode_updated_at: int | None = None
    # `payment_settings` (`_subscription_payment_settings`): `off` or `on_subscription`, and
    # the payment method types as sent (only `["card"]` is taken).
    save_default_payment_method: str = "off"
    payment_method_types: list[str] | None = None
    # `billing_cycle_anchor_config` as sent (`_subscription_anchor`): its `day_of_month` is the
    # day its monthly and yearly periods aim for; and whether a short period up to the anchor
    # is prorated (`proration_behavior` on creation), else free.
    billing_cycle_anchor_config: dict[str, int] | None = None
    prorate_to_anchor: bool = True
    pending_invoice_item_interval: PendingItemInterval | None = None
    next_pending_invoice_item_invoice: int | None = None
    # `backdate_start_date` (`_subscription_backdate`): its `start_date`, before it was made.
    backdated_start: int | None = None

    def item(self, item_id: str) -> SubscriptionItem | None:
        return next((item for item in self.items if item.id == item_id), None)

    @property
    def start_date(self) -> int:
        return self.created if self.backdated_start is None else self.backdated_start


def discounts_for_invoice(
    owner: Subscription | SubscriptionItem,
    discounts: dict[str, Discount],
    period: tuple[int, int],
) -> list[str]:
    """The subscription's (or item's) discounts that apply to its invoice (or line) for
    `period` (start, end).

    Those that ended by the period's start are taken off it; a `once` coupon's is used up by
    the first period it discounts (its `end` stays null)."""
    start, end = period
    applying = [
        found.id
        for found in (discounts.get(d) for d in owner.discounts)
        if found is not None and not found.ended_by(start)
    ]
    owner.discounts = applying
    for discount_id in applying:
        discount = discounts[discount_id]
        if discount.coupon.duration == "once" and discount.used_up_at is None:
            discount.used_up_at = end
    return list(applying)


def render_subscription_item(item: SubscriptionItem, price: dict[str, Any]) -> dict[str, Any]:
    """The item as answered; `price` is its price as the catalog has it now, `plan` included
    by the caller (it mirrors the price)."""
    return {
        "id": item.id,
        "object": "subscription_item",
        "billed_until": None,
        "billing_thresholds": None,
        "created": item.created,
        "current_period_end": item.current_period_end,
        "current_period_start": item.current_period_start,
        "current_trial": None,
        "discounts": list(item.discounts),
        "metadata": dict(item.metadata),
        "price": copy.deepcopy(price),
        # A metered item bills its meter's usage: it has no quantity.
        "quantity": None if price["recurring"]["usage_type"] == "metered" else item.quantity,
        "subscription": item.subscription,
        "tax_rates": [render_tax_rate(rate) for rate in item.tax_rates],
    }


def _status_details(s: Subscription) -> dict[str, Any] | None:
    if s.status != "paused" or s.paused_reason is None or s.paused_at is None:
        return None
    paused = {"subscription": {"type": s.paused_reason}, "transitioned_at": s.paused_at}
    return {"paused": {**paused, "type": "subscription"}}


def render_subscription(subscription: Subscription, items: list[dict[str, Any]]) -> dict[str, Any]:
    """The subscription as answered, with its items already rendered."""
    s = subscription
    pause = s.pause_collection
    details = s.cancellation_details
    return {
        "id": s.id,
        "object": "subscription",
        "application": None,
        "application_fee_percent": None,
        "automatic_tax": {"disabled_reason": None, "enabled": False, "liability": None},
        "billing_cycle_anchor": s.billing_cycle_anchor,
        "billing_cycle_anchor_config": (
            None
            if s.billing_cycle_anchor_config is None
            else {
                name: s.billing_cycle_anchor_config.get(name)
                for name in ("day_of_month", "hour", "minute", "month", "second")
            }
        ),
        "billing_mode": {
            "flexible": (
                None
                if s.billing_mode != "flexible"
                else {"proration_discounts": s.proration_discounts}
            ),
            "type": s.billing_mode,
            "updated_at": s.billing_mode_updated_at,
        },
        "billing_schedules": [],
        "billing_thresholds": None,
        "cancel_at": s.cancel_at,
        "cancel_at_period_end": s.cancel_at_period_end,
        "canceled_at": s.canceled_at,
        "cancellation_details": {
            "comment": details.comment,
            "feedback": details.feedback,
            "feedback_option": None,
            "reason": details.reason,
        },
        "collection_method": s.collection_method,
        "created": s.created,
        "currency": s.currency,
        "customer": s.customer,
        "customer_account": None,
        "days_until_due": s.days_until_due,
        "default_payment_method": s.default_payment_method,
        "default_source": s.default_source,
        "default_tax_rates": [render_tax_rate(rate) for rate in s.default_tax_rates],
        "description": s.description,
        "discounts": list(s.discounts),
        "ended_at": s.ended_at,
        "invoice_settings": {
            "account_tax_ids": None,
            "custom_fields": None,
            "description": None,
            "footer": None,
            "issuer": {"type": "self"},
        },
        "latest_invoice": s.latest_invoice,
        "livemode": False,
        "managed_payments": None,
        "metadata": dict(s.metadata),
        "next_pending_invoice_item_invoice": s.next_pending_invoice_item_invoice,
        "on_behalf_of": None,
        "pause_collection": (
            None if pause is None else {"behavior": pause.behavior, "resumes_at": pause.resumes_at}
        ),
        "payment_settings": {
            "payment_method_options": None,
            "payment_method_types": (
                None if s.payment_method_types is None else list(s.payment_method_types)
            ),
            "save_default_payment_method": s.save_default_payment_method,
        },
        "pending_invoice_item_interval": (
            None
            if (pending := s.pending_invoice_item_interval) is None
            else {"interval": pending.interval, "interval_count": pending.count}
        ),
        "pending_setup_intent": None,
        "pending_update": None,
        "presentment_details": None,
        "schedule": s.schedule,
        "start_date": s.start_date,
        "status": s.status,
        "status_details": _status_details(s),
        "test_clock": s.test_clock,
        "transfer_data": None,
        "trial_end": s.trial_end,
        "trial_settings": {
            "end_behavior": {
                "billing_cycle_anchor": None,
                "missing_payment_method": s.trial_missing_payment_method,
            }
        },
        "trial_start": s.trial_start,
        "items": {
            "object": "list",
            "data": items,
            "has_more": False,
            "total_count": len(items),
            "url": f"/v1/subscription_items?subscription={s.id}",
        },
    }


__all__ = [
    "CancellationDetails",
    "PauseCollection",
    "PendingItemInterval",
    "Resumption",
    "Subscription",
    "SubscriptionItem",
    "discounts_for_invoice",
    "render_subscription",
    "render_subscription_item",
]
