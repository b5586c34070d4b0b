from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..models.post_customers_customer_body_invoice_settings_rendering_options_type_0_amount_tax_display_type_0 import (
    PostCustomersCustomerBodyInvoiceSettingsRenderingOptionsType0AmountTaxDisplayType0,
)
from ..models.post_customers_customer_body_invoice_settings_rendering_options_type_0_amount_tax_display_type_1 import (
    PostCustomersCustomerBodyInvoiceSettingsRenderingOptionsType0AmountTaxDisplayType1,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    pass


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class PostCustomersCustomerBodyInvoiceSettingsRenderingOptionsType0(Model):
    """PostCustomersCustomerBodyInvoiceSettingsRenderingOptionsType0

    Parsing is tolerant: anything not modelled, and any value of another type than its field
    declares, is kept in `additional_properties`, so `from_dict(data).to_dict() == data`.
    Reading a field that the data lacks, or held with another type, raises
    `FieldNotAvailableError` (an AttributeError); optional fields read as `UNSET` when absent.
    """

    amount_tax_display: (
        PostCustomersCustomerBodyInvoiceSettingsRenderingOptionsType0AmountTaxDisplayType0
        | PostCustomersCustomerBodyInvoiceSettingsRenderingOptionsType0AmountTaxDisplayType1
        | Unset
    ) = UNSET
    template: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        (
            "amount_tax_display",
            "amount_tax_display",
            "PostCustomersCustomerBodyInvoiceSettingsRenderingOptionsType0AmountTaxDisplayType0 | PostCustomersCustomerBodyInvoiceSettingsRenderingOptionsType0AmountTaxDisplayType1",
        ),
        ("template", "template", "str"),
    )

    def to_dict(self) -> dict[str, Any]:
        # An unfilled field raises AttributeError; what was received for it, if anything, is
        # already in additional_properties.
        data: dict[str, Any] = dict(self.additional_properties)
        try:
            v_amount_tax_display = self.amount_tax_display
        except AttributeError:
            pass
        else:
            if not isinstance(v_amount_tax_display, Unset):
                data["amount_tax_display"] = v_amount_tax_display
        try:
            v_template = self.template
        except AttributeError:
            pass
        else:
            if not isinstance(v_template, Unset):
                data["template"] = v_template
        return data

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> PostCustomersCustomerBodyInvoiceSettingsRenderingOptionsType0:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal; the checks below are what makes each stored value fit its field.
        # A value that does not fit stays in `d` (the additional properties), its field unfilled.
        fill: Any = obj
        v_amount_tax_display = d.pop("amount_tax_display", UNSET)
        if v_amount_tax_display is UNSET:
            fill.amount_tax_display = UNSET
        elif (type(v_amount_tax_display) is str) or (v_amount_tax_display == ""):
            fill.amount_tax_display = v_amount_tax_display
        else:
            d["amount_tax_display"] = v_amount_tax_display
        v_template = d.pop("template", UNSET)
        if v_template is UNSET:
            fill.template = UNSET
        elif type(v_template) is str:
            fill.template = v_template
        else:
            d["template"] = v_template
        fill.additional_properties = d
        return obj


class PostCustomersCustomerBodyInvoiceSettingsRenderingOptionsType0Params(TypedDict, total=False):
    """PostCustomersCustomerBodyInvoiceSettingsRenderingOptionsType0 as plain data, for request parameters."""

    amount_tax_display: (
        PostCustomersCustomerBodyInvoiceSettingsRenderingOptionsType0AmountTaxDisplayType0
        | PostCustomersCustomerBodyInvoiceSettingsRenderingOptionsType0AmountTaxDisplayType1
    )
    template: str


# Imported last: models refer to each other in cycles, and are only needed at call time.
