from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from typing_extensions import Required


@_attrs_define
class PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemTransferData:
    """PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemTransferData

    Parsing is tolerant: a field missing from the data, or of another type than described,
    reads as `UNSET`, and anything not modelled is kept in `additional_properties`, so
    `from_dict(data).to_dict() == data`.
    """

    destination: str
    amount_percent: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = dict(self.additional_properties)
        v_destination = self.destination
        if not isinstance(v_destination, Unset):
            data["destination"] = v_destination
        v_amount_percent = self.amount_percent
        if not isinstance(v_amount_percent, Unset):
            data["amount_percent"] = v_amount_percent
        return data

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemTransferData:
        d = dict(src_dict)
        v_destination = d.pop("destination", UNSET)
        if v_destination is not UNSET and not (type(v_destination) is str):
            d["destination"] = v_destination
            v_destination = UNSET
        v_amount_percent = d.pop("amount_percent", UNSET)
        if v_amount_percent is not UNSET and not (
            type(v_amount_percent) is float or type(v_amount_percent) is int
        ):
            d["amount_percent"] = v_amount_percent
            v_amount_percent = UNSET
        obj = cls(
            destination=v_destination,
            amount_percent=v_amount_percent,
        )
        obj.additional_properties = d
        return obj

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


class PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemTransferDataParams(
    TypedDict, total=False
):
    """PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemTransferData as plain data, for request parameters."""

    destination: Required[str]
    amount_percent: float


# Imported last: models refer to each other in cycles, and are only needed at call time.
