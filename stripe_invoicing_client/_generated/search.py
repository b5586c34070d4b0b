"""Typed search queries, a class per searchable resource (generated; do not edit).

Each attribute is a field Stripe's search accepts for the resource, with the
operators its type allows; see `stripe_invoicing_client._search_query`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from .._search_query import (
    EnumField,
    MetadataField,
    NumberField,
    StringField,
    TimestampField,
    TokenField,
)

if TYPE_CHECKING:
    from .models import ApiErrorsCode, ApiErrorsType, InvoiceStatus, SubscriptionStatus


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


class SubscriptionSearch:
    """The searchable fields of subscriptions, for `subscriptions.search`."""

    created: Final[TimestampField[SubscriptionSearch]] = TimestampField("created", "subscriptions")
    """eq, ne, gt, gte, lt, lte (an int or an aware datetime)"""
    metadata: Final[MetadataField[SubscriptionSearch]] = MetadataField("subscriptions")
    """metadata["key"]: exact match, or is_null / is_not_null for the key"""
    status: Final[EnumField[SubscriptionSearch, SubscriptionStatus]] = EnumField(
        "status", "subscriptions"
    )
    """one of SubscriptionStatus: eq, ne"""


__all__ = ["InvoiceSearch", "CustomerSearch", "SubscriptionSearch"]
