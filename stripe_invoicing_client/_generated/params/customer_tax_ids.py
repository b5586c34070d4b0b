"""Request parameters of customer_tax_ids, as TypedDicts (generated; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, TypedDict

from ..._core.key_docs import document_keys
from ..enums import TaxIdTypeParam

if TYPE_CHECKING:
    from typing_extensions import Required


from ._shared import ExpandParams, ListParams, NoParams


class CustomerTaxIdCreateParams(TypedDict, total=False):
    """Parameters of `customer_tax_ids.create` (PostCustomersCustomerTaxIds)."""

    expand: list[str]
    """Dotted paths of fields to return as full objects instead of ids."""
    type: Required[TaxIdTypeParam]
    """Kind of tax ID, such as `eu_vat` or `us_ein`."""
    value: Required[str]
    """The tax ID number itself."""


# Operations whose parameters have the shape of another's.
CustomerTaxIdListParams = ListParams
CustomerTaxIdRetrieveParams = ExpandParams
CustomerTaxIdDeleteParams = NoParams

document_keys(__name__)

__all__ = [
    "CustomerTaxIdCreateParams",
    "CustomerTaxIdDeleteParams",
    "CustomerTaxIdListParams",
    "CustomerTaxIdRetrieveParams",
]
