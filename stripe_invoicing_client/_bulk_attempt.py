"""One invoice's writes in a bulk run (mark, finalize, send; "sent" once done), and how
they ended: each decision is `_bulk_plan`'s, only the I/O is here."""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING, Any

import attrs

from ._bulk_failures import Step, failure_reason, move_on, outcome_unknown
from ._bulk_plan import (
    FINALIZED_ADVANCING,
    NOT_EMAILED_SINCE,
    PENDING,
    RERUN_TO_SEND,
    SENT,
    SKIP_STATUS,
    TAKEN_BY_ANOTHER_RUN,
    Plan,
    auto_advancing,
    carried,
    idempotency_key,
    marker_metadata,
    next_attempt,
    recheck,
)
from ._bulk_reads import read_now, status_now
from ._bulk_summary import Result
from .errors import IdempotencyError, NotFoundError, StripeError

if TYPE_CHECKING:
    from ._async_client import AsyncStripeInvoicing


@attrs.frozen
class Attempt:
    """How one invoice's writes ended: a result, or None when the send may have happened."""

    plan: Plan
    result: Result | None
    reason: str | None = None
    invoice: dict[str, Any] | None = None  # the latest copy seen
    # What an email found in Stripe's record is: this run's send, or someone else's; and
    # why it failed when the record shows none (by default, `reason`).
    if_sent: Result = "sent"
    if_not_sent: str | None = None
    # What to send when the record shows no email: the next attempt of a resend whose key
    # replayed a saved 5xx (that send is over; the record says whether it emailed).
    then: Plan | None = None
    # Its marker key was taken: the next attempt too, if the mark that took it never applied.
    taken: bool = False

    @property
    def may_go_again(self) -> bool:
        """Whether the run may still send its invoice's next attempt, once the wait for a
        taken key (`taken`) or Stripe's record (`then`) has settled it."""
        return self.taken or self.then is not None


async def skip_if_gone(
    client: AsyncStripeInvoicing, plan: Plan, error: StripeError
) -> Attempt | None:
    """A refused write on an invoice someone else deleted, voided or paid: a skip."""
    gone = isinstance(error, NotFoundError)
    status = "deleted" if gone else await status_now(client, plan.invoice_id)
    return Attempt(plan, "skipped", SKIP_STATUS[status]) if status in SKIP_STATUS else None


async def resend(client: AsyncStripeInvoicing, plan: Plan, now: float) -> Attempt:
    """Sends again under the earlier attempt's key, the marker left as that attempt wrote it
    (the same key with another time would be refused): Stripe replays that send if it was
    applied, answers 409 while it is at work, and makes it now if it never arrived."""
    key = idempotency_key(plan.invoice_id, "send", plan.attempt)
    try:
        await client.invoices.send(plan.invoice_id, idempotency_key=key)
    except StripeError as error:
        move = move_on(plan, "send", error)
        if move == "next attempt now":
            return await send_one(client, next_attempt(plan), now)
        if outcome_unknown(error):
            later = move == "next attempt if the record shows no email"
            then = next_attempt(plan) if later else None
            return Attempt(plan, None, failure_reason(error), plan.invoice, then=then)
        gone = await skip_if_gone(client, plan, error)
        return gone or Attempt(plan, "failed", failure_reason(error), plan.invoice)
    return Attempt(plan, "sent", plan.reason, plan.invoice)


async def send_one(client: AsyncStripeInvoicing, plan: Plan, now: float) -> Attempt:
    """How `plan`'s writes ended; a sent invoice is marked "sent" by the caller."""
    if plan.action == "resend":
        return await resend(client, plan, now)
    invoice_id, attempt = plan.invoice_id, plan.attempt
    invoice = plan.invoice
    pending = marker_metadata(PENDING, attempt, int(now) if plan.at is None else plan.at)
    try:
        key = idempotency_key(invoice_id, "mark", attempt)
        invoice = (
            await client.invoices.update(invoice_id, metadata=pending, idempotency_key=key)
        ).to_dict()
        if carried(plan):  # the answer may be the earlier run's, replayed: read it as it is
            invoice = (await client.invoices.retrieve(invoice_id)).to_dict()
    except StripeError as error:
        move = move_on(plan, "mark", error)
        if move == "read the invoice first":
            invoice_now = await read_now(client, invoice_id)
            move = move_on(plan, "mark", error, invoice_now)
            if move == "this attempt goes on" and invoice_now is not None:
                # Its marker is on the invoice: as if the mark had answered with it.
                return await _finalize_and_send(client, plan, now, invoice_now)
        if move == "next attempt now":  # a saved failure the key would answer for a day
            return await send_one(client, next_attempt(plan), now)
        if isinstance(error, IdempotencyError):
            # This attempt's key was used with another time: by a run that found the same
            # invoice, and may have emailed it since (only Stripe's record can say), or by a
            # mark that never applied (the next attempt: see `_never_began`).
            taken = TAKEN_BY_ANOTHER_RUN
            why_not = f"{taken}; {RERUN_TO_SEND}"
            return Attempt(plan, None, taken, None, "already sent", why_not, taken=True)
        gone = None if outcome_unknown(error) else await skip_if_gone(client, plan, error)
        return gone or Attempt(plan, "failed", failure_reason(error), invoice)
    return await _finalize_and_send(client, plan, now, invoice)


async def _finalize_and_send(
    client: AsyncStripeInvoicing, plan: Plan, now: float, invoice: dict[str, Any]
) -> Attempt:
    """The rest of `plan`'s writes, its marker on `invoice` (as it is now)."""
    invoice_id, attempt = plan.invoice_id, plan.attempt
    now_plan = recheck(plan, invoice)
    if now_plan.action == "skip":  # nothing finalized or sent
        return Attempt(plan, "skipped", now_plan.reason, invoice)
    if now_plan.action == "check":  # emailed by someone else, maybe: never sent blind
        return Attempt(plan, None, now_plan.reason, invoice, "already sent", NOT_EMAILED_SINCE)
    step: Step = "finalize"
    try:
        if invoice.get("status") == "draft":
            key = idempotency_key(invoice_id, step, attempt)
            invoice = (await client.invoices.finalize(invoice_id, idempotency_key=key)).to_dict()
            if auto_advancing(invoice):  # switched on since the mark: Stripe may email it
                return Attempt(plan, None, FINALIZED_ADVANCING, invoice, "already sent")
        step = "send"
        await client.invoices.send(
            invoice_id, idempotency_key=idempotency_key(invoice_id, step, attempt)
        )
    except StripeError as error:
        move = move_on(plan, step, error)
        if move == "read the invoice first":
            move = move_on(plan, step, error, await read_now(client, invoice_id))
        if move == "next attempt now":  # a saved failure the key would answer for a day
            return await send_one(client, next_attempt(plan), now)
        if step == "send" and outcome_unknown(error):
            return Attempt(plan, None, failure_reason(error), invoice)
        gone = None if outcome_unknown(error) else await skip_if_gone(client, plan, error)
        return gone or Attempt(plan, "failed", failure_reason(error), invoice)
    return Attempt(plan, "sent", plan.reason, invoice)


async def mark_sent(client: AsyncStripeInvoicing, plan: Plan, now: float) -> None:
    # Best effort: a rerun finds the email in Stripe's record if this write is lost.
    done = marker_metadata(SENT, plan.attempt, int(now))
    key = idempotency_key(plan.invoice_id, "done", plan.attempt)
    with contextlib.suppress(StripeError):
        await client.invoices.update(plan.invoice_id, metadata=done, idempotency_key=key)


__all__ = ["Attempt", "mark_sent", "send_one"]
