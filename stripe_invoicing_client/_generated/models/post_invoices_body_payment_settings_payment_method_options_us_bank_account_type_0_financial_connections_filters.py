from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.post_invoices_body_payment_settings_payment_method_options_us_bank_account_type_0_financial_connections_filters_account_subcategories_item import (
    PostInvoicesBodyPaymentSettingsPaymentMethodOptionsUsBankAccountType0FinancialConnectionsFiltersAccountSubcategoriesItem,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    pass


@_attrs_define
class PostInvoicesBodyPaymentSettingsPaymentMethodOptionsUsBankAccountType0FinancialConnectionsFilters:
    """PostInvoicesBodyPaymentSettingsPaymentMethodOptionsUsBankAccountType0FinancialConnectionsFil
    ters

    Parsing is tolerant: a field missing from the data, or of another type than described,
    reads as `UNSET`, and anything not modelled is kept in `additional_properties`, so
    `from_dict(data).to_dict() == data`.
    """

    account_subcategories: (
        list[
            PostInvoicesBodyPaymentSettingsPaymentMethodOptionsUsBankAccountType0FinancialConnectionsFiltersAccountSubcategoriesItem
        ]
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = dict(self.additional_properties)
        v_account_subcategories = self.account_subcategories
        if not isinstance(v_account_subcategories, Unset):
            data["account_subcategories"] = v_account_subcategories
        return data

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> PostInvoicesBodyPaymentSettingsPaymentMethodOptionsUsBankAccountType0FinancialConnectionsFilters:
        d = dict(src_dict)
        v_account_subcategories = d.pop("account_subcategories", UNSET)
        if v_account_subcategories is not UNSET and not (
            type(v_account_subcategories) is list
            and all(type(item0) is str for item0 in v_account_subcategories)
        ):
            d["account_subcategories"] = v_account_subcategories
            v_account_subcategories = UNSET
        obj = cls(
            account_subcategories=v_account_subcategories,
        )
        obj.additional_properties = d
        return obj

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


class PostInvoicesBodyPaymentSettingsPaymentMethodOptionsUsBankAccountType0FinancialConnectionsFiltersParams(
    TypedDict, total=False
):
    """PostInvoicesBodyPaymentSettingsPaymentMethodOptionsUsBankAccountType0FinancialConnectionsFilters as plain data, for request parameters."""

    account_subcategories: list[
        PostInvoicesBodyPaymentSettingsPaymentMethodOptionsUsBankAccountType0FinancialConnectionsFiltersAccountSubcategoriesItem
    ]


# Imported last: models refer to each other in cycles, and are only needed at call time.
