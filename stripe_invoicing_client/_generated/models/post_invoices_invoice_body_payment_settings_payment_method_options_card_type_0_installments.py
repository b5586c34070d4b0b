from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.post_invoices_invoice_body_payment_settings_payment_method_options_card_type_0_installments_plan_type_1 import (
    PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsCardType0InstallmentsPlanType1,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.post_invoices_invoice_body_payment_settings_payment_method_options_card_type_0_installments_plan_type_0 import (
        PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsCardType0InstallmentsPlanType0,
        PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsCardType0InstallmentsPlanType0Params,
    )


@_attrs_define
class PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsCardType0Installments:
    """PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsCardType0Installments

    Parsing is tolerant: a field missing from the data, or of another type than described,
    reads as `UNSET`, and anything not modelled is kept in `additional_properties`, so
    `from_dict(data).to_dict() == data`.
    """

    enabled: bool | Unset = UNSET
    plan: (
        PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsCardType0InstallmentsPlanType0
        | PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsCardType0InstallmentsPlanType1
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = dict(self.additional_properties)
        v_enabled = self.enabled
        if not isinstance(v_enabled, Unset):
            data["enabled"] = v_enabled
        v_plan = self.plan
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
        v_enabled = d.pop("enabled", UNSET)
        if v_enabled is not UNSET and not (type(v_enabled) is bool):
            d["enabled"] = v_enabled
            v_enabled = UNSET
        v_plan = d.pop("plan", UNSET)
        if v_plan is not UNSET:
            if (type(v_plan) is dict) or (v_plan == ""):
                v_plan = (
                    PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsCardType0InstallmentsPlanType0.from_dict(
                        v_plan
                    )
                    if type(v_plan) is dict
                    else v_plan
                )
            else:
                d["plan"] = v_plan
                v_plan = UNSET
        obj = cls(
            enabled=v_enabled,
            plan=v_plan,
        )
        obj.additional_properties = d
        return obj

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


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
