from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from typing_extensions import Required


@_attrs_define
class PostInvoicesCreatePreviewBodyInvoiceItemsItemPeriod:
    """PostInvoicesCreatePreviewBodyInvoiceItemsItemPeriod

    Parsing is tolerant: a field missing from the data, or of another type than described,
    reads as `UNSET`, and anything not modelled is kept in `additional_properties`, so
    `from_dict(data).to_dict() == data`.
    """

    end: int
    start: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = dict(self.additional_properties)
        v_end = self.end
        if not isinstance(v_end, Unset):
            data["end"] = v_end
        v_start = self.start
        if not isinstance(v_start, Unset):
            data["start"] = v_start
        return data

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> PostInvoicesCreatePreviewBodyInvoiceItemsItemPeriod:
        d = dict(src_dict)
        v_end = d.pop("end", UNSET)
        if v_end is not UNSET and not (type(v_end) is int):
            d["end"] = v_end
            v_end = UNSET
        v_start = d.pop("start", UNSET)
        if v_start is not UNSET and not (type(v_start) is int):
            d["start"] = v_start
            v_start = UNSET
        obj = cls(
            end=v_end,
            start=v_start,
        )
        obj.additional_properties = d
        return obj

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


class PostInvoicesCreatePreviewBodyInvoiceItemsItemPeriodParams(TypedDict, total=False):
    """PostInvoicesCreatePreviewBodyInvoiceItemsItemPeriod as plain data, for request parameters."""

    end: Required[int]
    start: Required[int]


# Imported last: models refer to each other in cycles, and are only needed at call time.
