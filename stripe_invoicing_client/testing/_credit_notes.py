"""Credit notes: the one way to lower, refund or correct a finalized invoice.

A credit note's total is split in two. The part up to what the invoice still asks for
(`amount_remaining`, open or uncollectible invoices only) lowers it: `pre_payment_amount`,
added to the invoice's `pre_payment_credit_notes_amount`; an invoice left owing nothing is
paid. The rest was already paid, so it must go somewhere: a refund (`refund_amount`), the
customer's credit balance (`credit_amount`) or outside Stripe (`out_of_band_amount`), which
together must make up `post_payment_amount`. No credit note may take an invoice below zero:
the total is at most what is left to credit (`total` minus the credit notes issued).

Voiding gives back what the note took: the invoice asks for its pre-payment part again and the
balance credit is taken back. A refund can't be taken back, and a note that lowered an invoice
since paid can't be voided; `_lifecycle.LIFECYCLE` says which invoice statuses allow what, and
`CREDIT_NOTE_LIFECYCLE` below what each credit note status allows.
"""

from __future__ import annotations

import copy
from collections.abc import Set as AbstractSet
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from attrs import frozen

from . import _balance
from ._clock_time import at_time_of
from ._credit_note_store import (
    CreditNote,
    CreditNoteLine,
    Refund,
    Totals,
    render_credit_note,
    render_credit_note_line,
)
from ._customer_store import BalanceTransaction, render_customer
from ._customers import live_customer
from ._errors import ApiError
from ._invoice_math import add_by_rate
from ._invoice_status import settle_by_credit
from ._invoice_store import Invoice
from ._invoices import live_invoice
from ._lifecycle import OPEN, UNCOLLECTIBLE, require
from ._listing import Listing, list_handler, retrieve_handler, update_handler
from ._money import times, unit_amount
from ._objects import expand_paths, invoice_lines, invoice_view, merged_metadata
from ._pagination import list_page
from ._state import Finder, JsonObject, RequestContext, State

ISSUED, VOID = "issued", "void"


@frozen
class _Refused:
    message: str  # formatted with the credit note's `id` and `status`


# (credit note status, action) -> the status afterwards, or the refusal.
CREDIT_NOTE_LIFECYCLE: dict[tuple[str, str], str | _Refused] = {
    (ISSUED, "void"): VOID,
    (ISSUED, "update"): ISSUED,
    (VOID, "void"): _Refused("Credit note {id} is already void."),
    (VOID, "update"): VOID,
}

_POST_PAYMENT = ("refund_amount", "credit_amount", "out_of_band_amount")


def _require(note: CreditNote, action: str) -> str:
    outcome = CREDIT_NOTE_LIFECYCLE[(note.status, action)]
    if isinstance(outcome, _Refused):
        raise ApiError.invalid_request(
            outcome.message.format(id=note.id, status=note.status),
            code="credit_note_already_voided" if note.status == VOID else None,
        )
    return outcome


def _line(call: RequestContext, invoice: Invoice, given: JsonObject, index: int) -> CreditNoteLine:
    where = f"lines[{index}]"
    quantity = given.get("quantity")
    if given["type"] == "invoice_line_item":
        line_id = given.get("invoice_line_item")
        lines = {line["id"]: line for line in invoice_lines(call.state, invoice.id)}
        if line_id not in lines:
            raise ApiError.missing("invoice line item", str(line_id), f"{where}[invoice_line_item]")
        line = lines[line_id]
        if "amount" in given:
            amount = given["amount"]
        elif quantity is not None:
            unit = Decimal(line["amount"]) / Decimal(line["quantity"] or 1)
            amount = times(Decimal(quantity), unit, f"{where}[quantity]")
        else:  # the whole line, as its discounts left it
            amount = line["amount"] - sum(d["amount"] for d in line["discount_amounts"])
        description = line["description"]
        taxes = _line_taxes(call, line, amount)
        quantity = quantity if quantity is not None else line["quantity"]
        # The unit price, to the 12 decimal places a `*_decimal` carries.
        unit = (Decimal(amount) / Decimal(quantity or 1)).quantize(Decimal("1e-12"))
    else:
        if "description" not in given:
            raise ApiError.invalid_request(
                "A custom credit note line needs a description.",
                param=f"{where}[description]",
                code="parameter_missing",
            )
        custom_unit = unit_amount(given)
        if custom_unit is None:
            raise ApiError.invalid_request(
                "A custom credit note line needs a unit_amount.",
                param=f"{where}[unit_amount]",
                code="parameter_missing",
            )
        unit = custom_unit
        quantity = quantity if quantity is not None else 1
        amount = times(Decimal(quantity), unit, f"{where}[unit_amount]")
        description = given["description"]
        taxes = []
    return CreditNoteLine(
        id=call.new_id("cnli"),
        type=given["type"],
        amount=amount,
        unit=unit,
        quantity=quantity,
        description=description,
        invoice_line_item=given.get("invoice_line_item"),
        metadata=merged_metadata({}, given.get("metadata", {})),
        taxes=taxes,
    )


def _line_taxes(call: RequestContext, line: JsonObject, amount: int) -> list[JsonObject]:
    """The invoice line's taxes, at their rates, on the `amount` credited of it."""
    taxes: list[JsonObject] = []
    for tax in line["taxes"]:
        rate = call.state.tax_rates.get(tax["tax_rate_details"]["tax_rate"])
        if rate is None:
            continue
        percentage = Decimal(str(rate.percentage))
        if rate.inclusive:
            net = int((Decimal(amount) * 100 / (100 + percentage)).to_integral_value(ROUND_HALF_UP))
            taxes.append({**tax, "amount": amount - net, "taxable_amount": net})
        else:
            owed = (Decimal(amount) * percentage / 100).to_integral_value(ROUND_HALF_UP)
            taxes.append({**tax, "amount": int(owed), "taxable_amount": amount})
    return taxes


def _totals(lines: list[CreditNoteLine]) -> Totals:
    """A credit note's amounts from its lines: exclusive taxes are added to the lines'."""
    subtotal = sum(line.amount for line in lines)
    taxes = [tax for line in lines for tax in line.taxes]
    inclusive = sum(t["amount"] for t in taxes if t["tax_behavior"] == "inclusive")
    exclusive = sum(t["amount"] for t in taxes if t["tax_behavior"] == "exclusive")
    by_rate: dict[str, JsonObject] = {}
    for tax in taxes:
        add_by_rate(by_rate, tax)
    return Totals(
        subtotal=subtotal,
        subtotal_excluding_tax=subtotal - inclusive,
        total=subtotal + exclusive,
        total_excluding_tax=subtotal - inclusive,
        total_taxes=list(by_rate.values()),
    )


def _total(
    call: RequestContext, invoice: Invoice, params: dict[str, Any]
) -> tuple[list[CreditNoteLine], Totals]:
    """The credit note's lines, and its amounts (`total` taxes included)."""
    lines = [_line(call, invoice, given, i) for i, given in enumerate(params.get("lines", []))]
    if lines:
        totals = _totals(lines)
        total = totals.total
        if "amount" in params and params["amount"] != total:
            raise ApiError.invalid_request(
                f"amount ({params['amount']}) must equal the lines' total, tax included ({total}).",
                param="amount",
            )
        return lines, totals
    if "amount" in params:
        amount = params["amount"]
        return [], Totals(amount, amount, amount, amount)
    raise ApiError.invalid_request(
        "One of amount, lines or shipping_cost is required.",
        param="amount",
        code="parameter_missing",
    )


def _build(call: RequestContext, params: dict[str, Any]) -> tuple[CreditNote, Invoice]:
    """The credit note `params` describe (with its lines), and its invoice; nothing is changed."""
    state = call.state
    invoice = live_invoice(state, params["invoice"])
    require(invoice, "credit", param="invoice")
    lines, totals = _total(call, invoice, params)
    total = totals.total
    if total <= 0:
        raise ApiError.invalid_request(
            "A credit note must credit a positive amount.", param="amount"
        )
    left = (
        invoice.totals.total
        - invoice.pre_payment_credit_notes_amount
        - invoice.post_payment_credit_notes_amount
    )
    if total > left:
        raise ApiError.invalid_request(
            f"The credit note's total ({total}) is more than is left to credit on invoice "
            f"{invoice.id} ({left}).",
            param="amount",
        )
    owed = invoice.amount_remaining if invoice.status in (OPEN, UNCOLLECTIBLE) else 0
    pre = min(total, owed)
    post = total - pre
    given = sum(params.get(name, 0) for name in _POST_PAYMENT)
    if given != post:
        raise ApiError.invalid_request(
            f"refund_amount, credit_amount and out_of_band_amount must add up to {post}, the "
            f"part of the credit note the invoice no longer asks for; they add up to {given}.",
            param="credit_amount"
            if given < post
            else next(n for n in _POST_PAYMENT if n in params),
        )
    now = call.now()
    note_id = call.new_id("cn")
    number = f"{invoice.number}-CN-{_count(call, invoice.id) + 1:02d}"
    note = CreditNote(
        id=note_id,
        created=now,
        number=number,
        currency=invoice.currency,
        customer=invoice.customer,
        invoice=invoice.id,
        effective_at=params.get("effective_at", now),
        totals=totals,
        pre_payment_amount=pre,
        post_payment_amount=post,
        out_of_band_amount=params.get("out_of_band_amount"),
        lines=lines,
        memo=params.get("memo"),
        reason=params.get("reason"),
        metadata=merged_metadata({}, params.get("metadata", {})),
    )
    return note, invoice


def _count(call: RequestContext, invoice_id: str) -> int:
    return sum(1 for n in call.state.credit_notes.values() if n.invoice == invoice_id)


def _to_balance(
    call: RequestContext, note: CreditNote, invoice: Invoice, amount: int, currency: str
) -> BalanceTransaction:
    """Moves the customer's balance for the note (a credit, or taking one back)."""
    customer = live_customer(call.state, invoice.customer)
    return _balance.record(
        call,
        customer,
        amount,
        currency,
        "credit_note",
        credit_note=note.id,
        invoice=invoice.id,
    )


def _view(state: State, note: CreditNote, expand: AbstractSet[str] = frozenset()) -> JsonObject:
    view = render_credit_note(note)
    if "invoice" in expand and note.invoice in state.invoices:
        view["invoice"] = invoice_view(state, state.invoices[note.invoice])
    if "customer" in expand and note.customer in state.customers:
        view["customer"] = render_customer(state.customers[note.customer])
    return view


def _apply(
    call: RequestContext, note: CreditNote, invoice: Invoice, params: dict[str, Any]
) -> None:
    """Issues the note: the invoice, the customer's balance and the refunds follow it."""
    before = invoice_view(call.state, invoice)
    invoice.pre_payment_credit_notes_amount += note.pre_payment_amount
    invoice.post_payment_credit_notes_amount += note.post_payment_amount
    invoice.amount_due -= note.pre_payment_amount
    invoice.amount_remaining -= note.pre_payment_amount
    if params.get("credit_amount"):
        amount = params["credit_amount"]
        transaction = _to_balance(call, note, invoice, -amount, invoice.currency)
        note.customer_balance_transaction = transaction.id
    if params.get("refund_amount"):
        note.refunds = [Refund(call.new_id("re"), params["refund_amount"])]
    call.emit_update("invoice.updated", before, invoice_view(call.state, invoice))
    if note.pre_payment_amount and invoice.amount_remaining == 0:
        settle_by_credit(call, invoice)


def _at_its_invoice(call: RequestContext, params: dict[str, Any]) -> RequestContext:
    """The call at the time of the invoice a credit note is (to be) for."""
    return at_time_of(call, live_invoice(call.state, params["invoice"]))


def create(call: RequestContext, ids: dict[str, str], params: dict[str, Any]) -> JsonObject:
    call = _at_its_invoice(call, params)
    note, invoice = _build(call, params)
    call.state.credit_notes[note.id] = note
    _apply(call, note, invoice, params)
    call.emit("credit_note.created", _view(call.state, note))
    return _view(call.state, note, expand_paths(params, in_list=False))


def preview(call: RequestContext, ids: dict[str, str], params: dict[str, Any]) -> JsonObject:
    """The credit note `create` would issue; nothing is stored or announced."""
    note, _ = _build(_at_its_invoice(call, params), params)
    return render_credit_note(note)


def preview_lines(call: RequestContext, ids: dict[str, str], params: dict[str, Any]) -> JsonObject:
    note_params = {k: v for k, v in params.items() if k not in _PAGING}
    note, _ = _build(_at_its_invoice(call, note_params), note_params)
    lines = [render_credit_note_line(line) for line in note.lines]
    return list_page(lines, params, "/v1/credit_notes/preview/lines", "line", copy.deepcopy)


_PAGING = ("limit", "starting_after", "ending_before", "expand")


_live = Finder(lambda state: state.credit_notes, "credit_note", "id")


retrieve = retrieve_handler(_live, "id", _view)


def _update(call: RequestContext, note: CreditNote, params: dict[str, Any]) -> None:
    _require(note, "update")
    if "memo" in params:
        note.memo = params["memo"]
    if "metadata" in params:
        note.metadata = merged_metadata(note.metadata, params["metadata"])


update = update_handler(
    _live,
    "id",
    "credit_note.updated",
    _view,
    _update,
    at=lambda call, note: at_time_of(call, call.state.invoices[note.invoice]),
)


def void(call: RequestContext, ids: dict[str, str], params: dict[str, Any]) -> JsonObject:
    state = call.state
    note = _live(call.state, ids["id"])
    call = at_time_of(call, state.invoices[note.invoice])
    status = _require(note, "void")
    if note.refunds:
        raise ApiError.invalid_request(
            f"Credit note {note.id} refunded a payment; a refund can't be taken back, so the "
            "credit note can't be voided."
        )
    invoice = state.invoices[note.invoice]
    if note.pre_payment_amount:
        require(invoice, "restore_credit", param="id")
    before = invoice_view(state, invoice)
    invoice.pre_payment_credit_notes_amount -= note.pre_payment_amount
    invoice.post_payment_credit_notes_amount -= note.post_payment_amount
    invoice.amount_due += note.pre_payment_amount
    invoice.amount_remaining += note.pre_payment_amount
    if note.customer_balance_transaction is not None:
        taken = state.balance_transactions[note.customer_balance_transaction]
        _to_balance(call, note, invoice, -taken.amount, taken.currency)
    note.status = status
    note.voided_at = call.now()
    call.emit_update("invoice.updated", before, invoice_view(state, invoice))
    call.emit("credit_note.voided", _view(call.state, note))
    return _view(call.state, note, expand_paths(params, in_list=False))


list_all = list_handler(
    Listing(
        "/v1/credit_notes",
        "credit_note",
        "credit_notes",
        _view,
        equal=("customer", "invoice"),
    )
)


def list_lines(call: RequestContext, ids: dict[str, str], params: dict[str, Any]) -> JsonObject:
    note = _live(call.state, ids["credit_note"], "credit_note")
    lines = [render_credit_note_line(line) for line in note.lines]
    return list_page(lines, params, f"/v1/credit_notes/{note.id}/lines", "line", copy.deepcopy)


__all__ = [
    "CREDIT_NOTE_LIFECYCLE",
    "ISSUED",
    "VOID",
    "create",
    "list_all",
    "list_lines",
    "preview",
    "preview_lines",
    "retrieve",
    "update",
    "void",
]
