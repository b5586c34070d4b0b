"""Webhook event objects by their `object` tag (generated from the operations table)."""

from __future__ import annotations

from typing import Any, TypeAlias

from .billing_portal import BillingPortalConfiguration, BillingPortalSession
from .credit_note import CreditNote
from .customer import Customer, DeletedCustomer
from .discount import Coupon, DeletedCoupon, PromotionCode
from .invoice import DeletedInvoice, Invoice
from .invoice_item import DeletedInvoiceItem, InvoiceItem
from .meter import BillingMeter
from .payment import InvoicePayment
from .payment_intent import PaymentIntent
from .payment_method import PaymentMethod
from .product import DeletedPrice, DeletedProduct, Price, Product
from .quote import Quote
from .subscription import Subscription
from .subscription_schedule import SubscriptionSchedule
from .tax import DeletedTaxId, TaxId, TaxRate
from .test_clock import DeletedTestClock, TestClock

EventObject: TypeAlias = (
    Invoice
    | InvoiceItem
    | Customer
    | CreditNote
    | InvoicePayment
    | TaxRate
    | Coupon
    | Product
    | Price
    | TaxId
    | Subscription
    | TestClock
    | PaymentIntent
    | PromotionCode
    | PaymentMethod
    | Quote
    | SubscriptionSchedule
    | BillingPortalConfiguration
    | BillingPortalSession
    | BillingMeter
    | DeletedInvoice
    | DeletedInvoiceItem
    | DeletedCustomer
    | DeletedCoupon
    | DeletedProduct
    | DeletedPrice
    | DeletedTaxId
    | DeletedTestClock
    | dict[str, Any]
)
"""What `event.data.object` can be: a model for the objects this package knows, else a dict."""

# object tag -> (event type prefix, full model, deletion-stub model or None)
WEBHOOK_OBJECTS: dict[str, tuple[str, Any, Any]] = {
    "invoice": ("invoice.", Invoice, DeletedInvoice),
    "invoiceitem": ("invoiceitem.", InvoiceItem, DeletedInvoiceItem),
    "customer": ("customer.", Customer, DeletedCustomer),
    "credit_note": ("credit_note.", CreditNote, None),
    "invoice_payment": ("invoice_payment.", InvoicePayment, None),
    "tax_rate": ("tax_rate.", TaxRate, None),
    "coupon": ("coupon.", Coupon, DeletedCoupon),
    "product": ("product.", Product, DeletedProduct),
    "price": ("price.", Price, DeletedPrice),
    "tax_id": ("customer.tax_id.", TaxId, DeletedTaxId),
    "subscription": ("customer.subscription.", Subscription, None),
    "test_helpers.test_clock": ("test_helpers.test_clock.", TestClock, DeletedTestClock),
    "payment_intent": ("payment_intent.", PaymentIntent, None),
    "promotion_code": ("promotion_code.", PromotionCode, None),
    "payment_method": ("payment_method.", PaymentMethod, None),
    "quote": ("quote.", Quote, None),
    "subscription_schedule": ("subscription_schedule.", SubscriptionSchedule, None),
    "billing_portal.configuration": (
        "billing_portal.configuration.",
        BillingPortalConfiguration,
        None,
    ),
    "billing_portal.session": ("billing_portal.session.", BillingPortalSession, None),
    "billing.meter": ("billing.meter.", BillingMeter, None),
}

__all__ = ["WEBHOOK_OBJECTS", "EventObject"]
