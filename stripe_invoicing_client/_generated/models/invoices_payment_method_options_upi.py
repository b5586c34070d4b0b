from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from typing_extensions import Required

    from ..models.invoices_payment_method_options_upi_mandate_options import (
        InvoicesPaymentMethodOptionsUpiMandateOptions,
        InvoicesPaymentMethodOptionsUpiMandateOptionsParams,
    )


@_attrs_define
class InvoicesPaymentMethodOptionsUpi:
    """Embedded object found at `invoice.payment_settings.payment_method_options.upi`.

    Parsing is tolerant: a field missing from the data, or of another type than described,
    reads as `UNSET`, and anything not modelled is kept in `additional_properties`, so
    `from_dict(data).to_dict() == data`.
    """

    mandate_options: InvoicesPaymentMethodOptionsUpiMandateOptions | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = dict(self.additional_properties)
        v_mandate_options = self.mandate_options
        if not isinstance(v_mandate_options, Unset):
            data["mandate_options"] = (
                v_mandate_options.to_dict()
                if isinstance(v_mandate_options, InvoicesPaymentMethodOptionsUpiMandateOptions)
                else v_mandate_options
            )
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> InvoicesPaymentMethodOptionsUpi:
        d = dict(src_dict)
        v_mandate_options = d.pop("mandate_options", UNSET)
        if v_mandate_options is not UNSET:
            if (type(v_mandate_options) is dict) or (v_mandate_options is None):
                v_mandate_options = (
                    InvoicesPaymentMethodOptionsUpiMandateOptions.from_dict(v_mandate_options)
                    if type(v_mandate_options) is dict
                    else v_mandate_options
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


class InvoicesPaymentMethodOptionsUpiParams(TypedDict, total=False):
    """InvoicesPaymentMethodOptionsUpi as plain data, for request parameters."""

    mandate_options: Required[
        InvoicesPaymentMethodOptionsUpiMandateOptionsParams
        | InvoicesPaymentMethodOptionsUpiMandateOptions
    ]


# Imported last: models refer to each other in cycles, and are only needed at call time.
from ..models.invoices_payment_method_options_upi_mandate_options import (
    InvoicesPaymentMethodOptionsUpiMandateOptions,  # noqa: E402
)
