from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..models.get_invoices_response_200_object import (
    GetInvoicesResponse200Object,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from typing_extensions import Required

    from ..models.invoice import Invoice, InvoiceParams


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class GetInvoicesResponse200(Model):
    """GetInvoicesResponse200

    Parsing is tolerant: anything not modelled, and any value of another type than its field
    declares, is kept in `additional_properties`, so `from_dict(data).to_dict() == data`.
    Reading a field that the data lacks, or held with another type, raises
    `FieldNotAvailableError` (an AttributeError); optional fields read as `UNSET` when absent.
    """

    data: list[Invoice]
    has_more: bool
    object_: GetInvoicesResponse200Object
    url: str
    total_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("data", "data", "list[Invoice]"),
        ("has_more", "has_more", "bool"),
        ("object_", "object", "GetInvoicesResponse200Object"),
        ("url", "url", "str"),
        ("total_count", "total_count", "int"),
    )

    def to_dict(self) -> dict[str, Any]:
        # An unfilled field raises AttributeError; what was received for it, if anything, is
        # already in additional_properties.
        data: dict[str, Any] = dict(self.additional_properties)
        try:
            v_data = self.data
        except AttributeError:
            pass
        else:
            data["data"] = [item0.to_dict() for item0 in v_data]
        try:
            v_has_more = self.has_more
        except AttributeError:
            pass
        else:
            data["has_more"] = v_has_more
        try:
            v_object_ = self.object_
        except AttributeError:
            pass
        else:
            data["object"] = v_object_
        try:
            v_url = self.url
        except AttributeError:
            pass
        else:
            data["url"] = v_url
        try:
            v_total_count = self.total_count
        except AttributeError:
            pass
        else:
            if not isinstance(v_total_count, Unset):
                data["total_count"] = v_total_count
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> GetInvoicesResponse200:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal; the checks below are what makes each stored value fit its field.
        # A value that does not fit stays in `d` (the additional properties), its field unfilled.
        fill: Any = obj
        v_data = d.pop("data", UNSET)
        if v_data is not UNSET:
            if type(v_data) is list and all(type(item0) is dict for item0 in v_data):
                fill.data = [Invoice.from_dict(item0) for item0 in v_data]
            else:
                d["data"] = v_data
        v_has_more = d.pop("has_more", UNSET)
        if v_has_more is not UNSET:
            if type(v_has_more) is bool:
                fill.has_more = v_has_more
            else:
                d["has_more"] = v_has_more
        v_object_ = d.pop("object", UNSET)
        if v_object_ is not UNSET:
            if type(v_object_) is str:
                fill.object_ = v_object_
            else:
                d["object"] = v_object_
        v_url = d.pop("url", UNSET)
        if v_url is not UNSET:
            if type(v_url) is str:
                fill.url = v_url
            else:
                d["url"] = v_url
        v_total_count = d.pop("total_count", UNSET)
        if v_total_count is UNSET:
            fill.total_count = UNSET
        elif type(v_total_count) is int:
            fill.total_count = v_total_count
        else:
            d["total_count"] = v_total_count
        fill.additional_properties = d
        return obj


class GetInvoicesResponse200Params(TypedDict, total=False):
    """GetInvoicesResponse200 as plain data, for request parameters."""

    data: Required[list[InvoiceParams | Invoice]]
    has_more: Required[bool]
    object: Required[GetInvoicesResponse200Object]
    url: Required[str]
    total_count: int


# Imported last: models refer to each other in cycles, and are only needed at call time.
from ..models.invoice import Invoice  # noqa: E402
