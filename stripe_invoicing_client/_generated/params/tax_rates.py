"""Request parameters of tax_rates, as TypedDicts (generated; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypedDict

from ..._core.key_docs import document_keys
from ..enums import TaxType

if TYPE_CHECKING:
    from collections.abc import Mapping

    from typing_extensions import Required

    from ._shared import RangeQuerySpecs

from ._shared import ExpandParams


class TaxRateListParams(TypedDict, total=False):
    """Parameters of `tax_rates.list` (GetTaxRates)."""

    active: bool
    """Only active tax rates (true) or only archived ones (false)."""
    created: RangeQuerySpecs | int
    """Only objects created at this Unix timestamp in seconds, or within a range given as gt, gte, lt and lte bounds."""
    ending_before: str
    """Object id to page backwards from: the page ends with the object listed right before it."""
    expand: list[str]
    """Dotted paths of fields to return as full objects instead of ids."""
    inclusive: bool
    """Only tax rates included in prices (true) or added on top (false)."""
    limit: int
    """How many objects to return on one page, from 1 to 100; 10 when omitted."""
    starting_after: str
    """Object id to page forwards from: the page begins with the object listed right after it."""


class TaxRateCreateParams(TypedDict, total=False):
    """Parameters of `tax_rates.create` (PostTaxRates)."""

    active: bool
    """Whether the rate can be applied to new invoices and items."""
    country: str
    """Two-letter ISO country code of the tax jurisdiction."""
    description: str
    """Internal note about the tax rate, not shown to customers."""
    display_name: Required[str]
    """Name of the tax shown on invoices, such as `VAT` or `Sales tax`."""
    expand: list[str]
    """Dotted paths of fields to return as full objects instead of ids."""
    inclusive: Required[bool]
    """Whether the tax is included in the prices it applies to rather than added on top."""
    jurisdiction: str
    """Name of the tax jurisdiction, shown on invoices."""
    metadata: Mapping[str, str]
    """Your own key-value pairs stored on the object."""
    percentage: Required[float]
    """The tax rate in percent."""
    state: str
    """ISO 3166-2 subdivision code of the tax jurisdiction, without the country prefix."""
    tax_type: TaxType
    """Kind of tax, such as `vat` or `sales_tax`."""


class TaxRateUpdateParams(TypedDict, total=False):
    """Parameters of `tax_rates.update` (PostTaxRatesTaxRate)."""

    active: bool
    """Whether the rate can be applied to new invoices and items; false archives it."""
    country: str
    """Two-letter ISO country code of the tax jurisdiction."""
    description: str
    """Internal note about the tax rate, not shown to customers."""
    display_name: str
    """Name of the tax shown on invoices, such as `VAT` or `Sales tax`."""
    expand: list[str]
    """Dotted paths of fields to return as full objects instead of ids."""
    jurisdiction: str
    """Name of the tax jurisdiction, shown on invoices."""
    metadata: Mapping[str, str] | Literal[""]
    """Your own key-value pairs stored on the object."""
    state: str
    """ISO 3166-2 subdivision code of the tax jurisdiction, without the country prefix."""
    tax_type: TaxType
    """Kind of tax, such as `vat` or `sales_tax`."""


# Operations whose parameters have the shape of another's.
TaxRateRetrieveParams = ExpandParams

document_keys(__name__)

__all__ = [
    "TaxRateCreateParams",
    "TaxRateListParams",
    "TaxRateRetrieveParams",
    "TaxRateUpdateParams",
]
