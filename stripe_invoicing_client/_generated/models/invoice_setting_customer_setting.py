from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

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


@_attrs_define
class InvoiceSettingCustomerSetting:
    """Embedded object found at `customer.invoice_settings`.

    Parsing is tolerant: a field missing from the data, or of another type than described,
    reads as `UNSET`, and anything not modelled is kept in `additional_properties`, so
    `from_dict(data).to_dict() == data`.
    """

    custom_fields: list[InvoiceSettingCustomField] | None
    default_payment_method: None | str | StripeObject
    footer: None | str
    rendering_options: InvoiceSettingCustomerRenderingOptions | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = dict(self.additional_properties)
        v_custom_fields = self.custom_fields
        if not isinstance(v_custom_fields, Unset):
            data["custom_fields"] = (
                [item0.to_dict() for item0 in v_custom_fields]
                if isinstance(v_custom_fields, list)
                else v_custom_fields
            )
        v_default_payment_method = self.default_payment_method
        if not isinstance(v_default_payment_method, Unset):
            data["default_payment_method"] = v_default_payment_method
        v_footer = self.footer
        if not isinstance(v_footer, Unset):
            data["footer"] = v_footer
        v_rendering_options = self.rendering_options
        if not isinstance(v_rendering_options, Unset):
            data["rendering_options"] = (
                v_rendering_options.to_dict()
                if isinstance(v_rendering_options, InvoiceSettingCustomerRenderingOptions)
                else v_rendering_options
            )
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> InvoiceSettingCustomerSetting:
        d = dict(src_dict)
        v_custom_fields = d.pop("custom_fields", UNSET)
        if v_custom_fields is not UNSET:
            if (
                type(v_custom_fields) is list
                and all(type(item0) is dict for item0 in v_custom_fields)
            ) or (v_custom_fields is None):
                v_custom_fields = (
                    [InvoiceSettingCustomField.from_dict(item0) for item0 in v_custom_fields]
                    if type(v_custom_fields) is list
                    and all(type(item0) is dict for item0 in v_custom_fields)
                    else v_custom_fields
                )
            else:
                d["custom_fields"] = v_custom_fields
                v_custom_fields = UNSET
        v_default_payment_method = d.pop("default_payment_method", UNSET)
        if v_default_payment_method is not UNSET and not (
            (type(v_default_payment_method) is str)
            or (type(v_default_payment_method) is dict)
            or (v_default_payment_method is None)
        ):
            d["default_payment_method"] = v_default_payment_method
            v_default_payment_method = UNSET
        v_footer = d.pop("footer", UNSET)
        if v_footer is not UNSET and not ((type(v_footer) is str) or (v_footer is None)):
            d["footer"] = v_footer
            v_footer = UNSET
        v_rendering_options = d.pop("rendering_options", UNSET)
        if v_rendering_options is not UNSET:
            if (type(v_rendering_options) is dict) or (v_rendering_options is None):
                v_rendering_options = (
                    InvoiceSettingCustomerRenderingOptions.from_dict(v_rendering_options)
                    if type(v_rendering_options) is dict
                    else v_rendering_options
                )
            else:
                d["rendering_options"] = v_rendering_options
                v_rendering_options = UNSET
        obj = cls(
            custom_fields=v_custom_fields,
            default_payment_method=v_default_payment_method,
            footer=v_footer,
            rendering_options=v_rendering_options,
        )
        obj.additional_properties = d
        return obj

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


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
