from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.invoices_payment_settings_payment_method_types_type_0_item import (
    InvoicesPaymentSettingsPaymentMethodTypesType0Item,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from typing_extensions import Required

    from ..models.invoices_payment_method_options import (
        InvoicesPaymentMethodOptions,
        InvoicesPaymentMethodOptionsParams,
    )


@_attrs_define
class InvoicesPaymentSettings:
    """How the invoice may be paid: allowed methods and their options.

    Parsing is tolerant: a field missing from the data, or of another type than described,
    reads as `UNSET`, and anything not modelled is kept in `additional_properties`, so
    `from_dict(data).to_dict() == data`.
    """

    default_mandate: None | str
    payment_method_options: InvoicesPaymentMethodOptions | None
    payment_method_types: list[InvoicesPaymentSettingsPaymentMethodTypesType0Item] | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = dict(self.additional_properties)
        v_default_mandate = self.default_mandate
        if not isinstance(v_default_mandate, Unset):
            data["default_mandate"] = v_default_mandate
        v_payment_method_options = self.payment_method_options
        if not isinstance(v_payment_method_options, Unset):
            data["payment_method_options"] = (
                v_payment_method_options.to_dict()
                if isinstance(v_payment_method_options, InvoicesPaymentMethodOptions)
                else v_payment_method_options
            )
        v_payment_method_types = self.payment_method_types
        if not isinstance(v_payment_method_types, Unset):
            data["payment_method_types"] = v_payment_method_types
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> InvoicesPaymentSettings:
        d = dict(src_dict)
        v_default_mandate = d.pop("default_mandate", UNSET)
        if v_default_mandate is not UNSET and not (
            (type(v_default_mandate) is str) or (v_default_mandate is None)
        ):
            d["default_mandate"] = v_default_mandate
            v_default_mandate = UNSET
        v_payment_method_options = d.pop("payment_method_options", UNSET)
        if v_payment_method_options is not UNSET:
            if (type(v_payment_method_options) is dict) or (v_payment_method_options is None):
                v_payment_method_options = (
                    InvoicesPaymentMethodOptions.from_dict(v_payment_method_options)
                    if type(v_payment_method_options) is dict
                    else v_payment_method_options
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
            or (v_payment_method_types is None)
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


class InvoicesPaymentSettingsParams(TypedDict, total=False):
    """InvoicesPaymentSettings as plain data, for request parameters."""

    default_mandate: Required[str]
    payment_method_options: Required[
        InvoicesPaymentMethodOptionsParams | InvoicesPaymentMethodOptions
    ]
    payment_method_types: Required[list[InvoicesPaymentSettingsPaymentMethodTypesType0Item]]


# Imported last: models refer to each other in cycles, and are only needed at call time.
from ..models.invoices_payment_method_options import InvoicesPaymentMethodOptions  # noqa: E402
