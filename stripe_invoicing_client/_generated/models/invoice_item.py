"""Response models: invoice item (generated; do not edit).

Parsing is tolerant: anything not modelled, and any value of another type than its
field declares, is kept in `additional_properties`, so `from_dict(d).to_dict() == d`.
Reading a field that the data lacks, or held with another type, raises
`FieldNotAvailableError` (an AttributeError); optional fields read as `UNSET` when
absent."""

from __future__ import annotations

from collections.abc import Mapping
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
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("subscription", "subscription", "str"),
        ("subscription_item", "subscription_item", "str | None"),
    )

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> BillResourceInvoiceItemParentsInvoiceItemSubscriptionParent:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_subscription = take("subscription", UNSET)
        if type(v_subscription) is str:
            fill.subscription = v_subscription
        elif v_subscription is not UNSET:
            d["subscription"] = v_subscription
        v_subscription_item = take("subscription_item", UNSET)
        if (type(v_subscription_item) is str) or (v_subscription_item is None):
            fill.subscription_item = v_subscription_item
        elif v_subscription_item is not UNSET:
            d["subscription_item"] = v_subscription_item
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class BillingBillResourceInvoiceItemParentsInvoiceItemParent(Model):
    """Embedded object found at `invoiceitem.parent`."""

    subscription_details: BillResourceInvoiceItemParentsInvoiceItemSubscriptionParent | None
    type_: Literal["subscription_details"]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        (
            "subscription_details",
            "subscription_details",
            "BillResourceInvoiceItemParentsInvoiceItemSubscriptionParent | None",
        ),
        ("type_", "type", "Literal['subscription_details']"),
    )

    _CONVERTED: ClassVar[frozenset[str]] = frozenset(("subscription_details",))

    def to_dict(self) -> dict[str, Any]:
        # Plain fields are copied by Model.to_dict; these need converting back to JSON. An
        # unfilled field raises AttributeError: what was received for it, if anything, is
        # already in additional_properties.
        data = Model.to_dict(self)
        try:
            v_subscription_details = self.subscription_details
        except AttributeError:
            pass
        else:
            data["subscription_details"] = (
                v_subscription_details.to_dict()
                if isinstance(
                    v_subscription_details,
                    BillResourceInvoiceItemParentsInvoiceItemSubscriptionParent,
                )
                else v_subscription_details
            )
        return data

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> BillingBillResourceInvoiceItemParentsInvoiceItemParent:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_subscription_details = take("subscription_details", UNSET)
        if (type(v_subscription_details) is dict) or (v_subscription_details is None):
            fill.subscription_details = (
                BillResourceInvoiceItemParentsInvoiceItemSubscriptionParent.from_dict(
                    v_subscription_details
                )
                if type(v_subscription_details) is dict
                else v_subscription_details
            )
        elif v_subscription_details is not UNSET:
            d["subscription_details"] = v_subscription_details
        v_type_ = take("type", UNSET)
        if type(v_type_) is str:
            fill.type_ = v_type_
        elif v_type_ is not UNSET:
            d["type"] = v_type_
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
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
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("deleted", "deleted", "Literal[True]"),
        ("id", "id", "str"),
        ("object_", "object", "Literal['invoiceitem']"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> DeletedInvoiceItem:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_deleted = take("deleted", UNSET)
        if v_deleted is UNSET:
            pass
        elif v_deleted is True:
            fill.deleted = v_deleted
        else:
            d["deleted"] = v_deleted
        v_id = take("id", UNSET)
        if type(v_id) is str:
            fill.id = v_id
        elif v_id is not UNSET:
            d["id"] = v_id
        v_object_ = take("object", UNSET)
        if type(v_object_) is str:
            fill.object_ = v_object_
        elif v_object_ is not UNSET:
            d["object"] = v_object_
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
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
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("amount", "amount", "int"),
        ("currency", "currency", "str"),
        ("customer", "customer", "Customer | DeletedCustomer | str"),
        ("date", "date", "int"),
        ("description", "description", "str | None"),
        ("discountable", "discountable", "bool"),
        ("discounts", "discounts", "list[DeletedDiscount | Discount | str] | None"),
        ("id", "id", "str"),
        ("invoice", "invoice", "Invoice | str | None"),
        ("livemode", "livemode", "bool"),
        ("metadata", "metadata", "dict[str, str] | None"),
        ("object_", "object", "Literal['invoiceitem']"),
        ("parent", "parent", "BillingBillResourceInvoiceItemParentsInvoiceItemParent | None"),
        ("period", "period", "InvoiceLineItemPeriod"),
        ("pricing", "pricing", "BillingBillResourceInvoicingPricingPricing | None"),
        ("proration", "proration", "bool"),
        ("proration_details", "proration_details", "ProrationDetails | None"),
        ("quantity", "quantity", "int"),
        ("quantity_decimal", "quantity_decimal", "Decimal"),
        ("tax_rates", "tax_rates", "list[TaxRate] | None"),
        ("test_clock", "test_clock", "str | TestClock | None"),
        ("customer_account", "customer_account", "str | None"),
        (
            "frozen_fields",
            "frozen_fields",
            "list[Literal['discounts', 'pricing', 'quantity']] | None",
        ),
        ("invoicing_rules", "invoicing_rules", "list[InvoiceItemInvoicingRule] | None"),
        ("net_amount", "net_amount", "int | None"),
    )

    _CONVERTED: ClassVar[frozenset[str]] = frozenset(
        (
            "customer",
            "discounts",
            "invoice",
            "parent",
            "period",
            "pricing",
            "proration_details",
            "quantity_decimal",
            "tax_rates",
            "test_clock",
            "invoicing_rules",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        # Plain fields are copied by Model.to_dict; these need converting back to JSON. An
        # unfilled field raises AttributeError: what was received for it, if anything, is
        # already in additional_properties.
        data = Model.to_dict(self)
        try:
            v_customer = self.customer
        except AttributeError:
            pass
        else:
            data["customer"] = (
                v_customer.to_dict()
                if isinstance(v_customer, Customer)
                else (
                    v_customer.to_dict() if isinstance(v_customer, DeletedCustomer) else v_customer
                )
            )
        try:
            v_discounts = self.discounts
        except AttributeError:
            pass
        else:
            data["discounts"] = (
                [
                    (
                        item0.to_dict()
                        if isinstance(item0, Discount)
                        else (item0.to_dict() if isinstance(item0, DeletedDiscount) else item0)
                    )
                    for item0 in v_discounts
                ]
                if isinstance(v_discounts, list)
                else v_discounts
            )
        try:
            v_invoice = self.invoice
        except AttributeError:
            pass
        else:
            data["invoice"] = v_invoice.to_dict() if isinstance(v_invoice, Invoice) else v_invoice
        try:
            v_parent = self.parent
        except AttributeError:
            pass
        else:
            data["parent"] = (
                v_parent.to_dict()
                if isinstance(v_parent, BillingBillResourceInvoiceItemParentsInvoiceItemParent)
                else v_parent
            )
        try:
            v_period = self.period
        except AttributeError:
            pass
        else:
            data["period"] = v_period.to_dict()
        try:
            v_pricing = self.pricing
        except AttributeError:
            pass
        else:
            data["pricing"] = (
                v_pricing.to_dict()
                if isinstance(v_pricing, BillingBillResourceInvoicingPricingPricing)
                else v_pricing
            )
        try:
            v_proration_details = self.proration_details
        except AttributeError:
            pass
        else:
            data["proration_details"] = (
                v_proration_details.to_dict()
                if isinstance(v_proration_details, ProrationDetails)
                else v_proration_details
            )
        try:
            v_quantity_decimal = self.quantity_decimal
        except AttributeError:
            pass
        else:
            data["quantity_decimal"] = format(v_quantity_decimal, "f")
        try:
            v_tax_rates = self.tax_rates
        except AttributeError:
            pass
        else:
            data["tax_rates"] = (
                [item0.to_dict() for item0 in v_tax_rates]
                if isinstance(v_tax_rates, list)
                else v_tax_rates
            )
        try:
            v_test_clock = self.test_clock
        except AttributeError:
            pass
        else:
            data["test_clock"] = (
                v_test_clock.to_dict() if isinstance(v_test_clock, TestClock) else v_test_clock
            )
        try:
            v_invoicing_rules = self.invoicing_rules
        except AttributeError:
            pass
        else:
            if not isinstance(v_invoicing_rules, Unset):
                data["invoicing_rules"] = (
                    [item0.to_dict() for item0 in v_invoicing_rules]
                    if isinstance(v_invoicing_rules, list)
                    else v_invoicing_rules
                )
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> InvoiceItem:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_amount = take("amount", UNSET)
        if type(v_amount) is int:
            fill.amount = v_amount
        elif v_amount is not UNSET:
            d["amount"] = v_amount
        v_currency = take("currency", UNSET)
        if type(v_currency) is str:
            fill.currency = v_currency
        elif v_currency is not UNSET:
            d["currency"] = v_currency
        v_customer = take("customer", UNSET)
        if (type(v_customer) is dict) or (type(v_customer) is dict) or (type(v_customer) is str):
            fill.customer = (
                DeletedCustomer.from_dict(v_customer)
                if type(v_customer) is dict
                and v_customer.get("deleted") is True
                and v_customer.get("object") == "customer"
                else (Customer.from_dict(v_customer) if type(v_customer) is dict else v_customer)
            )
        elif v_customer is not UNSET:
            d["customer"] = v_customer
        v_date = take("date", UNSET)
        if type(v_date) is int:
            fill.date = v_date
        elif v_date is not UNSET:
            d["date"] = v_date
        v_description = take("description", UNSET)
        if (type(v_description) is str) or (v_description is None):
            fill.description = v_description
        elif v_description is not UNSET:
            d["description"] = v_description
        v_discountable = take("discountable", UNSET)
        if type(v_discountable) is bool:
            fill.discountable = v_discountable
        elif v_discountable is not UNSET:
            d["discountable"] = v_discountable
        v_discounts = take("discounts", UNSET)
        if (
            type(v_discounts) is list
            and (
                not v_discounts
                or all(
                    (type(item0) is dict) or (type(item0) is dict) or (type(item0) is str)
                    for item0 in v_discounts
                )
            )
        ) or (v_discounts is None):
            fill.discounts = (
                [
                    (
                        DeletedDiscount.from_dict(item0)
                        if type(item0) is dict
                        and item0.get("deleted") is True
                        and item0.get("object") == "discount"
                        else (Discount.from_dict(item0) if type(item0) is dict else item0)
                    )
                    for item0 in v_discounts
                ]
                if type(v_discounts) is list
                and (
                    not v_discounts
                    or all(
                        (type(item0) is dict) or (type(item0) is dict) or (type(item0) is str)
                        for item0 in v_discounts
                    )
                )
                else v_discounts
            )
        elif v_discounts is not UNSET:
            d["discounts"] = v_discounts
        v_id = take("id", UNSET)
        if type(v_id) is str:
            fill.id = v_id
        elif v_id is not UNSET:
            d["id"] = v_id
        v_invoice = take("invoice", UNSET)
        if (type(v_invoice) is dict) or (type(v_invoice) is str) or (v_invoice is None):
            fill.invoice = Invoice.from_dict(v_invoice) if type(v_invoice) is dict else v_invoice
        elif v_invoice is not UNSET:
            d["invoice"] = v_invoice
        v_livemode = take("livemode", UNSET)
        if type(v_livemode) is bool:
            fill.livemode = v_livemode
        elif v_livemode is not UNSET:
            d["livemode"] = v_livemode
        v_metadata = take("metadata", UNSET)
        if (
            type(v_metadata) is dict
            and (not v_metadata or all(type(item0) is str for item0 in v_metadata.values()))
        ) or (v_metadata is None):
            fill.metadata = v_metadata
        elif v_metadata is not UNSET:
            d["metadata"] = v_metadata
        v_object_ = take("object", UNSET)
        if type(v_object_) is str:
            fill.object_ = v_object_
        elif v_object_ is not UNSET:
            d["object"] = v_object_
        v_parent = take("parent", UNSET)
        if (type(v_parent) is dict) or (v_parent is None):
            fill.parent = (
                BillingBillResourceInvoiceItemParentsInvoiceItemParent.from_dict(v_parent)
                if type(v_parent) is dict
                else v_parent
            )
        elif v_parent is not UNSET:
            d["parent"] = v_parent
        v_period = take("period", UNSET)
        if type(v_period) is dict:
            fill.period = InvoiceLineItemPeriod.from_dict(v_period)
        elif v_period is not UNSET:
            d["period"] = v_period
        v_pricing = take("pricing", UNSET)
        if (type(v_pricing) is dict) or (v_pricing is None):
            fill.pricing = (
                BillingBillResourceInvoicingPricingPricing.from_dict(v_pricing)
                if type(v_pricing) is dict
                else v_pricing
            )
        elif v_pricing is not UNSET:
            d["pricing"] = v_pricing
        v_proration = take("proration", UNSET)
        if type(v_proration) is bool:
            fill.proration = v_proration
        elif v_proration is not UNSET:
            d["proration"] = v_proration
        v_proration_details = take("proration_details", UNSET)
        if (type(v_proration_details) is dict) or (v_proration_details is None):
            fill.proration_details = (
                ProrationDetails.from_dict(v_proration_details)
                if type(v_proration_details) is dict
                else v_proration_details
            )
        elif v_proration_details is not UNSET:
            d["proration_details"] = v_proration_details
        v_quantity = take("quantity", UNSET)
        if type(v_quantity) is int:
            fill.quantity = v_quantity
        elif v_quantity is not UNSET:
            d["quantity"] = v_quantity
        v_quantity_decimal = take("quantity_decimal", UNSET)
        if type(v_quantity_decimal) is str and is_plain_decimal(v_quantity_decimal):
            fill.quantity_decimal = Decimal(v_quantity_decimal)
        elif v_quantity_decimal is not UNSET:
            d["quantity_decimal"] = v_quantity_decimal
        v_tax_rates = take("tax_rates", UNSET)
        if (
            type(v_tax_rates) is list
            and (not v_tax_rates or all(type(item0) is dict for item0 in v_tax_rates))
        ) or (v_tax_rates is None):
            fill.tax_rates = (
                [TaxRate.from_dict(item0) for item0 in v_tax_rates]
                if type(v_tax_rates) is list
                and (not v_tax_rates or all(type(item0) is dict for item0 in v_tax_rates))
                else v_tax_rates
            )
        elif v_tax_rates is not UNSET:
            d["tax_rates"] = v_tax_rates
        v_test_clock = take("test_clock", UNSET)
        if (type(v_test_clock) is dict) or (type(v_test_clock) is str) or (v_test_clock is None):
            fill.test_clock = (
                TestClock.from_dict(v_test_clock) if type(v_test_clock) is dict else v_test_clock
            )
        elif v_test_clock is not UNSET:
            d["test_clock"] = v_test_clock
        v_customer_account = take("customer_account", UNSET)
        if (type(v_customer_account) is str) or (v_customer_account is None):
            fill.customer_account = v_customer_account
        elif v_customer_account is UNSET:
            fill.customer_account = UNSET
        else:
            d["customer_account"] = v_customer_account
        v_frozen_fields = take("frozen_fields", UNSET)
        if (
            type(v_frozen_fields) is list
            and (not v_frozen_fields or all(type(item0) is str for item0 in v_frozen_fields))
        ) or (v_frozen_fields is None):
            fill.frozen_fields = v_frozen_fields
        elif v_frozen_fields is UNSET:
            fill.frozen_fields = UNSET
        else:
            d["frozen_fields"] = v_frozen_fields
        v_invoicing_rules = take("invoicing_rules", UNSET)
        if (
            type(v_invoicing_rules) is list
            and (not v_invoicing_rules or all(type(item0) is dict for item0 in v_invoicing_rules))
        ) or (v_invoicing_rules is None):
            fill.invoicing_rules = (
                [InvoiceItemInvoicingRule.from_dict(item0) for item0 in v_invoicing_rules]
                if type(v_invoicing_rules) is list
                and (
                    not v_invoicing_rules or all(type(item0) is dict for item0 in v_invoicing_rules)
                )
                else v_invoicing_rules
            )
        elif v_invoicing_rules is UNSET:
            fill.invoicing_rules = UNSET
        else:
            d["invoicing_rules"] = v_invoicing_rules
        v_net_amount = take("net_amount", UNSET)
        if (type(v_net_amount) is int) or (v_net_amount is None):
            fill.net_amount = v_net_amount
        elif v_net_amount is UNSET:
            fill.net_amount = UNSET
        else:
            d["net_amount"] = v_net_amount
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class InvoiceItemInvoicingRule(Model):
    """Embedded object found at `invoiceitem.invoicing_rules`."""

    type_: Literal["defer_until_credited_items_resolved"]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("type_", "type", "Literal['defer_until_credited_items_resolved']"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> InvoiceItemInvoicingRule:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_type_ = take("type", UNSET)
        if type(v_type_) is str:
            fill.type_ = v_type_
        elif v_type_ is not UNSET:
            d["type"] = v_type_
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class ProrationDetails(Model):
    """Embedded object found at `invoiceitem.proration_details`."""

    credited_items: ProrationDetailsCreditedItems | None
    discount_amounts: list[DiscountsResourceDiscountAmount]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("credited_items", "credited_items", "ProrationDetailsCreditedItems | None"),
        ("discount_amounts", "discount_amounts", "list[DiscountsResourceDiscountAmount]"),
    )

    _CONVERTED: ClassVar[frozenset[str]] = frozenset(
        (
            "credited_items",
            "discount_amounts",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        # Plain fields are copied by Model.to_dict; these need converting back to JSON. An
        # unfilled field raises AttributeError: what was received for it, if anything, is
        # already in additional_properties.
        data = Model.to_dict(self)
        try:
            v_credited_items = self.credited_items
        except AttributeError:
            pass
        else:
            data["credited_items"] = (
                v_credited_items.to_dict()
                if isinstance(v_credited_items, ProrationDetailsCreditedItems)
                else v_credited_items
            )
        try:
            v_discount_amounts = self.discount_amounts
        except AttributeError:
            pass
        else:
            data["discount_amounts"] = [item0.to_dict() for item0 in v_discount_amounts]
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> ProrationDetails:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_credited_items = take("credited_items", UNSET)
        if (type(v_credited_items) is dict) or (v_credited_items is None):
            fill.credited_items = (
                ProrationDetailsCreditedItems.from_dict(v_credited_items)
                if type(v_credited_items) is dict
                else v_credited_items
            )
        elif v_credited_items is not UNSET:
            d["credited_items"] = v_credited_items
        v_discount_amounts = take("discount_amounts", UNSET)
        if type(v_discount_amounts) is list and (
            not v_discount_amounts or all(type(item0) is dict for item0 in v_discount_amounts)
        ):
            fill.discount_amounts = [
                DiscountsResourceDiscountAmount.from_dict(item0) for item0 in v_discount_amounts
            ]
        elif v_discount_amounts is not UNSET:
            d["discount_amounts"] = v_discount_amounts
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
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
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("invoice_item", "invoice_item", "str | None"),
        (
            "invoice_line_item_details",
            "invoice_line_item_details",
            "ProrationDetailsCreditedItemsInvoiceLineItemDetails | None",
        ),
        ("type_", "type", "Literal['invoice_item', 'invoice_line_items']"),
    )

    _CONVERTED: ClassVar[frozenset[str]] = frozenset(("invoice_line_item_details",))

    def to_dict(self) -> dict[str, Any]:
        # Plain fields are copied by Model.to_dict; these need converting back to JSON. An
        # unfilled field raises AttributeError: what was received for it, if anything, is
        # already in additional_properties.
        data = Model.to_dict(self)
        try:
            v_invoice_line_item_details = self.invoice_line_item_details
        except AttributeError:
            pass
        else:
            data["invoice_line_item_details"] = (
                v_invoice_line_item_details.to_dict()
                if isinstance(
                    v_invoice_line_item_details, ProrationDetailsCreditedItemsInvoiceLineItemDetails
                )
                else v_invoice_line_item_details
            )
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> ProrationDetailsCreditedItems:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_invoice_item = take("invoice_item", UNSET)
        if (type(v_invoice_item) is str) or (v_invoice_item is None):
            fill.invoice_item = v_invoice_item
        elif v_invoice_item is not UNSET:
            d["invoice_item"] = v_invoice_item
        v_invoice_line_item_details = take("invoice_line_item_details", UNSET)
        if (type(v_invoice_line_item_details) is dict) or (v_invoice_line_item_details is None):
            fill.invoice_line_item_details = (
                ProrationDetailsCreditedItemsInvoiceLineItemDetails.from_dict(
                    v_invoice_line_item_details
                )
                if type(v_invoice_line_item_details) is dict
                else v_invoice_line_item_details
            )
        elif v_invoice_line_item_details is not UNSET:
            d["invoice_line_item_details"] = v_invoice_line_item_details
        v_type_ = take("type", UNSET)
        if type(v_type_) is str:
            fill.type_ = v_type_
        elif v_type_ is not UNSET:
            d["type"] = v_type_
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
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
