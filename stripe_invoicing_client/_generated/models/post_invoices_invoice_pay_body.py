from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..models.post_invoices_invoice_pay_body_mandate_type_1 import (
    PostInvoicesInvoicePayBodyMandateType1,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    pass


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class PostInvoicesInvoicePayBody(Model):
    """PostInvoicesInvoicePayBody

    Parsing is tolerant: anything not modelled, and any value of another type than its field
    declares, is kept in `additional_properties`, so `from_dict(data).to_dict() == data`.
    Reading a field that the data lacks, or held with another type, raises
    `FieldNotAvailableError` (an AttributeError); optional fields read as `UNSET` when absent.
    """

    expand: list[str] | Unset = UNSET
    forgive: bool | Unset = UNSET
    mandate: PostInvoicesInvoicePayBodyMandateType1 | str | Unset = UNSET
    off_session: bool | Unset = UNSET
    paid_out_of_band: bool | Unset = UNSET
    payment_method: str | Unset = UNSET
    source: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("expand", "expand", "list[str]"),
        ("forgive", "forgive", "bool"),
        ("mandate", "mandate", "PostInvoicesInvoicePayBodyMandateType1 | str"),
        ("off_session", "off_session", "bool"),
        ("paid_out_of_band", "paid_out_of_band", "bool"),
        ("payment_method", "payment_method", "str"),
        ("source", "source", "str"),
    )

    def to_dict(self) -> dict[str, Any]:
        # An unfilled field raises AttributeError; what was received for it, if anything, is
        # already in additional_properties.
        data: dict[str, Any] = dict(self.additional_properties)
        try:
            v_expand = self.expand
        except AttributeError:
            pass
        else:
            if not isinstance(v_expand, Unset):
                data["expand"] = v_expand
        try:
            v_forgive = self.forgive
        except AttributeError:
            pass
        else:
            if not isinstance(v_forgive, Unset):
                data["forgive"] = v_forgive
        try:
            v_mandate = self.mandate
        except AttributeError:
            pass
        else:
            if not isinstance(v_mandate, Unset):
                data["mandate"] = v_mandate
        try:
            v_off_session = self.off_session
        except AttributeError:
            pass
        else:
            if not isinstance(v_off_session, Unset):
                data["off_session"] = v_off_session
        try:
            v_paid_out_of_band = self.paid_out_of_band
        except AttributeError:
            pass
        else:
            if not isinstance(v_paid_out_of_band, Unset):
                data["paid_out_of_band"] = v_paid_out_of_band
        try:
            v_payment_method = self.payment_method
        except AttributeError:
            pass
        else:
            if not isinstance(v_payment_method, Unset):
                data["payment_method"] = v_payment_method
        try:
            v_source = self.source
        except AttributeError:
            pass
        else:
            if not isinstance(v_source, Unset):
                data["source"] = v_source
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PostInvoicesInvoicePayBody:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal; the checks below are what makes each stored value fit its field.
        # A value that does not fit stays in `d` (the additional properties), its field unfilled.
        fill: Any = obj
        v_expand = d.pop("expand", UNSET)
        if v_expand is UNSET:
            fill.expand = UNSET
        elif type(v_expand) is list and all(type(item0) is str for item0 in v_expand):
            fill.expand = v_expand
        else:
            d["expand"] = v_expand
        v_forgive = d.pop("forgive", UNSET)
        if v_forgive is UNSET:
            fill.forgive = UNSET
        elif type(v_forgive) is bool:
            fill.forgive = v_forgive
        else:
            d["forgive"] = v_forgive
        v_mandate = d.pop("mandate", UNSET)
        if v_mandate is UNSET:
            fill.mandate = UNSET
        elif (type(v_mandate) is str) or (v_mandate == ""):
            fill.mandate = v_mandate
        else:
            d["mandate"] = v_mandate
        v_off_session = d.pop("off_session", UNSET)
        if v_off_session is UNSET:
            fill.off_session = UNSET
        elif type(v_off_session) is bool:
            fill.off_session = v_off_session
        else:
            d["off_session"] = v_off_session
        v_paid_out_of_band = d.pop("paid_out_of_band", UNSET)
        if v_paid_out_of_band is UNSET:
            fill.paid_out_of_band = UNSET
        elif type(v_paid_out_of_band) is bool:
            fill.paid_out_of_band = v_paid_out_of_band
        else:
            d["paid_out_of_band"] = v_paid_out_of_band
        v_payment_method = d.pop("payment_method", UNSET)
        if v_payment_method is UNSET:
            fill.payment_method = UNSET
        elif type(v_payment_method) is str:
            fill.payment_method = v_payment_method
        else:
            d["payment_method"] = v_payment_method
        v_source = d.pop("source", UNSET)
        if v_source is UNSET:
            fill.source = UNSET
        elif type(v_source) is str:
            fill.source = v_source
        else:
            d["source"] = v_source
        fill.additional_properties = d
        return obj


class PostInvoicesInvoicePayBodyParams(TypedDict, total=False):
    """PostInvoicesInvoicePayBody as plain data, for request parameters."""

    expand: list[str]
    forgive: bool
    mandate: str | PostInvoicesInvoicePayBodyMandateType1
    off_session: bool
    paid_out_of_band: bool
    payment_method: str
    source: str


# Imported last: models refer to each other in cycles, and are only needed at call time.
