from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..models.billing_bill_resource_invoice_item_parents_invoice_item_parent_type import (
    BillingBillResourceInvoiceItemParentsInvoiceItemParentType,
)
from ..types import UNSET

if TYPE_CHECKING:
    from typing_extensions import Required

    from ..models.billing_bill_resource_invoice_item_parents_invoice_item_subscription_parent import (
        BillingBillResourceInvoiceItemParentsInvoiceItemSubscriptionParent,
        BillingBillResourceInvoiceItemParentsInvoiceItemSubscriptionParentParams,
    )


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class BillingBillResourceInvoiceItemParentsInvoiceItemParent(Model):
    """Embedded object found at `invoiceitem.parent`.

    Parsing is tolerant: anything not modelled, and any value of another type than its field
    declares, is kept in `additional_properties`, so `from_dict(data).to_dict() == data`.
    Reading a field that the data lacks, or held with another type, raises
    `FieldNotAvailableError` (an AttributeError); optional fields read as `UNSET` when absent.
    """

    subscription_details: BillingBillResourceInvoiceItemParentsInvoiceItemSubscriptionParent | None
    type_: BillingBillResourceInvoiceItemParentsInvoiceItemParentType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        (
            "subscription_details",
            "subscription_details",
            "BillingBillResourceInvoiceItemParentsInvoiceItemSubscriptionParent | None",
        ),
        ("type_", "type", "BillingBillResourceInvoiceItemParentsInvoiceItemParentType"),
    )

    def to_dict(self) -> dict[str, Any]:
        # An unfilled field raises AttributeError; what was received for it, if anything, is
        # already in additional_properties.
        data: dict[str, Any] = dict(self.additional_properties)
        try:
            v_subscription_details = self.subscription_details
        except AttributeError:
            pass
        else:
            data["subscription_details"] = (
                v_subscription_details.to_dict()
                if isinstance(
                    v_subscription_details,
                    BillingBillResourceInvoiceItemParentsInvoiceItemSubscriptionParent,
                )
                else v_subscription_details
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
    ) -> BillingBillResourceInvoiceItemParentsInvoiceItemParent:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal; the checks below are what makes each stored value fit its field.
        # A value that does not fit stays in `d` (the additional properties), its field unfilled.
        fill: Any = obj
        v_subscription_details = d.pop("subscription_details", UNSET)
        if v_subscription_details is not UNSET:
            if (type(v_subscription_details) is dict) or (v_subscription_details is None):
                fill.subscription_details = (
                    BillingBillResourceInvoiceItemParentsInvoiceItemSubscriptionParent.from_dict(
                        v_subscription_details
                    )
                    if type(v_subscription_details) is dict
                    else v_subscription_details
                )
            else:
                d["subscription_details"] = v_subscription_details
        v_type_ = d.pop("type", UNSET)
        if v_type_ is not UNSET:
            if type(v_type_) is str:
                fill.type_ = v_type_
            else:
                d["type"] = v_type_
        fill.additional_properties = d
        return obj


class BillingBillResourceInvoiceItemParentsInvoiceItemParentParams(TypedDict, total=False):
    """BillingBillResourceInvoiceItemParentsInvoiceItemParent as plain data, for request parameters."""

    subscription_details: Required[
        BillingBillResourceInvoiceItemParentsInvoiceItemSubscriptionParentParams
        | BillingBillResourceInvoiceItemParentsInvoiceItemSubscriptionParent
    ]
    type: Required[BillingBillResourceInvoiceItemParentsInvoiceItemParentType]


# Imported last: models refer to each other in cycles, and are only needed at call time.
from ..models.billing_bill_resource_invoice_item_parents_invoice_item_subscription_parent import (
    BillingBillResourceInvoiceItemParentsInvoiceItemSubscriptionParent,  # noqa: E402
)
