from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.billing_bill_resource_invoice_item_parents_invoice_item_parent_type import (
    BillingBillResourceInvoiceItemParentsInvoiceItemParentType,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from typing_extensions import Required

    from ..models.billing_bill_resource_invoice_item_parents_invoice_item_subscription_parent import (
        BillingBillResourceInvoiceItemParentsInvoiceItemSubscriptionParent,
        BillingBillResourceInvoiceItemParentsInvoiceItemSubscriptionParentParams,
    )


@_attrs_define
class BillingBillResourceInvoiceItemParentsInvoiceItemParent:
    """Embedded object found at `invoiceitem.parent`.

    Parsing is tolerant: a field missing from the data, or of another type than described,
    reads as `UNSET`, and anything not modelled is kept in `additional_properties`, so
    `from_dict(data).to_dict() == data`.
    """

    subscription_details: BillingBillResourceInvoiceItemParentsInvoiceItemSubscriptionParent | None
    type_: BillingBillResourceInvoiceItemParentsInvoiceItemParentType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = dict(self.additional_properties)
        v_subscription_details = self.subscription_details
        if not isinstance(v_subscription_details, Unset):
            data["subscription_details"] = (
                v_subscription_details.to_dict()
                if isinstance(
                    v_subscription_details,
                    BillingBillResourceInvoiceItemParentsInvoiceItemSubscriptionParent,
                )
                else v_subscription_details
            )
        v_type_ = self.type_
        if not isinstance(v_type_, Unset):
            data["type"] = v_type_
        return data

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> BillingBillResourceInvoiceItemParentsInvoiceItemParent:
        d = dict(src_dict)
        v_subscription_details = d.pop("subscription_details", UNSET)
        if v_subscription_details is not UNSET:
            if (type(v_subscription_details) is dict) or (v_subscription_details is None):
                v_subscription_details = (
                    BillingBillResourceInvoiceItemParentsInvoiceItemSubscriptionParent.from_dict(
                        v_subscription_details
                    )
                    if type(v_subscription_details) is dict
                    else v_subscription_details
                )
            else:
                d["subscription_details"] = v_subscription_details
                v_subscription_details = UNSET
        v_type_ = d.pop("type", UNSET)
        if v_type_ is not UNSET and not (type(v_type_) is str):
            d["type"] = v_type_
            v_type_ = UNSET
        obj = cls(
            subscription_details=v_subscription_details,
            type_=v_type_,
        )
        obj.additional_properties = d
        return obj

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


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
