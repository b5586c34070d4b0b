from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET

if TYPE_CHECKING:
    from typing_extensions import Required


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class BillingBillResourceInvoicingTaxesTaxRateDetails(Model):
    """Embedded object found at `invoice.total_taxes.tax_rate_details`.

    Parsing is tolerant: anything not modelled, and any value of another type than its field
    declares, is kept in `additional_properties`, so `from_dict(data).to_dict() == data`.
    Reading a field that the data lacks, or held with another type, raises
    `FieldNotAvailableError` (an AttributeError); optional fields read as `UNSET` when absent.
    """

    tax_rate: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (("tax_rate", "tax_rate", "str"),)

    def to_dict(self) -> dict[str, Any]:
        # An unfilled field raises AttributeError; what was received for it, if anything, is
        # already in additional_properties.
        data: dict[str, Any] = dict(self.additional_properties)
        try:
            v_tax_rate = self.tax_rate
        except AttributeError:
            pass
        else:
            data["tax_rate"] = v_tax_rate
        return data

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> BillingBillResourceInvoicingTaxesTaxRateDetails:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal; the checks below are what makes each stored value fit its field.
        # A value that does not fit stays in `d` (the additional properties), its field unfilled.
        fill: Any = obj
        v_tax_rate = d.pop("tax_rate", UNSET)
        if v_tax_rate is not UNSET:
            if type(v_tax_rate) is str:
                fill.tax_rate = v_tax_rate
            else:
                d["tax_rate"] = v_tax_rate
        fill.additional_properties = d
        return obj


class BillingBillResourceInvoicingTaxesTaxRateDetailsParams(TypedDict, total=False):
    """BillingBillResourceInvoicingTaxesTaxRateDetails as plain data, for request parameters."""

    tax_rate: Required[str]


# Imported last: models refer to each other in cycles, and are only needed at call time.
