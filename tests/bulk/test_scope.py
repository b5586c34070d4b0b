"""Which invoices a run takes: those of the query, the customer, both, or every draft in the
account; drafts it must not send (charge_automatically, auto_advance on, voided, paid,
uncollectible) skipped with their reason and never finalized; and how it lists and searches
for them (the searches and the checks made here as plain functions of `_bulk_scope`, then
whole runs)."""

from __future__ import annotations

from collections import Counter
from typing import Any

import pytest

from stripe_invoicing_client._bulk import MARKER, send_invoices
from stripe_invoicing_client._bulk_plan import SKIP_AUTO_ADVANCE, SKIP_COLLECTION, SKIP_STATUS
from stripe_invoicing_client._bulk_scope import Scope, in_scope, search_queries
from stripe_invoicing_client.errors import InvalidParameterError
from stripe_invoicing_client.testing import FakeStripe

from ._support import client_for, counts, customer, drafts, finalized, left_pending, sends

PENDING = "metadata['stripe_invoicing_bulk_send']:'pending'"


@pytest.mark.parametrize(
    ("scope", "queries"),
    [
        (Scope(), [PENDING]),
        (Scope(customer="cus_9"), [f"{PENDING} AND customer:'cus_9'"]),
        (
            Scope(query="metadata['b']:'1'"),
            ["status:'draft' AND metadata['b']:'1'", f"{PENDING} AND metadata['b']:'1'"],
        ),
        (
            Scope(query="total>5", customer="cus_9"),
            [
                "status:'draft' AND total>5 AND customer:'cus_9'",
                f"{PENDING} AND total>5 AND customer:'cus_9'",
            ],
        ),
        (Scope(query="total>5 OR total<2", customer="cus_9"), ["total>5 OR total<2"]),
        # OR inside a quoted value is not Stripe's OR.
        (
            Scope(query="metadata['b']:'A OR B'"),
            ["status:'draft' AND metadata['b']:'A OR B'", f"{PENDING} AND metadata['b']:'A OR B'"],
        ),
        (
            Scope(query="number:'ORDER'"),
            ["status:'draft' AND number:'ORDER'", f"{PENDING} AND number:'ORDER'"],
        ),
        # What an earlier run left pending it finalized: its status clauses don't hold.
        (
            Scope(query="status:'draft' AND metadata['status']:'x'", customer="cus_9"),
            [
                "status:'draft' AND status:'draft' AND metadata['status']:'x' AND customer:'cus_9'",
                f"{PENDING} AND metadata['status']:'x' AND customer:'cus_9'",
            ],
        ),
        (
            Scope(query='total>=5 -status:"open" number:"A AND status:\'b\'"'),
            [
                "status:'draft' AND total>=5 -status:\"open\" number:\"A AND status:'b'\"",
                f"{PENDING} AND total>=5 AND number:\"A AND status:'b'\"",
            ],
        ),
        (Scope(query="status:'draft'"), ["status:'draft' AND status:'draft'", PENDING]),
        (Scope(query="total>5 ("), ["status:'draft' AND total>5 (", f"{PENDING} AND total>5 ("]),
    ],
)
def test_search_queries(scope: Scope, queries: list[str]) -> None:
    assert search_queries(scope) == queries


def test_in_scope_checks_the_customer_here() -> None:
    mine = {"customer": "cus_9"}
    theirs = {"customer": "cus_8"}
    assert in_scope(mine, Scope()) and in_scope(theirs, Scope(query="x:'y'"))
    assert in_scope(mine, Scope(customer="cus_9"))
    assert not in_scope(theirs, Scope(customer="cus_9"))


@pytest.mark.parametrize(
    ("options", "param"),
    [
        ({"query": ""}, "query"),
        ({"query": "  "}, "query"),
        ({"query": 5}, "query"),
        ({"customer": ""}, "customer"),
        ({"customer": "cus_1'"}, "customer"),
        ({"customer": "cus 1"}, "customer"),
        ({"customer": 5}, "customer"),
    ],
)
def test_scope_refuses_bad_input(options: dict[str, Any], param: str) -> None:
    with pytest.raises(InvalidParameterError) as refused:
        Scope(**options)
    reasons = {
        "query": "must be a non-empty search query",
        "customer": "must be a customer id (cus_...)",
    }
    assert (refused.value.param, refused.value.reason) == (param, reasons[param])


def test_scope_accepts_ids() -> None:
    assert Scope(query="a:'b'", customer="cus_AZaz09").customer == "cus_AZaz09"


async def test_every_matching_draft_is_sent_once_and_a_rerun_sends_nothing() -> None:
    fake = FakeStripe()
    ids = await drafts(fake, 4)
    await drafts(fake, 2, batch="other")
    client = client_for(fake)
    summary = await send_invoices(client, query="metadata['batch']:'b1'")
    assert counts(summary) == {"sent": 4}
    assert sorted(o.invoice_id for o in summary.outcomes) == sorted(ids)
    assert summary.exit_code() == 0
    assert sends(fake) == Counter(ids)
    again = await send_invoices(client, query="metadata['batch']:'b1'")
    assert again.outcomes == ()
    assert sends(fake) == Counter(ids)
    invoice = (await client.invoices.retrieve(ids[0])).to_dict()
    assert invoice["metadata"][MARKER] == "sent"
    assert invoice["metadata"]["batch"] == "b1"


async def test_customer_and_query_both_hold() -> None:
    fake = FakeStripe()
    alice, bob = await customer(fake, "alice@example.com"), await customer(fake, "bob@x.com")
    hers = await drafts(fake, 2, customer_id=alice)
    his = await drafts(fake, 2, customer_id=bob)
    await drafts(fake, 1, batch="other", customer_id=alice)
    summary = await send_invoices(client_for(fake), query="metadata['batch']:'b1'", customer=alice)
    assert counts(summary) == {"sent": 2}
    assert sends(fake) == Counter(hers)
    assert not finalized(fake) & set(his)
    # Without a query, the customer alone: her other draft only.
    rest = await send_invoices(client_for(fake), customer=alice)
    assert counts(rest) == {"sent": 1}
    assert not finalized(fake) & set(his)


async def test_a_query_using_or_is_checked_here_for_the_rest() -> None:
    # Stripe's search refuses AND mixed with OR: the query goes alone, the rest is checked
    # on what comes back (draft, customer, the "sent" marker).
    fake = FakeStripe()
    alice, bob = await customer(fake, "alice@example.com"), await customer(fake, "bob@x.com")
    first = await drafts(fake, 2, batch="b1", customer_id=alice)
    await send_invoices(client_for(fake), query="metadata['batch']:'b1'")
    second = await drafts(fake, 1, batch="b2", customer_id=alice)
    await drafts(fake, 1, batch="b2", customer_id=bob)
    summary = await send_invoices(
        client_for(fake), query="metadata['batch']:'b1' OR metadata['batch']:'b2'", customer=alice
    )
    assert counts(summary) == {"sent": 1}
    assert sends(fake) == Counter(first + second)


@pytest.mark.parametrize(
    ("kind", "reason"),
    [
        ({"collection_method": "charge_automatically"}, SKIP_COLLECTION),
        ({"auto_advance": True}, SKIP_AUTO_ADVANCE),  # Stripe finalizes and emails it itself
    ],
)
async def test_drafts_stripe_advances_itself_are_skipped_and_never_written(
    kind: dict[str, Any], reason: str
) -> None:
    fake = FakeStripe()
    ids = await drafts(fake, 2)
    left = await drafts(fake, 2, **kind)
    for rerun in range(2):
        summary = await send_invoices(client_for(fake), query="metadata['batch']:'b1'")
        assert summary.skipped_by_reason() == {reason: 2}
        assert counts(summary) == ({"sent": 2, "skipped": 2} if rerun == 0 else {"skipped": 2})
        assert summary.exit_code() == 0
    assert sends(fake) == Counter(ids)
    every = await send_invoices(client_for(fake))  # no query: the same rule
    assert counts(every) == {"skipped": 2}
    assert not finalized(fake) & set(left)
    assert not [w.path for w in fake.writes if w.path.endswith(tuple(left))]  # not even marked


@pytest.mark.parametrize("mode", ["every draft", "query", "customer", "both"])
async def test_invoices_changed_by_someone_else_are_skipped_with_their_reason(mode: str) -> None:
    fake = FakeStripe()
    client = client_for(fake)
    owner = await customer(fake)
    voided, paid, unpaid, fine = await drafts(fake, 4, customer_id=owner)
    query = "metadata['batch']:'b1'" if mode in ("query", "both") else None
    only = owner if mode in ("customer", "both") else None
    for invoice_id in (voided, paid, unpaid, fine):
        await left_pending(fake, invoice_id, sent=False)
    await client.invoices.void(voided)
    await client.invoices.pay(paid, paid_out_of_band=True)
    await client.invoices.mark_uncollectible(unpaid)
    for _ in range(2):  # and again on a rerun: skipped, never "failed"
        summary = await send_invoices(client, query=query, customer=only)
        assert summary.skipped_by_reason() == {
            SKIP_STATUS["void"]: 1,
            SKIP_STATUS["paid"]: 1,
            SKIP_STATUS["uncollectible"]: 1,
        }
        assert summary.count("failed") == 0
    assert sends(fake) == Counter([fine])


async def test_it_reads_in_pages_of_100_and_lists_one_customers_drafts() -> None:
    fake = FakeStripe()
    owner = await customer(fake)
    ids = await drafts(fake, 24, customer_id=owner)
    await drafts(fake, 2)  # someone else's
    for invoice_id in ids[:12]:
        await left_pending(fake, invoice_id, sent=True)
    start = len(fake.requests)
    summary = await send_invoices(client_for(fake), customer=owner)
    assert counts(summary) == {"sent": 12, "already sent": 12}
    reads = [r for r in fake.requests[start:] if r.method == "GET"]
    assert [(r.path, (r.params or {}).get("limit")) for r in reads] == [
        ("/v1/invoices", "100"),
        ("/v1/invoices/search", "100"),
        ("/v1/events", "100"),
    ]
    assert (reads[0].params or {}).get("customer") == owner
    assert (reads[0].params or {}).get("status") == "draft"
    # Events from the earliest finalization on: an email goes out only after it.
    client = client_for(fake)
    times = [(await client.invoices.retrieve(i)).to_dict()["status_transitions"] for i in ids[:12]]
    finalized_at = min(t["finalized_at"] for t in times)
    assert (reads[2].params or {}).get("type") == "invoice.sent"
    assert (reads[2].params or {}).get("created") == {"gte": str(finalized_at)}
