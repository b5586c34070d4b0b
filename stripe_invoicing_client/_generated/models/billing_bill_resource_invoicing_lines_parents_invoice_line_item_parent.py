from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..models.billing_bill_resource_invoicing_lines_parents_invoice_line_item_parent_type import (
    BillingBillResourceInvoicingLinesParentsInvoiceLineItemParentType,
)
from ..types import UNSET

if TYPE_CHECKING:
    from typing_extensions import Required

    from ..models.billing_bill_resource_invoicing_lines_parents_invoice_line_item_invoice_item_parent import (
        BillingBillResourceInvoicingLinesParentsInvoiceLineItemInvoiceItemParent,
        BillingBillResourceInvoicingLinesParentsInvoiceLineItemInvoiceItemParentParams,
    )
    from ..models.billing_bill_resource_invoicing_lines_parents_invoice_line_item_subscription_item_parent import (
        BillingBillResourceInvoicingLinesParentsInvoiceLineItemSubscriptionItemParent,
        BillingBillResourceInvoicingLinesParentsInvoiceLineItemSubscriptionItemParentParams,
    )


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class BillingBillResourceInvoicingLinesParentsInvoiceLineItemParent(Model):
    """Embedded object found at `line_item.parent`.

    Parsing is tolerant: anything not modelled, and any value of another type than its field
    declares, is kept in `additional_properties`, so `from_dict(data).to_dict() == data`.
    Reading a field that the data lacks, or held with another type, raises
    `FieldNotAvailableError` (an AttributeError); optional fields read as `UNSET` when absent.
    """

    invoice_item_details: (
        BillingBillResourceInvoicingLinesParentsInvoiceLineItemInvoiceItemParent | None
    )
    subscription_item_details: (
        BillingBillResourceInvoicingLinesParentsInvoiceLineItemSubscriptionItemParent | None
    )
    type_: BillingBillResourceInvoicingLinesParentsInvoiceLineItemParentType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        (
            "invoice_item_details",
            "invoice_item_details",
            "BillingBillResourceInvoicingLinesParentsInvoiceLineItemInvoiceItemParent | None",
        ),
        (
            "subscription_item_details",
            "subscription_item_details",
            "BillingBillResourceInvoicingLinesParentsInvoiceLineItemSubscriptionItemParent | None",
        ),
        ("type_", "type", "BillingBillResourceInvoicingLinesParentsInvoiceLineItemParentType"),
    )

    def to_dict(self) -> dict[str, Any]:
        # An unfilled field raises AttributeError; what was received for it, if anything, is
        # already in additional_properties.
        data: dict[str, Any] = dict(self.additional_properties)
        try:
            v_invoice_item_details = self.invoice_item_details
        except AttributeError:
            pass
        else:
            data["invoice_item_details"] = (
                v_invoice_item_details.to_dict()
                if isinstance(
                    v_invoice_item_details,
                    BillingBillResourceInvoicingLinesParentsInvoiceLineItemInvoiceItemParent,
                )
                else v_invoice_item_details
            )
        try:
            v_subscription_item_details = self.subscription_item_details
        except AttributeError:
            pass
        else:
            data["subscription_item_details"] = (
                v_subscription_item_details.to_dict()
                if isinstance(
                    v_subscription_item_details,
                    BillingBillResourceInvoicingLinesParentsInvoiceLineItemSubscriptionItemParent,
                )
                else v_subscription_item_details
            )
        try:
            v_type_ = self.type_
        except AttributeError:
            pass
        else:
            data["type"] = v_type_
        return data

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> BillingBillResourceInvoicingLinesParentsInvoiceLineItemParent:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal; the checks below are what makes each stored value fit its field.
        # A value that does not fit stays in `d` (the additional properties), its field unfilled.
        fill: Any = obj
        v_invoice_item_details = d.pop("invoice_item_details", UNSET)
        if v_invoice_item_details is not UNSET:
            if (type(v_invoice_item_details) is dict) or (v_invoice_item_details is None):
                fill.invoice_item_details = (
                    BillingBillResourceInvoicingLinesParentsInvoiceLineItemInvoiceItemParent.from_dict(
                        v_invoice_item_details
                    )
                    if type(v_invoice_item_details) is dict
                    else v_invoice_item_details
                )
            else:
                d["invoice_item_details"] = v_invoice_item_details
        v_subscription_item_details = d.pop("subscription_item_details", UNSET)
        if v_subscription_item_details is not UNSET:
            if (type(v_subscription_item_details) is dict) or (v_subscription_item_details is None):
                fill.subscription_item_details = (
                    BillingBillResourceInvoicingLinesParentsInvoiceLineItemSubscriptionItemParent.from_dict(
                        v_subscription_item_details
                    )
                    if type(v_subscription_item_details) is dict
                    else v_subscription_item_details
                )
            else:
                d["subscription_item_details"] = v_subscription_item_details
        v_type_ = d.pop("type", UNSET)
        if v_type_ is not UNSET:
            if type(v_type_) is str:
                fill.type_ = v_type_
            else:
                d["type"] = v_type_
        fill.additional_properties = d
        return obj


class BillingBillResourceInvoicingLinesParentsInvoiceLineItemParentParams(TypedDict, total=False):
    """BillingBillResourceInvoicingLinesParentsInvoiceLineItemParent as plain data, for request parameters."""

    invoice_item_details: Required[
        BillingBillResourceInvoicingLinesParentsInvoiceLineItemInvoiceItemParentParams
        | BillingBillResourceInvoicingLinesParentsInvoiceLineItemInvoiceItemParent
    ]
    subscription_item_details: Required[
        BillingBillResourceInvoicingLinesParentsInvoiceLineItemSubscriptionItemParentParams
        | BillingBillResourceInvoicingLinesParentsInvoiceLineItemSubscriptionItemParent
    ]
    type: Required[BillingBillResourceInvoicingLinesParentsInvoiceLineItemParentType]


# Imported last: models refer to each other in cycles, and are only needed at call time.
from ..models.billing_bill_resource_invoicing_lines_parents_invoice_line_item_invoice_item_parent import (
    BillingBillResourceInvoicingLinesParentsInvoiceLineItemInvoiceItemParent,  # noqa: E402
)
from ..models.billing_bill_resource_invoicing_lines_parents_invoice_line_item_subscription_item_parent import (
    BillingBillResourceInvoicingLinesParentsInvoiceLineItemSubscriptionItemParent,  # noqa: E402
)
