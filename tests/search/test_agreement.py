"""The builder and the in-memory backend's parser agree: whatever the values, what the builder
renders parses back to the same field, operator and value, and matches what it should."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from stripe_invoicing_client import (
    CustomerSearch,
    InvoiceSearch,
    PaymentIntentSearch,
    PriceSearch,
    ProductSearch,
    all_of,
    any_of,
)
from stripe_invoicing_client._core.search_query import EnumField
from stripe_invoicing_client._generated import search as builders
from stripe_invoicing_client._generated._search_fields import SEARCH_FIELDS
from stripe_invoicing_client.models import InvoiceStatus
from stripe_invoicing_client.testing._errors import ApiError
from stripe_invoicing_client.testing._search import Clause, matcher, parse_query

Inv, Cus = InvoiceSearch, CustomerSearch
EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)

texts = st.text()  # any unicode: quotes, backslashes, brackets, line breaks, empty
substrings = st.text(min_size=3)
keys = st.text(min_size=1)
integers = st.integers(min_value=-(2**70), max_value=2**70)
moments = st.datetimes(
    min_value=datetime(1900, 1, 1), max_value=datetime(2200, 1, 1), timezones=st.just(timezone.utc)
)

# (builder field, resource, name in queries) for each field kind.
STRING_FIELDS = [(Cus.email, "email"), (Cus.name, "name"), (Inv.number, "number")]
TOKEN_FIELDS = [(Inv.customer, "customer"), (Inv.currency, "currency")]


def parsed(query: str) -> Clause:
    clauses, join = parse_query(query)
    assert len(clauses) == 1 and join == "AND"
    return clauses[0]


def holding(resource: str, field: str, value: Any, key: str | None = None) -> dict[str, Any]:
    """An object of `resource` with `value` where the search field `field` reads it."""
    path = SEARCH_FIELDS[resource][field]["path"]
    obj: dict[str, Any] = {}
    node = obj
    for step in path[:-1]:
        node = node.setdefault(step, {})
    node[path[-1]] = {key: value} if key is not None else value
    return obj


@given(st.sampled_from(STRING_FIELDS + TOKEN_FIELDS), texts, st.booleans())
def test_exact_match_of_any_text(field: Any, value: str, negate: bool) -> None:
    builder, name = field
    clause = builder.ne(value) if negate else builder.eq(value)
    assert parsed(clause) == Clause(name, None, ":", value, negate)
    resource = "customers" if builder is Cus.email or builder is Cus.name else "invoices"
    matches = matcher(clause, resource)
    assert matches(holding(resource, name, value)) is not negate
    upper = value.upper()
    if upper.casefold() == value.casefold():  # not for U+0131, whose capital is "I"
        assert matches(holding(resource, name, upper)) is not negate  # any case


@given(st.sampled_from(STRING_FIELDS), substrings, texts, texts)
def test_substrings_of_any_text(field: Any, part: str, before: str, after: str) -> None:
    builder, name = field
    clause = builder.contains(part)
    assert parsed(clause) == Clause(name, None, "~", part, False)
    resource = "invoices" if name == "number" else "customers"
    assert matcher(clause, resource)(holding(resource, name, before + part + after))


@given(keys, texts, st.booleans())
def test_metadata_of_any_key_and_value(key: str, value: str, negate: bool) -> None:
    clause = Cus.metadata[key].ne(value) if negate else Cus.metadata[key].eq(value)
    assert parsed(clause) == Clause("metadata", key, ":", value, negate)
    matches = matcher(clause, "customers")
    assert matches(holding("customers", "metadata", value, key)) is not negate
    assert matches({"metadata": {}}) is negate
    assert matcher(Cus.metadata[key].is_null(), "customers")({"metadata": {}})
    assert matcher(Cus.metadata[key].is_not_null(), "customers")(
        holding("customers", "metadata", value, key)
    )


BOOLEAN_FIELDS = [
    (ProductSearch.active, "products", "active"),
    (ProductSearch.shippable, "products", "shippable"),
    (PriceSearch.active, "prices", "active"),
]


@pytest.mark.parametrize(("builder", "resource", "name"), BOOLEAN_FIELDS)
@pytest.mark.parametrize("wanted", [True, False])
@pytest.mark.parametrize("negate", [False, True])
def test_booleans(builder: Any, resource: str, name: str, wanted: bool, negate: bool) -> None:
    clause = builder.ne(wanted) if negate else builder.eq(wanted)
    assert parsed(clause) == Clause(name, None, ":", str(wanted).lower(), negate)
    matches = matcher(clause, resource)
    assert matches(holding(resource, name, wanted)) is not negate
    assert matches(holding(resource, name, not wanted)) is negate
    assert matches(holding(resource, name, None)) is negate  # shippable when not known


COMPARE: dict[str, Callable[[Any, Any], bool]] = {
    "eq": lambda a, b: a == b,
    "gt": lambda a, b: a > b,
    "gte": lambda a, b: a >= b,
    "lt": lambda a, b: a < b,
    "lte": lambda a, b: a <= b,
}
OPERATORS = {"eq": ":", "gt": ">", "gte": ">=", "lt": "<", "lte": "<="}


@given(st.sampled_from(sorted(COMPARE)), integers, integers)
def test_numbers(method: str, wanted: int, actual: int) -> None:
    clause = getattr(Inv.total, method)(wanted)
    assert parsed(clause) == Clause("total", None, OPERATORS[method], wanted, False)
    obj = holding("invoices", "total", actual)
    assert matcher(clause, "invoices")(obj) is COMPARE[method](actual, wanted)
    assert matcher(clause, "invoices")(holding("invoices", "total", wanted)) is (
        method in ("eq", "gte", "lte")
    )


@given(st.sampled_from(["gt", "gte", "lt", "lte"]), moments, st.integers(-3, 3))
def test_datetimes_compare_as_the_instant_they_are(
    method: str, moment: datetime, offset: int
) -> None:
    # Objects created in the seconds around `moment`: each matches exactly when its creation
    # time compares to `moment` as the method says, fractions of a second included.
    created = int((moment - EPOCH) // timedelta(seconds=1)) + offset
    clause = getattr(Cus.created, method)(moment)
    matched = matcher(clause, "customers")(holding("customers", "created", created))
    assert matched is COMPARE[method](EPOCH + timedelta(seconds=created), moment)


SOME_STATUSES: list[InvoiceStatus] = ["open", "paid", "void"]


@given(
    st.lists(st.tuples(st.sampled_from(SOME_STATUSES), st.booleans()), min_size=1, max_size=10),
    st.booleans(),
)
def test_and_or_combinations(parts: list[tuple[InvoiceStatus, bool]], use_or: bool) -> None:
    obj = holding("invoices", "status", "paid")
    clauses = [Inv.status.ne(s) if negate else Inv.status.eq(s) for s, negate in parts]
    expected = [(s == "paid") is not negate for s, negate in parts]
    query = any_of(*clauses) if use_or else all_of(*clauses)
    found, join = parse_query(query)
    assert len(found) == len(parts)
    assert join == ("OR" if use_or and len(parts) > 1 else "AND")
    assert matcher(query, "invoices")(obj) is (any(expected) if use_or else all(expected))


def test_every_generated_field_parses_and_is_accepted() -> None:
    # Each field of each builder, with each of its operators, is accepted by the backend.
    queries: dict[str, list[Any]] = {
        "invoices": [
            Inv.created.gte(EPOCH),
            Inv.currency.eq("usd"),
            Inv.customer.ne("cus_1"),
            Inv.last_finalization_error_code.eq("customer_tax_location_invalid"),
            Inv.last_finalization_error_type.eq("card_error"),
            Inv.metadata["k"].eq("v"),
            Inv.number.contains("INV"),
            Inv.receipt_number.eq("1234-5678"),
            Inv.status.eq("open"),
            Inv.subscription.is_null(),
            Inv.total.lt(5),
        ],
        "customers": [
            Cus.created.lte(0),
            Cus.email.contains("example"),
            Cus.metadata["k"].is_not_null(),
            Cus.name.eq("Ada"),
            Cus.phone.contains("+1555"),
        ],
        "products": [
            ProductSearch.active.eq(True),
            ProductSearch.description.contains("rake"),
            ProductSearch.metadata["k"].eq("v"),
            ProductSearch.name.eq("Garden rake"),
            ProductSearch.shippable.ne(False),
            ProductSearch.url.is_null(),
        ],
        "prices": [
            PriceSearch.active.eq(False),
            PriceSearch.currency.eq("eur"),
            PriceSearch.lookup_key.eq("rake"),
            PriceSearch.metadata["k"].is_null(),
            PriceSearch.product.eq("prod_1"),
            PriceSearch.type.eq("one_time"),
        ],
        "payment_intents": [
            PaymentIntentSearch.amount.gt(1000),
            PaymentIntentSearch.created.gte(EPOCH),
            PaymentIntentSearch.currency.eq("usd"),
            PaymentIntentSearch.customer.ne("cus_1"),
            PaymentIntentSearch.metadata["order"].eq("6735"),
            PaymentIntentSearch.status.eq("requires_payment_method"),
        ],
    }
    for resource, clauses in queries.items():
        assert {parsed(c).field for c in clauses} == set(SEARCH_FIELDS[resource])
        for clause in clauses:
            matcher(clause, resource)  # raises ApiError when refused


def test_fields_read_where_the_object_keeps_them() -> None:
    invoice = {
        "last_finalization_error": {
            "code": "customer_tax_location_invalid",
            "type": "invalid_request_error",
        },
        "parent": {"subscription_details": {"subscription": "sub_123"}},
    }
    for clause in (
        Inv.last_finalization_error_code.eq("customer_tax_location_invalid"),
        Inv.last_finalization_error_type.eq("invalid_request_error"),
        Inv.subscription.eq("sub_123"),
    ):
        assert matcher(clause, "invoices")(invoice), clause
    assert matcher(Inv.subscription.is_null(), "invoices")({"parent": None})


def test_string_fields_match_the_words_in_order() -> None:
    ada = {"name": "Ada King, Countess of Lovelace"}
    assert matcher(Cus.name.eq("ada king"), "customers")(ada)
    assert matcher(Cus.name.eq("Countess of Lovelace"), "customers")(ada)
    assert not matcher(Cus.name.eq("King Ada"), "customers")(ada)
    assert not matcher(Cus.name.eq("Lovelac"), "customers")(ada)
    assert not matcher(Inv.currency.eq("us"), "invoices")({"currency": "usd"})  # token: whole


# Each field's type in Stripe's search docs (docs.stripe.com/search, "Query fields for ..."):
# token (exact only), string (exact and `~`), numeric; metadata["key"] is our own kind.
# Not pinned: invoices' last_finalization_error_code/_type and subscriptions' canceled_at
# (listed since, without their types: NEWER_FIELDS).
STRIPE_KINDS = {
    "customers": {
        "created": "numeric",
        "email": "string",
        "metadata": "metadata",
        "name": "string",
        "phone": "string",
    },
    "invoices": {
        "created": "numeric",
        "currency": "token",
        "customer": "token",
        "metadata": "metadata",
        "number": "string",
        "receipt_number": "string",
        "status": "string",
        "subscription": "string",
        "total": "numeric",
    },
    "payment_intents": {
        "amount": "numeric",
        "created": "numeric",
        "currency": "token",
        "customer": "token",
        "metadata": "metadata",
        "status": "token",
    },
    "prices": {
        "active": "token",
        "currency": "token",
        "lookup_key": "string",
        "metadata": "metadata",
        "product": "string",
        "type": "token",
    },
    "products": {
        "active": "token",
        "description": "string",
        "metadata": "metadata",
        "name": "string",
        "shippable": "token",
        "url": "string",
    },
    "subscriptions": {"created": "numeric", "metadata": "metadata", "status": "token"},
}
NEWER_FIELDS = {
    "invoices": {"last_finalization_error_code", "last_finalization_error_type"},
    "subscriptions": {"canceled_at"},
}


def test_the_table_has_exactly_the_fields_stripe_lists() -> None:
    # A field Stripe doesn't search would build queries it refuses (products have no `created`).
    listed = {r: set(fields) | NEWER_FIELDS.get(r, set()) for r, fields in STRIPE_KINDS.items()}
    assert {r: set(fields) for r, fields in SEARCH_FIELDS.items()} == listed


# Each generated builder class, by the resource its fields query.
BUILDERS = {
    cls.metadata._resource: cls for cls in (getattr(builders, name) for name in builders.__all__)
}


@pytest.mark.parametrize(
    ("resource", "field", "kind"),
    [(r, f, k) for r, fields in STRIPE_KINDS.items() for f, k in fields.items()],
)
def test_each_field_has_the_kind_stripe_documents(resource: str, field: str, kind: str) -> None:
    assert SEARCH_FIELDS[resource][field]["type"] == kind
    # The builder offers `contains` on string fields, but not where it takes the spec's enum.
    built = getattr(BUILDERS[resource], field)
    assert hasattr(built, "contains") is (kind == "string" and not isinstance(built, EnumField))
    # The backend takes `~` and comparisons where Stripe does, and refuses them elsewhere.
    target = 'metadata["k"]' if kind == "metadata" else field
    for operator, value, allowed in (("~", '"abc"', "string"), (">", "1", "numeric")):
        query = f"{target}{operator}{value}"
        if kind == allowed:
            matcher(query, resource)
        else:
            with pytest.raises(ApiError, match="search query"):
                matcher(query, resource)
