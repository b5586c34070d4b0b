"""The bulk send's summary: counts per outcome, grouped failures, dry-run listing, JSON."""

from __future__ import annotations

import json
import time

import pytest

from stripe_invoicing_client._bulk import send_invoices
from stripe_invoicing_client._bulk_plan import (
    CHANGED_SINCE_FOUND,
    SKIP_AUTO_ADVANCE,
    SKIP_COLLECTION,
    UNCERTAIN_AUTO_ADVANCE,
    UNCERTAIN_NO_RECORD,
    UNCERTAIN_TOO_OLD,
)
from stripe_invoicing_client._bulk_summary import (
    CHECK_THEN_RESEND,
    EXIT_FAILED,
    EXIT_OK,
    EXIT_UNCERTAIN,
    EXIT_USAGE,
    RERUN_SETTLES,
    TURN_AUTO_ADVANCE_OFF,
    FailureGroup,
    InvoiceFacts,
    InvoiceOutcome,
    SendSummary,
)
from stripe_invoicing_client.testing import FailRequest, FakeStripe

from ._support import SEND, client_for, counts, drafts, left_pending

FACTS = InvoiceFacts("cus_1", "a@example.com", 123456, "usd", 1_767_225_600, None)


def test_exit_codes() -> None:
    assert (EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_UNCERTAIN) == (0, 1, 2, 3)
    ok = [InvoiceOutcome("in_1", "sent"), InvoiceOutcome("in_2", "already sent")]
    ok.append(InvoiceOutcome("in_3", "skipped", "x"))
    assert SendSummary(tuple(ok)).exit_code() == 0
    assert SendSummary(()).exit_code() == 0
    failed = InvoiceOutcome("in_4", "failed", "r")
    uncertain = InvoiceOutcome("in_5", "uncertain", "u")
    assert SendSummary((*ok, failed)).exit_code() == 1
    assert SendSummary((*ok, uncertain)).exit_code() == 3
    assert SendSummary((failed, uncertain)).exit_code() == 3


def summary_of(*results: tuple[str, str, str | None]) -> SendSummary:
    return SendSummary(tuple(InvoiceOutcome(i, r, why, FACTS) for i, r, why in results))  # type: ignore[arg-type]


def test_failures_grouped_most_frequent_first_with_the_first_five_ids() -> None:
    failures = [(f"in_{n}", "failed", "A") for n in range(7)]
    failures += [("in_x", "failed", "B"), ("in_y", "failed", "C"), ("in_z", "failed", "B")]
    summary = summary_of(*failures, ("in_s", "sent", None))
    assert summary.failure_groups() == [
        FailureGroup("A", 7, ("in_0", "in_1", "in_2", "in_3", "in_4")),
        FailureGroup("B", 2, ("in_x", "in_z")),
        FailureGroup("C", 1, ("in_y",)),
    ]
    assert summary.table().splitlines() == [
        "sent                         1",
        "already sent                 0",
        "skipped                      0",
        "uncertain                    0",
        "failed                      10",
        "       7  A  (in_0, in_1, in_2, in_3, in_4, ...)",
        "       2  B  (in_x, in_z)",
        "       1  C  (in_y)",
    ]


def test_skips_counted_by_reason_most_frequent_first() -> None:
    summary = summary_of(
        ("in_1", "skipped", "paid"),
        ("in_2", "skipped", "void"),
        ("in_3", "skipped", "void"),
        ("in_4", "skipped", "deleted"),
        ("in_5", "uncertain", "too old"),
    )
    assert summary.skipped_by_reason() == {"void": 2, "deleted": 1, "paid": 1}
    assert list(summary.skipped_by_reason()) == ["void", "deleted", "paid"]
    lines = summary.table().splitlines()
    assert lines[2:10] == [
        "skipped                      4",
        "       2  void",
        "       1  deleted",
        "       1  paid",
        "uncertain                    1",
        f"  {CHECK_THEN_RESEND}",
        "    in_5: too old",
        "failed                       0",
    ]


def test_uncertain_invoices_say_which_a_plain_rerun_settles() -> None:
    # Those uncertain only because Stripe's record could not be read (a client closed
    # mid-send, the events endpoint failing) are settled by a plain rerun, which reads it
    # again: --resend-uncertain is advised only for those a person must check, since it
    # sends them whatever became of an earlier email; and not for those with auto_advance
    # on, which Stripe may email itself and which it never sends.
    closed = f"ClientClosedError: POST /v1/invoices/in_2/send; then {UNCERTAIN_NO_RECORD}"
    finalized_under_it = f"{CHANGED_SINCE_FOUND}; {UNCERTAIN_AUTO_ADVANCE}"
    summary = summary_of(
        ("in_1", "uncertain", UNCERTAIN_NO_RECORD),
        ("in_2", "uncertain", closed),
        ("in_3", "uncertain", UNCERTAIN_TOO_OLD),
        ("in_4", "uncertain", UNCERTAIN_AUTO_ADVANCE),
        ("in_5", "uncertain", finalized_under_it),
    )
    lines = summary.table().splitlines()
    assert lines[3:14] == [
        "uncertain                    5",
        f"  {RERUN_SETTLES}",
        f"    in_1: {UNCERTAIN_NO_RECORD}",
        f"    in_2: {closed}",
        f"  {TURN_AUTO_ADVANCE_OFF}",
        f"    in_4: {UNCERTAIN_AUTO_ADVANCE}",
        f"    in_5: {finalized_under_it}",
        f"  {CHECK_THEN_RESEND}",
        f"    in_3: {UNCERTAIN_TOO_OLD}",
        "failed                       0",
    ]
    assert "--resend-uncertain" in CHECK_THEN_RESEND
    assert "rerun" in RERUN_SETTLES and "--resend-uncertain" not in RERUN_SETTLES
    only_unread = summary_of(("in_1", "uncertain", UNCERTAIN_NO_RECORD)).table()
    assert CHECK_THEN_RESEND not in only_unread and RERUN_SETTLES in only_unread


def test_dry_run_lists_each_invoice_it_would_send() -> None:
    summary = SendSummary(
        (
            InvoiceOutcome("in_1", "would send", None, FACTS),
            InvoiceOutcome("in_2", "would send"),
            InvoiceOutcome("in_3", "skipped", "paid"),
        ),
        dry_run=True,
    )
    assert summary.table().splitlines() == [
        "would send (dry run)         2",
        "  in_1  cus_1  a@example.com  1234.56 USD  due 2026-01-01",
        "  in_2  -  -  -  due -",
        "already sent                 0",
        "skipped                      1",
        "       1  paid",
        "uncertain                    0",
    ]


@pytest.mark.parametrize(
    ("facts", "amount", "due"),
    [
        (InvoiceFacts(amount_due=1050, currency="eur", days_until_due=30), "10.50 EUR",
         "30 days after finalizing"),
        (InvoiceFacts(amount_due=1050, currency="JPY"), "1050 JPY", "-"),
        (InvoiceFacts(amount_due=1050, currency="kwd", due_date=86400 * 365), "1.050 KWD",
         "1971-01-01"),
        (InvoiceFacts(amount_due=5), "-", "-"),
        (InvoiceFacts(currency="usd"), "-", "-"),
    ],
)  # fmt: skip
def test_amounts_in_the_currencys_units_and_due_dates_in_utc(
    facts: InvoiceFacts, amount: str, due: str
) -> None:
    assert (facts.amount(), facts.due()) == (amount, due)


def test_facts_of_an_invoice() -> None:
    found = {
        "customer": "cus_1",
        "customer_email": "a@example.com",
        "amount_due": 123456,
        "currency": "usd",
        "due_date": 1_767_225_600,
        "days_until_due": None,
    }
    assert InvoiceFacts.of(found) == FACTS
    assert InvoiceFacts.of({"days_until_due": 7}) == InvoiceFacts(days_until_due=7)


def test_json_for_machines() -> None:
    summary = summary_of(
        ("in_1", "sent", None),
        ("in_2", "failed", "A"),
        ("in_3", "skipped", "paid"),
    )
    data = json.loads(json.dumps(summary.to_json()))
    assert data["dry_run"] is False
    assert data["exit_code"] == 1
    assert data["counts"] == {
        "would send": 0,
        "sent": 1,
        "already sent": 0,
        "skipped": 1,
        "uncertain": 0,
        "failed": 1,
    }
    assert data["skipped"] == {"paid": 1}
    assert data["failures"] == [{"reason": "A", "count": 1, "first_ids": ["in_2"]}]
    assert data["invoices"][1] == {
        "id": "in_2",
        "result": "failed",
        "reason": "A",
        "customer": "cus_1",
        "email": "a@example.com",
        "amount_due": 123456,
        "currency": "usd",
        "due_date": 1_767_225_600,
        "days_until_due": None,
    }
    assert SendSummary((), dry_run=True).to_json()["dry_run"] is True


def test_count_and_of() -> None:
    summary = summary_of(("in_1", "sent", None), ("in_2", "sent", None), ("in_3", "failed", "x"))
    assert summary.count("sent") == 2 and summary.count("already sent") == 0
    assert [o.invoice_id for o in summary.of("sent")] == ["in_1", "in_2"]
    assert [o.invoice_id for o in summary.failed] == ["in_3"]


def test_due_dates_are_utc_whatever_the_local_zone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", "America/New_York")
    time.tzset()
    try:
        assert InvoiceFacts(due_date=1_767_225_600).due() == "2026-01-01"
    finally:
        monkeypatch.undo()
        time.tzset()


def test_a_failure_without_a_reason_is_grouped_under_an_empty_one() -> None:
    summary = SendSummary((InvoiceOutcome("in_1", "failed"),))
    assert summary.failure_groups() == [FailureGroup("", 1, ("in_1",))]


async def test_failures_are_grouped_by_stripes_message_with_the_first_ids() -> None:
    fake = FakeStripe()
    ids = await drafts(fake, 8)
    fake.inject(
        FailRequest(status=400, code="invoice_not_sendable", message="Can't send this."),
        times=7,
        method="POST",
        path=SEND,
    )
    summary = await send_invoices(client_for(fake), concurrency=1)
    assert counts(summary) == {"sent": 1, "failed": 7}
    assert summary.exit_code() == 1
    (group,) = summary.failure_groups()
    reason = "InvalidRequestError (400 invoice_not_sendable): Can't send this."
    assert (group.reason, group.count) == (reason, 7)
    assert group.first_ids == tuple(ids[::-1][:5])  # listed newest first
    assert not [r for r in fake.requests if r.path == "/v1/events"]  # a refusal is certain
    table = summary.table()
    assert table.count(reason) == 1
    assert f"({', '.join(ids[::-1][:5])}, ...)" in table


async def test_dry_run_lists_what_it_would_send_and_skip_and_writes_nothing() -> None:
    fake = FakeStripe()
    ids = await drafts(fake, 3, amount=1250)
    (charged,) = await drafts(fake, 1, collection_method="charge_automatically")
    (advancing,) = await drafts(fake, 1, auto_advance=True)
    (emailed,) = await drafts(fake, 1)
    await left_pending(fake, emailed, sent=True)  # by a run killed before its "sent" marker
    writes = len(fake.writes)
    summary = await send_invoices(client_for(fake), dry_run=True)
    assert len(fake.writes) == writes
    assert counts(summary) == {"would send": 3, "skipped": 2, "already sent": 1}
    assert [o.invoice_id for o in summary.of("already sent")] == [emailed]
    table = summary.table()
    assert "would send (dry run)         3" in table
    invoice = (await client_for(fake).invoices.retrieve(ids[0])).to_dict()
    line = next(line for line in table.splitlines() if ids[0] in line)
    for part in (invoice["customer"], "bulk@example.com", "12.50 USD", "due "):
        assert part in line
    assert f"     1  {SKIP_COLLECTION}" in table
    assert f"     1  {SKIP_AUTO_ADVANCE}" in table
    assert {o.invoice_id for o in summary.of("skipped")} == {charged, advancing}
    assert "failed" not in table  # a dry run neither sends nor fails
