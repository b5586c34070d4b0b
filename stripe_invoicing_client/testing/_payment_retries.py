"""When a failed automatic payment is tried again: the account's custom retry schedule
(`_retry_policy`, `FakeStripe.set_retry_schedule`) applied to one invoice.

Stripe counts the attempts of the schedule in `attempt_count` (the first attempt, manual or
not, then only automatic retries), and shows the next one in `next_payment_attempt`. So the
n-th counted attempt that fails is retried `days[n-1]` days later, and the one after the last
retry leaves none (null). `_invoice_status` charges the retry when `_recurring` finds it due.

A subscription canceled (however it ends so) stops the automatic collection of every finalized
invoice of its customer: `auto_advance` off, so none is retried until it is turned on again
(stripe-python 16.1's `Subscription.cancel`; the API reference's cancel a subscription).
"""

from __future__ import annotations

from ._invoice_store import Invoice
from ._lifecycle import OPEN
from ._objects import invoice_view
from ._reactions import SUBSCRIPTION_CANCELED, reacts_to
from ._state import RequestContext, State
from ._subscription_lifecycle import CANCELED, INCOMPLETE
from ._subscription_store import Subscription

DAY = 86_400


def is_retried(state: State, invoice: Invoice) -> bool:
    """Whether the schedule retries `invoice`: an open one collected automatically
    (`auto_advance`, charged automatically). Not a subscription's first invoice while the
    subscription is `incomplete`: that one expires in 23 hours unless paid."""
    if state.retry_policy is None or invoice.status != OPEN or not invoice.auto_advance:
        return False
    if invoice.collection_method != "charge_automatically":
        return False
    subscription = state.subscriptions.get(invoice.subscription or "")
    return subscription is None or subscription.status != INCOMPLETE


def schedule_retry(call: RequestContext, invoice: Invoice) -> bool:
    """After a counted attempt of `invoice` failed: its next retry is set, or none is left;
    True when that was the last one the schedule had (so its settings for afterwards apply)."""
    policy = call.state.retry_policy
    if policy is None or not is_retried(call.state, invoice):
        return False
    retries_made = invoice.attempt_count - 1
    if retries_made < len(policy.days):
        invoice.next_payment_attempt = call.now() + policy.days[retries_made] * DAY
        return False
    invoice.next_payment_attempt = None
    return True


def retry_is_due(invoice: Invoice) -> bool:
    """An open invoice collected automatically with a retry set (`_recurring`)."""
    return (
        invoice.status == OPEN and invoice.auto_advance and invoice.next_payment_attempt is not None
    )


def collection_turned_on(invoice: Invoice, now: int) -> None:
    """`auto_advance` turned on again (`invoices.update`): a retry whose time passed while it
    was off comes now. Undocumented: the fake's choice, rather than a retry back-dated."""
    due = invoice.next_payment_attempt
    if retry_is_due(invoice) and due is not None and due < now:
        invoice.next_payment_attempt = now


@reacts_to(SUBSCRIPTION_CANCELED)
def stop_collection(call: RequestContext, subscription: Subscription) -> None:
    """A canceled subscription (not an expired one) turns `auto_advance` off on its customer's
    open invoices, each with `invoice.updated`; drafts (a final invoice) still advance."""
    if subscription.status != CANCELED:
        return
    state = call.state
    theirs = [i for i in state.invoices.values() if i.customer == subscription.customer]
    for invoice in (i for i in theirs if i.status == OPEN and i.auto_advance):
        before = invoice_view(state, invoice)
        invoice.auto_advance = False
        call.emit_update("invoice.updated", before, invoice_view(state, invoice))


__all__ = [
    "collection_turned_on",
    "is_retried",
    "retry_is_due",
    "schedule_retry",
    "stop_collection",
]
