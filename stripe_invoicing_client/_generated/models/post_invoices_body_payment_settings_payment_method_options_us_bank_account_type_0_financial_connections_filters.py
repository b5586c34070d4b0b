from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..models.post_invoices_body_payment_settings_payment_method_options_us_bank_account_type_0_financial_connections_filters_account_subcategories_item import (
    PostInvoicesBodyPaymentSettingsPaymentMethodOptionsUsBankAccountType0FinancialConnectionsFiltersAccountSubcategoriesItem,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    pass


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class PostInvoicesBodyPaymentSettingsPaymentMethodOptionsUsBankAccountType0FinancialConnectionsFilters(
    Model
):
    """PostInvoicesBodyPaymentSettingsPaymentMethodOptionsUsBankAccountType0FinancialConnectionsFil
    ters

    Parsing is tolerant: anything not modelled, and any value of another type than its field
    declares, is kept in `additional_properties`, so `from_dict(data).to_dict() == data`.
    Reading a field that the data lacks, or held with another type, raises
    `FieldNotAvailableError` (an AttributeError); optional fields read as `UNSET` when absent.
    """

    account_subcategories: (
        list[
            PostInvoicesBodyPaymentSettingsPaymentMethodOptionsUsBankAccountType0FinancialConnectionsFiltersAccountSubcategoriesItem
        ]
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        (
            "account_subcategories",
            "account_subcategories",
            "list[PostInvoicesBodyPaymentSettingsPaymentMethodOptionsUsBankAccountType0FinancialConnectionsFiltersAccountSubcategoriesItem]",
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
            if not isinstance(v_account_subcategories, Unset):
                data["account_subcategories"] = v_account_subcategories
        return data

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> PostInvoicesBodyPaymentSettingsPaymentMethodOptionsUsBankAccountType0FinancialConnectionsFilters:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal; the checks below are what makes each stored value fit its field.
        # A value that does not fit stays in `d` (the additional properties), its field unfilled.
        fill: Any = obj
        v_account_subcategories = d.pop("account_subcategories", UNSET)
        if v_account_subcategories is UNSET:
            fill.account_subcategories = UNSET
        elif type(v_account_subcategories) is list and all(
            type(item0) is str for item0 in v_account_subcategories
        ):
            fill.account_subcategories = v_account_subcategories
        else:
            d["account_subcategories"] = v_account_subcategories
        fill.additional_properties = d
        return obj


class PostInvoicesBodyPaymentSettingsPaymentMethodOptionsUsBankAccountType0FinancialConnectionsFiltersParams(
    TypedDict, total=False
):
    """PostInvoicesBodyPaymentSettingsPaymentMethodOptionsUsBankAccountType0FinancialConnectionsFilters as plain data, for request parameters."""

    account_subcategories: list[
        PostInvoicesBodyPaymentSettingsPaymentMethodOptionsUsBankAccountType0FinancialConnectionsFiltersAccountSubcategoriesItem
    ]


# Imported last: models refer to each other in cycles, and are only needed at call time.
