from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..models.invoices_payment_settings_payment_method_types_type_0_item import (
    InvoicesPaymentSettingsPaymentMethodTypesType0Item,
)
from ..types import UNSET

if TYPE_CHECKING:
    from typing_extensions import Required

    from ..models.invoices_payment_method_options import (
        InvoicesPaymentMethodOptions,
        InvoicesPaymentMethodOptionsParams,
    )


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class InvoicesPaymentSettings(Model):
    """How the invoice may be paid: allowed methods and their options.

    Parsing is tolerant: anything not modelled, and any value of another type than its field
    declares, is kept in `additional_properties`, so `from_dict(data).to_dict() == data`.
    Reading a field that the data lacks, or held with another type, raises
    `FieldNotAvailableError` (an AttributeError); optional fields read as `UNSET` when absent.
    """

    default_mandate: None | str
    payment_method_options: InvoicesPaymentMethodOptions | None
    payment_method_types: list[InvoicesPaymentSettingsPaymentMethodTypesType0Item] | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("default_mandate", "default_mandate", "str | None"),
        ("payment_method_options", "payment_method_options", "InvoicesPaymentMethodOptions | None"),
        (
            "payment_method_types",
            "payment_method_types",
            "list[InvoicesPaymentSettingsPaymentMethodTypesType0Item] | None",
        ),
    )

    def to_dict(self) -> dict[str, Any]:
        # An unfilled field raises AttributeError; what was received for it, if anything, is
        # already in additional_properties.
        data: dict[str, Any] = dict(self.additional_properties)
        try:
            v_default_mandate = self.default_mandate
        except AttributeError:
            pass
        else:
            data["default_mandate"] = v_default_mandate
        try:
            v_payment_method_options = self.payment_method_options
        except AttributeError:
            pass
        else:
            data["payment_method_options"] = (
                v_payment_method_options.to_dict()
                if isinstance(v_payment_method_options, InvoicesPaymentMethodOptions)
                else v_payment_method_options
            )
        try:
            v_payment_method_types = self.payment_method_types
        except AttributeError:
            pass
        else:
            data["payment_method_types"] = v_payment_method_types
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> InvoicesPaymentSettings:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal; the checks below are what makes each stored value fit its field.
        # A value that does not fit stays in `d` (the additional properties), its field unfilled.
        fill: Any = obj
        v_default_mandate = d.pop("default_mandate", UNSET)
        if v_default_mandate is not UNSET:
            if (type(v_default_mandate) is str) or (v_default_mandate is None):
                fill.default_mandate = v_default_mandate
            else:
                d["default_mandate"] = v_default_mandate
        v_payment_method_options = d.pop("payment_method_options", UNSET)
        if v_payment_method_options is not UNSET:
            if (type(v_payment_method_options) is dict) or (v_payment_method_options is None):
                fill.payment_method_options = (
                    InvoicesPaymentMethodOptions.from_dict(v_payment_method_options)
                    if type(v_payment_method_options) is dict
                    else v_payment_method_options
                )
            else:
                d["payment_method_options"] = v_payment_method_options
        v_payment_method_types = d.pop("payment_method_types", UNSET)
        if v_payment_method_types is not UNSET:
            if (
                type(v_payment_method_types) is list
                and all(type(item0) is str for item0 in v_payment_method_types)
            ) or (v_payment_method_types is None):
                fill.payment_method_types = v_payment_method_types
            else:
                d["payment_method_types"] = v_payment_method_types
        fill.additional_properties = d
        return obj


class InvoicesPaymentSettingsParams(TypedDict, total=False):
    """InvoicesPaymentSettings as plain data, for request parameters."""

    default_mandate: Required[str]
    payment_method_options: Required[
        InvoicesPaymentMethodOptionsParams | InvoicesPaymentMethodOptions
    ]
    payment_method_types: Required[list[InvoicesPaymentSettingsPaymentMethodTypesType0Item]]


# Imported last: models refer to each other in cycles, and are only needed at call time.
from ..models.invoices_payment_method_options import InvoicesPaymentMethodOptions  # noqa: E402
