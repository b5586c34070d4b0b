"""Response models: credit note (generated; do not edit).

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
class CreditNote(Model):
    """A document that reduces, refunds or corrects the amount of a finalized invoice."""

    amount: int
    """Total credited, in the smallest currency unit, taxes and discounts included."""
    amount_shipping: int
    """Part of the total that credits shipping."""
    created: int
    """Unix timestamp in seconds when the object was created."""
    currency: str
    """Three-letter lowercase ISO currency code."""
    customer: Customer | str
    """Customer the credit note is for (an id unless expanded)."""
    customer_account: str | None
    """Id of the Account object that represents the customer, if any."""
    customer_balance_transaction: CustomerBalanceTransaction | str | None
    """Balance transaction that credited the customer's balance, if any (an id unless expanded)."""
    discount_amount: int
    """Total of the discounts on the credited lines."""
    discount_amounts: list[CreditNoteDiscountAmounts]
    """Amount of each discount on the credited lines."""
    effective_at: int | None
    """Unix timestamp printed as the date of issue."""
    id: str
    """Unique id of the object."""
    invoice: Invoice | str
    """Invoice the credit note corrects (an id unless expanded)."""
    lines: CreditNoteLines
    """First page of the credit note's lines."""
    livemode: bool
    """True for an object in live mode, false for one in test mode."""
    memo: str | None
    """Note printed on the credit note."""
    metadata: dict[str, str] | None
    """Your own key-value pairs stored on the object."""
    number: str
    """Unique number printed on the credit note, from the invoice's number."""
    object_: Literal["credit_note"]
    """Object type, always `credit_note`."""
    out_of_band_amount: int | None
    """Part of the total settled outside Stripe."""
    pdf: str
    """Link to download the credit note as a PDF."""
    post_payment_amount: int
    """Part of the total credited after the invoice was paid."""
    pre_payment_amount: int
    """Part of the total that lowered what was still owed on the invoice."""
    pretax_credit_amounts: list[CreditNotePretaxCreditAmounts]
    """Credits and discounts applied before tax, one entry each."""
    reason: Literal["duplicate", "fraudulent", "order_change", "product_unsatisfactory"] | None
    """Why the credit was given, such as a duplicate charge or a changed order."""
    refunds: list[CreditNoteRefunds]
    """Refunds linked to the credit note, with the part of each that applies."""
    shipping_cost: InvoicesResourceShippingCost | None
    """Credited shipping, with its taxes."""
    status: Literal["issued", "void"]
    """Whether the credit note stands (`issued`) or was cancelled (`void`)."""
    subtotal: int
    """Amount credited before tax and invoice-level discounts."""
    subtotal_excluding_tax: int | None
    """Subtotal without inclusive taxes, once known."""
    total: int
    """Amount credited, taxes and discounts included."""
    total_excluding_tax: int | None
    """Total without any tax, once known."""
    total_taxes: list[BillingBillResourceInvoicingTaxesTax] | None
    """Taxes on the credited amount, one entry per tax."""
    type_: Literal["mixed", "post_payment", "pre_payment"]
    """Whether the note credited an unpaid invoice, a paid one, or both."""
    voided_at: int | None
    """Unix timestamp of when the credit note was voided, if it was."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _KEYS: ClassVar[dict[str, str]] = {
        "object_": "object",
        "type_": "type",
    }
    _DECODE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "customer": lambda v: Customer.from_dict(v),
        "customer_balance_transaction": lambda v: CustomerBalanceTransaction.from_dict(v),
        "discount_amounts": lambda v: [CreditNoteDiscountAmounts.from_dict(item0) for item0 in v],
        "invoice": lambda v: Invoice.from_dict(v),
        "lines": lambda v: CreditNoteLines.from_dict(v),
        "pretax_credit_amounts": lambda v: [
            CreditNotePretaxCreditAmounts.from_dict(item0) for item0 in v
        ],
        "refunds": lambda v: [CreditNoteRefunds.from_dict(item0) for item0 in v],
        "shipping_cost": lambda v: InvoicesResourceShippingCost.from_dict(v),
        "total_taxes": lambda v: [
            BillingBillResourceInvoicingTaxesTax.from_dict(item0) for item0 in v
        ],
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> CreditNote:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        later: dict[str, Any] = {}  # nested JSON, decoded on first read (Model._DECODE)
        if type(v_amount := take("amount", UNSET)) is int:
            fill.amount = v_amount
        elif v_amount is not UNSET:
            d["amount"] = v_amount
        if type(v_amount_shipping := take("amount_shipping", UNSET)) is int:
            fill.amount_shipping = v_amount_shipping
        elif v_amount_shipping is not UNSET:
            d["amount_shipping"] = v_amount_shipping
        if type(v_created := take("created", UNSET)) is int:
            fill.created = v_created
        elif v_created is not UNSET:
            d["created"] = v_created
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
        if (type(v_customer_account := take("customer_account", UNSET)) is str) or (
            v_customer_account is None
        ):
            fill.customer_account = v_customer_account
        elif v_customer_account is not UNSET:
            d["customer_account"] = v_customer_account
        if (
            type(v_customer_balance_transaction := take("customer_balance_transaction", UNSET))
            is dict
        ):
            later["customer_balance_transaction"] = v_customer_balance_transaction
        elif (type(v_customer_balance_transaction) is str) or (
            v_customer_balance_transaction is None
        ):
            fill.customer_balance_transaction = v_customer_balance_transaction
        elif v_customer_balance_transaction is not UNSET:
            d["customer_balance_transaction"] = v_customer_balance_transaction
        if type(v_discount_amount := take("discount_amount", UNSET)) is int:
            fill.discount_amount = v_discount_amount
        elif v_discount_amount is not UNSET:
            d["discount_amount"] = v_discount_amount
        if type(v_discount_amounts := take("discount_amounts", UNSET)) is list and (
            not v_discount_amounts or all(type(item0) is dict for item0 in v_discount_amounts)
        ):
            later["discount_amounts"] = v_discount_amounts
        elif v_discount_amounts is not UNSET:
            d["discount_amounts"] = v_discount_amounts
        if (type(v_effective_at := take("effective_at", UNSET)) is int) or (v_effective_at is None):
            fill.effective_at = v_effective_at
        elif v_effective_at is not UNSET:
            d["effective_at"] = v_effective_at
        if type(v_id := take("id", UNSET)) is str:
            fill.id = v_id
        elif v_id is not UNSET:
            d["id"] = v_id
        if type(v_invoice := take("invoice", UNSET)) is dict:
            later["invoice"] = v_invoice
        elif type(v_invoice) is str:
            fill.invoice = v_invoice
        elif v_invoice is not UNSET:
            d["invoice"] = v_invoice
        if type(v_lines := take("lines", UNSET)) is dict:
            later["lines"] = v_lines
        elif v_lines is not UNSET:
            d["lines"] = v_lines
        if type(v_livemode := take("livemode", UNSET)) is bool:
            fill.livemode = v_livemode
        elif v_livemode is not UNSET:
            d["livemode"] = v_livemode
        if (type(v_memo := take("memo", UNSET)) is str) or (v_memo is None):
            fill.memo = v_memo
        elif v_memo is not UNSET:
            d["memo"] = v_memo
        if (
            type(v_metadata := take("metadata", UNSET)) is dict
            and (not v_metadata or all(type(item0) is str for item0 in v_metadata.values()))
        ) or (v_metadata is None):
            fill.metadata = v_metadata
        elif v_metadata is not UNSET:
            d["metadata"] = v_metadata
        if type(v_number := take("number", UNSET)) is str:
            fill.number = v_number
        elif v_number is not UNSET:
            d["number"] = v_number
        if type(v_object_ := take("object", UNSET)) is str:
            fill.object_ = v_object_
        elif v_object_ is not UNSET:
            d["object"] = v_object_
        if (type(v_out_of_band_amount := take("out_of_band_amount", UNSET)) is int) or (
            v_out_of_band_amount is None
        ):
            fill.out_of_band_amount = v_out_of_band_amount
        elif v_out_of_band_amount is not UNSET:
            d["out_of_band_amount"] = v_out_of_band_amount
        if type(v_pdf := take("pdf", UNSET)) is str:
            fill.pdf = v_pdf
        elif v_pdf is not UNSET:
            d["pdf"] = v_pdf
        if type(v_post_payment_amount := take("post_payment_amount", UNSET)) is int:
            fill.post_payment_amount = v_post_payment_amount
        elif v_post_payment_amount is not UNSET:
            d["post_payment_amount"] = v_post_payment_amount
        if type(v_pre_payment_amount := take("pre_payment_amount", UNSET)) is int:
            fill.pre_payment_amount = v_pre_payment_amount
        elif v_pre_payment_amount is not UNSET:
            d["pre_payment_amount"] = v_pre_payment_amount
        if type(v_pretax_credit_amounts := take("pretax_credit_amounts", UNSET)) is list and (
            not v_pretax_credit_amounts
            or all(type(item0) is dict for item0 in v_pretax_credit_amounts)
        ):
            later["pretax_credit_amounts"] = v_pretax_credit_amounts
        elif v_pretax_credit_amounts is not UNSET:
            d["pretax_credit_amounts"] = v_pretax_credit_amounts
        if (type(v_reason := take("reason", UNSET)) is str) or (v_reason is None):
            fill.reason = v_reason
        elif v_reason is not UNSET:
            d["reason"] = v_reason
        if type(v_refunds := take("refunds", UNSET)) is list and (
            not v_refunds or all(type(item0) is dict for item0 in v_refunds)
        ):
            later["refunds"] = v_refunds
        elif v_refunds is not UNSET:
            d["refunds"] = v_refunds
        if type(v_shipping_cost := take("shipping_cost", UNSET)) is dict:
            later["shipping_cost"] = v_shipping_cost
        elif v_shipping_cost is None:
            fill.shipping_cost = v_shipping_cost
        elif v_shipping_cost is not UNSET:
            d["shipping_cost"] = v_shipping_cost
        if type(v_status := take("status", UNSET)) is str:
            fill.status = v_status
        elif v_status is not UNSET:
            d["status"] = v_status
        if type(v_subtotal := take("subtotal", UNSET)) is int:
            fill.subtotal = v_subtotal
        elif v_subtotal is not UNSET:
            d["subtotal"] = v_subtotal
        if (type(v_subtotal_excluding_tax := take("subtotal_excluding_tax", UNSET)) is int) or (
            v_subtotal_excluding_tax is None
        ):
            fill.subtotal_excluding_tax = v_subtotal_excluding_tax
        elif v_subtotal_excluding_tax is not UNSET:
            d["subtotal_excluding_tax"] = v_subtotal_excluding_tax
        if type(v_total := take("total", UNSET)) is int:
            fill.total = v_total
        elif v_total is not UNSET:
            d["total"] = v_total
        if (type(v_total_excluding_tax := take("total_excluding_tax", UNSET)) is int) or (
            v_total_excluding_tax is None
        ):
            fill.total_excluding_tax = v_total_excluding_tax
        elif v_total_excluding_tax is not UNSET:
            d["total_excluding_tax"] = v_total_excluding_tax
        if type(v_total_taxes := take("total_taxes", UNSET)) is list and (
            not v_total_taxes or all(type(item0) is dict for item0 in v_total_taxes)
        ):
            later["total_taxes"] = v_total_taxes
        elif v_total_taxes is None:
            fill.total_taxes = v_total_taxes
        elif v_total_taxes is not UNSET:
            d["total_taxes"] = v_total_taxes
        if type(v_type_ := take("type", UNSET)) is str:
            fill.type_ = v_type_
        elif v_type_ is not UNSET:
            d["type"] = v_type_
        if (type(v_voided_at := take("voided_at", UNSET)) is int) or (v_voided_at is None):
            fill.voided_at = v_voided_at
        elif v_voided_at is not UNSET:
            d["voided_at"] = v_voided_at
        if later:
            fill._later = later
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class CreditNoteDiscountAmounts(Model):
    """CreditNoteDiscountAmounts"""

    amount: int
    discount: Discount | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _DECODE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "discount": lambda v: Discount.from_dict(v),
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> CreditNoteDiscountAmounts:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        later: dict[str, Any] = {}  # nested JSON, decoded on first read (Model._DECODE)
        if type(v_amount := take("amount", UNSET)) is int:
            fill.amount = v_amount
        elif v_amount is not UNSET:
            d["amount"] = v_amount
        if type(v_discount := take("discount", UNSET)) is dict:
            later["discount"] = v_discount
        elif type(v_discount) is str:
            fill.discount = v_discount
        elif v_discount is not UNSET:
            d["discount"] = v_discount
        if later:
            fill._later = later
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class CreditNoteLineItem(Model):
    """One line of a credit note: an invoice line or a custom amount being credited."""

    amount: int
    """Amount credited on this line, before discounts and exclusive tax."""
    description: str | None
    """Text describing the line."""
    discount_amount: int
    """Total of the discounts on this line."""
    discount_amounts: list[CreditNoteDiscountAmounts]
    """Amount of each discount on this line."""
    id: str
    """Unique id of the object."""
    invoice_line_item: str | None
    """Id of the invoice line this line credits, if any."""
    livemode: bool
    """True for an object in live mode, false for one in test mode."""
    metadata: dict[str, str] | None
    """Your own key-value pairs stored on the object."""
    object_: Literal["credit_note_line_item"]
    """Object type, always `credit_note_line_item`."""
    pretax_credit_amounts: list[CreditNotePretaxCreditAmounts]
    """Credits and discounts applied to this line before tax."""
    quantity: int | None
    """Number of units credited."""
    tax_rates: list[TaxRate]
    """Tax rates applied to the line."""
    taxes: list[BillingBillResourceInvoicingTaxesTax] | None
    """Taxes on this line, one entry per tax."""
    type_: Literal["custom_line_item", "invoice_line_item"]
    """Whether the line credits an invoice line or a custom amount."""
    unit_amount: int | None
    """Amount per unit credited, if given per unit."""
    unit_amount_decimal: str | None
    """Amount per unit credited, with up to twelve decimals."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _KEYS: ClassVar[dict[str, str]] = {
        "object_": "object",
        "type_": "type",
    }
    _DECODE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "discount_amounts": lambda v: [CreditNoteDiscountAmounts.from_dict(item0) for item0 in v],
        "pretax_credit_amounts": lambda v: [
            CreditNotePretaxCreditAmounts.from_dict(item0) for item0 in v
        ],
        "tax_rates": lambda v: [TaxRate.from_dict(item0) for item0 in v],
        "taxes": lambda v: [BillingBillResourceInvoicingTaxesTax.from_dict(item0) for item0 in v],
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> CreditNoteLineItem:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        later: dict[str, Any] = {}  # nested JSON, decoded on first read (Model._DECODE)
        if type(v_amount := take("amount", UNSET)) is int:
            fill.amount = v_amount
        elif v_amount is not UNSET:
            d["amount"] = v_amount
        if (type(v_description := take("description", UNSET)) is str) or (v_description is None):
            fill.description = v_description
        elif v_description is not UNSET:
            d["description"] = v_description
        if type(v_discount_amount := take("discount_amount", UNSET)) is int:
            fill.discount_amount = v_discount_amount
        elif v_discount_amount is not UNSET:
            d["discount_amount"] = v_discount_amount
        if type(v_discount_amounts := take("discount_amounts", UNSET)) is list and (
            not v_discount_amounts or all(type(item0) is dict for item0 in v_discount_amounts)
        ):
            later["discount_amounts"] = v_discount_amounts
        elif v_discount_amounts is not UNSET:
            d["discount_amounts"] = v_discount_amounts
        if type(v_id := take("id", UNSET)) is str:
            fill.id = v_id
        elif v_id is not UNSET:
            d["id"] = v_id
        if (type(v_invoice_line_item := take("invoice_line_item", UNSET)) is str) or (
            v_invoice_line_item is None
        ):
            fill.invoice_line_item = v_invoice_line_item
        elif v_invoice_line_item is not UNSET:
            d["invoice_line_item"] = v_invoice_line_item
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
        if type(v_pretax_credit_amounts := take("pretax_credit_amounts", UNSET)) is list and (
            not v_pretax_credit_amounts
            or all(type(item0) is dict for item0 in v_pretax_credit_amounts)
        ):
            later["pretax_credit_amounts"] = v_pretax_credit_amounts
        elif v_pretax_credit_amounts is not UNSET:
            d["pretax_credit_amounts"] = v_pretax_credit_amounts
        if (type(v_quantity := take("quantity", UNSET)) is int) or (v_quantity is None):
            fill.quantity = v_quantity
        elif v_quantity is not UNSET:
            d["quantity"] = v_quantity
        if type(v_tax_rates := take("tax_rates", UNSET)) is list and (
            not v_tax_rates or all(type(item0) is dict for item0 in v_tax_rates)
        ):
            later["tax_rates"] = v_tax_rates
        elif v_tax_rates is not UNSET:
            d["tax_rates"] = v_tax_rates
        if type(v_taxes := take("taxes", UNSET)) is list and (
            not v_taxes or all(type(item0) is dict for item0 in v_taxes)
        ):
            later["taxes"] = v_taxes
        elif v_taxes is None:
            fill.taxes = v_taxes
        elif v_taxes is not UNSET:
            d["taxes"] = v_taxes
        if type(v_type_ := take("type", UNSET)) is str:
            fill.type_ = v_type_
        elif v_type_ is not UNSET:
            d["type"] = v_type_
        if (type(v_unit_amount := take("unit_amount", UNSET)) is int) or (v_unit_amount is None):
            fill.unit_amount = v_unit_amount
        elif v_unit_amount is not UNSET:
            d["unit_amount"] = v_unit_amount
        if (type(v_unit_amount_decimal := take("unit_amount_decimal", UNSET)) is str) or (
            v_unit_amount_decimal is None
        ):
            fill.unit_amount_decimal = v_unit_amount_decimal
        elif v_unit_amount_decimal is not UNSET:
            d["unit_amount_decimal"] = v_unit_amount_decimal
        if later:
            fill._later = later
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class CreditNoteLines(Model):
    """First page of the credit note's lines."""

    data: list[CreditNoteLineItem]
    has_more: bool
    object_: Literal["list"]
    url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _KEYS: ClassVar[dict[str, str]] = {
        "object_": "object",
    }
    _DECODE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "data": lambda v: [CreditNoteLineItem.from_dict(item0) for item0 in v],
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> CreditNoteLines:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        later: dict[str, Any] = {}  # nested JSON, decoded on first read (Model._DECODE)
        if type(v_data := take("data", UNSET)) is list and (
            not v_data or all(type(item0) is dict for item0 in v_data)
        ):
            later["data"] = v_data
        elif v_data is not UNSET:
            d["data"] = v_data
        if type(v_has_more := take("has_more", UNSET)) is bool:
            fill.has_more = v_has_more
        elif v_has_more is not UNSET:
            d["has_more"] = v_has_more
        if type(v_object_ := take("object", UNSET)) is str:
            fill.object_ = v_object_
        elif v_object_ is not UNSET:
            d["object"] = v_object_
        if type(v_url := take("url", UNSET)) is str:
            fill.url = v_url
        elif v_url is not UNSET:
            d["url"] = v_url
        if later:
            fill._later = later
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class CreditNotePretaxCreditAmounts(Model):
    """CreditNotePretaxCreditAmounts"""

    amount: int
    credit_balance_transaction: str | dict[str, Any] | None
    discount: Discount | str | None
    type_: Literal["credit_balance_transaction", "discount"]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _KEYS: ClassVar[dict[str, str]] = {
        "type_": "type",
    }
    _DECODE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "discount": lambda v: Discount.from_dict(v),
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> CreditNotePretaxCreditAmounts:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        later: dict[str, Any] = {}  # nested JSON, decoded on first read (Model._DECODE)
        if type(v_amount := take("amount", UNSET)) is int:
            fill.amount = v_amount
        elif v_amount is not UNSET:
            d["amount"] = v_amount
        if (
            (type(v_credit_balance_transaction := take("credit_balance_transaction", UNSET)) is str)
            or (type(v_credit_balance_transaction) is dict)
            or (v_credit_balance_transaction is None)
        ):
            fill.credit_balance_transaction = v_credit_balance_transaction
        elif v_credit_balance_transaction is not UNSET:
            d["credit_balance_transaction"] = v_credit_balance_transaction
        if type(v_discount := take("discount", UNSET)) is dict:
            later["discount"] = v_discount
        elif (type(v_discount) is str) or (v_discount is None):
            fill.discount = v_discount
        elif v_discount is not UNSET:
            d["discount"] = v_discount
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
class CreditNoteRefunds(Model):
    """CreditNoteRefunds"""

    amount_refunded: int
    payment_record_refund: CreditNoteRefundsPaymentRecordRefund | None
    refund: str | dict[str, Any]
    type_: Literal["payment_record_refund", "refund"] | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _KEYS: ClassVar[dict[str, str]] = {
        "type_": "type",
    }
    _DECODE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "payment_record_refund": lambda v: CreditNoteRefundsPaymentRecordRefund.from_dict(v),
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> CreditNoteRefunds:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        later: dict[str, Any] = {}  # nested JSON, decoded on first read (Model._DECODE)
        if type(v_amount_refunded := take("amount_refunded", UNSET)) is int:
            fill.amount_refunded = v_amount_refunded
        elif v_amount_refunded is not UNSET:
            d["amount_refunded"] = v_amount_refunded
        if type(v_payment_record_refund := take("payment_record_refund", UNSET)) is dict:
            later["payment_record_refund"] = v_payment_record_refund
        elif v_payment_record_refund is None:
            fill.payment_record_refund = v_payment_record_refund
        elif v_payment_record_refund is not UNSET:
            d["payment_record_refund"] = v_payment_record_refund
        if (type(v_refund := take("refund", UNSET)) is str) or (type(v_refund) is dict):
            fill.refund = v_refund
        elif v_refund is not UNSET:
            d["refund"] = v_refund
        if (type(v_type_ := take("type", UNSET)) is str) or (v_type_ is None):
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
class CreditNoteRefundsPaymentRecordRefund(Model):
    """CreditNoteRefundsPaymentRecordRefund"""

    payment_record: str
    refund_group: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> CreditNoteRefundsPaymentRecordRefund:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        if type(v_payment_record := take("payment_record", UNSET)) is str:
            fill.payment_record = v_payment_record
        elif v_payment_record is not UNSET:
            d["payment_record"] = v_payment_record
        if type(v_refund_group := take("refund_group", UNSET)) is str:
            fill.refund_group = v_refund_group
        elif v_refund_group is not UNSET:
            d["refund_group"] = v_refund_group
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# The same shapes as classes above, under their own names.
GetCreditNotesCreditNoteLinesResponse200 = CreditNoteLines
GetCreditNotesPreviewLinesResponse200 = CreditNoteLines


# Imported last: the modules refer to each other in cycles, needed at call time only.
from .customer import Customer, CustomerBalanceTransaction  # noqa: E402
from .discount import Discount  # noqa: E402
from .invoice import Invoice  # noqa: E402
from .shared import BillingBillResourceInvoicingTaxesTax, InvoicesResourceShippingCost  # noqa: E402
from .tax import TaxRate  # noqa: E402

__all__ = [
    "CreditNote",
    "CreditNoteDiscountAmounts",
    "CreditNoteLineItem",
    "CreditNoteLines",
    "CreditNotePretaxCreditAmounts",
    "CreditNoteRefunds",
    "CreditNoteRefundsPaymentRecordRefund",
    "GetCreditNotesCreditNoteLinesResponse200",
    "GetCreditNotesPreviewLinesResponse200",
]
