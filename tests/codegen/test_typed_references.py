"""Fields that hold a tax rate, tax ID, invoice payment, price, cash balance or SetupIntent
parse to their models (they came back as plain dicts before issue 13), and still round-trip."""

from __future__ import annotations

from typing import Any

from stripe_invoicing_client._generated import models
from tests.codegen import _objects as objects


def _tax_rate(rate_id: str = "txr_1") -> dict[str, Any]:
    return {
        "id": rate_id,
        "object": "tax_rate",
        "active": True,
        "country": "DE",
        "created": 1700000000,
        "description": None,
        "display_name": "VAT",
        "effective_percentage": 19.0,
        "flat_amount": None,
        "inclusive": False,
        "jurisdiction": "DE",
        "jurisdiction_level": "country",
        "livemode": False,
        "metadata": {},
        "percentage": 19.0,
        "rate_type": "percentage",
        "state": None,
        "tax_type": "vat",
    }


def _tax_id() -> dict[str, Any]:
    return {
        "id": "txi_1",
        "object": "tax_id",
        "country": "DE",
        "created": 1700000000,
        "customer": "cus_Qx81",
        "customer_account": None,
        "livemode": False,
        "owner": {"account": None, "application": None, "customer": "cus_Qx81", "type": "customer"},
        "type": "eu_vat",
        "value": "DE123456789",
        "verification": {"status": "pending", "verified_address": None, "verified_name": None},
    }


def _invoice_payment(invoice_id: str) -> dict[str, Any]:
    return {
        "id": "inpay_1",
        "object": "invoice_payment",
        "amount_paid": 2500,
        "amount_requested": 2500,
        "created": 1700000000,
        "currency": "eur",
        "invoice": invoice_id,
        "is_default": True,
        "livemode": False,
        "payment": {"type": "payment_intent", "payment_intent": "pi_1"},
        "status": "paid",
        "status_transitions": {"canceled_at": None, "paid_at": 1700000100},
    }


def test_invoice_tax_rates_tax_ids_and_payments_are_models() -> None:
    data = objects.current_invoice()
    data["default_tax_rates"] = [_tax_rate()]
    data["account_tax_ids"] = ["txi_acct", _tax_id()]
    data["payments"] = {
        "object": "list",
        "data": [_invoice_payment(data["id"])],
        "has_more": False,
        "url": "/v1/invoice_payments",
    }
    invoice = models.Invoice.from_dict(data)
    (rate,) = invoice.default_tax_rates
    assert isinstance(rate, models.TaxRate)
    assert (rate.percentage, rate.inclusive, rate.display_name) == (19.0, False, "VAT")
    assert invoice.account_tax_ids is not None
    assert invoice.account_tax_ids[0] == "txi_acct"
    expanded = invoice.account_tax_ids[1]
    assert isinstance(expanded, models.TaxId)
    assert expanded.value == "DE123456789"
    assert isinstance(invoice.payments, models.InvoicePaymentsType0)
    (payment,) = invoice.payments.data
    assert isinstance(payment, models.InvoicePayment)
    assert payment.amount_paid == 2500
    assert payment.payment.payment_intent == "pi_1"
    assert invoice.to_dict() == data
    assert objects.leftovers(invoice) == []


def test_customer_tax_ids_and_cash_balance_are_models() -> None:
    data = objects.customer()
    data["tax_ids"] = {
        "object": "list",
        "data": [_tax_id()],
        "has_more": False,
        "url": "/v1/customers/cus_Qx81/tax_ids",
    }
    data["cash_balance"] = {
        "object": "cash_balance",
        "available": {"eur": 1200},
        "customer": "cus_Qx81",
        "customer_account": None,
        "livemode": False,
        "settings": {"reconciliation_mode": "automatic", "using_merchant_default": True},
    }
    customer = models.Customer.from_dict(data)
    assert isinstance(customer.tax_ids, models.CustomerTaxIdsType0)
    (tax_id,) = customer.tax_ids.data
    assert isinstance(tax_id, models.TaxId)
    assert tax_id.type_ == "eu_vat"
    assert isinstance(customer.cash_balance, models.CashBalance)
    assert customer.cash_balance.available == {"eur": 1200}
    assert customer.to_dict() == data


def test_an_expanded_price_on_a_line_is_a_price() -> None:
    price = {
        "id": "price_1Ab",
        "object": "price",
        "active": True,
        "billing_scheme": "per_unit",
        "created": 1700000000,
        "currency": "eur",
        "custom_unit_amount": None,
        "livemode": False,
        "lookup_key": None,
        "metadata": {},
        "nickname": None,
        "product": "prod_1",
        "recurring": None,
        "tax_behavior": "exclusive",
        "tiers_mode": None,
        "transform_quantity": None,
        "type": "one_time",
        "unit_amount": 1250,
        "unit_amount_decimal": "1250",
    }
    line = objects.line_item()
    line["pricing"] = objects.pricing(price)
    parsed = models.LineItem.from_dict(line)
    assert parsed.pricing is not None and parsed.pricing.price_details is not None
    found = parsed.pricing.price_details.price
    assert isinstance(found, models.Price)
    assert found.unit_amount == 1250
    assert str(found.unit_amount_decimal) == "1250"
    assert parsed.to_dict() == line


def test_the_event_model_is_the_one_construct_event_returns() -> None:
    # codegen/config.EXTERNAL_MODELS: events fetched from the API are webhook events.
    from stripe_invoicing_client import webhooks

    assert models.Event is webhooks.Event
    assert models.EventData is webhooks.EventData
    page = models.GetEventsResponse200.from_dict(
        {
            "object": "list",
            "data": [
                {
                    "id": "evt_1",
                    "object": "event",
                    "type": "invoice.created",
                    "data": {"object": objects.current_invoice()},
                }
            ],
            "has_more": False,
            "url": "/v1/events",
        }
    )
    (event,) = page.data
    assert type(event) is webhooks.Event
    assert isinstance(event.data.object, models.Invoice)


def _payment_intent() -> dict[str, Any]:
    return {
        "id": "pi_1",
        "object": "payment_intent",
        "amount": 2500,
        "amount_received": 2500,
        "currency": "eur",
        "customer": "cus_Qx81",
        "status": "succeeded",
        "latest_charge": "ch_1",
        "payment_method_types": ["card"],
        "next_action": None,
        "metadata": {"order_id": "6735"},
        "amount_details": {"tip": {"amount": 100}},
        "payment_method_options": {"card": {"request_three_d_secure": "automatic"}},
    }


def test_payment_intents_are_models_where_invoices_payments_errors_and_events_hold_one() -> None:
    # Issue 24: a PaymentIntent was a plain dict; now expanded ones parse to `PaymentIntent`.
    from stripe_invoicing_client import webhooks

    payment = models.InvoicePayment.from_dict(
        {
            "id": "inpay_1",
            "object": "invoice_payment",
            "payment": {"type": "payment_intent", "payment_intent": _payment_intent()},
        }
    )
    intent = payment.payment.payment_intent
    assert isinstance(intent, models.PaymentIntent)
    assert (intent.amount, intent.status, intent.latest_charge) == (2500, "succeeded", "ch_1")
    options = intent.payment_method_options
    assert options is not None and options.card is not None
    assert options.card.request_three_d_secure == "automatic"
    assert payment.to_dict()["payment"]["payment_intent"] == _payment_intent()
    error = models.Error.from_dict(
        {"error": {"type": "card_error", "payment_intent": _payment_intent()}}
    )
    assert isinstance(error.error.payment_intent, models.PaymentIntent)
    event = webhooks.Event.from_dict(
        {
            "id": "evt_1",
            "object": "event",
            "type": "payment_intent.succeeded",
            "data": {"object": _payment_intent()},
        }
    )
    assert isinstance(event.data.object, models.PaymentIntent)
    # A status added after this build still parses, kept as received.
    newer = models.PaymentIntent.from_dict({**_payment_intent(), "status": "brand_new_status"})
    assert newer.to_dict()["status"] == "brand_new_status"


def test_promotion_codes_and_payment_methods_are_models_where_expanded() -> None:
    # Issue 24: a discount's promotion code and a subscription's default payment method were
    # plain dicts when expanded.
    promo = {
        "id": "promo_1",
        "object": "promotion_code",
        "code": "SPRING",
        "active": True,
        "promotion": {"type": "coupon", "coupon": "co_1"},
        "restrictions": {"currency_options": {"eur": {"minimum_amount": 5000}}},
    }
    discount = models.Discount.from_dict(
        {"id": "di_1", "object": "discount", "promotion_code": promo}
    )
    assert isinstance(discount.promotion_code, models.PromotionCode)
    options = discount.promotion_code.restrictions.currency_options
    assert options is not None and options["eur"].minimum_amount == 5000
    assert discount.to_dict()["promotion_code"] == promo
    card = {"id": "pm_1", "object": "payment_method", "type": "card", "card": {"brand": "visa"}}
    subscription = models.Subscription.from_dict(
        {"id": "sub_1", "object": "subscription", "default_payment_method": card}
    )
    method = subscription.default_payment_method
    assert isinstance(method, models.PaymentMethod)
    assert method.card is not None and method.card.brand == "visa"
