"""What `send_invoices` does with each invoice: plain functions, no I/O.

An invoice's progress lives in its own metadata, written before each step:

    stripe_invoicing_bulk_send          "pending", then "sent"
    stripe_invoicing_bulk_send_attempt  the attempt generation: part of every idempotency key
    stripe_invoicing_bulk_send_at       when that attempt began (Unix seconds, this machine)

A draft has never been emailed. One marked "pending" less than `CARRY_WINDOW` ago (23
hours: an hour inside the 24 hours Stripe keeps a key) carries that generation on: its
marker is written again with the same values, under the same key, so it shares every key
of the run that began it, which may still be finalizing and sending it. Stripe may then
answer with that run's saved responses, so the invoice is read again after its mark; and
the marker never moves off a generation whose send may be on its way (a new generation
written over a draft the other run has just finalized would have a rerun resend it under a
key that run's send does not share). Any other draft is sent with a fresh generation.

A finalized invoice still marked "pending" may or may not have been emailed (answer lost,
5xx, process killed), and its send may still be on its way (another run, still going):
Stripe's `invoice.sent` events settle it. Sent: it is marked "sent", never emailed again.
Not shown sent: it is sent again under the same generation, so with the very key of the
earlier send ("resend"), and the marker is left as it is. Stripe's idempotency then decides:
the earlier send applied meanwhile is replayed (no second email), one still at work answers
409 (an unknown outcome, settled by the record at the end of the run), one that never
reached Stripe is made now, once.

How a write's failure ends its attempt, or leaves it going on: `_bulk_failures`.

A draft with `auto_advance` on is Stripe's to advance: it finalizes the draft about an hour
after creating it (`automatically_finalizes_at`; subscription invoices are made so) and emails
a `send_invoice` one itself, per the account's email settings. Finalized and sent here too, it
could be emailed twice (our send, and Stripe's on its finalization), or raced by Stripe's own
finalize: the run leaves it alone ("skip", nothing written), and so again when its mark's
answer shows auto_advance switched on since it was found (`recheck`), or the answer of its
finalize does (whether Stripe emails on an explicit finalize of such a draft, its docs leave
open: not sent, left to the record). One finalized with auto_advance on and still "pending"
(Stripe, or someone, finalized it under a run) may be emailed by Stripe itself: its record
alone settles it, and one it shows no email for is never sent from here, not even with
`resend_uncertain`: "uncertain" until the record shows the email or auto_advance is turned
off (a rerun then resends it under its attempt's key, as any other). A found copy from
Stripe's search index may lag, but one showing an invoice Stripe finalized shows auto_advance
on too (Stripe finalizes only such drafts itself); the mark's answer is never stale.

Events are kept 30 days: when the attempt is older than that, or the events can't be read,
the invoice is "uncertain" and left alone unless the caller says to resend; such a resend
keeps the key too (within the key's 24 hours it can only replay an earlier email, and past
them the key is new to Stripe anyway).
"""

from __future__ import annotations

from typing import Any

import attrs

MARKER = "stripe_invoicing_bulk_send"
ATTEMPT = "stripe_invoicing_bulk_send_attempt"
ATTEMPT_AT = "stripe_invoicing_bulk_send_at"
PENDING = "pending"
SENT = "sent"
# Stripe keeps events 30 days; a day less leaves room for the two machines' clocks.
RECORD_WINDOW = 29 * 24 * 3600
# Stripe keeps an idempotency key and its answer 24 hours; an hour less leaves room for the
# two machines' clocks.
CARRY_WINDOW = 23 * 3600
# How long a run waits before it reads again the drafts whose marker key it found taken by a
# mark that had not applied: that mark may still have been at work at Stripe (which may
# refuse a reused key before the first request is over), and is taken to have ended by then
# (this client, like Stripe's own, gives a request 80 seconds).
TAKEN_WAIT = 90

SKIP_COLLECTION = "collection_method is charge_automatically: Stripe charges it, no email"
SKIP_AUTO_ADVANCE = (
    "auto_advance is on: Stripe finalizes and emails it itself; turn auto_advance off to send "
    "it here"
)
SKIP_STATUS = {
    "void": "voided since it was marked",
    "paid": "paid since it was marked",
    "uncollectible": "marked uncollectible since it was marked",
    "deleted": "deleted",
}
UNCERTAIN_NO_TIME = "marked pending without an attempt time; Stripe's events can't settle it"
UNCERTAIN_TOO_OLD = "attempt older than the 30 days Stripe keeps events"
UNCERTAIN_NO_RECORD = "Stripe's invoice.sent events could not be read"
UNCERTAIN_AUTO_ADVANCE = (
    "auto_advance is on: Stripe may email it itself, and its record shows no email yet; turn "
    "auto_advance off, then rerun to send it here"
)
CHANGED_SINCE_FOUND = "finalized by someone else after the run found it a draft"
FINALIZED_ADVANCING = "auto_advance was switched on before the run finalized it"
TAKEN_BY_ANOTHER_RUN = "another run began the same attempt first (its marker key was taken)"
RERUN_TO_SEND = "Stripe's record shows no email: rerun to send it"
NOT_EMAILED_SINCE = f"{CHANGED_SINCE_FOUND}; {RERUN_TO_SEND}"
# A run stopped part-way (Ctrl-C, an error) reports "uncertain" each invoice it had begun and
# not settled: a rerun settles it from Stripe's record, as it does one whose record was unread.
UNDER_WAY = "under way when the run stopped (it may have been emailed)"
STOPPED_BEFORE_RECORD = "the run stopped before Stripe's record was read"
RERUN_AS_IT_IS = "a rerun as it is settles it from Stripe's record"


@attrs.frozen
class Marker:
    status: str | None
    attempt: int
    at: int | None


def _int_or_none(value: object) -> int | None:
    try:
        return int(str(value))
    except ValueError:
        return None


def read_marker(invoice: dict[str, Any]) -> Marker:
    metadata = invoice.get("metadata") or {}
    return Marker(
        metadata.get(MARKER),
        _int_or_none(metadata.get(ATTEMPT)) or 0,
        _int_or_none(metadata.get(ATTEMPT_AT)),
    )


def auto_advancing(invoice: dict[str, Any]) -> bool:
    """Whether Stripe advances the invoice itself (finalizing a draft, emailing a
    `send_invoice` one): only an explicit true says so."""
    return invoice.get("auto_advance") is True


def marker_metadata(status: str, attempt: int, at: int) -> dict[str, str]:
    return {MARKER: status, ATTEMPT: str(attempt), ATTEMPT_AT: str(at)}


def idempotency_key(invoice_id: str, step: str, attempt: int) -> str:
    return f"stripe-invoicing-bulk-{invoice_id}-{step}-{attempt}"


@attrs.frozen
class Plan:
    """What to do with one invoice. `action`:
    send      mark it, finalize it (a draft) and email it, as attempt `attempt`: begun
              at `at` when it carries another run's attempt on (its marker's values), else now
    check     ask Stripe's record whether attempt `attempt` emailed it
    resend    email it again under attempt `attempt`'s key, its marker left as it is
    skip      leave it, for `reason`"""

    invoice: dict[str, Any]
    action: str
    attempt: int = 0
    reason: str | None = None
    at: int | None = None

    @property
    def invoice_id(self) -> str:
        return str(self.invoice["id"])


def plan_for(invoice: dict[str, Any], now: float) -> Plan | None:
    """The plan for a found invoice, None when it is not the run's business (finalized
    without a "pending" marker: sent by an earlier run, or never picked by one).

    A draft marked "pending" less than `CARRY_WINDOW` before `now` carries that attempt on,
    its marker's values kept: another run may still be finalizing and sending it under that
    attempt's keys, and only by sharing them is its send never doubled (see `carried`). Older,
    the keys may be gone, and a mark written again from a stale copy could move the marker
    back: a new attempt. A draft with auto_advance on is skipped, whatever its marker says: a
    run still on it rechecks it after its own mark."""
    status = invoice.get("status")
    marker = read_marker(invoice)
    sendable = invoice.get("collection_method") == "send_invoice"
    if status == "draft":  # never emailed, whatever its metadata says (a copy keeps it)
        if not sendable:
            return Plan(invoice, "skip", reason=SKIP_COLLECTION)
        if auto_advancing(invoice):  # Stripe's to finalize and email: nothing written
            return Plan(invoice, "skip", reason=SKIP_AUTO_ADVANCE)
        if marker.status == PENDING and marker.at is not None and now - marker.at < CARRY_WINDOW:
            return Plan(invoice, "send", attempt=marker.attempt, at=marker.at)
        return Plan(invoice, "send", attempt=marker.attempt + 1)
    if marker.status != PENDING:
        return None
    if status in SKIP_STATUS:
        return Plan(invoice, "skip", reason=SKIP_STATUS[status])
    if not sendable:
        return Plan(invoice, "skip", reason=SKIP_COLLECTION)
    return Plan(invoice, "check", attempt=marker.attempt, at=marker.at)


def recheck(plan: Plan, fresh: dict[str, Any]) -> Plan:
    """`plan` once its first write ("mark") answered with the invoice as it is now, which
    may not be the copy it was planned from (changed by someone else since, or a stale copy
    from the search index): it goes on (`plan`), is skipped (its status or collection method
    changed, or a draft's auto_advance was switched on: Stripe's to finalize and email), or is
    a "check": a draft finalized by someone else since may have been emailed, and only
    Stripe's record can say; so too an invoice finalized with auto_advance on, which Stripe
    may email itself (the record decides; `settle` says why it is never sent blind)."""
    status = fresh.get("status")
    if status in SKIP_STATUS:
        return attrs.evolve(plan, action="skip", reason=SKIP_STATUS[status])
    if fresh.get("collection_method") != "send_invoice":
        return attrs.evolve(plan, action="skip", reason=SKIP_COLLECTION)
    if status != "draft" and plan.invoice.get("status") == "draft":
        return attrs.evolve(plan, action="check", reason=CHANGED_SINCE_FOUND)
    if auto_advancing(fresh):
        if status == "draft":
            return attrs.evolve(plan, action="skip", reason=SKIP_AUTO_ADVANCE)
        return attrs.evolve(plan, action="check")
    return plan


def settle(plan: Plan, sent_ids: set[str] | None, now: float, resend_uncertain: bool) -> Plan:
    """A "check" plan once Stripe's record is read (`sent_ids`: the invoices it shows sent,
    None when it could not be read): "already sent", "resend" under the same attempt, or
    "uncertain" (resent anyway when `resend_uncertain`, unless auto_advance is on: Stripe may
    be emailing it itself, and a resend could be a second email)."""
    if sent_ids is not None and plan.invoice_id in sent_ids:
        return attrs.evolve(plan, action="already sent")
    if sent_ids is None:
        doubt: str | None = UNCERTAIN_NO_RECORD
    elif auto_advancing(plan.invoice):
        doubt = UNCERTAIN_AUTO_ADVANCE
    elif plan.at is None:
        doubt = UNCERTAIN_NO_TIME
    elif now - plan.at >= RECORD_WINDOW:
        doubt = UNCERTAIN_TOO_OLD
    else:
        doubt = None
    if doubt is None or (resend_uncertain and not auto_advancing(plan.invoice)):
        return attrs.evolve(plan, action="resend", reason=doubt)
    return attrs.evolve(plan, action="uncertain", reason=doubt)


def not_emailed(reason: str | None, invoice: dict[str, Any]) -> str | None:
    """Why an invoice whose send was left to Stripe's record, which shows no email, is
    "uncertain" (`reason`: why it was left so): auto_advance on (`invoice`, the latest copy),
    Stripe may email it itself. None: it is not, and the caller decides as before."""
    if not auto_advancing(invoice):
        return None
    return UNCERTAIN_AUTO_ADVANCE if reason is None else f"{reason}; {UNCERTAIN_AUTO_ADVANCE}"


def left_to_stripe(reason: str | None) -> bool:
    """Whether an "uncertain" invoice is so because auto_advance is on (`not_emailed`): turning
    it off, not `resend_uncertain`, lets a rerun send it here."""
    return reason is not None and reason.endswith(UNCERTAIN_AUTO_ADVANCE)


def settled_by_rerun(reason: str | None) -> bool:
    """Whether an "uncertain" invoice is so only because Stripe's record could not be read,
    or was not before the run stopped: a plain rerun reads it and settles it (no resend
    needed, nor wanted: past the key's 24 hours a resend emails again what may have gone out)."""
    return reason is not None and reason.endswith((UNCERTAIN_NO_RECORD, RERUN_AS_IT_IS))


def unsettled_when_stopped(reason: str | None) -> str:
    """What a run stopped part-way says of an invoice it had begun and not settled: `reason`
    why it awaited Stripe's record, or None when its writes were still under way."""
    if reason is None:
        return f"{UNDER_WAY}; {RERUN_AS_IT_IS}"
    return f"{reason}; then {STOPPED_BEFORE_RECORD}; {RERUN_AS_IT_IS}"


def next_attempt(plan: Plan) -> Plan:
    """A plan whose key's saved answer is a failure: the next attempt, with its keys, begun
    now."""
    return attrs.evolve(plan, action="send", attempt=plan.attempt + 1, at=None)


def carried(plan: Plan) -> bool:
    """Whether a "send" plan carries an earlier attempt on: its marker is written again with
    the same values, under the same key, so Stripe may answer with that earlier write's saved
    response, the invoice as it was then."""
    return plan.action == "send" and plan.at is not None


def record_since(invoices: list[dict[str, Any]]) -> int | None:
    """Where to start reading `invoice.sent` events, in Stripe's own time: an invoice is
    emailed only once finalized. None: from the oldest kept."""
    times = [(i.get("status_transitions") or {}).get("finalized_at") for i in invoices]
    known = [t for t in times if isinstance(t, int)]
    return min(known) if known and len(known) == len(times) else None


__all__ = [
    "ATTEMPT",
    "ATTEMPT_AT",
    "CARRY_WINDOW",
    "CHANGED_SINCE_FOUND",
    "FINALIZED_ADVANCING",
    "MARKER",
    "NOT_EMAILED_SINCE",
    "RERUN_AS_IT_IS",
    "RERUN_TO_SEND",
    "SKIP_AUTO_ADVANCE",
    "STOPPED_BEFORE_RECORD",
    "TAKEN_BY_ANOTHER_RUN",
    "TAKEN_WAIT",
    "UNCERTAIN_AUTO_ADVANCE",
    "UNDER_WAY",
    "Marker",
    "Plan",
    "auto_advancing",
    "carried",
    "idempotency_key",
    "left_to_stripe",
    "marker_metadata",
    "next_attempt",
    "not_emailed",
    "plan_for",
    "read_marker",
    "recheck",
    "record_since",
    "settle",
    "settled_by_rerun",
    "unsettled_when_stopped",
]
