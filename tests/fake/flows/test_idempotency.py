"""Caller-provided idempotency keys, end to end: a repeat replays, a mismatch is refused."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

import pytest

from stripe_invoicing_client import (
    CardError,
    IdempotencyError,
    InvalidParameterError,
    NotFoundError,
    RawResponse,
)
from stripe_invoicing_client.testing import FakeStripe
from tests.ids import shown

from ._support import (
    KEY,
    Client,
    customer,
    invoice_in,
    new_customer_id,
    new_draft_id,
    new_open_invoice_id,
    no_target,
    paying_with,
    run,
)

Setup = Callable[[Any], Awaitable[str]]


def _expanding_on_retry(action: str) -> Callable[..., Any]:
    """An invoice action whose n-th call differs from the first only by `expand`."""
    return lambda raw, inv, key, n=1: getattr(raw.invoices, action)(
        inv, expand=["customer"] if n > 1 else [], idempotency_key=key
    )


def _flag_on_first_call(action: str, flag: str) -> Callable[..., Any]:
    """An invoice action whose n-th call differs from the first only by a boolean `flag`,
    true on the first call and false after."""
    return lambda raw, inv, key, n=1: getattr(raw.invoices, action)(
        inv, **{flag: n == 1}, idempotency_key=key
    )


# name -> (operation id, set-up giving the id the call needs, the call with a raw client).
OPERATIONS: dict[str, tuple[str, Setup, Callable[..., Any]]] = {
    "create_customer": (
        "PostCustomers",
        no_target,
        lambda raw, _, key, n=1: raw.customers.create(
            name=f"Ada {n}", email="ada@example.com", idempotency_key=key
        ),
    ),
    "update_customer": (
        "PostCustomersCustomer",
        new_customer_id,
        lambda raw, cus, key, n=1: raw.customers.update(
            cus, metadata={"n": str(n)}, idempotency_key=key
        ),
    ),
    "create_invoice_item": (
        "PostInvoiceitems",
        new_customer_id,
        lambda raw, cus, key, n=1: raw.invoice_items.create(
            customer=cus, amount=1000 * n, currency="usd", idempotency_key=key
        ),
    ),
    "create_invoice": (
        "PostInvoices",
        new_customer_id,
        lambda raw, cus, key, n=1: raw.invoices.create(
            customer=cus, description=f"Order {n}", idempotency_key=key
        ),
    ),
    "update_invoice": (
        "PostInvoicesInvoice",
        new_draft_id,
        lambda raw, inv, key, n=1: raw.invoices.update(
            inv, description=f"Order {n}", idempotency_key=key
        ),
    ),
    "add_lines": (
        "PostInvoicesInvoiceAddLines",
        new_draft_id,
        lambda raw, inv, key, n=1: raw.invoices.add_lines(
            inv, lines=[{"amount": 100 * n}], idempotency_key=key
        ),
    ),
    "finalize": (
        "PostInvoicesInvoiceFinalize",
        new_draft_id,
        _flag_on_first_call("finalize", "auto_advance"),
    ),
    "send": (
        "PostInvoicesInvoiceSend",
        new_open_invoice_id,
        _expanding_on_retry("send"),
    ),
    "pay": (
        "PostInvoicesInvoicePay",
        new_open_invoice_id,
        _flag_on_first_call("pay", "paid_out_of_band"),
    ),
    "void": (
        "PostInvoicesInvoiceVoid",
        new_open_invoice_id,
        _expanding_on_retry("void"),
    ),
    "mark_uncollectible": (
        "PostInvoicesInvoiceMarkUncollectible",
        new_open_invoice_id,
        _expanding_on_retry("mark_uncollectible"),
    ),
}


@pytest.mark.parametrize("name", sorted(OPERATIONS))
async def test_same_key_same_params_replays(client: Any, fake: FakeStripe, name: str) -> None:
    operation, setup, call = OPERATIONS[name]
    target = await setup(client)
    key = f"e2e-{name}-1"
    raw = client.with_raw_response

    first: RawResponse[Any] = await run(call(raw, target, key))
    assert first.status_code == 200
    assert first.idempotency_key == key
    assert first.idempotent_replayed is False
    events, sent = len(fake.events), len(fake.sent_invoices)

    second: RawResponse[Any] = await run(call(raw, target, key))
    assert second.status_code == 200
    assert second.idempotency_key == key
    assert second.idempotent_replayed is True
    assert second.parsed.to_dict() == first.parsed.to_dict()
    assert second.request_id == first.request_id  # the saved response, headers included

    assert fake.write_count(operation) == 1
    assert fake.write_count(idempotency_key=key) == 1
    assert (len(fake.events), len(fake.sent_invoices)) == (events, sent)
    assert [r.replayed for r in fake.requests if r.headers.get("idempotency-key") == key] == [
        False,
        True,
    ]


@pytest.mark.parametrize("name", sorted(OPERATIONS))
async def test_same_key_other_params_is_refused(client: Any, fake: FakeStripe, name: str) -> None:
    operation, setup, call = OPERATIONS[name]
    target = await setup(client)
    key = f"e2e-{name}-2"
    first = await run(call(client.with_raw_response, target, key))
    events = len(fake.events)

    with pytest.raises(IdempotencyError) as info:
        await run(call(client.with_raw_response, target, key, 2))
    error = info.value
    assert error.type == "idempotency_error"
    assert error.http_status == 400
    assert key in str(error)

    assert fake.write_count(operation) == 1
    assert len(fake.events) == events
    # The key still replays its first request.
    again = await run(call(client.with_raw_response, target, key))
    assert again.idempotent_replayed is True
    assert again.parsed.to_dict() == first.parsed.to_dict()


async def test_same_key_on_another_endpoint_is_refused(client: Any, fake: FakeStripe) -> None:
    ada = await customer(client, idempotency_key="e2e-shared")
    with pytest.raises(IdempotencyError):
        await run(
            client.invoice_items.create(
                customer=str(ada.id), amount=100, currency="usd", idempotency_key="e2e-shared"
            )
        )
    assert fake.write_count("PostInvoiceitems") == 0


async def test_without_a_key_each_call_is_new(client: Any, fake: FakeStripe) -> None:
    first = await run(client.with_raw_response.customers.create(name="Ada"))
    second = await run(client.with_raw_response.customers.create(name="Ada"))
    assert first.idempotency_key != second.idempotency_key
    assert first.parsed.id != second.parsed.id
    assert not first.idempotent_replayed and not second.idempotent_replayed
    assert fake.write_count("PostCustomers") == 2


async def test_a_declined_payment_is_replayed_too(client: Any, fake: FakeStripe) -> None:
    ada = await customer(client, **paying_with("pm_card_visa"))  # declines, then pays
    invoice = await invoice_in(client, "open", str(ada.id))
    fake.fail_payments_for(str(ada.id), "expired_card")
    with pytest.raises(CardError) as first:
        await run(client.invoices.pay(str(invoice.id), idempotency_key="e2e-pay"))
    fake.allow_payments_for(str(ada.id))
    # The key replays the decline: no second attempt reaches the card.
    with pytest.raises(CardError) as second:
        await run(client.invoices.pay(str(invoice.id), idempotency_key="e2e-pay"))
    assert first.value.decline_code == second.value.decline_code == "expired_card"
    assert fake.requests[-1].replayed is True
    after = await run(client.invoices.retrieve(str(invoice.id)))
    assert after.status == "open" and after.attempt_count == 1
    # A new key makes a new attempt (manual, so not counted: only the first is).
    paid = await run(client.invoices.pay(str(invoice.id), idempotency_key="e2e-pay-2"))
    assert paid.status == "paid" and paid.attempt_count == 1


async def test_keys_belong_to_one_api_key(make_client: Any, fake: FakeStripe) -> None:
    client = make_client()
    other: Client = client.with_options(api_key="sk_test_anotherAccountKey")
    await run(client.customers.create(name="Ada", idempotency_key="e2e-scoped"))
    raw = await run(
        other.with_raw_response.customers.create(name="Ada", idempotency_key="e2e-scoped")
    )
    assert raw.idempotent_replayed is False
    assert fake.write_count("PostCustomers") == 2


async def test_keys_expire_after_a_day(client: Any, fake: FakeStripe) -> None:
    await run(client.customers.create(name="Ada", idempotency_key="e2e-day"))
    fake.clock.advance(24 * 3600)
    raw = await run(
        client.with_raw_response.customers.create(name="Ada", idempotency_key="e2e-day")
    )
    assert raw.idempotent_replayed is False
    assert fake.write_count(idempotency_key="e2e-day") == 2


@pytest.mark.parametrize("key", ["", "two\nlines", "x" * 256, "caf\u00e9"], ids=shown)
async def test_bad_keys_are_refused_before_sending(client: Any, fake: FakeStripe, key: str) -> None:
    with pytest.raises(InvalidParameterError) as info:
        await run(client.customers.create(name="Ada", idempotency_key=key))
    assert info.value.param == "idempotency_key"
    assert fake.requests == []


async def test_a_repeated_delete_is_not_replayed(client: Any, fake: FakeStripe) -> None:
    """Stripe ignores idempotency keys on DELETE (the fake too): a caller's second DELETE of
    the same object, even with the same key, is answered 404, not replayed."""
    ada = await customer(client)
    deleted = await run(client.customers.delete(str(ada.id), idempotency_key="e2e-delete"))
    assert deleted.deleted is True
    with pytest.raises(NotFoundError):
        await run(client.customers.delete(str(ada.id), idempotency_key="e2e-delete"))
    # The SDK still sends the key on DELETE.
    assert [r.headers.get("idempotency-key") for r in fake.requests[-2:]] == ["e2e-delete"] * 2
    assert fake.requests[-1].replayed is False
    assert KEY not in repr(fake.requests)
