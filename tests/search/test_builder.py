"""What the builders render: escaping, each field kind's operators, AND/OR, and refusals."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta, timezone

import pytest

from stripe_invoicing_client import (
    AllOf,
    AnyOf,
    Clause,
    CustomerSearch,
    InvalidParameterError,
    InvoiceSearch,
    PriceSearch,
    ProductSearch,
    SubscriptionSearch,
    all_of,
    any_of,
)
from stripe_invoicing_client._core.search_query import search_params

Inv, Cus = InvoiceSearch, CustomerSearch
UTC = timezone.utc


@pytest.mark.parametrize(
    ("value", "rendered"),
    [
        ("jenny@example.com", '"jenny@example.com"'),
        ("o'brien@example.com", '"o\'brien@example.com"'),
        ('say "hi"', '"say \\"hi\\""'),
        ("C:\\path\\", '"C:\\\\path\\\\"'),
        ('\\"', '"\\\\\\""'),
        ("", '""'),
        ("Zoë Ñandú 東京 🎉", '"Zoë Ñandú 東京 🎉"'),
        ("line\nbreak\ttab", '"line\nbreak\ttab"'),
        ("' OR metadata['x']:'", "\"' OR metadata['x']:'\""),
        ('" OR email:"x', '"\\" OR email:\\"x"'),
    ],
)
def test_values_are_quoted_and_escaped(value: str, rendered: str) -> None:
    assert Cus.email.eq(value) == f"email:{rendered}"
    assert Inv.metadata["k"].eq(value) == f'metadata["k"]:{rendered}'
    if value:  # a metadata key is quoted the same way
        assert Inv.metadata[value].eq("v") == f'metadata[{rendered}]:"v"'


def test_an_injection_attempt_stays_one_value() -> None:
    query = Cus.email.eq('x" OR email:"victim@example.com')
    assert query == 'email:"x\\" OR email:\\"victim@example.com"'
    assert query.clauses == 1
    assert str(query).count(" OR ") == 1  # inside the quoted value, not a join


def test_metadata_keys_are_quoted_too() -> None:
    assert Inv.metadata["order_id"].eq("6735") == 'metadata["order_id"]:"6735"'
    assert Inv.metadata['we"ird\\'].eq("v") == 'metadata["we\\"ird\\\\"]:"v"'
    assert Inv.metadata["k"].is_null() == 'metadata["k"]:null'
    assert Inv.metadata["k"].is_not_null() == '-metadata["k"]:null'
    assert Inv.metadata["k"].ne("v") == '-metadata["k"]:"v"'


def test_each_kind_has_its_operators() -> None:
    # token: exact only
    assert Inv.customer.eq("cus_1") == 'customer:"cus_1"'
    assert Inv.currency.ne("usd") == '-currency:"usd"'
    # string: exact and substring
    assert Cus.name.eq("Ada") == 'name:"Ada"'
    assert Cus.name.contains("Lov") == 'name~"Lov"'
    assert Inv.number.contains("INV-00") == 'number~"INV-00"'
    # enum: the spec's values
    assert Inv.status.eq("open") == 'status:"open"'
    assert Inv.status.ne("void") == '-status:"void"'
    assert Inv.last_finalization_error_type.eq("card_error") == (
        'last_finalization_error_type:"card_error"'
    )
    # number: exact and comparisons, never quoted
    assert Inv.total.eq(0) == "total:0"
    assert Inv.total.gt(1000) == "total>1000"
    assert Inv.total.gte(1000) == "total>=1000"
    assert Inv.total.lt(-5) == "total<-5"
    assert Inv.total.lte(10**20) == "total<=100000000000000000000"
    assert Inv.total.ne(7) == "-total:7"
    # null checks on any field
    assert Inv.subscription.is_null() == "subscription:null"
    assert Cus.phone.is_not_null() == "-phone:null"
    assert Inv.total.is_null() == "total:null"


def test_boolean_fields_take_a_bool_and_send_stripes_token() -> None:
    # Stripe documents true/false fields as tokens: `active:"true"`, as `eq("true")` sent.
    assert ProductSearch.active.eq(True) == 'active:"true"'
    assert ProductSearch.active.eq(False) == 'active:"false"'
    assert ProductSearch.shippable.ne(True) == '-shippable:"true"'
    assert ProductSearch.shippable.is_null() == "shippable:null"
    assert PriceSearch.active.ne(False) == '-active:"false"'
    both = ProductSearch.active.eq(True) & ProductSearch.name.eq("rake")
    assert both == 'active:"true" AND name:"rake"'


@pytest.mark.parametrize("value", ["true", "True", 1, 0, None, 1.0, b"true"])
@pytest.mark.parametrize("method", ["eq", "ne"])
def test_boolean_fields_refuse_anything_but_a_bool(method: str, value: object) -> None:
    with pytest.raises(InvalidParameterError) as raised:
        getattr(ProductSearch.active, method)(value)
    assert raised.value.param == "query"
    kind = type(value).__name__
    assert raised.value.reason == f"products active.{method} takes True or False, not {kind}"


def test_negation_flips_and_flips_back() -> None:
    clause = Inv.status.eq("open")
    assert -clause == '-status:"open"'
    negated = -clause
    assert -negated == clause
    assert isinstance(-clause, Clause)


def test_timestamps_take_ints_and_aware_datetimes() -> None:
    moment = datetime(2026, 1, 1, tzinfo=UTC)
    assert Inv.created.gt(1767225600) == "created>1767225600"
    assert Inv.created.gt(moment) == "created>1767225600"
    plus_one = datetime(2026, 1, 1, 1, tzinfo=timezone(timedelta(hours=1)))
    assert Cus.created.eq(plus_one) == "created:1767225600"
    # Fractions compare exactly: strictly after 12:00:00.5 is from 12:00:01 on, and so on.
    half = moment + timedelta(microseconds=500_000)
    assert Inv.created.gt(half) == "created>1767225600"
    assert Inv.created.gte(half) == "created>=1767225601"
    assert Inv.created.lt(half) == "created<1767225601"
    assert Inv.created.lte(half) == "created<=1767225600"
    assert Inv.created.eq(half) == "created:1767225600"
    assert Inv.created.gte(moment) == "created>=1767225600"  # no fraction, no rounding
    before_epoch = datetime(1969, 12, 31, 23, 59, 59, 500_000, tzinfo=UTC)
    assert Inv.created.gte(before_epoch) == "created>=0"
    assert Inv.created.lte(before_epoch) == "created<=-1"


def test_naive_datetimes_are_refused() -> None:
    with pytest.raises(InvalidParameterError, match="time zone"):
        Inv.created.gt(datetime(2026, 1, 1))


def test_and_or_build_one_kind_of_query() -> None:
    both = Inv.status.eq("open") & Inv.total.gt(1000) & Inv.metadata["tier"].eq("gold")
    assert isinstance(both, AllOf)
    assert both == 'status:"open" AND total>1000 AND metadata["tier"]:"gold"'
    assert both.clauses == 3
    either = Inv.status.eq("paid") | Inv.status.eq("void") | -Inv.total.lt(5)
    assert isinstance(either, AnyOf)
    assert either == 'status:"paid" OR status:"void" OR -total<5'
    assert all_of(Inv.status.eq("open")) == 'status:"open"'
    assert all_of(Inv.status.eq("open"), Inv.total.gt(1), both) == (
        'status:"open" AND total>1 AND ' + both
    )
    assert any_of(*(Inv.customer.eq(c) for c in ("cus_1", "cus_2"))) == (
        'customer:"cus_1" OR customer:"cus_2"'
    )
    left, right = Inv.total.gt(1) & Inv.total.lt(9), Inv.status.eq("open") & Inv.currency.eq("eur")
    assert left & right == 'total>1 AND total<9 AND status:"open" AND currency:"eur"'


# Each mix is also a mypy error (AllOf and AnyOf don't combine); here, the run-time refusal.
MIXES: list[Callable[[], object]] = [
    lambda: (Inv.status.eq("open") & Inv.total.gt(1)) | Inv.total.lt(0),  # type: ignore[operator]
    lambda: (Inv.status.eq("open") | Inv.total.gt(1)) & Inv.total.lt(0),  # type: ignore[operator]
    lambda: Inv.total.lt(0) & (Inv.status.eq("open") | Inv.total.gt(1)),  # type: ignore[operator]
    lambda: Inv.total.lt(0) | (Inv.status.eq("open") & Inv.total.gt(1)),  # type: ignore[operator]
    lambda: all_of(Inv.total.lt(0), Inv.status.eq("paid") | Inv.total.gt(1)),  # type: ignore[arg-type]
]


@pytest.mark.parametrize("mix", MIXES)
def test_and_with_or_is_refused(mix: Callable[[], object]) -> None:
    with pytest.raises(InvalidParameterError, match="AND and OR"):
        mix()


def test_more_than_ten_clauses_are_refused() -> None:
    ten = all_of(*(Inv.total.gt(n) for n in range(10)))
    assert ten.clauses == 10
    with pytest.raises(InvalidParameterError, match="at most 10"):
        ten & Inv.total.lt(0)
    with pytest.raises(InvalidParameterError, match="at most 10"):
        any_of(*(Cus.name.eq(str(n)) for n in range(11)))


def test_fields_of_two_resources_do_not_mix() -> None:
    with pytest.raises(InvalidParameterError, match="invoices and customers"):
        Inv.created.gt(1) & Cus.created.gt(1)  # type: ignore[operator]


# Most of these are mypy errors too (wrong types, ignored with their code); what types can't
# see (short substrings, lone surrogates, empty keys, bool for int) is refused only here.
@pytest.mark.parametrize(
    ("build", "match"),
    [
        (lambda: Cus.name.contains("ab"), "at least 3"),
        (lambda: Cus.name.contains(""), "at least 3"),
        (lambda: Inv.total.gt("1000"), "takes an int, not str"),  # type: ignore[arg-type]
        (lambda: Inv.total.gt(True), "takes an int, not bool"),
        (lambda: Inv.total.eq(10.5), "takes an int, not float"),  # type: ignore[arg-type]
        # Past Python's limit for writing an int in decimal (ValueError from `str`).
        (lambda: Inv.total.gt(10**5000), "too large"),
        (lambda: Inv.created.lte(-(10**5000)), "too large"),
        (lambda: Inv.created.gt("2026-01-01"), "takes an int, not str"),  # type: ignore[arg-type]
        (lambda: Cus.email.eq(None), "takes a str, not NoneType"),  # type: ignore[arg-type]
        (lambda: Cus.email.eq(b"x"), "takes a str, not bytes"),  # type: ignore[arg-type]
        (lambda: Inv.status.eq(1), "takes a str, not int"),  # type: ignore[arg-type]
        (lambda: Cus.name.eq("\ud800"), "lone surrogate"),
        (lambda: Cus.metadata[""], "can't be empty"),
        (lambda: Cus.metadata[3], "takes a str"),  # type: ignore[index]
        (lambda: Inv.status.eq("open") & "total>1", "not str"),  # type: ignore[operator]
        (lambda: all_of("status:'open'"), "not str"),  # type: ignore[arg-type]
    ],
)
def test_misuse_at_run_time_is_an_invalid_parameter_error(
    build: Callable[[], object], match: str
) -> None:
    with pytest.raises(InvalidParameterError, match=match) as raised:
        build()
    assert raised.value.param == "query"


def test_enum_values_added_later_still_go_through_at_run_time() -> None:
    # mypy refuses a value outside the spec's Literal; at run time any str is sent.
    assert Inv.status.eq("scheduled") == 'status:"scheduled"'  # type: ignore[arg-type]


def test_the_result_is_a_plain_string_to_send() -> None:
    query = Inv.status.eq("open") & Inv.total.gt(1)
    assert isinstance(query, str)
    assert repr(query) == "AllOf('status:\"open\" AND total>1')"
    sent = search_params("invoices", {"query": query, "limit": 3})
    assert type(sent["query"]) is str and sent["query"] == query and sent["limit"] == 3
    plain = {"query": "status:'open'"}
    assert search_params("invoices", plain) is plain
    with pytest.raises(InvalidParameterError, match="customers fields; this is invoices"):
        search_params("invoices", {"query": Cus.email.eq("x")})


def test_only_the_documented_fields_exist() -> None:
    def fields(cls: type) -> set[str]:
        return {name for name in vars(cls) if not name.startswith("_")}

    assert fields(InvoiceSearch) == {
        "created",
        "currency",
        "customer",
        "last_finalization_error_code",
        "last_finalization_error_type",
        "metadata",
        "number",
        "receipt_number",
        "status",
        "subscription",
        "total",
    }
    assert fields(CustomerSearch) == {"created", "email", "metadata", "name", "phone"}
    # Stripe's query fields for subscriptions.
    assert fields(SubscriptionSearch) == {"canceled_at", "created", "metadata", "status"}


def test_subscription_fields_render_with_their_kinds() -> None:
    sub = SubscriptionSearch
    when = datetime(2026, 1, 1, tzinfo=UTC)
    assert sub.canceled_at.gte(when) == "canceled_at>=1767225600"
    assert sub.canceled_at.is_null() == "canceled_at:null"
    assert sub.created.lt(1767225600) == "created<1767225600"
    assert sub.status.eq("past_due") == 'status:"past_due"'
    assert sub.metadata["plan"].eq("team") == 'metadata["plan"]:"team"'
    assert (sub.status.eq("active") | sub.status.eq("trialing")) == (
        'status:"active" OR status:"trialing"'
    )
    with pytest.raises(InvalidParameterError, match="time zone"):
        sub.canceled_at.gt(datetime(2026, 1, 1))  # naive: refused
    with pytest.raises(InvalidParameterError, match="subscriptions fields; this is invoices"):
        search_params("invoices", {"query": sub.status.eq("active")})
