from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET

if TYPE_CHECKING:
    from typing_extensions import Required

    from ..models.invoice_setting_custom_field import (
        InvoiceSettingCustomField,
        InvoiceSettingCustomFieldParams,
    )
    from ..models.invoice_setting_customer_rendering_options import (
        InvoiceSettingCustomerRenderingOptions,
        InvoiceSettingCustomerRenderingOptionsParams,
    )
    from ..models.stripe_object import StripeObject


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class InvoiceSettingCustomerSetting(Model):
    """Embedded object found at `customer.invoice_settings`.

    Parsing is tolerant: anything not modelled, and any value of another type than its field
    declares, is kept in `additional_properties`, so `from_dict(data).to_dict() == data`.
    Reading a field that the data lacks, or held with another type, raises
    `FieldNotAvailableError` (an AttributeError); optional fields read as `UNSET` when absent.
    """

    custom_fields: list[InvoiceSettingCustomField] | None
    default_payment_method: None | str | StripeObject
    footer: None | str
    rendering_options: InvoiceSettingCustomerRenderingOptions | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("custom_fields", "custom_fields", "list[InvoiceSettingCustomField] | None"),
        ("default_payment_method", "default_payment_method", "str | StripeObject | None"),
        ("footer", "footer", "str | None"),
        ("rendering_options", "rendering_options", "InvoiceSettingCustomerRenderingOptions | None"),
    )

    def to_dict(self) -> dict[str, Any]:
        # An unfilled field raises AttributeError; what was received for it, if anything, is
        # already in additional_properties.
        data: dict[str, Any] = dict(self.additional_properties)
        try:
            v_custom_fields = self.custom_fields
        except AttributeError:
            pass
        else:
            data["custom_fields"] = (
                [item0.to_dict() for item0 in v_custom_fields]
                if isinstance(v_custom_fields, list)
                else v_custom_fields
            )
        try:
            v_default_payment_method = self.default_payment_method
        except AttributeError:
            pass
        else:
            data["default_payment_method"] = v_default_payment_method
        try:
            v_footer = self.footer
        except AttributeError:
            pass
        else:
            data["footer"] = v_footer
        try:
            v_rendering_options = self.rendering_options
        except AttributeError:
            pass
        else:
            data["rendering_options"] = (
                v_rendering_options.to_dict()
                if isinstance(v_rendering_options, InvoiceSettingCustomerRenderingOptions)
                else v_rendering_options
            )
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> InvoiceSettingCustomerSetting:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal; the checks below are what makes each stored value fit its field.
        # A value that does not fit stays in `d` (the additional properties), its field unfilled.
        fill: Any = obj
        v_custom_fields = d.pop("custom_fields", UNSET)
        if v_custom_fields is not UNSET:
            if (
                type(v_custom_fields) is list
                and all(type(item0) is dict for item0 in v_custom_fields)
            ) or (v_custom_fields is None):
                fill.custom_fields = (
                    [InvoiceSettingCustomField.from_dict(item0) for item0 in v_custom_fields]
                    if type(v_custom_fields) is list
                    and all(type(item0) is dict for item0 in v_custom_fields)
                    else v_custom_fields
                )
            else:
                d["custom_fields"] = v_custom_fields
        v_default_payment_method = d.pop("default_payment_method", UNSET)
        if v_default_payment_method is not UNSET:
            if (
                (type(v_default_payment_method) is str)
                or (type(v_default_payment_method) is dict)
                or (v_default_payment_method is None)
            ):
                fill.default_payment_method = v_default_payment_method
            else:
                d["default_payment_method"] = v_default_payment_method
        v_footer = d.pop("footer", UNSET)
        if v_footer is not UNSET:
            if (type(v_footer) is str) or (v_footer is None):
                fill.footer = v_footer
            else:
                d["footer"] = v_footer
        v_rendering_options = d.pop("rendering_options", UNSET)
        if v_rendering_options is not UNSET:
            if (type(v_rendering_options) is dict) or (v_rendering_options is None):
                fill.rendering_options = (
                    InvoiceSettingCustomerRenderingOptions.from_dict(v_rendering_options)
                    if type(v_rendering_options) is dict
                    else v_rendering_options
                )
            else:
                d["rendering_options"] = v_rendering_options
        fill.additional_properties = d
        return obj


class InvoiceSettingCustomerSettingParams(TypedDict, total=False):
    """InvoiceSettingCustomerSetting as plain data, for request parameters."""

    custom_fields: Required[list[InvoiceSettingCustomFieldParams | InvoiceSettingCustomField]]
    default_payment_method: Required[str | Mapping[str, Any]]
    footer: Required[str]
    rendering_options: Required[
        InvoiceSettingCustomerRenderingOptionsParams | InvoiceSettingCustomerRenderingOptions
    ]


# Imported last: models refer to each other in cycles, and are only needed at call time.
from ..models.invoice_setting_custom_field import InvoiceSettingCustomField  # noqa: E402
from ..models.invoice_setting_customer_rendering_options import (
    InvoiceSettingCustomerRenderingOptions,  # noqa: E402
)
from ..models.stripe_object import StripeObject  # noqa: E402
