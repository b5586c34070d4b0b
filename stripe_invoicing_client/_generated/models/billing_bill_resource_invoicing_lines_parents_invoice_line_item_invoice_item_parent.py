from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET

if TYPE_CHECKING:
    from typing_extensions import Required

    from ..models.billing_bill_resource_invoicing_lines_common_proration_details import (
        BillingBillResourceInvoicingLinesCommonProrationDetails,
        BillingBillResourceInvoicingLinesCommonProrationDetailsParams,
    )


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class BillingBillResourceInvoicingLinesParentsInvoiceLineItemInvoiceItemParent(Model):
    """Embedded object found at `line_item.parent.invoice_item_details`.

    Parsing is tolerant: anything not modelled, and any value of another type than its field
    declares, is kept in `additional_properties`, so `from_dict(data).to_dict() == data`.
    Reading a field that the data lacks, or held with another type, raises
    `FieldNotAvailableError` (an AttributeError); optional fields read as `UNSET` when absent.
    """

    invoice_item: str
    proration: bool
    proration_details: BillingBillResourceInvoicingLinesCommonProrationDetails | None
    subscription: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("invoice_item", "invoice_item", "str"),
        ("proration", "proration", "bool"),
        (
            "proration_details",
            "proration_details",
            "BillingBillResourceInvoicingLinesCommonProrationDetails | None",
        ),
        ("subscription", "subscription", "str | None"),
    )

    def to_dict(self) -> dict[str, Any]:
        # An unfilled field raises AttributeError; what was received for it, if anything, is
        # already in additional_properties.
        data: dict[str, Any] = dict(self.additional_properties)
        try:
            v_invoice_item = self.invoice_item
        except AttributeError:
            pass
        else:
            data["invoice_item"] = v_invoice_item
        try:
            v_proration = self.proration
        except AttributeError:
            pass
        else:
            data["proration"] = v_proration
        try:
            v_proration_details = self.proration_details
        except AttributeError:
            pass
        else:
            data["proration_details"] = (
                v_proration_details.to_dict()
                if isinstance(
                    v_proration_details, BillingBillResourceInvoicingLinesCommonProrationDetails
                )
                else v_proration_details
            )
        try:
            v_subscription = self.subscription
        except AttributeError:
            pass
        else:
            data["subscription"] = v_subscription
        return data

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> BillingBillResourceInvoicingLinesParentsInvoiceLineItemInvoiceItemParent:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal; the checks below are what makes each stored value fit its field.
        # A value that does not fit stays in `d` (the additional properties), its field unfilled.
        fill: Any = obj
        v_invoice_item = d.pop("invoice_item", UNSET)
        if v_invoice_item is not UNSET:
            if type(v_invoice_item) is str:
                fill.invoice_item = v_invoice_item
            else:
                d["invoice_item"] = v_invoice_item
        v_proration = d.pop("proration", UNSET)
        if v_proration is not UNSET:
            if type(v_proration) is bool:
                fill.proration = v_proration
            else:
                d["proration"] = v_proration
        v_proration_details = d.pop("proration_details", UNSET)
        if v_proration_details is not UNSET:
            if (type(v_proration_details) is dict) or (v_proration_details is None):
                fill.proration_details = (
                    BillingBillResourceInvoicingLinesCommonProrationDetails.from_dict(
                        v_proration_details
                    )
                    if type(v_proration_details) is dict
                    else v_proration_details
                )
            else:
                d["proration_details"] = v_proration_details
        v_subscription = d.pop("subscription", UNSET)
        if v_subscription is not UNSET:
            if (type(v_subscription) is str) or (v_subscription is None):
                fill.subscription = v_subscription
            else:
                d["subscription"] = v_subscription
        fill.additional_properties = d
        return obj


class BillingBillResourceInvoicingLinesParentsInvoiceLineItemInvoiceItemParentParams(
    TypedDict, total=False
):
    """BillingBillResourceInvoicingLinesParentsInvoiceLineItemInvoiceItemParent as plain data, for request parameters."""

    invoice_item: Required[str]
    proration: Required[bool]
    proration_details: Required[
        BillingBillResourceInvoicingLinesCommonProrationDetailsParams
        | BillingBillResourceInvoicingLinesCommonProrationDetails
    ]
    subscription: Required[str]


# Imported last: models refer to each other in cycles, and are only needed at call time.
from ..models.billing_bill_resource_invoicing_lines_common_proration_details import (
    BillingBillResourceInvoicingLinesCommonProrationDetails,  # noqa: E402
)
