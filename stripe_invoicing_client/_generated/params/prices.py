"""Request parameters of prices, as TypedDicts (generated; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypedDict

if TYPE_CHECKING:
    from collections.abc import Mapping
    from decimal import Decimal

    from typing_extensions import Required

    from ._shared import (
        DefaultPriceDataCurrencyOptions,
        DefaultPriceDataCurrencyOptionsCustomUnitAmount,
        DefaultPriceDataCurrencyOptionsTier,
        RangeQuerySpecs,
        TaxDetailsParam,
    )

from ._shared import ExpandParams, SearchParams


class Recurring(TypedDict, total=False):
    interval: Literal["day", "month", "week", "year"]
    meter: str
    usage_type: Literal["licensed", "metered"]


class ProductData(TypedDict, total=False):
    active: bool
    id: str
    metadata: Mapping[str, str]
    name: Required[str]
    statement_descriptor: str
    tax_code: str
    tax_details: TaxDetailsParam
    unit_label: str


class RecurringParam(TypedDict, total=False):
    interval: Required[Literal["day", "month", "week", "year"]]
    interval_count: int
    meter: str
    trial_period_days: int
    usage_type: Literal["licensed", "metered"]


class TransformQuantity(TypedDict, total=False):
    divide_by: Required[int]
    round: Required[Literal["down", "up"]]


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
PriceSearchParams = SearchParams
PriceRetrieveParams = ExpandParams

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
