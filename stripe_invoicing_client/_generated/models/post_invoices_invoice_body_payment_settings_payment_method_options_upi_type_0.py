from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.post_invoices_invoice_body_payment_settings_payment_method_options_upi_type_0_mandate_options import (
        PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsUpiType0MandateOptions,
        PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsUpiType0MandateOptionsParams,
    )


@_attrs_define
class PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsUpiType0:
    """PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsUpiType0

    Parsing is tolerant: a field missing from the data, or of another type than described,
    reads as `UNSET`, and anything not modelled is kept in `additional_properties`, so
    `from_dict(data).to_dict() == data`.
    """

    mandate_options: (
        PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsUpiType0MandateOptions | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = dict(self.additional_properties)
        v_mandate_options = self.mandate_options
        if not isinstance(v_mandate_options, Unset):
            data["mandate_options"] = v_mandate_options.to_dict()
        return data

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsUpiType0:
        d = dict(src_dict)
        v_mandate_options = d.pop("mandate_options", UNSET)
        if v_mandate_options is not UNSET:
            if type(v_mandate_options) is dict:
                v_mandate_options = PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsUpiType0MandateOptions.from_dict(
                    v_mandate_options
                )
            else:
                d["mandate_options"] = v_mandate_options
                v_mandate_options = UNSET
        obj = cls(
            mandate_options=v_mandate_options,
        )
        obj.additional_properties = d
        return obj

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


class PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsUpiType0Params(
    TypedDict, total=False
):
    """PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsUpiType0 as plain data, for request parameters."""

    mandate_options: (
        PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsUpiType0MandateOptionsParams
        | PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsUpiType0MandateOptions
    )


# Imported last: models refer to each other in cycles, and are only needed at call time.
from ..models.post_invoices_invoice_body_payment_settings_payment_method_options_upi_type_0_mandate_options import (
    PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsUpiType0MandateOptions,  # noqa: E402
)
