from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET

if TYPE_CHECKING:
    from typing_extensions import Required

    from ..models.invoice_item_threshold_reason import (
        InvoiceItemThresholdReason,
        InvoiceItemThresholdReasonParams,
    )


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class InvoiceThresholdReason(Model):
    """Embedded object found at `invoice.threshold_reason`.

    Parsing is tolerant: anything not modelled, and any value of another type than its field
    declares, is kept in `additional_properties`, so `from_dict(data).to_dict() == data`.
    Reading a field that the data lacks, or held with another type, raises
    `FieldNotAvailableError` (an AttributeError); optional fields read as `UNSET` when absent.
    """

    amount_gte: int | None
    item_reasons: list[InvoiceItemThresholdReason]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("amount_gte", "amount_gte", "int | None"),
        ("item_reasons", "item_reasons", "list[InvoiceItemThresholdReason]"),
    )

    def to_dict(self) -> dict[str, Any]:
        # An unfilled field raises AttributeError; what was received for it, if anything, is
        # already in additional_properties.
        data: dict[str, Any] = dict(self.additional_properties)
        try:
            v_amount_gte = self.amount_gte
        except AttributeError:
            pass
        else:
            data["amount_gte"] = v_amount_gte
        try:
            v_item_reasons = self.item_reasons
        except AttributeError:
            pass
        else:
            data["item_reasons"] = [item0.to_dict() for item0 in v_item_reasons]
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> InvoiceThresholdReason:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal; the checks below are what makes each stored value fit its field.
        # A value that does not fit stays in `d` (the additional properties), its field unfilled.
        fill: Any = obj
        v_amount_gte = d.pop("amount_gte", UNSET)
        if v_amount_gte is not UNSET:
            if (type(v_amount_gte) is int) or (v_amount_gte is None):
                fill.amount_gte = v_amount_gte
            else:
                d["amount_gte"] = v_amount_gte
        v_item_reasons = d.pop("item_reasons", UNSET)
        if v_item_reasons is not UNSET:
            if type(v_item_reasons) is list and all(
                type(item0) is dict for item0 in v_item_reasons
            ):
                fill.item_reasons = [
                    InvoiceItemThresholdReason.from_dict(item0) for item0 in v_item_reasons
                ]
            else:
                d["item_reasons"] = v_item_reasons
        fill.additional_properties = d
        return obj


class InvoiceThresholdReasonParams(TypedDict, total=False):
    """InvoiceThresholdReason as plain data, for request parameters."""

    amount_gte: Required[int]
    item_reasons: Required[list[InvoiceItemThresholdReasonParams | InvoiceItemThresholdReason]]


# Imported last: models refer to each other in cycles, and are only needed at call time.
from ..models.invoice_item_threshold_reason import InvoiceItemThresholdReason  # noqa: E402
