from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.post_invoices_body_payment_settings_payment_method_options_upi_type_0_mandate_options_amount_type import (
    PostInvoicesBodyPaymentSettingsPaymentMethodOptionsUpiType0MandateOptionsAmountType,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    pass


@_attrs_define
class PostInvoicesBodyPaymentSettingsPaymentMethodOptionsUpiType0MandateOptions:
    """PostInvoicesBodyPaymentSettingsPaymentMethodOptionsUpiType0MandateOptions

    Parsing is tolerant: a field missing from the data, or of another type than described,
    reads as `UNSET`, and anything not modelled is kept in `additional_properties`, so
    `from_dict(data).to_dict() == data`.
    """

    amount: int | Unset = UNSET
    amount_type: (
        PostInvoicesBodyPaymentSettingsPaymentMethodOptionsUpiType0MandateOptionsAmountType | Unset
    ) = UNSET
    description: str | Unset = UNSET
    end_date: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = dict(self.additional_properties)
        v_amount = self.amount
        if not isinstance(v_amount, Unset):
            data["amount"] = v_amount
        v_amount_type = self.amount_type
        if not isinstance(v_amount_type, Unset):
            data["amount_type"] = v_amount_type
        v_description = self.description
        if not isinstance(v_description, Unset):
            data["description"] = v_description
        v_end_date = self.end_date
        if not isinstance(v_end_date, Unset):
            data["end_date"] = v_end_date
        return data

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> PostInvoicesBodyPaymentSettingsPaymentMethodOptionsUpiType0MandateOptions:
        d = dict(src_dict)
        v_amount = d.pop("amount", UNSET)
        if v_amount is not UNSET and not (type(v_amount) is int):
            d["amount"] = v_amount
            v_amount = UNSET
        v_amount_type = d.pop("amount_type", UNSET)
        if v_amount_type is not UNSET and not (type(v_amount_type) is str):
            d["amount_type"] = v_amount_type
            v_amount_type = UNSET
        v_description = d.pop("description", UNSET)
        if v_description is not UNSET and not (type(v_description) is str):
            d["description"] = v_description
            v_description = UNSET
        v_end_date = d.pop("end_date", UNSET)
        if v_end_date is not UNSET and not (type(v_end_date) is int):
            d["end_date"] = v_end_date
            v_end_date = UNSET
        obj = cls(
            amount=v_amount,
            amount_type=v_amount_type,
            description=v_description,
            end_date=v_end_date,
        )
        obj.additional_properties = d
        return obj

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


class PostInvoicesBodyPaymentSettingsPaymentMethodOptionsUpiType0MandateOptionsParams(
    TypedDict, total=False
):
    """PostInvoicesBodyPaymentSettingsPaymentMethodOptionsUpiType0MandateOptions as plain data, for request parameters."""

    amount: int
    amount_type: PostInvoicesBodyPaymentSettingsPaymentMethodOptionsUpiType0MandateOptionsAmountType
    description: str
    end_date: int


# Imported last: models refer to each other in cycles, and are only needed at call time.
