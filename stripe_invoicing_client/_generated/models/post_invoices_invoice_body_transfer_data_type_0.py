from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from typing_extensions import Required


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class PostInvoicesInvoiceBodyTransferDataType0(Model):
    """PostInvoicesInvoiceBodyTransferDataType0

    Parsing is tolerant: anything not modelled, and any value of another type than its field
    declares, is kept in `additional_properties`, so `from_dict(data).to_dict() == data`.
    Reading a field that the data lacks, or held with another type, raises
    `FieldNotAvailableError` (an AttributeError); optional fields read as `UNSET` when absent.
    """

    destination: str
    amount: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("destination", "destination", "str"),
        ("amount", "amount", "int"),
    )

    def to_dict(self) -> dict[str, Any]:
        # An unfilled field raises AttributeError; what was received for it, if anything, is
        # already in additional_properties.
        data: dict[str, Any] = dict(self.additional_properties)
        try:
            v_destination = self.destination
        except AttributeError:
            pass
        else:
            data["destination"] = v_destination
        try:
            v_amount = self.amount
        except AttributeError:
            pass
        else:
            if not isinstance(v_amount, Unset):
                data["amount"] = v_amount
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PostInvoicesInvoiceBodyTransferDataType0:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal; the checks below are what makes each stored value fit its field.
        # A value that does not fit stays in `d` (the additional properties), its field unfilled.
        fill: Any = obj
        v_destination = d.pop("destination", UNSET)
        if v_destination is not UNSET:
            if type(v_destination) is str:
                fill.destination = v_destination
            else:
                d["destination"] = v_destination
        v_amount = d.pop("amount", UNSET)
        if v_amount is UNSET:
            fill.amount = UNSET
        elif type(v_amount) is int:
            fill.amount = v_amount
        else:
            d["amount"] = v_amount
        fill.additional_properties = d
        return obj


class PostInvoicesInvoiceBodyTransferDataType0Params(TypedDict, total=False):
    """PostInvoicesInvoiceBodyTransferDataType0 as plain data, for request parameters."""

    destination: Required[str]
    amount: int


# Imported last: models refer to each other in cycles, and are only needed at call time.
