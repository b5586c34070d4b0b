"""Request parameters of prices, as TypedDicts (generated; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypedDict

from ..._core.key_docs import document_keys

if TYPE_CHECKING:
    from collections.abc import Mapping
    from decimal import Decimal

    from typing_extensions import Required

    from ..._core.search_query import SearchQuery
    from ..search import PriceSearch
    from ._shared import (
        DefaultPriceDataCurrencyOptions,
        DefaultPriceDataCurrencyOptionsCustomUnitAmount,
        DefaultPriceDataCurrencyOptionsTier,
        RangeQuerySpecs,
        TaxDetailsParam,
    )

from ._shared import ExpandParams


class Recurring(TypedDict, total=False):
    interval: Literal["day", "month", "week", "year"]
    """Unit of the interval: day, week, month or year."""
    meter: str
    """Id of the meter whose usage the price bills."""
    usage_type: Literal["licensed", "metered"]
    """Whether the customer pays for a set quantity (licensed) or for measured usage (metered)."""


class ProductData(TypedDict, total=False):
    active: bool
    """Whether the new product can be bought."""
    id: str
    """Id to give the new product; Stripe makes one when omitted."""
    metadata: Mapping[str, str]
    """Your own key-value pairs to store on this object."""
    name: Required[str]
    """Name of the new product, shown to customers."""
    statement_descriptor: str
    """Text shown on customers' card statements for the new product."""
    tax_code: str
    """Tax code of the new product, such as `txcd_10000000`."""
    tax_details: TaxDetailsParam
    """Tax settings of the new product."""
    unit_label: str
    """Label of one unit of the new product on receipts and invoices, such as seat."""


class RecurringParam(TypedDict, total=False):
    interval: Required[Literal["day", "month", "week", "year"]]
    """Unit of the interval: day, week, month or year."""
    interval_count: int
    """How many intervals make one period (3 with month is a quarter)."""
    meter: str
    """Id of the meter whose usage the price bills."""
    trial_period_days: int
    """Days of free trial for subscriptions created with this price."""
    usage_type: Literal["licensed", "metered"]
    """Whether the customer pays for a set quantity (licensed) or for measured usage (metered)."""


class TransformQuantity(TypedDict, total=False):
    divide_by: Required[int]
    """Number the quantity is divided by before the price applies."""
    round: Required[Literal["down", "up"]]
    """Whether the divided quantity is rounded up or down."""


class PriceListParams(TypedDict, total=False):
    """Parameters of `prices.list` (GetPrices)."""

    active: bool
    """Only active prices (true) or only archived ones (false)."""
    created: RangeQuerySpecs | int
    """Only objects created at this Unix timestamp in seconds, or within a range given as gt, gte, lt and lte bounds."""
    currency: str
    """Only prices in this three-letter currency code."""
    ending_before: str
    """Object id to page backwards from: the page ends with the object listed right before it."""
    expand: list[str]
    """Dotted paths of fields to return as full objects instead of ids."""
    limit: int
    """How many objects to return on one page, from 1 to 100; 10 when omitted."""
    lookup_keys: list[str]
    """Only prices with one of these lookup keys."""
    product: str
    """Only prices of this product id."""
    recurring: Recurring
    """Only recurring prices with this interval, meter or usage type."""
    starting_after: str
    """Object id to page forwards from: the page begins with the object listed right after it."""
    type: Literal["one_time", "recurring"]
    """Only one-off (`one_time`) or only recurring prices."""


class PriceCreateParams(TypedDict, total=False):
    """Parameters of `prices.create` (PostPrices)."""

    active: bool
    """Whether the price can be used for new purchases."""
    billing_scheme: Literal["per_unit", "tiered"]
    """Whether the amount is per unit (`per_unit`) or taken from `tiers` (`tiered`)."""
    currency: Required[str]
    """Three-letter lowercase ISO currency code of the price."""
    currency_options: Mapping[str, DefaultPriceDataCurrencyOptions]
    """The price's amounts in other currencies, keyed by currency code."""
    custom_unit_amount: DefaultPriceDataCurrencyOptionsCustomUnitAmount
    """Lets the customer choose the amount, within optional bounds."""
    expand: list[str]
    """Dotted paths of fields to return as full objects instead of ids."""
    lookup_key: str
    """Your own key to fetch the price by, unique among active prices."""
    metadata: Mapping[str, str]
    """Your own key-value pairs stored on the object."""
    nickname: str
    """Internal name of the price, not shown to customers."""
    product: str
    """Id of the product this price is for."""
    product_data: ProductData
    """A product to create together with the price."""
    recurring: RecurringParam
    """Billing interval and usage type of a recurring price."""
    tax_behavior: Literal["exclusive", "inclusive", "unspecified"]
    """Whether the price includes tax (`inclusive`), excludes it (`exclusive`) or is not yet set."""
    tiers: list[DefaultPriceDataCurrencyOptionsTier]
    """Amount tiers of a tiered price, each up to a quantity."""
    tiers_mode: Literal["graduated", "volume"]
    """Whether tiers apply to the whole quantity (`volume`) or piece by piece (`graduated`)."""
    transfer_lookup_key: bool
    """Whether to move the lookup key from the price that has it now."""
    transform_quantity: TransformQuantity
    """Divides the quantity by a number before billing, rounding up or down."""
    unit_amount: int
    """Amount per unit in the smallest currency unit."""
    unit_amount_decimal: Decimal | str
    """Amount per unit in the smallest currency unit, with up to twelve decimals."""


class PriceSearchParams(TypedDict, total=False):
    """Parameters of `prices.search` (GetPricesSearch)."""

    expand: list[str]
    """Dotted paths of fields to return as full objects instead of ids."""
    limit: int
    """How many objects to return on one page, from 1 to 100; 10 when omitted."""
    page: str
    """Cursor from the `next_page` of the previous search result; leave out for the first page."""
    query: Required[str | SearchQuery[PriceSearch]]
    """The search query, in Stripe's search language, on active, currency, lookup_key, metadata, product and type; or a query built with `PriceSearch`."""


class PriceUpdateParams(TypedDict, total=False):
    """Parameters of `prices.update` (PostPricesPrice)."""

    active: bool
    """Whether the price can be used for new purchases; false archives it."""
    currency_options: Mapping[str, DefaultPriceDataCurrencyOptions] | Literal[""]
    """The price's amounts in other currencies, keyed by currency code."""
    expand: list[str]
    """Dotted paths of fields to return as full objects instead of ids."""
    lookup_key: str
    """Your own key to fetch the price by, unique among active prices."""
    metadata: Mapping[str, str] | Literal[""]
    """Your own key-value pairs stored on the object."""
    nickname: str
    """Internal name of the price, not shown to customers."""
    tax_behavior: Literal["exclusive", "inclusive", "unspecified"]
    """Whether the price includes tax (`inclusive`), excludes it (`exclusive`) or is not yet set."""
    transfer_lookup_key: bool
    """Whether to move the lookup key from the price that has it now."""


# Operations whose parameters have the shape of another's.
PriceRetrieveParams = ExpandParams

document_keys(__name__)

__all__ = [
    "PriceCreateParams",
    "PriceListParams",
    "PriceRetrieveParams",
    "PriceSearchParams",
    "PriceUpdateParams",
    "ProductData",
    "Recurring",
    "RecurringParam",
    "TransformQuantity",
]
