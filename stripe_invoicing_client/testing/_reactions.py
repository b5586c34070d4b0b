"""Reactions across aggregates: what a change to one object does to others (an invoice paid
makes its subscription active again; a period's end renews a subscription).

The module that changes an object says what happened (`react(call, INVOICE_PAID, invoice)`);
the module that owns the other object registers its reaction (`@reacts_to(INVOICE_PAID)`).
So invoices never import subscriptions: the table is the only place the two meet.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from attrs import frozen

from ._state import RequestContext

# The object is the aggregate that changed: an invoice (`Invoice`), a subscription.
Reaction = Callable[[RequestContext, Any], None]

# What happened, to which object.
INVOICE_PAID = "invoice.paid"  # an invoice
INVOICE_PAYMENT_FAILED = "invoice.payment_failed"  # an invoice whose payment attempt failed
INVOICE_RETRY_DUE = "invoice.retry_due"  # an open invoice at its `next_payment_attempt`
# The last retry of the schedule failed (`set_retry_schedule`): its subscription's turn.
INVOICE_RETRIES_EXHAUSTED = "invoice.retries_exhausted"
INVOICE_MARKED_UNCOLLECTIBLE = "invoice.marked_uncollectible"
INVOICE_DUE_TO_ADVANCE = "invoice.due_to_advance"  # an auto-advancing draft, an hour old
INVOICE_OVERDUE = "invoice.overdue"  # an open invoice past its due date
PERIOD_ENDED = "subscription.period_ended"  # a subscription
# A subscription at its `next_pending_invoice_item_invoice` (`_pending_item_interval`).
PENDING_ITEMS_DUE = "subscription.pending_items_due"
TRIAL_ENDED = "subscription.trial_ended"  # a trialing subscription at its `trial_end`
# A trialing subscription at `trial_will_end_at`: three days before its trial ends.
TRIAL_WILL_END = "subscription.trial_will_end"
CANCEL_AT_REACHED = "subscription.cancel_at_reached"
INCOMPLETE_EXPIRES = "subscription.incomplete_expires"  # still incomplete 23 hours after creation
# A resume's invoice 23 hours on (`Subscription.resumption.voids_at`).
RESUMPTION_LAPSES = "subscription.resumption_lapses"
OVERDUE_TOO_LONG = "subscription.overdue_too_long"  # past the days `set_overdue_policy` gave
SUBSCRIPTION_CANCELED = "subscription.canceled"  # a subscription, just canceled or expired
CUSTOMER_DELETED = "customer.deleted"  # a customer being deleted (still in the store)
CUSTOMER_SOURCE_SET = "customer.source_set"  # a customer given a new `source` by an update
# A customer whose discount's `end` (a `repeating` coupon's) came.
CUSTOMER_DISCOUNT_ENDS = "customer.discount_ends"
# A subscription schedule reached its start or the end of its current phase.
SCHEDULE_PHASE_DUE = "subscription_schedule.phase_due"
QUOTE_EXPIRES = "quote.expires"  # a draft or open quote whose `expires_at` came
PAYMENT_METHOD_USED = "payment_method.used"  # a PaymentMethodUse


@frozen
class PaymentMethodUse:
    """A customer named a payment method: made with it, its default set, or charged with it."""

    customer: str
    payment_method: str


HAPPENINGS = (
    INVOICE_PAID,
    INVOICE_PAYMENT_FAILED,
    INVOICE_RETRY_DUE,
    INVOICE_RETRIES_EXHAUSTED,
    INVOICE_MARKED_UNCOLLECTIBLE,
    INVOICE_DUE_TO_ADVANCE,
    INVOICE_OVERDUE,
    PERIOD_ENDED,
    PENDING_ITEMS_DUE,
    TRIAL_ENDED,
    TRIAL_WILL_END,
    CANCEL_AT_REACHED,
    INCOMPLETE_EXPIRES,
    RESUMPTION_LAPSES,
    OVERDUE_TOO_LONG,
    SUBSCRIPTION_CANCELED,
    CUSTOMER_DELETED,
    CUSTOMER_SOURCE_SET,
    CUSTOMER_DISCOUNT_ENDS,
    SCHEDULE_PHASE_DUE,
    QUOTE_EXPIRES,
    PAYMENT_METHOD_USED,
)

REACTIONS: dict[str, list[Reaction]] = {happening: [] for happening in HAPPENINGS}


def reacts_to(happening: str) -> Callable[[Reaction], Reaction]:
    """Registers the decorated function as a reaction to `happening`."""

    def register(reaction: Reaction) -> Reaction:
        REACTIONS[happening].append(reaction)  # an unknown happening is a KeyError here
        return reaction

    return register


def react(call: RequestContext, happening: str, obj: Any) -> None:
    for reaction in REACTIONS[happening]:
        reaction(call, obj)


__all__ = [
    "CANCEL_AT_REACHED",
    "CUSTOMER_DELETED",
    "CUSTOMER_SOURCE_SET",
    "HAPPENINGS",
    "INCOMPLETE_EXPIRES",
    "INVOICE_DUE_TO_ADVANCE",
    "INVOICE_MARKED_UNCOLLECTIBLE",
    "INVOICE_OVERDUE",
    "INVOICE_PAID",
    "INVOICE_PAYMENT_FAILED",
    "INVOICE_RETRIES_EXHAUSTED",
    "INVOICE_RETRY_DUE",
    "OVERDUE_TOO_LONG",
    "PAYMENT_METHOD_USED",
    "PERIOD_ENDED",
    "REACTIONS",
    "RESUMPTION_LAPSES",
    "SCHEDULE_PHASE_DUE",
    "SUBSCRIPTION_CANCELED",
    "TRIAL_ENDED",
    "TRIAL_WILL_END",
    "PaymentMethodUse",
    "Reaction",
    "react",
    "reacts_to",
]
