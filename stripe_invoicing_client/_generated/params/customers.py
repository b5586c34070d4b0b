"""Request parameters of customers, as TypedDicts (generated; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypedDict

from ..._core.key_docs import document_keys

if TYPE_CHECKING:
    from collections.abc import Mapping

    from typing_extensions import Required

    from ..._core.search_query import SearchQuery
    from ..search import CustomerSearch
    from ._shared import (
        CustomFieldParams,
        RangeQuerySpecs,
        RegisteredAddressParam,
        ShippingParam,
        TaxIdParam,
    )

from ._shared import ExpandParams, NoParams


class CustomerCreateSettingsParam(TypedDict, total=False):
    reconciliation_mode: Literal["automatic", "manual", "merchant_default"]
    """How incoming funds are matched to open invoices: automatic, manual or the account's default."""


class CashBalanceParam(TypedDict, total=False):
    settings: CustomerCreateSettingsParam
    """Settings of the customer's cash balance."""


class RenderingOptionsParam(TypedDict, total=False):
    amount_tax_display: Literal["exclude_tax", "include_inclusive_tax"] | Literal[""]
    """Whether amounts on the invoice PDF exclude tax or include inclusive tax."""
    template: str
    """Id of the invoice rendering template to use."""


class CustomerParam(TypedDict, total=False):
    custom_fields: list[CustomFieldParams] | Literal[""]
    """Up to 4 label and value pairs shown on the invoices; an empty string removes them."""
    default_payment_method: str
    """Id of the payment method invoices are charged to by default."""
    footer: str
    """Footer text shown on the invoices; an empty string removes it."""
    rendering_options: RenderingOptionsParam | Literal[""]
    """How the invoices are rendered; an empty string removes the settings."""


class CustomerCreateTaxParam(TypedDict, total=False):
    ip_address: str | Literal[""]
    """IP address the customer's tax location is found from; an empty string removes it."""
    validate_location: Literal["deferred", "immediately"]
    """When Stripe checks that the customer's tax location is valid: immediately, deferred or auto."""


class CustomerUpdateTaxParam(TypedDict, total=False):
    ip_address: str | Literal[""]
    """IP address the customer's tax location is found from; an empty string removes it."""
    validate_location: Literal["auto", "deferred", "immediately"]
    """When Stripe checks that the customer's tax location is valid: immediately, deferred or auto."""


class CustomerListParams(TypedDict, total=False):
    """Parameters of `customers.list` (GetCustomers)."""

    created: RangeQuerySpecs | int
    """Only objects created at this Unix timestamp in seconds, or within a range given as gt, gte, lt and lte bounds."""
    email: str
    """Only customers whose email is exactly this (case-sensitive)."""
    ending_before: str
    """Object id to page backwards from: the page ends with the object listed right before it."""
    expand: list[str]
    """Dotted paths of fields to return as full objects instead of ids."""
    limit: int
    """How many objects to return on one page, from 1 to 100; 10 when omitted."""
    starting_after: str
    """Object id to page forwards from: the page begins with the object listed right after it."""
    test_clock: str
    """Only customers attached to this test clock."""


class CustomerCreateParams(TypedDict, total=False):
    """Parameters of `customers.create` (PostCustomers)."""

    address: RegisteredAddressParam | Literal[""]
    """Billing address of the customer; an empty string removes it."""
    balance: int
    """Amount in the smallest currency unit added to the next invoices (positive) or credited against them (negative)."""
    business_name: str | Literal[""]
    """Name of the business, when the customer is one; an empty string removes it."""
    cash_balance: CashBalanceParam
    """Settings of the customer's cash balance, such as how incoming transfers are reconciled."""
    description: str
    """Free-text note about the customer, shown in the Dashboard."""
    email: str
    """Email address of the customer; invoices and receipts are sent to it."""
    expand: list[str]
    """Dotted paths of fields to return as full objects instead of ids."""
    individual_name: str | Literal[""]
    """Name of the person, when the customer is an individual; an empty string removes it."""
    invoice_prefix: str
    """Prefix of the customer's invoice numbers: 3 to 12 uppercase letters or digits."""
    invoice_settings: CustomerParam
    """Defaults for the customer's invoices: custom fields, default payment method, footer and rendering."""
    metadata: Mapping[str, str] | Literal[""]
    """Your own key-value pairs to store on the object; an empty string removes all of them."""
    name: str
    """Full name of the customer, or the business name."""
    next_invoice_sequence: int
    """Sequence number that the customer's next invoice number will carry."""
    payment_method: str
    """Id of a payment method to attach to the new customer."""
    phone: str
    """Phone number of the customer."""
    preferred_locales: list[str]
    """Locale codes the customer prefers, most preferred first; used for emails and PDFs."""
    shipping: ShippingParam | Literal[""]
    """Name, address and phone for shipping to the customer; an empty string removes them."""
    source: str
    """Token of a card or bank account to save as the customer's default legacy source."""
    tax: CustomerCreateTaxParam
    """The customer's IP address used to locate them for tax, and when that location is checked."""
    tax_exempt: Literal["exempt", "none", "reverse"] | Literal[""]
    """Tax status: `none`, `exempt`, or `reverse` for reverse charge; an empty string resets it."""
    tax_id_data: list[TaxIdParam]
    """Tax ids to create for the new customer, each with its type and value."""
    test_clock: str
    """Id of a test clock to attach the customer to (test mode only)."""
    validate: bool
    """Whether the card or bank account given as `source` is checked when it is saved."""


class CustomerSearchParams(TypedDict, total=False):
    """Parameters of `customers.search` (GetCustomersSearch)."""

    expand: list[str]
    """Dotted paths of fields to return as full objects instead of ids."""
    limit: int
    """How many objects to return on one page, from 1 to 100; 10 when omitted."""
    page: str
    """Cursor from the `next_page` of the previous search result; leave out for the first page."""
    query: Required[str | SearchQuery[CustomerSearch]]
    """Search query in Stripe's search language, such as `email:'jane@example.com'`, on created, email, metadata, name and phone; or a query built with `CustomerSearch`."""


class CustomerUpdateParams(TypedDict, total=False):
    """Parameters of `customers.update` (PostCustomersCustomer)."""

    address: RegisteredAddressParam | Literal[""]
    """Billing address of the customer; an empty string removes it."""
    balance: int
    """Amount in the smallest currency unit added to the next invoices (positive) or credited against them (negative)."""
    business_name: str | Literal[""]
    """Name of the business, when the customer is one; an empty string removes it."""
    cash_balance: CashBalanceParam
    """Settings of the customer's cash balance, such as how incoming transfers are reconciled."""
    default_source: str
    """Id of the legacy source to charge by default."""
    description: str
    """Free-text note about the customer, shown in the Dashboard."""
    email: str
    """Email address of the customer; invoices and receipts are sent to it."""
    expand: list[str]
    """Dotted paths of fields to return as full objects instead of ids."""
    individual_name: str | Literal[""]
    """Name of the person, when the customer is an individual; an empty string removes it."""
    invoice_prefix: str
    """Prefix of the customer's invoice numbers: 3 to 12 uppercase letters or digits."""
    invoice_settings: CustomerParam
    """Defaults for the customer's invoices: custom fields, default payment method, footer and rendering."""
    metadata: Mapping[str, str] | Literal[""]
    """Your own key-value pairs to store on the object; an empty string removes all of them."""
    name: str
    """Full name of the customer, or the business name."""
    next_invoice_sequence: int
    """Sequence number that the customer's next invoice number will carry."""
    phone: str
    """Phone number of the customer."""
    preferred_locales: list[str]
    """Locale codes the customer prefers, most preferred first; used for emails and PDFs."""
    shipping: ShippingParam | Literal[""]
    """Name, address and phone for shipping to the customer; an empty string removes them."""
    source: str
    """Token of a card or bank account to save as the customer's default legacy source."""
    tax: CustomerUpdateTaxParam
    """The customer's IP address used to locate them for tax, and when that location is checked."""
    tax_exempt: Literal["exempt", "none", "reverse"] | Literal[""]
    """Tax status: `none`, `exempt`, or `reverse` for reverse charge; an empty string resets it."""
    validate: bool
    """Whether the card or bank account given as `source` is checked when it is saved."""


# Operations whose parameters have the shape of another's.
CustomerRetrieveParams = ExpandParams
CustomerDeleteParams = NoParams
CustomerDeleteDiscountParams = NoParams

document_keys(__name__)

__all__ = [
    "CashBalanceParam",
    "CustomerCreateParams",
    "CustomerCreateSettingsParam",
    "CustomerCreateTaxParam",
    "CustomerDeleteDiscountParams",
    "CustomerDeleteParams",
    "CustomerListParams",
    "CustomerParam",
    "CustomerRetrieveParams",
    "CustomerSearchParams",
    "CustomerUpdateParams",
    "CustomerUpdateTaxParam",
    "RenderingOptionsParam",
]
