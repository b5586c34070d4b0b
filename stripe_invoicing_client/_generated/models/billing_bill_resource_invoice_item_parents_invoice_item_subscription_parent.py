from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from typing_extensions import Required


@_attrs_define
class BillingBillResourceInvoiceItemParentsInvoiceItemSubscriptionParent:
    """Embedded object found at `invoiceitem.parent.subscription_details`.

    Parsing is tolerant: a field missing from the data, or of another type than described,
    reads as `UNSET`, and anything not modelled is kept in `additional_properties`, so
    `from_dict(data).to_dict() == data`.
    """

    subscription: str
    subscription_item: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = dict(self.additional_properties)
        v_subscription = self.subscription
        if not isinstance(v_subscription, Unset):
            data["subscription"] = v_subscription
        v_subscription_item = self.subscription_item
        if not isinstance(v_subscription_item, Unset):
            data["subscription_item"] = v_subscription_item
        return data

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> BillingBillResourceInvoiceItemParentsInvoiceItemSubscriptionParent:
        d = dict(src_dict)
        v_subscription = d.pop("subscription", UNSET)
        if v_subscription is not UNSET and not (type(v_subscription) is str):
            d["subscription"] = v_subscription
            v_subscription = UNSET
        v_subscription_item = d.pop("subscription_item", UNSET)
        if v_subscription_item is not UNSET and not (
            (type(v_subscription_item) is str) or (v_subscription_item is None)
        ):
            d["subscription_item"] = v_subscription_item
            v_subscription_item = UNSET
        obj = cls(
            subscription=v_subscription,
            subscription_item=v_subscription_item,
        )
        obj.additional_properties = d
        return obj

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


class BillingBillResourceInvoiceItemParentsInvoiceItemSubscriptionParentParams(
    TypedDict, total=False
):
    """BillingBillResourceInvoiceItemParentsInvoiceItemSubscriptionParent as plain data, for request parameters."""

    subscription: Required[str]
    subscription_item: Required[str]


# Imported last: models refer to each other in cycles, and are only needed at call time.
