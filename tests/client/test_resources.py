"""Resource methods, sync and async, beyond the wire table (test_wire_table.py): fresh and
caller idempotency keys, per-client headers, deleted objects, the seed invoices, bad input."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
import respx

from stripe_invoicing_client import CustomerSearch, InvalidParameterError
from stripe_invoicing_client.models import DeletedCustomer, Invoice
from tests.seeds import seed_invoices

from ._support import deleted, invoice, run


async def test_each_write_gets_a_fresh_key(client: Any, mock: respx.MockRouter) -> None:
    route = mock.post("/v1/invoices/in_1/send").mock(
        return_value=httpx.Response(200, json=invoice("in_1"))
    )
    await run(client.invoices.send("in_1"))
    await run(client.invoices.send("in_1"))
    first, second = (call.request.headers["Idempotency-Key"] for call in route.calls)
    assert first != second


async def test_get_takes_no_idempotency_key(client: Any, mock: respx.MockRouter) -> None:
    with pytest.raises(InvalidParameterError):
        await run(client.invoices.retrieve("in_1", idempotency_key="k"))
    assert not mock.calls


async def test_stripe_version_and_account_headers(make_client: Any, mock: respx.MockRouter) -> None:
    client = make_client(stripe_version="2025-03-31.basil", stripe_account="acct_1Abc")
    route = mock.route().mock(return_value=httpx.Response(200, json=invoice()))
    await run(client.invoices.retrieve("in_1"))
    await run(client.invoices.send("in_1"))
    for call in route.calls:
        assert call.request.headers["Stripe-Version"] == "2025-03-31.basil"
        assert call.request.headers["Stripe-Account"] == "acct_1Abc"
    assert client.api_version == "2025-03-31.basil"
    assert client.stripe_account == "acct_1Abc"


async def test_deleted_customer_is_parsed_as_deleted(client: Any, mock: respx.MockRouter) -> None:
    mock.get("/v1/customers/cus_1").mock(
        return_value=httpx.Response(200, json=deleted("customer", "cus_1"))
    )
    result = await run(client.customers.retrieve("cus_1"))
    assert isinstance(result, DeletedCustomer)
    assert result.deleted is True


@pytest.mark.parametrize("label,body", seed_invoices(), ids=[label for label, _ in seed_invoices()])
async def test_seed_invoices_of_both_versions_parse(
    client: Any, mock: respx.MockRouter, label: str, body: dict[str, Any]
) -> None:
    mock.post(f"/v1/invoices/{body['id']}/send").mock(return_value=httpx.Response(200, json=body))
    result = await run(client.invoices.send(body["id"]))
    assert isinstance(result, Invoice)
    assert result.id == body["id"]
    assert result.customer == body["customer"]
    assert result.amount_due == body["amount_due"]
    assert result.status == body["status"]
    # Fields of the older version (paid, charge, ...) are kept, not dropped.
    assert set(body) <= set(result.to_dict())


async def test_raw_mode_does_not_leak_into_the_parent(client: Any, mock: respx.MockRouter) -> None:
    mock.route().mock(return_value=httpx.Response(200, json=invoice()))
    _ = client.with_raw_response
    assert isinstance(await run(client.invoices.retrieve("in_1")), Invoice)


async def test_bad_input_is_refused_before_sending(client: Any, mock: respx.MockRouter) -> None:
    with pytest.raises(InvalidParameterError, match="days_until_due"):
        await run(client.subscriptions.create(customer="cus_1", days_until_due="thirty"))
    with pytest.raises(InvalidParameterError):
        await run(client.test_helpers.test_clocks.advance("clock_1", frozen_time="soon"))
    with pytest.raises(InvalidParameterError):
        await run(client.subscriptions.cancel("", invoice_now=True))
    with pytest.raises(InvalidParameterError):
        client.subscriptions.search(query=CustomerSearch.email.eq("a@example.com"))
    assert not mock.calls
