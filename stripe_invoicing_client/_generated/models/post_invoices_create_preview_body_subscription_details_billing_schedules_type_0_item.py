from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.post_invoices_create_preview_body_subscription_details_billing_schedules_type_0_item_applies_to_item import (
        PostInvoicesCreatePreviewBodySubscriptionDetailsBillingSchedulesType0ItemAppliesToItem,
        PostInvoicesCreatePreviewBodySubscriptionDetailsBillingSchedulesType0ItemAppliesToItemParams,
    )
    from ..models.post_invoices_create_preview_body_subscription_details_billing_schedules_type_0_item_bill_until import (
        PostInvoicesCreatePreviewBodySubscriptionDetailsBillingSchedulesType0ItemBillUntil,
        PostInvoicesCreatePreviewBodySubscriptionDetailsBillingSchedulesType0ItemBillUntilParams,
    )


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class PostInvoicesCreatePreviewBodySubscriptionDetailsBillingSchedulesType0Item(Model):
    """PostInvoicesCreatePreviewBodySubscriptionDetailsBillingSchedulesType0Item

    Parsing is tolerant: anything not modelled, and any value of another type than its field
    declares, is kept in `additional_properties`, so `from_dict(data).to_dict() == data`.
    Reading a field that the data lacks, or held with another type, raises
    `FieldNotAvailableError` (an AttributeError); optional fields read as `UNSET` when absent.
    """

    applies_to: (
        list[PostInvoicesCreatePreviewBodySubscriptionDetailsBillingSchedulesType0ItemAppliesToItem]
        | Unset
    ) = UNSET
    bill_until: (
        PostInvoicesCreatePreviewBodySubscriptionDetailsBillingSchedulesType0ItemBillUntil | Unset
    ) = UNSET
    key: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        (
            "applies_to",
            "applies_to",
            "list[PostInvoicesCreatePreviewBodySubscriptionDetailsBillingSchedulesType0ItemAppliesToItem]",
        ),
        (
            "bill_until",
            "bill_until",
            "PostInvoicesCreatePreviewBodySubscriptionDetailsBillingSchedulesType0ItemBillUntil",
        ),
        ("key", "key", "str"),
    )

    def to_dict(self) -> dict[str, Any]:
        # An unfilled field raises AttributeError; what was received for it, if anything, is
        # already in additional_properties.
        data: dict[str, Any] = dict(self.additional_properties)
        try:
            v_applies_to = self.applies_to
        except AttributeError:
            pass
        else:
            if not isinstance(v_applies_to, Unset):
                data["applies_to"] = [item0.to_dict() for item0 in v_applies_to]
        try:
            v_bill_until = self.bill_until
        except AttributeError:
            pass
        else:
            if not isinstance(v_bill_until, Unset):
                data["bill_until"] = v_bill_until.to_dict()
        try:
            v_key = self.key
        except AttributeError:
            pass
        else:
            if not isinstance(v_key, Unset):
                data["key"] = v_key
        return data

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> PostInvoicesCreatePreviewBodySubscriptionDetailsBillingSchedulesType0Item:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal; the checks below are what makes each stored value fit its field.
        # A value that does not fit stays in `d` (the additional properties), its field unfilled.
        fill: Any = obj
        v_applies_to = d.pop("applies_to", UNSET)
        if v_applies_to is UNSET:
            fill.applies_to = UNSET
        elif type(v_applies_to) is list and all(type(item0) is dict for item0 in v_applies_to):
            fill.applies_to = [
                PostInvoicesCreatePreviewBodySubscriptionDetailsBillingSchedulesType0ItemAppliesToItem.from_dict(
                    item0
                )
                for item0 in v_applies_to
            ]
        else:
            d["applies_to"] = v_applies_to
        v_bill_until = d.pop("bill_until", UNSET)
        if v_bill_until is UNSET:
            fill.bill_until = UNSET
        elif type(v_bill_until) is dict:
            fill.bill_until = PostInvoicesCreatePreviewBodySubscriptionDetailsBillingSchedulesType0ItemBillUntil.from_dict(
                v_bill_until
            )
        else:
            d["bill_until"] = v_bill_until
        v_key = d.pop("key", UNSET)
        if v_key is UNSET:
            fill.key = UNSET
        elif type(v_key) is str:
            fill.key = v_key
        else:
            d["key"] = v_key
        fill.additional_properties = d
        return obj


class PostInvoicesCreatePreviewBodySubscriptionDetailsBillingSchedulesType0ItemParams(
    TypedDict, total=False
):
    """PostInvoicesCreatePreviewBodySubscriptionDetailsBillingSchedulesType0Item as plain data, for request parameters."""

    applies_to: list[
        PostInvoicesCreatePreviewBodySubscriptionDetailsBillingSchedulesType0ItemAppliesToItemParams
        | PostInvoicesCreatePreviewBodySubscriptionDetailsBillingSchedulesType0ItemAppliesToItem
    ]
    bill_until: (
        PostInvoicesCreatePreviewBodySubscriptionDetailsBillingSchedulesType0ItemBillUntilParams
        | PostInvoicesCreatePreviewBodySubscriptionDetailsBillingSchedulesType0ItemBillUntil
    )
    key: str


# Imported last: models refer to each other in cycles, and are only needed at call time.
from ..models.post_invoices_create_preview_body_subscription_details_billing_schedules_type_0_item_applies_to_item import (
    PostInvoicesCreatePreviewBodySubscriptionDetailsBillingSchedulesType0ItemAppliesToItem,  # noqa: E402
)
from ..models.post_invoices_create_preview_body_subscription_details_billing_schedules_type_0_item_bill_until import (
    PostInvoicesCreatePreviewBodySubscriptionDetailsBillingSchedulesType0ItemBillUntil,  # noqa: E402
)
