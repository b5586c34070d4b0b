"""Typed search queries, a class per searchable resource (generated; do not edit).

Each attribute is a field Stripe's search accepts for the resource, with the
operators its type allows; see `stripe_invoicing_client._core.search_query`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from .._core.search_query import (
    BooleanField,
    EnumField,
    MetadataField,
    NumberField,
    StringField,
    TimestampField,
    TokenField,
)

if TYPE_CHECKING:
    from .models import (
        ApiErrorsCode,
        ApiErrorsType,
        InvoiceStatus,
        PaymentIntentStatus,
        PriceType,
        SubscriptionStatus,
    )


class InvoiceSearch:
    """The searchable fields of invoices, for `invoices.search`."""

    created: Final[TimestampField[InvoiceSearch]] = TimestampField("created", "invoices")
    """eq, ne, gt, gte, lt, lte (an int or an aware datetime)"""
    currency: Final[TokenField[InvoiceSearch]] = TokenField("currency", "invoices")
    """eq (exact, any case), ne"""
    customer: Final[TokenField[InvoiceSearch]] = TokenField("customer", "invoices")
    """eq (exact, any case), ne"""
    last_finalization_error_code: Final[EnumField[InvoiceSearch, ApiErrorsCode]] = EnumField(
        "last_finalization_error_code", "invoices"
    )
    """one of ApiErrorsCode: eq, ne"""
    last_finalization_error_type: Final[EnumField[InvoiceSearch, ApiErrorsType]] = EnumField(
        "last_finalization_error_type", "invoices"
    )
    """one of ApiErrorsType: eq, ne"""
    metadata: Final[MetadataField[InvoiceSearch]] = MetadataField("invoices")
    """metadata["key"]: exact match, or is_null / is_not_null for the key"""
    number: Final[StringField[InvoiceSearch]] = StringField("number", "invoices")
    """eq (the words in order, any case), ne, contains (~, 3+ characters)"""
    receipt_number: Final[StringField[InvoiceSearch]] = StringField("receipt_number", "invoices")
    """eq (the words in order, any case), ne, contains (~, 3+ characters)"""
    status: Final[EnumField[InvoiceSearch, InvoiceStatus]] = EnumField("status", "invoices")
    """one of InvoiceStatus: eq, ne"""
    subscription: Final[StringField[InvoiceSearch]] = StringField("subscription", "invoices")
    """eq (the words in order, any case), ne, contains (~, 3+ characters)"""
    total: Final[NumberField[InvoiceSearch]] = NumberField("total", "invoices")
    """eq, ne, gt, gte, lt, lte"""


class CustomerSearch:
    """The searchable fields of customers, for `customers.search`."""

    created: Final[TimestampField[CustomerSearch]] = TimestampField("created", "customers")
    """eq, ne, gt, gte, lt, lte (an int or an aware datetime)"""
    email: Final[StringField[CustomerSearch]] = StringField("email", "customers")
    """eq (the words in order, any case), ne, contains (~, 3+ characters)"""
    metadata: Final[MetadataField[CustomerSearch]] = MetadataField("customers")
    """metadata["key"]: exact match, or is_null / is_not_null for the key"""
    name: Final[StringField[CustomerSearch]] = StringField("name", "customers")
    """eq (the words in order, any case), ne, contains (~, 3+ characters)"""
    phone: Final[StringField[CustomerSearch]] = StringField("phone", "customers")
    """eq (the words in order, any case), ne, contains (~, 3+ characters)"""


class ProductSearch:
    """The searchable fields of products, for `products.search`."""

    active: Final[BooleanField[ProductSearch]] = BooleanField("active", "products")
    """eq, ne (True or False)"""
    description: Final[StringField[ProductSearch]] = StringField("description", "products")
    """eq (the words in order, any case), ne, contains (~, 3+ characters)"""
    metadata: Final[MetadataField[ProductSearch]] = MetadataField("products")
    """metadata["key"]: exact match, or is_null / is_not_null for the key"""
    name: Final[StringField[ProductSearch]] = StringField("name", "products")
    """eq (the words in order, any case), ne, contains (~, 3+ characters)"""
    shippable: Final[BooleanField[ProductSearch]] = BooleanField("shippable", "products")
    """eq, ne (True or False)"""
    url: Final[StringField[ProductSearch]] = StringField("url", "products")
    """eq (the words in order, any case), ne, contains (~, 3+ characters)"""


class PriceSearch:
    """The searchable fields of prices, for `prices.search`."""

    active: Final[BooleanField[PriceSearch]] = BooleanField("active", "prices")
    """eq, ne (True or False)"""
    currency: Final[TokenField[PriceSearch]] = TokenField("currency", "prices")
    """eq (exact, any case), ne"""
    lookup_key: Final[StringField[PriceSearch]] = StringField("lookup_key", "prices")
    """eq (the words in order, any case), ne, contains (~, 3+ characters)"""
    metadata: Final[MetadataField[PriceSearch]] = MetadataField("prices")
    """metadata["key"]: exact match, or is_null / is_not_null for the key"""
    product: Final[StringField[PriceSearch]] = StringField("product", "prices")
    """eq (the words in order, any case), ne, contains (~, 3+ characters)"""
    type: Final[EnumField[PriceSearch, PriceType]] = EnumField("type", "prices")
    """one of PriceType: eq, ne"""


class SubscriptionSearch:
    """The searchable fields of subscriptions, for `subscriptions.search`."""

    canceled_at: Final[TimestampField[SubscriptionSearch]] = TimestampField(
        "canceled_at", "subscriptions"
    )
    """eq, ne, gt, gte, lt, lte (an int or an aware datetime)"""
    created: Final[TimestampField[SubscriptionSearch]] = TimestampField("created", "subscriptions")
    """eq, ne, gt, gte, lt, lte (an int or an aware datetime)"""
    metadata: Final[MetadataField[SubscriptionSearch]] = MetadataField("subscriptions")
    """metadata["key"]: exact match, or is_null / is_not_null for the key"""
    status: Final[EnumField[SubscriptionSearch, SubscriptionStatus]] = EnumField(
        "status", "subscriptions"
    )
    """one of SubscriptionStatus: eq, ne"""


class PaymentIntentSearch:
    """The searchable fields of payment_intents, for `payment_intents.search`."""

    amount: Final[NumberField[PaymentIntentSearch]] = NumberField("amount", "payment_intents")
    """eq, ne, gt, gte, lt, lte"""
    created: Final[TimestampField[PaymentIntentSearch]] = TimestampField(
        "created", "payment_intents"
    )
    """eq, ne, gt, gte, lt, lte (an int or an aware datetime)"""
    currency: Final[TokenField[PaymentIntentSearch]] = TokenField("currency", "payment_intents")
    """eq (exact, any case), ne"""
    customer: Final[TokenField[PaymentIntentSearch]] = TokenField("customer", "payment_intents")
    """eq (exact, any case), ne"""
    metadata: Final[MetadataField[PaymentIntentSearch]] = MetadataField("payment_intents")
    """metadata["key"]: exact match, or is_null / is_not_null for the key"""
    status: Final[EnumField[PaymentIntentSearch, PaymentIntentStatus]] = EnumField(
        "status", "payment_intents"
    )
    """one of PaymentIntentStatus: eq, ne"""


__all__ = [
    "InvoiceSearch",
    "CustomerSearch",
    "ProductSearch",
    "PriceSearch",
    "SubscriptionSearch",
    "PaymentIntentSearch",
]
