"""The subscription lifecycle as one table: what each status allows, and where it leads.

    incomplete --first invoice paid--> active
    incomplete --still unpaid 23 hours after creation--> incomplete_expired (for good)
    trialing --trial ends (on time, or `trial_end=now`)--> active (or paused / canceled,
        per `trial_settings`)
    active --update with a future trial_end--> trialing
    active --latest invoice overdue or its payment failed--> past_due
    past_due --invoice paid--> active
    past_due --overdue for the configured days--> unpaid or canceled (`set_overdue_policy`)
    past_due --every retry of its latest invoice failed--> unpaid or canceled (`set_retry_schedule`)
    active/past_due/unpaid --pause--> paused
    paused --resume, its invoice paid or uncollectible (or none)--> active
    paused --resume, its invoice's payment failed (resume_on_payment_attempt)--> past_due
    any but canceled --cancel--> canceled (for good)

Every change to a subscription asks `require` first; `pause_collection` leaves the status as
it is (invoices are voided, left as drafts or uncollectible while it is set).
"""

from __future__ import annotations

from ._errors import ApiError
from ._lifecycle import Allowed, Refused
from ._subscription_store import Subscription

INCOMPLETE, INCOMPLETE_EXPIRED, TRIALING = "incomplete", "incomplete_expired", "trialing"
ACTIVE, PAST_DUE, UNPAID, PAUSED, CANCELED = "active", "past_due", "unpaid", "paused", "canceled"
STATUSES = (INCOMPLETE, INCOMPLETE_EXPIRED, TRIALING, ACTIVE, PAST_DUE, UNPAID, PAUSED, CANCELED)
# Where a subscription ends: nothing changes it, and it bills no more.
ENDED = (CANCELED, INCOMPLETE_EXPIRED)

_GONE = Refused("Subscription {id} is canceled; a canceled subscription can't be changed.", None)
_EXPIRED = Refused(
    "Subscription {id} is incomplete_expired: its first invoice was not paid within 23 hours, "
    "and an expired subscription can't be changed.",
    None,
)
_NOT_PAUSED = Refused(
    "Subscription {id} is {status}; only paused subscriptions can be resumed.", None
)
_NOT_PAUSABLE = Refused(
    "Subscription {id} is {status}; only active, past_due or unpaid subscriptions can be paused.",
    None,
)

# Actions: `update`, `cancel`, `renew` (a period ends), `overdue` (the latest invoice passed
# its due date unpaid, or its automatic payment failed), `paid` (an invoice of it was paid),
# `give_up_unpaid` / `give_up_cancel` (overdue for the configured days), `trial_end`,
# `trial_end_pause`, `trial_start`, `resume` (asked: the status waits for the resumption invoice),
# `resumption_settled` (that invoice paid or marked uncollectible, or none needed),
# `resumption_declined` (its payment failed, `resume_on_payment_attempt`), `pause`,
# `migrate`, `expire` (23 hours incomplete).
_ALIVE = (INCOMPLETE, TRIALING, ACTIVE, PAST_DUE, UNPAID, PAUSED)

SUBSCRIPTION_LIFECYCLE: dict[tuple[str, str], Allowed | Refused] = {
    **{(status, "update"): Allowed(status) for status in _ALIVE},
    **{(status, "cancel"): Allowed(CANCELED) for status in _ALIVE},
    **{(status, "resume"): _NOT_PAUSED for status in _ALIVE if status != PAUSED},
    (PAUSED, "resume"): Allowed(PAUSED),
    (PAUSED, "resumption_settled"): Allowed(ACTIVE),
    (PAUSED, "resumption_declined"): Allowed(PAST_DUE),
    **{(status, "pause"): Allowed(PAUSED) for status in (ACTIVE, PAST_DUE, UNPAID)},
    **{(status, "pause"): _NOT_PAUSABLE for status in (INCOMPLETE, TRIALING, PAUSED)},
    (INCOMPLETE, "renew"): Allowed(INCOMPLETE),
    (TRIALING, "renew"): Allowed(TRIALING),
    (ACTIVE, "renew"): Allowed(ACTIVE),
    (PAST_DUE, "renew"): Allowed(PAST_DUE),
    (UNPAID, "renew"): Allowed(UNPAID),
    (PAUSED, "renew"): Allowed(PAUSED),
    (INCOMPLETE, "overdue"): Allowed(INCOMPLETE),
    (TRIALING, "overdue"): Allowed(PAST_DUE),
    (ACTIVE, "overdue"): Allowed(PAST_DUE),
    (PAST_DUE, "overdue"): Allowed(PAST_DUE),
    (UNPAID, "overdue"): Allowed(UNPAID),
    (PAUSED, "overdue"): Allowed(PAUSED),
    **{(status, "paid"): Allowed(ACTIVE) for status in (INCOMPLETE, ACTIVE, PAST_DUE, UNPAID)},
    (TRIALING, "paid"): Allowed(TRIALING),
    (PAUSED, "paid"): Allowed(PAUSED),
    **{(status, "give_up_unpaid"): Allowed(status) for status in _ALIVE},
    (PAST_DUE, "give_up_unpaid"): Allowed(UNPAID),
    **{(status, "give_up_cancel"): Allowed(status) for status in _ALIVE},
    (PAST_DUE, "give_up_cancel"): Allowed(CANCELED),
    (TRIALING, "trial_end"): Allowed(ACTIVE),
    (TRIALING, "trial_end_pause"): Allowed(PAUSED),
    (ACTIVE, "trial_start"): Allowed(TRIALING),
    (INCOMPLETE, "expire"): Allowed(INCOMPLETE_EXPIRED),
}
for _action in (
    "update",
    "cancel",
    "resume",
    "renew",
    "overdue",
    "paid",
    "give_up_unpaid",
    "give_up_cancel",
    "pause",
    "migrate",
):
    SUBSCRIPTION_LIFECYCLE[(CANCELED, _action)] = _GONE
    SUBSCRIPTION_LIFECYCLE[(INCOMPLETE_EXPIRED, _action)] = _EXPIRED


def require(subscription: Subscription, action: str, param: str | None = None) -> str:
    """The status `action` leads to, or the refusal as `ApiError`; an action the table
    doesn't list for a status leaves it unchanged."""
    status = subscription.status
    outcome = SUBSCRIPTION_LIFECYCLE.get((status, action), Allowed(status))
    if isinstance(outcome, Refused):
        message = outcome.message.format(id=subscription.id, status=status)
        raise ApiError.invalid_request(message, param=param, code=outcome.code)
    return outcome.then or status


__all__ = [
    "ACTIVE",
    "CANCELED",
    "ENDED",
    "INCOMPLETE",
    "INCOMPLETE_EXPIRED",
    "PAST_DUE",
    "PAUSED",
    "STATUSES",
    "SUBSCRIPTION_LIFECYCLE",
    "TRIALING",
    "UNPAID",
    "require",
]
