"""A quote's tax rates on the fake, sync and async (stripe-python 16.1's
`QuoteCreateParams.default_tax_rates` and line items' `tax_rates`): they tax the quote's
totals, its lines and its computed sections as an invoice is taxed (inclusive rates inside
the amount, exclusive ones added, on what the discounts leave), and go with what accepting
it makes: its invoice, or its subscription and so that one's invoices. Rates are checked as
an invoice's are; `""` clears them."""

from __future__ import annotations

from typing import Any

import pytest

from stripe_invoicing_client import InvalidRequestError, NotFoundError
from stripe_invoicing_client import models as m
from stripe_invoicing_client.testing import FakeStripe

from ._support import DAY, START, customer, items, on_clock, run, sent
from .test_quote_subscriptions import seats_and_setup
from .test_subscription_tax_rates import ids, rate, taxes


def rate_ids(given: list[str | m.TaxRate] | None) -> list[str]:
    return [r if isinstance(r, str) else str(r.id) for r in given or []]


def breakdown(details: Any) -> list[tuple[str, int, int | None]]:
    """A quote's `total_details` taxes, or a line's `taxes`: (rate, amount, taxable) each."""
    found = details if isinstance(details, list) else sent(details.breakdown).taxes
    return [(str(t.rate.id), t.amount, t.taxable_amount) for t in found]


async def test_a_one_time_quote_is_taxed_and_so_is_its_invoice(
    client: Any, fake: FakeStripe
) -> None:
    who = await customer(client)
    default, own = await rate(client, 10), await rate(client, 20, inclusive=True)
    lines = [
        {"price": fake.create_price(1000), "quantity": 2},
        {"price": fake.create_price(500), "tax_rates": [own.id]},
    ]
    quote = await run(
        client.quotes.create(customer=who.id, line_items=lines, default_tax_rates=[default.id])
    )
    assert rate_ids(quote.default_tax_rates) == [default.id]
    # 20.00 with 10% on top; 5.00 with 20% inside (4.17 net, 0.83 tax).
    expected = [(default.id, 200, 2000), (own.id, 83, 417)]
    assert breakdown(quote.total_details) == expected
    assert (quote.amount_subtotal, quote.total_details.amount_tax, quote.amount_total) == (
        2500,
        283,
        2700,
    )
    upfront = quote.computed.upfront
    assert (upfront.amount_total, breakdown(upfront.total_details)) == (2700, expected)
    listed = await items(client.quotes.list_line_items(str(quote.id)))
    assert [(line.amount_tax, line.amount_total) for line in listed] == [(200, 2200), (83, 500)]
    assert [breakdown(line.taxes) for line in listed] == [[expected[0]], [expected[1]]]

    await run(client.quotes.finalize(str(quote.id)))
    # Archived since it was set, a rate still taxes what the quote becomes.
    await run(client.tax_rates.update(str(own.id), active=False))
    accepted = await run(client.quotes.accept(str(quote.id)))
    invoice = await run(client.invoices.retrieve(str(accepted.invoice)))
    assert (taxes(invoice), invoice.total) == (expected, 2700)
    assert ids(invoice.default_tax_rates) == [default.id]


async def test_an_accepted_subscription_keeps_the_quotes_rates(
    client: Any, fake: FakeStripe
) -> None:
    clock, who = await on_clock(client)
    default, own = await rate(client, 10), await rate(client, 20)
    coupon = await run(client.coupons.create(percent_off=50, duration="once"))
    quote = await seats_and_setup(
        client, fake, who.id, default_tax_rates=[default.id], discounts=[{"coupon": coupon.id}]
    )
    lines = await items(client.quotes.list_line_items(str(quote.id)))
    given = [{"id": lines[0].id, "tax_rates": [own.id]}, {"id": lines[1].id}]
    quote = await run(client.quotes.update(str(quote.id), line_items=given))
    # Up front, half off: 25.00 of seats at 20%, 7.50 of setup at 10%.
    upfront = [(own.id, 500, 2500), (default.id, 75, 750)]
    assert breakdown(quote.total_details) == upfront
    assert (quote.amount_subtotal, quote.amount_total) == (6500, 6500 - 3250 + 575)
    # Each period: 50.00 of seats at 20%; the `once` coupon doesn't last.
    recurring = sent(quote.computed.recurring)
    assert (recurring.amount_total, breakdown(recurring.total_details)) == (
        6000,
        [(own.id, 1000, 5000)],
    )

    await run(client.quotes.finalize(str(quote.id)))
    accepted = await run(client.quotes.accept(str(quote.id)))
    sub = await run(client.subscriptions.retrieve(str(accepted.subscription)))
    assert (ids(sub.default_tax_rates), ids(sub.items.data[0].tax_rates)) == (
        [default.id],
        [own.id],
    )
    first = await run(client.invoices.retrieve(str(accepted.invoice)))
    assert (sorted(taxes(first)), first.total) == (sorted(upfront), 3825)
    await run(client.test_helpers.test_clocks.advance(clock.id, frozen_time=START + 32 * DAY))
    sub = await run(client.subscriptions.retrieve(str(sub.id)))
    renewal = await run(client.invoices.retrieve(str(sub.latest_invoice)))
    assert (taxes(renewal), renewal.total) == ([(own.id, 1000, 5000)], 6000)


# Refused rates: (the parameters sent, which rate, the error, the parameter it names).
REFUSED = {
    "unknown default": ("default", "missing", NotFoundError, "default_tax_rates[0]"),
    "archived line rate": ("line", "archived", InvalidRequestError, "line_items[0][tax_rates][0]"),
}


@pytest.mark.parametrize(("where", "which", "error", "param"), REFUSED.values(), ids=REFUSED)
async def test_unknown_or_archived_rates_are_refused(
    client: Any, fake: FakeStripe, where: str, which: str, error: type[Exception], param: str
) -> None:
    who = await customer(client)
    vat, archived = await rate(client, 10), await rate(client, 20)
    await run(client.tax_rates.update(str(archived.id), active=False))
    bad = "txr_missing" if which == "missing" else str(archived.id)
    line = {"price": fake.create_price(1000)}
    quote = await run(
        client.quotes.create(customer=who.id, line_items=[line], default_tax_rates=[vat.id])
    )
    sent_params: dict[str, Any] = (
        {"default_tax_rates": [bad]}
        if where == "default"
        else {"line_items": [{**line, "tax_rates": [bad]}]}
    )
    for given in ({"customer": who.id, "line_items": [line], **sent_params}, sent_params):
        with pytest.raises(error) as refused:
            if "customer" in given:
                await run(client.quotes.create(**given))
            else:
                await run(client.quotes.update(str(quote.id), **given))
        assert getattr(refused.value, "param", None) == param
    assert [q.id for q in await items(client.quotes.list())] == [quote.id]
    kept = await run(client.quotes.retrieve(str(quote.id)))
    assert (rate_ids(kept.default_tax_rates), kept.amount_total) == ([vat.id], 1100)
    cleared = await run(client.quotes.update(str(quote.id), default_tax_rates=""))
    assert (cleared.default_tax_rates, cleared.amount_total) == ([], 1000)
    assert cleared.total_details.amount_tax == 0
