"""Built queries sent through both clients to the in-memory backend: found, paged, refused."""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from stripe_invoicing_client import (
    CustomerSearch,
    InvalidParameterError,
    InvalidRequestError,
    InvoiceSearch,
    PriceSearch,
    ProductSearch,
    StripeInvoicing,
    all_of,
)
from stripe_invoicing_client.testing import FakeStripe

from ..fake.flows._support import customer, invoice_in, items, pages, run

Inv, Cus = InvoiceSearch, CustomerSearch
MINUTE = 60


async def test_quotes_and_backslashes_find_their_customer(client: Any, fake: FakeStripe) -> None:
    awkward = await run(
        client.customers.create(
            name='Dana "D" O\'Brien \\ Jr.',
            email="o'brien@example.com",
            metadata={"note": "a 'quoted' \\ value\"", "k'\"\\": "v"},
        )
    )
    await customer(client, "Ada Lovelace")
    queries = [
        Cus.email.eq("o'brien@example.com"),
        Cus.name.eq('Dana "D" O\'Brien \\ Jr.'),
        Cus.name.contains('"D" O\''),
        Cus.metadata["note"].eq("a 'quoted' \\ value\""),
        Cus.metadata["k'\"\\"].eq("v"),
        Cus.email.eq("o'brien@example.com") & Cus.metadata["note"].is_not_null(),
    ]
    for query in queries:
        found = await items(client.customers.search(query=query))
        assert [c.id for c in found] == [awkward.id], query


async def test_an_injected_or_finds_nothing(client: Any, fake: FakeStripe) -> None:
    await customer(client, "Ada Lovelace")  # ada@example.com
    hostile = "x' OR email:'ada@example.com"
    assert await items(client.customers.search(query=Cus.email.eq(hostile))) == []
    hostile = 'x" OR email:"ada@example.com'
    assert await items(client.customers.search(query=Cus.email.eq(hostile))) == []


async def test_invoice_fields_and_operators(client: Any, fake: FakeStripe) -> None:
    ada = str((await customer(client, "Ada Lovelace")).id)
    grace = str((await customer(client, "Grace Hopper")).id)
    made = {}
    for name, who, status, tier in [
        ("a", ada, "open", "gold"),
        ("b", grace, "paid", "gold"),
        ("c", ada, "draft", "silver"),
        ("d", grace, "void", "silver"),
    ]:
        fake.clock.advance(MINUTE)
        made[name] = await invoice_in(client, status, who, metadata={"tier": tier})
    cutoff = datetime.fromtimestamp(made["b"].created, timezone.utc)

    async def found(query: Any) -> set[str]:
        hits = await items(client.invoices.search(query=query))
        return {name for name, invoice in made.items() if invoice.id in {h.id for h in hits}}

    assert await found(Inv.status.eq("open")) == {"a"}
    assert await found(-Inv.status.eq("open")) == {"b", "c", "d"}
    assert await found(Inv.customer.eq(ada) & Inv.metadata["tier"].eq("gold")) == {"a"}
    assert await found(Inv.status.eq("paid") | Inv.status.eq("void")) == {"b", "d"}
    assert await found(Inv.created.gte(cutoff)) == {"b", "c", "d"}
    assert await found(Inv.created.lt(cutoff)) == {"a"}
    assert await found(Inv.total.gt(0) & Inv.currency.eq("USD")) == {"a", "b", "c", "d"}
    assert await found(Inv.total.lte(0)) == set()
    assert await found(Inv.metadata["missing"].is_null()) == {"a", "b", "c", "d"}
    assert await found(Inv.number.is_null()) == {"c"}  # drafts have no number yet
    assert await found(Inv.subscription.is_null()) == {"a", "b", "c", "d"}
    assert await found(Inv.last_finalization_error_type.eq("card_error")) == set()


async def test_customer_fields(client: Any, fake: FakeStripe) -> None:
    ada = await run(
        client.customers.create(name="Ada Lovelace", email="ada@example.com", phone="+15550100")
    )
    fake.clock.advance(MINUTE)
    grace = await run(client.customers.create(name="Grace Hopper", email="grace@navy.mil"))
    since = datetime.fromtimestamp(grace.created, timezone.utc)
    cases = [
        (Cus.email.contains("example.com"), [ada.id]),
        (Cus.name.eq("hopper"), [grace.id]),  # the words, any case
        (Cus.phone.contains("555"), [ada.id]),
        (Cus.phone.is_null(), [grace.id]),
        (Cus.created.gte(since), [grace.id]),
        (Cus.name.contains("ace") | Cus.email.contains("navy"), [grace.id, ada.id]),
    ]
    for query, expected in cases:
        assert [c.id for c in await items(client.customers.search(query=query))] == expected, query


async def test_boolean_fields_find_active_and_archived(client: Any, fake: FakeStripe) -> None:
    rake = await run(client.products.create(name="Rake", shippable=True))
    course = await run(client.products.create(name="Course", shippable=False))
    old = await run(client.products.create(name="Old rake"))
    price = await run(client.prices.create(product=rake.id, currency="eur", unit_amount=900))
    stale = await run(client.prices.create(product=rake.id, currency="eur", unit_amount=800))
    await run(client.products.update(old.id, active=False))
    await run(client.prices.update(stale.id, active=False))

    async def products(query: Any) -> set[str]:
        return {p.id for p in await items(client.products.search(query=query))}

    async def prices(query: Any) -> set[str]:
        return {p.id for p in await items(client.prices.search(query=query))}

    assert await products(ProductSearch.active.eq(True)) == {rake.id, course.id}
    assert await products(ProductSearch.active.eq(False)) == {old.id}
    assert await products(ProductSearch.active.ne(True)) == {old.id}
    assert await products(ProductSearch.shippable.eq(True)) == {rake.id}
    assert await products(ProductSearch.shippable.eq(False)) == {course.id}
    assert await products(ProductSearch.shippable.is_null()) == {old.id}
    assert await prices(PriceSearch.active.eq(True)) == {price.id}
    assert await prices(PriceSearch.active.eq(False)) == {stale.id}


async def test_built_queries_page_like_strings(client: Any, fake: FakeStripe) -> None:
    for n in range(5):
        await run(client.customers.create(email=f"same{n}@example.com", metadata={"batch": "7"}))
    query = Cus.metadata["batch"].eq("7") & Cus.email.contains("example")
    start = len(fake.requests)
    walked = await pages(client.customers.search(query=query, limit=2))
    assert [len(page.data) for page in walked] == [2, 2, 1]
    sent = [r.params or {} for r in fake.requests[start:]]
    assert all(params["query"] == str(query) for params in sent)


async def test_a_query_for_another_resource_is_refused_before_sending(
    client: Any, fake: FakeStripe
) -> None:
    start = len(fake.requests)
    with pytest.raises(InvalidParameterError, match="customers fields; this is invoices"):
        await items(client.invoices.search(query=Cus.email.eq("x@example.com")))
    assert len(fake.requests) == start


@pytest.mark.parametrize(
    ("path", "query"),
    [
        ("invoices", "status:'open' AND total>1 OR total<2"),  # AND with OR
        ("invoices", "colour:'red'"),  # not a searchable field
        ("customers", "status:'open'"),  # an invoice field
        ("invoices", "customer~'cus'"),  # token: no substring
        ("invoices", "currency>'usd'"),  # only numbers compare
        ("customers", "email>'a'"),
        ("invoices", "total~'100'"),
        ("invoices", "total:'big'"),
        ("invoices", "metadata['k']~'val'"),
        ("invoices", "metadata['k']>1"),
        ("customers", "name~'ab'"),  # substrings are 3 characters or more
        ("customers", "name:'unterminated"),
        ("customers", 'name:"ends in a backslash\\"'),  # the backslash escaped the quote
        ("customers", "name:unquoted"),
        ("customers", "(name:'x')"),
        ("customers", " AND ".join(f"name:'{n}'" for n in range(11))),  # 11 clauses
    ],
)
async def test_what_stripe_refuses_the_backend_refuses(client: Any, path: str, query: str) -> None:
    resource = getattr(client, path)
    with pytest.raises(InvalidRequestError) as raised:
        await items(resource.search(query=query))
    error = raised.value
    assert error.http_status == 400
    assert error.type == "invalid_request_error"
    assert error.param == "query"
    assert "search query" in str(error.message)


# Any values: stored through the API, searched with a built query, found.
stored_text = st.text(
    st.characters(exclude_categories=("Cs", "Cc")), min_size=1, max_size=40
).filter(str.strip)
metadata_keys = st.text(
    st.characters(exclude_categories=("Cs", "Cc"), exclude_characters="[]"), min_size=1, max_size=40
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(name=stored_text, email=stored_text, key=metadata_keys, value=stored_text)
def test_any_values_built_sent_parsed_and_matched(
    name: str, email: str, key: str, value: str
) -> None:
    fake = FakeStripe()
    with StripeInvoicing("sk_test_search", http_client=fake.sync_http_client()) as client:
        other = client.customers.create(name="Someone Else", email="else@example.org")
        made = client.customers.create(name=name, email=email, metadata={key: value})
        query = all_of(Cus.name.eq(name), Cus.email.eq(email), Cus.metadata[key].eq(value))
        found = [c.id for c in client.customers.search(query=query)]
        assert made.id in found and other.id not in found
        either = Cus.metadata[key].eq(value) | Cus.email.eq("else@example.org")
        assert {c.id for c in client.customers.search(query=either)} == {made.id, other.id}
