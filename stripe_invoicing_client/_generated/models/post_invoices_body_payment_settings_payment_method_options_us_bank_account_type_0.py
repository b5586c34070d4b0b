from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..models.post_invoices_body_payment_settings_payment_method_options_us_bank_account_type_0_verification_method import (
    PostInvoicesBodyPaymentSettingsPaymentMethodOptionsUsBankAccountType0VerificationMethod,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.post_invoices_body_payment_settings_payment_method_options_us_bank_account_type_0_financial_connections import (
        PostInvoicesBodyPaymentSettingsPaymentMethodOptionsUsBankAccountType0FinancialConnections,
        PostInvoicesBodyPaymentSettingsPaymentMethodOptionsUsBankAccountType0FinancialConnectionsParams,
    )


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class PostInvoicesBodyPaymentSettingsPaymentMethodOptionsUsBankAccountType0(Model):
    """PostInvoicesBodyPaymentSettingsPaymentMethodOptionsUsBankAccountType0

    Parsing is tolerant: anything not modelled, and any value of another type than its field
    declares, is kept in `additional_properties`, so `from_dict(data).to_dict() == data`.
    Reading a field that the data lacks, or held with another type, raises
    `FieldNotAvailableError` (an AttributeError); optional fields read as `UNSET` when absent.
    """

    financial_connections: (
        PostInvoicesBodyPaymentSettingsPaymentMethodOptionsUsBankAccountType0FinancialConnections
        | Unset
    ) = UNSET
    verification_method: (
        PostInvoicesBodyPaymentSettingsPaymentMethodOptionsUsBankAccountType0VerificationMethod
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        (
            "financial_connections",
            "financial_connections",
            "PostInvoicesBodyPaymentSettingsPaymentMethodOptionsUsBankAccountType0FinancialConnections",
        ),
        (
            "verification_method",
            "verification_method",
            "PostInvoicesBodyPaymentSettingsPaymentMethodOptionsUsBankAccountType0VerificationMethod",
        ),
    )

    def to_dict(self) -> dict[str, Any]:
        # An unfilled field raises AttributeError; what was received for it, if anything, is
        # already in additional_properties.
        data: dict[str, Any] = dict(self.additional_properties)
        try:
            v_financial_connections = self.financial_connections
        except AttributeError:
            pass
        else:
            if not isinstance(v_financial_connections, Unset):
                data["financial_connections"] = v_financial_connections.to_dict()
        try:
            v_verification_method = self.verification_method
        except AttributeError:
            pass
        else:
            if not isinstance(v_verification_method, Unset):
                data["verification_method"] = v_verification_method
        return data

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> PostInvoicesBodyPaymentSettingsPaymentMethodOptionsUsBankAccountType0:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal; the checks below are what makes each stored value fit its field.
        # A value that does not fit stays in `d` (the additional properties), its field unfilled.
        fill: Any = obj
        v_financial_connections = d.pop("financial_connections", UNSET)
        if v_financial_connections is UNSET:
            fill.financial_connections = UNSET
        elif type(v_financial_connections) is dict:
            fill.financial_connections = PostInvoicesBodyPaymentSettingsPaymentMethodOptionsUsBankAccountType0FinancialConnections.from_dict(
                v_financial_connections
            )
        else:
            d["financial_connections"] = v_financial_connections
        v_verification_method = d.pop("verification_method", UNSET)
        if v_verification_method is UNSET:
            fill.verification_method = UNSET
        elif type(v_verification_method) is str:
            fill.verification_method = v_verification_method
        else:
            d["verification_method"] = v_verification_method
        fill.additional_properties = d
        return obj


class PostInvoicesBodyPaymentSettingsPaymentMethodOptionsUsBankAccountType0Params(
    TypedDict, total=False
):
    """PostInvoicesBodyPaymentSettingsPaymentMethodOptionsUsBankAccountType0 as plain data, for request parameters."""

    financial_connections: (
        PostInvoicesBodyPaymentSettingsPaymentMethodOptionsUsBankAccountType0FinancialConnectionsParams
        | PostInvoicesBodyPaymentSettingsPaymentMethodOptionsUsBankAccountType0FinancialConnections
    )
    verification_method: (
        PostInvoicesBodyPaymentSettingsPaymentMethodOptionsUsBankAccountType0VerificationMethod
    )


# Imported last: models refer to each other in cycles, and are only needed at call time.
from ..models.post_invoices_body_payment_settings_payment_method_options_us_bank_account_type_0_financial_connections import (
    PostInvoicesBodyPaymentSettingsPaymentMethodOptionsUsBankAccountType0FinancialConnections,  # noqa: E402
)
