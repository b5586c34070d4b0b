"""Listing and searching through the facade's pagers, over several pages, on the fake."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import attrs
import pytest

from stripe_invoicing_client import AsyncPager, InvalidRequestError, SyncPager
from stripe_invoicing_client.testing import FakeStripe

from ._support import customer, draft, invoice_in, item, items, pages, run

MINUTE = 60


@attrs.frozen
class Row:
    """What the test knows about an invoice it made, to compute expected answers."""

    id: str
    customer: str
    status: str
    total: int
    created: int
    tier: str


# (customer, status, total, tier), oldest first.
PLAN = [
    ("ada", "draft", 1000, "gold"),
    ("ada", "open", 2500, "silver"),
    ("grace", "paid", 5000, "gold"),
    ("ada", "void", 1500, "gold"),
    ("grace", "uncollectible", 800, "silver"),
    ("ada", "open", 12000, "gold"),
    ("grace", "open", 300, "gold"),
    ("ada", "paid", 4200, "silver"),
]


async def dataset(client: Any, fake: FakeStripe) -> tuple[dict[str, str], list[Row]]:
    """Customers by short name, and the invoices of PLAN newest first (the API's order)."""
    people = {
        "ada": str((await customer(client, "Ada Lovelace")).id),
        "grace": str((await customer(client, "Grace Hopper")).id),
    }
    rows: list[Row] = []
    for who, status, total, tier in PLAN:
        fake.clock.advance(MINUTE)
        invoice = await invoice_in(
            client, status, people[who], amounts=(total,), metadata={"tier": tier}
        )
        assert invoice.total == total
        rows.append(Row(str(invoice.id), people[who], status, total, invoice.created, tier))
    return people, rows[::-1]


def ids(found: list[Any]) -> list[str]:
    return [str(obj.id) for obj in found]


def sent_params(fake: FakeStripe, path: str) -> list[dict[str, Any]]:
    return [dict(r.params or {}) for r in fake.requests if r.method == "GET" and r.path == path]


# --- lists ----------------------------------------------------------------------------------


async def test_list_forwards_over_four_pages(client: Any, fake: FakeStripe) -> None:
    _, rows = await dataset(client, fake)
    pager = client.invoices.list(limit=2)
    assert isinstance(pager, (SyncPager, AsyncPager))
    start = len(fake.requests)
    assert ids(await items(pager)) == [row.id for row in rows]
    sent = [r.params for r in fake.requests[start:]]
    assert sent == [
        {"limit": "2"},
        {"limit": "2", "starting_after": rows[1].id},
        {"limit": "2", "starting_after": rows[3].id},
        {"limit": "2", "starting_after": rows[5].id},
    ]


async def test_each_iteration_is_a_fresh_walk(client: Any, fake: FakeStripe) -> None:
    _, rows = await dataset(client, fake)
    pager = client.invoices.list(limit=3)
    assert ids(await items(pager)) == ids(await items(pager)) == [row.id for row in rows]


async def test_list_backwards_with_ending_before(client: Any, fake: FakeStripe) -> None:
    _, rows = await dataset(client, fake)
    oldest = rows[-1]
    start = len(fake.requests)
    found = await items(client.invoices.list(limit=2, ending_before=oldest.id))
    # Walking back from the oldest yields every newer invoice, oldest to newest.
    assert ids(found) == [row.id for row in reversed(rows[:-1])]
    sent = [r.params for r in fake.requests[start:]]
    assert sent == [
        {"limit": "2", "ending_before": oldest.id},
        {"limit": "2", "ending_before": rows[-3].id},
        {"limit": "2", "ending_before": rows[-5].id},
        {"limit": "2", "ending_before": rows[-7].id},
    ]


async def test_list_backwards_from_the_middle(client: Any, fake: FakeStripe) -> None:
    _, rows = await dataset(client, fake)
    found = await items(client.invoices.list(limit=1, ending_before=rows[4].id))
    assert ids(found) == [rows[3].id, rows[2].id, rows[1].id, rows[0].id]


@pytest.mark.parametrize(("max_items", "requests"), [(0, 0), (1, 1), (4, 2), (5, 3), (100, 4)])
async def test_max_items(client: Any, fake: FakeStripe, max_items: int, requests: int) -> None:
    _, rows = await dataset(client, fake)
    start = len(fake.requests)
    found = await items(client.invoices.list(limit=2, max_items=max_items))
    assert ids(found) == [row.id for row in rows][:max_items]
    assert len(fake.requests) - start == requests  # never a page more than needed


async def test_pages(client: Any, fake: FakeStripe) -> None:
    _, rows = await dataset(client, fake)
    walked = await pages(client.invoices.list(limit=3))
    assert [len(page.data) for page in walked] == [3, 3, 2]
    assert [page.has_more for page in walked] == [True, True, False]
    assert [str(i.id) for page in walked for i in page.data] == [row.id for row in rows]
    # max_items stops after the page that reaches it.
    capped = await pages(client.invoices.list(limit=3, max_items=4))
    assert [len(page.data) for page in capped] == [3, 3]


async def test_first_page(client: Any, fake: FakeStripe, kind: str) -> None:
    _, rows = await dataset(client, fake)
    pager = client.invoices.list(limit=2)
    first = await run(pager.first_page())
    assert ids(first.data) == [rows[0].id, rows[1].id] and first.has_more is True
    if kind == "async":
        awaited = await pager
        assert ids(awaited.data) == ids(first.data)


@pytest.mark.parametrize(
    ("filters", "wanted"),
    [
        ({"customer": "ada"}, lambda r, p: r.customer == p["ada"]),
        ({"customer": "grace"}, lambda r, p: r.customer == p["grace"]),
        ({"status": "open"}, lambda r, p: r.status == "open"),
        (
            {"status": "paid", "customer": "ada"},
            lambda r, p: r.status == "paid" and r.customer == p["ada"],
        ),
        ({"collection_method": "send_invoice"}, lambda r, p: True),
    ],
    ids=["ada", "grace", "open", "paid-ada", "send_invoice"],
)
async def test_list_filters(client: Any, fake: FakeStripe, filters: Any, wanted: Any) -> None:
    people, rows = await dataset(client, fake)
    params = {k: people.get(v, v) if k == "customer" else v for k, v in filters.items()}
    found = await items(client.invoices.list(limit=1, **params))
    expected = [row for row in rows if wanted(row, people)]
    assert expected  # the filter must select something
    assert ids(found) == [row.id for row in expected]


@pytest.mark.parametrize(
    ("bounds", "positions"),
    [
        ({"gte": 2, "lt": 5}, [2, 3, 4]),
        ({"gt": 2, "lte": 5}, [3, 4, 5]),
        ({"gte": 6}, [6, 7]),
        ({"lt": 1}, [0]),
        (3, [3]),
    ],
    ids=["gte-lt", "gt-lte", "gte", "lt", "exact"],
)
async def test_created_ranges(
    client: Any, fake: FakeStripe, bounds: Any, positions: list[int]
) -> None:
    _, rows = await dataset(client, fake)
    oldest_first = rows[::-1]

    def at(position: int) -> int:
        return oldest_first[position].created

    created = at(bounds) if isinstance(bounds, int) else {op: at(p) for op, p in bounds.items()}
    found = await items(client.invoices.list(limit=1, created=created))
    assert ids(found) == [oldest_first[p].id for p in reversed(positions)]


async def test_customers_and_items_lists(client: Any, fake: FakeStripe) -> None:
    names = ["Ada Lovelace", "Grace Hopper", "Alan Turing", "Barbara Liskov", "Edsger Dijkstra"]
    made = []
    for name in names:
        fake.clock.advance(MINUTE)
        made.append(await customer(client, name))
    found = await items(client.customers.list(limit=2))
    assert ids(found) == ids(made[::-1])
    assert len(sent_params(fake, "/v1/customers")) == 3
    by_email = await items(client.customers.list(email="barbara@example.com"))
    assert ids(by_email) == [str(made[3].id)]
    late = await items(client.customers.list(limit=1, created={"gt": made[2].created}))
    assert ids(late) == [str(made[4].id), str(made[3].id)]

    grace = str(made[1].id)
    made_items = [await item(client, grace, 100 * n) for n in range(1, 6)]
    pending = await items(client.invoice_items.list(limit=2, customer=grace, pending=True))
    assert ids(pending) == ids(made_items[::-1])
    backwards = await items(
        client.invoice_items.list(limit=2, customer=grace, ending_before=str(made_items[0].id))
    )
    assert ids(backwards) == ids(made_items[1:])


async def test_invoice_lines_over_three_pages(client: Any, fake: FakeStripe) -> None:
    ada = await customer(client)
    invoice = await draft(client, str(ada.id), (100, 200, 300, 400, 500))
    start = len(fake.requests)
    lines = await items(client.invoices.list_lines(str(invoice.id), limit=2))
    assert [line.amount for line in lines] == [100, 200, 300, 400, 500]
    assert len(fake.requests) - start == 3
    assert ids(lines) == ids(invoice.lines.data)


# --- search ---------------------------------------------------------------------------------


# PLAN as rows, with customers named by their short name: enough to count what queries match.
PLAN_ROWS = [Row(str(n), who, s, t, n, tier) for n, (who, s, t, tier) in enumerate(PLAN)]

# Whether a query should find an invoice, given its row and the customers' ids by short name.
Wanted = Callable[[Row, dict[str, str]], bool]

SEARCHES: list[tuple[str, Wanted]] = [
    ("status:'open'", lambda r, p: r.status == "open"),
    ('status:"paid"', lambda r, p: r.status == "paid"),
    ("total>1000", lambda r, p: r.total > 1000),
    ("total<=1000", lambda r, p: r.total <= 1000),
    ("metadata['tier']:'gold'", lambda r, p: r.tier == "gold"),
    (
        "customer:'{ada}' AND -status:'void'",
        lambda r, p: r.customer == p["ada"] and r.status != "void",
    ),
    ("customer:'{grace}' total>500", lambda r, p: r.customer == p["grace"] and r.total > 500),
    ("status:'open' OR status:'paid'", lambda r, p: r.status in ("open", "paid")),
    ("status:'void' OR total>4999", lambda r, p: r.status == "void" or r.total > 4999),
    ("-status:'draft'", lambda r, p: r.status != "draft"),
    (
        "metadata['tier']:'silver' AND -status:'paid' AND -status:'void'",
        lambda r, p: r.tier == "silver" and r.status not in ("paid", "void"),
    ),
    ("metadata['missing']:null", lambda r, p: True),
]


def test_every_query_form_is_searched_over_three_cursors_or_more() -> None:
    people = {"ada": "ada", "grace": "grace"}
    counts = {q: sum(wanted(row, people) for row in PLAN_ROWS) for q, wanted in SEARCHES}
    for form in ("status:'open'", "total>1000", "metadata['tier']:'gold'", "-status:'draft'"):
        assert counts[form] >= 3
    assert counts["customer:'{ada}' AND -status:'void'"] >= 3
    assert counts["status:'open' OR status:'paid'"] >= 3


@pytest.mark.parametrize(("query", "wanted"), SEARCHES, ids=[q for q, _ in SEARCHES])
async def test_invoice_search(client: Any, fake: FakeStripe, query: str, wanted: Wanted) -> None:
    people, rows = await dataset(client, fake)
    query = query.format(**people)
    expected = [row.id for row in rows if wanted(row, people)]
    assert expected
    start = len(fake.requests)
    found = await items(client.invoices.search(query=query, limit=1))
    assert ids(found) == expected
    sent = [r.params or {} for r in fake.requests[start:]]
    # One request per cursor, each after the first carrying the previous page's cursor.
    assert len(sent) == len(expected)
    assert all(params["query"] == query for params in sent)
    assert "page" not in sent[0]
    assert len({params["page"] for params in sent[1:]}) == len(sent) - 1


async def test_search_pages_and_max_items(client: Any, fake: FakeStripe) -> None:
    _, rows = await dataset(client, fake)
    query = "-status:'draft'"
    walked = await pages(client.invoices.search(query=query, limit=2))
    assert [len(page.data) for page in walked] == [2, 2, 2, 1]
    assert [page.has_more for page in walked] == [True, True, True, False]
    assert isinstance(walked[0].next_page, str) and walked[-1].next_page is None
    capped = await items(client.invoices.search(query=query, limit=2, max_items=3))
    assert ids(capped) == [row.id for row in rows if row.status != "draft"][:3]


CUSTOMER_SEARCHES = [
    ("email~'example.com'", lambda c: True),
    ("name:'Grace Hopper'", lambda c: c["name"] == "Grace Hopper"),
    ("name~'ara'", lambda c: "ara" in c["name"].lower()),
    ("metadata['team']:'compilers'", lambda c: c["team"] == "compilers"),
    ("-metadata['team']:'compilers'", lambda c: c["team"] != "compilers"),
    ("created>{second}", lambda c: c["position"] > 1),
    (
        "name~'Ada' OR metadata['team']:'compilers'",
        lambda c: "Ada" in c["name"] or c["team"] == "compilers",
    ),
    ("email~'example' AND -name:'Alan Turing'", lambda c: c["name"] != "Alan Turing"),
]


@pytest.mark.parametrize(
    ("query", "wanted"), CUSTOMER_SEARCHES, ids=[q for q, _ in CUSTOMER_SEARCHES]
)
async def test_customer_search(client: Any, fake: FakeStripe, query: str, wanted: Any) -> None:
    people = [
        ("Ada Lovelace", "engines"),
        ("Grace Hopper", "compilers"),
        ("Alan Turing", "engines"),
        ("Barbara Liskov", "compilers"),
        ("Edsger Dijkstra", "compilers"),
        ("Margaret Hamilton", "apollo"),
    ]
    made = []
    for position, (name, team) in enumerate(people):
        fake.clock.advance(MINUTE)
        created = await customer(client, name, metadata={"team": team})
        made.append({"id": str(created.id), "name": name, "team": team, "position": position})
    query = query.format(second=fake.clock.now() - 4 * MINUTE)
    expected = [c["id"] for c in reversed(made) if wanted(c)]
    assert expected
    found = await items(client.customers.search(query=query, limit=1))
    assert ids(found) == expected


BAD_QUERIES = [
    "status:open",  # values are quoted
    "(status:'open')",  # no parentheses
    "status:'open' AND total>1 OR status:'paid'",  # AND and OR don't mix
    "colour:'red'",  # not a searchable field
    "total:'1000'",  # a number field takes a number
    "status>'open'",  # only numbers compare
    "metadata['tier']>3",
]


@pytest.mark.parametrize("query", BAD_QUERIES)
async def test_unparsable_query_is_an_invalid_request(
    client: Any, fake: FakeStripe, query: str
) -> None:
    ada = await customer(client)
    await invoice_in(client, "open", str(ada.id))
    pager = client.invoices.search(query=query)  # lazy: nothing is sent yet
    with pytest.raises(InvalidRequestError) as info:
        await items(pager)
    assert type(info.value) is InvalidRequestError
    assert info.value.http_status == 400
    assert info.value.param == "query"
    assert len(fake.requests[-1].params or {}) >= 1 and fake.requests[-1].status == 400


def test_an_empty_query_sent_raw_is_an_invalid_request(fake: FakeStripe) -> None:
    # The client refuses it before sending; code posting the form itself meets Stripe's 400.
    with fake.sync_http_client(api_key="sk_test_x") as http:
        answer = http.get("/v1/invoices/search", params={"query": ""})
    assert answer.status_code == 400
    assert answer.json()["error"]["param"] == "query"


async def test_unparsable_customer_query(client: Any) -> None:
    with pytest.raises(InvalidRequestError) as info:
        await items(client.customers.search(query="name~'ab'"))  # ~ needs 3 characters
    assert info.value.param == "query"
