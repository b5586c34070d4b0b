from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.post_invoices_body_payment_settings_payment_method_options_us_bank_account_type_0_financial_connections_permissions_item import (
    PostInvoicesBodyPaymentSettingsPaymentMethodOptionsUsBankAccountType0FinancialConnectionsPermissionsItem,
)
from ..models.post_invoices_body_payment_settings_payment_method_options_us_bank_account_type_0_financial_connections_prefetch_item import (
    PostInvoicesBodyPaymentSettingsPaymentMethodOptionsUsBankAccountType0FinancialConnectionsPrefetchItem,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.post_invoices_body_payment_settings_payment_method_options_us_bank_account_type_0_financial_connections_filters import (
        PostInvoicesBodyPaymentSettingsPaymentMethodOptionsUsBankAccountType0FinancialConnectionsFilters,
        PostInvoicesBodyPaymentSettingsPaymentMethodOptionsUsBankAccountType0FinancialConnectionsFiltersParams,
    )


@_attrs_define
class PostInvoicesBodyPaymentSettingsPaymentMethodOptionsUsBankAccountType0FinancialConnections:
    """PostInvoicesBodyPaymentSettingsPaymentMethodOptionsUsBankAccountType0FinancialConnections

    Parsing is tolerant: a field missing from the data, or of another type than described,
    reads as `UNSET`, and anything not modelled is kept in `additional_properties`, so
    `from_dict(data).to_dict() == data`.
    """

    filters: (
        PostInvoicesBodyPaymentSettingsPaymentMethodOptionsUsBankAccountType0FinancialConnectionsFilters
        | Unset
    ) = UNSET
    permissions: (
        list[
            PostInvoicesBodyPaymentSettingsPaymentMethodOptionsUsBankAccountType0FinancialConnectionsPermissionsItem
        ]
        | Unset
    ) = UNSET
    prefetch: (
        list[
            PostInvoicesBodyPaymentSettingsPaymentMethodOptionsUsBankAccountType0FinancialConnectionsPrefetchItem
        ]
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = dict(self.additional_properties)
        v_filters = self.filters
        if not isinstance(v_filters, Unset):
            data["filters"] = v_filters.to_dict()
        v_permissions = self.permissions
        if not isinstance(v_permissions, Unset):
            data["permissions"] = v_permissions
        v_prefetch = self.prefetch
        if not isinstance(v_prefetch, Unset):
            data["prefetch"] = v_prefetch
        return data

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> PostInvoicesBodyPaymentSettingsPaymentMethodOptionsUsBankAccountType0FinancialConnections:
        d = dict(src_dict)
        v_filters = d.pop("filters", UNSET)
        if v_filters is not UNSET:
            if type(v_filters) is dict:
                v_filters = PostInvoicesBodyPaymentSettingsPaymentMethodOptionsUsBankAccountType0FinancialConnectionsFilters.from_dict(
                    v_filters
                )
            else:
                d["filters"] = v_filters
                v_filters = UNSET
        v_permissions = d.pop("permissions", UNSET)
        if v_permissions is not UNSET and not (
            type(v_permissions) is list and all(type(item0) is str for item0 in v_permissions)
        ):
            d["permissions"] = v_permissions
            v_permissions = UNSET
        v_prefetch = d.pop("prefetch", UNSET)
        if v_prefetch is not UNSET and not (
            type(v_prefetch) is list and all(type(item0) is str for item0 in v_prefetch)
        ):
            d["prefetch"] = v_prefetch
            v_prefetch = UNSET
        obj = cls(
            filters=v_filters,
            permissions=v_permissions,
            prefetch=v_prefetch,
        )
        obj.additional_properties = d
        return obj

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


class PostInvoicesBodyPaymentSettingsPaymentMethodOptionsUsBankAccountType0FinancialConnectionsParams(
    TypedDict, total=False
):
    """PostInvoicesBodyPaymentSettingsPaymentMethodOptionsUsBankAccountType0FinancialConnections as plain data, for request parameters."""

    filters: (
        PostInvoicesBodyPaymentSettingsPaymentMethodOptionsUsBankAccountType0FinancialConnectionsFiltersParams
        | PostInvoicesBodyPaymentSettingsPaymentMethodOptionsUsBankAccountType0FinancialConnectionsFilters
    )
    permissions: list[
        PostInvoicesBodyPaymentSettingsPaymentMethodOptionsUsBankAccountType0FinancialConnectionsPermissionsItem
    ]
    prefetch: list[
        PostInvoicesBodyPaymentSettingsPaymentMethodOptionsUsBankAccountType0FinancialConnectionsPrefetchItem
    ]


# Imported last: models refer to each other in cycles, and are only needed at call time.
from ..models.post_invoices_body_payment_settings_payment_method_options_us_bank_account_type_0_financial_connections_filters import (
    PostInvoicesBodyPaymentSettingsPaymentMethodOptionsUsBankAccountType0FinancialConnectionsFilters,  # noqa: E402
)
