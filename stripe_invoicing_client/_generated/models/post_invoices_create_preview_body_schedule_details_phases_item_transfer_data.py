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
class PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemTransferData(Model):
    """PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemTransferData

    Parsing is tolerant: anything not modelled, and any value of another type than its field
    declares, is kept in `additional_properties`, so `from_dict(data).to_dict() == data`.
    Reading a field that the data lacks, or held with another type, raises
    `FieldNotAvailableError` (an AttributeError); optional fields read as `UNSET` when absent.
    """

    destination: str
    amount_percent: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("destination", "destination", "str"),
        ("amount_percent", "amount_percent", "float"),
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
            v_amount_percent = self.amount_percent
        except AttributeError:
            pass
        else:
            if not isinstance(v_amount_percent, Unset):
                data["amount_percent"] = v_amount_percent
        return data

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemTransferData:
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
        v_amount_percent = d.pop("amount_percent", UNSET)
        if v_amount_percent is UNSET:
            fill.amount_percent = UNSET
        elif type(v_amount_percent) is float or type(v_amount_percent) is int:
            fill.amount_percent = v_amount_percent
        else:
            d["amount_percent"] = v_amount_percent
        fill.additional_properties = d
        return obj


class PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemTransferDataParams(
    TypedDict, total=False
):
    """PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemTransferData as plain data, for request parameters."""

    destination: Required[str]
    amount_percent: float


# Imported last: models refer to each other in cycles, and are only needed at call time.
