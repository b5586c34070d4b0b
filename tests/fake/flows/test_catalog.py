"""Products, prices, tax rates and coupons on the fake, sync and async, and what they make of
an invoice: a line takes `pricing.price` from a price, tax rates (inclusive and exclusive)
produce `total_taxes`, coupons (amount and percent off) produce `total_discount_amounts`."""

from __future__ import annotations

from typing import Any

import pytest

from stripe_invoicing_client import (
    InvalidRequestError,
    NotFoundError,
    PriceSearch,
    ProductSearch,
)
from stripe_invoicing_client.models import Coupon, Price, Product, TaxRate
from stripe_invoicing_client.testing import FakeStripe

from ._support import customer, items, run


async def _exclusive_vat(client: Any) -> Any:
    return await run(client.tax_rates.create(display_name="VAT", percentage=20, inclusive=False))


async def _eur_draft(client: Any, **params: Any) -> Any:
    ada = await customer(client)
    return await run(
        client.invoices.create(
            customer=ada.id, currency="eur", pending_invoice_items_behavior="exclude", **params
        )
    )


async def _eur_invoice(client: Any, lines: list[dict[str, Any]], **params: Any) -> Any:
    """A draft of `_eur_draft(client, **params)` with `lines` added."""
    draft = await _eur_draft(client, **params)
    return await run(client.invoices.add_lines(draft.id, lines=lines))


async def test_a_line_takes_its_amount_from_a_price(client: Any) -> None:
    product = await run(client.products.create(name="Workshop seat"))
    price = await run(client.prices.create(product=product.id, currency="eur", unit_amount=2500))
    assert isinstance(price, Price)
    assert (price.type_, price.unit_amount, str(price.unit_amount_decimal)) == (
        "one_time",
        2500,
        "2500",
    )
    invoice = await _eur_invoice(client, [{"pricing": {"price": price.id}, "quantity": 3}])
    (line,) = invoice.lines.data
    assert line.amount == 7500
    assert line.pricing.price_details.price == price.id
    assert line.pricing.price_details.product == product.id
    assert invoice.total == 7500


async def test_exclusive_and_inclusive_tax_rates_produce_total_taxes(client: Any) -> None:
    vat = await _exclusive_vat(client)
    included = await run(client.tax_rates.create(display_name="GST", percentage=10, inclusive=True))
    assert isinstance(vat, TaxRate)
    invoice = await _eur_invoice(
        client,
        [
            {"amount": 10000, "description": "Consulting"},
            {"amount": 1100, "description": "Books", "tax_rates": [included.id]},
        ],
        default_tax_rates=[vat.id],
    )
    consulting, books = invoice.lines.data
    assert [(t.amount, t.tax_behavior, t.taxable_amount) for t in consulting.taxes] == [
        (2000, "exclusive", 10000)
    ]
    assert [(t.amount, t.tax_behavior, t.taxable_amount) for t in books.taxes] == [
        (100, "inclusive", 1000)
    ]
    assert invoice.subtotal == 11100
    assert invoice.subtotal_excluding_tax == 11000
    assert invoice.total_excluding_tax == 11000
    assert invoice.total == 13100  # 11100 plus the 2000 of exclusive tax
    taxes = {t.tax_rate_details.tax_rate: t.amount for t in invoice.total_taxes}
    assert taxes == {vat.id: 2000, included.id: 100}
    finalized = await run(client.invoices.finalize(str(invoice.id)))
    assert finalized.amount_due == 13100


async def test_coupons_produce_total_discount_amounts(client: Any) -> None:
    percent = await run(client.coupons.create(percent_off=10, duration="once"))
    amount = await run(
        client.coupons.create(amount_off=300, currency="eur", duration="forever", name="Loyal")
    )
    assert isinstance(percent, Coupon)
    invoice = await _eur_invoice(
        client,
        [
            {"amount": 4000, "description": "A"},
            {"amount": 2000, "description": "B", "discounts": [{"coupon": amount.id}]},
        ],
        discounts=[{"coupon": percent.id}],
    )
    a, b = invoice.lines.data
    assert [d.amount for d in a.discount_amounts] == [400]  # 10% of 4000
    assert [d.amount for d in b.discount_amounts] == [300, 170]  # 300 off, then 10% of 1700
    assert invoice.subtotal == 5700  # line discounts come first
    assert invoice.total == 5130
    totals = sorted(d.amount for d in invoice.total_discount_amounts)
    assert totals == [300, 570]
    assert (await run(client.coupons.retrieve(percent.id))).times_redeemed == 1


async def test_an_amount_off_is_shared_in_proportion(client: Any) -> None:
    coupon = await run(client.coupons.create(amount_off=100, currency="eur"))
    invoice = await _eur_invoice(
        client,
        [{"amount": 300, "description": "A"}, {"amount": 600, "description": "B"}],
        discounts=[{"coupon": coupon.id}],
    )
    assert [line.discount_amounts[0].amount for line in invoice.lines.data] == [33, 67]
    assert invoice.total == 800


async def test_discounts_come_before_taxes(client: Any) -> None:
    vat = await _exclusive_vat(client)
    coupon = await run(client.coupons.create(percent_off=50))
    invoice = await _eur_invoice(
        client,
        [{"amount": 1000, "description": "A"}],
        default_tax_rates=[vat.id],
        discounts=[{"coupon": coupon.id}],
    )
    assert [(t.amount, t.taxable_amount) for t in invoice.total_taxes] == [(100, 500)]
    assert invoice.total == 600


async def test_a_fully_redeemed_coupon_is_refused(client: Any) -> None:
    coupon = await run(client.coupons.create(percent_off=5, max_redemptions=1))
    await _eur_draft(client, discounts=[{"coupon": coupon.id}])
    with pytest.raises(InvalidRequestError, match="no longer valid"):
        await _eur_draft(client, discounts=[{"coupon": coupon.id}])
    assert (await run(client.coupons.retrieve(coupon.id))).valid is False


async def test_products_prices_and_their_lifecycle(client: Any) -> None:
    product = await run(
        client.products.create(
            name="Course",
            default_price_data={"currency": "usd", "unit_amount": 9900},
            metadata={"sku": "C-1"},
        )
    )
    assert isinstance(product, Product)
    expanded = await run(client.products.retrieve(str(product.id), expand=["default_price"]))
    assert isinstance(expanded.default_price, Price)
    assert expanded.default_price.unit_amount == 9900
    second = await run(
        client.prices.create(product=product.id, currency="usd", unit_amount=4900, nickname="Lite")
    )
    updated = await run(client.products.update(str(product.id), default_price=second.id))
    assert updated.default_price == second.id
    assert {p.id for p in await items(client.prices.list(product=product.id))} == {
        expanded.default_price.id,
        second.id,
    }
    with pytest.raises(InvalidRequestError, match="has prices"):
        await run(client.products.delete(str(product.id)))
    empty = await run(client.products.create(name="Nothing yet"))
    assert [p.id for p in await items(client.products.list())] == [empty.id, product.id]
    assert [p.id for p in await items(client.products.list(ids=[product.id]))] == [product.id]
    gone = await run(client.products.delete(str(empty.id)))
    assert gone.deleted is True
    with pytest.raises(NotFoundError):
        await run(client.products.retrieve(str(empty.id)))


async def test_lookup_keys_move_only_when_asked(client: Any) -> None:
    product = await run(client.products.create(name="Plan"))
    first = await run(
        client.prices.create(product=product.id, currency="eur", unit_amount=1, lookup_key="std")
    )
    with pytest.raises(InvalidRequestError, match="already uses the lookup key"):
        await run(
            client.prices.create(
                product=product.id, currency="eur", unit_amount=2, lookup_key="std"
            )
        )
    second = await run(
        client.prices.create(
            product=product.id,
            currency="eur",
            unit_amount=2,
            lookup_key="std",
            transfer_lookup_key=True,
        )
    )
    assert (await run(client.prices.retrieve(str(first.id)))).lookup_key is None
    found = await items(client.prices.list(lookup_keys=["std"]))
    assert [p.id for p in found] == [second.id]


async def test_search_products_and_prices_with_the_builders(client: Any) -> None:
    product = await run(client.products.create(name="Garden tools", shippable=True))
    await run(client.products.create(name="Consulting"))
    price = await run(
        client.prices.create(product=product.id, currency="eur", unit_amount=500, lookup_key="rake")
    )
    shippable = await items(
        client.products.search(
            query=ProductSearch.name.eq("garden") & ProductSearch.shippable.eq(True)
        )
    )
    assert [p.id for p in shippable] == [product.id]
    by_key = await items(client.prices.search(query=PriceSearch.lookup_key.eq("rake")))
    assert [p.id for p in by_key] == [price.id]
    one_time = await items(client.prices.search(query=PriceSearch.type.eq("one_time")))
    assert [p.id for p in one_time] == [price.id]


async def test_tax_rates_and_coupons_update_and_list(client: Any, fake: FakeStripe) -> None:
    rate = await run(client.tax_rates.create(display_name="VAT", percentage=21, inclusive=True))
    archived = await run(client.tax_rates.update(str(rate.id), active=False))
    assert archived.active is False and archived.percentage == 21
    assert (await run(client.tax_rates.retrieve(str(rate.id)))).active is False
    assert await items(client.tax_rates.list(active=True)) == []
    with pytest.raises(InvalidRequestError, match="archived"):
        await _eur_draft(client, default_tax_rates=[rate.id])
    coupon = await run(client.coupons.create(amount_off=200, currency="eur", name="Old"))
    renamed = await run(client.coupons.update(coupon.id, name="New"))
    assert renamed.name == "New"
    assert [c.id for c in await items(client.coupons.list())] == [coupon.id]
    deleted = await run(client.coupons.delete(coupon.id))
    assert deleted.deleted is True
    types = [e["type"] for e in fake.events]
    for expected in ("tax_rate.created", "tax_rate.updated", "coupon.created", "coupon.deleted"):
        assert expected in types


async def test_a_credit_note_credits_the_tax_of_the_lines_it_credits(client: Any) -> None:
    vat = await _exclusive_vat(client)
    coupon = await run(client.coupons.create(percent_off=50))
    invoice = await _eur_invoice(
        client,
        [
            {"amount": 1000, "description": "Taxed"},
            {"amount": 400, "description": "Halved", "discounts": [{"coupon": coupon.id}]},
        ],
        default_tax_rates=[vat.id],
    )
    invoice = await run(client.invoices.finalize(str(invoice.id)))
    assert invoice.total == 1440  # 1000 + 200 VAT, 200 + 40 VAT
    taxed, halved = invoice.lines.data
    part = await run(
        client.credit_notes.preview(
            invoice=invoice.id,
            lines=[{"type": "invoice_line_item", "invoice_line_item": taxed.id, "amount": 500}],
        )
    )
    assert (part.subtotal, part.total) == (500, 600)
    assert [(t.amount, t.taxable_amount) for t in part.total_taxes] == [(100, 500)]
    whole = await run(
        client.credit_notes.create(
            invoice=invoice.id,
            lines=[
                {"type": "invoice_line_item", "invoice_line_item": taxed.id},
                {"type": "invoice_line_item", "invoice_line_item": halved.id},
            ],
        )
    )
    assert (whole.subtotal, whole.total) == (1200, 1440)
    after = await run(client.invoices.retrieve(str(invoice.id)))
    assert (after.status, after.amount_remaining) == ("paid", 0)
