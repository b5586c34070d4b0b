from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.post_invoices_invoice_body_payment_settings_default_mandate_type_1 import (
    PostInvoicesInvoiceBodyPaymentSettingsDefaultMandateType1,
)
from ..models.post_invoices_invoice_body_payment_settings_payment_method_types_type_0_item import (
    PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodTypesType0Item,
)
from ..models.post_invoices_invoice_body_payment_settings_payment_method_types_type_1 import (
    PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodTypesType1,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.post_invoices_invoice_body_payment_settings_payment_method_options import (
        PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptions,
        PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsParams,
    )


@_attrs_define
class PostInvoicesInvoiceBodyPaymentSettings:
    """PostInvoicesInvoiceBodyPaymentSettings

    Parsing is tolerant: a field missing from the data, or of another type than described,
    reads as `UNSET`, and anything not modelled is kept in `additional_properties`, so
    `from_dict(data).to_dict() == data`.
    """

    default_mandate: PostInvoicesInvoiceBodyPaymentSettingsDefaultMandateType1 | str | Unset = UNSET
    payment_method_options: PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptions | Unset = (
        UNSET
    )
    payment_method_types: (
        list[PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodTypesType0Item]
        | PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodTypesType1
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = dict(self.additional_properties)
        v_default_mandate = self.default_mandate
        if not isinstance(v_default_mandate, Unset):
            data["default_mandate"] = v_default_mandate
        v_payment_method_options = self.payment_method_options
        if not isinstance(v_payment_method_options, Unset):
            data["payment_method_options"] = v_payment_method_options.to_dict()
        v_payment_method_types = self.payment_method_types
        if not isinstance(v_payment_method_types, Unset):
            data["payment_method_types"] = v_payment_method_types
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PostInvoicesInvoiceBodyPaymentSettings:
        d = dict(src_dict)
        v_default_mandate = d.pop("default_mandate", UNSET)
        if v_default_mandate is not UNSET and not (
            (type(v_default_mandate) is str) or (v_default_mandate == "")
        ):
            d["default_mandate"] = v_default_mandate
            v_default_mandate = UNSET
        v_payment_method_options = d.pop("payment_method_options", UNSET)
        if v_payment_method_options is not UNSET:
            if type(v_payment_method_options) is dict:
                v_payment_method_options = (
                    PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptions.from_dict(
                        v_payment_method_options
                    )
                )
            else:
                d["payment_method_options"] = v_payment_method_options
                v_payment_method_options = UNSET
        v_payment_method_types = d.pop("payment_method_types", UNSET)
        if v_payment_method_types is not UNSET and not (
            (
                type(v_payment_method_types) is list
                and all(type(item0) is str for item0 in v_payment_method_types)
            )
            or (v_payment_method_types == "")
        ):
            d["payment_method_types"] = v_payment_method_types
            v_payment_method_types = UNSET
        obj = cls(
            default_mandate=v_default_mandate,
            payment_method_options=v_payment_method_options,
            payment_method_types=v_payment_method_types,
        )
        obj.additional_properties = d
        return obj

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


class PostInvoicesInvoiceBodyPaymentSettingsParams(TypedDict, total=False):
    """PostInvoicesInvoiceBodyPaymentSettings as plain data, for request parameters."""

    default_mandate: str | PostInvoicesInvoiceBodyPaymentSettingsDefaultMandateType1
    payment_method_options: (
        PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsParams
        | PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptions
    )
    payment_method_types: (
        list[PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodTypesType0Item]
        | PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodTypesType1
    )


# Imported last: models refer to each other in cycles, and are only needed at call time.
from ..models.post_invoices_invoice_body_payment_settings_payment_method_options import (
    PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptions,  # noqa: E402
)
