from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from typing_extensions import Required


@_attrs_define
class InvoicesStatusTransitions:
    """Timestamps of the invoice's moves between statuses.

    Parsing is tolerant: a field missing from the data, or of another type than described,
    reads as `UNSET`, and anything not modelled is kept in `additional_properties`, so
    `from_dict(data).to_dict() == data`.
    """

    finalized_at: int | None
    marked_uncollectible_at: int | None
    paid_at: int | None
    voided_at: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = dict(self.additional_properties)
        v_finalized_at = self.finalized_at
        if not isinstance(v_finalized_at, Unset):
            data["finalized_at"] = v_finalized_at
        v_marked_uncollectible_at = self.marked_uncollectible_at
        if not isinstance(v_marked_uncollectible_at, Unset):
            data["marked_uncollectible_at"] = v_marked_uncollectible_at
        v_paid_at = self.paid_at
        if not isinstance(v_paid_at, Unset):
            data["paid_at"] = v_paid_at
        v_voided_at = self.voided_at
        if not isinstance(v_voided_at, Unset):
            data["voided_at"] = v_voided_at
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> InvoicesStatusTransitions:
        d = dict(src_dict)
        v_finalized_at = d.pop("finalized_at", UNSET)
        if v_finalized_at is not UNSET and not (
            (type(v_finalized_at) is int) or (v_finalized_at is None)
        ):
            d["finalized_at"] = v_finalized_at
            v_finalized_at = UNSET
        v_marked_uncollectible_at = d.pop("marked_uncollectible_at", UNSET)
        if v_marked_uncollectible_at is not UNSET and not (
            (type(v_marked_uncollectible_at) is int) or (v_marked_uncollectible_at is None)
        ):
            d["marked_uncollectible_at"] = v_marked_uncollectible_at
            v_marked_uncollectible_at = UNSET
        v_paid_at = d.pop("paid_at", UNSET)
        if v_paid_at is not UNSET and not ((type(v_paid_at) is int) or (v_paid_at is None)):
            d["paid_at"] = v_paid_at
            v_paid_at = UNSET
        v_voided_at = d.pop("voided_at", UNSET)
        if v_voided_at is not UNSET and not ((type(v_voided_at) is int) or (v_voided_at is None)):
            d["voided_at"] = v_voided_at
            v_voided_at = UNSET
        obj = cls(
            finalized_at=v_finalized_at,
            marked_uncollectible_at=v_marked_uncollectible_at,
            paid_at=v_paid_at,
            voided_at=v_voided_at,
        )
        obj.additional_properties = d
        return obj

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


class InvoicesStatusTransitionsParams(TypedDict, total=False):
    """InvoicesStatusTransitions as plain data, for request parameters."""

    finalized_at: Required[int]
    marked_uncollectible_at: Required[int]
    paid_at: Required[int]
    voided_at: Required[int]


# Imported last: models refer to each other in cycles, and are only needed at call time.
