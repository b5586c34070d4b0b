"""Payment intents and a customer's payment methods on the wire: every answer and event at the
pinned shape, `expand[]` as the spec allows."""

from __future__ import annotations

from stripe_invoicing_client.testing import FakeStripe

from .support import Api, assert_pinned_shape, error_of


def _charged(api: Api, payment_method: str, expect: int = 200) -> str:
    customer = api.customer(payment_method="pm_card_visa")
    api.item(customer["id"], 1200)
    invoice = api.invoice(customer["id"], pending_invoice_items_behavior="include")
    api.post(f"/v1/invoices/{invoice['id']}/finalize")
    api.post(f"/v1/invoices/{invoice['id']}/pay", {"payment_method": payment_method}, expect=expect)
    return str(customer["id"])


def test_every_answer_and_event_is_at_the_pinned_shape(api: Api, fake: FakeStripe) -> None:
    customer = _charged(api, "pm_card_visa")
    _charged(api, "pm_card_chargeDeclinedExpiredCard", expect=402)
    intents = api.get("/v1/payment_intents", {"expand": ["data.customer", "data.payment_method"]})
    assert [i["status"] for i in intents["data"]] == ["requires_payment_method", "succeeded"]
    assert_pinned_shape(intents)
    assert_pinned_shape(api.get(f"/v1/payment_intents/{intents['data'][0]['id']}"))
    assert_pinned_shape(api.get("/v1/payment_intents/search", {"query": "amount:1200"}))
    assert_pinned_shape(api.get(f"/v1/customers/{customer}/payment_methods"))
    assert_pinned_shape(api.get(f"/v1/customers/{customer}/payment_methods/pm_card_visa"))
    payments = api.get("/v1/invoice_payments", {"expand": ["data.payment.payment_intent"]})
    assert payments["data"][0]["payment"]["payment_intent"]["object"] == "payment_intent"
    assert_pinned_shape(payments)
    for event in fake.events:
        assert_pinned_shape(event)


def test_expand_takes_only_the_spec_s_paths(api: Api) -> None:
    _charged(api, "pm_card_visa")
    for path, expand in (
        ("/v1/payment_intents", "data.invoice"),
        ("/v1/invoice_payments", "data.payment.invoice"),
    ):
        refused = api.raw("GET", path, {"expand": [expand]})
        assert refused.status_code == 400, refused.text
        assert error_of(refused.json())["param"] == "expand"


def test_a_search_on_a_field_stripe_does_not_allow_is_a_400(api: Api) -> None:
    refused = api.raw("GET", "/v1/payment_intents/search", {"query": 'invoice:"in_1"'})
    assert refused.status_code == 400
    assert error_of(refused.json())["param"] == "query"
