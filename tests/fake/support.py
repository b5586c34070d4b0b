"""Helpers for the fake's tests: a tiny client over raw httpx and a shape check."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import httpx
import yaml

from stripe_invoicing_client._core.check import drift
from stripe_invoicing_client._core.wire import FORM_CONTENT_TYPE, encode
from stripe_invoicing_client._generated import models
from stripe_invoicing_client.testing import FakeStripe

SPEC = Path(__file__).resolve().parents[2] / "openapi" / "stripe-invoicing.yaml"


class Api:
    """Requests encoded by the SDK's own encoder, answers as JSON."""

    def __init__(self, http: httpx.Client) -> None:
        self.http = http

    def request(
        self,
        method: str,
        path: str,
        params: dict[str, Any] | None = None,
        *,
        expect: int | None = 200,
        headers: dict[str, str] | None = None,
    ) -> Any:
        response = self.raw(method, path, params, headers=headers)
        if expect is not None:
            assert response.status_code == expect, response.text
        return response.json()

    def raw(
        self,
        method: str,
        path: str,
        params: dict[str, Any] | None = None,
        *,
        headers: dict[str, str] | None = None,
    ) -> httpx.Response:
        encoded = encode(params or {})
        if method in ("GET", "DELETE"):
            url = f"{path}?{encoded}" if encoded else path
            return self.http.request(method, url, headers=headers)
        return self.http.request(
            method,
            path,
            content=encoded.encode("ascii"),
            headers={"Content-Type": FORM_CONTENT_TYPE, **(headers or {})},
        )

    def get(self, path: str, params: dict[str, Any] | None = None, **kw: Any) -> Any:
        return self.request("GET", path, params, **kw)

    def post(self, path: str, params: dict[str, Any] | None = None, **kw: Any) -> Any:
        return self.request("POST", path, params, **kw)

    def delete(self, path: str, **kw: Any) -> Any:
        return self.request("DELETE", path, **kw)

    # Shortcuts for the objects most tests need.
    def customer(self, **params: Any) -> dict[str, Any]:
        return dict(self.post("/v1/customers", params))

    def customer_with_card(self, card: str = "pm_card_visa", **params: Any) -> dict[str, Any]:
        """A customer holding `card` (a test PaymentMethod), which paying its invoices
        charges: without a payment method on file, paying is refused."""
        default = {"invoice_settings": {"default_payment_method": card}}
        return self.customer(payment_method=card, **default, **params)

    def item(self, customer: str, amount: int, **params: Any) -> dict[str, Any]:
        body = {"customer": customer, "amount": amount, "currency": "usd", **params}
        return dict(self.post("/v1/invoiceitems", body))

    def invoice(self, customer: str, **params: Any) -> dict[str, Any]:
        """A draft holding the customer's pending items, unless `params` say otherwise (Stripe
        leaves them pending when `pending_invoice_items_behavior` is not sent)."""
        body = {"customer": customer, "pending_invoice_items_behavior": "include", **params}
        return dict(self.post("/v1/invoices", body))

    def monthly_price(self, product: str, unit_amount: int) -> dict[str, Any]:
        """A price of `product` billed each month."""
        body = {"product": product, "currency": "usd", "unit_amount": unit_amount}
        return dict(self.post("/v1/prices", {**body, "recurring": {"interval": "month"}}))


def event_types(fake: FakeStripe, prefix: str) -> list[str]:
    """The types of the fake's events so far that start with `prefix`, oldest first."""
    return [event["type"] for event in fake.events if event["type"].startswith(prefix)]


def error_of(body: Any) -> dict[str, Any]:
    assert set(body) == {"error"}, body
    return dict(body["error"])


@cache
def _schemas() -> dict[str, Any]:
    spec = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    return dict(spec["components"]["schemas"])


def _resolve(schema: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in schema:
        schema = _schemas()[schema["$ref"].rsplit("/", 1)[1]]
    return schema


def _object_options(schema: dict[str, Any]) -> list[dict[str, Any]]:
    options = [_resolve(o) for o in schema.get("anyOf", [schema])]
    return [o for o in options if o.get("type") == "object" or "properties" in o]


def missing_required(value: Any, schema: dict[str, Any], path: str = "") -> list[str]:
    """Paths of required fields absent anywhere in `value`, per the spec."""
    schema = _resolve(schema)
    if value is None:
        return []
    if isinstance(value, list):
        items = schema.get("items")
        if items is None:
            return []
        return [m for i, v in enumerate(value) for m in missing_required(v, items, f"{path}[{i}]")]
    if not isinstance(value, dict):
        return []
    candidates = _object_options(schema)
    if not candidates:
        return []
    best: list[str] | None = None
    for option in candidates:
        found = [f"{path}.{name}" for name in option.get("required", []) if name not in value]
        for name, sub in option.get("properties", {}).items():
            if name in value:
                found += missing_required(value[name], sub, f"{path}.{name}")
        if best is None or len(found) < len(best):
            best = found
    return best or []


# The model each `object` value parses into; its spec schema has the same name (a deleted
# one's is `deleted_<object>`).
_MODELS = {
    "customer": models.Customer,
    "invoice": models.Invoice,
    "invoiceitem": models.InvoiceItem,
    "line_item": models.LineItem,
    "credit_note": models.CreditNote,
    "credit_note_line_item": models.CreditNoteLineItem,
    "invoice_payment": models.InvoicePayment,
    "product": models.Product,
    "price": models.Price,
    "tax_rate": models.TaxRate,
    "coupon": models.Coupon,
    "discount": models.Discount,
    "tax_id": models.TaxId,
    "customer_balance_transaction": models.CustomerBalanceTransaction,
    "quote": models.Quote,
    "item": models.QuoteLineItem,
    "subscription": models.Subscription,
    "subscription_item": models.SubscriptionItem,
    "subscription_schedule": models.SubscriptionSchedule,
    "promotion_code": models.PromotionCode,
    "billing.meter": models.BillingMeter,
    "billing.meter_event": models.BillingMeterEvent,
    "billing.meter_event_adjustment": models.BillingMeterEventAdjustment,
    "billing.meter_event_summary": models.BillingMeterEventSummary,
    "payment_intent": models.PaymentIntent,
    "payment_method": models.PaymentMethod,
    "billing_portal.configuration": models.BillingPortalConfiguration,
    "billing_portal.session": models.BillingPortalSession,
    "invoice_rendering_template": models.InvoiceRenderingTemplate,
    "test_helpers.test_clock": models.TestClock,
}
_DELETED = {
    "customer": models.DeletedCustomer,
    "invoice": models.DeletedInvoice,
    "invoiceitem": models.DeletedInvoiceItem,
    "coupon": models.DeletedCoupon,
    "discount": models.DeletedDiscount,
    "product": models.DeletedProduct,
    "tax_id": models.DeletedTaxId,
    "subscription_item": models.DeletedSubscriptionItem,
    "test_helpers.test_clock": models.DeletedTestClock,
}


def assert_pinned_shape(obj: dict[str, Any]) -> None:
    """`obj` parses into its generated model with nothing left over, anywhere in the tree,
    and has every field the spec requires."""
    if obj.get("object") in ("list", "search_result"):
        for entry in obj["data"]:
            assert_pinned_shape(entry)
        return
    if obj.get("object") == "event":
        assert_pinned_shape(obj["data"]["object"])
        return
    model: Any
    if "error" in obj and len(obj) == 1:
        model, schema = models.Error, "error"
    elif obj.get("deleted"):
        model, schema = _DELETED[obj["object"]], f"deleted_{obj['object']}"
    else:
        model, schema = _MODELS[obj["object"]], obj["object"]
    parsed = model.from_dict(obj)
    assert drift(parsed) == [], f"{obj.get('object')}: fields off the pinned shape: {drift(parsed)}"
    assert missing_required(obj, _schemas()[schema]) == []


# The calls that take a fresh draft to each invoice status.
STEPS_TO = {
    "draft": [],
    "open": ["finalize"],
    "paid": ["finalize", "pay"],
    "void": ["finalize", "void"],
    "uncollectible": ["finalize", "mark_uncollectible"],
}
