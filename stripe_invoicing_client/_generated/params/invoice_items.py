"""Request parameters of invoice_items, as TypedDicts (generated; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypedDict

from ..._core.key_docs import document_keys

if TYPE_CHECKING:
    from collections.abc import Mapping
    from decimal import Decimal

    from ._shared import (
        DiscountsDataParam,
        PeriodParam,
        PriceDataParam,
        PricingParam,
        RangeQuerySpecs,
    )

from ._shared import ExpandParams, NoParams


class InvoiceItemListParams(TypedDict, total=False):
    """Parameters of `invoice_items.list` (GetInvoiceitems)."""

    created: RangeQuerySpecs | int
    """Only objects created at this Unix timestamp in seconds, or within a range given as gt, gte, lt and lte bounds."""
    customer: str
    """Only invoice items billed to this customer id."""
    customer_account: str
    """Only invoice items billed to the customer that this Account id represents."""
    ending_before: str
    """Object id to page backwards from: the page ends with the object listed right before it."""
    expand: list[str]
    """Dotted paths of fields to return as full objects instead of ids."""
    invoice: str
    """Only invoice items on this invoice."""
    limit: int
    """How many objects to return on one page, from 1 to 100; 10 when omitted."""
    pending: bool
    """True for only items not yet on an invoice, false for only items on one; both when omitted."""
    starting_after: str
    """Object id to page forwards from: the page begins with the object listed right after it."""


class InvoiceItemCreateParams(TypedDict, total=False):
    """Parameters of `invoice_items.create` (PostInvoiceitems)."""

    amount: int
    """Total amount of the item in the smallest currency unit; negative for a credit."""
    currency: str
    """Three-letter lowercase ISO currency code of the item."""
    customer: str
    """Id of the customer the item is billed to."""
    customer_account: str
    """Id of the Account object that represents the billed customer, used instead of `customer`."""
    description: str
    """Text describing the item, shown on the invoice."""
    discountable: bool
    """Whether invoice-level discounts reduce this item; false by default for negative amounts."""
    discounts: list[DiscountsDataParam] | Literal[""]
    """Coupons, existing discounts or promotion codes for this item only; an empty string removes them."""
    expand: list[str]
    """Dotted paths of fields to return as full objects instead of ids."""
    invoice: str
    """Id of a draft invoice to put the item on; without it the item waits, pending, for the customer's next invoice."""
    metadata: Mapping[str, str] | Literal[""]
    """Your own key-value pairs to store on the object; an empty string removes all of them."""
    period: PeriodParam
    """Service period the item covers, as start and end Unix timestamps in seconds."""
    price_data: PriceDataParam
    """A price given inline (currency, product, unit amount, tax behavior) instead of a price id."""
    pricing: PricingParam
    """The id of an existing price to bill the item at."""
    quantity: int
    """Number of units; 1 when omitted."""
    quantity_decimal: Decimal | str
    """Number of units as a decimal string with at most 12 decimal places; use it or `quantity`, not both."""
    subscription: str
    """Id of a subscription whose next invoice the pending item is to go on."""
    tax_behavior: Literal["exclusive", "inclusive", "unspecified"]
    """Whether the amount already includes tax (`inclusive`), excludes it (`exclusive`) or is left `unspecified`."""
    tax_code: str | Literal[""]
    """Stripe Tax product tax code for the item; an empty string removes it."""
    tax_rates: list[str]
    """Ids of tax rates for this item, replacing the invoice's default ones."""
    unit_amount_decimal: Decimal | str
    """Price of one unit in the smallest currency unit as a decimal string with at most 12 decimal places."""


class InvoiceItemUpdateParams(TypedDict, total=False):
    """Parameters of `invoice_items.update` (PostInvoiceitemsInvoiceitem)."""

    amount: int
    """Total amount of the item in the smallest currency unit; negative for a credit."""
    description: str
    """Text describing the item, shown on the invoice."""
    discountable: bool
    """Whether invoice-level discounts reduce this item; false by default for negative amounts."""
    discounts: list[DiscountsDataParam] | Literal[""]
    """Coupons, existing discounts or promotion codes for this item only; an empty string removes them."""
    expand: list[str]
    """Dotted paths of fields to return as full objects instead of ids."""
    invoicing_rules: Literal[""]
    """Only an empty string is accepted: it removes the item's invoicing rules."""
    metadata: Mapping[str, str] | Literal[""]
    """Your own key-value pairs to store on the object; an empty string removes all of them."""
    period: PeriodParam
    """Service period the item covers, as start and end Unix timestamps in seconds."""
    price_data: PriceDataParam
    """A price given inline (currency, product, unit amount, tax behavior) instead of a price id."""
    pricing: PricingParam
    """The id of an existing price to bill the item at."""
    quantity: int
    """Number of units; 1 when omitted."""
    quantity_decimal: Decimal | str
    """Number of units as a decimal string with at most 12 decimal places; use it or `quantity`, not both."""
    tax_behavior: Literal["exclusive", "inclusive", "unspecified"]
    """Whether the amount already includes tax (`inclusive`), excludes it (`exclusive`) or is left `unspecified`."""
    tax_code: str | Literal[""]
    """Stripe Tax product tax code for the item; an empty string removes it."""
    tax_rates: list[str] | Literal[""]
    """Ids of tax rates for this item, replacing the invoice's default ones; an empty string removes them."""
    unit_amount_decimal: Decimal | str
    """Price of one unit in the smallest currency unit as a decimal string with at most 12 decimal places."""


# Operations whose parameters have the shape of another's.
InvoiceItemRetrieveParams = ExpandParams
InvoiceItemDeleteParams = NoParams

document_keys(__name__)

__all__ = [
    "InvoiceItemCreateParams",
    "InvoiceItemDeleteParams",
    "InvoiceItemListParams",
    "InvoiceItemRetrieveParams",
    "InvoiceItemUpdateParams",
]
