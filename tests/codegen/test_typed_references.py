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
    assert invoice.payments is not None
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
    assert customer.tax_ids is not None
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
