"""Quotes on the fake, sync and async: a draft priced from prices, finalized (open, numbered,
expiring), accepted into a finalized invoice or canceled; its lines, and its PDF from the
files host."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from stripe_invoicing_client import InvalidRequestError
from stripe_invoicing_client.models import Quote
from stripe_invoicing_client.testing import FakeStripe

from ._support import customer, items, run

DAY = 86_400


async def _draft(client: Any, fake: FakeStripe, *, with_customer: bool = True) -> Any:
    """A draft quote for 2 x 15.00 + 1 x 7.50 USD."""
    seat = fake.create_price(1500)
    params: dict[str, Any] = {
        "line_items": [
            {"price": seat, "quantity": 2},
            {"price_data": {"currency": "usd", "product": "prod_setup", "unit_amount": 750}},
        ],
        "description": "Seats and setup",
    }
    if with_customer:
        params["customer"] = str((await customer(client)).id)
    return await run(client.quotes.create(**params))


async def test_a_draft_is_priced_from_its_lines(client: Any, fake: FakeStripe) -> None:
    quote = await _draft(client, fake)
    assert isinstance(quote, Quote)
    assert (quote.status, quote.number, quote.invoice) == ("draft", None, None)
    assert (quote.amount_subtotal, quote.amount_total, quote.currency) == (3750, 3750, "usd")
    assert quote.expires_at > quote.created
    lines = await items(client.quotes.list_line_items(str(quote.id)))
    assert [(line.quantity, line.amount_total) for line in lines] == [(2, 3000), (1, 750)]
    assert lines[0].price.unit_amount == 1500
    upfront = await items(client.quotes.list_computed_upfront_line_items(str(quote.id)))
    assert [line.id for line in upfront] == [line.id for line in lines]
    again = await run(client.quotes.retrieve(str(quote.id)))
    assert again.to_dict() == quote.to_dict()
    assert [e["type"] for e in fake.events][-1] == "quote.created"


async def test_the_lifecycle_finalize_then_accept(client: Any, fake: FakeStripe) -> None:
    quote = await _draft(client, fake)
    quote_id = str(quote.id)
    updated = await run(client.quotes.update(quote_id, header="Offer", metadata={"deal": "7"}))
    assert (updated.header, updated.metadata) == ("Offer", {"deal": "7"})
    expires = fake.clock.now() + 10 * DAY
    opened = await run(client.quotes.finalize(quote_id, expires_at=expires))
    assert (opened.status, opened.expires_at) == ("open", expires)
    assert opened.number and opened.status_transitions.finalized_at is not None
    accepted = await run(client.quotes.accept(quote_id))
    assert accepted.status == "accepted"
    assert accepted.status_transitions.accepted_at is not None
    invoice = await run(client.invoices.retrieve(str(accepted.invoice)))
    assert (invoice.status, invoice.customer, invoice.total) == ("open", quote.customer, 3750)
    assert invoice.parent.quote_details.quote == quote_id
    lines = await items(client.invoices.list_lines(str(invoice.id)))
    assert sorted(line.amount for line in lines) == [750, 3000]
    types = [e["type"] for e in fake.events]
    for kind in ("quote.created", "quote.finalized", "quote.accepted", "invoice.finalized"):
        assert kind in types
    listed = await items(client.quotes.list(status="accepted"))
    assert [q.id for q in listed] == [quote_id]


async def test_cancel_a_draft_or_an_open_quote(client: Any, fake: FakeStripe) -> None:
    draft = await _draft(client, fake)
    opened = await _draft(client, fake)
    await run(client.quotes.finalize(str(opened.id)))
    for quote in (draft, opened):
        canceled = await run(client.quotes.cancel(str(quote.id)))
        assert canceled.status == "canceled"
        assert canceled.status_transitions.canceled_at is not None
    assert [e["type"] for e in fake.events].count("quote.canceled") == 2
    with pytest.raises(InvalidRequestError):
        await run(client.quotes.cancel(str(draft.id)))


async def test_refusals(client: Any, fake: FakeStripe) -> None:
    quote = await _draft(client, fake)
    quote_id = str(quote.id)
    with pytest.raises(InvalidRequestError, match="draft"):
        await run(client.quotes.accept(quote_id))
    await run(client.quotes.finalize(quote_id))
    with pytest.raises(InvalidRequestError, match="open"):
        await run(client.quotes.finalize(quote_id))
    with pytest.raises(InvalidRequestError, match="open"):
        await run(client.quotes.update(quote_id, description="Too late"))
    unnamed = await _draft(client, fake, with_customer=False)
    with pytest.raises(InvalidRequestError, match="customer"):
        await run(client.quotes.finalize(str(unnamed.id)))


async def test_the_pdf_of_a_finalized_quote(client: Any, fake: FakeStripe, tmp_path: Path) -> None:
    quote = await _draft(client, fake)
    with pytest.raises(InvalidRequestError, match="finalized"):
        await run(client.quotes.pdf(str(quote.id)))
    await run(client.quotes.finalize(str(quote.id)))
    body = await run(client.quotes.pdf(str(quote.id)))
    assert isinstance(body, bytes)
    assert body.startswith(b"%PDF-1.4") and body.rstrip().endswith(b"%%EOF")
    written = await run(client.quotes.pdf(str(quote.id), to=tmp_path / "quote.pdf"))
    assert written == tmp_path / "quote.pdf" and written.read_bytes() == body
    # Asked of the files host, as Stripe serves it.
    assert fake.requests[-1].headers["host"] == "files.stripe.com"


async def test_an_open_quote_past_its_expiry_is_canceled(client: Any, fake: FakeStripe) -> None:
    quote = await _draft(client, fake)
    expires = fake.clock.now() + 2 * DAY
    await run(client.quotes.finalize(str(quote.id), expires_at=expires))
    fake.clock.advance(DAY)
    assert (await run(client.quotes.retrieve(str(quote.id)))).status == "open"
    fake.clock.advance(DAY)
    expired = await run(client.quotes.retrieve(str(quote.id)))
    assert (expired.status, expired.status_transitions.canceled_at) == ("canceled", expires)
    assert [e["type"] for e in fake.events][-1] == "quote.canceled"
    with pytest.raises(InvalidRequestError, match="canceled"):
        await run(client.quotes.accept(str(quote.id)))
