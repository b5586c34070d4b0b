"""Response models: invoice item (generated; do not edit).

Parsing is tolerant: anything not modelled, and any value of another type than its
field declares, is kept in `additional_properties`, so `from_dict(d).to_dict() == d`.
Reading a field that the data lacks, or held with another type, raises
`FieldNotAvailableError` (an AttributeError); optional fields read as `UNSET` when
absent."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from decimal import Decimal
from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._core.model import Model, is_plain_decimal
from ..._core.types import UNSET, Unset


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class BillResourceInvoiceItemParentsInvoiceItemSubscriptionParent(Model):
    """Embedded object found at `invoiceitem.parent.subscription_details`."""

    subscription: str
    subscription_item: str | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> BillResourceInvoiceItemParentsInvoiceItemSubscriptionParent:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        if type(v_subscription := take("subscription", UNSET)) is str:
            fill.subscription = v_subscription
        elif v_subscription is not UNSET:
            d["subscription"] = v_subscription
        if (type(v_subscription_item := take("subscription_item", UNSET)) is str) or (
            v_subscription_item is None
        ):
            fill.subscription_item = v_subscription_item
        elif v_subscription_item is not UNSET:
            d["subscription_item"] = v_subscription_item
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class BillingBillResourceInvoiceItemParentsInvoiceItemParent(Model):
    """Embedded object found at `invoiceitem.parent`."""

    subscription_details: BillResourceInvoiceItemParentsInvoiceItemSubscriptionParent | None
    type_: Literal["subscription_details"]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _KEYS: ClassVar[dict[str, str]] = {
        "type_": "type",
    }
    _DECODE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "subscription_details": lambda v: (
            BillResourceInvoiceItemParentsInvoiceItemSubscriptionParent.from_dict(v)
        ),
    }

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> BillingBillResourceInvoiceItemParentsInvoiceItemParent:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        later: dict[str, Any] = {}  # nested JSON, decoded on first read (Model._DECODE)
        if type(v_subscription_details := take("subscription_details", UNSET)) is dict:
            later["subscription_details"] = v_subscription_details
        elif v_subscription_details is None:
            fill.subscription_details = v_subscription_details
        elif v_subscription_details is not UNSET:
            d["subscription_details"] = v_subscription_details
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
class DeletedInvoiceItem(Model):
    """Returned when an invoice item has been removed."""

    deleted: Literal[True]
    """Always true: the object has been deleted."""
    id: str
    """Id of the deleted object."""
    object_: Literal["invoiceitem"]
    """Object type, always `invoiceitem`."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _KEYS: ClassVar[dict[str, str]] = {
        "object_": "object",
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> DeletedInvoiceItem:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        v_deleted = take("deleted", UNSET)
        if v_deleted is UNSET:
            pass
        elif v_deleted is True:
            fill.deleted = v_deleted
        else:
            d["deleted"] = v_deleted
        if type(v_id := take("id", UNSET)) is str:
            fill.id = v_id
        elif v_id is not UNSET:
            d["id"] = v_id
        if type(v_object_ := take("object", UNSET)) is str:
            fill.object_ = v_object_
        elif v_object_ is not UNSET:
            d["object"] = v_object_
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class InvoiceItem(Model):
    """A pending or attached charge or credit that ends up as a line on a customer's invoice."""

    amount: int
    """Total amount of the item in the smallest currency unit; negative for a credit."""
    currency: str
    """Three-letter lowercase ISO currency code of the item."""
    customer: Customer | DeletedCustomer | str
    """Customer the item is billed to (an id unless expanded)."""
    date: int
    """Unix timestamp in seconds when the item was created."""
    description: str | None
    """Text describing the item, shown on the invoice."""
    discountable: bool
    """Whether invoice-level discounts reduce this item."""
    discounts: list[DeletedDiscount | Discount | str] | None
    """Discounts on this item only, in the order applied (ids unless expanded)."""
    id: str
    """Unique id of the invoice item (starts with `ii_`)."""
    invoice: Invoice | str | None
    """Invoice the item is on (an id unless expanded); null while it is pending."""
    livemode: bool
    """True for an object in live mode, false for one in test mode."""
    metadata: dict[str, str] | None
    """Your own key-value pairs stored on the object."""
    object_: Literal["invoiceitem"]
    """Object type, always `invoiceitem`."""
    parent: BillingBillResourceInvoiceItemParentsInvoiceItemParent | None
    """What generated the item, such as a subscription, if anything did."""
    period: InvoiceLineItemPeriod
    """Service period the item covers, as start and end Unix timestamps in seconds."""
    pricing: BillingBillResourceInvoicingPricingPricing | None
    """Price the item is billed at, with its unit amount."""
    proration: bool
    """Whether the item is a proration from a subscription change."""
    proration_details: ProrationDetails | None
    """For a proration, the line items it credits."""
    quantity: int
    """Number of units billed."""
    quantity_decimal: Decimal
    """Number of units as a decimal string, for quantities that are not whole."""
    tax_rates: list[TaxRate] | None
    """Tax rates of the item, used instead of the invoice's default ones."""
    test_clock: str | TestClock | None
    """Test clock the item belongs to (an id unless expanded), if any."""
    customer_account: str | None | Unset = UNSET
    """Id of the Account object that represents the billed customer, if any."""
    frozen_fields: list[Literal["discounts", "pricing", "quantity"]] | None | Unset = UNSET
    """Fields of the item that can no longer be changed."""
    invoicing_rules: list[InvoiceItemInvoicingRule] | None | Unset = UNSET
    """Conditions that must all hold before the item is put on an invoice."""
    net_amount: int | None | Unset = UNSET
    """Amount in the smallest currency unit after discounts but before credits and tax."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _KEYS: ClassVar[dict[str, str]] = {
        "object_": "object",
    }
    _CONVERTED: ClassVar[frozenset[str]] = frozenset(("quantity_decimal",))
    _DECODE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "customer": lambda v: (
            DeletedCustomer.from_dict(v)
            if type(v) is dict and v.get("deleted") is True and v.get("object") == "customer"
            else Customer.from_dict(v)
        ),
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
        "invoice": lambda v: Invoice.from_dict(v),
        "parent": lambda v: BillingBillResourceInvoiceItemParentsInvoiceItemParent.from_dict(v),
        "period": lambda v: InvoiceLineItemPeriod.from_dict(v),
        "pricing": lambda v: BillingBillResourceInvoicingPricingPricing.from_dict(v),
        "proration_details": lambda v: ProrationDetails.from_dict(v),
        "tax_rates": lambda v: [TaxRate.from_dict(item0) for item0 in v],
        "test_clock": lambda v: TestClock.from_dict(v),
        "invoicing_rules": lambda v: [InvoiceItemInvoicingRule.from_dict(item0) for item0 in v],
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> InvoiceItem:
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
        if type(v_customer := take("customer", UNSET)) is dict:
            later["customer"] = v_customer
        elif type(v_customer) is str:
            fill.customer = v_customer
        elif v_customer is not UNSET:
            d["customer"] = v_customer
        if type(v_date := take("date", UNSET)) is int:
            fill.date = v_date
        elif v_date is not UNSET:
            d["date"] = v_date
        if (type(v_description := take("description", UNSET)) is str) or (v_description is None):
            fill.description = v_description
        elif v_description is not UNSET:
            d["description"] = v_description
        if type(v_discountable := take("discountable", UNSET)) is bool:
            fill.discountable = v_discountable
        elif v_discountable is not UNSET:
            d["discountable"] = v_discountable
        if type(v_discounts := take("discounts", UNSET)) is list and (
            not v_discounts
            or all((type(item0) is dict) or (type(item0) is str) for item0 in v_discounts)
        ):
            later["discounts"] = v_discounts
        elif v_discounts is None:
            fill.discounts = v_discounts
        elif v_discounts is not UNSET:
            d["discounts"] = v_discounts
        if type(v_id := take("id", UNSET)) is str:
            fill.id = v_id
        elif v_id is not UNSET:
            d["id"] = v_id
        if type(v_invoice := take("invoice", UNSET)) is dict:
            later["invoice"] = v_invoice
        elif (type(v_invoice) is str) or (v_invoice is None):
            fill.invoice = v_invoice
        elif v_invoice is not UNSET:
            d["invoice"] = v_invoice
        if type(v_livemode := take("livemode", UNSET)) is bool:
            fill.livemode = v_livemode
        elif v_livemode is not UNSET:
            d["livemode"] = v_livemode
        if (
            type(v_metadata := take("metadata", UNSET)) is dict
            and (not v_metadata or all(type(item0) is str for item0 in v_metadata.values()))
        ) or (v_metadata is None):
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
        if type(v_pricing := take("pricing", UNSET)) is dict:
            later["pricing"] = v_pricing
        elif v_pricing is None:
            fill.pricing = v_pricing
        elif v_pricing is not UNSET:
            d["pricing"] = v_pricing
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
        if type(v_quantity := take("quantity", UNSET)) is int:
            fill.quantity = v_quantity
        elif v_quantity is not UNSET:
            d["quantity"] = v_quantity
        if type(v_quantity_decimal := take("quantity_decimal", UNSET)) is str and is_plain_decimal(
            v_quantity_decimal
        ):
            fill.quantity_decimal = Decimal(v_quantity_decimal)
        elif v_quantity_decimal is not UNSET:
            d["quantity_decimal"] = v_quantity_decimal
        if type(v_tax_rates := take("tax_rates", UNSET)) is list and (
            not v_tax_rates or all(type(item0) is dict for item0 in v_tax_rates)
        ):
            later["tax_rates"] = v_tax_rates
        elif v_tax_rates is None:
            fill.tax_rates = v_tax_rates
        elif v_tax_rates is not UNSET:
            d["tax_rates"] = v_tax_rates
        if type(v_test_clock := take("test_clock", UNSET)) is dict:
            later["test_clock"] = v_test_clock
        elif (type(v_test_clock) is str) or (v_test_clock is None):
            fill.test_clock = v_test_clock
        elif v_test_clock is not UNSET:
            d["test_clock"] = v_test_clock
        if (
            (type(v_customer_account := take("customer_account", UNSET)) is str)
            or (v_customer_account is None)
            or v_customer_account is UNSET
        ):
            fill.customer_account = v_customer_account
        else:
            d["customer_account"] = v_customer_account
        if (
            (
                type(v_frozen_fields := take("frozen_fields", UNSET)) is list
                and (not v_frozen_fields or all(type(item0) is str for item0 in v_frozen_fields))
            )
            or (v_frozen_fields is None)
            or v_frozen_fields is UNSET
        ):
            fill.frozen_fields = v_frozen_fields
        else:
            d["frozen_fields"] = v_frozen_fields
        if type(v_invoicing_rules := take("invoicing_rules", UNSET)) is list and (
            not v_invoicing_rules or all(type(item0) is dict for item0 in v_invoicing_rules)
        ):
            later["invoicing_rules"] = v_invoicing_rules
        elif (v_invoicing_rules is None) or v_invoicing_rules is UNSET:
            fill.invoicing_rules = v_invoicing_rules
        else:
            d["invoicing_rules"] = v_invoicing_rules
        if (
            (type(v_net_amount := take("net_amount", UNSET)) is int)
            or (v_net_amount is None)
            or v_net_amount is UNSET
        ):
            fill.net_amount = v_net_amount
        else:
            d["net_amount"] = v_net_amount
        if later:
            fill._later = later
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class InvoiceItemInvoicingRule(Model):
    """Embedded object found at `invoiceitem.invoicing_rules`."""

    type_: Literal["defer_until_credited_items_resolved"]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _KEYS: ClassVar[dict[str, str]] = {
        "type_": "type",
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> InvoiceItemInvoicingRule:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        if type(v_type_ := take("type", UNSET)) is str:
            fill.type_ = v_type_
        elif v_type_ is not UNSET:
            d["type"] = v_type_
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class ProrationDetails(Model):
    """Embedded object found at `invoiceitem.proration_details`."""

    credited_items: ProrationDetailsCreditedItems | None
    discount_amounts: list[DiscountsResourceDiscountAmount]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _DECODE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "credited_items": lambda v: ProrationDetailsCreditedItems.from_dict(v),
        "discount_amounts": lambda v: [
            DiscountsResourceDiscountAmount.from_dict(item0) for item0 in v
        ],
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> ProrationDetails:
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
        if type(v_discount_amounts := take("discount_amounts", UNSET)) is list and (
            not v_discount_amounts or all(type(item0) is dict for item0 in v_discount_amounts)
        ):
            later["discount_amounts"] = v_discount_amounts
        elif v_discount_amounts is not UNSET:
            d["discount_amounts"] = v_discount_amounts
        if later:
            fill._later = later
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class ProrationDetailsCreditedItems(Model):
    """Embedded object found at `invoiceitem.proration_details.credited_items`."""

    invoice_item: str | None
    invoice_line_item_details: ProrationDetailsCreditedItemsInvoiceLineItemDetails | None
    type_: Literal["invoice_item", "invoice_line_items"]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _KEYS: ClassVar[dict[str, str]] = {
        "type_": "type",
    }
    _DECODE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "invoice_line_item_details": lambda v: (
            ProrationDetailsCreditedItemsInvoiceLineItemDetails.from_dict(v)
        ),
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> ProrationDetailsCreditedItems:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        later: dict[str, Any] = {}  # nested JSON, decoded on first read (Model._DECODE)
        if (type(v_invoice_item := take("invoice_item", UNSET)) is str) or (v_invoice_item is None):
            fill.invoice_item = v_invoice_item
        elif v_invoice_item is not UNSET:
            d["invoice_item"] = v_invoice_item
        if type(v_invoice_line_item_details := take("invoice_line_item_details", UNSET)) is dict:
            later["invoice_line_item_details"] = v_invoice_line_item_details
        elif v_invoice_line_item_details is None:
            fill.invoice_line_item_details = v_invoice_line_item_details
        elif v_invoice_line_item_details is not UNSET:
            d["invoice_line_item_details"] = v_invoice_line_item_details
        if type(v_type_ := take("type", UNSET)) is str:
            fill.type_ = v_type_
        elif v_type_ is not UNSET:
            d["type"] = v_type_
        if later:
            fill._later = later
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# Imported last: the modules refer to each other in cycles, needed at call time only.
from .customer import Customer, DeletedCustomer  # noqa: E402
from .discount import DeletedDiscount, Discount  # noqa: E402
from .invoice import Invoice  # noqa: E402
from .shared import (  # noqa: E402
    BillingBillResourceInvoicingPricingPricing,
    DiscountsResourceDiscountAmount,
    InvoiceLineItemPeriod,
    ProrationDetailsCreditedItemsInvoiceLineItemDetails,
)
from .tax import TaxRate  # noqa: E402
from .test_clock import TestClock  # noqa: E402

__all__ = [
    "BillResourceInvoiceItemParentsInvoiceItemSubscriptionParent",
    "BillingBillResourceInvoiceItemParentsInvoiceItemParent",
    "DeletedInvoiceItem",
    "InvoiceItem",
    "InvoiceItemInvoicingRule",
    "ProrationDetails",
    "ProrationDetailsCreditedItems",
]
