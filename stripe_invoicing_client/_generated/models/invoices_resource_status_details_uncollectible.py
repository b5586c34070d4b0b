from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..models.invoices_resource_status_details_uncollectible_reason import (
    InvoicesResourceStatusDetailsUncollectibleReason,
)
from ..types import UNSET

if TYPE_CHECKING:
    from typing_extensions import Required


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class InvoicesResourceStatusDetailsUncollectible(Model):
    """Embedded object found at `invoice.status_details.uncollectible`.

    Parsing is tolerant: anything not modelled, and any value of another type than its field
    declares, is kept in `additional_properties`, so `from_dict(data).to_dict() == data`.
    Reading a field that the data lacks, or held with another type, raises
    `FieldNotAvailableError` (an AttributeError); optional fields read as `UNSET` when absent.
    """

    reason: InvoicesResourceStatusDetailsUncollectibleReason | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("reason", "reason", "InvoicesResourceStatusDetailsUncollectibleReason | None"),
    )

    def to_dict(self) -> dict[str, Any]:
        # An unfilled field raises AttributeError; what was received for it, if anything, is
        # already in additional_properties.
        data: dict[str, Any] = dict(self.additional_properties)
        try:
            v_reason = self.reason
        except AttributeError:
            pass
        else:
            data["reason"] = v_reason
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> InvoicesResourceStatusDetailsUncollectible:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal; the checks below are what makes each stored value fit its field.
        # A value that does not fit stays in `d` (the additional properties), its field unfilled.
        fill: Any = obj
        v_reason = d.pop("reason", UNSET)
        if v_reason is not UNSET:
            if (type(v_reason) is str) or (v_reason is None):
                fill.reason = v_reason
            else:
                d["reason"] = v_reason
        fill.additional_properties = d
        return obj


class InvoicesResourceStatusDetailsUncollectibleParams(TypedDict, total=False):
    """InvoicesResourceStatusDetailsUncollectible as plain data, for request parameters."""

    reason: Required[InvoicesResourceStatusDetailsUncollectibleReason]


# Imported last: models refer to each other in cycles, and are only needed at call time.
