"""The account's retry schedule for failed automatic payments (`FakeStripe.set_retry_schedule`).

Stripe's Billing settings retry a failed automatic payment with Smart Retries (timed by a
model, which no fake can reproduce) or a custom schedule: each retry some days after the
previous attempt, then a setting for the subscription and one for the invoice once every
retry has failed. The fake models the custom schedule only, and only when asked: by default
it retries nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

from attrs import frozen

SubscriptionAfterRetries = Literal["cancel", "mark_unpaid", "leave_past_due"]
InvoiceAfterRetries = Literal["mark_uncollectible", "leave_past_due"]
SUBSCRIPTION_ACTIONS: tuple[SubscriptionAfterRetries, ...] = (
    "cancel",
    "mark_unpaid",
    "leave_past_due",
)
INVOICE_ACTIONS: tuple[InvoiceAfterRetries, ...] = ("mark_uncollectible", "leave_past_due")
# Our own ceiling (Stripe's is not documented): a retry at most a year after the attempt before.
MAX_DAYS = 365


@frozen
class RetryPolicy:
    """Retry `days[n]` days after attempt n+1 fails; once none is left, do `then_*`."""

    days: tuple[int, ...]
    then_subscription: SubscriptionAfterRetries
    then_invoice: InvoiceAfterRetries


def retry_policy(
    days_after_failure: Sequence[int] | None,
    then_subscription: str,
    then_invoice: str,
) -> RetryPolicy | None:
    """The policy the arguments describe, None for no retries; a TypeError or ValueError
    naming the argument when they describe none."""
    if then_subscription not in SUBSCRIPTION_ACTIONS:
        raise ValueError(
            f"then_subscription must be one of {', '.join(SUBSCRIPTION_ACTIONS)}, "
            f"not {then_subscription!r}"
        )
    if then_invoice not in INVOICE_ACTIONS:
        raise ValueError(
            f"then_invoice must be one of {', '.join(INVOICE_ACTIONS)}, not {then_invoice!r}"
        )
    if days_after_failure is None:
        return None
    if isinstance(days_after_failure, (str, bytes)) or not isinstance(days_after_failure, Sequence):
        raise TypeError(
            "days_after_failure must be a sequence of whole days (e.g. [1, 3, 5]) or None, "
            f"not {type(days_after_failure).__name__}"
        )
    days: list[int] = []
    for position, value in enumerate(days_after_failure):
        if isinstance(value, bool) or not isinstance(value, int):
            raise TypeError(
                f"days_after_failure[{position}] must be an int, not {type(value).__name__}"
            )
        if not 1 <= value <= MAX_DAYS:
            raise ValueError(
                f"days_after_failure[{position}] must be from 1 to {MAX_DAYS} days, not {value}"
            )
        days.append(value)
    return RetryPolicy(
        tuple(days),
        then_subscription,  # narrowed by the checks above
        then_invoice,
    )


__all__ = [
    "INVOICE_ACTIONS",
    "SUBSCRIPTION_ACTIONS",
    "InvoiceAfterRetries",
    "RetryPolicy",
    "SubscriptionAfterRetries",
    "retry_policy",
]
