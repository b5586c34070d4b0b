from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET

if TYPE_CHECKING:
    from typing_extensions import Required


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class InvoiceSettingCustomerRenderingOptions(Model):
    """Embedded object found at `customer.invoice_settings.rendering_options`.

    Parsing is tolerant: anything not modelled, and any value of another type than its field
    declares, is kept in `additional_properties`, so `from_dict(data).to_dict() == data`.
    Reading a field that the data lacks, or held with another type, raises
    `FieldNotAvailableError` (an AttributeError); optional fields read as `UNSET` when absent.
    """

    amount_tax_display: None | str
    template: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("amount_tax_display", "amount_tax_display", "str | None"),
        ("template", "template", "str | None"),
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
            data["amount_tax_display"] = v_amount_tax_display
        try:
            v_template = self.template
        except AttributeError:
            pass
        else:
            data["template"] = v_template
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> InvoiceSettingCustomerRenderingOptions:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal; the checks below are what makes each stored value fit its field.
        # A value that does not fit stays in `d` (the additional properties), its field unfilled.
        fill: Any = obj
        v_amount_tax_display = d.pop("amount_tax_display", UNSET)
        if v_amount_tax_display is not UNSET:
            if (type(v_amount_tax_display) is str) or (v_amount_tax_display is None):
                fill.amount_tax_display = v_amount_tax_display
            else:
                d["amount_tax_display"] = v_amount_tax_display
        v_template = d.pop("template", UNSET)
        if v_template is not UNSET:
            if (type(v_template) is str) or (v_template is None):
                fill.template = v_template
            else:
                d["template"] = v_template
        fill.additional_properties = d
        return obj


class InvoiceSettingCustomerRenderingOptionsParams(TypedDict, total=False):
    """InvoiceSettingCustomerRenderingOptions as plain data, for request parameters."""

    amount_tax_display: Required[str]
    template: Required[str]


# Imported last: models refer to each other in cycles, and are only needed at call time.
