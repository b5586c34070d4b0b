"""Response models: credit note (generated; do not edit).

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
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("amount", "amount", "int"),
        ("amount_shipping", "amount_shipping", "int"),
        ("created", "created", "int"),
        ("currency", "currency", "str"),
        ("customer", "customer", "Customer | str"),
        ("customer_account", "customer_account", "str | None"),
        (
            "customer_balance_transaction",
            "customer_balance_transaction",
            "CustomerBalanceTransaction | str | None",
        ),
        ("discount_amount", "discount_amount", "int"),
        ("discount_amounts", "discount_amounts", "list[CreditNoteDiscountAmounts]"),
        ("effective_at", "effective_at", "int | None"),
        ("id", "id", "str"),
        ("invoice", "invoice", "Invoice | str"),
        ("lines", "lines", "CreditNoteLines"),
        ("livemode", "livemode", "bool"),
        ("memo", "memo", "str | None"),
        ("metadata", "metadata", "dict[str, str] | None"),
        ("number", "number", "str"),
        ("object_", "object", "Literal['credit_note']"),
        ("out_of_band_amount", "out_of_band_amount", "int | None"),
        ("pdf", "pdf", "str"),
        ("post_payment_amount", "post_payment_amount", "int"),
        ("pre_payment_amount", "pre_payment_amount", "int"),
        ("pretax_credit_amounts", "pretax_credit_amounts", "list[CreditNotePretaxCreditAmounts]"),
        (
            "reason",
            "reason",
            "Literal['duplicate', 'fraudulent', 'order_change', 'product_unsatisfactory'] | None",
        ),
        ("refunds", "refunds", "list[CreditNoteRefunds]"),
        ("shipping_cost", "shipping_cost", "InvoicesResourceShippingCost | None"),
        ("status", "status", "Literal['issued', 'void']"),
        ("subtotal", "subtotal", "int"),
        ("subtotal_excluding_tax", "subtotal_excluding_tax", "int | None"),
        ("total", "total", "int"),
        ("total_excluding_tax", "total_excluding_tax", "int | None"),
        ("total_taxes", "total_taxes", "list[BillingBillResourceInvoicingTaxesTax] | None"),
        ("type_", "type", "Literal['mixed', 'post_payment', 'pre_payment']"),
        ("voided_at", "voided_at", "int | None"),
    )

    _CONVERTED: ClassVar[frozenset[str]] = frozenset(
        (
            "customer",
            "customer_balance_transaction",
            "discount_amounts",
            "invoice",
            "lines",
            "pretax_credit_amounts",
            "refunds",
            "shipping_cost",
            "total_taxes",
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
                v_customer.to_dict() if isinstance(v_customer, Customer) else v_customer
            )
        try:
            v_customer_balance_transaction = self.customer_balance_transaction
        except AttributeError:
            pass
        else:
            data["customer_balance_transaction"] = (
                v_customer_balance_transaction.to_dict()
                if isinstance(v_customer_balance_transaction, CustomerBalanceTransaction)
                else v_customer_balance_transaction
            )
        try:
            v_discount_amounts = self.discount_amounts
        except AttributeError:
            pass
        else:
            data["discount_amounts"] = [item0.to_dict() for item0 in v_discount_amounts]
        try:
            v_invoice = self.invoice
        except AttributeError:
            pass
        else:
            data["invoice"] = v_invoice.to_dict() if isinstance(v_invoice, Invoice) else v_invoice
        try:
            v_lines = self.lines
        except AttributeError:
            pass
        else:
            data["lines"] = v_lines.to_dict()
        try:
            v_pretax_credit_amounts = self.pretax_credit_amounts
        except AttributeError:
            pass
        else:
            data["pretax_credit_amounts"] = [item0.to_dict() for item0 in v_pretax_credit_amounts]
        try:
            v_refunds = self.refunds
        except AttributeError:
            pass
        else:
            data["refunds"] = [item0.to_dict() for item0 in v_refunds]
        try:
            v_shipping_cost = self.shipping_cost
        except AttributeError:
            pass
        else:
            data["shipping_cost"] = (
                v_shipping_cost.to_dict()
                if isinstance(v_shipping_cost, InvoicesResourceShippingCost)
                else v_shipping_cost
            )
        try:
            v_total_taxes = self.total_taxes
        except AttributeError:
            pass
        else:
            data["total_taxes"] = (
                [item0.to_dict() for item0 in v_total_taxes]
                if isinstance(v_total_taxes, list)
                else v_total_taxes
            )
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> CreditNote:
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
        v_amount_shipping = take("amount_shipping", UNSET)
        if type(v_amount_shipping) is int:
            fill.amount_shipping = v_amount_shipping
        elif v_amount_shipping is not UNSET:
            d["amount_shipping"] = v_amount_shipping
        v_created = take("created", UNSET)
        if type(v_created) is int:
            fill.created = v_created
        elif v_created is not UNSET:
            d["created"] = v_created
        v_currency = take("currency", UNSET)
        if type(v_currency) is str:
            fill.currency = v_currency
        elif v_currency is not UNSET:
            d["currency"] = v_currency
        v_customer = take("customer", UNSET)
        if (type(v_customer) is dict) or (type(v_customer) is str):
            fill.customer = (
                Customer.from_dict(v_customer) if type(v_customer) is dict else v_customer
            )
        elif v_customer is not UNSET:
            d["customer"] = v_customer
        v_customer_account = take("customer_account", UNSET)
        if (type(v_customer_account) is str) or (v_customer_account is None):
            fill.customer_account = v_customer_account
        elif v_customer_account is not UNSET:
            d["customer_account"] = v_customer_account
        v_customer_balance_transaction = take("customer_balance_transaction", UNSET)
        if (
            (type(v_customer_balance_transaction) is dict)
            or (type(v_customer_balance_transaction) is str)
            or (v_customer_balance_transaction is None)
        ):
            fill.customer_balance_transaction = (
                CustomerBalanceTransaction.from_dict(v_customer_balance_transaction)
                if type(v_customer_balance_transaction) is dict
                else v_customer_balance_transaction
            )
        elif v_customer_balance_transaction is not UNSET:
            d["customer_balance_transaction"] = v_customer_balance_transaction
        v_discount_amount = take("discount_amount", UNSET)
        if type(v_discount_amount) is int:
            fill.discount_amount = v_discount_amount
        elif v_discount_amount is not UNSET:
            d["discount_amount"] = v_discount_amount
        v_discount_amounts = take("discount_amounts", UNSET)
        if type(v_discount_amounts) is list and (
            not v_discount_amounts or all(type(item0) is dict for item0 in v_discount_amounts)
        ):
            fill.discount_amounts = [
                CreditNoteDiscountAmounts.from_dict(item0) for item0 in v_discount_amounts
            ]
        elif v_discount_amounts is not UNSET:
            d["discount_amounts"] = v_discount_amounts
        v_effective_at = take("effective_at", UNSET)
        if (type(v_effective_at) is int) or (v_effective_at is None):
            fill.effective_at = v_effective_at
        elif v_effective_at is not UNSET:
            d["effective_at"] = v_effective_at
        v_id = take("id", UNSET)
        if type(v_id) is str:
            fill.id = v_id
        elif v_id is not UNSET:
            d["id"] = v_id
        v_invoice = take("invoice", UNSET)
        if (type(v_invoice) is dict) or (type(v_invoice) is str):
            fill.invoice = Invoice.from_dict(v_invoice) if type(v_invoice) is dict else v_invoice
        elif v_invoice is not UNSET:
            d["invoice"] = v_invoice
        v_lines = take("lines", UNSET)
        if type(v_lines) is dict:
            fill.lines = CreditNoteLines.from_dict(v_lines)
        elif v_lines is not UNSET:
            d["lines"] = v_lines
        v_livemode = take("livemode", UNSET)
        if type(v_livemode) is bool:
            fill.livemode = v_livemode
        elif v_livemode is not UNSET:
            d["livemode"] = v_livemode
        v_memo = take("memo", UNSET)
        if (type(v_memo) is str) or (v_memo is None):
            fill.memo = v_memo
        elif v_memo is not UNSET:
            d["memo"] = v_memo
        v_metadata = take("metadata", UNSET)
        if (
            type(v_metadata) is dict
            and (not v_metadata or all(type(item0) is str for item0 in v_metadata.values()))
        ) or (v_metadata is None):
            fill.metadata = v_metadata
        elif v_metadata is not UNSET:
            d["metadata"] = v_metadata
        v_number = take("number", UNSET)
        if type(v_number) is str:
            fill.number = v_number
        elif v_number is not UNSET:
            d["number"] = v_number
        v_object_ = take("object", UNSET)
        if type(v_object_) is str:
            fill.object_ = v_object_
        elif v_object_ is not UNSET:
            d["object"] = v_object_
        v_out_of_band_amount = take("out_of_band_amount", UNSET)
        if (type(v_out_of_band_amount) is int) or (v_out_of_band_amount is None):
            fill.out_of_band_amount = v_out_of_band_amount
        elif v_out_of_band_amount is not UNSET:
            d["out_of_band_amount"] = v_out_of_band_amount
        v_pdf = take("pdf", UNSET)
        if type(v_pdf) is str:
            fill.pdf = v_pdf
        elif v_pdf is not UNSET:
            d["pdf"] = v_pdf
        v_post_payment_amount = take("post_payment_amount", UNSET)
        if type(v_post_payment_amount) is int:
            fill.post_payment_amount = v_post_payment_amount
        elif v_post_payment_amount is not UNSET:
            d["post_payment_amount"] = v_post_payment_amount
        v_pre_payment_amount = take("pre_payment_amount", UNSET)
        if type(v_pre_payment_amount) is int:
            fill.pre_payment_amount = v_pre_payment_amount
        elif v_pre_payment_amount is not UNSET:
            d["pre_payment_amount"] = v_pre_payment_amount
        v_pretax_credit_amounts = take("pretax_credit_amounts", UNSET)
        if type(v_pretax_credit_amounts) is list and (
            not v_pretax_credit_amounts
            or all(type(item0) is dict for item0 in v_pretax_credit_amounts)
        ):
            fill.pretax_credit_amounts = [
                CreditNotePretaxCreditAmounts.from_dict(item0) for item0 in v_pretax_credit_amounts
            ]
        elif v_pretax_credit_amounts is not UNSET:
            d["pretax_credit_amounts"] = v_pretax_credit_amounts
        v_reason = take("reason", UNSET)
        if (type(v_reason) is str) or (v_reason is None):
            fill.reason = v_reason
        elif v_reason is not UNSET:
            d["reason"] = v_reason
        v_refunds = take("refunds", UNSET)
        if type(v_refunds) is list and (
            not v_refunds or all(type(item0) is dict for item0 in v_refunds)
        ):
            fill.refunds = [CreditNoteRefunds.from_dict(item0) for item0 in v_refunds]
        elif v_refunds is not UNSET:
            d["refunds"] = v_refunds
        v_shipping_cost = take("shipping_cost", UNSET)
        if (type(v_shipping_cost) is dict) or (v_shipping_cost is None):
            fill.shipping_cost = (
                InvoicesResourceShippingCost.from_dict(v_shipping_cost)
                if type(v_shipping_cost) is dict
                else v_shipping_cost
            )
        elif v_shipping_cost is not UNSET:
            d["shipping_cost"] = v_shipping_cost
        v_status = take("status", UNSET)
        if type(v_status) is str:
            fill.status = v_status
        elif v_status is not UNSET:
            d["status"] = v_status
        v_subtotal = take("subtotal", UNSET)
        if type(v_subtotal) is int:
            fill.subtotal = v_subtotal
        elif v_subtotal is not UNSET:
            d["subtotal"] = v_subtotal
        v_subtotal_excluding_tax = take("subtotal_excluding_tax", UNSET)
        if (type(v_subtotal_excluding_tax) is int) or (v_subtotal_excluding_tax is None):
            fill.subtotal_excluding_tax = v_subtotal_excluding_tax
        elif v_subtotal_excluding_tax is not UNSET:
            d["subtotal_excluding_tax"] = v_subtotal_excluding_tax
        v_total = take("total", UNSET)
        if type(v_total) is int:
            fill.total = v_total
        elif v_total is not UNSET:
            d["total"] = v_total
        v_total_excluding_tax = take("total_excluding_tax", UNSET)
        if (type(v_total_excluding_tax) is int) or (v_total_excluding_tax is None):
            fill.total_excluding_tax = v_total_excluding_tax
        elif v_total_excluding_tax is not UNSET:
            d["total_excluding_tax"] = v_total_excluding_tax
        v_total_taxes = take("total_taxes", UNSET)
        if (
            type(v_total_taxes) is list
            and (not v_total_taxes or all(type(item0) is dict for item0 in v_total_taxes))
        ) or (v_total_taxes is None):
            fill.total_taxes = (
                [BillingBillResourceInvoicingTaxesTax.from_dict(item0) for item0 in v_total_taxes]
                if type(v_total_taxes) is list
                and (not v_total_taxes or all(type(item0) is dict for item0 in v_total_taxes))
                else v_total_taxes
            )
        elif v_total_taxes is not UNSET:
            d["total_taxes"] = v_total_taxes
        v_type_ = take("type", UNSET)
        if type(v_type_) is str:
            fill.type_ = v_type_
        elif v_type_ is not UNSET:
            d["type"] = v_type_
        v_voided_at = take("voided_at", UNSET)
        if (type(v_voided_at) is int) or (v_voided_at is None):
            fill.voided_at = v_voided_at
        elif v_voided_at is not UNSET:
            d["voided_at"] = v_voided_at
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class CreditNoteDiscountAmounts(Model):
    """CreditNoteDiscountAmounts"""

    amount: int
    discount: Discount | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("amount", "amount", "int"),
        ("discount", "discount", "Discount | str"),
    )

    _CONVERTED: ClassVar[frozenset[str]] = frozenset(("discount",))

    def to_dict(self) -> dict[str, Any]:
        # Plain fields are copied by Model.to_dict; these need converting back to JSON. An
        # unfilled field raises AttributeError: what was received for it, if anything, is
        # already in additional_properties.
        data = Model.to_dict(self)
        try:
            v_discount = self.discount
        except AttributeError:
            pass
        else:
            data["discount"] = (
                v_discount.to_dict() if isinstance(v_discount, Discount) else v_discount
            )
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> CreditNoteDiscountAmounts:
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
        v_discount = take("discount", UNSET)
        if (type(v_discount) is dict) or (type(v_discount) is str):
            fill.discount = (
                Discount.from_dict(v_discount) if type(v_discount) is dict else v_discount
            )
        elif v_discount is not UNSET:
            d["discount"] = v_discount
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
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
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("amount", "amount", "int"),
        ("description", "description", "str | None"),
        ("discount_amount", "discount_amount", "int"),
        ("discount_amounts", "discount_amounts", "list[CreditNoteDiscountAmounts]"),
        ("id", "id", "str"),
        ("invoice_line_item", "invoice_line_item", "str | None"),
        ("livemode", "livemode", "bool"),
        ("metadata", "metadata", "dict[str, str] | None"),
        ("object_", "object", "Literal['credit_note_line_item']"),
        ("pretax_credit_amounts", "pretax_credit_amounts", "list[CreditNotePretaxCreditAmounts]"),
        ("quantity", "quantity", "int | None"),
        ("tax_rates", "tax_rates", "list[TaxRate]"),
        ("taxes", "taxes", "list[BillingBillResourceInvoicingTaxesTax] | None"),
        ("type_", "type", "Literal['custom_line_item', 'invoice_line_item']"),
        ("unit_amount", "unit_amount", "int | None"),
        ("unit_amount_decimal", "unit_amount_decimal", "str | None"),
    )

    _CONVERTED: ClassVar[frozenset[str]] = frozenset(
        (
            "discount_amounts",
            "pretax_credit_amounts",
            "tax_rates",
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
            data["discount_amounts"] = [item0.to_dict() for item0 in v_discount_amounts]
        try:
            v_pretax_credit_amounts = self.pretax_credit_amounts
        except AttributeError:
            pass
        else:
            data["pretax_credit_amounts"] = [item0.to_dict() for item0 in v_pretax_credit_amounts]
        try:
            v_tax_rates = self.tax_rates
        except AttributeError:
            pass
        else:
            data["tax_rates"] = [item0.to_dict() for item0 in v_tax_rates]
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
    def from_dict(cls, src_dict: Mapping[str, Any]) -> CreditNoteLineItem:
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
        v_description = take("description", UNSET)
        if (type(v_description) is str) or (v_description is None):
            fill.description = v_description
        elif v_description is not UNSET:
            d["description"] = v_description
        v_discount_amount = take("discount_amount", UNSET)
        if type(v_discount_amount) is int:
            fill.discount_amount = v_discount_amount
        elif v_discount_amount is not UNSET:
            d["discount_amount"] = v_discount_amount
        v_discount_amounts = take("discount_amounts", UNSET)
        if type(v_discount_amounts) is list and (
            not v_discount_amounts or all(type(item0) is dict for item0 in v_discount_amounts)
        ):
            fill.discount_amounts = [
                CreditNoteDiscountAmounts.from_dict(item0) for item0 in v_discount_amounts
            ]
        elif v_discount_amounts is not UNSET:
            d["discount_amounts"] = v_discount_amounts
        v_id = take("id", UNSET)
        if type(v_id) is str:
            fill.id = v_id
        elif v_id is not UNSET:
            d["id"] = v_id
        v_invoice_line_item = take("invoice_line_item", UNSET)
        if (type(v_invoice_line_item) is str) or (v_invoice_line_item is None):
            fill.invoice_line_item = v_invoice_line_item
        elif v_invoice_line_item is not UNSET:
            d["invoice_line_item"] = v_invoice_line_item
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
        v_pretax_credit_amounts = take("pretax_credit_amounts", UNSET)
        if type(v_pretax_credit_amounts) is list and (
            not v_pretax_credit_amounts
            or all(type(item0) is dict for item0 in v_pretax_credit_amounts)
        ):
            fill.pretax_credit_amounts = [
                CreditNotePretaxCreditAmounts.from_dict(item0) for item0 in v_pretax_credit_amounts
            ]
        elif v_pretax_credit_amounts is not UNSET:
            d["pretax_credit_amounts"] = v_pretax_credit_amounts
        v_quantity = take("quantity", UNSET)
        if (type(v_quantity) is int) or (v_quantity is None):
            fill.quantity = v_quantity
        elif v_quantity is not UNSET:
            d["quantity"] = v_quantity
        v_tax_rates = take("tax_rates", UNSET)
        if type(v_tax_rates) is list and (
            not v_tax_rates or all(type(item0) is dict for item0 in v_tax_rates)
        ):
            fill.tax_rates = [TaxRate.from_dict(item0) for item0 in v_tax_rates]
        elif v_tax_rates is not UNSET:
            d["tax_rates"] = v_tax_rates
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
        v_type_ = take("type", UNSET)
        if type(v_type_) is str:
            fill.type_ = v_type_
        elif v_type_ is not UNSET:
            d["type"] = v_type_
        v_unit_amount = take("unit_amount", UNSET)
        if (type(v_unit_amount) is int) or (v_unit_amount is None):
            fill.unit_amount = v_unit_amount
        elif v_unit_amount is not UNSET:
            d["unit_amount"] = v_unit_amount
        v_unit_amount_decimal = take("unit_amount_decimal", UNSET)
        if (type(v_unit_amount_decimal) is str) or (v_unit_amount_decimal is None):
            fill.unit_amount_decimal = v_unit_amount_decimal
        elif v_unit_amount_decimal is not UNSET:
            d["unit_amount_decimal"] = v_unit_amount_decimal
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
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
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("data", "data", "list[CreditNoteLineItem]"),
        ("has_more", "has_more", "bool"),
        ("object_", "object", "Literal['list']"),
        ("url", "url", "str"),
    )

    _CONVERTED: ClassVar[frozenset[str]] = frozenset(("data",))

    def to_dict(self) -> dict[str, Any]:
        # Plain fields are copied by Model.to_dict; these need converting back to JSON. An
        # unfilled field raises AttributeError: what was received for it, if anything, is
        # already in additional_properties.
        data = Model.to_dict(self)
        try:
            v_data = self.data
        except AttributeError:
            pass
        else:
            data["data"] = [item0.to_dict() for item0 in v_data]
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> CreditNoteLines:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_data = take("data", UNSET)
        if type(v_data) is list and (not v_data or all(type(item0) is dict for item0 in v_data)):
            fill.data = [CreditNoteLineItem.from_dict(item0) for item0 in v_data]
        elif v_data is not UNSET:
            d["data"] = v_data
        v_has_more = take("has_more", UNSET)
        if type(v_has_more) is bool:
            fill.has_more = v_has_more
        elif v_has_more is not UNSET:
            d["has_more"] = v_has_more
        v_object_ = take("object", UNSET)
        if type(v_object_) is str:
            fill.object_ = v_object_
        elif v_object_ is not UNSET:
            d["object"] = v_object_
        v_url = take("url", UNSET)
        if type(v_url) is str:
            fill.url = v_url
        elif v_url is not UNSET:
            d["url"] = v_url
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
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
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("amount", "amount", "int"),
        ("credit_balance_transaction", "credit_balance_transaction", "str | dict[str, Any] | None"),
        ("discount", "discount", "Discount | str | None"),
        ("type_", "type", "Literal['credit_balance_transaction', 'discount']"),
    )

    _CONVERTED: ClassVar[frozenset[str]] = frozenset(("discount",))

    def to_dict(self) -> dict[str, Any]:
        # Plain fields are copied by Model.to_dict; these need converting back to JSON. An
        # unfilled field raises AttributeError: what was received for it, if anything, is
        # already in additional_properties.
        data = Model.to_dict(self)
        try:
            v_discount = self.discount
        except AttributeError:
            pass
        else:
            data["discount"] = (
                v_discount.to_dict() if isinstance(v_discount, Discount) else v_discount
            )
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> CreditNotePretaxCreditAmounts:
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
        v_credit_balance_transaction = take("credit_balance_transaction", UNSET)
        if (
            (type(v_credit_balance_transaction) is str)
            or (type(v_credit_balance_transaction) is dict)
            or (v_credit_balance_transaction is None)
        ):
            fill.credit_balance_transaction = v_credit_balance_transaction
        elif v_credit_balance_transaction is not UNSET:
            d["credit_balance_transaction"] = v_credit_balance_transaction
        v_discount = take("discount", UNSET)
        if (type(v_discount) is dict) or (type(v_discount) is str) or (v_discount is None):
            fill.discount = (
                Discount.from_dict(v_discount) if type(v_discount) is dict else v_discount
            )
        elif v_discount is not UNSET:
            d["discount"] = v_discount
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
class CreditNoteRefunds(Model):
    """CreditNoteRefunds"""

    amount_refunded: int
    payment_record_refund: CreditNoteRefundsPaymentRecordRefund | None
    refund: str | dict[str, Any]
    type_: Literal["payment_record_refund", "refund"] | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("amount_refunded", "amount_refunded", "int"),
        (
            "payment_record_refund",
            "payment_record_refund",
            "CreditNoteRefundsPaymentRecordRefund | None",
        ),
        ("refund", "refund", "str | dict[str, Any]"),
        ("type_", "type", "Literal['payment_record_refund', 'refund'] | None"),
    )

    _CONVERTED: ClassVar[frozenset[str]] = frozenset(("payment_record_refund",))

    def to_dict(self) -> dict[str, Any]:
        # Plain fields are copied by Model.to_dict; these need converting back to JSON. An
        # unfilled field raises AttributeError: what was received for it, if anything, is
        # already in additional_properties.
        data = Model.to_dict(self)
        try:
            v_payment_record_refund = self.payment_record_refund
        except AttributeError:
            pass
        else:
            data["payment_record_refund"] = (
                v_payment_record_refund.to_dict()
                if isinstance(v_payment_record_refund, CreditNoteRefundsPaymentRecordRefund)
                else v_payment_record_refund
            )
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> CreditNoteRefunds:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_amount_refunded = take("amount_refunded", UNSET)
        if type(v_amount_refunded) is int:
            fill.amount_refunded = v_amount_refunded
        elif v_amount_refunded is not UNSET:
            d["amount_refunded"] = v_amount_refunded
        v_payment_record_refund = take("payment_record_refund", UNSET)
        if (type(v_payment_record_refund) is dict) or (v_payment_record_refund is None):
            fill.payment_record_refund = (
                CreditNoteRefundsPaymentRecordRefund.from_dict(v_payment_record_refund)
                if type(v_payment_record_refund) is dict
                else v_payment_record_refund
            )
        elif v_payment_record_refund is not UNSET:
            d["payment_record_refund"] = v_payment_record_refund
        v_refund = take("refund", UNSET)
        if (type(v_refund) is str) or (type(v_refund) is dict):
            fill.refund = v_refund
        elif v_refund is not UNSET:
            d["refund"] = v_refund
        v_type_ = take("type", UNSET)
        if (type(v_type_) is str) or (v_type_ is None):
            fill.type_ = v_type_
        elif v_type_ is not UNSET:
            d["type"] = v_type_
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class CreditNoteRefundsPaymentRecordRefund(Model):
    """CreditNoteRefundsPaymentRecordRefund"""

    payment_record: str
    refund_group: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("payment_record", "payment_record", "str"),
        ("refund_group", "refund_group", "str"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> CreditNoteRefundsPaymentRecordRefund:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_payment_record = take("payment_record", UNSET)
        if type(v_payment_record) is str:
            fill.payment_record = v_payment_record
        elif v_payment_record is not UNSET:
            d["payment_record"] = v_payment_record
        v_refund_group = take("refund_group", UNSET)
        if type(v_refund_group) is str:
            fill.refund_group = v_refund_group
        elif v_refund_group is not UNSET:
            d["refund_group"] = v_refund_group
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
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
