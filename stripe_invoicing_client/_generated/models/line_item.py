"""Response models: line item (generated; do not edit).

Parsing is tolerant: anything not modelled, and any value of another type than its
field declares, is kept in `additional_properties`, so `from_dict(d).to_dict() == d`.
Reading a field that the data lacks, or held with another type, raises
`FieldNotAvailableError` (an AttributeError); optional fields read as `UNSET` when
absent."""

from __future__ import annotations

from collections.abc import Mapping
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
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        (
            "invoice_item_details",
            "invoice_item_details",
            "InvoicingLinesParentsInvoiceLineItemInvoiceItemParent | None",
        ),
        (
            "subscription_item_details",
            "subscription_item_details",
            "InvoicingLinesParentsInvoiceLineItemSubscriptionItemParent | None",
        ),
        ("type_", "type", "Literal['invoice_item_details', 'subscription_item_details']"),
    )

    _CONVERTED: ClassVar[frozenset[str]] = frozenset(
        (
            "invoice_item_details",
            "subscription_item_details",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        # Plain fields are copied by Model.to_dict; these need converting back to JSON. An
        # unfilled field raises AttributeError: what was received for it, if anything, is
        # already in additional_properties.
        data = Model.to_dict(self)
        try:
            v_invoice_item_details = self.invoice_item_details
        except AttributeError:
            pass
        else:
            data["invoice_item_details"] = (
                v_invoice_item_details.to_dict()
                if isinstance(
                    v_invoice_item_details, InvoicingLinesParentsInvoiceLineItemInvoiceItemParent
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
                    InvoicingLinesParentsInvoiceLineItemSubscriptionItemParent,
                )
                else v_subscription_item_details
            )
        return data

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> BillResourceInvoicingLinesParentsInvoiceLineItemParent:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_invoice_item_details = take("invoice_item_details", UNSET)
        if (type(v_invoice_item_details) is dict) or (v_invoice_item_details is None):
            fill.invoice_item_details = (
                InvoicingLinesParentsInvoiceLineItemInvoiceItemParent.from_dict(
                    v_invoice_item_details
                )
                if type(v_invoice_item_details) is dict
                else v_invoice_item_details
            )
        elif v_invoice_item_details is not UNSET:
            d["invoice_item_details"] = v_invoice_item_details
        v_subscription_item_details = take("subscription_item_details", UNSET)
        if (type(v_subscription_item_details) is dict) or (v_subscription_item_details is None):
            fill.subscription_item_details = (
                InvoicingLinesParentsInvoiceLineItemSubscriptionItemParent.from_dict(
                    v_subscription_item_details
                )
                if type(v_subscription_item_details) is dict
                else v_subscription_item_details
            )
        elif v_subscription_item_details is not UNSET:
            d["subscription_item_details"] = v_subscription_item_details
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
class BillingBillResourceInvoicingLinesCommonProrationDetails(Model):
    """Embedded object found at `line_item.parent.invoice_item_details.proration_details`."""

    credited_items: ProrationDetailsCreditedItemsInvoiceLineItemDetails | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        (
            "credited_items",
            "credited_items",
            "ProrationDetailsCreditedItemsInvoiceLineItemDetails | None",
        ),
    )

    _CONVERTED: ClassVar[frozenset[str]] = frozenset(("credited_items",))

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
                if isinstance(v_credited_items, ProrationDetailsCreditedItemsInvoiceLineItemDetails)
                else v_credited_items
            )
        return data

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> BillingBillResourceInvoicingLinesCommonProrationDetails:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_credited_items = take("credited_items", UNSET)
        if (type(v_credited_items) is dict) or (v_credited_items is None):
            fill.credited_items = (
                ProrationDetailsCreditedItemsInvoiceLineItemDetails.from_dict(v_credited_items)
                if type(v_credited_items) is dict
                else v_credited_items
            )
        elif v_credited_items is not UNSET:
            d["credited_items"] = v_credited_items
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
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
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("invoice_item", "invoice_item", "str"),
        ("proration", "proration", "bool"),
        (
            "proration_details",
            "proration_details",
            "BillingBillResourceInvoicingLinesCommonProrationDetails | None",
        ),
        ("subscription", "subscription", "str | None"),
    )

    _CONVERTED: ClassVar[frozenset[str]] = frozenset(("proration_details",))

    def to_dict(self) -> dict[str, Any]:
        # Plain fields are copied by Model.to_dict; these need converting back to JSON. An
        # unfilled field raises AttributeError: what was received for it, if anything, is
        # already in additional_properties.
        data = Model.to_dict(self)
        try:
            v_proration_details = self.proration_details
        except AttributeError:
            pass
        else:
            data["proration_details"] = (
                v_proration_details.to_dict()
                if isinstance(
                    v_proration_details, BillingBillResourceInvoicingLinesCommonProrationDetails
                )
                else v_proration_details
            )
        return data

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> InvoicingLinesParentsInvoiceLineItemInvoiceItemParent:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_invoice_item = take("invoice_item", UNSET)
        if type(v_invoice_item) is str:
            fill.invoice_item = v_invoice_item
        elif v_invoice_item is not UNSET:
            d["invoice_item"] = v_invoice_item
        v_proration = take("proration", UNSET)
        if type(v_proration) is bool:
            fill.proration = v_proration
        elif v_proration is not UNSET:
            d["proration"] = v_proration
        v_proration_details = take("proration_details", UNSET)
        if (type(v_proration_details) is dict) or (v_proration_details is None):
            fill.proration_details = (
                BillingBillResourceInvoicingLinesCommonProrationDetails.from_dict(
                    v_proration_details
                )
                if type(v_proration_details) is dict
                else v_proration_details
            )
        elif v_proration_details is not UNSET:
            d["proration_details"] = v_proration_details
        v_subscription = take("subscription", UNSET)
        if (type(v_subscription) is str) or (v_subscription is None):
            fill.subscription = v_subscription
        elif v_subscription is not UNSET:
            d["subscription"] = v_subscription
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
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
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("invoice_item", "invoice_item", "str | None"),
        ("proration", "proration", "bool"),
        (
            "proration_details",
            "proration_details",
            "BillingBillResourceInvoicingLinesCommonProrationDetails | None",
        ),
        ("subscription", "subscription", "str | None"),
        ("subscription_item", "subscription_item", "str"),
    )

    _CONVERTED: ClassVar[frozenset[str]] = frozenset(("proration_details",))

    def to_dict(self) -> dict[str, Any]:
        # Plain fields are copied by Model.to_dict; these need converting back to JSON. An
        # unfilled field raises AttributeError: what was received for it, if anything, is
        # already in additional_properties.
        data = Model.to_dict(self)
        try:
            v_proration_details = self.proration_details
        except AttributeError:
            pass
        else:
            data["proration_details"] = (
                v_proration_details.to_dict()
                if isinstance(
                    v_proration_details, BillingBillResourceInvoicingLinesCommonProrationDetails
                )
                else v_proration_details
            )
        return data

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> InvoicingLinesParentsInvoiceLineItemSubscriptionItemParent:
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
        v_proration = take("proration", UNSET)
        if type(v_proration) is bool:
            fill.proration = v_proration
        elif v_proration is not UNSET:
            d["proration"] = v_proration
        v_proration_details = take("proration_details", UNSET)
        if (type(v_proration_details) is dict) or (v_proration_details is None):
            fill.proration_details = (
                BillingBillResourceInvoicingLinesCommonProrationDetails.from_dict(
                    v_proration_details
                )
                if type(v_proration_details) is dict
                else v_proration_details
            )
        elif v_proration_details is not UNSET:
            d["proration_details"] = v_proration_details
        v_subscription = take("subscription", UNSET)
        if (type(v_subscription) is str) or (v_subscription is None):
            fill.subscription = v_subscription
        elif v_subscription is not UNSET:
            d["subscription"] = v_subscription
        v_subscription_item = take("subscription_item", UNSET)
        if type(v_subscription_item) is str:
            fill.subscription_item = v_subscription_item
        elif v_subscription_item is not UNSET:
            d["subscription_item"] = v_subscription_item
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
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
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("amount", "amount", "int"),
        ("currency", "currency", "str"),
        ("description", "description", "str | None"),
        ("discount_amounts", "discount_amounts", "list[DiscountsResourceDiscountAmount] | None"),
        ("discountable", "discountable", "bool"),
        ("discounts", "discounts", "list[DeletedDiscount | Discount | str]"),
        ("id", "id", "str"),
        ("invoice", "invoice", "str | None"),
        ("livemode", "livemode", "bool"),
        ("metadata", "metadata", "dict[str, str]"),
        ("object_", "object", "Literal['line_item']"),
        ("parent", "parent", "BillResourceInvoicingLinesParentsInvoiceLineItemParent | None"),
        ("period", "period", "InvoiceLineItemPeriod"),
        (
            "pretax_credit_amounts",
            "pretax_credit_amounts",
            "list[InvoicesResourcePretaxCreditAmount] | None",
        ),
        ("pricing", "pricing", "BillingBillResourceInvoicingPricingPricing | None"),
        ("quantity", "quantity", "int | None"),
        ("quantity_decimal", "quantity_decimal", "str | None"),
        ("subscription", "subscription", "str | Subscription | None"),
        ("subtotal", "subtotal", "int"),
        ("taxes", "taxes", "list[BillingBillResourceInvoicingTaxesTax] | None"),
    )

    _CONVERTED: ClassVar[frozenset[str]] = frozenset(
        (
            "discount_amounts",
            "discounts",
            "parent",
            "period",
            "pretax_credit_amounts",
            "pricing",
            "subscription",
            "taxes",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        # Plain fields are copied by Model.to_dict; these need converting back to JSON. An
        # unfilled field raises AttributeError: what was received for it, if anything, is
        # already in additional_properties.
        data = Model.to_dict(self)
        try:
            v_discount_amounts = self.discount_amounts
        except AttributeError:
            pass
        else:
            data["discount_amounts"] = (
                [item0.to_dict() for item0 in v_discount_amounts]
                if isinstance(v_discount_amounts, list)
                else v_discount_amounts
            )
        try:
            v_discounts = self.discounts
        except AttributeError:
            pass
        else:
            data["discounts"] = [
                (
                    item0.to_dict()
                    if isinstance(item0, Discount)
                    else (item0.to_dict() if isinstance(item0, DeletedDiscount) else item0)
                )
                for item0 in v_discounts
            ]
        try:
            v_parent = self.parent
        except AttributeError:
            pass
        else:
            data["parent"] = (
                v_parent.to_dict()
                if isinstance(v_parent, BillResourceInvoicingLinesParentsInvoiceLineItemParent)
                else v_parent
            )
        try:
            v_period = self.period
        except AttributeError:
            pass
        else:
            data["period"] = v_period.to_dict()
        try:
            v_pretax_credit_amounts = self.pretax_credit_amounts
        except AttributeError:
            pass
        else:
            data["pretax_credit_amounts"] = (
                [item0.to_dict() for item0 in v_pretax_credit_amounts]
                if isinstance(v_pretax_credit_amounts, list)
                else v_pretax_credit_amounts
            )
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
            v_subscription = self.subscription
        except AttributeError:
            pass
        else:
            data["subscription"] = (
                v_subscription.to_dict()
                if isinstance(v_subscription, Subscription)
                else v_subscription
            )
        try:
            v_taxes = self.taxes
        except AttributeError:
            pass
        else:
            data["taxes"] = (
                [item0.to_dict() for item0 in v_taxes] if isinstance(v_taxes, list) else v_taxes
            )
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> LineItem:
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
        v_description = take("description", UNSET)
        if (type(v_description) is str) or (v_description is None):
            fill.description = v_description
        elif v_description is not UNSET:
            d["description"] = v_description
        v_discount_amounts = take("discount_amounts", UNSET)
        if (
            type(v_discount_amounts) is list
            and (not v_discount_amounts or all(type(item0) is dict for item0 in v_discount_amounts))
        ) or (v_discount_amounts is None):
            fill.discount_amounts = (
                [DiscountsResourceDiscountAmount.from_dict(item0) for item0 in v_discount_amounts]
                if type(v_discount_amounts) is list
                and (
                    not v_discount_amounts
                    or all(type(item0) is dict for item0 in v_discount_amounts)
                )
                else v_discount_amounts
            )
        elif v_discount_amounts is not UNSET:
            d["discount_amounts"] = v_discount_amounts
        v_discountable = take("discountable", UNSET)
        if type(v_discountable) is bool:
            fill.discountable = v_discountable
        elif v_discountable is not UNSET:
            d["discountable"] = v_discountable
        v_discounts = take("discounts", UNSET)
        if type(v_discounts) is list and (
            not v_discounts
            or all(
                (type(item0) is dict) or (type(item0) is dict) or (type(item0) is str)
                for item0 in v_discounts
            )
        ):
            fill.discounts = [
                (
                    DeletedDiscount.from_dict(item0)
                    if type(item0) is dict
                    and item0.get("deleted") is True
                    and item0.get("object") == "discount"
                    else (Discount.from_dict(item0) if type(item0) is dict else item0)
                )
                for item0 in v_discounts
            ]
        elif v_discounts is not UNSET:
            d["discounts"] = v_discounts
        v_id = take("id", UNSET)
        if type(v_id) is str:
            fill.id = v_id
        elif v_id is not UNSET:
            d["id"] = v_id
        v_invoice = take("invoice", UNSET)
        if (type(v_invoice) is str) or (v_invoice is None):
            fill.invoice = v_invoice
        elif v_invoice is not UNSET:
            d["invoice"] = v_invoice
        v_livemode = take("livemode", UNSET)
        if type(v_livemode) is bool:
            fill.livemode = v_livemode
        elif v_livemode is not UNSET:
            d["livemode"] = v_livemode
        v_metadata = take("metadata", UNSET)
        if type(v_metadata) is dict and (
            not v_metadata or all(type(item0) is str for item0 in v_metadata.values())
        ):
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
                BillResourceInvoicingLinesParentsInvoiceLineItemParent.from_dict(v_parent)
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
        v_pretax_credit_amounts = take("pretax_credit_amounts", UNSET)
        if (
            type(v_pretax_credit_amounts) is list
            and (
                not v_pretax_credit_amounts
                or all(type(item0) is dict for item0 in v_pretax_credit_amounts)
            )
        ) or (v_pretax_credit_amounts is None):
            fill.pretax_credit_amounts = (
                [
                    InvoicesResourcePretaxCreditAmount.from_dict(item0)
                    for item0 in v_pretax_credit_amounts
                ]
                if type(v_pretax_credit_amounts) is list
                and (
                    not v_pretax_credit_amounts
                    or all(type(item0) is dict for item0 in v_pretax_credit_amounts)
                )
                else v_pretax_credit_amounts
            )
        elif v_pretax_credit_amounts is not UNSET:
            d["pretax_credit_amounts"] = v_pretax_credit_amounts
        v_pricing = take("pricing", UNSET)
        if (type(v_pricing) is dict) or (v_pricing is None):
            fill.pricing = (
                BillingBillResourceInvoicingPricingPricing.from_dict(v_pricing)
                if type(v_pricing) is dict
                else v_pricing
            )
        elif v_pricing is not UNSET:
            d["pricing"] = v_pricing
        v_quantity = take("quantity", UNSET)
        if (type(v_quantity) is int) or (v_quantity is None):
            fill.quantity = v_quantity
        elif v_quantity is not UNSET:
            d["quantity"] = v_quantity
        v_quantity_decimal = take("quantity_decimal", UNSET)
        if (type(v_quantity_decimal) is str) or (v_quantity_decimal is None):
            fill.quantity_decimal = v_quantity_decimal
        elif v_quantity_decimal is not UNSET:
            d["quantity_decimal"] = v_quantity_decimal
        v_subscription = take("subscription", UNSET)
        if (
            (type(v_subscription) is dict)
            or (type(v_subscription) is str)
            or (v_subscription is None)
        ):
            fill.subscription = (
                Subscription.from_dict(v_subscription)
                if type(v_subscription) is dict
                else v_subscription
            )
        elif v_subscription is not UNSET:
            d["subscription"] = v_subscription
        v_subtotal = take("subtotal", UNSET)
        if type(v_subtotal) is int:
            fill.subtotal = v_subtotal
        elif v_subtotal is not UNSET:
            d["subtotal"] = v_subtotal
        v_taxes = take("taxes", UNSET)
        if (
            type(v_taxes) is list and (not v_taxes or all(type(item0) is dict for item0 in v_taxes))
        ) or (v_taxes is None):
            fill.taxes = (
                [BillingBillResourceInvoicingTaxesTax.from_dict(item0) for item0 in v_taxes]
                if type(v_taxes) is list
                and (not v_taxes or all(type(item0) is dict for item0 in v_taxes))
                else v_taxes
            )
        elif v_taxes is not UNSET:
            d["taxes"] = v_taxes
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
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
