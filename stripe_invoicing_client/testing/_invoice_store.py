"""The invoice as the fake keeps it, with its lines, and the JSON Stripe answers for it (the
only place its wire shape is spelled)."""

from __future__ import annotations

import copy
from collections.abc import Mapping
from typing import Any

from attrs import define, evolve, field, frozen

from ._catalog_store import TaxRate, render_tax_rate
from ._invoice_item_store import InvoiceItem, render_pricing
from ._shapes import UNSET
from ._stored import AT_CREATION, StoredWithMetadata

LINES_PAGE_SIZE = 10
# Stripe finalizes an auto-advancing draft about an hour after creating it.
FINALIZE_AFTER = 3_600


@frozen
class DiscountAmount:
    discount: str  # the discount's id
    amount: int  # what it took off


@frozen
class Tax:
    """A tax at one rate: on a line, or (summed over the lines) on the invoice."""

    rate_id: str
    inclusive: bool
    amount: int
    taxable_amount: int

    def plus(self, other: Tax) -> Tax:
        return evolve(
            self,
            amount=self.amount + other.amount,
            taxable_amount=self.taxable_amount + other.taxable_amount,
        )


def render_tax(tax: Tax) -> dict[str, Any]:
    return {
        "amount": tax.amount,
        "tax_behavior": "inclusive" if tax.inclusive else "exclusive",
        "tax_rate_details": {"tax_rate": tax.rate_id},
        "taxability_reason": "standard_rated",
        "taxable_amount": tax.taxable_amount,
        "type": "tax_rate_details",
    }


@define
class LineMath:
    """What discounts and taxes make of one line (`_invoice_math`), in the order applied."""

    discount_amounts: list[DiscountAmount] = field(factory=list)
    taxes: list[Tax] = field(factory=list)


@define
class InvoiceLine:
    """One line of an invoice: the invoice item it shows, its own id, and what discounts and
    taxes made of it when the invoice's totals were last computed."""

    item_id: str
    line_id: str
    math: LineMath | None = None


@define
class Totals:
    """What an invoice's lines add up to, after discounts and taxes (`_invoice_math`)."""

    subtotal: int = 0
    subtotal_excluding_tax: int = 0
    total_excluding_tax: int = 0
    total: int = 0
    # Discount id -> what it took off, over all lines, in the order first applied.
    discount_amounts: dict[str, int] = field(factory=dict)
    taxes: list[Tax] = field(factory=list)  # one per tax rate


@frozen
class CustomerDetails:
    """An invoice's own copy of its customer's contact details (`customer_*` on the wire),
    taken when it is made and again when it is finalized."""

    address: dict[str, Any] | None
    email: str | None
    name: str | None
    phone: str | None
    shipping: dict[str, Any] | None
    tax_exempt: str


@define
class Invoice(StoredWithMetadata):
    currency: str
    customer: str
    customer_details: CustomerDetails
    # A one-off invoice's period is the moment it was made; a subscription's invoice sets its own.
    period_start: int = AT_CREATION
    period_end: int = AT_CREATION
    customer_tax_ids: list[dict[str, Any]] = field(factory=list)
    lines: list[InvoiceLine] = field(factory=list)
    status: str = "draft"
    billing_reason: str = "manual"
    collection_method: str = "charge_automatically"
    due_date: int | None = None
    auto_advance: bool = False
    automatically_finalizes_at: int | None = None
    default_payment_method: str | None = None
    default_source: str | None = None
    # `payment_settings[payment_method_types]`: as sent (`payment_method_types_sent`); a
    # subscription's invoices take its own.
    payment_method_types: list[str] | None = None
    description: str | None = None
    effective_at: int | None = None
    footer: str | None = None
    number: str | None = None
    on_behalf_of: str | None = None
    statement_descriptor: str | None = None
    custom_fields: list[dict[str, Any]] | None = None
    account_tax_ids: list[str] | None = None
    shipping_details: dict[str, Any] | None = None
    # The rates as they were when applied (an archived rate still taxes the invoice).
    default_tax_rates: list[TaxRate] = field(factory=list)
    discounts: list[str] = field(factory=list)
    totals: Totals = field(factory=Totals)
    amount_due: int = 0
    amount_paid: int = 0
    amount_paid_off_stripe: int = 0
    amount_remaining: int = 0
    attempt_count: int = 0
    attempted: bool = False
    # Only ever set on a draft as shown (`_objects`): the fake attempts no payment otherwise.
    next_payment_attempt: int | None = None
    starting_balance: int = 0
    ending_balance: int | None = None
    pre_payment_credit_notes_amount: int = 0
    post_payment_credit_notes_amount: int = 0
    finalized_at: int | None = None
    marked_uncollectible_at: int | None = None
    paid_at: int | None = None
    voided_at: int | None = None
    webhooks_delivered_at: int | None = None
    hosted_invoice_url: str | None = None
    invoice_pdf: str | None = None
    test_clock: str | None = None
    # The subscription that billed it, and that subscription's metadata then.
    subscription: str | None = None
    subscription_metadata: dict[str, str] = field(factory=dict)
    quote: str | None = None  # the quote whose acceptance made it

    def advances_at(self) -> int:
        """When an auto-advancing draft is finalized (and, charged automatically, paid)."""
        return self.automatically_finalizes_at or self.created + FINALIZE_AFTER

    def item_ids(self) -> list[str]:
        return [line.item_id for line in self.lines]

    def line_of(self, item_id: str) -> InvoiceLine:
        return next(line for line in self.lines if line.item_id == item_id)

    def add_line(self, item_id: str, line_id: str) -> None:
        self.lines.append(InvoiceLine(item_id, line_id))

    def remove_line(self, item_id: str) -> None:
        self.lines.remove(self.line_of(item_id))


@define
class SentInvoice:
    """One delivery of an invoice email, as `send` would have made it."""

    invoice: str
    number: str | None
    customer: str | None
    email: str | None
    sent_at: int
    hosted_invoice_url: str | None


def payment_method_types_sent(settings: Any, kept: list[str] | None) -> list[str] | None:
    """`payment_settings[payment_method_types]` of an invoice or a subscription, on creation or
    update: a list sent replaces `kept`, `""` (or an empty list) clears it, nothing sent keeps
    it."""
    if not isinstance(settings, dict) or "payment_method_types" not in settings:
        return kept
    types = settings["payment_method_types"]
    return None if types in (UNSET, []) else list(types)


def _render_parent(invoice: Invoice) -> dict[str, Any] | None:
    if invoice.quote is not None:
        return {
            "type": "quote_details",
            "quote_details": {"quote": invoice.quote},
            "subscription_details": None,
        }
    if invoice.subscription is None:
        return None
    return {
        "type": "subscription_details",
        "quote_details": None,
        "subscription_details": {
            "metadata": dict(invoice.subscription_metadata),
            "subscription": invoice.subscription,
            "subscription_proration_date": None,
        },
    }


def render_invoice_fields(invoice: Invoice) -> dict[str, Any]:
    """The invoice's JSON without its `lines` (what search and list filters read)."""
    totals = invoice.totals
    details = invoice.customer_details
    return {
        "id": invoice.id,
        "object": "invoice",
        "account_country": "US",
        "account_name": "Fake Stripe Test Account",
        "account_tax_ids": copy.deepcopy(invoice.account_tax_ids),
        "amount_due": invoice.amount_due,
        "amount_overpaid": 0,
        "amount_paid": invoice.amount_paid,
        "amount_paid_off_stripe": invoice.amount_paid_off_stripe,
        "amount_remaining": invoice.amount_remaining,
        "amount_shipping": 0,
        "application": None,
        "attempt_count": invoice.attempt_count,
        "attempted": invoice.attempted,
        "auto_advance": invoice.auto_advance,
        "automatic_tax": {
            "disabled_reason": None,
            "enabled": False,
            "liability": None,
            "provider": None,
            "status": None,
        },
        "automatically_finalizes_at": invoice.automatically_finalizes_at,
        "billing_reason": invoice.billing_reason,
        "collection_method": invoice.collection_method,
        "confirmation_secret": None,
        "created": invoice.created,
        "currency": invoice.currency,
        "custom_fields": copy.deepcopy(invoice.custom_fields),
        "customer": invoice.customer,
        "customer_account": None,
        "customer_tax_ids": copy.deepcopy(invoice.customer_tax_ids),
        "default_payment_method": invoice.default_payment_method,
        "default_source": invoice.default_source,
        "default_tax_rates": [render_tax_rate(rate) for rate in invoice.default_tax_rates],
        "description": invoice.description,
        "discounts": list(invoice.discounts),
        "due_date": invoice.due_date,
        "effective_at": invoice.effective_at,
        "ending_balance": invoice.ending_balance,
        "footer": invoice.footer,
        "from_invoice": None,
        "hosted_invoice_url": invoice.hosted_invoice_url,
        "invoice_pdf": invoice.invoice_pdf,
        "issuer": {"type": "self"},
        "last_finalization_error": None,
        "latest_revision": None,
        "livemode": False,
        "metadata": dict(invoice.metadata),
        "next_payment_attempt": invoice.next_payment_attempt,
        "number": invoice.number,
        "on_behalf_of": invoice.on_behalf_of,
        "parent": _render_parent(invoice),
        "payment_settings": {
            "default_mandate": None,
            "payment_method_options": None,
            "payment_method_types": (
                None if invoice.payment_method_types is None else list(invoice.payment_method_types)
            ),
        },
        "period_end": invoice.period_end,
        "period_start": invoice.period_start,
        "post_payment_credit_notes_amount": invoice.post_payment_credit_notes_amount,
        "pre_payment_credit_notes_amount": invoice.pre_payment_credit_notes_amount,
        "receipt_number": None,
        "rendering": None,
        "shipping_cost": None,
        "shipping_details": copy.deepcopy(invoice.shipping_details),
        "starting_balance": invoice.starting_balance,
        "statement_descriptor": invoice.statement_descriptor,
        "status": invoice.status,
        "status_details": None,
        "status_transitions": {
            "finalized_at": invoice.finalized_at,
            "marked_uncollectible_at": invoice.marked_uncollectible_at,
            "paid_at": invoice.paid_at,
            "voided_at": invoice.voided_at,
        },
        "subtotal": totals.subtotal,
        "subtotal_excluding_tax": totals.subtotal_excluding_tax,
        "test_clock": invoice.test_clock,
        "threshold_reason": None,
        "total": totals.total,
        "total_discount_amounts": [
            {"amount": amount, "discount": discount_id}
            for discount_id, amount in totals.discount_amounts.items()
        ],
        "total_excluding_tax": totals.total_excluding_tax,
        "total_pretax_credit_amounts": [
            {
                "amount": amount,
                "credit_balance_transaction": None,
                "discount": discount_id,
                "type": "discount",
            }
            for discount_id, amount in totals.discount_amounts.items()
        ],
        "total_taxes": [render_tax(tax) for tax in totals.taxes],
        "webhooks_delivered_at": invoice.webhooks_delivered_at,
        "customer_address": copy.deepcopy(details.address),
        "customer_email": details.email,
        "customer_name": details.name,
        "customer_phone": details.phone,
        "customer_shipping": copy.deepcopy(details.shipping),
        "customer_tax_exempt": details.tax_exempt,
    }


def _render_line_parent(item: InvoiceItem) -> dict[str, Any]:
    """A subscription's line points at its subscription item; any other at its invoice item
    (and the subscription it was added to, for `add_invoice_items`)."""
    if item.subscription_item is not None:
        return {
            "type": "subscription_item_details",
            "invoice_item_details": None,
            "subscription_item_details": {
                # Only prorations are invoice items of their own.
                "invoice_item": None if item.subscription_line else item.id,
                "proration": item.proration,
                "proration_details": {"credited_items": None},
                "subscription": item.subscription,
                "subscription_item": item.subscription_item,
            },
        }
    return {
        "type": "invoice_item_details",
        "invoice_item_details": {
            "invoice_item": item.id,
            "proration": False,
            "proration_details": {"credited_items": None},
            "subscription": item.subscription,
        },
        "subscription_item_details": None,
    }


def render_line(
    item: InvoiceItem, invoice_id: str, line_id: str, math: LineMath | None
) -> dict[str, Any]:
    """The line of an invoice item; `math` gives its discounts and taxes."""
    return {
        "id": line_id,
        "object": "line_item",
        "amount": item.amount,
        "currency": item.currency,
        "description": item.description,
        "discount_amounts": [
            {"amount": d.amount, "discount": d.discount} for d in math.discount_amounts
        ]
        if math
        else [],
        "discountable": item.discountable,
        "discounts": list(item.discounts),
        "invoice": invoice_id,
        "livemode": False,
        "metadata": dict(item.metadata),
        "parent": _render_line_parent(item),
        "period": {"end": item.period_end, "start": item.period_start},
        "pretax_credit_amounts": [
            {
                "amount": d.amount,
                "credit_balance_transaction": None,
                "discount": d.discount,
                "type": "discount",
            }
            for d in math.discount_amounts
        ]
        if math
        else [],
        "pricing": render_pricing(item.pricing),
        "quantity": item.quantity,
        "quantity_decimal": item.quantity_decimal,
        "subscription": item.subscription,
        "subtotal": item.amount,
        "taxes": [render_tax(tax) for tax in math.taxes] if math else [],
    }


def render_lines(items: Mapping[str, InvoiceItem], invoice: Invoice) -> list[dict[str, Any]]:
    return [
        render_line(items[line.item_id], invoice.id, line.line_id, line.math)
        for line in invoice.lines
    ]


def lines_envelope(invoice_id: str, lines: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "object": "list",
        "data": lines[:LINES_PAGE_SIZE],
        "has_more": len(lines) > LINES_PAGE_SIZE,
        "total_count": len(lines),
        "url": f"/v1/invoices/{invoice_id}/lines",
    }


def render_invoice(items: Mapping[str, InvoiceItem], invoice: Invoice) -> dict[str, Any]:
    """The invoice as Stripe answers it; `items` are the invoice items its lines show."""
    rendered = render_invoice_fields(invoice)
    rendered["lines"] = lines_envelope(invoice.id, render_lines(items, invoice))
    return rendered


__all__ = [
    "FINALIZE_AFTER",
    "LINES_PAGE_SIZE",
    "CustomerDetails",
    "DiscountAmount",
    "Invoice",
    "InvoiceLine",
    "LineMath",
    "SentInvoice",
    "Tax",
    "Totals",
    "lines_envelope",
    "payment_method_types_sent",
    "render_invoice",
    "render_invoice_fields",
    "render_line",
    "render_lines",
    "render_tax",
]
