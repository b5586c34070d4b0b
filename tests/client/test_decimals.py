"""`*_decimal` parameters and fields: exact, never through float.

Parameters take a `Decimal` or a decimal `str` and are sent digit for digit in plain notation;
anything else is refused before sending. Fields parse to `Decimal` and dump back the same text.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import httpx
import pytest
import respx

from stripe_invoicing_client import InvalidParameterError
from stripe_invoicing_client.models import InvoiceItem

from ._support import form, invoice_item, run


@pytest.mark.parametrize(
    ("given", "sent"),
    [
        (Decimal("0.000000000001"), "0.000000000001"),
        (Decimal("1E+2"), "100"),
        (Decimal("12.50"), "12.50"),
        ("12.5", "12.5"),
        ("-0.25", "-0.25"),
    ],
)
async def test_decimal_parameters_are_sent_exactly(
    client: Any, mock: respx.MockRouter, given: Decimal | str, sent: str
) -> None:
    route = mock.post("/v1/invoiceitems").mock(
        return_value=httpx.Response(200, json=invoice_item())
    )
    await run(
        client.invoice_items.create(
            customer="cus_1",
            currency="usd",
            unit_amount_decimal=given,
            quantity_decimal=given,
        )
    )
    pairs = dict(form(route.calls.last.request))
    assert pairs["unit_amount_decimal"] == sent
    assert pairs["quantity_decimal"] == sent


@pytest.mark.parametrize(
    ("given", "message"),
    [
        ("abc", "expected a decimal number such as '12.5' or a Decimal, got str 'abc'"),
        ("1e-07", "expected a decimal number"),
        ("1,5", "expected a decimal number"),
        ("", "expected a decimal number"),
        (Decimal("NaN"), "expected a finite decimal, got Decimal NaN"),
        (Decimal("Infinity"), "expected a finite decimal, got Decimal Infinity"),
        (1.5, "expected Decimal or decimal str, got float 1.5"),
    ],
)
async def test_bad_decimal_parameters_are_refused_before_sending(
    client: Any, mock: respx.MockRouter, given: object, message: str
) -> None:
    route = mock.post("/v1/invoiceitems").mock(
        return_value=httpx.Response(200, json=invoice_item())
    )
    with pytest.raises(InvalidParameterError, match="unit_amount_decimal") as caught:
        await run(
            client.invoice_items.create(customer="cus_1", currency="usd", unit_amount_decimal=given)
        )
    assert message in str(caught.value)
    assert route.call_count == 0


@pytest.mark.parametrize("text", ["0.000000000001", "1500", "12.50", "-3.100000000000"])
def test_decimal_fields_parse_to_decimal_and_round_trip_their_text(text: str) -> None:
    item = InvoiceItem.from_dict({**invoice_item(), "quantity_decimal": text})
    assert isinstance(item.quantity_decimal, Decimal)
    assert item.quantity_decimal == Decimal(text)
    assert item.to_dict()["quantity_decimal"] == text


async def test_decimal_fields_of_an_answer(client: Any, mock: respx.MockRouter) -> None:
    mock.get("/v1/invoiceitems/ii_1").mock(
        return_value=httpx.Response(200, json={**invoice_item(), "quantity_decimal": "2.50"})
    )
    item = await run(client.invoice_items.retrieve("ii_1"))
    assert item.quantity_decimal == Decimal("2.50")
    assert str(item.quantity_decimal) == "2.50"
    assert item.to_dict()["quantity_decimal"] == "2.50"
