from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..models.invoices_resource_invoice_tax_id_type import (
    InvoicesResourceInvoiceTaxIdType,
)
from ..types import UNSET

if TYPE_CHECKING:
    from typing_extensions import Required


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class InvoicesResourceInvoiceTaxId(Model):
    """Embedded object found at `invoice.customer_tax_ids`.

    Parsing is tolerant: anything not modelled, and any value of another type than its field
    declares, is kept in `additional_properties`, so `from_dict(data).to_dict() == data`.
    Reading a field that the data lacks, or held with another type, raises
    `FieldNotAvailableError` (an AttributeError); optional fields read as `UNSET` when absent.
    """

    type_: InvoicesResourceInvoiceTaxIdType
    value: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("type_", "type", "InvoicesResourceInvoiceTaxIdType"),
        ("value", "value", "str | None"),
    )

    def to_dict(self) -> dict[str, Any]:
        # An unfilled field raises AttributeError; what was received for it, if anything, is
        # already in additional_properties.
        data: dict[str, Any] = dict(self.additional_properties)
        try:
            v_type_ = self.type_
        except AttributeError:
            pass
        else:
            data["type"] = v_type_
        try:
            v_value = self.value
        except AttributeError:
            pass
        else:
            data["value"] = v_value
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> InvoicesResourceInvoiceTaxId:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal; the checks below are what makes each stored value fit its field.
        # A value that does not fit stays in `d` (the additional properties), its field unfilled.
        fill: Any = obj
        v_type_ = d.pop("type", UNSET)
        if v_type_ is not UNSET:
            if type(v_type_) is str:
                fill.type_ = v_type_
            else:
                d["type"] = v_type_
        v_value = d.pop("value", UNSET)
        if v_value is not UNSET:
            if (type(v_value) is str) or (v_value is None):
                fill.value = v_value
            else:
                d["value"] = v_value
        fill.additional_properties = d
        return obj


class InvoicesResourceInvoiceTaxIdParams(TypedDict, total=False):
    """InvoicesResourceInvoiceTaxId as plain data, for request parameters."""

    type: Required[InvoicesResourceInvoiceTaxIdType]
    value: Required[str]


# Imported last: models refer to each other in cycles, and are only needed at call time.
