from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..models.invoice_payment_method_options_us_bank_account_financial_connections_filters_account_subcategories_type_0_item import (
    InvoicePaymentMethodOptionsUsBankAccountFinancialConnectionsFiltersAccountSubcategoriesType0Item,
)
from ..types import UNSET

if TYPE_CHECKING:
    from typing_extensions import Required


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class InvoicePaymentMethodOptionsUsBankAccountFinancialConnectionsFilters(Model):
    """Embedded object found at `invoice.payment_settings.payment_method_options.us_bank_account.fi
    nancial_connections.filters`.

    Parsing is tolerant: anything not modelled, and any value of another type than its field
    declares, is kept in `additional_properties`, so `from_dict(data).to_dict() == data`.
    Reading a field that the data lacks, or held with another type, raises
    `FieldNotAvailableError` (an AttributeError); optional fields read as `UNSET` when absent.
    """

    account_subcategories: (
        list[
            InvoicePaymentMethodOptionsUsBankAccountFinancialConnectionsFiltersAccountSubcategoriesType0Item
        ]
        | None
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        (
            "account_subcategories",
            "account_subcategories",
            "list[InvoicePaymentMethodOptionsUsBankAccountFinancialConnectionsFiltersAccountSubcategoriesType0Item] | None",
        ),
    )

    def to_dict(self) -> dict[str, Any]:
        # An unfilled field raises AttributeError; what was received for it, if anything, is
        # already in additional_properties.
        data: dict[str, Any] = dict(self.additional_properties)
        try:
            v_account_subcategories = self.account_subcategories
        except AttributeError:
            pass
        else:
            data["account_subcategories"] = v_account_subcategories
        return data

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> InvoicePaymentMethodOptionsUsBankAccountFinancialConnectionsFilters:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal; the checks below are what makes each stored value fit its field.
        # A value that does not fit stays in `d` (the additional properties), its field unfilled.
        fill: Any = obj
        v_account_subcategories = d.pop("account_subcategories", UNSET)
        if v_account_subcategories is not UNSET:
            if (
                type(v_account_subcategories) is list
                and all(type(item0) is str for item0 in v_account_subcategories)
            ) or (v_account_subcategories is None):
                fill.account_subcategories = v_account_subcategories
            else:
                d["account_subcategories"] = v_account_subcategories
        fill.additional_properties = d
        return obj


class InvoicePaymentMethodOptionsUsBankAccountFinancialConnectionsFiltersParams(
    TypedDict, total=False
):
    """InvoicePaymentMethodOptionsUsBankAccountFinancialConnectionsFilters as plain data, for request parameters."""

    account_subcategories: Required[
        list[
            InvoicePaymentMethodOptionsUsBankAccountFinancialConnectionsFiltersAccountSubcategoriesType0Item
        ]
    ]


# Imported last: models refer to each other in cycles, and are only needed at call time.
