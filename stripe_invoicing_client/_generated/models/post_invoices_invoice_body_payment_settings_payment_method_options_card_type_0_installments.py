from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..models.post_invoices_invoice_body_payment_settings_payment_method_options_card_type_0_installments_plan_type_1 import (
    PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsCardType0InstallmentsPlanType1,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.post_invoices_invoice_body_payment_settings_payment_method_options_card_type_0_installments_plan_type_0 import (
        PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsCardType0InstallmentsPlanType0,
        PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsCardType0InstallmentsPlanType0Params,
    )


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsCardType0Installments(Model):
    """PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsCardType0Installments

    Parsing is tolerant: anything not modelled, and any value of another type than its field
    declares, is kept in `additional_properties`, so `from_dict(data).to_dict() == data`.
    Reading a field that the data lacks, or held with another type, raises
    `FieldNotAvailableError` (an AttributeError); optional fields read as `UNSET` when absent.
    """

    enabled: bool | Unset = UNSET
    plan: (
        PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsCardType0InstallmentsPlanType0
        | PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsCardType0InstallmentsPlanType1
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("enabled", "enabled", "bool"),
        (
            "plan",
            "plan",
            "PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsCardType0InstallmentsPlanType0 | PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsCardType0InstallmentsPlanType1",
        ),
    )

    def to_dict(self) -> dict[str, Any]:
        # An unfilled field raises AttributeError; what was received for it, if anything, is
        # already in additional_properties.
        data: dict[str, Any] = dict(self.additional_properties)
        try:
            v_enabled = self.enabled
        except AttributeError:
            pass
        else:
            if not isinstance(v_enabled, Unset):
                data["enabled"] = v_enabled
        try:
            v_plan = self.plan
        except AttributeError:
            pass
        else:
            if not isinstance(v_plan, Unset):
                data["plan"] = (
                    v_plan.to_dict()
                    if isinstance(
                        v_plan,
                        PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsCardType0InstallmentsPlanType0,
                    )
                    else v_plan
                )
        return data

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsCardType0Installments:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal; the checks below are what makes each stored value fit its field.
        # A value that does not fit stays in `d` (the additional properties), its field unfilled.
        fill: Any = obj
        v_enabled = d.pop("enabled", UNSET)
        if v_enabled is UNSET:
            fill.enabled = UNSET
        elif type(v_enabled) is bool:
            fill.enabled = v_enabled
        else:
            d["enabled"] = v_enabled
        v_plan = d.pop("plan", UNSET)
        if v_plan is UNSET:
            fill.plan = UNSET
        elif (type(v_plan) is dict) or (v_plan == ""):
            fill.plan = (
                PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsCardType0InstallmentsPlanType0.from_dict(
                    v_plan
                )
                if type(v_plan) is dict
                else v_plan
            )
        else:
            d["plan"] = v_plan
        fill.additional_properties = d
        return obj


class PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsCardType0InstallmentsParams(
    TypedDict, total=False
):
    """PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsCardType0Installments as plain data, for request parameters."""

    enabled: bool
    plan: (
        PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsCardType0InstallmentsPlanType0Params
        | PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsCardType0InstallmentsPlanType0
        | PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsCardType0InstallmentsPlanType1
    )


# Imported last: models refer to each other in cycles, and are only needed at call time.
from ..models.post_invoices_invoice_body_payment_settings_payment_method_options_card_type_0_installments_plan_type_0 import (
    PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsCardType0InstallmentsPlanType0,  # noqa: E402
)
