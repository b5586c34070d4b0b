from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from typing_extensions import Required


@_attrs_define
class InvoiceItemThresholdReason:
    """Embedded object found at `invoice.threshold_reason.item_reasons`.

    Parsing is tolerant: a field missing from the data, or of another type than described,
    reads as `UNSET`, and anything not modelled is kept in `additional_properties`, so
    `from_dict(data).to_dict() == data`.
    """

    line_item_ids: list[str]
    usage_gte: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = dict(self.additional_properties)
        v_line_item_ids = self.line_item_ids
        if not isinstance(v_line_item_ids, Unset):
            data["line_item_ids"] = v_line_item_ids
        v_usage_gte = self.usage_gte
        if not isinstance(v_usage_gte, Unset):
            data["usage_gte"] = v_usage_gte
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> InvoiceItemThresholdReason:
        d = dict(src_dict)
        v_line_item_ids = d.pop("line_item_ids", UNSET)
        if v_line_item_ids is not UNSET and not (
            type(v_line_item_ids) is list and all(type(item0) is str for item0 in v_line_item_ids)
        ):
            d["line_item_ids"] = v_line_item_ids
            v_line_item_ids = UNSET
        v_usage_gte = d.pop("usage_gte", UNSET)
        if v_usage_gte is not UNSET and not (type(v_usage_gte) is int):
            d["usage_gte"] = v_usage_gte
            v_usage_gte = UNSET
        obj = cls(
            line_item_ids=v_line_item_ids,
            usage_gte=v_usage_gte,
        )
        obj.additional_properties = d
        return obj

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


class InvoiceItemThresholdReasonParams(TypedDict, total=False):
    """InvoiceItemThresholdReason as plain data, for request parameters."""

    line_item_ids: Required[list[str]]
    usage_gte: Required[int]


# Imported last: models refer to each other in cycles, and are only needed at call time.
