"""The invoice lifecycle as one table: what each status allows, and the status it leads to.

    draft --finalize--> open --pay--> paid
    draft --send/pay--> (finalized first, then as from open)
    open --void--> void            open --mark_uncollectible--> uncollectible
    uncollectible --pay--> paid    uncollectible --void--> void
    open/uncollectible --attach_payment--> paid
    open/uncollectible/paid --credit--> (same; open ones are paid once nothing remains)

Every handler that changes an invoice, its lines, or an invoice item on it asks `require`
first; nothing else in the fake decides what a status allows. An update is split by field
(`UPDATE_ACTIONS`): amounts, lines, `collection_method` and the due date lock at
finalization, the other payment settings once the invoice is paid or void, the descriptive
fields never.
"""

from __future__ import annotations

from attrs import frozen

from ._errors import ApiError
from ._invoice_store import Invoice

DRAFT, OPEN, PAID, UNCOLLECTIBLE, VOID = "draft", "open", "paid", "uncollectible", "void"
STATUSES = (DRAFT, OPEN, PAID, UNCOLLECTIBLE, VOID)
NOT_EDITABLE = "invoice_not_editable"


@frozen
class Allowed:
    then: str | None  # the status afterwards; None: the invoice is gone (deleted)


@frozen
class Refused:
    message: str  # formatted with the invoice's `id` and `status`
    code: str | None = NOT_EDITABLE


_FINALIZED = Refused("Invoice {id} is already finalized (status {status}); only drafts can be.")
_LOCKED = Refused("Invoice {id} is {status}: its amounts, lines and collection method are fixed.")
_CLOSED = Refused("Invoice {id} is {status}: its payment settings can no longer change.")
_DUE_FIXED = Refused("Invoice {id} is {status}: its due date was fixed when it was finalized.")
_NOT_PAYABLE = Refused("Invoice {id} is {status}, so it can't be paid.")
_NOT_SENDABLE = Refused("Invoice {id} is {status}, so it can't be sent.")
_ONLY_OPEN = Refused("Invoice {id} is {status}; only open invoices can be marked uncollectible.")
_NOT_DELETABLE = Refused(
    "Only draft invoices can be deleted; invoice {id} is {status}. Void it instead."
)
_NOT_CREDITABLE_DRAFT = Refused(
    "Invoice {id} is a draft: change its lines instead; credit notes are for finalized invoices."
)
_NOT_CREDITABLE_VOID = Refused("Invoice {id} is void: there is nothing left to credit.")
_NOT_RESTORABLE = Refused(
    "Invoice {id} is {status}: a credit note that lowered its amount due can no longer be voided."
)
_NOT_ATTACHABLE = Refused("Invoice {id} is a draft: finalize it before attaching a payment.")
# Stripe answers a void of anything but an open (or uncollectible) invoice without a code.
_NOT_VOIDABLE = Refused("You can only pass in open invoices. This invoice isn't open.", None)

# What each action does from each status, one row per action, the columns in STATUSES
# order: draft, open, paid, uncollectible, void. `_STAYS`: allowed, the status unchanged.
# Actions: the five transitions, `delete`, `change_lines` (lines, and invoice items on the
# invoice), the four kinds of update, and credit notes (`_credit_notes.py`: issuing one, and
# voiding one that lowered what the invoice asked for, which gives that amount back to
# collect) and a payment made elsewhere (`attach_payment`, `_invoice_payments.py`).
_STAYS = Allowed("")
_TO_OPEN, _TO_PAID, _TO_VOID = Allowed(OPEN), Allowed(PAID), Allowed(VOID)
_DELETED = Allowed(None)
_BY_ACTION: dict[str, tuple[Allowed | Refused, ...]] = {
    "finalize": (_TO_OPEN, _FINALIZED, _FINALIZED, _FINALIZED, _FINALIZED),
    # A paid invoice can still be emailed (as a receipt: the email leaves payment out).
    "send": (_TO_OPEN, _STAYS, _STAYS, _STAYS, _NOT_SENDABLE),
    "pay": (_TO_PAID, _TO_PAID, _NOT_PAYABLE, _TO_PAID, _NOT_PAYABLE),
    "void": (_NOT_VOIDABLE, _TO_VOID, _NOT_VOIDABLE, _TO_VOID, _NOT_VOIDABLE),
    "mark_uncollectible": (_ONLY_OPEN, Allowed(UNCOLLECTIBLE), _ONLY_OPEN, _ONLY_OPEN, _ONLY_OPEN),
    "delete": (_DELETED, _NOT_DELETABLE, _NOT_DELETABLE, _NOT_DELETABLE, _NOT_DELETABLE),
    "change_lines": (_STAYS, _LOCKED, _LOCKED, _LOCKED, _LOCKED),
    "update_amounts": (_STAYS, _LOCKED, _LOCKED, _LOCKED, _LOCKED),
    "update_payment": (_STAYS, _STAYS, _CLOSED, _STAYS, _CLOSED),
    "update_due_date": (_STAYS, _DUE_FIXED, _DUE_FIXED, _DUE_FIXED, _DUE_FIXED),
    "update_description": (_STAYS, _STAYS, _STAYS, _STAYS, _STAYS),
    "credit": (_NOT_CREDITABLE_DRAFT, _STAYS, _STAYS, _STAYS, _NOT_CREDITABLE_VOID),
    "restore_credit": (_NOT_CREDITABLE_DRAFT, _STAYS, _NOT_RESTORABLE, _STAYS, _NOT_RESTORABLE),
    "attach_payment": (_NOT_ATTACHABLE, _TO_PAID, _NOT_PAYABLE, _TO_PAID, _NOT_PAYABLE),
}

# (status, action) -> what happens.
LIFECYCLE: dict[tuple[str, str], Allowed | Refused] = {
    (status, action): Allowed(status) if outcome is _STAYS else outcome
    for action, row in _BY_ACTION.items()
    for status, outcome in zip(STATUSES, row, strict=True)
}

# Which kind of update each parameter of `POST /v1/invoices/{invoice}` is.
UPDATE_ACTIONS: dict[str, str] = {
    **dict.fromkeys(
        (
            "account_tax_ids",
            "application_fee_amount",
            "automatic_tax",
            "automatically_finalizes_at",
            "collection_method",
            "default_tax_rates",
            "discounts",
            "effective_at",
            "issuer",
            "number",
            "on_behalf_of",
            "shipping_cost",
            "transfer_data",
        ),
        "update_amounts",
    ),
    **dict.fromkeys(
        (
            "auto_advance",
            "default_payment_method",
            "default_source",
            "payment_settings",
            "statement_descriptor",
        ),
        "update_payment",
    ),
    # Stripe changes these on drafts only.
    **dict.fromkeys(("days_until_due", "due_date"), "update_due_date"),
    **dict.fromkeys(
        (
            "custom_fields",
            "description",
            "expand",
            "footer",
            "metadata",
            "rendering",
            "shipping_details",
        ),
        "update_description",
    ),
}


def _refusal(invoice: Invoice, refused: Refused, param: str | None, more: str) -> ApiError:
    message = refused.message.format(id=invoice.id, status=invoice.status) + more
    return ApiError.invalid_request(message, param=param, code=refused.code)


def require(invoice: Invoice, action: str, param: str | None = None) -> str | None:
    """The status `action` leads to from the invoice's status, or the refusal as `ApiError`."""
    outcome = LIFECYCLE[(invoice.status, action)]
    if isinstance(outcome, Refused):
        raise _refusal(invoice, outcome, param, "")
    return outcome.then


def transition(invoice: Invoice, action: str) -> None:
    """Moves the invoice to the status `action` leads to, or raises its refusal."""
    then = require(invoice, action)
    if then is None:
        raise ValueError(f"{action!r} doesn't leave an invoice to move")
    move_to(invoice, then)


def move_to(invoice: Invoice, status: str) -> None:
    invoice.status = status
    if status not in (DRAFT, OPEN):
        # Stripe: a paid, void or uncollectible invoice never advances (always false), and
        # so is never retried.
        invoice.auto_advance = False
        invoice.next_payment_attempt = None


def require_update(invoice: Invoice, params: dict[str, object]) -> None:
    """Every parameter of an update checked against the table, in name order."""
    for name in sorted(params):
        outcome = LIFECYCLE[(invoice.status, UPDATE_ACTIONS.get(name, "update_amounts"))]
        if isinstance(outcome, Refused):
            raise _refusal(invoice, outcome, name, f" ({name} can't be changed.)")


__all__ = [
    "DRAFT",
    "LIFECYCLE",
    "OPEN",
    "PAID",
    "STATUSES",
    "UNCOLLECTIBLE",
    "UPDATE_ACTIONS",
    "VOID",
    "Allowed",
    "Refused",
    "move_to",
    "require",
    "require_update",
    "transition",
]
