"""Parameters Stripe refuses are refused with a 400 naming them, never answered with a 500."""

from __future__ import annotations

from typing import Any

import pytest
import yaml

from stripe_invoicing_client.testing import FakeStripe
from stripe_invoicing_client.testing._expand import EXPANDABLE

from .support import SPEC, Api, error_of


def _item(api: Api, **params: Any) -> Any:
    customer = api.customer()
    return api.raw("POST", "/v1/invoiceitems", {"customer": customer["id"], **params})


@pytest.mark.parametrize(
    ("params", "param"),
    [
        ({"currency": "usd", "unit_amount_decimal": "1" * 401}, "unit_amount_decimal"),
        ({"currency": "usd", "unit_amount_decimal": "1e400"}, "unit_amount_decimal"),
        ({"currency": "usd", "unit_amount_decimal": "1e-07"}, "unit_amount_decimal"),
        ({"currency": "usd", "unit_amount_decimal": "NaN"}, "unit_amount_decimal"),
        ({"currency": "usd", "unit_amount_decimal": "0.0000000000001"}, "unit_amount_decimal"),
        (
            {"price_data": {"currency": "usd", "product": "p", "unit_amount_decimal": "9" * 500}},
            "price_data[unit_amount_decimal]",
        ),
        (
            {"currency": "usd", "unit_amount_decimal": "100", "quantity_decimal": "1e3"},
            "quantity_decimal",
        ),
    ],
    ids=["401-digits", "1e400", "exponent", "nan", "13-places", "price-data", "quantity"],
)
def test_bad_decimals_are_a_400_naming_the_parameter(
    api: Api, fake: FakeStripe, params: dict[str, Any], param: str
) -> None:
    response = _item(api, **params)
    assert response.status_code == 400, response.text
    error = error_of(response.json())
    assert error["param"] == param
    assert error["message"].startswith("Invalid decimal")
    assert fake.internal_errors == []


@pytest.mark.parametrize(
    ("quantity", "unit", "amount"),
    [("1.5", "100", 150), ("3", "0.5", 2), ("2.5", "1", 3), ("0.333", "1000", 333)],
)
def test_decimal_quantity_times_decimal_unit_rounds_half_up(
    api: Api, quantity: str, unit: str, amount: int
) -> None:
    response = _item(api, currency="usd", unit_amount_decimal=unit, quantity_decimal=quantity)
    assert response.status_code == 200, response.text
    item = response.json()
    assert item["amount"] == amount
    assert item["quantity_decimal"] == quantity


def test_quantity_and_quantity_decimal_are_exclusive(api: Api) -> None:
    response = _item(api, currency="usd", unit_amount_decimal="1", quantity=2, quantity_decimal="2")
    assert error_of(response.json())["code"] == "parameters_exclusive"


@pytest.mark.parametrize("currency", ["zzz", "us", "dollars", "USDX"])
def test_unknown_currencies_are_refused(api: Api, currency: str) -> None:
    response = _item(api, currency=currency, amount=100)
    assert response.status_code == 400
    assert error_of(response.json())["param"] == "currency"
    customer = api.customer()
    refused = api.post(
        "/v1/invoices", {"customer": customer["id"], "currency": currency}, expect=400
    )
    assert error_of(refused)["param"] == "currency"


def test_currency_codes_are_read_case_insensitively(api: Api) -> None:
    assert _item(api, currency="EUR", amount=100).json()["currency"] == "eur"


@pytest.mark.parametrize(
    ("amount", "code"),
    [
        (100_000_000, "amount_too_large"),
        (-100_000_000, "amount_too_large"),
        (2**63, "parameter_invalid_integer"),
        (2**70, "parameter_invalid_integer"),
        ("9" * 5000, "parameter_invalid_integer"),  # sent as text: Python won't str() it
    ],
    ids=["1e8", "-1e8", "2**63", "2**70", "5000-digits"],
)
def test_amounts_beyond_stripes_limits(
    api: Api, fake: FakeStripe, amount: int | str, code: str
) -> None:
    response = _item(api, currency="usd", amount=amount)
    assert response.status_code == 400, response.text
    error = error_of(response.json())
    assert (error["code"], error["param"]) == (code, "amount")
    assert fake.internal_errors == []


def test_the_largest_amount_is_accepted(api: Api) -> None:
    assert _item(api, currency="usd", amount=99_999_999).json()["amount"] == 99_999_999


def test_a_computed_amount_beyond_the_limit_is_refused(api: Api) -> None:
    response = _item(api, currency="usd", unit_amount_decimal="99999999", quantity=2)
    error = error_of(response.json())
    assert (error["code"], error["param"]) == ("amount_too_large", "unit_amount_decimal")


@pytest.mark.parametrize(
    ("method", "path", "expand"),
    [
        ("POST", "/v1/invoiceitems", "nonsense"),
        ("POST", "/v1/invoiceitems", "customer.nonsense"),
        ("GET", "/v1/invoices", "customer"),  # lists need `data.`
        ("GET", "/v1/invoices", "data.nonsense"),
        ("GET", "/v1/customers", "data.email"),  # a field, but not an expandable one
        ("GET", "/v1/invoices", "data.lines.data"),
    ],
)
def test_unknown_expand_paths_are_refused(api: Api, method: str, path: str, expand: str) -> None:
    customer = api.customer()
    params: dict[str, Any] = {"expand": [expand]}
    if method == "POST":
        params.update(customer=customer["id"], amount=1, currency="usd")
    response = api.raw(method, path, params)
    assert response.status_code == 400, response.text
    error = error_of(response.json())
    assert error["param"] == "expand"
    assert f"cannot be expanded ({expand})" in error["message"]


@pytest.mark.parametrize(
    ("path", "expand"),
    [
        ("/v1/invoices", "data.customer"),
        ("/v1/invoices", "data.customer.test_clock"),
        ("/v1/invoices", "data.lines.data.discounts"),
        ("/v1/invoiceitems", "data.invoice.customer"),
    ],
)
def test_known_expand_paths_are_accepted(api: Api, path: str, expand: str) -> None:
    assert api.get(path, {"expand": [expand]})["object"] == "list"


def test_expandable_fields_are_the_specs() -> None:
    schemas = yaml.safe_load(SPEC.read_text(encoding="utf-8"))["components"]["schemas"]

    def expandable(name: str) -> set[str]:
        found = set()
        for field, schema in schemas[name]["properties"].items():
            options = [schema, schema.get("items", {}), *schema.get("anyOf", [])]
            if any(isinstance(o, dict) and "x-expansionResources" in o for o in options):
                found.add(field)
        return found

    for object_type, fields in EXPANDABLE.items():
        assert set(fields) == expandable(object_type), object_type


# --- bounds Stripe enforces: integer ranges and string lengths (issue 21.6) ----------------


def _send_invoice(api: Api, **params: Any) -> Any:
    customer = api.customer()
    body = {"customer": customer["id"], "collection_method": "send_invoice", **params}
    return api.raw("POST", "/v1/invoices", body)


@pytest.mark.parametrize("days", [-1, 10**9], ids=["negative", "billion"])
def test_days_until_due_out_of_range_is_a_400_naming_it(
    api: Api, fake: FakeStripe, days: int
) -> None:
    response = _send_invoice(api, days_until_due=days)
    assert response.status_code == 400, response.text
    error = error_of(response.json())
    assert error["type"] == "invalid_request_error"
    assert error["param"] == "days_until_due"
    assert fake.write_count() == 1  # the customer; no invoice


def test_days_until_due_out_of_range_is_refused_on_update(api: Api) -> None:
    customer = api.customer()
    draft = api.invoice(customer["id"], collection_method="send_invoice", days_until_due=30)
    update = api.raw("POST", f"/v1/invoices/{draft['id']}", {"days_until_due": -1})
    assert update.status_code == 400, update.text
    assert error_of(update.json())["param"] == "days_until_due"


@pytest.mark.parametrize("days", [0, 30, 3650])
def test_days_until_due_in_range_is_accepted(api: Api, days: int) -> None:
    response = _send_invoice(api, days_until_due=days)
    assert response.status_code == 200, response.text


@pytest.mark.parametrize(
    ("path", "params", "param"),
    [
        ("/v1/invoices", {"description": "d" * 5001}, "description"),
        ("/v1/customers", {"address": {"city": "c" * 5001}}, "address[city]"),
    ],
    ids=["top-level", "nested"],
)
def test_a_string_past_the_specs_max_length_is_a_400_naming_it(
    api: Api, path: str, params: dict[str, Any], param: str
) -> None:
    if path == "/v1/invoices":
        params = {"customer": api.customer()["id"], **params}
    response = api.raw("POST", path, params)
    assert response.status_code == 400, response.text
    error = error_of(response.json())
    assert error["param"] == param
    assert "5000 characters" in error["message"]


def test_a_string_at_the_specs_max_length_is_accepted(api: Api) -> None:
    customer = api.customer(description="d" * 5000, address={"city": "c" * 5000})
    assert len(customer["description"]) == 5000
