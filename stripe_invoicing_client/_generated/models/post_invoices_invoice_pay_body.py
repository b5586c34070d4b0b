from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.post_invoices_invoice_pay_body_mandate_type_1 import (
    PostInvoicesInvoicePayBodyMandateType1,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    pass


@_attrs_define
class PostInvoicesInvoicePayBody:
    """PostInvoicesInvoicePayBody

    Parsing is tolerant: a field missing from the data, or of another type than described,
    reads as `UNSET`, and anything not modelled is kept in `additional_properties`, so
    `from_dict(data).to_dict() == data`.
    """

    expand: list[str] | Unset = UNSET
    forgive: bool | Unset = UNSET
    mandate: PostInvoicesInvoicePayBodyMandateType1 | str | Unset = UNSET
    off_session: bool | Unset = UNSET
    paid_out_of_band: bool | Unset = UNSET
    payment_method: str | Unset = UNSET
    source: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = dict(self.additional_properties)
        v_expand = self.expand
        if not isinstance(v_expand, Unset):
            data["expand"] = v_expand
        v_forgive = self.forgive
        if not isinstance(v_forgive, Unset):
            data["forgive"] = v_forgive
        v_mandate = self.mandate
        if not isinstance(v_mandate, Unset):
            data["mandate"] = v_mandate
        v_off_session = self.off_session
        if not isinstance(v_off_session, Unset):
            data["off_session"] = v_off_session
        v_paid_out_of_band = self.paid_out_of_band
        if not isinstance(v_paid_out_of_band, Unset):
            data["paid_out_of_band"] = v_paid_out_of_band
        v_payment_method = self.payment_method
        if not isinstance(v_payment_method, Unset):
            data["payment_method"] = v_payment_method
        v_source = self.source
        if not isinstance(v_source, Unset):
            data["source"] = v_source
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PostInvoicesInvoicePayBody:
        d = dict(src_dict)
        v_expand = d.pop("expand", UNSET)
        if v_expand is not UNSET and not (
            type(v_expand) is list and all(type(item0) is str for item0 in v_expand)
        ):
            d["expand"] = v_expand
            v_expand = UNSET
        v_forgive = d.pop("forgive", UNSET)
        if v_forgive is not UNSET and not (type(v_forgive) is bool):
            d["forgive"] = v_forgive
            v_forgive = UNSET
        v_mandate = d.pop("mandate", UNSET)
        if v_mandate is not UNSET and not ((type(v_mandate) is str) or (v_mandate == "")):
            d["mandate"] = v_mandate
            v_mandate = UNSET
        v_off_session = d.pop("off_session", UNSET)
        if v_off_session is not UNSET and not (type(v_off_session) is bool):
            d["off_session"] = v_off_session
            v_off_session = UNSET
        v_paid_out_of_band = d.pop("paid_out_of_band", UNSET)
        if v_paid_out_of_band is not UNSET and not (type(v_paid_out_of_band) is bool):
            d["paid_out_of_band"] = v_paid_out_of_band
            v_paid_out_of_band = UNSET
        v_payment_method = d.pop("payment_method", UNSET)
        if v_payment_method is not UNSET and not (type(v_payment_method) is str):
            d["payment_method"] = v_payment_method
            v_payment_method = UNSET
        v_source = d.pop("source", UNSET)
        if v_source is not UNSET and not (type(v_source) is str):
            d["source"] = v_source
            v_source = UNSET
        obj = cls(
            expand=v_expand,
            forgive=v_forgive,
            mandate=v_mandate,
            off_session=v_off_session,
            paid_out_of_band=v_paid_out_of_band,
            payment_method=v_payment_method,
            source=v_source,
        )
        obj.additional_properties = d
        return obj

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


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
