"""Response models: line item (generated; do not edit).

Parsing is tolerant: anything not modelled, and any value of another type than its
field declares, is kept in `additional_properties`, so `from_dict(d).to_dict() == d`.
Reading a field that the data lacks, or held with another type, raises
`FieldNotAvailableError` (an AttributeError); optional fields read as `UNSET` when
absent."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._core.model import Model
from ..._core.types import UNSET


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class BillResourceInvoicingLinesParentsInvoiceLineItemParent(Model):
    """Embedded object found at `line_item.parent`."""

    invoice_item_details: InvoicingLinesParentsInvoiceLineItemInvoiceItemParent | None
    subscription_item_details: InvoicingLinesParentsInvoiceLineItemSubscriptionItemParent | None
    type_: Literal["invoice_item_details", "subscription_item_details"]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _KEYS: ClassVar[dict[str, str]] = {
        "type_": "type",
    }
    _DECODE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "invoice_item_details": lambda v: (
            InvoicingLinesParentsInvoiceLineItemInvoiceItemParent.from_dict(v)
        ),
        "subscription_item_details": lambda v: (
            InvoicingLinesParentsInvoiceLineItemSubscriptionItemParent.from_dict(v)
        ),
    }

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> BillResourceInvoicingLinesParentsInvoiceLineItemParent:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        later: dict[str, Any] = {}  # nested JSON, decoded on first read (Model._DECODE)
        if type(v_invoice_item_details := take("invoice_item_details", UNSET)) is dict:
            later["invoice_item_details"] = v_invoice_item_details
        elif v_invoice_item_details is None:
            fill.invoice_item_details = v_invoice_item_details
        elif v_invoice_item_details is not UNSET:
            d["invoice_item_details"] = v_invoice_item_details
        if type(v_subscription_item_details := take("subscription_item_details", UNSET)) is dict:
            later["subscription_item_details"] = v_subscription_item_details
        elif v_subscription_item_details is None:
            fill.subscription_item_details = v_subscription_item_details
        elif v_subscription_item_details is not UNSET:
            d["subscription_item_details"] = v_subscription_item_details
        if type(v_type_ := take("type", UNSET)) is str:
            fill.type_ = v_type_
        elif v_type_ is not UNSET:
            d["type"] = v_type_
        if later:
            fill._later = later
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class BillingBillResourceInvoicingLinesCommonProrationDetails(Model):
    """Embedded object found at `line_item.parent.invoice_item_details.proration_details`."""

    credited_items: ProrationDetailsCreditedItemsInvoiceLineItemDetails | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _DECODE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "credited_items": lambda v: ProrationDetailsCreditedItemsInvoiceLineItemDetails.from_dict(
            v
        ),
    }

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> BillingBillResourceInvoicingLinesCommonProrationDetails:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        later: dict[str, Any] = {}  # nested JSON, decoded on first read (Model._DECODE)
        if type(v_credited_items := take("credited_items", UNSET)) is dict:
            later["credited_items"] = v_credited_items
        elif v_credited_items is None:
            fill.credited_items = v_credited_items
        elif v_credited_items is not UNSET:
            d["credited_items"] = v_credited_items
        if later:
            fill._later = later
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class InvoicingLinesParentsInvoiceLineItemInvoiceItemParent(Model):
    """Embedded object found at `line_item.parent.invoice_item_details`."""

    invoice_item: str
    proration: bool
    proration_details: BillingBillResourceInvoicingLinesCommonProrationDetails | None
    subscription: str | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _DECODE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "proration_details": lambda v: (
            BillingBillResourceInvoicingLinesCommonProrationDetails.from_dict(v)
        ),
    }

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> InvoicingLinesParentsInvoiceLineItemInvoiceItemParent:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        later: dict[str, Any] = {}  # nested JSON, decoded on first read (Model._DECODE)
        if type(v_invoice_item := take("invoice_item", UNSET)) is str:
            fill.invoice_item = v_invoice_item
        elif v_invoice_item is not UNSET:
            d["invoice_item"] = v_invoice_item
        if type(v_proration := take("proration", UNSET)) is bool:
            fill.proration = v_proration
        elif v_proration is not UNSET:
            d["proration"] = v_proration
        if type(v_proration_details := take("proration_details", UNSET)) is dict:
            later["proration_details"] = v_proration_details
        elif v_proration_details is None:
            fill.proration_details = v_proration_details
        elif v_proration_details is not UNSET:
            d["proration_details"] = v_proration_details
        if (type(v_subscription := take("subscription", UNSET)) is str) or (v_subscription is None):
            fill.subscription = v_subscription
        elif v_subscription is not UNSET:
            d["subscription"] = v_subscription
        if later:
            fill._later = later
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class InvoicingLinesParentsInvoiceLineItemSubscriptionItemParent(Model):
    """Embedded object found at `line_item.parent.subscription_item_details`."""

    invoice_item: str | None
    proration: bool
    proration_details: BillingBillResourceInvoicingLinesCommonProrationDetails | None
    subscription: str | None
    subscription_item: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _DECODE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "proration_details": lambda v: (
            BillingBillResourceInvoicingLinesCommonProrationDetails.from_dict(v)
        ),
    }

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> InvoicingLinesParentsInvoiceLineItemSubscriptionItemParent:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        later: dict[str, Any] = {}  # nested JSON, decoded on first read (Model._DECODE)
        if (type(v_invoice_item := take("invoice_item", UNSET)) is str) or (v_invoice_item is None):
            fill.invoice_item = v_invoice_item
        elif v_invoice_item is not UNSET:
            d["invoice_item"] = v_invoice_item
        if type(v_proration := take("proration", UNSET)) is bool:
            fill.proration = v_proration
        elif v_proration is not UNSET:
            d["proration"] = v_proration
        if type(v_proration_details := take("proration_details", UNSET)) is dict:
            later["proration_details"] = v_proration_details
        elif v_proration_details is None:
            fill.proration_details = v_proration_details
        elif v_proration_details is not UNSET:
            d["proration_details"] = v_proration_details
        if (type(v_subscription := take("subscription", UNSET)) is str) or (v_subscription is None):
            fill.subscription = v_subscription
        elif v_subscription is not UNSET:
            d["subscription"] = v_subscription
        if type(v_subscription_item := take("subscription_item", UNSET)) is str:
            fill.subscription_item = v_subscription_item
        elif v_subscription_item is not UNSET:
            d["subscription_item"] = v_subscription_item
        if later:
            fill._later = later
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class LineItem(Model):
    """One line on an invoice: an amount with its period, pricing, discounts and taxes."""

    amount: int
    """Amount of the line in the smallest currency unit."""
    currency: str
    """Three-letter lowercase ISO currency code of the line."""
    description: str | None
    """Text describing the line, shown on the invoice."""
    discount_amounts: list[DiscountsResourceDiscountAmount] | None
    """Amount each discount took off this line, in the smallest currency unit."""
    discountable: bool
    """Whether invoice-level discounts reduce this line."""
    discounts: list[DeletedDiscount | Discount | str]
    """Discounts on this line only (ids unless expanded)."""
    id: str
    """Unique id of the line (starts with `il_`)."""
    invoice: str | None
    """Id of the invoice the line is on."""
    livemode: bool
    """True for an object in live mode, false for one in test mode."""
    metadata: dict[str, str]
    """Your own key-value pairs stored on the line; a subscription line shows its subscription's unless set on the line."""
    object_: Literal["line_item"]
    """Object type, always `line_item`."""
    parent: BillResourceInvoicingLinesParentsInvoiceLineItemParent | None
    """What the line comes from: an invoice item or a subscription item."""
    period: InvoiceLineItemPeriod
    """Service period the line covers, as start and end Unix timestamps in seconds."""
    pretax_credit_amounts: list[InvoicesResourcePretaxCreditAmount] | None
    """Pretax credits (such as discounts and credit grants) on this line, in the smallest currency unit."""
    pricing: BillingBillResourceInvoicingPricingPricing | None
    """Price the line is billed at, with its unit amount."""
    quantity: int | None
    """Number of units billed; null for lines without a quantity."""
    quantity_decimal: str | None
    """Number of units as a decimal string, for quantities that are not whole."""
    subscription: str | Subscription | None
    """Subscription the line belongs to (an id unless expanded), if any."""
    subtotal: int
    """Amount of the line in the smallest currency unit, before discounts and tax."""
    taxes: list[BillingBillResourceInvoicingTaxesTax] | None
    """Tax amounts on this line, one entry per tax."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _KEYS: ClassVar[dict[str, str]] = {
        "object_": "object",
    }
    _DECODE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "discount_amounts": lambda v: [
            DiscountsResourceDiscountAmount.from_dict(item0) for item0 in v
        ],
        "discounts": lambda v: [
            (
                DeletedDiscount.from_dict(item0)
                if type(item0) is dict
                and item0.get("deleted") is True
                and item0.get("object") == "discount"
                else (Discount.from_dict(item0) if type(item0) is dict else item0)
            )
            for item0 in v
        ],
        "parent": lambda v: BillResourceInvoicingLinesParentsInvoiceLineItemParent.from_dict(v),
        "period": lambda v: InvoiceLineItemPeriod.from_dict(v),
        "pretax_credit_amounts": lambda v: [
            InvoicesResourcePretaxCreditAmount.from_dict(item0) for item0 in v
        ],
        "pricing": lambda v: BillingBillResourceInvoicingPricingPricing.from_dict(v),
        "subscription": lambda v: Subscription.from_dict(v),
        "taxes": lambda v: [BillingBillResourceInvoicingTaxesTax.from_dict(item0) for item0 in v],
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> LineItem:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        later: dict[str, Any] = {}  # nested JSON, decoded on first read (Model._DECODE)
        if type(v_amount := take("amount", UNSET)) is int:
            fill.amount = v_amount
        elif v_amount is not UNSET:
            d["amount"] = v_amount
        if type(v_currency := take("currency", UNSET)) is str:
            fill.currency = v_currency
        elif v_currency is not UNSET:
            d["currency"] = v_currency
        if (type(v_description := take("description", UNSET)) is str) or (v_description is None):
            fill.description = v_description
        elif v_description is not UNSET:
            d["description"] = v_description
        if type(v_discount_amounts := take("discount_amounts", UNSET)) is list and (
            not v_discount_amounts or all(type(item0) is dict for item0 in v_discount_amounts)
        ):
            later["discount_amounts"] = v_discount_amounts
        elif v_discount_amounts is None:
            fill.discount_amounts = v_discount_amounts
        elif v_discount_amounts is not UNSET:
            d["discount_amounts"] = v_discount_amounts
        if type(v_discountable := take("discountable", UNSET)) is bool:
            fill.discountable = v_discountable
        elif v_discountable is not UNSET:
            d["discountable"] = v_discountable
        if type(v_discounts := take("discounts", UNSET)) is list and (
            not v_discounts
            or all((type(item0) is dict) or (type(item0) is str) for item0 in v_discounts)
        ):
            later["discounts"] = v_discounts
        elif v_discounts is not UNSET:
            d["discounts"] = v_discounts
        if type(v_id := take("id", UNSET)) is str:
            fill.id = v_id
        elif v_id is not UNSET:
            d["id"] = v_id
        if (type(v_invoice := take("invoice", UNSET)) is str) or (v_invoice is None):
            fill.invoice = v_invoice
        elif v_invoice is not UNSET:
            d["invoice"] = v_invoice
        if type(v_livemode := take("livemode", UNSET)) is bool:
            fill.livemode = v_livemode
        elif v_livemode is not UNSET:
            d["livemode"] = v_livemode
        if type(v_metadata := take("metadata", UNSET)) is dict and (
            not v_metadata or all(type(item0) is str for item0 in v_metadata.values())
        ):
            fill.metadata = v_metadata
        elif v_metadata is not UNSET:
            d["metadata"] = v_metadata
        if type(v_object_ := take("object", UNSET)) is str:
            fill.object_ = v_object_
        elif v_object_ is not UNSET:
            d["object"] = v_object_
        if type(v_parent := take("parent", UNSET)) is dict:
            later["parent"] = v_parent
        elif v_parent is None:
            fill.parent = v_parent
        elif v_parent is not UNSET:
            d["parent"] = v_parent
        if type(v_period := take("period", UNSET)) is dict:
            later["period"] = v_period
        elif v_period is not UNSET:
            d["period"] = v_period
        if type(v_pretax_credit_amounts := take("pretax_credit_amounts", UNSET)) is list and (
            not v_pretax_credit_amounts
            or all(type(item0) is dict for item0 in v_pretax_credit_amounts)
        ):
            later["pretax_credit_amounts"] = v_pretax_credit_amounts
        elif v_pretax_credit_amounts is None:
            fill.pretax_credit_amounts = v_pretax_credit_amounts
        elif v_pretax_credit_amounts is not UNSET:
            d["pretax_credit_amounts"] = v_pretax_credit_amounts
        if type(v_pricing := take("pricing", UNSET)) is dict:
            later["pricing"] = v_pricing
        elif v_pricing is None:
            fill.pricing = v_pricing
        elif v_pricing is not UNSET:
            d["pricing"] = v_pricing
        if (type(v_quantity := take("quantity", UNSET)) is int) or (v_quantity is None):
            fill.quantity = v_quantity
        elif v_quantity is not UNSET:
            d["quantity"] = v_quantity
        if (type(v_quantity_decimal := take("quantity_decimal", UNSET)) is str) or (
            v_quantity_decimal is None
        ):
            fill.quantity_decimal = v_quantity_decimal
        elif v_quantity_decimal is not UNSET:
            d["quantity_decimal"] = v_quantity_decimal
        if type(v_subscription := take("subscription", UNSET)) is dict:
            later["subscription"] = v_subscription
        elif (type(v_subscription) is str) or (v_subscription is None):
            fill.subscription = v_subscription
        elif v_subscription is not UNSET:
            d["subscription"] = v_subscription
        if type(v_subtotal := take("subtotal", UNSET)) is int:
            fill.subtotal = v_subtotal
        elif v_subtotal is not UNSET:
            d["subtotal"] = v_subtotal
        if type(v_taxes := take("taxes", UNSET)) is list and (
            not v_taxes or all(type(item0) is dict for item0 in v_taxes)
        ):
            later["taxes"] = v_taxes
        elif v_taxes is None:
            fill.taxes = v_taxes
        elif v_taxes is not UNSET:
            d["taxes"] = v_taxes
        if later:
            fill._later = later
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# Imported last: the modules refer to each other in cycles, needed at call time only.
from .discount import DeletedDiscount, Discount  # noqa: E402
from .shared import (  # noqa: E402
    BillingBillResourceInvoicingPricingPricing,
    BillingBillResourceInvoicingTaxesTax,
    DiscountsResourceDiscountAmount,
    InvoiceLineItemPeriod,
    InvoicesResourcePretaxCreditAmount,
    ProrationDetailsCreditedItemsInvoiceLineItemDetails,
)
from .subscription import Subscription  # noqa: E402

__all__ = [
    "BillResourceInvoicingLinesParentsInvoiceLineItemParent",
    "BillingBillResourceInvoicingLinesCommonProrationDetails",
    "InvoicingLinesParentsInvoiceLineItemInvoiceItemParent",
    "InvoicingLinesParentsInvoiceLineItemSubscriptionItemParent",
    "LineItem",
]
