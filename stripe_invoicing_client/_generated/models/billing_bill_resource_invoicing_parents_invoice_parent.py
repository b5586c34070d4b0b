from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..models.billing_bill_resource_invoicing_parents_invoice_parent_type import (
    BillingBillResourceInvoicingParentsInvoiceParentType,
)
from ..types import UNSET

if TYPE_CHECKING:
    from typing_extensions import Required

    from ..models.billing_bill_resource_invoicing_parents_invoice_quote_parent import (
        BillingBillResourceInvoicingParentsInvoiceQuoteParent,
        BillingBillResourceInvoicingParentsInvoiceQuoteParentParams,
    )
    from ..models.billing_bill_resource_invoicing_parents_invoice_subscription_parent import (
        BillingBillResourceInvoicingParentsInvoiceSubscriptionParent,
        BillingBillResourceInvoicingParentsInvoiceSubscriptionParentParams,
    )


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class BillingBillResourceInvoicingParentsInvoiceParent(Model):
    """Embedded object found at `invoice.parent`.

    Parsing is tolerant: anything not modelled, and any value of another type than its field
    declares, is kept in `additional_properties`, so `from_dict(data).to_dict() == data`.
    Reading a field that the data lacks, or held with another type, raises
    `FieldNotAvailableError` (an AttributeError); optional fields read as `UNSET` when absent.
    """

    quote_details: BillingBillResourceInvoicingParentsInvoiceQuoteParent | None
    subscription_details: BillingBillResourceInvoicingParentsInvoiceSubscriptionParent | None
    type_: BillingBillResourceInvoicingParentsInvoiceParentType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        (
            "quote_details",
            "quote_details",
            "BillingBillResourceInvoicingParentsInvoiceQuoteParent | None",
        ),
        (
            "subscription_details",
            "subscription_details",
            "BillingBillResourceInvoicingParentsInvoiceSubscriptionParent | None",
        ),
        ("type_", "type", "BillingBillResourceInvoicingParentsInvoiceParentType"),
    )

    def to_dict(self) -> dict[str, Any]:
        # An unfilled field raises AttributeError; what was received for it, if anything, is
        # already in additional_properties.
        data: dict[str, Any] = dict(self.additional_properties)
        try:
            v_quote_details = self.quote_details
        except AttributeError:
            pass
        else:
            data["quote_details"] = (
                v_quote_details.to_dict()
                if isinstance(
                    v_quote_details, BillingBillResourceInvoicingParentsInvoiceQuoteParent
                )
                else v_quote_details
            )
        try:
            v_subscription_details = self.subscription_details
        except AttributeError:
            pass
        else:
            data["subscription_details"] = (
                v_subscription_details.to_dict()
                if isinstance(
                    v_subscription_details,
                    BillingBillResourceInvoicingParentsInvoiceSubscriptionParent,
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
    ) -> BillingBillResourceInvoicingParentsInvoiceParent:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal; the checks below are what makes each stored value fit its field.
        # A value that does not fit stays in `d` (the additional properties), its field unfilled.
        fill: Any = obj
        v_quote_details = d.pop("quote_details", UNSET)
        if v_quote_details is not UNSET:
            if (type(v_quote_details) is dict) or (v_quote_details is None):
                fill.quote_details = (
                    BillingBillResourceInvoicingParentsInvoiceQuoteParent.from_dict(v_quote_details)
                    if type(v_quote_details) is dict
                    else v_quote_details
                )
            else:
                d["quote_details"] = v_quote_details
        v_subscription_details = d.pop("subscription_details", UNSET)
        if v_subscription_details is not UNSET:
            if (type(v_subscription_details) is dict) or (v_subscription_details is None):
                fill.subscription_details = (
                    BillingBillResourceInvoicingParentsInvoiceSubscriptionParent.from_dict(
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


class BillingBillResourceInvoicingParentsInvoiceParentParams(TypedDict, total=False):
    """BillingBillResourceInvoicingParentsInvoiceParent as plain data, for request parameters."""

    quote_details: Required[
        BillingBillResourceInvoicingParentsInvoiceQuoteParentParams
        | BillingBillResourceInvoicingParentsInvoiceQuoteParent
    ]
    subscription_details: Required[
        BillingBillResourceInvoicingParentsInvoiceSubscriptionParentParams
        | BillingBillResourceInvoicingParentsInvoiceSubscriptionParent
    ]
    type: Required[BillingBillResourceInvoicingParentsInvoiceParentType]


# Imported last: models refer to each other in cycles, and are only needed at call time.
from ..models.billing_bill_resource_invoicing_parents_invoice_quote_parent import (
    BillingBillResourceInvoicingParentsInvoiceQuoteParent,  # noqa: E402
)
from ..models.billing_bill_resource_invoicing_parents_invoice_subscription_parent import (
    BillingBillResourceInvoicingParentsInvoiceSubscriptionParent,  # noqa: E402
)
