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

# (status, action) -> what happens. Actions: the five transitions, `delete`, `change_lines`
# (lines, and invoice items on the invoice) and the three kinds of update.
LIFECYCLE: dict[tuple[str, str], Allowed | Refused] = {
    (DRAFT, "finalize"): Allowed(OPEN),
    (DRAFT, "send"): Allowed(OPEN),
    (DRAFT, "pay"): Allowed(PAID),
    (DRAFT, "void"): _NOT_VOIDABLE,
    (DRAFT, "mark_uncollectible"): _ONLY_OPEN,
    (DRAFT, "delete"): Allowed(None),
    (DRAFT, "change_lines"): Allowed(DRAFT),
    (DRAFT, "update_amounts"): Allowed(DRAFT),
    (DRAFT, "update_payment"): Allowed(DRAFT),
    (DRAFT, "update_due_date"): Allowed(DRAFT),
    (DRAFT, "update_description"): Allowed(DRAFT),
    (OPEN, "finalize"): _FINALIZED,
    (OPEN, "send"): Allowed(OPEN),
    (OPEN, "pay"): Allowed(PAID),
    (OPEN, "void"): Allowed(VOID),
    (OPEN, "mark_uncollectible"): Allowed(UNCOLLECTIBLE),
    (OPEN, "delete"): _NOT_DELETABLE,
    (OPEN, "change_lines"): _LOCKED,
    (OPEN, "update_amounts"): _LOCKED,
    (OPEN, "update_payment"): Allowed(OPEN),
    (OPEN, "update_due_date"): _DUE_FIXED,
    (OPEN, "update_description"): Allowed(OPEN),
    (UNCOLLECTIBLE, "finalize"): _FINALIZED,
    (UNCOLLECTIBLE, "send"): Allowed(UNCOLLECTIBLE),
    (UNCOLLECTIBLE, "pay"): Allowed(PAID),
    (UNCOLLECTIBLE, "void"): Allowed(VOID),
    (UNCOLLECTIBLE, "mark_uncollectible"): _ONLY_OPEN,
    (UNCOLLECTIBLE, "delete"): _NOT_DELETABLE,
    (UNCOLLECTIBLE, "change_lines"): _LOCKED,
    (UNCOLLECTIBLE, "update_amounts"): _LOCKED,
    (UNCOLLECTIBLE, "update_payment"): Allowed(UNCOLLECTIBLE),
    (UNCOLLECTIBLE, "update_due_date"): _DUE_FIXED,
    (UNCOLLECTIBLE, "update_description"): Allowed(UNCOLLECTIBLE),
    (PAID, "finalize"): _FINALIZED,
    # A paid invoice can still be emailed (as a receipt: the email leaves payment out).
    (PAID, "send"): Allowed(PAID),
    (PAID, "pay"): _NOT_PAYABLE,
    (PAID, "void"): _NOT_VOIDABLE,
    (PAID, "mark_uncollectible"): _ONLY_OPEN,
    (PAID, "delete"): _NOT_DELETABLE,
    (PAID, "change_lines"): _LOCKED,
    (PAID, "update_amounts"): _LOCKED,
    (PAID, "update_payment"): _CLOSED,
    (PAID, "update_due_date"): _DUE_FIXED,
    (PAID, "update_description"): Allowed(PAID),
    (VOID, "finalize"): _FINALIZED,
    (VOID, "send"): _NOT_SENDABLE,
    (VOID, "pay"): _NOT_PAYABLE,
    (VOID, "void"): _NOT_VOIDABLE,
    (VOID, "mark_uncollectible"): _ONLY_OPEN,
    (VOID, "delete"): _NOT_DELETABLE,
    (VOID, "change_lines"): _LOCKED,
    (VOID, "update_amounts"): _LOCKED,
    (VOID, "update_payment"): _CLOSED,
    (VOID, "update_due_date"): _DUE_FIXED,
    (VOID, "update_description"): Allowed(VOID),
    # Credit notes (`_credit_notes.py`): issuing one on a finalized invoice, and voiding one
    # that lowered what the invoice asked for (which gives that amount back to collect).
    (DRAFT, "credit"): _NOT_CREDITABLE_DRAFT,
    (OPEN, "credit"): Allowed(OPEN),
    (UNCOLLECTIBLE, "credit"): Allowed(UNCOLLECTIBLE),
    (PAID, "credit"): Allowed(PAID),
    (VOID, "credit"): _NOT_CREDITABLE_VOID,
    (DRAFT, "restore_credit"): _NOT_CREDITABLE_DRAFT,
    (OPEN, "restore_credit"): Allowed(OPEN),
    (UNCOLLECTIBLE, "restore_credit"): Allowed(UNCOLLECTIBLE),
    (PAID, "restore_credit"): _NOT_RESTORABLE,
    (VOID, "restore_credit"): _NOT_RESTORABLE,
    # A payment made elsewhere, linked with `attach_payment` (`_invoice_payments.py`).
    (DRAFT, "attach_payment"): _NOT_ATTACHABLE,
    (OPEN, "attach_payment"): Allowed(PAID),
    (UNCOLLECTIBLE, "attach_payment"): Allowed(PAID),
    (PAID, "attach_payment"): _NOT_PAYABLE,
    (VOID, "attach_payment"): _NOT_PAYABLE,
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
    invoice.status = then


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
    "require",
    "require_update",
    "transition",
]
