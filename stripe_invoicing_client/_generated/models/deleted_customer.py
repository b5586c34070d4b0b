from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..models.deleted_customer_object import DeletedCustomerObject
from ..types import UNSET

if TYPE_CHECKING:
    from typing_extensions import Required


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class DeletedCustomer(Model):
    """Returned when a customer has been removed.

    Parsing is tolerant: anything not modelled, and any value of another type than its field
    declares, is kept in `additional_properties`, so `from_dict(data).to_dict() == data`.
    Reading a field that the data lacks, or held with another type, raises
    `FieldNotAvailableError` (an AttributeError); optional fields read as `UNSET` when absent.
    """

    deleted: Literal[True]
    id: str
    object_: DeletedCustomerObject
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("deleted", "deleted", "Literal[True]"),
        ("id", "id", "str"),
        ("object_", "object", "DeletedCustomerObject"),
    )

    def to_dict(self) -> dict[str, Any]:
        # An unfilled field raises AttributeError; what was received for it, if anything, is
        # already in additional_properties.
        data: dict[str, Any] = dict(self.additional_properties)
        try:
            v_deleted = self.deleted
        except AttributeError:
            pass
        else:
            data["deleted"] = v_deleted
        try:
            v_id = self.id
        except AttributeError:
            pass
        else:
            data["id"] = v_id
        try:
            v_object_ = self.object_
        except AttributeError:
            pass
        else:
            data["object"] = v_object_
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> DeletedCustomer:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal; the checks below are what makes each stored value fit its field.
        # A value that does not fit stays in `d` (the additional properties), its field unfilled.
        fill: Any = obj
        v_deleted = d.pop("deleted", UNSET)
        if v_deleted is not UNSET:
            if v_deleted is True:
                fill.deleted = v_deleted
            else:
                d["deleted"] = v_deleted
        v_id = d.pop("id", UNSET)
        if v_id is not UNSET:
            if type(v_id) is str:
                fill.id = v_id
            else:
                d["id"] = v_id
        v_object_ = d.pop("object", UNSET)
        if v_object_ is not UNSET:
            if type(v_object_) is str:
                fill.object_ = v_object_
            else:
                d["object"] = v_object_
        fill.additional_properties = d
        return obj


class DeletedCustomerParams(TypedDict, total=False):
    """DeletedCustomer as plain data, for request parameters."""

    deleted: Required[Literal[True]]
    id: Required[str]
    object: Required[DeletedCustomerObject]


# Imported last: models refer to each other in cycles, and are only needed at call time.
