"""The pre-flight check of request parameters: what it refuses, and what its messages say.

It runs on the request schema table codegen emits (`_generated/_request_schemas.py`), the same
data the in-memory backend validates against.
"""

from __future__ import annotations

from typing import Any

import pytest

from stripe_invoicing_client._core.params import prepare
from stripe_invoicing_client._generated import _request_schemas, operations
from stripe_invoicing_client.errors import InvalidParameterError
from stripe_invoicing_client.models import Address


def refused(operation_id: str, params: dict[str, Any]) -> InvalidParameterError:
    with pytest.raises(InvalidParameterError) as caught:
        prepare(getattr(operations, operation_id), params)
    return caught.value


MESSAGES = [
    # (operation, params, param named, message)
    (
        "PostInvoices",
        {"days_until_due": "thirty"},
        "days_until_due",
        "expected int, got str 'thirty'",
    ),
    ("PostInvoices", {"due_date": 1.5}, "due_date", "expected int, got float 1.5"),
    ("PostInvoiceitems", {"amount": True}, "amount", "expected int, got bool True"),
    ("PostInvoices", {"customer": 5}, "customer", "expected str, got int 5"),
    ("PostInvoicesInvoice", {"auto_advance": "true"}, "auto_advance", "expected bool"),
    ("PostInvoicesInvoiceSend", {"expand": "customer"}, "expand", "expected list of str"),
    ("PostCustomers", {"metadata": ["a"]}, "metadata", "expected dict of str or '' (to unset)"),
    ("PostCustomers", {"metadata": "x"}, "metadata", "got str 'x'"),
    ("PostInvoices", {"metadata": {"order_id": 6735}}, "metadata[order_id]", "expected str"),
    ("GetInvoices", {"created": {"gte": "yesterday"}}, "created[gte]", "expected int"),
    ("GetInvoices", {"created": "today"}, "created", "expected dict or int, got str 'today'"),
    (
        "PostInvoicesInvoiceAddLines",
        {"lines": [{"amount": 1}, {"price_data": {"currency": 5, "product": "prod_1"}}]},
        "lines[1][price_data][currency]",
        "expected str, got int 5",
    ),
    (
        "PostInvoicesInvoiceRemoveLines",
        {"lines": {"id": "x"}},
        "lines",
        "expected list of dict, got dict of 1",
    ),
    ("PostInvoices", {"customer": object()}, "customer", "expected str, got object"),
    (
        "PostInvoiceitems",
        {"customer": "cus_1", "amount": float("nan")},
        "amount",
        "expected int, got float nan",
    ),
]


SUGGESTIONS = [
    ("PostInvoices", {"cusotmer": "cus_1"}, "cusotmer", "did you mean 'customer'?"),
    ("PostInvoices", {"days_until_do": 3}, "days_until_do", "did you mean 'days_until_due'?"),
    ("GetCustomers", {"emial": "a@b.c"}, "emial", "did you mean 'email'?"),
    (
        "PostInvoices",
        {"automatic_tax": {"enabeld": True}},
        "automatic_tax[enabeld]",
        "not a key of automatic_tax; did you mean 'enabled'?",
    ),
    ("GetInvoices", {"created": {"after": 1}}, "created[after]", "not a key of created"),
    (
        "PostCustomers",
        {"address": {"line1": "1 Main St", "planet": "Mars"}},
        "address[planet]",
        "(known: city, country, line1, line2, postal_code, state)",
    ),
]


def test_an_unknown_name_without_a_close_match_lists_the_known_ones() -> None:
    error = refused("PostInvoicesInvoiceSend", {"zzzzzz": 1})
    assert error.reason == "not a parameter of PostInvoicesInvoiceSend (known: expand)"


def test_missing_required_parameters_top_level_and_nested() -> None:
    top = refused("PostInvoicesInvoiceAddLines", {})
    assert (top.param, top.reason) == ("lines", "missing: required by PostInvoicesInvoiceAddLines")
    nested = refused("PostInvoices", {"automatic_tax": {}})
    assert (nested.param, nested.reason) == (
        "automatic_tax[enabled]",
        "missing: required by automatic_tax",
    )
    in_list = refused("PostInvoicesInvoiceRemoveLines", {"lines": [{"id": "il_1"}]})
    assert in_list.param == "lines[0][behavior]"


def test_several_problems_are_counted_in_one_message() -> None:
    error = refused("PostInvoices", {"customer": 1, "days_until_due": "x", "footer": 2})
    assert error.param == "customer"
    assert "(and 2 more: days_until_due, footer)" in error.reason


def test_values_in_messages_are_cut_short() -> None:
    long = "x" * 5000
    error = refused("PostInvoices", {"days_until_due": long})
    assert len(str(error)) < 120
    assert "expected int, got str 'xxxx" in error.reason
    assert "...'" in error.reason
    # Containers are described, not printed: they may hold anything.
    hidden = refused("PostInvoices", {"footer": {"card": "4242424242424242"}})
    assert hidden.reason == "expected str, got dict of 1"


def test_a_key_shaped_value_is_not_printed() -> None:
    error = refused("PostInvoices", {"days_until_due": "sk_live_51SecretLeakedHere"})
    assert "SecretLeakedHere" not in str(error)


def test_what_the_spec_allows_passes() -> None:
    endpoint = operations.PostInvoices
    params = {
        "customer": "cus_1",
        "days_until_due": 30,
        "metadata": {"order_id": "6735", "note": ""},
        "account_tax_ids": "",  # '' unsets a field
        "custom_fields": [{"name": "PO", "value": "1"}],
        "automatic_tax": {"enabled": True},
        "collection_method": "send_invoice",
        "default_tax_rates": ("txr_1", "txr_2"),  # tuples are lists
        "footer": None,  # None is left out
    }
    assert prepare(endpoint, params)["default_tax_rates"] == ["txr_1", "txr_2"]
    address = Address.from_dict({"line1": "1 Main St", "city": "Paris"})
    assert prepare(operations.PostCustomers, {"address": address}) == {
        "address": {"line1": "1 Main St", "city": "Paris"}
    }
    assert prepare(operations.GetInvoices, {"created": {"gte": 1}, "limit": 3})


ENUM_TYPOS = [
    # (operation, params, param named): one of the first operations, and newer ones whose
    # enums were once open (`str | Literal[...]`) in the spec
    ("PostInvoicesInvoice", {"collection_method": "sometimes"}, "collection_method"),
    ("PostProducts", {"name": "Pro", "type": "servise"}, "type"),
    (
        "PostSubscriptionItems",
        {"subscription": "sub_1", "proration_behavior": "nope"},
        "proration_behavior",
    ),
    (
        "PostProducts",
        {"name": "Pro", "default_price_data": {"currency": "eur", "tax_behavior": "inclusiv"}},
        "default_price_data[tax_behavior]",
    ),
]


def test_an_enum_typo_suggests_the_closest_value() -> None:
    error = refused("PostProducts", {"name": "Pro", "type": "servise"})
    assert (
        error.reason
        == "expected one of 'good', 'service', got str 'servise'; did you mean 'service'?"
    )


def test_the_unset_marker_still_passes_beside_an_enum() -> None:
    # `cancel_at` is a timestamp, one of three named moments, or '' (unset).
    for value in (1_700_000_000, "max_period_end", ""):
        assert prepare(operations.PostSubscriptionsSubscriptionExposedId, {"cancel_at": value}) == {
            "cancel_at": value
        }
    assert (
        "expected"
        in refused("PostSubscriptionsSubscriptionExposedId", {"cancel_at": "later"}).reason
    )


BRACKET_KEYS = [
    ("PostCustomers", {"metadata": {"a][b": "x"}}, "metadata"),
    ("PostInvoiceitemsInvoiceitem", {"metadata": {"order[1]": "x"}}, "metadata"),
    (
        "PostInvoicesInvoiceAddLines",
        {"lines": [{"amount": 1, "metadata": {"sku]": "x"}}]},
        "lines[0][metadata]",
    ),
    (
        "PostInvoices",
        {"shipping_cost": {"shipping_rate_data": {"display_name": "x", "metadata": {"[": ""}}}},
        "shipping_cost[shipping_rate_data][metadata]",
    ),
]


# Each refusal names the parameter and says why: a wrong type what was expected, an unknown
# name the closest known one, an enum value the allowed ones, a metadata key its brackets.
REFUSALS = [
    *MESSAGES,
    *SUGGESTIONS,
    *[(*row, "expected one of") for row in ENUM_TYPOS],
    *[(*row, "contains '[' or ']'") for row in BRACKET_KEYS],
]


@pytest.mark.parametrize(("operation", "params", "param", "message"), REFUSALS)
def test_a_refused_parameter_is_named_with_the_reason(
    operation: str, params: dict[str, Any], param: str, message: str
) -> None:
    error = refused(operation, params)
    assert error.param == param
    assert message in error.reason
    assert f"Invalid parameter {param!r}: " in str(error)


def test_empty_and_non_str_metadata_keys_are_refused() -> None:
    assert refused("PostCustomers", {"metadata": {"": "x"}}).param == "metadata"
    assert "keys must be non-empty str" in refused("PostCustomers", {"metadata": {1: "x"}}).reason


def test_the_check_reads_the_shared_schema_table() -> None:
    # One table for the client's check and the fake: each distinct schema is one object.
    seen: dict[str, Any] = {}
    import json

    def walk(value: Any) -> None:
        if isinstance(value, dict):
            key = json.dumps(value, sort_keys=True)
            assert seen.setdefault(key, value) is value, f"schema written twice: {key[:80]}"
            for item in value.values():
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    walk(_request_schemas.REQUEST_SCHEMAS)
    assert operations.PostInvoices.check({"customer": "cus_1"}) == []
    assert operations.PostInvoices.check({"customer": 1}) == [
        ("customer", "expected str, got int 1")
    ]
