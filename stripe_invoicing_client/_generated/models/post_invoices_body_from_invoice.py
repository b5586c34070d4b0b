from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..models.post_invoices_body_from_invoice_action import (
    PostInvoicesBodyFromInvoiceAction,
)
from ..types import UNSET

if TYPE_CHECKING:
    from typing_extensions import Required


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class PostInvoicesBodyFromInvoice(Model):
    """PostInvoicesBodyFromInvoice

    Parsing is tolerant: anything not modelled, and any value of another type than its field
    declares, is kept in `additional_properties`, so `from_dict(data).to_dict() == data`.
    Reading a field that the data lacks, or held with another type, raises
    `FieldNotAvailableError` (an AttributeError); optional fields read as `UNSET` when absent.
    """

    action: PostInvoicesBodyFromInvoiceAction
    invoice: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("action", "action", "PostInvoicesBodyFromInvoiceAction"),
        ("invoice", "invoice", "str"),
    )

    def to_dict(self) -> dict[str, Any]:
        # An unfilled field raises AttributeError; what was received for it, if anything, is
        # already in additional_properties.
        data: dict[str, Any] = dict(self.additional_properties)
        try:
            v_action = self.action
        except AttributeError:
            pass
        else:
            data["action"] = v_action
        try:
            v_invoice = self.invoice
        except AttributeError:
            pass
        else:
            data["invoice"] = v_invoice
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PostInvoicesBodyFromInvoice:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal; the checks below are what makes each stored value fit its field.
        # A value that does not fit stays in `d` (the additional properties), its field unfilled.
        fill: Any = obj
        v_action = d.pop("action", UNSET)
        if v_action is not UNSET:
            if type(v_action) is str:
                fill.action = v_action
            else:
                d["action"] = v_action
        v_invoice = d.pop("invoice", UNSET)
        if v_invoice is not UNSET:
            if type(v_invoice) is str:
                fill.invoice = v_invoice
            else:
                d["invoice"] = v_invoice
        fill.additional_properties = d
        return obj


class PostInvoicesBodyFromInvoiceParams(TypedDict, total=False):
    """PostInvoicesBodyFromInvoice as plain data, for request parameters."""

    action: Required[PostInvoicesBodyFromInvoiceAction]
    invoice: Required[str]


# Imported last: models refer to each other in cycles, and are only needed at call time.
