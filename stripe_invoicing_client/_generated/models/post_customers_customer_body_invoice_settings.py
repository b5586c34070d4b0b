from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
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


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class PostCustomersCustomerBodyInvoiceSettings(Model):
    """PostCustomersCustomerBodyInvoiceSettings

    Parsing is tolerant: anything not modelled, and any value of another type than its field
    declares, is kept in `additional_properties`, so `from_dict(data).to_dict() == data`.
    Reading a field that the data lacks, or held with another type, raises
    `FieldNotAvailableError` (an AttributeError); optional fields read as `UNSET` when absent.
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
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        (
            "custom_fields",
            "custom_fields",
            "list[PostCustomersCustomerBodyInvoiceSettingsCustomFieldsType0Item] | PostCustomersCustomerBodyInvoiceSettingsCustomFieldsType1",
        ),
        ("default_payment_method", "default_payment_method", "str"),
        ("footer", "footer", "str"),
        (
            "rendering_options",
            "rendering_options",
            "PostCustomersCustomerBodyInvoiceSettingsRenderingOptionsType0 | PostCustomersCustomerBodyInvoiceSettingsRenderingOptionsType1",
        ),
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
            if not isinstance(v_custom_fields, Unset):
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
            if not isinstance(v_default_payment_method, Unset):
                data["default_payment_method"] = v_default_payment_method
        try:
            v_footer = self.footer
        except AttributeError:
            pass
        else:
            if not isinstance(v_footer, Unset):
                data["footer"] = v_footer
        try:
            v_rendering_options = self.rendering_options
        except AttributeError:
            pass
        else:
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
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal; the checks below are what makes each stored value fit its field.
        # A value that does not fit stays in `d` (the additional properties), its field unfilled.
        fill: Any = obj
        v_custom_fields = d.pop("custom_fields", UNSET)
        if v_custom_fields is UNSET:
            fill.custom_fields = UNSET
        elif (
            type(v_custom_fields) is list and all(type(item0) is dict for item0 in v_custom_fields)
        ) or (v_custom_fields == ""):
            fill.custom_fields = (
                [
                    PostCustomersCustomerBodyInvoiceSettingsCustomFieldsType0Item.from_dict(item0)
                    for item0 in v_custom_fields
                ]
                if type(v_custom_fields) is list
                and all(type(item0) is dict for item0 in v_custom_fields)
                else v_custom_fields
            )
        else:
            d["custom_fields"] = v_custom_fields
        v_default_payment_method = d.pop("default_payment_method", UNSET)
        if v_default_payment_method is UNSET:
            fill.default_payment_method = UNSET
        elif type(v_default_payment_method) is str:
            fill.default_payment_method = v_default_payment_method
        else:
            d["default_payment_method"] = v_default_payment_method
        v_footer = d.pop("footer", UNSET)
        if v_footer is UNSET:
            fill.footer = UNSET
        elif type(v_footer) is str:
            fill.footer = v_footer
        else:
            d["footer"] = v_footer
        v_rendering_options = d.pop("rendering_options", UNSET)
        if v_rendering_options is UNSET:
            fill.rendering_options = UNSET
        elif (type(v_rendering_options) is dict) or (v_rendering_options == ""):
            fill.rendering_options = (
                PostCustomersCustomerBodyInvoiceSettingsRenderingOptionsType0.from_dict(
                    v_rendering_options
                )
                if type(v_rendering_options) is dict
                else v_rendering_options
            )
        else:
            d["rendering_options"] = v_rendering_options
        fill.additional_properties = d
        return obj


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
