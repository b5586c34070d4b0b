from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    pass


@_attrs_define
class GetCustomersCreatedType0:
    """GetCustomersCreatedType0

    Parsing is tolerant: a field missing from the data, or of another type than described,
    reads as `UNSET`, and anything not modelled is kept in `additional_properties`, so
    `from_dict(data).to_dict() == data`.
    """

    gt: int | Unset = UNSET
    gte: int | Unset = UNSET
    lt: int | Unset = UNSET
    lte: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = dict(self.additional_properties)
        v_gt = self.gt
        if not isinstance(v_gt, Unset):
            data["gt"] = v_gt
        v_gte = self.gte
        if not isinstance(v_gte, Unset):
            data["gte"] = v_gte
        v_lt = self.lt
        if not isinstance(v_lt, Unset):
            data["lt"] = v_lt
        v_lte = self.lte
        if not isinstance(v_lte, Unset):
            data["lte"] = v_lte
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> GetCustomersCreatedType0:
        d = dict(src_dict)
        v_gt = d.pop("gt", UNSET)
        if v_gt is not UNSET and not (type(v_gt) is int):
            d["gt"] = v_gt
            v_gt = UNSET
        v_gte = d.pop("gte", UNSET)
        if v_gte is not UNSET and not (type(v_gte) is int):
            d["gte"] = v_gte
            v_gte = UNSET
        v_lt = d.pop("lt", UNSET)
        if v_lt is not UNSET and not (type(v_lt) is int):
            d["lt"] = v_lt
            v_lt = UNSET
        v_lte = d.pop("lte", UNSET)
        if v_lte is not UNSET and not (type(v_lte) is int):
            d["lte"] = v_lte
            v_lte = UNSET
        obj = cls(
            gt=v_gt,
            gte=v_gte,
            lt=v_lt,
            lte=v_lte,
        )
        obj.additional_properties = d
        return obj

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


class GetCustomersCreatedType0Params(TypedDict, total=False):
    """GetCustomersCreatedType0 as plain data, for request parameters."""

    gt: int
    gte: int
    lt: int
    lte: int


# Imported last: models refer to each other in cycles, and are only needed at call time.
