"""Request parameters of products, as TypedDicts (generated; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypedDict

from ..._core.key_docs import document_keys

if TYPE_CHECKING:
    from collections.abc import Mapping
    from decimal import Decimal

    from typing_extensions import Required

    from ..._core.search_query import SearchQuery
    from ..search import ProductSearch
    from ._shared import (
        DefaultPriceDataCurrencyOptions,
        DefaultPriceDataCurrencyOptionsCustomUnitAmount,
        DurationParam,
        RangeQuerySpecs,
        TaxDetailsParam,
    )

from ._shared import ExpandParams, NoParams


class DefaultPriceData(TypedDict, total=False):
    currency: Required[str]
    """Three-letter ISO code of the default price's currency, in lowercase."""
    currency_options: Mapping[str, DefaultPriceDataCurrencyOptions]
    """Amounts of the default price in other currencies, by currency code."""
    custom_unit_amount: DefaultPriceDataCurrencyOptionsCustomUnitAmount
    """Lets the customer choose the amount of the default price."""
    metadata: Mapping[str, str]
    """Your own key-value pairs to store on this object."""
    recurring: DurationParam
    """How often the default price bills; leave out for a one-time price."""
    tax_behavior: Literal["exclusive", "inclusive", "unspecified"]
    """Whether the amount includes tax (inclusive), excludes it (exclusive) or leaves it unspecified."""
    unit_amount: int
    """Price of one unit in the smallest currency unit (cents for USD)."""
    unit_amount_decimal: Decimal | str
    """Price of one unit in the smallest currency unit as a decimal string with up to 12 places, instead of `unit_amount`."""


class MarketingFeature(TypedDict, total=False):
    name: Required[str]
    """Name of the feature, as shown on pricing tables."""


class PackageDimensions(TypedDict, total=False):
    height: Required[float]
    """Height of the package, in inches."""
    length: Required[float]
    """Length of the package, in inches."""
    weight: Required[float]
    """Weight of the package, in ounces."""
    width: Required[float]
    """Width of the package, in inches."""


class ProductListParams(TypedDict, total=False):
    """Parameters of `products.list` (GetProducts)."""

    active: bool
    """Only active products (true) or only archived ones (false)."""
    created: RangeQuerySpecs | int
    """Only objects created at this Unix timestamp in seconds, or within a range given as gt, gte, lt and lte bounds."""
    ending_before: str
    """Object id to page backwards from: the page ends with the object listed right before it."""
    expand: list[str]
    """Dotted paths of fields to return as full objects instead of ids."""
    ids: list[str]
    """Only products with these ids."""
    limit: int
    """How many objects to return on one page, from 1 to 100; 10 when omitted."""
    shippable: bool
    """Only products that can be shipped (true) or only those that cannot (false)."""
    starting_after: str
    """Object id to page forwards from: the page begins with the object listed right after it."""
    type: Literal["good", "service"]
    """Only products of this type."""
    url: str
    """Only products with this public URL."""


class ProductCreateParams(TypedDict, total=False):
    """Parameters of `products.create` (PostProducts)."""

    active: bool
    """Whether the product can be sold."""
    default_price_data: DefaultPriceData
    """A price to create with the product and make its default."""
    description: str
    """Longer text about the product, shown to customers."""
    expand: list[str]
    """Dotted paths of fields to return as full objects instead of ids."""
    id: str
    """Unique id of the object."""
    images: list[str]
    """Up to eight URLs of images of the product."""
    marketing_features: list[MarketingFeature]
    """Up to fifteen feature names listed with the product on pricing pages."""
    metadata: Mapping[str, str]
    """Your own key-value pairs stored on the object."""
    name: Required[str]
    """Name of the product, shown on invoices."""
    package_dimensions: PackageDimensions
    """Height, length and width in inches and weight in ounces of the packed product."""
    shippable: bool
    """Whether the product is a physical good that is shipped."""
    statement_descriptor: str
    """Text shown on the customer's card statement for this product."""
    tax_code: str
    """Id of the tax code that says how the product is taxed."""
    tax_details: TaxDetailsParam
    """Details that help compute the product's tax."""
    type: Literal["good", "service"]
    """Whether the product is a `service` or a `good`."""
    unit_label: str
    """Name of one unit of the product, printed after the quantity."""
    url: str
    """Public web page of the product."""


class ProductSearchParams(TypedDict, total=False):
    """Parameters of `products.search` (GetProductsSearch)."""

    expand: list[str]
    """Dotted paths of fields to return as full objects instead of ids."""
    limit: int
    """How many objects to return on one page, from 1 to 100; 10 when omitted."""
    page: str
    """Cursor from the `next_page` of the previous search result; leave out for the first page."""
    query: Required[str | SearchQuery[ProductSearch]]
    """The search query, in Stripe's search language, on active, description, metadata, name, shippable and url; or a query built with `ProductSearch`."""


class ProductUpdateParams(TypedDict, total=False):
    """Parameters of `products.update` (PostProductsId)."""

    active: bool
    """Whether the product can be sold; false archives it."""
    default_price: str
    """Id of one of the product's prices to make its default."""
    description: str | Literal[""]
    """Longer text about the product, shown to customers."""
    expand: list[str]
    """Dotted paths of fields to return as full objects instead of ids."""
    images: list[str] | Literal[""]
    """Up to eight URLs of images of the product."""
    marketing_features: list[MarketingFeature] | Literal[""]
    """Up to fifteen feature names listed with the product on pricing pages."""
    metadata: Mapping[str, str] | Literal[""]
    """Your own key-value pairs stored on the object."""
    name: str
    """Name of the product, shown on invoices."""
    package_dimensions: PackageDimensions | Literal[""]
    """Height, length and width in inches and weight in ounces of the packed product."""
    shippable: bool
    """Whether the product is a physical good that is shipped."""
    statement_descriptor: str
    """Text shown on the customer's card statement for this product."""
    tax_code: str | Literal[""]
    """Id of the tax code that says how the product is taxed."""
    tax_details: TaxDetailsParam | Literal[""]
    """Details that help compute the product's tax."""
    unit_label: str | Literal[""]
    """Name of one unit of the product, printed after the quantity."""
    url: str | Literal[""]
    """Public web page of the product."""


# Operations whose parameters have the shape of another's.
ProductRetrieveParams = ExpandParams
ProductDeleteParams = NoParams

document_keys(__name__)

__all__ = [
    "DefaultPriceData",
    "MarketingFeature",
    "PackageDimensions",
    "ProductCreateParams",
    "ProductDeleteParams",
    "ProductListParams",
    "ProductRetrieveParams",
    "ProductSearchParams",
    "ProductUpdateParams",
]
