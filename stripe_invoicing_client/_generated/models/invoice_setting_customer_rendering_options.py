from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from typing_extensions import Required


@_attrs_define
class InvoiceSettingCustomerRenderingOptions:
    """Embedded object found at `customer.invoice_settings.rendering_options`.

    Parsing is tolerant: a field missing from the data, or of another type than described,
    reads as `UNSET`, and anything not modelled is kept in `additional_properties`, so
    `from_dict(data).to_dict() == data`.
    """

    amount_tax_display: None | str
    template: None | str
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
    def from_dict(cls, src_dict: Mapping[str, Any]) -> InvoiceSettingCustomerRenderingOptions:
        d = dict(src_dict)
        v_amount_tax_display = d.pop("amount_tax_display", UNSET)
        if v_amount_tax_display is not UNSET and not (
            (type(v_amount_tax_display) is str) or (v_amount_tax_display is None)
        ):
            d["amount_tax_display"] = v_amount_tax_display
            v_amount_tax_display = UNSET
        v_template = d.pop("template", UNSET)
        if v_template is not UNSET and not ((type(v_template) is str) or (v_template is None)):
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


class InvoiceSettingCustomerRenderingOptionsParams(TypedDict, total=False):
    """InvoiceSettingCustomerRenderingOptions as plain data, for request parameters."""

    amount_tax_display: Required[str]
    template: Required[str]


# Imported last: models refer to each other in cycles, and are only needed at call time.
