from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from typing_extensions import Required

    from ..models.invoice_item_threshold_reason import (
        InvoiceItemThresholdReason,
        InvoiceItemThresholdReasonParams,
    )


@_attrs_define
class InvoiceThresholdReason:
    """Embedded object found at `invoice.threshold_reason`.

    Parsing is tolerant: a field missing from the data, or of another type than described,
    reads as `UNSET`, and anything not modelled is kept in `additional_properties`, so
    `from_dict(data).to_dict() == data`.
    """

    amount_gte: int | None
    item_reasons: list[InvoiceItemThresholdReason]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = dict(self.additional_properties)
        v_amount_gte = self.amount_gte
        if not isinstance(v_amount_gte, Unset):
            data["amount_gte"] = v_amount_gte
        v_item_reasons = self.item_reasons
        if not isinstance(v_item_reasons, Unset):
            data["item_reasons"] = [item0.to_dict() for item0 in v_item_reasons]
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> InvoiceThresholdReason:
        d = dict(src_dict)
        v_amount_gte = d.pop("amount_gte", UNSET)
        if v_amount_gte is not UNSET and not (
            (type(v_amount_gte) is int) or (v_amount_gte is None)
        ):
            d["amount_gte"] = v_amount_gte
            v_amount_gte = UNSET
        v_item_reasons = d.pop("item_reasons", UNSET)
        if v_item_reasons is not UNSET:
            if type(v_item_reasons) is list and all(
                type(item0) is dict for item0 in v_item_reasons
            ):
                v_item_reasons = [
                    InvoiceItemThresholdReason.from_dict(item0) for item0 in v_item_reasons
                ]
            else:
                d["item_reasons"] = v_item_reasons
                v_item_reasons = UNSET
        obj = cls(
            amount_gte=v_amount_gte,
            item_reasons=v_item_reasons,
        )
        obj.additional_properties = d
        return obj

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


class InvoiceThresholdReasonParams(TypedDict, total=False):
    """InvoiceThresholdReason as plain data, for request parameters."""

    amount_gte: Required[int]
    item_reasons: Required[list[InvoiceItemThresholdReasonParams | InvoiceItemThresholdReason]]


# Imported last: models refer to each other in cycles, and are only needed at call time.
from ..models.invoice_item_threshold_reason import InvoiceItemThresholdReason  # noqa: E402
