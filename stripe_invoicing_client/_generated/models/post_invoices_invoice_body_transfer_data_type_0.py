from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from typing_extensions import Required


@_attrs_define
class PostInvoicesInvoiceBodyTransferDataType0:
    """PostInvoicesInvoiceBodyTransferDataType0

    Parsing is tolerant: a field missing from the data, or of another type than described,
    reads as `UNSET`, and anything not modelled is kept in `additional_properties`, so
    `from_dict(data).to_dict() == data`.
    """

    destination: str
    amount: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = dict(self.additional_properties)
        v_destination = self.destination
        if not isinstance(v_destination, Unset):
            data["destination"] = v_destination
        v_amount = self.amount
        if not isinstance(v_amount, Unset):
            data["amount"] = v_amount
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PostInvoicesInvoiceBodyTransferDataType0:
        d = dict(src_dict)
        v_destination = d.pop("destination", UNSET)
        if v_destination is not UNSET and not (type(v_destination) is str):
            d["destination"] = v_destination
            v_destination = UNSET
        v_amount = d.pop("amount", UNSET)
        if v_amount is not UNSET and not (type(v_amount) is int):
            d["amount"] = v_amount
            v_amount = UNSET
        obj = cls(
            destination=v_destination,
            amount=v_amount,
        )
        obj.additional_properties = d
        return obj

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


class PostInvoicesInvoiceBodyTransferDataType0Params(TypedDict, total=False):
    """PostInvoicesInvoiceBodyTransferDataType0 as plain data, for request parameters."""

    destination: Required[str]
    amount: int


# Imported last: models refer to each other in cycles, and are only needed at call time.
