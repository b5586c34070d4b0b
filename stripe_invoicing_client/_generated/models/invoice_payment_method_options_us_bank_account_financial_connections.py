from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.invoice_payment_method_options_us_bank_account_financial_connections_permissions_type_0_item import (
    InvoicePaymentMethodOptionsUsBankAccountFinancialConnectionsPermissionsType0Item,
)
from ..models.invoice_payment_method_options_us_bank_account_financial_connections_prefetch_type_0_item import (
    InvoicePaymentMethodOptionsUsBankAccountFinancialConnectionsPrefetchType0Item,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from typing_extensions import Required

    from ..models.invoice_payment_method_options_us_bank_account_financial_connections_filters import (
        InvoicePaymentMethodOptionsUsBankAccountFinancialConnectionsFilters,
        InvoicePaymentMethodOptionsUsBankAccountFinancialConnectionsFiltersParams,
    )


@_attrs_define
class InvoicePaymentMethodOptionsUsBankAccountFinancialConnections:
    """Embedded object found at
    `invoice.payment_settings.payment_method_options.us_bank_account.financial_connections`.

    Parsing is tolerant: a field missing from the data, or of another type than described,
    reads as `UNSET`, and anything not modelled is kept in `additional_properties`, so
    `from_dict(data).to_dict() == data`.
    """

    filters: InvoicePaymentMethodOptionsUsBankAccountFinancialConnectionsFilters | None
    permissions: (
        list[InvoicePaymentMethodOptionsUsBankAccountFinancialConnectionsPermissionsType0Item]
        | None
    )
    prefetch: (
        list[InvoicePaymentMethodOptionsUsBankAccountFinancialConnectionsPrefetchType0Item] | None
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = dict(self.additional_properties)
        v_filters = self.filters
        if not isinstance(v_filters, Unset):
            data["filters"] = (
                v_filters.to_dict()
                if isinstance(
                    v_filters, InvoicePaymentMethodOptionsUsBankAccountFinancialConnectionsFilters
                )
                else v_filters
            )
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
    ) -> InvoicePaymentMethodOptionsUsBankAccountFinancialConnections:
        d = dict(src_dict)
        v_filters = d.pop("filters", UNSET)
        if v_filters is not UNSET:
            if (type(v_filters) is dict) or (v_filters is None):
                v_filters = (
                    InvoicePaymentMethodOptionsUsBankAccountFinancialConnectionsFilters.from_dict(
                        v_filters
                    )
                    if type(v_filters) is dict
                    else v_filters
                )
            else:
                d["filters"] = v_filters
                v_filters = UNSET
        v_permissions = d.pop("permissions", UNSET)
        if v_permissions is not UNSET and not (
            (type(v_permissions) is list and all(type(item0) is str for item0 in v_permissions))
            or (v_permissions is None)
        ):
            d["permissions"] = v_permissions
            v_permissions = UNSET
        v_prefetch = d.pop("prefetch", UNSET)
        if v_prefetch is not UNSET and not (
            (type(v_prefetch) is list and all(type(item0) is str for item0 in v_prefetch))
            or (v_prefetch is None)
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


class InvoicePaymentMethodOptionsUsBankAccountFinancialConnectionsParams(TypedDict, total=False):
    """InvoicePaymentMethodOptionsUsBankAccountFinancialConnections as plain data, for request parameters."""

    filters: Required[
        InvoicePaymentMethodOptionsUsBankAccountFinancialConnectionsFiltersParams
        | InvoicePaymentMethodOptionsUsBankAccountFinancialConnectionsFilters
    ]
    permissions: Required[
        list[InvoicePaymentMethodOptionsUsBankAccountFinancialConnectionsPermissionsType0Item]
    ]
    prefetch: Required[
        list[InvoicePaymentMethodOptionsUsBankAccountFinancialConnectionsPrefetchType0Item]
    ]


# Imported last: models refer to each other in cycles, and are only needed at call time.
from ..models.invoice_payment_method_options_us_bank_account_financial_connections_filters import (
    InvoicePaymentMethodOptionsUsBankAccountFinancialConnectionsFilters,  # noqa: E402
)
