from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.post_customers_customer_body_invoice_settings_custom_fields_type_1 import (
    PostCustomersCustomerBodyInvoiceSettingsCustomFieldsType1,
)
from ..models.post_customers_customer_body_invoice_settings_rendering_options_type_1 import (
    PostCustomersCustomerBodyInvoiceSettingsRenderingOptionsType1,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.post_customers_customer_body_invoice_settings_custom_fields_type_0_item import (
        PostCustomersCustomerBodyInvoiceSettingsCustomFieldsType0Item,
        PostCustomersCustomerBodyInvoiceSettingsCustomFieldsType0ItemParams,
    )
    from ..models.post_customers_customer_body_invoice_settings_rendering_options_type_0 import (
        PostCustomersCustomerBodyInvoiceSettingsRenderingOptionsType0,
        PostCustomersCustomerBodyInvoiceSettingsRenderingOptionsType0Params,
    )


@_attrs_define
class PostCustomersCustomerBodyInvoiceSettings:
    """PostCustomersCustomerBodyInvoiceSettings

    Parsing is tolerant: a field missing from the data, or of another type than described,
    reads as `UNSET`, and anything not modelled is kept in `additional_properties`, so
    `from_dict(data).to_dict() == data`.
    """

    custom_fields: (
        list[PostCustomersCustomerBodyInvoiceSettingsCustomFieldsType0Item]
        | PostCustomersCustomerBodyInvoiceSettingsCustomFieldsType1
        | Unset
    ) = UNSET
    default_payment_method: str | Unset = UNSET
    footer: str | Unset = UNSET
    rendering_options: (
        PostCustomersCustomerBodyInvoiceSettingsRenderingOptionsType0
        | PostCustomersCustomerBodyInvoiceSettingsRenderingOptionsType1
        | Unset
    ) = UNSET
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
                if isinstance(
                    v_rendering_options,
                    PostCustomersCustomerBodyInvoiceSettingsRenderingOptionsType0,
                )
                else v_rendering_options
            )
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PostCustomersCustomerBodyInvoiceSettings:
        d = dict(src_dict)
        v_custom_fields = d.pop("custom_fields", UNSET)
        if v_custom_fields is not UNSET:
            if (
                type(v_custom_fields) is list
                and all(type(item0) is dict for item0 in v_custom_fields)
            ) or (v_custom_fields == ""):
                v_custom_fields = (
                    [
                        PostCustomersCustomerBodyInvoiceSettingsCustomFieldsType0Item.from_dict(
                            item0
                        )
                        for item0 in v_custom_fields
                    ]
                    if type(v_custom_fields) is list
                    and all(type(item0) is dict for item0 in v_custom_fields)
                    else v_custom_fields
                )
            else:
                d["custom_fields"] = v_custom_fields
                v_custom_fields = UNSET
        v_default_payment_method = d.pop("default_payment_method", UNSET)
        if v_default_payment_method is not UNSET and not (type(v_default_payment_method) is str):
            d["default_payment_method"] = v_default_payment_method
            v_default_payment_method = UNSET
        v_footer = d.pop("footer", UNSET)
        if v_footer is not UNSET and not (type(v_footer) is str):
            d["footer"] = v_footer
            v_footer = UNSET
        v_rendering_options = d.pop("rendering_options", UNSET)
        if v_rendering_options is not UNSET:
            if (type(v_rendering_options) is dict) or (v_rendering_options == ""):
                v_rendering_options = (
                    PostCustomersCustomerBodyInvoiceSettingsRenderingOptionsType0.from_dict(
                        v_rendering_options
                    )
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


class PostCustomersCustomerBodyInvoiceSettingsParams(TypedDict, total=False):
    """PostCustomersCustomerBodyInvoiceSettings as plain data, for request parameters."""

    custom_fields: (
        list[
            PostCustomersCustomerBodyInvoiceSettingsCustomFieldsType0ItemParams
            | PostCustomersCustomerBodyInvoiceSettingsCustomFieldsType0Item
        ]
        | PostCustomersCustomerBodyInvoiceSettingsCustomFieldsType1
    )
    default_payment_method: str
    footer: str
    rendering_options: (
        PostCustomersCustomerBodyInvoiceSettingsRenderingOptionsType0Params
        | PostCustomersCustomerBodyInvoiceSettingsRenderingOptionsType0
        | PostCustomersCustomerBodyInvoiceSettingsRenderingOptionsType1
    )


# Imported last: models refer to each other in cycles, and are only needed at call time.
from ..models.post_customers_customer_body_invoice_settings_custom_fields_type_0_item import (
    PostCustomersCustomerBodyInvoiceSettingsCustomFieldsType0Item,  # noqa: E402
)
from ..models.post_customers_customer_body_invoice_settings_rendering_options_type_0 import (
    PostCustomersCustomerBodyInvoiceSettingsRenderingOptionsType0,  # noqa: E402
)
