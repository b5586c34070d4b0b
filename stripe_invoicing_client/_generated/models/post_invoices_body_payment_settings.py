from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..models.post_invoices_body_payment_settings_default_mandate_type_1 import (
    PostInvoicesBodyPaymentSettingsDefaultMandateType1,
)
from ..models.post_invoices_body_payment_settings_payment_method_types_type_0_item import (
    PostInvoicesBodyPaymentSettingsPaymentMethodTypesType0Item,
)
from ..models.post_invoices_body_payment_settings_payment_method_types_type_1 import (
    PostInvoicesBodyPaymentSettingsPaymentMethodTypesType1,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.post_invoices_body_payment_settings_payment_method_options import (
        PostInvoicesBodyPaymentSettingsPaymentMethodOptions,
        PostInvoicesBodyPaymentSettingsPaymentMethodOptionsParams,
    )


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class PostInvoicesBodyPaymentSettings(Model):
    """PostInvoicesBodyPaymentSettings

    Parsing is tolerant: anything not modelled, and any value of another type than its field
    declares, is kept in `additional_properties`, so `from_dict(data).to_dict() == data`.
    Reading a field that the data lacks, or held with another type, raises
    `FieldNotAvailableError` (an AttributeError); optional fields read as `UNSET` when absent.
    """

    default_mandate: PostInvoicesBodyPaymentSettingsDefaultMandateType1 | str | Unset = UNSET
    payment_method_options: PostInvoicesBodyPaymentSettingsPaymentMethodOptions | Unset = UNSET
    payment_method_types: (
        list[PostInvoicesBodyPaymentSettingsPaymentMethodTypesType0Item]
        | PostInvoicesBodyPaymentSettingsPaymentMethodTypesType1
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        (
            "default_mandate",
            "default_mandate",
            "PostInvoicesBodyPaymentSettingsDefaultMandateType1 | str",
        ),
        (
            "payment_method_options",
            "payment_method_options",
            "PostInvoicesBodyPaymentSettingsPaymentMethodOptions",
        ),
        (
            "payment_method_types",
            "payment_method_types",
            "list[PostInvoicesBodyPaymentSettingsPaymentMethodTypesType0Item] | PostInvoicesBodyPaymentSettingsPaymentMethodTypesType1",
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
            if not isinstance(v_default_mandate, Unset):
                data["default_mandate"] = v_default_mandate
        try:
            v_payment_method_options = self.payment_method_options
        except AttributeError:
            pass
        else:
            if not isinstance(v_payment_method_options, Unset):
                data["payment_method_options"] = v_payment_method_options.to_dict()
        try:
            v_payment_method_types = self.payment_method_types
        except AttributeError:
            pass
        else:
            if not isinstance(v_payment_method_types, Unset):
                data["payment_method_types"] = v_payment_method_types
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PostInvoicesBodyPaymentSettings:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal; the checks below are what makes each stored value fit its field.
        # A value that does not fit stays in `d` (the additional properties), its field unfilled.
        fill: Any = obj
        v_default_mandate = d.pop("default_mandate", UNSET)
        if v_default_mandate is UNSET:
            fill.default_mandate = UNSET
        elif (type(v_default_mandate) is str) or (v_default_mandate == ""):
            fill.default_mandate = v_default_mandate
        else:
            d["default_mandate"] = v_default_mandate
        v_payment_method_options = d.pop("payment_method_options", UNSET)
        if v_payment_method_options is UNSET:
            fill.payment_method_options = UNSET
        elif type(v_payment_method_options) is dict:
            fill.payment_method_options = (
                PostInvoicesBodyPaymentSettingsPaymentMethodOptions.from_dict(
                    v_payment_method_options
                )
            )
        else:
            d["payment_method_options"] = v_payment_method_options
        v_payment_method_types = d.pop("payment_method_types", UNSET)
        if v_payment_method_types is UNSET:
            fill.payment_method_types = UNSET
        elif (
            type(v_payment_method_types) is list
            and all(type(item0) is str for item0 in v_payment_method_types)
        ) or (v_payment_method_types == ""):
            fill.payment_method_types = v_payment_method_types
        else:
            d["payment_method_types"] = v_payment_method_types
        fill.additional_properties = d
        return obj


class PostInvoicesBodyPaymentSettingsParams(TypedDict, total=False):
    """PostInvoicesBodyPaymentSettings as plain data, for request parameters."""

    default_mandate: str | PostInvoicesBodyPaymentSettingsDefaultMandateType1
    payment_method_options: (
        PostInvoicesBodyPaymentSettingsPaymentMethodOptionsParams
        | PostInvoicesBodyPaymentSettingsPaymentMethodOptions
    )
    payment_method_types: (
        list[PostInvoicesBodyPaymentSettingsPaymentMethodTypesType0Item]
        | PostInvoicesBodyPaymentSettingsPaymentMethodTypesType1
    )


# Imported last: models refer to each other in cycles, and are only needed at call time.
from ..models.post_invoices_body_payment_settings_payment_method_options import (
    PostInvoicesBodyPaymentSettingsPaymentMethodOptions,  # noqa: E402
)
