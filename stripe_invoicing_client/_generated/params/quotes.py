"""Request parameters of quotes, as TypedDicts (generated; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypedDict

from ..._core.key_docs import document_keys

if TYPE_CHECKING:
    from collections.abc import Mapping
    from decimal import Decimal

    from typing_extensions import Required

    from ._shared import (
        AutomaticTaxParam,
        BillingModeParam,
        CustomFieldParams,
        DiscountsDataParam,
        DurationParam,
        LiabilityParam,
    )

from ._shared import ExpandParams, ListParams


class FromQuote(TypedDict, total=False):
    is_revision: bool
    """Whether the new quote revises the old one rather than copying it."""
    quote: Required[str]
    """Id of the quote to copy or revise."""


class QuoteCreateInvoiceSettingsParam(TypedDict, total=False):
    custom_fields: list[CustomFieldParams] | Literal[""]
    """Up to 4 label and value pairs shown on the invoices; an empty string removes them."""
    days_until_due: int
    """Days after the invoice is finalized until it is due, for invoices sent to the customer."""
    description: str | Literal[""]
    """Description put on each invoice; an empty string removes it."""
    footer: str | Literal[""]
    """Footer text shown on the invoices; an empty string removes it."""
    issuer: LiabilityParam
    """Account that issues the invoices: your own or a connected account."""


class LineItemPriceData(TypedDict, total=False):
    currency: Required[str]
    """Three-letter ISO code of the price's currency, in lowercase."""
    product: Required[str]
    """Id of the product the inline price is for."""
    recurring: DurationParam
    """How often the inline price bills."""
    tax_behavior: Literal["exclusive", "inclusive", "unspecified"]
    """Whether the amount includes tax (inclusive), excludes it (exclusive) or leaves it unspecified."""
    unit_amount: int
    """Price of one unit in the smallest currency unit (cents for USD)."""
    unit_amount_decimal: Decimal | str
    """Price of one unit in the smallest currency unit as a decimal string with up to 12 places, instead of `unit_amount`."""


class LineItem(TypedDict, total=False):
    discounts: list[DiscountsDataParam] | Literal[""]
    """Discounts to apply, each a coupon, an existing discount or a promotion code."""
    price: str
    """Id of the price to use."""
    price_data: LineItemPriceData
    """A price given inline, created for this use only, instead of a `price` id."""
    quantity: int
    """Number of units."""
    tax_rates: list[str] | Literal[""]
    """Ids of the tax rates to apply; an empty string removes them."""


class SubscriptionData(TypedDict, total=False):
    billing_mode: BillingModeParam
    """Billing mode of the subscription: classic or flexible."""
    description: str
    """Text for the subscription the quote makes, shown to the customer."""
    effective_date: int | Literal["current_period_end"] | Literal[""]
    """When the subscription the quote makes starts."""
    metadata: Mapping[str, str]
    """Your own key-value pairs to store on this object."""
    trial_period_days: int | Literal[""]
    """Days of free trial the subscription the quote makes begins with."""


class TransferData(TypedDict, total=False):
    amount: int
    """Amount transferred to the destination account, in the smallest currency unit."""
    amount_percent: float
    """Percentage of the invoice amount transferred to the destination account."""
    destination: Required[str]
    """Id of the connected account the funds are transferred to."""


class LineItemsParam(TypedDict, total=False):
    discounts: list[DiscountsDataParam] | Literal[""]
    """Discounts to apply, each a coupon, an existing discount or a promotion code."""
    id: str
    """Id of an existing line of the quote, to keep or change it."""
    price: str
    """Id of the price to use."""
    price_data: LineItemPriceData
    """A price given inline, created for this use only, instead of a `price` id."""
    quantity: int
    """Number of units."""
    tax_rates: list[str] | Literal[""]
    """Ids of the tax rates to apply; an empty string removes them."""


class SubscriptionDataParam(TypedDict, total=False):
    description: str | Literal[""]
    """Text for the subscription the quote makes, shown to the customer."""
    effective_date: int | Literal["current_period_end"] | Literal[""]
    """When the subscription the quote makes starts."""
    metadata: Mapping[str, str]
    """Your own key-value pairs to store on this object."""
    trial_period_days: int | Literal[""]
    """Days of free trial the subscription the quote makes begins with."""


class QuoteListParams(TypedDict, total=False):
    """Parameters of `quotes.list` (GetQuotes)."""

    customer: str
    """Only quotes for this customer id."""
    customer_account: str
    """Only quotes for this account, as a customer."""
    ending_before: str
    """Object id to page backwards from: the page ends with the object listed right before it."""
    expand: list[str]
    """Dotted paths of fields to return as full objects instead of ids."""
    limit: int
    """How many objects to return on one page, from 1 to 100; 10 when omitted."""
    starting_after: str
    """Object id to page forwards from: the page begins with the object listed right after it."""
    status: Literal["accepted", "canceled", "draft", "open"]
    """Only quotes in this status."""
    test_clock: str
    """Only quotes whose customer follows this test clock id."""


class QuoteCreateParams(TypedDict, total=False):
    """Parameters of `quotes.create` (PostQuotes)."""

    application_fee_amount: int | Literal[""]
    """Fee the platform's application takes from the invoices the quote makes."""
    application_fee_percent: float | Literal[""]
    """Percentage of the subscription's invoices the platform's application takes."""
    automatic_tax: AutomaticTaxParam
    """Whether Stripe Tax computes the quote's taxes."""
    collection_method: Literal["charge_automatically", "send_invoice"]
    """How the resulting invoices are paid: charged automatically, or sent to be paid."""
    customer: str
    """Id of the customer the quote is for."""
    customer_account: str
    """Id of the account, as a customer, the quote is for."""
    default_tax_rates: list[str] | Literal[""]
    """Tax rate ids applied to every line that sets none of its own."""
    description: str | Literal[""]
    """Text shown on the quote's PDF above its lines."""
    discounts: list[DiscountsDataParam] | Literal[""]
    """Coupons, discounts or promotion codes applied to the whole quote."""
    expand: list[str]
    """Dotted paths of fields to return as full objects instead of ids."""
    expires_at: int
    """When the quote expires once finalized, as a Unix timestamp in seconds."""
    footer: str | Literal[""]
    """Text shown at the bottom of the quote's PDF."""
    from_quote: FromQuote
    """The quote to clone or revise."""
    header: str | Literal[""]
    """Title shown at the top of the quote's PDF."""
    invoice_settings: QuoteCreateInvoiceSettingsParam
    """Settings for the invoices the quote makes, such as days until due."""
    line_items: list[LineItem]
    """The quote's lines: prices (or inline price data) and quantities."""
    metadata: Mapping[str, str]
    """Key-value pairs to store with the object; an empty value removes a key."""
    on_behalf_of: str | Literal[""]
    """Id of the connected account the quote is made for."""
    subscription_data: SubscriptionData
    """Settings for the subscription the quote makes, such as trial days."""
    test_clock: str
    """Id of the test clock the quote follows."""
    transfer_data: TransferData | Literal[""]
    """Where the funds of the resulting invoices go, for Connect destination charges."""


class QuoteUpdateParams(TypedDict, total=False):
    """Parameters of `quotes.update` (PostQuotesQuote)."""

    application_fee_amount: int | Literal[""]
    """Fee the platform's application takes from the invoices the quote makes."""
    application_fee_percent: float | Literal[""]
    """Percentage of the subscription's invoices the platform's application takes."""
    automatic_tax: AutomaticTaxParam
    """Whether Stripe Tax computes the quote's taxes."""
    collection_method: Literal["charge_automatically", "send_invoice"]
    """How the resulting invoices are paid: charged automatically, or sent to be paid."""
    customer: str
    """Id of the customer the quote is for."""
    customer_account: str
    """Id of the account, as a customer, the quote is for."""
    default_tax_rates: list[str] | Literal[""]
    """Tax rate ids applied to every line that sets none of its own."""
    description: str | Literal[""]
    """Text shown on the quote's PDF above its lines."""
    discounts: list[DiscountsDataParam] | Literal[""]
    """Coupons, discounts or promotion codes applied to the whole quote."""
    expand: list[str]
    """Dotted paths of fields to return as full objects instead of ids."""
    expires_at: int
    """When the quote expires once finalized, as a Unix timestamp in seconds."""
    footer: str | Literal[""]
    """Text shown at the bottom of the quote's PDF."""
    header: str | Literal[""]
    """Title shown at the top of the quote's PDF."""
    invoice_settings: QuoteCreateInvoiceSettingsParam
    """Settings for the invoices the quote makes, such as days until due."""
    line_items: list[LineItemsParam]
    """The quote's lines: prices (or inline price data) and quantities."""
    metadata: Mapping[str, str]
    """Key-value pairs to store with the object; an empty value removes a key."""
    on_behalf_of: str | Literal[""]
    """Id of the connected account the quote is made for."""
    subscription_data: SubscriptionDataParam
    """Settings for the subscription the quote makes, such as trial days."""
    transfer_data: TransferData | Literal[""]
    """Where the funds of the resulting invoices go, for Connect destination charges."""


class QuoteFinalizeParams(TypedDict, total=False):
    """Parameters of `quotes.finalize` (PostQuotesQuoteFinalize)."""

    expand: list[str]
    """Dotted paths of fields to return as full objects instead of ids."""
    expires_at: int
    """When the finalized quote expires, as a Unix timestamp in seconds."""


# Operations whose parameters have the shape of another's.
QuoteRetrieveParams = ExpandParams
QuoteAcceptParams = ExpandParams
QuoteCancelParams = ExpandParams
QuoteListLineItemsParams = ListParams
QuotePdfParams = ExpandParams
QuoteListComputedUpfrontLineItemsParams = ListParams

document_keys(__name__)

__all__ = [
    "FromQuote",
    "LineItem",
    "LineItemPriceData",
    "LineItemsParam",
    "QuoteAcceptParams",
    "QuoteCancelParams",
    "QuoteCreateInvoiceSettingsParam",
    "QuoteCreateParams",
    "QuoteFinalizeParams",
    "QuoteListComputedUpfrontLineItemsParams",
    "QuoteListLineItemsParams",
    "QuoteListParams",
    "QuotePdfParams",
    "QuoteRetrieveParams",
    "QuoteUpdateParams",
    "SubscriptionData",
    "SubscriptionDataParam",
    "TransferData",
]
