from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.post_customers_customer_body_invoice_settings_rendering_options_type_0_amount_tax_display_type_0 import (
    PostCustomersCustomerBodyInvoiceSettingsRenderingOptionsType0AmountTaxDisplayType0,
)
from ..models.post_customers_customer_body_invoice_settings_rendering_options_type_0_amount_tax_display_type_1 import (
    PostCustomersCustomerBodyInvoiceSettingsRenderingOptionsType0AmountTaxDisplayType1,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    pass


@_attrs_define
class PostCustomersCustomerBodyInvoiceSettingsRenderingOptionsType0:
    """PostCustomersCustomerBodyInvoiceSettingsRenderingOptionsType0

    Parsing is tolerant: a field missing from the data, or of another type than described,
    reads as `UNSET`, and anything not modelled is kept in `additional_properties`, so
    `from_dict(data).to_dict() == data`.
    """

    amount_tax_display: (
        PostCustomersCustomerBodyInvoiceSettingsRenderingOptionsType0AmountTaxDisplayType0
        | PostCustomersCustomerBodyInvoiceSettingsRenderingOptionsType0AmountTaxDisplayType1
        | Unset
    ) = UNSET
    template: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = dict(self.additional_properties)
        v_amount_tax_display = self.amount_tax_display
        if not isinstance(v_amount_tax_display, Unset):
            data["amount_tax_display"] = v_amount_tax_display
        v_template = self.template
        if not isinstance(v_template, Unset):
            data["template"] = v_template
        return data

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> PostCustomersCustomerBodyInvoiceSettingsRenderingOptionsType0:
        d = dict(src_dict)
        v_amount_tax_display = d.pop("amount_tax_display", UNSET)
        if v_amount_tax_display is not UNSET and not (
            (type(v_amount_tax_display) is str) or (v_amount_tax_display == "")
        ):
            d["amount_tax_display"] = v_amount_tax_display
            v_amount_tax_display = UNSET
        v_template = d.pop("template", UNSET)
        if v_template is not UNSET and not (type(v_template) is str):
            d["template"] = v_template
            v_template = UNSET
        obj = cls(
            amount_tax_display=v_amount_tax_display,
            template=v_template,
        )
        obj.additional_properties = d
        return obj

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


class PostCustomersCustomerBodyInvoiceSettingsRenderingOptionsType0Params(TypedDict, total=False):
    """PostCustomersCustomerBodyInvoiceSettingsRenderingOptionsType0 as plain data, for request parameters."""

    amount_tax_display: (
        PostCustomersCustomerBodyInvoiceSettingsRenderingOptionsType0AmountTaxDisplayType0
        | PostCustomersCustomerBodyInvoiceSettingsRenderingOptionsType0AmountTaxDisplayType1
    )
    template: str


# Imported last: models refer to each other in cycles, and are only needed at call time.
