from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.post_invoices_body_payment_settings_payment_method_options_card_type_0_installments_plan_type_0_interval import (
    PostInvoicesBodyPaymentSettingsPaymentMethodOptionsCardType0InstallmentsPlanType0Interval,
)
from ..models.post_invoices_body_payment_settings_payment_method_options_card_type_0_installments_plan_type_0_type import (
    PostInvoicesBodyPaymentSettingsPaymentMethodOptionsCardType0InstallmentsPlanType0Type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from typing_extensions import Required


@_attrs_define
class PostInvoicesBodyPaymentSettingsPaymentMethodOptionsCardType0InstallmentsPlanType0:
    """PostInvoicesBodyPaymentSettingsPaymentMethodOptionsCardType0InstallmentsPlanType0

    Parsing is tolerant: a field missing from the data, or of another type than described,
    reads as `UNSET`, and anything not modelled is kept in `additional_properties`, so
    `from_dict(data).to_dict() == data`.
    """

    type_: PostInvoicesBodyPaymentSettingsPaymentMethodOptionsCardType0InstallmentsPlanType0Type
    count: int | Unset = UNSET
    interval: (
        PostInvoicesBodyPaymentSettingsPaymentMethodOptionsCardType0InstallmentsPlanType0Interval
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = dict(self.additional_properties)
        v_type_ = self.type_
        if not isinstance(v_type_, Unset):
            data["type"] = v_type_
        v_count = self.count
        if not isinstance(v_count, Unset):
            data["count"] = v_count
        v_interval = self.interval
        if not isinstance(v_interval, Unset):
            data["interval"] = v_interval
        return data

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> PostInvoicesBodyPaymentSettingsPaymentMethodOptionsCardType0InstallmentsPlanType0:
        d = dict(src_dict)
        v_type_ = d.pop("type", UNSET)
        if v_type_ is not UNSET and not (type(v_type_) is str):
            d["type"] = v_type_
            v_type_ = UNSET
        v_count = d.pop("count", UNSET)
        if v_count is not UNSET and not (type(v_count) is int):
            d["count"] = v_count
            v_count = UNSET
        v_interval = d.pop("interval", UNSET)
        if v_interval is not UNSET and not (type(v_interval) is str):
            d["interval"] = v_interval
            v_interval = UNSET
        obj = cls(
            type_=v_type_,
            count=v_count,
            interval=v_interval,
        )
        obj.additional_properties = d
        return obj

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


class PostInvoicesBodyPaymentSettingsPaymentMethodOptionsCardType0InstallmentsPlanType0Params(
    TypedDict, total=False
):
    """PostInvoicesBodyPaymentSettingsPaymentMethodOptionsCardType0InstallmentsPlanType0 as plain data, for request parameters."""

    type: Required[
        PostInvoicesBodyPaymentSettingsPaymentMethodOptionsCardType0InstallmentsPlanType0Type
    ]
    count: int
    interval: (
        PostInvoicesBodyPaymentSettingsPaymentMethodOptionsCardType0InstallmentsPlanType0Interval
    )


# Imported last: models refer to each other in cycles, and are only needed at call time.
