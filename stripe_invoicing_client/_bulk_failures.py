"""How a failed write of `send_invoices` ends its attempt, or leaves it going on: plain
functions, no I/O (the attempts themselves: `_bulk_plan`).

Only a write answered with a replayed failure moves on to the next generation, with its own
marker and keys, in the same run, so a saved error never blocks an invoice for the key's
day (`move_on` decides): a send at once after a refusal (4xx), since a refused send emailed
nothing, and after a 5xx only once the record, read after it, shows no email, since Stripe
saves a 5xx the endpoint met after its work; a finalize after a refusal, or after a 5xx when
the invoice is still a draft (finalizing is for good: that finalize changed nothing).

A mark answered with a saved failure (this run's own first answer, replayed to its retries,
or an earlier run's to a carried generation) is settled by the invoice read then:
- It shows the generation's marker: that mark applied before it failed (a 5xx saved after
  the write). The generation goes on under its keys, as if the mark had succeeded. The
  marker must not leave it: once someone else finalizes the invoice, a run may resend it
  under that generation's send key, and a rerun under a later generation's would not share
  that send (it would email again).
- It is still a draft with no marker of the generation: that mark never applied, and
  nothing can ever be sent under the generation's keys, so the next one goes at once,
  sharing no send with anyone. A replayed answer is the saved result of the key's first
  request with these very parameters, which is over (a request still at work answers 409,
  other parameters `idempotency_error`; neither is saved): for the key's day every mark of
  the generation is answered with that failure and applies nothing. A run finalizes and
  sends under a generation's keys only after its mark succeeded, or once it reads the
  generation's marker on the invoice (going on, or resending a finalized invoice), and no
  such marker is there nor can be written (only the generation's mark writes one).
- Anything else (a later generation's marker, or finalized without this one's) stays.

A mark refused because its key was used with another time (`idempotency_error`) was begun
by another run, which may be finalizing and sending the invoice (left to it: settled by the
record, and a rerun carries it on), or by a mark that never applied (Stripe's endpoint
failed before its write and saved that answer): then nothing of that generation began, and
its key would refuse every run for a day. When the draft, read again `TAKEN_WAIT` after the
refusal (by when a mark still at work then has landed), shows no marker of that generation,
the run moves on to the next one (`mark_never_applied`).
"""

from __future__ import annotations

import enum
from typing import Any, Final, Literal

from ._bulk_plan import Plan, read_marker
from .errors import (
    APIConnectionError,
    APIResponseError,
    APIStatusError,
    ClientClosedError,
    IdempotencyError,
    StripeError,
    get_header,
)


def replayed(error: StripeError) -> bool:
    """Whether Stripe answered with a result it saved for the key earlier: that request is
    over, whoever made it."""
    return (
        isinstance(error, APIStatusError)
        and get_header(error.headers, "Idempotent-Replayed") == "true"
    )


def replayed_refusal(error: StripeError) -> bool:
    """A saved refusal (4xx) replayed: the key's send was refused, so emailed nothing.
    (Stripe saves no 409 or 429: those come before the endpoint.)"""
    return replayed(error) and not outcome_unknown(error)


Step = Literal["mark", "finalize", "send"]
MoveOn = Literal[
    "this attempt goes on",
    "next attempt now",
    "next attempt if the record shows no email",
    "stays",
    "read the invoice first",
]


class _NotRead(enum.Enum):
    NOT_READ = "not read"


NOT_READ: Final = _NotRead.NOT_READ


def move_on(
    plan: Plan,
    step: Step,
    error: StripeError,
    invoice_now: dict[str, Any] | Literal[_NotRead.NOT_READ] | None = NOT_READ,
) -> MoveOn:
    """Whether `error`, met by `plan`'s write at `step`, ends its attempt, so that the next
    attempt (`next_attempt`) is sent in this run rather than the key failing the same way for
    its day, or (a mark) leaves it going on. Only an answer Stripe saved for the key earlier
    and replays (`replayed`) can: that write is over, whoever made it.

    this attempt goes on
        a mark answered with a saved failure when the invoice read now (`invoice_now`)
        shows this attempt's marker: that mark applied before its failure, and the attempt
        goes on under its keys, shared with any other run on it.
    next attempt now
        a resend answered with a saved refusal (4xx): that send emailed nothing;
        a mark answered with a saved failure when the invoice read now shows that mark
        never applied (`mark_never_applied`): nothing can ever be sent under this
        attempt's keys (the module's docstring says why);
        a finalize answered with a saved refusal, or with a saved 5xx while the invoice is
        still a draft (`invoice_now`): finalizing is for good, so that finalize changed
        nothing, and nothing of the attempt can have been emailed.
    next attempt if the record shows no email
        a resend answered with a saved 5xx: Stripe saves a 5xx the endpoint met after its
        work, which may have emailed it; Stripe's record decides (at the end of the run).
    read the invoice first
        a mark answered with a saved failure, or a finalize with a saved 5xx: ask again
        with the invoice read now (`invoice_now`: None when it could not be read, which
        leaves the attempt as it is).
    stays
        anything else (the caller reports the failure as it is). An answer not replayed is
        this write's own. A mark whose invoice shows a later attempt's marker is another
        run's to finish. And an attempt's own send never moves on: a send of it may be on
        its way, and only its key keeps a second one from emailing again."""
    if not replayed(error):
        return "stays"
    if plan.action == "resend":
        if replayed_refusal(error):
            return "next attempt now"
        return "next attempt if the record shows no email"
    if step == "mark":
        if isinstance(error, IdempotencyError):  # never saved: the taken key's wait first
            return "stays"
        if invoice_now is NOT_READ:
            return "read the invoice first"
        if invoice_now is not None and read_marker(invoice_now).attempt == plan.attempt:
            return "this attempt goes on"
        return "next attempt now" if mark_never_applied(plan, invoice_now) else "stays"
    if step == "finalize":
        if replayed_refusal(error):
            return "next attempt now"
        if invoice_now is NOT_READ:
            return "read the invoice first"
        draft = invoice_now is not None and invoice_now.get("status") == "draft"
        return "next attempt now" if draft else "stays"
    return "stays"


def mark_never_applied(plan: Plan, invoice_now: dict[str, Any] | None) -> bool:
    """Whether the mark that took a "send" plan's marker key (`idempotency_error`: the key
    was used with another time, or a failure saved for it, replayed) never applied, from the
    invoice as read now (None: it could not be read): it is still a draft, and its marker
    shows no attempt `plan.attempt` or later.

    Read once that mark is over (`TAKEN_WAIT` after the refusal, so that a mark still at work
    then has landed; at once after a replayed answer), this says the attempt never began:
    its mark failed (Stripe's endpoint failed before writing and saved that answer, as it
    does a 500), and a finalize or send follows only a mark that succeeded or whose marker
    a run reads on the invoice, so nothing of the attempt is on its way. Its key would refuse
    every run for a day: the next attempt (`next_attempt`), whose mark key, taken first,
    makes it this run's. A mark that applied is a run's attempt, which it may be finalizing
    and sending under that attempt's keys: left to it (a rerun carries it on), and so is a
    finalized invoice (only Stripe's record can say whether it was emailed)."""
    if invoice_now is None or invoice_now.get("status") != "draft":
        return False
    return read_marker(invoice_now).attempt < plan.attempt


def outcome_unknown(error: StripeError) -> bool:
    """Whether a failed write may still have been applied: no answer, an unreadable one, or
    a 5xx (Stripe saves those once the endpoint has begun). A 409 or 429 is what the call's
    last attempt met, after retries: an earlier attempt's answer may have been lost after it
    was applied (and a retry meeting that attempt still at work gets a 409). A closed client
    says itself whether an earlier attempt of the call reached Stripe."""
    if isinstance(error, ClientClosedError):
        return error.may_have_been_applied
    if isinstance(error, (APIConnectionError, APIResponseError)):
        return True
    return isinstance(error, APIStatusError) and (
        error.http_status >= 500 or error.http_status in (409, 429)
    )


def failure_reason(error: StripeError) -> str:
    """How failures are grouped: Stripe's status, code and message."""
    if isinstance(error, APIStatusError):
        label = " ".join(str(part) for part in (error.http_status, error.code) if part)
        return f"{type(error).__name__} ({label}): {error.message}"
    return f"{type(error).__name__}: {error.message}"


__all__ = [
    "NOT_READ",
    "MoveOn",
    "Step",
    "failure_reason",
    "mark_never_applied",
    "move_on",
    "outcome_unknown",
    "replayed",
    "replayed_refusal",
]
