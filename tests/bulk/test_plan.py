"""The bulk send's decisions as plain functions: plan, settling by Stripe's record.
(Which invoices a run is about, `_bulk_scope`: test_scope.py.)"""

from __future__ import annotations

from typing import Any

import attrs
import pytest

from stripe_invoicing_client._bulk_failures import (
    NOT_READ,
    MoveOn,
    Step,
    failure_reason,
    mark_never_applied,
    move_on,
    outcome_unknown,
    replayed,
    replayed_refusal,
)
from stripe_invoicing_client._bulk_plan import (
    CARRY_WINDOW,
    CHANGED_SINCE_FOUND,
    RECORD_WINDOW,
    SKIP_AUTO_ADVANCE,
    SKIP_COLLECTION,
    SKIP_STATUS,
    UNCERTAIN_AUTO_ADVANCE,
    UNCERTAIN_NO_RECORD,
    UNCERTAIN_NO_TIME,
    UNCERTAIN_TOO_OLD,
    Marker,
    Plan,
    idempotency_key,
    marker_metadata,
    next_attempt,
    plan_for,
    read_marker,
    recheck,
    record_since,
    settle,
)
from stripe_invoicing_client.errors import (
    APIConnectionError,
    APIResponseError,
    APIServerError,
    APITimeoutError,
    ClientClosedError,
    ConflictError,
    IdempotencyError,
    InvalidRequestError,
    NotFoundError,
    RateLimitError,
    StripeError,
)


def invoice(
    status: str = "draft",
    marker: str | None = None,
    attempt: int = 0,
    at: int | None = None,
    method: str = "send_invoice",
    **extra: Any,
) -> dict[str, Any]:
    metadata = marker_metadata(marker, attempt, at or 0) if marker else {}
    if marker and at is None:
        del metadata["stripe_invoicing_bulk_send_at"]
    return {
        "id": "in_1",
        "status": status,
        "collection_method": method,
        "metadata": metadata,
        **extra,
    }


def test_read_marker() -> None:
    assert read_marker({}) == Marker(None, 0, None)
    assert read_marker({"metadata": None}) == Marker(None, 0, None)
    assert read_marker(invoice(marker="pending", attempt=3, at=77)) == Marker("pending", 3, 77)
    tampered = {"metadata": {"stripe_invoicing_bulk_send": "sent",
                             "stripe_invoicing_bulk_send_attempt": "x",
                             "stripe_invoicing_bulk_send_at": "soon"}}  # fmt: skip
    assert read_marker(tampered) == Marker("sent", 0, None)


def test_marker_metadata_and_keys() -> None:
    assert marker_metadata("pending", 2, 99) == {
        "stripe_invoicing_bulk_send": "pending",
        "stripe_invoicing_bulk_send_attempt": "2",
        "stripe_invoicing_bulk_send_at": "99",
    }
    assert idempotency_key("in_1", "send", 2) == "stripe-invoicing-bulk-in_1-send-2"


NOW = 10_000_000
ON = {"auto_advance": True}


@pytest.mark.parametrize(
    ("found", "action", "attempt", "reason"),
    [
        (invoice(), "send", 1, None),
        (invoice(marker="pending", attempt=4), "send", 5, None),
        (invoice(marker="sent", attempt=2), "send", 3, None),  # a copy kept the marker
        (invoice(method="charge_automatically"), "skip", 0, SKIP_COLLECTION),
        (invoice(auto_advance=False), "send", 1, None),
        # Stripe finalizes and emails it itself: nothing written, whatever its marker says
        # (a run still on it rechecks it after its own mark).
        (invoice() | ON, "skip", 0, SKIP_AUTO_ADVANCE),
        (invoice(marker="pending", attempt=4, at=NOW) | ON, "skip", 0, SKIP_AUTO_ADVANCE),
        (invoice(method="charge_automatically") | ON, "skip", 0, SKIP_COLLECTION),
        (invoice("open", "pending", 2, 50), "check", 2, None),
        (invoice("open", "pending", 2, 50) | ON, "check", 2, None),
        (
            invoice("open", "pending", 2, 50, method="charge_automatically"),
            "skip",
            0,
            SKIP_COLLECTION,
        ),
        (invoice("void", "pending", 1, 50), "skip", 0, SKIP_STATUS["void"]),
        (invoice("paid", "pending", 1, 50), "skip", 0, SKIP_STATUS["paid"]),
        (invoice("uncollectible", "pending"), "skip", 0, SKIP_STATUS["uncollectible"]),
    ],
)
def test_plan_for(found: dict[str, Any], action: str, attempt: int, reason: str | None) -> None:
    plan = plan_for(found, NOW)
    assert plan is not None
    assert (plan.action, plan.attempt, plan.reason) == (action, attempt, reason)
    assert plan.invoice is found and plan.invoice_id == "in_1"


def test_plan_for_keeps_the_attempt_time_to_check() -> None:
    plan = plan_for(invoice("open", "pending", 2, 50), NOW)
    assert plan is not None and plan.at == 50


@pytest.mark.parametrize(
    ("age", "attempt", "at"),
    [
        (-60, 4, NOW + 60),  # the other machine's clock a little ahead
        (0, 4, NOW),
        (CARRY_WINDOW - 1, 4, NOW - CARRY_WINDOW + 1),
        # Its keys may be gone (an hour is left for the two machines' clocks): written again
        # from a stale copy, its mark could move the marker back. A new attempt.
        (CARRY_WINDOW, 5, None),
    ],
)
def test_a_draft_marked_pending_within_a_day_carries_that_attempt_on(
    age: int, attempt: int, at: int | None
) -> None:
    # Another run's attempt, which may still be going: its keys, and its marker's values.
    plan = plan_for(invoice(marker="pending", attempt=4, at=NOW - age), NOW)
    assert plan is not None
    assert (plan.action, plan.attempt, plan.at) == ("send", attempt, at)


def test_a_draft_marked_sent_or_without_a_time_is_a_new_attempt() -> None:
    for found in (invoice(marker="sent", attempt=4, at=NOW), invoice(marker="pending", attempt=4)):
        plan = plan_for(found, NOW)
        assert plan is not None and (plan.attempt, plan.at) == (5, None)


@pytest.mark.parametrize(
    "found",
    [invoice("open"), invoice("open", "sent", 1, 5), invoice("paid", "sent"), invoice("void")],
)
def test_finalized_invoices_not_left_pending_are_none_of_the_runs_business(
    found: dict[str, Any],
) -> None:
    assert plan_for(found, NOW) is None


CHECK = Plan(invoice("open", "pending", 2, NOW - 100), "check", attempt=2, at=NOW - 100)
ADVANCING = attrs.evolve(CHECK, invoice=CHECK.invoice | ON)


@pytest.mark.parametrize(
    ("plan", "sent", "resend", "action", "attempt", "reason"),
    [
        (CHECK, {"in_1"}, False, "already sent", 2, None),
        (CHECK, {"in_1"}, True, "already sent", 2, None),
        # Not shown sent: sent again under the same attempt, so with that attempt's key.
        (CHECK, {"in_2"}, False, "resend", 2, None),
        (CHECK, set(), False, "resend", 2, None),
        (CHECK, None, False, "uncertain", 2, UNCERTAIN_NO_RECORD),
        (CHECK, None, True, "resend", 2, UNCERTAIN_NO_RECORD),
        (Plan(CHECK.invoice, "check", 2), set(), False, "uncertain", 2, UNCERTAIN_NO_TIME),
        (Plan(CHECK.invoice, "check", 2), {"in_1"}, False, "already sent", 2, None),
        (
            Plan(CHECK.invoice, "check", 2, at=NOW - RECORD_WINDOW + 1),
            set(),
            False,
            "resend",
            2,
            None,
        ),
        (
            Plan(CHECK.invoice, "check", 2, at=NOW - RECORD_WINDOW),
            set(),
            False,
            "uncertain",
            2,
            UNCERTAIN_TOO_OLD,
        ),
        (
            Plan(CHECK.invoice, "check", 2, at=NOW - RECORD_WINDOW),
            set(),
            True,
            "resend",
            2,
            UNCERTAIN_TOO_OLD,
        ),
        # auto_advance on: Stripe may email it itself; its record alone settles it, and one
        # it shows no email for is never resent, not even when asked to resend the uncertain.
        (ADVANCING, {"in_1"}, False, "already sent", 2, None),
        (ADVANCING, set(), False, "uncertain", 2, UNCERTAIN_AUTO_ADVANCE),
        (ADVANCING, set(), True, "uncertain", 2, UNCERTAIN_AUTO_ADVANCE),
        (ADVANCING, None, True, "uncertain", 2, UNCERTAIN_NO_RECORD),
        (attrs.evolve(ADVANCING, at=None), set(), True, "uncertain", 2, UNCERTAIN_AUTO_ADVANCE),
    ],
)
def test_settle(
    plan: Plan,
    sent: set[str] | None,
    resend: bool,
    action: str,
    attempt: int,
    reason: str | None,
) -> None:
    settled = settle(plan, sent, NOW, resend)
    assert (settled.action, settled.attempt, settled.reason) == (action, attempt, reason)
    assert settled.invoice is plan.invoice


def test_the_next_attempt_is_a_send_with_the_next_keys() -> None:
    resend = settle(CHECK, set(), NOW, False)
    moved = next_attempt(resend)
    # Begun now: a send plan with a time would carry the earlier attempt's marker on.
    assert (moved.action, moved.attempt, moved.at) == ("send", 3, None)
    assert moved.invoice is CHECK.invoice


REPLAYED = {"Idempotent-Replayed": "true"}


@pytest.mark.parametrize(
    ("error", "is_replayed", "refusal"),
    [
        (InvalidRequestError(message="no", http_status=400, headers=REPLAYED), True, True),
        (NotFoundError(message="gone", http_status=404, headers=REPLAYED), True, True),
        (InvalidRequestError(message="no", http_status=400), False, False),
        # A saved 5xx may follow the endpoint's work: the email may have gone.
        (APIServerError(message="boom", http_status=500, headers=REPLAYED), True, False),
        (APIServerError(message="boom", http_status=500), False, False),
        (ConflictError(message="in use", http_status=409, headers=REPLAYED), True, False),
        (InvalidRequestError(message="no", http_status=400, headers={"x": "true"}), False, False),
        (APIConnectionError(), False, False),
    ],
)
def test_replayed_and_replayed_refusal(
    error: StripeError, is_replayed: bool, refusal: bool
) -> None:
    assert replayed(error) is is_replayed
    assert replayed_refusal(error) is refusal


FRESH = Plan(invoice(), "send", attempt=1)
CARRIED = Plan(invoice(marker="pending", attempt=1, at=NOW - 60), "send", attempt=1, at=NOW - 60)
RESEND = Plan(CHECK.invoice, "resend", attempt=2, at=NOW - 100)
SAVED_REFUSAL = InvalidRequestError(message="no", http_status=400, headers=REPLAYED)
SAVED_NOT_FOUND = NotFoundError(message="gone", http_status=404, headers=REPLAYED)
SAVED_500 = APIServerError(message="boom", http_status=500, headers=REPLAYED)
SAVED_409 = ConflictError(message="in use", http_status=409, headers=REPLAYED)
REFUSAL = InvalidRequestError(message="no", http_status=400)
FAILED_500 = APIServerError(message="boom", http_status=500)
KEY_TAKEN = IdempotencyError(
    message="used with other parameters", http_status=400, type="idempotency_error"
)
KEY_TAKEN_REPLAYED = IdempotencyError(
    message="used with other parameters",
    http_status=400,
    type="idempotency_error",
    headers=REPLAYED,
)
NOW_ = "next attempt now"
GOES_ON = "this attempt goes on"
IF_NO_EMAIL = "next attempt if the record shows no email"
READ = "read the invoice first"
# The invoice read after the write failed: FRESH's mark of attempt 1 applied or not.
DRAFT = invoice()
MARKED = invoice(marker="pending", attempt=1, at=NOW)
OPEN = invoice("open")


# Found finalized and "pending": a resend's next attempt, marked, rechecked.
FOUND_OPEN = Plan(invoice("open", "pending", 2, NOW - 100), "send", attempt=3)
ADVANCING_OPEN = OPEN | ON


@pytest.mark.parametrize(
    ("plan", "fresh", "action", "reason"),
    [
        (FRESH, DRAFT, "send", None),
        (FOUND_OPEN, OPEN, "send", None),
        (FRESH, invoice("void"), "skip", SKIP_STATUS["void"]),
        (FRESH, invoice(method="charge_automatically"), "skip", SKIP_COLLECTION),
        (FRESH, OPEN, "check", CHANGED_SINCE_FOUND),
        # auto_advance switched on since the draft was found: Stripe's to finalize and email.
        (FRESH, DRAFT | ON, "skip", SKIP_AUTO_ADVANCE),
        (CARRIED, CARRIED.invoice | ON, "skip", SKIP_AUTO_ADVANCE),
        # Finalized with it on: Stripe may email it itself, and only its record can say.
        (FRESH, ADVANCING_OPEN, "check", CHANGED_SINCE_FOUND),
        (FOUND_OPEN, ADVANCING_OPEN, "check", None),
    ],
)
def test_recheck(plan: Plan, fresh: dict[str, Any], action: str, reason: str | None) -> None:
    rechecked = recheck(plan, fresh)
    assert (rechecked.action, rechecked.attempt, rechecked.reason) == (action, plan.attempt, reason)


@pytest.mark.parametrize(
    ("plan", "step", "error", "read", "move"),
    [
        # A resend's key answering a saved failure: that send is over. Refused: it emailed
        # nothing. A 5xx (a saved 409 reads the same): the endpoint may have emailed first.
        (RESEND, "send", SAVED_REFUSAL, NOT_READ, NOW_),
        (RESEND, "send", SAVED_NOT_FOUND, NOT_READ, NOW_),
        (RESEND, "send", SAVED_500, NOT_READ, IF_NO_EMAIL),
        (RESEND, "send", SAVED_409, NOT_READ, IF_NO_EMAIL),
        (RESEND, "send", SAVED_500, DRAFT, IF_NO_EMAIL),  # the invoice plays no part
        # Not replayed: this resend's own answer, which says nothing of the key's day.
        (RESEND, "send", REFUSAL, NOT_READ, "stays"),
        (RESEND, "send", FAILED_500, NOT_READ, "stays"),
        (RESEND, "send", APIConnectionError(), NOT_READ, "stays"),
        # A mark answered with a saved failure (its own, replayed to its retries, or an
        # earlier run's, to a carried attempt) is settled by the invoice read now. Its
        # marker on it: that mark applied, and the attempt goes on under its keys (finalized
        # by someone else meanwhile, the recheck that follows settles it by the record).
        (CARRIED, "mark", SAVED_500, NOT_READ, READ),
        (FRESH, "mark", SAVED_REFUSAL, NOT_READ, READ),
        (CARRIED, "mark", SAVED_500, CARRIED.invoice, GOES_ON),
        (FRESH, "mark", SAVED_500, MARKED, GOES_ON),
        (FRESH, "mark", SAVED_500, invoice("open", "pending", 1, NOW), GOES_ON),
        # A draft with no marker of it: that mark never applied, the next attempt now.
        (FRESH, "mark", SAVED_500, DRAFT, NOW_),
        (CARRIED, "mark", SAVED_REFUSAL, DRAFT, NOW_),
        # A later attempt's marker (another run's), finalized without it, or unread.
        (FRESH, "mark", SAVED_500, invoice(marker="pending", attempt=2, at=NOW), "stays"),
        (FRESH, "mark", SAVED_500, OPEN, "stays"),
        (FRESH, "mark", SAVED_500, None, "stays"),
        (CARRIED, "mark", FAILED_500, NOT_READ, "stays"),  # its own answer
        # Its key taken (never a saved answer) is the taken-key path, a wait first.
        (CARRIED, "mark", KEY_TAKEN, NOT_READ, "stays"),
        (FRESH, "mark", KEY_TAKEN_REPLAYED, DRAFT, "stays"),
        # A finalize's saved refusal finalized nothing; a saved 5xx did not either if the
        # invoice is still a draft (finalizing is for good), which only a read can tell.
        (FRESH, "finalize", SAVED_REFUSAL, NOT_READ, NOW_),
        (CARRIED, "finalize", SAVED_REFUSAL, NOT_READ, NOW_),
        (FRESH, "finalize", SAVED_500, NOT_READ, READ),
        (CARRIED, "finalize", SAVED_500, NOT_READ, READ),
        (FRESH, "finalize", SAVED_500, DRAFT, NOW_),
        (CARRIED, "finalize", SAVED_500, DRAFT, NOW_),
        (FRESH, "finalize", SAVED_500, OPEN, "stays"),
        (FRESH, "finalize", SAVED_500, None, "stays"),  # deleted, or could not be read
        (FRESH, "finalize", FAILED_500, NOT_READ, "stays"),
        (FRESH, "finalize", REFUSAL, NOT_READ, "stays"),
        # An attempt's own send never moves on: a send of it may be on its way.
        (FRESH, "send", SAVED_REFUSAL, NOT_READ, "stays"),
        (FRESH, "send", SAVED_500, NOT_READ, "stays"),
        (CARRIED, "send", SAVED_REFUSAL, NOT_READ, "stays"),
        (CARRIED, "send", SAVED_500, DRAFT, "stays"),
    ],
)
def test_move_on(plan: Plan, step: Step, error: StripeError, read: Any, move: MoveOn) -> None:
    assert move_on(plan, step, error, read) == move


@pytest.mark.parametrize(
    ("now", "never"),
    [
        # Still a draft, no marker of attempt 2 on it: the mark that took its key never
        # applied (read after the wait, nor is it still at work), so nothing of it began.
        (invoice(), True),
        (invoice(marker="pending", attempt=1, at=NOW - 100), True),
        (invoice(marker="sent", attempt=1, at=NOW - 100), True),
        # That mark applied (another run's attempt 2, at another time), or the draft has
        # moved on past it: not this run's to move.
        (invoice(marker="pending", attempt=2, at=NOW - 100), False),
        (invoice(marker="pending", attempt=3, at=NOW - 100), False),
        # Finalized: by that run, maybe emailed; only the record can say.
        (invoice("open", "pending", 2, NOW - 100), False),
        (invoice("open"), False),
        (None, False),  # could not be read
    ],
)
def test_mark_never_applied(now: dict[str, Any] | None, never: bool) -> None:
    plan = Plan(invoice(marker="pending", attempt=1, at=NOW - 100), "send", attempt=2)
    assert mark_never_applied(plan, now) is never


def test_record_window_is_a_day_inside_stripes_30_days() -> None:
    assert RECORD_WINDOW == 29 * 24 * 3600


def test_record_since_is_the_earliest_finalization_when_all_are_known() -> None:
    def finalized(at: object) -> dict[str, Any]:
        return {"status_transitions": {"finalized_at": at}}

    assert record_since([finalized(30), finalized(20), finalized(40)]) == 20
    assert record_since([finalized(30)]) == 30
    assert record_since([finalized(30), finalized(None)]) is None
    assert record_since([finalized(30), {"status_transitions": None}]) is None
    assert record_since([]) is None


@pytest.mark.parametrize(
    ("error", "unknown"),
    [
        (APIConnectionError(), True),
        (APITimeoutError(), True),
        (ClientClosedError(), False),  # refused before sending: nothing was sent
        # Closed while the call was being retried, after an attempt reached Stripe.
        (ClientClosedError("closed", may_have_been_applied=True), True),
        (APIResponseError("cut", http_status=200, request_id=None), True),
        (APIServerError(message="boom", http_status=500), True),
        (APIServerError(message="bad gateway", http_status=502), True),
        (InvalidRequestError(message="no", http_status=400), False),
        (NotFoundError(message="gone", http_status=404), False),
        # A call's last answer: an earlier attempt's may have been lost after it was applied.
        (ConflictError(message="locked", http_status=409), True),
        (RateLimitError(message="slow", http_status=429), True),
        (InvalidRequestError(message="odd", http_status=499), False),
        (StripeError("other"), False),
    ],
)
def test_outcome_unknown(error: StripeError, unknown: bool) -> None:
    assert outcome_unknown(error) is unknown


def test_failure_reason_is_class_status_code_and_message() -> None:
    coded = InvalidRequestError(message="Can't.", http_status=400, code="invoice_not_sendable")
    assert failure_reason(coded) == "InvalidRequestError (400 invoice_not_sendable): Can't."
    plain = InvalidRequestError(message="No.", http_status=400)
    assert failure_reason(plain) == "InvalidRequestError (400): No."
    assert failure_reason(APITimeoutError()) == "APITimeoutError: Request to Stripe timed out."
