from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from typing_extensions import Required


@_attrs_define
class BillingBillResourceInvoicingTaxesTaxRateDetails:
    """Embedded object found at `invoice.total_taxes.tax_rate_details`.

    Parsing is tolerant: a field missing from the data, or of another type than described,
    reads as `UNSET`, and anything not modelled is kept in `additional_properties`, so
    `from_dict(data).to_dict() == data`.
    """

    tax_rate: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = dict(self.additional_properties)
        v_tax_rate = self.tax_rate
        if not isinstance(v_tax_rate, Unset):
            data["tax_rate"] = v_tax_rate
        return data

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> BillingBillResourceInvoicingTaxesTaxRateDetails:
        d = dict(src_dict)
        v_tax_rate = d.pop("tax_rate", UNSET)
        if v_tax_rate is not UNSET and not (type(v_tax_rate) is str):
            d["tax_rate"] = v_tax_rate
            v_tax_rate = UNSET
        obj = cls(
            tax_rate=v_tax_rate,
        )
        obj.additional_properties = d
        return obj

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


class BillingBillResourceInvoicingTaxesTaxRateDetailsParams(TypedDict, total=False):
    """BillingBillResourceInvoicingTaxesTaxRateDetails as plain data, for request parameters."""

    tax_rate: Required[str]


# Imported last: models refer to each other in cycles, and are only needed at call time.
