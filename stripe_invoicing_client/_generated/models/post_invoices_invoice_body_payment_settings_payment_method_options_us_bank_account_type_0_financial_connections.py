from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..models.post_invoices_invoice_body_payment_settings_payment_method_options_us_bank_account_type_0_financial_connections_permissions_item import (
    PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsUsBankAccountType0FinancialConnectionsPermissionsItem,
)
from ..models.post_invoices_invoice_body_payment_settings_payment_method_options_us_bank_account_type_0_financial_connections_prefetch_item import (
    PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsUsBankAccountType0FinancialConnectionsPrefetchItem,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.post_invoices_invoice_body_payment_settings_payment_method_options_us_bank_account_type_0_financial_connections_filters import (
        PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsUsBankAccountType0FinancialConnectionsFilters,
        PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsUsBankAccountType0FinancialConnectionsFiltersParams,
    )


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsUsBankAccountType0FinancialConnections(
    Model
):
    """PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsUsBankAccountType0FinancialConnect
    ions

    Parsing is tolerant: anything not modelled, and any value of another type than its field
    declares, is kept in `additional_properties`, so `from_dict(data).to_dict() == data`.
    Reading a field that the data lacks, or held with another type, raises
    `FieldNotAvailableError` (an AttributeError); optional fields read as `UNSET` when absent.
    """

    filters: (
        PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsUsBankAccountType0FinancialConnectionsFilters
        | Unset
    ) = UNSET
    permissions: (
        list[
            PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsUsBankAccountType0FinancialConnectionsPermissionsItem
        ]
        | Unset
    ) = UNSET
    prefetch: (
        list[
            PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsUsBankAccountType0FinancialConnectionsPrefetchItem
        ]
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        (
            "filters",
            "filters",
            "PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsUsBankAccountType0FinancialConnectionsFilters",
        ),
        (
            "permissions",
            "permissions",
            "list[PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsUsBankAccountType0FinancialConnectionsPermissionsItem]",
        ),
        (
            "prefetch",
            "prefetch",
            "list[PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsUsBankAccountType0FinancialConnectionsPrefetchItem]",
        ),
    )

    def to_dict(self) -> dict[str, Any]:
        # An unfilled field raises AttributeError; what was received for it, if anything, is
        # already in additional_properties.
        data: dict[str, Any] = dict(self.additional_properties)
        try:
            v_filters = self.filters
        except AttributeError:
            pass
        else:
            if not isinstance(v_filters, Unset):
                data["filters"] = v_filters.to_dict()
        try:
            v_permissions = self.permissions
        except AttributeError:
            pass
        else:
            if not isinstance(v_permissions, Unset):
                data["permissions"] = v_permissions
        try:
            v_prefetch = self.prefetch
        except AttributeError:
            pass
        else:
            if not isinstance(v_prefetch, Unset):
                data["prefetch"] = v_prefetch
        return data

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsUsBankAccountType0FinancialConnections:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal; the checks below are what makes each stored value fit its field.
        # A value that does not fit stays in `d` (the additional properties), its field unfilled.
        fill: Any = obj
        v_filters = d.pop("filters", UNSET)
        if v_filters is UNSET:
            fill.filters = UNSET
        elif type(v_filters) is dict:
            fill.filters = PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsUsBankAccountType0FinancialConnectionsFilters.from_dict(
                v_filters
            )
        else:
            d["filters"] = v_filters
        v_permissions = d.pop("permissions", UNSET)
        if v_permissions is UNSET:
            fill.permissions = UNSET
        elif type(v_permissions) is list and all(type(item0) is str for item0 in v_permissions):
            fill.permissions = v_permissions
        else:
            d["permissions"] = v_permissions
        v_prefetch = d.pop("prefetch", UNSET)
        if v_prefetch is UNSET:
            fill.prefetch = UNSET
        elif type(v_prefetch) is list and all(type(item0) is str for item0 in v_prefetch):
            fill.prefetch = v_prefetch
        else:
            d["prefetch"] = v_prefetch
        fill.additional_properties = d
        return obj


class PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsUsBankAccountType0FinancialConnectionsParams(
    TypedDict, total=False
):
    """PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsUsBankAccountType0FinancialConnections as plain data, for request parameters."""

    filters: (
        PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsUsBankAccountType0FinancialConnectionsFiltersParams
        | PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsUsBankAccountType0FinancialConnectionsFilters
    )
    permissions: list[
        PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsUsBankAccountType0FinancialConnectionsPermissionsItem
    ]
    prefetch: list[
        PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsUsBankAccountType0FinancialConnectionsPrefetchItem
    ]


# Imported last: models refer to each other in cycles, and are only needed at call time.
from ..models.post_invoices_invoice_body_payment_settings_payment_method_options_us_bank_account_type_0_financial_connections_filters import (
    PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsUsBankAccountType0FinancialConnectionsFilters,  # noqa: E402
)
