"""Quote discounts on the wire where quotes meet subscriptions: what a quote of recurring
prices shows for its discounts (`computed.recurring` counts `forever` coupons only), the
subscription accepting it makes carrying them (its invoices discounted while each lasts, each
code redeemed once), clones keeping them, and refusals that redeem nothing."""

from __future__ import annotations

from typing import Any

from stripe_invoicing_client.testing import FakeStripe

from .support import Api, assert_pinned_shape, error_of

DAY = 86_400


def _coupon(api: Api, **params: Any) -> str:
    body = {"duration": "forever", **params}
    body.setdefault("percent_off", None if "amount_off" in params else 10)
    return str(api.post("/v1/coupons", {k: v for k, v in body.items() if v is not None})["id"])


def _code(api: Api, coupon: str, **params: Any) -> dict[str, Any]:
    body = {"promotion": {"type": "coupon", "coupon": coupon}, **params}
    return dict(api.post("/v1/promotion_codes", body))


def _monthly(api: Api, amount: int) -> str:
    product = api.post("/v1/products", {"name": "Seats"})["id"]
    return str(api.monthly_price(product, amount)["id"])


def _quote(api: Api, fake: FakeStripe, customer: str, **params: Any) -> dict[str, Any]:
    """2 seats at 50.00 a month and a one-time setup fee of 20.00."""
    lines = [{"price": _monthly(api, 5000), "quantity": 2}, {"price": fake.create_price(2000)}]
    body = {
        "customer": customer,
        "line_items": lines,
        "collection_method": "send_invoice",
        "invoice_settings": {"days_until_due": 30},
        **params,
    }
    return dict(api.post("/v1/quotes", body))


def _advance(api: Api, clock: str, to: int) -> None:
    api.post(f"/v1/test_helpers/test_clocks/{clock}/advance", {"frozen_time": to})


def test_computed_recurring_counts_only_forever_coupons(api: Api, fake: FakeStripe) -> None:
    forever = _code(api, _coupon(api, percent_off=10))
    once = _coupon(api, percent_off=50, duration="once")
    discounts = [{"promotion_code": forever["id"]}, {"coupon": once}]
    quote = _quote(api, fake, api.customer()["id"], discounts=discounts)
    # Up front: 120.00, 10% off (12.00), then half of what is left (54.00).
    upfront = quote["computed"]["upfront"]
    assert (upfront["amount_subtotal"], upfront["amount_total"]) == (12000, 5400)
    assert upfront["total_details"]["amount_discount"] == 6600
    assert (quote["amount_total"], quote["total_details"]["amount_discount"]) == (5400, 6600)
    # Each period: 100.00, and only the forever coupon's 10% off.
    recurring = quote["computed"]["recurring"]
    assert (recurring["amount_subtotal"], recurring["amount_total"]) == (10000, 9000)
    [entry] = recurring["total_details"]["breakdown"]["discounts"]
    assert entry["amount"] == 1000 and entry["discount"]["promotion_code"] == forever["id"]
    assert_pinned_shape(quote)


def test_a_subscription_accepted_from_a_quote_carries_its_discounts(
    api: Api, fake: FakeStripe
) -> None:
    now = fake.clock.now()
    clock = api.post("/v1/test_helpers/test_clocks", {"frozen_time": now})["id"]
    customer = api.customer(test_clock=clock)["id"]
    forever = _code(api, _coupon(api, percent_off=10))
    once = _coupon(api, percent_off=50, duration="once")
    discounts = [{"promotion_code": forever["id"]}, {"coupon": once}]
    quote = _quote(api, fake, customer, discounts=discounts)
    api.post(f"/v1/quotes/{quote['id']}/finalize")
    accepted = api.post(f"/v1/quotes/{quote['id']}/accept")
    subscription = api.get(f"/v1/subscriptions/{accepted['subscription']}")
    assert subscription["discounts"] == quote["discounts"]
    expanded = api.get(f"/v1/subscriptions/{subscription['id']}", {"expand": ["discounts"]})
    assert [d["subscription"] for d in expanded["discounts"]] == [subscription["id"]] * 2
    assert [d["start"] for d in expanded["discounts"]] == [subscription["start_date"]] * 2
    first = api.get(f"/v1/invoices/{accepted['invoice']}")
    assert first["discounts"] == quote["discounts"]
    assert (first["subtotal"], first["total"]) == (12000, quote["amount_total"])
    # Redeemed once, when accepted: not again by the subscription.
    assert api.get(f"/v1/promotion_codes/{forever['id']}")["times_redeemed"] == 1
    assert api.get(f"/v1/coupons/{once}")["times_redeemed"] == 1
    # The next period: the once coupon is spent, the forever one lasts.
    period_end = subscription["items"]["data"][0]["current_period_end"]
    _advance(api, clock, period_end + 2 * 3_600)
    renewal = api.get(f"/v1/subscriptions/{subscription['id']}")["latest_invoice"]
    assert renewal != first["id"]
    renewed = api.get(f"/v1/invoices/{renewal}")
    assert (renewed["subtotal"], renewed["total"]) == (10000, 9000)


def test_a_discount_of_another_subscription_stays_its_own(api: Api, fake: FakeStripe) -> None:
    customer = api.customer()["id"]
    body = {
        "customer": customer,
        "items": [{"price": fake.create_price(2000)}],
        "discounts": [{"coupon": _coupon(api)}],
        "collection_method": "send_invoice",
        "days_until_due": 30,
    }
    other = api.post("/v1/subscriptions", body)
    [existing] = other["discounts"]
    quote = _quote(api, fake, customer, discounts=[{"discount": existing}])
    api.post(f"/v1/quotes/{quote['id']}/finalize")
    accepted = api.post(f"/v1/quotes/{quote['id']}/accept")
    assert api.get(f"/v1/subscriptions/{accepted['subscription']}")["discounts"] == [existing]
    expanded = api.get(f"/v1/subscriptions/{other['id']}", {"expand": ["discounts"]})
    [discount] = expanded["discounts"]
    assert (discount["subscription"], discount["start"]) == (other["id"], other["start_date"])


def test_a_trial_s_first_invoice_discounts_the_one_time_lines(api: Api, fake: FakeStripe) -> None:
    coupon = _coupon(api, amount_off=500, currency="usd")
    quote = _quote(
        api,
        fake,
        api.customer()["id"],
        discounts=[{"coupon": coupon}],
        subscription_data={"trial_period_days": 14},
    )
    assert quote["computed"]["upfront"]["amount_total"] == 1500  # 20.00 setup, 5.00 off
    assert quote["computed"]["recurring"]["amount_total"] == 9500
    api.post(f"/v1/quotes/{quote['id']}/finalize")
    accepted = api.post(f"/v1/quotes/{quote['id']}/accept")
    first = api.get(f"/v1/invoices/{accepted['invoice']}")
    assert first["total"] == 1500
    assert api.get(f"/v1/subscriptions/{accepted['subscription']}")["status"] == "trialing"


def test_a_clone_keeps_the_discounts_as_its_own(api: Api, fake: FakeStripe) -> None:
    code = _code(api, _coupon(api, percent_off=25))
    quote = _quote(api, fake, api.customer()["id"], discounts=[{"promotion_code": code["id"]}])
    api.post(f"/v1/quotes/{quote['id']}/finalize")
    revision = api.post("/v1/quotes", {"from_quote": {"quote": quote["id"], "is_revision": True}})
    assert revision["amount_total"] == quote["amount_total"] == 9000
    [entry] = revision["total_details"]["breakdown"]["discounts"]
    assert entry["discount"]["promotion_code"] == code["id"]
    assert revision["discounts"] != quote["discounts"] and len(revision["discounts"]) == 1
    api.post(f"/v1/quotes/{revision['id']}/finalize")
    accepted = api.post(f"/v1/quotes/{revision['id']}/accept")
    assert api.get(f"/v1/invoices/{accepted['invoice']}")["total"] == 9000
    assert api.get(f"/v1/promotion_codes/{code['id']}")["times_redeemed"] == 1


def test_an_accept_refused_redeems_nothing(api: Api, fake: FakeStripe) -> None:
    code = _code(api, _coupon(api))
    later = fake.clock.now() + 10 * DAY
    quote = _quote(
        api,
        fake,
        api.customer()["id"],
        discounts=[{"promotion_code": code["id"]}],
        subscription_data={"effective_date": later},
    )
    api.post(f"/v1/quotes/{quote['id']}/finalize")
    refused = api.raw("POST", f"/v1/quotes/{quote['id']}/accept")
    assert refused.status_code == 400, refused.text
    assert error_of(refused.json())["param"] == "subscription_data[effective_date]"
    assert api.get(f"/v1/promotion_codes/{code['id']}")["times_redeemed"] == 0
    # Its second discount's coupon is used up elsewhere: the first is not counted either.
    coupon = _coupon(api, max_redemptions=1)
    one_time = api.post(
        "/v1/quotes",
        {
            "customer": api.customer()["id"],
            "line_items": [{"price": fake.create_price(3000)}],
            "discounts": [{"promotion_code": code["id"]}, {"coupon": coupon}],
        },
    )
    api.post(f"/v1/quotes/{one_time['id']}/finalize")
    other = api.customer()["id"]
    api.item(other, 1000)
    api.post("/v1/invoices", {"customer": other, "discounts": [{"coupon": coupon}]})
    refused = api.raw("POST", f"/v1/quotes/{one_time['id']}/accept")
    assert refused.status_code == 400, refused.text
    assert error_of(refused.json())["param"] == "discounts[1][coupon]"
    assert api.get(f"/v1/promotion_codes/{code['id']}")["times_redeemed"] == 0
    assert api.get(f"/v1/quotes/{one_time['id']}")["status"] == "open"


def test_a_subscription_refused_keeps_no_items_and_redeems_nothing(
    api: Api, fake: FakeStripe
) -> None:
    code = _code(api, _coupon(api), max_redemptions=1)
    customer = api.customer()["id"]
    body = {
        "customer": customer,
        "items": [{"price": fake.create_price(2000)}],
        "collection_method": "send_invoice",
        "days_until_due": 30,
    }
    # A refused one-time price: the code is not redeemed.
    refused = api.raw(
        "POST",
        "/v1/subscriptions",
        {
            **body,
            "discounts": [{"promotion_code": code["id"]}],
            "add_invoice_items": [{"price": "price_missing"}],
        },
    )
    assert refused.status_code == 404, refused.text
    assert api.get(f"/v1/promotion_codes/{code['id']}")["times_redeemed"] == 0
    # A refused code: no one-time item is left pending.
    api.post(f"/v1/promotion_codes/{code['id']}", {"active": False})
    refused = api.raw(
        "POST",
        "/v1/subscriptions",
        {
            **body,
            "discounts": [{"promotion_code": code["id"]}],
            "add_invoice_items": [{"price": fake.create_price(700)}],
        },
    )
    assert refused.status_code == 400, refused.text
    assert api.get("/v1/invoiceitems", {"customer": customer, "pending": True})["data"] == []
