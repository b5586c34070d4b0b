from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..models.post_invoices_invoice_body_payment_settings_payment_method_options_card_type_0_installments_plan_type_0_interval import (
    PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsCardType0InstallmentsPlanType0Interval,
)
from ..models.post_invoices_invoice_body_payment_settings_payment_method_options_card_type_0_installments_plan_type_0_type import (
    PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsCardType0InstallmentsPlanType0Type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from typing_extensions import Required


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsCardType0InstallmentsPlanType0(
    Model
):
    """PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsCardType0InstallmentsPlanType0

    Parsing is tolerant: anything not modelled, and any value of another type than its field
    declares, is kept in `additional_properties`, so `from_dict(data).to_dict() == data`.
    Reading a field that the data lacks, or held with another type, raises
    `FieldNotAvailableError` (an AttributeError); optional fields read as `UNSET` when absent.
    """

    type_: (
        PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsCardType0InstallmentsPlanType0Type
    )
    count: int | Unset = UNSET
    interval: (
        PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsCardType0InstallmentsPlanType0Interval
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        (
            "type_",
            "type",
            "PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsCardType0InstallmentsPlanType0Type",
        ),
        ("count", "count", "int"),
        (
            "interval",
            "interval",
            "PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsCardType0InstallmentsPlanType0Interval",
        ),
    )

    def to_dict(self) -> dict[str, Any]:
        # An unfilled field raises AttributeError; what was received for it, if anything, is
        # already in additional_properties.
        data: dict[str, Any] = dict(self.additional_properties)
        try:
            v_type_ = self.type_
        except AttributeError:
            pass
        else:
            data["type"] = v_type_
        try:
            v_count = self.count
        except AttributeError:
            pass
        else:
            if not isinstance(v_count, Unset):
                data["count"] = v_count
        try:
            v_interval = self.interval
        except AttributeError:
            pass
        else:
            if not isinstance(v_interval, Unset):
                data["interval"] = v_interval
        return data

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsCardType0InstallmentsPlanType0:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal; the checks below are what makes each stored value fit its field.
        # A value that does not fit stays in `d` (the additional properties), its field unfilled.
        fill: Any = obj
        v_type_ = d.pop("type", UNSET)
        if v_type_ is not UNSET:
            if type(v_type_) is str:
                fill.type_ = v_type_
            else:
                d["type"] = v_type_
        v_count = d.pop("count", UNSET)
        if v_count is UNSET:
            fill.count = UNSET
        elif type(v_count) is int:
            fill.count = v_count
        else:
            d["count"] = v_count
        v_interval = d.pop("interval", UNSET)
        if v_interval is UNSET:
            fill.interval = UNSET
        elif type(v_interval) is str:
            fill.interval = v_interval
        else:
            d["interval"] = v_interval
        fill.additional_properties = d
        return obj


class PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsCardType0InstallmentsPlanType0Params(
    TypedDict, total=False
):
    """PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsCardType0InstallmentsPlanType0 as plain data, for request parameters."""

    type: Required[
        PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsCardType0InstallmentsPlanType0Type
    ]
    count: int
    interval: PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsCardType0InstallmentsPlanType0Interval


# Imported last: models refer to each other in cycles, and are only needed at call time.
