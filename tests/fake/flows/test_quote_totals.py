"""A quote's lines and totals on the fake, sync and async, are those of what it becomes, to the
cent: each line item's `discounts`, `amount_discount`, `taxes` and `amount_total` (stripe-python
16.1's `LineItem`) and the quote's totals match the invoice accepting it makes, line by line,
a percentage off rounded on each line as the invoice rounds it, not once over the total; and
`computed.recurring` matches the subscription's renewals."""

from __future__ import annotations

from typing import Any

import pytest

from stripe_invoicing_client import models as m
from stripe_invoicing_client.testing import FakeStripe

from ._support import DAY, START, catalog_price, customer, items, on_clock, run, sent
from .test_subscription_tax_rates import rate


def _id(discount: m.Discount | m.DeletedDiscount | str) -> str:
    return discount if isinstance(discount, str) else str(discount.id)


def quote_line(line: m.QuoteLineItem) -> tuple[Any, ...]:
    """A quote's line: its discounts (id, amount), taxes (rate, amount, taxable) and total."""
    discounts = [(str(d.discount.id), d.amount) for d in line.discounts or []]
    taxes = [(str(t.rate.id), t.amount, t.taxable_amount) for t in line.taxes or []]
    return (discounts, line.amount_discount, taxes, line.amount_total)


def invoice_line(line: m.LineItem) -> tuple[Any, ...]:
    """`quote_line` of an invoice's line (its total: what is left plus exclusive taxes)."""
    discounts = [(_id(d.discount), d.amount) for d in line.discount_amounts or []]
    off = sum(amount for _, amount in discounts)
    taxes = [
        (str(sent(t.tax_rate_details).tax_rate), t.amount, t.taxable_amount)
        for t in line.taxes or []
    ]
    added = sum(t.amount for t in line.taxes or [] if t.tax_behavior == "exclusive")
    return (discounts, off, taxes, line.amount - off + added)


def totals(total: int, details: Any) -> tuple[int, int, int]:
    """(total, discounts, taxes) of a quote (`total_details`) or of an invoice."""
    if isinstance(details, m.Invoice):
        discounts = sum(d.amount for d in details.total_discount_amounts or [])
        return (total, discounts, sum(t.amount for t in details.total_taxes or []))
    return (total, details.amount_discount, details.amount_tax)


# (coupons as `coupons.create` takes them, line amounts, whether the rate is inclusive, and
# what the quote's discounts come to).
CASES = {
    # 331 + 331 + 330 off, per line; 33% of the 30.03 total would be 9.91.
    "a percentage rounded per line": ([{"percent_off": 33}], [1002, 1002, 999], False, 992),
    # 5.00 shared in proportion, then 33% of what each line has left; 20% inside the amount.
    "an amount shared, then a percentage": (
        [{"amount_off": 500, "currency": "usd"}, {"percent_off": 33}],
        [1001, 1001, 999],
        True,
        500 + 825,
    ),
}


@pytest.mark.parametrize(("coupons", "amounts", "inclusive", "off"), CASES.values(), ids=CASES)
async def test_an_accepted_quote_s_invoice_has_its_lines_and_totals(
    client: Any,
    fake: FakeStripe,
    coupons: list[dict[str, Any]],
    amounts: list[int],
    inclusive: bool,
    off: int,
) -> None:
    who = await customer(client)
    vat = await rate(client, 20, inclusive=inclusive)
    made = [await run(client.coupons.create(duration="once", **given)) for given in coupons]
    quote = await run(
        client.quotes.create(
            customer=who.id,
            line_items=[{"price": fake.create_price(amount)} for amount in amounts],
            discounts=[{"coupon": coupon.id} for coupon in made],
            default_tax_rates=[vat.id],
        )
    )
    lines = [quote_line(line) for line in await items(client.quotes.list_line_items(quote.id))]
    upfront = await items(client.quotes.list_computed_upfront_line_items(quote.id))
    assert [quote_line(line) for line in upfront] == lines
    assert quote.total_details.amount_discount == off
    assert sum(line[1] for line in lines) == off
    assert sum(line[3] for line in lines) == quote.amount_total

    await run(client.quotes.finalize(quote.id))
    accepted = await run(client.quotes.accept(quote.id))
    invoice = await run(client.invoices.retrieve(str(accepted.invoice)))
    assert [invoice_line(line) for line in invoice.lines.data] == lines
    assert totals(invoice.total, invoice) == totals(quote.amount_total, quote.total_details)
    assert totals(quote.amount_total, quote.computed.upfront.total_details) == totals(
        invoice.total, invoice
    )


async def test_a_quote_s_recurring_total_is_its_subscription_s_renewal(
    client: Any, fake: FakeStripe
) -> None:
    clock, who = await on_clock(client)
    seats = await catalog_price(client, unit_amount=1001)
    boards = await catalog_price(client, unit_amount=1001)
    coupon = await run(client.coupons.create(percent_off=50, duration="forever"))
    vat = await rate(client, 10)
    quote = await run(
        client.quotes.create(
            customer=who.id,
            line_items=[{"price": seats.id}, {"price": boards.id}],
            discounts=[{"coupon": coupon.id}],
            default_tax_rates=[vat.id],
            collection_method="send_invoice",
            invoice_settings={"days_until_due": 14},
        )
    )
    # 5.01 off each 10.01 (5.00 each with 10% on it); half of 20.02 would be 10.01.
    recurring = sent(quote.computed.recurring)
    assert totals(recurring.amount_total, recurring.total_details) == (1100, 1002, 100)
    lines = await items(client.quotes.list_line_items(quote.id))
    assert [line.amount_discount for line in lines] == [501, 501]

    await run(client.quotes.finalize(quote.id))
    accepted = await run(client.quotes.accept(quote.id))
    first = await run(client.invoices.retrieve(str(accepted.invoice)))
    assert totals(first.total, first) == totals(quote.amount_total, quote.total_details)
    await run(client.test_helpers.test_clocks.advance(clock.id, frozen_time=START + 32 * DAY))
    subscription = await run(client.subscriptions.retrieve(str(accepted.subscription)))
    renewal = await run(client.invoices.retrieve(str(subscription.latest_invoice)))
    assert renewal.id != first.id
    assert totals(renewal.total, renewal) == totals(recurring.amount_total, recurring.total_details)
