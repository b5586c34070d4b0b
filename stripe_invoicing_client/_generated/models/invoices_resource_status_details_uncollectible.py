from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.invoices_resource_status_details_uncollectible_reason import (
    InvoicesResourceStatusDetailsUncollectibleReason,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from typing_extensions import Required


@_attrs_define
class InvoicesResourceStatusDetailsUncollectible:
    """Embedded object found at `invoice.status_details.uncollectible`.

    Parsing is tolerant: a field missing from the data, or of another type than described,
    reads as `UNSET`, and anything not modelled is kept in `additional_properties`, so
    `from_dict(data).to_dict() == data`.
    """

    reason: InvoicesResourceStatusDetailsUncollectibleReason | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = dict(self.additional_properties)
        v_reason = self.reason
        if not isinstance(v_reason, Unset):
            data["reason"] = v_reason
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> InvoicesResourceStatusDetailsUncollectible:
        d = dict(src_dict)
        v_reason = d.pop("reason", UNSET)
        if v_reason is not UNSET and not ((type(v_reason) is str) or (v_reason is None)):
            d["reason"] = v_reason
            v_reason = UNSET
        obj = cls(
            reason=v_reason,
        )
        obj.additional_properties = d
        return obj

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


class InvoicesResourceStatusDetailsUncollectibleParams(TypedDict, total=False):
    """InvoicesResourceStatusDetailsUncollectible as plain data, for request parameters."""

    reason: Required[InvoicesResourceStatusDetailsUncollectibleReason]


# Imported last: models refer to each other in cycles, and are only needed at call time.
