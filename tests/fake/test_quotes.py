"""Quotes on the wire: every answer at the pinned shape, `expand[]` as the spec allows, the
PDF as bytes from the files host."""

from __future__ import annotations

from typing import Any

from stripe_invoicing_client.testing import FakeStripe

from .support import Api, assert_pinned_shape, error_of


def _quote(api: Api, fake: FakeStripe, **params: Any) -> Any:
    price = fake.create_price(1200)
    customer = api.customer()
    body = {"customer": customer["id"], "line_items": [{"price": price, "quantity": 3}]}
    return api.post("/v1/quotes", {**body, **params})


def test_every_quote_answer_is_at_the_pinned_shape(api: Api, fake: FakeStripe) -> None:
    quote = _quote(api, fake)
    assert_pinned_shape(quote)
    assert_pinned_shape(api.get(f"/v1/quotes/{quote['id']}/line_items"))
    assert_pinned_shape(api.get(f"/v1/quotes/{quote['id']}/computed_upfront_line_items"))
    assert_pinned_shape(api.post(f"/v1/quotes/{quote['id']}/finalize"))
    accepted = api.post(f"/v1/quotes/{quote['id']}/accept")
    assert_pinned_shape(accepted)
    assert_pinned_shape(api.get(f"/v1/invoices/{accepted['invoice']}"))
    assert_pinned_shape(api.get("/v1/quotes"))
    for event in fake.events:
        assert_pinned_shape(event)


def test_expand_takes_the_quote_s_own_paths(api: Api, fake: FakeStripe) -> None:
    quote = _quote(api, fake)
    expanded = api.get(
        f"/v1/quotes/{quote['id']}", {"expand": ["customer", "line_items", "test_clock"]}
    )
    assert expanded["customer"]["object"] == "customer"
    assert [line["quantity"] for line in expanded["line_items"]["data"]] == [3]
    assert_pinned_shape(expanded)
    listed = api.get("/v1/quotes", {"expand": ["data.customer"]})
    assert listed["data"][0]["customer"]["object"] == "customer"
    refused = api.raw("GET", f"/v1/quotes/{quote['id']}", {"expand": ["lines"]})
    assert refused.status_code == 400
    assert error_of(refused.json())["param"] == "expand"


def test_the_pdf_is_bytes_only_once_finalized(api: Api, fake: FakeStripe) -> None:
    quote = _quote(api, fake)
    draft = api.raw("GET", f"https://files.stripe.com/v1/quotes/{quote['id']}/pdf")
    assert draft.status_code == 400
    api.post(f"/v1/quotes/{quote['id']}/finalize")
    answer = api.raw("GET", f"https://files.stripe.com/v1/quotes/{quote['id']}/pdf")
    assert answer.status_code == 200
    assert answer.headers["content-type"] == "application/pdf"
    assert answer.content.startswith(b"%PDF-1.4\n") and answer.content.endswith(b"%%EOF\n")
    assert b"QT-" in answer.content and b"-0001-1" in answer.content


def test_a_quote_of_recurring_prices_and_its_subscription_are_at_the_pinned_shape(
    api: Api, fake: FakeStripe
) -> None:
    product = api.post("/v1/products", {"name": "Seats"})
    monthly = {"currency": "usd", "product": product["id"], "unit_amount": 2500}
    monthly["recurring"] = {"interval": "month"}
    quote = _quote(
        api,
        fake,
        line_items=[{"price_data": monthly, "quantity": 2}, {"price": fake.create_price(900)}],
        subscription_data={"trial_period_days": 7, "metadata": {"deal": "1"}},
    )
    assert quote["computed"]["recurring"]["amount_total"] == 5000
    expanded = api.get(f"/v1/quotes/{quote['id']}", {"expand": ["line_items"]})
    assert_pinned_shape(expanded)
    upfront = expanded["computed"]["upfront"]["line_items"]["data"]
    assert [line["amount_total"] for line in upfront] == [0, 900]  # a trial first
    api.post(f"/v1/quotes/{quote['id']}/finalize")
    accepted = api.post(f"/v1/quotes/{quote['id']}/accept")
    assert_pinned_shape(accepted)
    assert accepted["subscription"].startswith("sub_")
    for event in fake.events:
        if event["type"].startswith(("quote.", "invoice.")):
            assert_pinned_shape(event)


def test_the_pdf_prints_the_total_after_discounts_and_taxes(api: Api, fake: FakeStripe) -> None:
    coupon = api.post("/v1/coupons", {"percent_off": 10, "duration": "once"})
    rate = api.post("/v1/tax_rates", {"display_name": "VAT", "percentage": 20, "inclusive": False})
    quote = _quote(api, fake, discounts=[{"coupon": coupon["id"]}], default_tax_rates=[rate["id"]])
    api.post(f"/v1/quotes/{quote['id']}/finalize")
    pdf = api.raw("GET", f"https://files.stripe.com/v1/quotes/{quote['id']}/pdf").content
    # 3 x 12.00, 10% off, then 20% tax: its `amount_total`, not its `amount_subtotal`.
    assert (quote["amount_subtotal"], quote["amount_total"]) == (3600, 3888)
    assert b": 38.88 USD)" in pdf
