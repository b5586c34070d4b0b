from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..models.billing_bill_resource_invoicing_taxes_tax_tax_behavior import (
    BillingBillResourceInvoicingTaxesTaxTaxBehavior,
)
from ..models.billing_bill_resource_invoicing_taxes_tax_taxability_reason import (
    BillingBillResourceInvoicingTaxesTaxTaxabilityReason,
)
from ..models.billing_bill_resource_invoicing_taxes_tax_type import (
    BillingBillResourceInvoicingTaxesTaxType,
)
from ..types import UNSET

if TYPE_CHECKING:
    from typing_extensions import Required

    from ..models.billing_bill_resource_invoicing_taxes_tax_rate_details import (
        BillingBillResourceInvoicingTaxesTaxRateDetails,
        BillingBillResourceInvoicingTaxesTaxRateDetailsParams,
    )


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class BillingBillResourceInvoicingTaxesTax(Model):
    """Embedded object found at `invoice.total_taxes`.

    Parsing is tolerant: anything not modelled, and any value of another type than its field
    declares, is kept in `additional_properties`, so `from_dict(data).to_dict() == data`.
    Reading a field that the data lacks, or held with another type, raises
    `FieldNotAvailableError` (an AttributeError); optional fields read as `UNSET` when absent.
    """

    amount: int
    tax_behavior: BillingBillResourceInvoicingTaxesTaxTaxBehavior
    tax_rate_details: BillingBillResourceInvoicingTaxesTaxRateDetails | None
    taxability_reason: BillingBillResourceInvoicingTaxesTaxTaxabilityReason
    taxable_amount: int | None
    type_: BillingBillResourceInvoicingTaxesTaxType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("amount", "amount", "int"),
        ("tax_behavior", "tax_behavior", "BillingBillResourceInvoicingTaxesTaxTaxBehavior"),
        (
            "tax_rate_details",
            "tax_rate_details",
            "BillingBillResourceInvoicingTaxesTaxRateDetails | None",
        ),
        (
            "taxability_reason",
            "taxability_reason",
            "BillingBillResourceInvoicingTaxesTaxTaxabilityReason",
        ),
        ("taxable_amount", "taxable_amount", "int | None"),
        ("type_", "type", "BillingBillResourceInvoicingTaxesTaxType"),
    )

    def to_dict(self) -> dict[str, Any]:
        # An unfilled field raises AttributeError; what was received for it, if anything, is
        # already in additional_properties.
        data: dict[str, Any] = dict(self.additional_properties)
        try:
            v_amount = self.amount
        except AttributeError:
            pass
        else:
            data["amount"] = v_amount
        try:
            v_tax_behavior = self.tax_behavior
        except AttributeError:
            pass
        else:
            data["tax_behavior"] = v_tax_behavior
        try:
            v_tax_rate_details = self.tax_rate_details
        except AttributeError:
            pass
        else:
            data["tax_rate_details"] = (
                v_tax_rate_details.to_dict()
                if isinstance(v_tax_rate_details, BillingBillResourceInvoicingTaxesTaxRateDetails)
                else v_tax_rate_details
            )
        try:
            v_taxability_reason = self.taxability_reason
        except AttributeError:
            pass
        else:
            data["taxability_reason"] = v_taxability_reason
        try:
            v_taxable_amount = self.taxable_amount
        except AttributeError:
            pass
        else:
            data["taxable_amount"] = v_taxable_amount
        try:
            v_type_ = self.type_
        except AttributeError:
            pass
        else:
            data["type"] = v_type_
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> BillingBillResourceInvoicingTaxesTax:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal; the checks below are what makes each stored value fit its field.
        # A value that does not fit stays in `d` (the additional properties), its field unfilled.
        fill: Any = obj
        v_amount = d.pop("amount", UNSET)
        if v_amount is not UNSET:
            if type(v_amount) is int:
                fill.amount = v_amount
            else:
                d["amount"] = v_amount
        v_tax_behavior = d.pop("tax_behavior", UNSET)
        if v_tax_behavior is not UNSET:
            if type(v_tax_behavior) is str:
                fill.tax_behavior = v_tax_behavior
            else:
                d["tax_behavior"] = v_tax_behavior
        v_tax_rate_details = d.pop("tax_rate_details", UNSET)
        if v_tax_rate_details is not UNSET:
            if (type(v_tax_rate_details) is dict) or (v_tax_rate_details is None):
                fill.tax_rate_details = (
                    BillingBillResourceInvoicingTaxesTaxRateDetails.from_dict(v_tax_rate_details)
                    if type(v_tax_rate_details) is dict
                    else v_tax_rate_details
                )
            else:
                d["tax_rate_details"] = v_tax_rate_details
        v_taxability_reason = d.pop("taxability_reason", UNSET)
        if v_taxability_reason is not UNSET:
            if type(v_taxability_reason) is str:
                fill.taxability_reason = v_taxability_reason
            else:
                d["taxability_reason"] = v_taxability_reason
        v_taxable_amount = d.pop("taxable_amount", UNSET)
        if v_taxable_amount is not UNSET:
            if (type(v_taxable_amount) is int) or (v_taxable_amount is None):
                fill.taxable_amount = v_taxable_amount
            else:
                d["taxable_amount"] = v_taxable_amount
        v_type_ = d.pop("type", UNSET)
        if v_type_ is not UNSET:
            if type(v_type_) is str:
                fill.type_ = v_type_
            else:
                d["type"] = v_type_
        fill.additional_properties = d
        return obj


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
