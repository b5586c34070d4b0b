from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.invoice_payment_method_options_us_bank_account_verification_method import (
    InvoicePaymentMethodOptionsUsBankAccountVerificationMethod,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from typing_extensions import Required

    from ..models.invoice_payment_method_options_us_bank_account_financial_connections import (
        InvoicePaymentMethodOptionsUsBankAccountFinancialConnections,
        InvoicePaymentMethodOptionsUsBankAccountFinancialConnectionsParams,
    )


@_attrs_define
class InvoicePaymentMethodOptionsUsBankAccount:
    """Embedded object found at `invoice.payment_settings.payment_method_options.us_bank_account`.

    Parsing is tolerant: a field missing from the data, or of another type than described,
    reads as `UNSET`, and anything not modelled is kept in `additional_properties`, so
    `from_dict(data).to_dict() == data`.
    """

    financial_connections: InvoicePaymentMethodOptionsUsBankAccountFinancialConnections | None
    verification_method: InvoicePaymentMethodOptionsUsBankAccountVerificationMethod | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = dict(self.additional_properties)
        v_financial_connections = self.financial_connections
        if not isinstance(v_financial_connections, Unset):
            data["financial_connections"] = (
                v_financial_connections.to_dict()
                if isinstance(
                    v_financial_connections,
                    InvoicePaymentMethodOptionsUsBankAccountFinancialConnections,
                )
                else v_financial_connections
            )
        v_verification_method = self.verification_method
        if not isinstance(v_verification_method, Unset):
            data["verification_method"] = v_verification_method
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> InvoicePaymentMethodOptionsUsBankAccount:
        d = dict(src_dict)
        v_financial_connections = d.pop("financial_connections", UNSET)
        if v_financial_connections is not UNSET:
            if (type(v_financial_connections) is dict) or (v_financial_connections is None):
                v_financial_connections = (
                    InvoicePaymentMethodOptionsUsBankAccountFinancialConnections.from_dict(
                        v_financial_connections
                    )
                    if type(v_financial_connections) is dict
                    else v_financial_connections
                )
            else:
                d["financial_connections"] = v_financial_connections
                v_financial_connections = UNSET
        v_verification_method = d.pop("verification_method", UNSET)
        if v_verification_method is not UNSET and not (
            (type(v_verification_method) is str) or (v_verification_method is None)
        ):
            d["verification_method"] = v_verification_method
            v_verification_method = UNSET
        obj = cls(
            financial_connections=v_financial_connections,
            verification_method=v_verification_method,
        )
        obj.additional_properties = d
        return obj

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


class InvoicePaymentMethodOptionsUsBankAccountParams(TypedDict, total=False):
    """InvoicePaymentMethodOptionsUsBankAccount as plain data, for request parameters."""

    financial_connections: Required[
        InvoicePaymentMethodOptionsUsBankAccountFinancialConnectionsParams
        | InvoicePaymentMethodOptionsUsBankAccountFinancialConnections
    ]
    verification_method: Required[InvoicePaymentMethodOptionsUsBankAccountVerificationMethod]


# Imported last: models refer to each other in cycles, and are only needed at call time.
from ..models.invoice_payment_method_options_us_bank_account_financial_connections import (
    InvoicePaymentMethodOptionsUsBankAccountFinancialConnections,  # noqa: E402
)
