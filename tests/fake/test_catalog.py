"""The fake's products, prices, tax rates and coupons at the HTTP level: every object answered
(and every event) has the pinned shape, and a taxed, discounted invoice does too."""

from __future__ import annotations

from stripe_invoicing_client.testing import FakeStripe

from .support import Api, assert_pinned_shape, error_of


def test_catalog_objects_have_the_pinned_shape(api: Api, fake: FakeStripe) -> None:
    product = api.post(
        "/v1/products",
        {
            "name": "Box",
            "shippable": True,
            "package_dimensions": {"height": 1.5, "length": 2, "weight": 3, "width": 4},
            "marketing_features": [{"name": "Sturdy"}],
            "default_price_data": {"currency": "usd", "unit_amount": 1500},
        },
    )
    assert_pinned_shape(product)
    price = api.post(
        "/v1/prices",
        {
            "product": product["id"],
            "currency": "usd",
            "unit_amount_decimal": "12.5",
            "recurring": {"interval": "month", "interval_count": 3},
        },
    )
    assert_pinned_shape(price)
    assert (price["type"], price["unit_amount"], price["unit_amount_decimal"]) == (
        "recurring",
        None,
        "12.5",
    )
    assert_pinned_shape(api.get(f"/v1/prices/{price['id']}", {"expand": ["product"]})["product"])
    assert_pinned_shape(api.get("/v1/prices", {"product": product["id"]}))
    assert_pinned_shape(api.get("/v1/products/search", {"query": "name:'box'"}))
    rate = api.post("/v1/tax_rates", {"display_name": "VAT", "percentage": 7, "inclusive": True})
    assert_pinned_shape(rate)
    coupon = api.post("/v1/coupons", {"percent_off": 15, "id": "SUMMER"})
    assert coupon["id"] == "SUMMER"
    assert_pinned_shape(coupon)
    assert_pinned_shape(api.delete("/v1/coupons/SUMMER"))
    for event in fake.events:
        assert_pinned_shape(event)


def test_a_taxed_discounted_invoice_has_the_pinned_shape(api: Api, fake: FakeStripe) -> None:
    customer = api.customer(email="t@example.com")
    rate = api.post("/v1/tax_rates", {"display_name": "VAT", "percentage": 20, "inclusive": False})
    coupon = api.post("/v1/coupons", {"amount_off": 100, "currency": "usd"})
    api.item(customer["id"], 1000, tax_rates=[rate["id"]], discounts=[{"coupon": coupon["id"]}])
    invoice = api.invoice(customer["id"])
    assert_pinned_shape(invoice)
    (line,) = invoice["lines"]["data"]
    assert line["discount_amounts"] == [{"amount": 100, "discount": line["discounts"][0]}]
    assert line["taxes"][0]["amount"] == 180
    assert invoice["total"] == 1080
    item = api.get(f"/v1/invoiceitems/{line['parent']['invoice_item_details']['invoice_item']}")
    assert item["tax_rates"][0]["id"] == rate["id"]
    assert_pinned_shape(item)
    for event in fake.events:
        assert_pinned_shape(event)


def test_a_discount_keeps_discounting_after_its_coupon_is_deleted(api: Api) -> None:
    customer = api.customer()
    coupon = api.post("/v1/coupons", {"percent_off": 25})
    invoice = api.post(
        "/v1/invoices", {"customer": customer["id"], "discounts": [{"coupon": coupon["id"]}]}
    )
    api.delete(f"/v1/coupons/{coupon['id']}")
    api.get(f"/v1/coupons/{coupon['id']}", expect=404)
    api.item(customer["id"], 1000, invoice=invoice["id"])
    finalized = api.post(f"/v1/invoices/{invoice['id']}/finalize")
    assert finalized["total"] == 750
    (line,) = finalized["lines"]["data"]
    assert line["discount_amounts"] == [{"amount": 250, "discount": invoice["discounts"][0]}]
    # A second use of the deleted coupon is refused: only discounts made from it live on.
    refused = api.post(
        "/v1/invoices",
        {"customer": customer["id"], "discounts": [{"coupon": coupon["id"]}]},
        expect=404,
    )
    assert error_of(refused)["param"] == "discounts[0][coupon]"


def test_an_unknown_tax_rate_or_coupon_is_a_404(api: Api) -> None:
    customer = api.customer()
    missing_rate = api.post(
        "/v1/invoices", {"customer": customer["id"], "default_tax_rates": ["txr_nope"]}, expect=404
    )
    assert error_of(missing_rate)["param"] == "default_tax_rates[0]"
    missing_coupon = api.post(
        "/v1/invoices", {"customer": customer["id"], "discounts": [{"coupon": "NOPE"}]}, expect=404
    )
    assert error_of(missing_coupon)["param"] == "discounts[0][coupon]"


def test_a_price_without_a_unit_amount_cannot_price_a_line(api: Api) -> None:
    product = api.post("/v1/products", {"name": "Pay what you want"})
    price = api.post(
        "/v1/prices",
        {"product": product["id"], "currency": "usd", "custom_unit_amount": {"enabled": True}},
    )
    customer = api.customer()
    refused = api.post(
        "/v1/invoiceitems",
        {"customer": customer["id"], "pricing": {"price": price["id"]}},
        expect=400,
    )
    assert error_of(refused)["param"] == "pricing[price]"


def test_a_registered_price_bills_but_is_not_in_the_prices_api(api: Api, fake: FakeStripe) -> None:
    """`FakeStripe.create_price` prices are priced lines and monthly subscriptions, but the
    prices API neither lists, answers, nor lets a product point at them."""
    product = api.post("/v1/products", {"name": "Widget"})
    registered = fake.create_price(250, "usd", product["id"])
    api.post("/v1/prices", {"product": product["id"], "currency": "usd", "unit_amount": 9})
    assert [p["unit_amount"] for p in api.get("/v1/prices")["data"]] == [9]
    assert error_of(api.get(f"/v1/prices/{registered}", expect=404))["param"] == "price"
    refused = api.post(f"/v1/products/{product['id']}", {"default_price": registered}, expect=400)
    assert error_of(refused)["param"] == "default_price"
    customer = api.customer()
    subscription = api.post(
        "/v1/subscriptions",
        {
            "customer": customer["id"],
            "collection_method": "send_invoice",
            "days_until_due": 30,
            "items": [{"price": registered, "quantity": 2}],
        },
    )
    [item] = subscription["items"]["data"]
    price = item["price"]
    assert (price["id"], price["product"], price["unit_amount"]) == (
        registered,
        product["id"],
        250,
    )
    assert price["recurring"]["interval"] == "month"
    invoice = api.get(f"/v1/invoices/{subscription['latest_invoice']}")
    assert invoice["total"] == 500
