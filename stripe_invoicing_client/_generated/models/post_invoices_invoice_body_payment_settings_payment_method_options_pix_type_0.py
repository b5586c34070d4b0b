from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..models.post_invoices_invoice_body_payment_settings_payment_method_options_pix_type_0_amount_includes_iof import (
    PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsPixType0AmountIncludesIof,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    pass


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsPixType0(Model):
    """PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsPixType0

    Parsing is tolerant: anything not modelled, and any value of another type than its field
    declares, is kept in `additional_properties`, so `from_dict(data).to_dict() == data`.
    Reading a field that the data lacks, or held with another type, raises
    `FieldNotAvailableError` (an AttributeError); optional fields read as `UNSET` when absent.
    """

    amount_includes_iof: (
        PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsPixType0AmountIncludesIof | Unset
    ) = UNSET
    expires_after_seconds: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        (
            "amount_includes_iof",
            "amount_includes_iof",
            "PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsPixType0AmountIncludesIof",
        ),
        ("expires_after_seconds", "expires_after_seconds", "int"),
    )

    def to_dict(self) -> dict[str, Any]:
        # An unfilled field raises AttributeError; what was received for it, if anything, is
        # already in additional_properties.
        data: dict[str, Any] = dict(self.additional_properties)
        try:
            v_amount_includes_iof = self.amount_includes_iof
        except AttributeError:
            pass
        else:
            if not isinstance(v_amount_includes_iof, Unset):
                data["amount_includes_iof"] = v_amount_includes_iof
        try:
            v_expires_after_seconds = self.expires_after_seconds
        except AttributeError:
            pass
        else:
            if not isinstance(v_expires_after_seconds, Unset):
                data["expires_after_seconds"] = v_expires_after_seconds
        return data

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsPixType0:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal; the checks below are what makes each stored value fit its field.
        # A value that does not fit stays in `d` (the additional properties), its field unfilled.
        fill: Any = obj
        v_amount_includes_iof = d.pop("amount_includes_iof", UNSET)
        if v_amount_includes_iof is UNSET:
            fill.amount_includes_iof = UNSET
        elif type(v_amount_includes_iof) is str:
            fill.amount_includes_iof = v_amount_includes_iof
        else:
            d["amount_includes_iof"] = v_amount_includes_iof
        v_expires_after_seconds = d.pop("expires_after_seconds", UNSET)
        if v_expires_after_seconds is UNSET:
            fill.expires_after_seconds = UNSET
        elif type(v_expires_after_seconds) is int:
            fill.expires_after_seconds = v_expires_after_seconds
        else:
            d["expires_after_seconds"] = v_expires_after_seconds
        fill.additional_properties = d
        return obj


class PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsPixType0Params(
    TypedDict, total=False
):
    """PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsPixType0 as plain data, for request parameters."""

    amount_includes_iof: (
        PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsPixType0AmountIncludesIof
    )
    expires_after_seconds: int


# Imported last: models refer to each other in cycles, and are only needed at call time.
