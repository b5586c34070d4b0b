"""Promotion codes on the wire: created for a coupon, updated only where Stripe allows, listed
with their filters; redeemed in `discounts[][promotion_code]` of invoices, invoice items and
subscriptions under their restrictions; a subscription's discount deleted."""

from __future__ import annotations

from typing import Any

import pytest

from stripe_invoicing_client.testing import FakeStripe

from .support import Api, assert_pinned_shape, error_of

DAY = 86_400


def _coupon(api: Api, **params: Any) -> str:
    body = {"percent_off": 10, "duration": "forever", **params}
    return str(api.post("/v1/coupons", body)["id"])


def _code(api: Api, coupon: str | None = None, **params: Any) -> dict[str, Any]:
    coupon = coupon or _coupon(api)
    return dict(
        api.post(
            "/v1/promotion_codes", {"promotion": {"type": "coupon", "coupon": coupon}, **params}
        )
    )


def _refused(api: Api, method: str, path: str, params: dict[str, Any], param: str) -> str:
    answer = api.raw(method, path, params)
    assert answer.status_code == 400, answer.text
    error = error_of(answer.json())
    assert (error["type"], error["param"]) == ("invalid_request_error", param)
    return str(error["message"])


def test_a_code_refers_to_its_coupon(api: Api, fake: FakeStripe) -> None:
    coupon = _coupon(api)
    code = _code(api, coupon, code="SPRING-25", max_redemptions=3, metadata={"a": "1"})
    assert code["id"].startswith("promo_")
    assert code["promotion"] == {"type": "coupon", "coupon": coupon}
    assert "coupon" not in code
    assert (code["code"], code["active"], code["times_redeemed"]) == ("SPRING-25", True, 0)
    assert code["restrictions"] == {
        "currency_options": None,
        "first_time_transaction": False,
        "minimum_amount": None,
        "minimum_amount_currency": None,
    }
    assert_pinned_shape(code)
    assert api.get(f"/v1/promotion_codes/{code['id']}") == code
    assert [e["type"] for e in fake.events][-1] == "promotion_code.created"
    assert_pinned_shape(fake.events[-1])


def test_a_code_is_generated_when_none_is_given(api: Api) -> None:
    first, second = _code(api), _code(api)
    assert first["code"] and second["code"] and first["code"] != second["code"]
    assert first["code"].replace("-", "").isalnum()


def test_an_active_code_is_unique_whatever_its_case(api: Api) -> None:
    _code(api, code="WELCOME")
    message = _refused(
        api,
        "POST",
        "/v1/promotion_codes",
        {"promotion": {"type": "coupon", "coupon": _coupon(api)}, "code": "welcome"},
        "code",
    )
    assert "welcome" in message.lower()
    # An inactive one does not count.
    other = _code(api, code="LATER", active=False)
    assert _code(api, code="later")["active"] is True
    assert other["active"] is False


@pytest.mark.parametrize(
    ("params", "param"),
    [
        ({"code": "no spaces"}, "code"),
        ({"max_redemptions": 0}, "max_redemptions"),
        ({"expires_at": 1}, "expires_at"),
        ({"restrictions": {"minimum_amount": 500}}, "restrictions[minimum_amount_currency]"),
        (
            {
                "restrictions": {
                    "minimum_amount": 500,
                    "minimum_amount_currency": "usd",
                    "currency_options": {"usd": {"minimum_amount": 400}},
                }
            },
            "restrictions[currency_options]",
        ),
        ({"promotion": {"type": "coupon"}}, "promotion[coupon]"),
    ],
)
def test_bad_input_is_refused_before_anything_changes(
    api: Api, fake: FakeStripe, params: dict[str, Any], param: str
) -> None:
    coupon = _coupon(api)
    writes = fake.write_count()
    body = {"promotion": {"type": "coupon", "coupon": coupon}, **params}
    _refused(api, "POST", "/v1/promotion_codes", body, param)
    assert fake.write_count() == writes
    assert api.get("/v1/promotion_codes")["data"] == []


def test_the_coupon_s_own_limits_bound_the_code_s(api: Api) -> None:
    coupon = _coupon(api, max_redemptions=2, redeem_by=10**10)
    body = {"promotion": {"type": "coupon", "coupon": coupon}}
    _refused(api, "POST", "/v1/promotion_codes", {**body, "max_redemptions": 3}, "max_redemptions")
    _refused(api, "POST", "/v1/promotion_codes", {**body, "expires_at": 10**10 + 1}, "expires_at")
    missing = api.raw(
        "POST", "/v1/promotion_codes", {"promotion": {"type": "coupon", "coupon": "nope"}}
    )
    assert missing.status_code == 404
    assert error_of(missing.json())["param"] == "promotion[coupon]"


def test_update_takes_metadata_active_and_currency_options_only(api: Api, fake: FakeStripe) -> None:
    code = _code(
        api, code="ONE", restrictions={"minimum_amount": 1000, "minimum_amount_currency": "usd"}
    )
    path = f"/v1/promotion_codes/{code['id']}"
    updated = api.post(
        path,
        {
            "active": False,
            "metadata": {"k": "v"},
            "restrictions": {"currency_options": {"eur": {"minimum_amount": 900}}},
        },
    )
    assert (updated["active"], updated["metadata"]) == (False, {"k": "v"})
    assert updated["restrictions"]["currency_options"] == {"eur": {"minimum_amount": 900}}
    assert updated["restrictions"]["minimum_amount"] == 1000
    event = fake.events[-1]
    assert event["type"] == "promotion_code.updated"
    assert event["data"]["previous_attributes"]["active"] is True
    refused = api.raw("POST", path, {"code": "TWO"})
    assert refused.status_code == 400
    # Reactivated only while no other active code has taken its code.
    _code(api, code="one")
    _refused(api, "POST", path, {"active": True}, "active")


def test_list_filters_and_pages(api: Api, fake: FakeStripe) -> None:
    customer = api.customer()["id"]
    first, second = _coupon(api), _coupon(api)
    a = _code(api, first, code="ALPHA")
    fake.clock.advance(10)
    b = _code(api, first, code="BETA", customer=customer)
    fake.clock.advance(10)
    c = _code(api, second, code="GAMMA", active=False)

    def ids(**params: Any) -> list[str]:
        return [code["id"] for code in api.get("/v1/promotion_codes", params)["data"]]

    assert ids() == [c["id"], b["id"], a["id"]]
    assert ids(active="true") == [b["id"], a["id"]]
    assert ids(active="false") == [c["id"]]
    assert ids(code="alpha") == [a["id"]]
    assert ids(coupon=first) == [b["id"], a["id"]]
    assert ids(customer=customer) == [b["id"]]
    assert ids(created={"gte": b["created"]}) == [c["id"], b["id"]]
    page = api.get("/v1/promotion_codes", {"limit": 2})
    assert page["has_more"] is True
    rest = api.get("/v1/promotion_codes", {"limit": 2, "starting_after": page["data"][-1]["id"]})
    assert [code["id"] for code in rest["data"]] == [a["id"]]
    expanded = api.get("/v1/promotion_codes", {"customer": customer, "expand": ["data.customer"]})
    assert expanded["data"][0]["customer"]["id"] == customer
    assert_pinned_shape(api.get("/v1/promotion_codes"))


# -- redemption ------------------------------------------------------------------------------


def _invoice_with(api: Api, customer: str, code: dict[str, Any], amount: int = 5000) -> Any:
    api.item(customer, amount)
    return api.raw(
        "POST",
        "/v1/invoices",
        {
            "customer": customer,
            "pending_invoice_items_behavior": "include",
            "discounts": [{"promotion_code": code["id"]}],
        },
    )


def test_an_invoice_takes_a_code_and_its_discount_names_it(api: Api, fake: FakeStripe) -> None:
    coupon = _coupon(api)
    code = _code(api, coupon)
    customer = api.customer()["id"]
    answer = _invoice_with(api, customer, code)
    assert answer.status_code == 200, answer.text
    invoice = answer.json()
    assert invoice["total"] == 4500
    expanded = api.get(f"/v1/invoices/{invoice['id']}", {"expand": ["discounts"]})
    [discount] = expanded["discounts"]
    assert (discount["promotion_code"], discount["invoice"]) == (code["id"], invoice["id"])
    assert discount["source"] == {"coupon": coupon, "type": "coupon"}
    assert_pinned_shape(expanded)
    assert api.get(f"/v1/promotion_codes/{code['id']}")["times_redeemed"] == 1
    assert api.get(f"/v1/coupons/{coupon}")["times_redeemed"] == 1
    line = api.get(f"/v1/invoices/{invoice['id']}/lines")["data"][0]
    assert line["discount_amounts"][0]["amount"] == 500


def test_an_invoice_item_takes_a_code(api: Api, fake: FakeStripe) -> None:
    code = _code(api)
    customer = api.customer()["id"]
    item = api.item(customer, 2000, discounts=[{"promotion_code": code["id"]}])
    expanded = api.get(f"/v1/invoiceitems/{item['id']}", {"expand": ["discounts"]})
    assert expanded["discounts"][0]["promotion_code"] == code["id"]
    invoice = api.invoice(customer)
    assert invoice["subtotal"] == 1800


@pytest.mark.parametrize(
    ("setup", "needle"),
    [
        ({"active": False}, "inactive"),
        ({"max_redemptions": 1}, "redemption"),
        ({"expires_at": "soon"}, "expired"),
        ({"restrictions": {"minimum_amount": 6000, "minimum_amount_currency": "usd"}}, "minimum"),
        ({"restrictions": {"minimum_amount": 10, "minimum_amount_currency": "eur"}}, "usd"),
        ({"customer": "other"}, "customer"),
    ],
)
def test_a_code_that_cannot_be_redeemed_is_a_400_and_changes_nothing(
    api: Api, fake: FakeStripe, setup: dict[str, Any], needle: str
) -> None:
    customer = api.customer()["id"]
    if setup.get("customer") == "other":
        setup = {"customer": api.customer()["id"]}
    if setup.get("expires_at") == "soon":
        setup = {"expires_at": fake.clock.now() + 60}
    code = _code(api, **setup)
    if "max_redemptions" in setup:
        assert _invoice_with(api, api.customer()["id"], code).status_code == 200
    if "expires_at" in setup:
        fake.clock.advance(61)
    before = api.get(f"/v1/promotion_codes/{code['id']}")["times_redeemed"]
    invoices = len(api.get("/v1/invoices")["data"])
    answer = _invoice_with(api, customer, code)
    assert answer.status_code == 400, answer.text
    error = error_of(answer.json())
    assert error["param"] == "discounts[0][promotion_code]"
    assert needle in error["message"].lower()
    assert api.get(f"/v1/promotion_codes/{code['id']}")["times_redeemed"] == before
    assert len(api.get("/v1/invoices")["data"]) == invoices


def test_the_minimum_is_met_in_the_owner_s_currency(api: Api) -> None:
    code = _code(
        api,
        restrictions={
            "minimum_amount": 5000,
            "minimum_amount_currency": "usd",
            "currency_options": {"eur": {"minimum_amount": 100}},
        },
    )
    customer = api.customer()["id"]
    assert _invoice_with(api, customer, code, amount=5000).status_code == 200
    api.post("/v1/invoiceitems", {"customer": customer, "amount": 200, "currency": "eur"})
    eur = api.raw(
        "POST",
        "/v1/invoices",
        {
            "customer": customer,
            "currency": "eur",
            "pending_invoice_items_behavior": "include",
            "discounts": [{"promotion_code": code["id"]}],
        },
    )
    assert eur.status_code == 200, eur.text


def test_first_time_codes_are_for_customers_without_finalized_invoices(api: Api) -> None:
    code = _code(api, restrictions={"first_time_transaction": True})
    newcomer, regular = api.customer()["id"], api.customer()["id"]
    api.item(regular, 1000)
    old = api.invoice(regular)
    api.post(f"/v1/invoices/{old['id']}/finalize")
    assert _invoice_with(api, newcomer, code).status_code == 200
    refused = _invoice_with(api, regular, code)
    assert refused.status_code == 400
    assert "first" in error_of(refused.json())["message"].lower()


def test_the_coupon_s_limit_still_applies(api: Api) -> None:
    coupon = _coupon(api, max_redemptions=1)
    code = _code(api, coupon)
    customer = api.customer()["id"]
    assert _invoice_with(api, customer, code).status_code == 200
    again = _invoice_with(api, customer, code)
    assert again.status_code == 400
    assert api.get(f"/v1/promotion_codes/{code['id']}")["times_redeemed"] == 1


# -- subscriptions ---------------------------------------------------------------------------


def _subscription(api: Api, fake: FakeStripe, **params: Any) -> dict[str, Any]:
    customer = api.customer()["id"]
    price = fake.create_price(2000)
    body = {
        "customer": customer,
        "items": [{"price": price}],
        "collection_method": "send_invoice",
        "days_until_due": 30,
        **params,
    }
    return dict(api.post("/v1/subscriptions", body))


def test_a_subscription_takes_a_code_for_its_invoices(api: Api, fake: FakeStripe) -> None:
    code = _code(api)
    subscription = _subscription(api, fake, discounts=[{"promotion_code": code["id"]}])
    [discount_id] = subscription["discounts"]
    path = f"/v1/subscriptions/{subscription['id']}"
    [discount] = api.get(path, {"expand": ["discounts"]})["discounts"]
    assert (discount["promotion_code"], discount["subscription"]) == (
        code["id"],
        subscription["id"],
    )
    invoice = api.get(f"/v1/invoices/{subscription['latest_invoice']}")
    assert invoice["total"] == 1800
    assert invoice["discounts"] == [discount_id]
    assert_pinned_shape(api.get(f"/v1/invoices/{invoice['id']}"))
    assert api.get(f"/v1/promotion_codes/{code['id']}")["times_redeemed"] == 1


def test_a_subscription_s_minimum_is_its_first_invoice_s(api: Api, fake: FakeStripe) -> None:
    code = _code(api, restrictions={"minimum_amount": 2500, "minimum_amount_currency": "usd"})
    customer = api.customer()["id"]
    body = {
        "customer": customer,
        "items": [{"price": fake.create_price(2000)}],
        "discounts": [{"promotion_code": code["id"]}],
    }
    answer = api.raw("POST", "/v1/subscriptions", body)
    assert answer.status_code == 400
    assert error_of(answer.json())["param"] == "discounts[0][promotion_code]"
    assert api.get("/v1/subscriptions")["data"] == []


def test_delete_discount_takes_it_off_the_subscription(api: Api, fake: FakeStripe) -> None:
    code = _code(api)
    subscription = _subscription(api, fake, discounts=[{"promotion_code": code["id"]}])
    path = f"/v1/subscriptions/{subscription['id']}/discount"
    deleted = api.delete(path)
    assert (deleted["object"], deleted["deleted"]) == ("discount", True)
    assert deleted["id"] == subscription["discounts"][0]
    assert deleted["promotion_code"] == code["id"]
    assert deleted["subscription"] == subscription["id"]
    assert api.get(f"/v1/subscriptions/{subscription['id']}")["discounts"] == []
    assert_pinned_shape(deleted)
    assert "customer.subscription.updated" in [e["type"] for e in fake.events]
    again = api.raw("DELETE", path)
    assert again.status_code == 404
    assert error_of(again.json())["code"] == "resource_missing"


# -- quotes ----------------------------------------------------------------------------------


def _quote(api: Api, fake: FakeStripe, customer: str, **params: Any) -> Any:
    body = {"customer": customer, "line_items": [{"price": fake.create_price(1000), "quantity": 3}]}
    return api.raw("POST", "/v1/quotes", {**body, **params})


def test_a_quote_s_code_discounts_it_and_is_redeemed_when_accepted(
    api: Api, fake: FakeStripe
) -> None:
    coupon = _coupon(api, percent_off=20)
    code = _code(api, coupon)
    customer = api.customer()["id"]
    answer = _quote(api, fake, customer, discounts=[{"promotion_code": code["id"]}])
    assert answer.status_code == 200, answer.text
    quote = answer.json()
    assert (quote["amount_subtotal"], quote["amount_total"]) == (3000, 2400)
    assert quote["total_details"]["amount_discount"] == 600
    [entry] = quote["total_details"]["breakdown"]["discounts"]
    assert entry["amount"] == 600 and entry["discount"]["promotion_code"] == code["id"]
    assert quote["discounts"] == [entry["discount"]["id"]]
    assert_pinned_shape(quote)
    assert api.get(f"/v1/promotion_codes/{code['id']}")["times_redeemed"] == 0
    api.post(f"/v1/quotes/{quote['id']}/finalize")
    accepted = api.post(f"/v1/quotes/{quote['id']}/accept")
    invoice = api.get(f"/v1/invoices/{accepted['invoice']}")
    assert (invoice["subtotal"], invoice["total"]) == (3000, 2400)
    assert invoice["discounts"] == quote["discounts"]
    assert api.get(f"/v1/promotion_codes/{code['id']}")["times_redeemed"] == 1
    assert api.get(f"/v1/coupons/{coupon}")["times_redeemed"] == 1


def test_a_quote_s_code_is_checked_when_set_and_again_when_accepted(
    api: Api, fake: FakeStripe
) -> None:
    minimum = {"minimum_amount": 5000, "minimum_amount_currency": "usd"}
    small = _quote(
        api,
        fake,
        api.customer()["id"],
        discounts=[{"promotion_code": _code(api, restrictions=minimum)["id"]}],
    )
    assert small.status_code == 400
    assert error_of(small.json())["param"] == "discounts[0][promotion_code]"
    code = _code(api, max_redemptions=1)
    quote = _quote(
        api, fake, api.customer()["id"], discounts=[{"promotion_code": code["id"]}]
    ).json()
    api.post(f"/v1/quotes/{quote['id']}/finalize")
    # Someone else redeems the last use before the quote is accepted.
    assert _invoice_with(api, api.customer()["id"], code).status_code == 200
    refused = api.raw("POST", f"/v1/quotes/{quote['id']}/accept")
    assert refused.status_code == 400, refused.text
    assert api.get(f"/v1/quotes/{quote['id']}")["status"] == "open"
    cleared = _quote(api, fake, api.customer()["id"], discounts=[{"coupon": _coupon(api)}]).json()
    updated = api.post(f"/v1/quotes/{cleared['id']}", {"discounts": ""})
    assert (updated["discounts"], updated["amount_total"]) == ([], 3000)


def test_a_subscription_item_takes_a_code_for_its_lines(api: Api, fake: FakeStripe) -> None:
    code = _code(api)
    seat, support = fake.create_price(2000), fake.create_price(500)
    items = [{"price": seat, "discounts": [{"promotion_code": code["id"]}]}, {"price": support}]
    subscription = _subscription(api, fake, items=items)
    first, second = subscription["items"]["data"]
    assert len(first["discounts"]) == 1 and second["discounts"] == []
    lines = api.get(f"/v1/invoices/{subscription['latest_invoice']}/lines")["data"]
    assert sorted(sum(d["amount"] for d in line["discount_amounts"]) for line in lines) == [0, 200]
    assert api.get(f"/v1/invoices/{subscription['latest_invoice']}")["total"] == 2300
    assert api.get(f"/v1/promotion_codes/{code['id']}")["times_redeemed"] == 1
    added = api.post(
        "/v1/subscription_items",
        {
            "subscription": subscription["id"],
            "price": fake.create_price(700),
            "discounts": [{"promotion_code": code["id"]}],
            "proration_behavior": "none",
        },
    )
    expanded = api.get(f"/v1/subscription_items/{added['id']}")
    assert len(expanded["discounts"]) == 1
    cleared = api.post(f"/v1/subscription_items/{first['id']}", {"discounts": ""})
    assert cleared["discounts"] == []
    assert api.get(f"/v1/promotion_codes/{code['id']}")["times_redeemed"] == 2


def test_a_code_of_a_deleted_coupon_is_refused_and_not_reactivated(api: Api) -> None:
    coupon = _coupon(api)
    code = _code(api, coupon)
    api.delete(f"/v1/coupons/{coupon}")
    answer = _invoice_with(api, api.customer()["id"], code)
    assert answer.status_code == 400
    assert "coupon" in error_of(answer.json())["message"]
    api.post(f"/v1/promotion_codes/{code['id']}", {"active": False})
    _refused(api, "POST", f"/v1/promotion_codes/{code['id']}", {"active": True}, "active")


def test_an_entry_names_one_coupon_discount_or_code(api: Api) -> None:
    code = _code(api)
    customer = api.customer()["id"]
    entry = {"coupon": _coupon(api), "promotion_code": code["id"]}
    _refused(
        api,
        "POST",
        "/v1/invoices",
        {"customer": customer, "discounts": [entry]},
        "discounts[0][promotion_code]",
    )
    assert api.get(f"/v1/promotion_codes/{code['id']}")["times_redeemed"] == 0


def test_an_item_without_a_currency_meets_the_minimum_in_its_invoice_s(api: Api) -> None:
    code = _code(api, restrictions={"minimum_amount": 5000, "minimum_amount_currency": "usd"})
    customer = api.customer()["id"]
    invoice = api.invoice(customer, currency="usd")
    body = {"customer": customer, "invoice": invoice["id"], "amount": 1000}
    _refused(
        api,
        "POST",
        "/v1/invoiceitems",
        {**body, "discounts": [{"promotion_code": code["id"]}]},
        "discounts[0][promotion_code]",
    )
