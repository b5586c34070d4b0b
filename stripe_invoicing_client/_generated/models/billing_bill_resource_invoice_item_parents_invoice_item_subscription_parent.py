from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET

if TYPE_CHECKING:
    from typing_extensions import Required


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class BillingBillResourceInvoiceItemParentsInvoiceItemSubscriptionParent(Model):
    """Embedded object found at `invoiceitem.parent.subscription_details`.

    Parsing is tolerant: anything not modelled, and any value of another type than its field
    declares, is kept in `additional_properties`, so `from_dict(data).to_dict() == data`.
    Reading a field that the data lacks, or held with another type, raises
    `FieldNotAvailableError` (an AttributeError); optional fields read as `UNSET` when absent.
    """

    subscription: str
    subscription_item: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("subscription", "subscription", "str"),
        ("subscription_item", "subscription_item", "str | None"),
    )

    def to_dict(self) -> dict[str, Any]:
        # An unfilled field raises AttributeError; what was received for it, if anything, is
        # already in additional_properties.
        data: dict[str, Any] = dict(self.additional_properties)
        try:
            v_subscription = self.subscription
        except AttributeError:
            pass
        else:
            data["subscription"] = v_subscription
        try:
            v_subscription_item = self.subscription_item
        except AttributeError:
            pass
        else:
            data["subscription_item"] = v_subscription_item
        return data

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> BillingBillResourceInvoiceItemParentsInvoiceItemSubscriptionParent:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal; the checks below are what makes each stored value fit its field.
        # A value that does not fit stays in `d` (the additional properties), its field unfilled.
        fill: Any = obj
        v_subscription = d.pop("subscription", UNSET)
        if v_subscription is not UNSET:
            if type(v_subscription) is str:
                fill.subscription = v_subscription
            else:
                d["subscription"] = v_subscription
        v_subscription_item = d.pop("subscription_item", UNSET)
        if v_subscription_item is not UNSET:
            if (type(v_subscription_item) is str) or (v_subscription_item is None):
                fill.subscription_item = v_subscription_item
            else:
                d["subscription_item"] = v_subscription_item
        fill.additional_properties = d
        return obj


class BillingBillResourceInvoiceItemParentsInvoiceItemSubscriptionParentParams(
    TypedDict, total=False
):
    """BillingBillResourceInvoiceItemParentsInvoiceItemSubscriptionParent as plain data, for request parameters."""

    subscription: Required[str]
    subscription_item: Required[str]


# Imported last: models refer to each other in cycles, and are only needed at call time.
