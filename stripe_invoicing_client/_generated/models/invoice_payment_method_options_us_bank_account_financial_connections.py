from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..models.invoice_payment_method_options_us_bank_account_financial_connections_permissions_type_0_item import (
    InvoicePaymentMethodOptionsUsBankAccountFinancialConnectionsPermissionsType0Item,
)
from ..models.invoice_payment_method_options_us_bank_account_financial_connections_prefetch_type_0_item import (
    InvoicePaymentMethodOptionsUsBankAccountFinancialConnectionsPrefetchType0Item,
)
from ..types import UNSET

if TYPE_CHECKING:
    from typing_extensions import Required

    from ..models.invoice_payment_method_options_us_bank_account_financial_connections_filters import (
        InvoicePaymentMethodOptionsUsBankAccountFinancialConnectionsFilters,
        InvoicePaymentMethodOptionsUsBankAccountFinancialConnectionsFiltersParams,
    )


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class InvoicePaymentMethodOptionsUsBankAccountFinancialConnections(Model):
    """Embedded object found at
    `invoice.payment_settings.payment_method_options.us_bank_account.financial_connections`.

    Parsing is tolerant: anything not modelled, and any value of another type than its field
    declares, is kept in `additional_properties`, so `from_dict(data).to_dict() == data`.
    Reading a field that the data lacks, or held with another type, raises
    `FieldNotAvailableError` (an AttributeError); optional fields read as `UNSET` when absent.
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
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        (
            "filters",
            "filters",
            "InvoicePaymentMethodOptionsUsBankAccountFinancialConnectionsFilters | None",
        ),
        (
            "permissions",
            "permissions",
            "list[InvoicePaymentMethodOptionsUsBankAccountFinancialConnectionsPermissionsType0Item] | None",
        ),
        (
            "prefetch",
            "prefetch",
            "list[InvoicePaymentMethodOptionsUsBankAccountFinancialConnectionsPrefetchType0Item] | None",
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
            data["filters"] = (
                v_filters.to_dict()
                if isinstance(
                    v_filters, InvoicePaymentMethodOptionsUsBankAccountFinancialConnectionsFilters
                )
                else v_filters
            )
        try:
            v_permissions = self.permissions
        except AttributeError:
            pass
        else:
            data["permissions"] = v_permissions
        try:
            v_prefetch = self.prefetch
        except AttributeError:
            pass
        else:
            data["prefetch"] = v_prefetch
        return data

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> InvoicePaymentMethodOptionsUsBankAccountFinancialConnections:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal; the checks below are what makes each stored value fit its field.
        # A value that does not fit stays in `d` (the additional properties), its field unfilled.
        fill: Any = obj
        v_filters = d.pop("filters", UNSET)
        if v_filters is not UNSET:
            if (type(v_filters) is dict) or (v_filters is None):
                fill.filters = (
                    InvoicePaymentMethodOptionsUsBankAccountFinancialConnectionsFilters.from_dict(
                        v_filters
                    )
                    if type(v_filters) is dict
                    else v_filters
                )
            else:
                d["filters"] = v_filters
        v_permissions = d.pop("permissions", UNSET)
        if v_permissions is not UNSET:
            if (
                type(v_permissions) is list and all(type(item0) is str for item0 in v_permissions)
            ) or (v_permissions is None):
                fill.permissions = v_permissions
            else:
                d["permissions"] = v_permissions
        v_prefetch = d.pop("prefetch", UNSET)
        if v_prefetch is not UNSET:
            if (type(v_prefetch) is list and all(type(item0) is str for item0 in v_prefetch)) or (
                v_prefetch is None
            ):
                fill.prefetch = v_prefetch
            else:
                d["prefetch"] = v_prefetch
        fill.additional_properties = d
        return obj


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
