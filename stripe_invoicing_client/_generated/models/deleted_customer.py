from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.deleted_customer_object import DeletedCustomerObject
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from typing_extensions import Required


@_attrs_define
class DeletedCustomer:
    """Returned when a customer has been removed.

    Parsing is tolerant: a field missing from the data, or of another type than described,
    reads as `UNSET`, and anything not modelled is kept in `additional_properties`, so
    `from_dict(data).to_dict() == data`.
    """

    deleted: Literal[True]
    id: str
    object_: DeletedCustomerObject
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = dict(self.additional_properties)
        v_deleted = self.deleted
        if not isinstance(v_deleted, Unset):
            data["deleted"] = v_deleted
        v_id = self.id
        if not isinstance(v_id, Unset):
            data["id"] = v_id
        v_object_ = self.object_
        if not isinstance(v_object_, Unset):
            data["object"] = v_object_
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> DeletedCustomer:
        d = dict(src_dict)
        v_deleted = d.pop("deleted", UNSET)
        if v_deleted is not UNSET and not (v_deleted is True):
            d["deleted"] = v_deleted
            v_deleted = UNSET
        v_id = d.pop("id", UNSET)
        if v_id is not UNSET and not (type(v_id) is str):
            d["id"] = v_id
            v_id = UNSET
        v_object_ = d.pop("object", UNSET)
        if v_object_ is not UNSET and not (type(v_object_) is str):
            d["object"] = v_object_
            v_object_ = UNSET
        obj = cls(
            deleted=v_deleted,
            id=v_id,
            object_=v_object_,
        )
        obj.additional_properties = d
        return obj

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


class DeletedCustomerParams(TypedDict, total=False):
    """DeletedCustomer as plain data, for request parameters."""

    deleted: Required[Literal[True]]
    id: Required[str]
    object: Required[DeletedCustomerObject]


# Imported last: models refer to each other in cycles, and are only needed at call time.
