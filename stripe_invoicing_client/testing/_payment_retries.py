"""When a failed automatic payment is tried again: the account's custom retry schedule
(`_retry_policy`, `FakeStripe.set_retry_schedule`) applied to one invoice.

Stripe counts the attempts of the schedule in `attempt_count` (the first attempt, manual or
not, then only automatic retries), and shows the next one in `next_payment_attempt`. So the
n-th counted attempt that fails is retried `days[n-1]` days later, and the one after the last
retry leaves none (null). `_invoice_status` charges the retry when `_recurring` finds it due.
"""

from __future__ import annotations

from ._invoice_store import Invoice
from ._lifecycle import OPEN
from ._state import RequestContext, State
from ._subscription_lifecycle import INCOMPLETE

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


__all__ = ["is_retried", "retry_is_due", "schedule_retry"]
