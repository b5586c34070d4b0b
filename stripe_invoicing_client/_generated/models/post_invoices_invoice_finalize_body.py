from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    pass


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class PostInvoicesInvoiceFinalizeBody(Model):
    """PostInvoicesInvoiceFinalizeBody

    Parsing is tolerant: anything not modelled, and any value of another type than its field
    declares, is kept in `additional_properties`, so `from_dict(data).to_dict() == data`.
    Reading a field that the data lacks, or held with another type, raises
    `FieldNotAvailableError` (an AttributeError); optional fields read as `UNSET` when absent.
    """

    auto_advance: bool | Unset = UNSET
    expand: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("auto_advance", "auto_advance", "bool"),
        ("expand", "expand", "list[str]"),
    )

    def to_dict(self) -> dict[str, Any]:
        # An unfilled field raises AttributeError; what was received for it, if anything, is
        # already in additional_properties.
        data: dict[str, Any] = dict(self.additional_properties)
        try:
            v_auto_advance = self.auto_advance
        except AttributeError:
            pass
        else:
            if not isinstance(v_auto_advance, Unset):
                data["auto_advance"] = v_auto_advance
        try:
            v_expand = self.expand
        except AttributeError:
            pass
        else:
            if not isinstance(v_expand, Unset):
                data["expand"] = v_expand
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PostInvoicesInvoiceFinalizeBody:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal; the checks below are what makes each stored value fit its field.
        # A value that does not fit stays in `d` (the additional properties), its field unfilled.
        fill: Any = obj
        v_auto_advance = d.pop("auto_advance", UNSET)
        if v_auto_advance is UNSET:
            fill.auto_advance = UNSET
        elif type(v_auto_advance) is bool:
            fill.auto_advance = v_auto_advance
        else:
            d["auto_advance"] = v_auto_advance
        v_expand = d.pop("expand", UNSET)
        if v_expand is UNSET:
            fill.expand = UNSET
        elif type(v_expand) is list and all(type(item0) is str for item0 in v_expand):
            fill.expand = v_expand
        else:
            d["expand"] = v_expand
        fill.additional_properties = d
        return obj


class PostInvoicesInvoiceFinalizeBodyParams(TypedDict, total=False):
    """PostInvoicesInvoiceFinalizeBody as plain data, for request parameters."""

    auto_advance: bool
    expand: list[str]


# Imported last: models refer to each other in cycles, and are only needed at call time.
