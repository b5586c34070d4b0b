"""The credit note aggregate (a credit note with its lines) as the fake keeps it, and the
functions that render it as the JSON Stripe answers."""

from __future__ import annotations

import copy
from decimal import Decimal
from typing import Any

from attrs import define, field, frozen

from ._money import plain
from ._stored import StoredWithMetadata

LINES_PAGE_SIZE = 10


@define
class CreditNoteLine:
    id: str
    type: str  # `invoice_line_item` or `custom_line_item`
    amount: int
    unit: Decimal  # to the 12 decimal places a `*_decimal` carries
    quantity: int | None
    description: str | None
    invoice_line_item: str | None = None
    metadata: dict[str, str] = field(factory=dict)
    # The invoice line's taxes on what is credited of it, as an invoice line spells them.
    taxes: list[dict[str, Any]] = field(factory=list)


def render_credit_note_line(line: CreditNoteLine) -> dict[str, Any]:
    unit = line.unit
    return {
        "id": line.id,
        "object": "credit_note_line_item",
        "amount": line.amount,
        "description": line.description,
        "discount_amount": 0,
        "discount_amounts": [],
        "invoice_line_item": line.invoice_line_item,
        "livemode": False,
        "metadata": dict(line.metadata),
        "pretax_credit_amounts": [],
        "quantity": line.quantity,
        "tax_rates": [],
        "taxes": copy.deepcopy(line.taxes),
        "type": line.type,
        "unit_amount": int(unit) if unit == unit.to_integral_value() else None,
        "unit_amount_decimal": plain(unit),
    }


@frozen
class Totals:
    """A credit note's amounts, from its lines (exclusive taxes added to the lines')."""

    subtotal: int
    subtotal_excluding_tax: int
    total: int
    total_excluding_tax: int
    # One entry per tax rate, as an invoice's `total_taxes`.
    total_taxes: list[dict[str, Any]] = field(factory=list)


@frozen
class Refund:
    id: str
    amount: int


@define
class CreditNote(StoredWithMetadata):
    number: str
    currency: str
    customer: str
    invoice: str
    effective_at: int
    totals: Totals
    # What lowers the invoice, and what was already paid (refunded, credited or out of band).
    pre_payment_amount: int
    post_payment_amount: int
    out_of_band_amount: int | None = None
    lines: list[CreditNoteLine] = field(factory=list)
    memo: str | None = None
    reason: str | None = None
    customer_balance_transaction: str | None = None
    refunds: list[Refund] = field(factory=list)
    status: str = "issued"
    voided_at: int | None = None


def render_credit_note(note: CreditNote) -> dict[str, Any]:
    totals = note.totals
    pre, post = note.pre_payment_amount, note.post_payment_amount
    return {
        "id": note.id,
        "object": "credit_note",
        "amount": totals.total,
        "amount_shipping": 0,
        "created": note.created,
        "currency": note.currency,
        "customer": note.customer,
        "customer_account": None,
        "customer_balance_transaction": note.customer_balance_transaction,
        "discount_amount": 0,
        "discount_amounts": [],
        "effective_at": note.effective_at,
        "invoice": note.invoice,
        "livemode": False,
        "memo": note.memo,
        "metadata": dict(note.metadata),
        "number": note.number,
        "out_of_band_amount": note.out_of_band_amount,
        "pdf": f"https://pay.stripe.com/credit_notes/fake/{note.id}/pdf",
        "post_payment_amount": post,
        "pre_payment_amount": pre,
        "pretax_credit_amounts": [],
        "reason": note.reason,
        "refunds": [
            {
                "amount_refunded": refund.amount,
                "payment_record_refund": None,
                "refund": refund.id,
                "type": "refund",
            }
            for refund in note.refunds
        ],
        "shipping_cost": None,
        "status": note.status,
        "subtotal": totals.subtotal,
        "subtotal_excluding_tax": totals.subtotal_excluding_tax,
        "total": totals.total,
        "total_excluding_tax": totals.total_excluding_tax,
        "total_taxes": copy.deepcopy(totals.total_taxes),
        "type": "post_payment" if pre == 0 else "pre_payment" if post == 0 else "mixed",
        "voided_at": note.voided_at,
        "lines": {
            "object": "list",
            "data": [render_credit_note_line(line) for line in note.lines[:LINES_PAGE_SIZE]],
            "has_more": len(note.lines) > LINES_PAGE_SIZE,
            "url": f"/v1/credit_notes/{note.id}/lines",
        },
    }


__all__ = [
    "CreditNote",
    "CreditNoteLine",
    "Refund",
    "Totals",
    "render_credit_note",
    "render_credit_note_line",
]
