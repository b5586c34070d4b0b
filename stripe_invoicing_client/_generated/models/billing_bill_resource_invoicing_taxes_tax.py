from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.billing_bill_resource_invoicing_taxes_tax_tax_behavior import (
    BillingBillResourceInvoicingTaxesTaxTaxBehavior,
)
from ..models.billing_bill_resource_invoicing_taxes_tax_taxability_reason import (
    BillingBillResourceInvoicingTaxesTaxTaxabilityReason,
)
from ..models.billing_bill_resource_invoicing_taxes_tax_type import (
    BillingBillResourceInvoicingTaxesTaxType,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from typing_extensions import Required

    from ..models.billing_bill_resource_invoicing_taxes_tax_rate_details import (
        BillingBillResourceInvoicingTaxesTaxRateDetails,
        BillingBillResourceInvoicingTaxesTaxRateDetailsParams,
    )


@_attrs_define
class BillingBillResourceInvoicingTaxesTax:
    """Embedded object found at `invoice.total_taxes`.

    Parsing is tolerant: a field missing from the data, or of another type than described,
    reads as `UNSET`, and anything not modelled is kept in `additional_properties`, so
    `from_dict(data).to_dict() == data`.
    """

    amount: int
    tax_behavior: BillingBillResourceInvoicingTaxesTaxTaxBehavior
    tax_rate_details: BillingBillResourceInvoicingTaxesTaxRateDetails | None
    taxability_reason: BillingBillResourceInvoicingTaxesTaxTaxabilityReason
    taxable_amount: int | None
    type_: BillingBillResourceInvoicingTaxesTaxType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = dict(self.additional_properties)
        v_amount = self.amount
        if not isinstance(v_amount, Unset):
            data["amount"] = v_amount
        v_tax_behavior = self.tax_behavior
        if not isinstance(v_tax_behavior, Unset):
            data["tax_behavior"] = v_tax_behavior
        v_tax_rate_details = self.tax_rate_details
        if not isinstance(v_tax_rate_details, Unset):
            data["tax_rate_details"] = (
                v_tax_rate_details.to_dict()
                if isinstance(v_tax_rate_details, BillingBillResourceInvoicingTaxesTaxRateDetails)
                else v_tax_rate_details
            )
        v_taxability_reason = self.taxability_reason
        if not isinstance(v_taxability_reason, Unset):
            data["taxability_reason"] = v_taxability_reason
        v_taxable_amount = self.taxable_amount
        if not isinstance(v_taxable_amount, Unset):
            data["taxable_amount"] = v_taxable_amount
        v_type_ = self.type_
        if not isinstance(v_type_, Unset):
            data["type"] = v_type_
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> BillingBillResourceInvoicingTaxesTax:
        d = dict(src_dict)
        v_amount = d.pop("amount", UNSET)
        if v_amount is not UNSET and not (type(v_amount) is int):
            d["amount"] = v_amount
            v_amount = UNSET
        v_tax_behavior = d.pop("tax_behavior", UNSET)
        if v_tax_behavior is not UNSET and not (type(v_tax_behavior) is str):
            d["tax_behavior"] = v_tax_behavior
            v_tax_behavior = UNSET
        v_tax_rate_details = d.pop("tax_rate_details", UNSET)
        if v_tax_rate_details is not UNSET:
            if (type(v_tax_rate_details) is dict) or (v_tax_rate_details is None):
                v_tax_rate_details = (
                    BillingBillResourceInvoicingTaxesTaxRateDetails.from_dict(v_tax_rate_details)
                    if type(v_tax_rate_details) is dict
                    else v_tax_rate_details
                )
            else:
                d["tax_rate_details"] = v_tax_rate_details
                v_tax_rate_details = UNSET
        v_taxability_reason = d.pop("taxability_reason", UNSET)
        if v_taxability_reason is not UNSET and not (type(v_taxability_reason) is str):
            d["taxability_reason"] = v_taxability_reason
            v_taxability_reason = UNSET
        v_taxable_amount = d.pop("taxable_amount", UNSET)
        if v_taxable_amount is not UNSET and not (
            (type(v_taxable_amount) is int) or (v_taxable_amount is None)
        ):
            d["taxable_amount"] = v_taxable_amount
            v_taxable_amount = UNSET
        v_type_ = d.pop("type", UNSET)
        if v_type_ is not UNSET and not (type(v_type_) is str):
            d["type"] = v_type_
            v_type_ = UNSET
        obj = cls(
            amount=v_amount,
            tax_behavior=v_tax_behavior,
            tax_rate_details=v_tax_rate_details,
            taxability_reason=v_taxability_reason,
            taxable_amount=v_taxable_amount,
            type_=v_type_,
        )
        obj.additional_properties = d
        return obj

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


class BillingBillResourceInvoicingTaxesTaxParams(TypedDict, total=False):
    """BillingBillResourceInvoicingTaxesTax as plain data, for request parameters."""

    amount: Required[int]
    tax_behavior: Required[BillingBillResourceInvoicingTaxesTaxTaxBehavior]
    tax_rate_details: Required[
        BillingBillResourceInvoicingTaxesTaxRateDetailsParams
        | BillingBillResourceInvoicingTaxesTaxRateDetails
    ]
    taxability_reason: Required[BillingBillResourceInvoicingTaxesTaxTaxabilityReason]
    taxable_amount: Required[int]
    type: Required[BillingBillResourceInvoicingTaxesTaxType]


# Imported last: models refer to each other in cycles, and are only needed at call time.
from ..models.billing_bill_resource_invoicing_taxes_tax_rate_details import (
    BillingBillResourceInvoicingTaxesTaxRateDetails,  # noqa: E402
)
