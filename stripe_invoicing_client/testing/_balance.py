"""The customer's credit balance: every change is a balance transaction.

`customer.balance` is what the customer owes (positive) or has in credit (negative), in the
customer's currency. Credit notes credit it, the API adjusts it, finalizing an invoice
applies it (`starting_balance`, `ending_balance`) and voiding that invoice gives it back; each
change is recorded here.
"""

from __future__ import annotations

import copy
from typing import Any

from attrs import evolve

from ._clock_time import at_time_of
from ._customer_store import (
    BalanceTransaction,
    Customer,
    render_balance_transaction,
    render_customer,
)
from ._customers import live_customer
from ._errors import ApiError
from ._invoice_store import Invoice
from ._objects import merged_metadata, show_current_balance
from ._pagination import in_range, list_page
from ._state import JsonObject, RequestContext


def record(
    call: RequestContext,
    customer: Customer,
    amount: int,
    currency: str,
    kind: str,
    *,
    credit_note: str | None = None,
    invoice: str | None = None,
    description: str | None = None,
    metadata: dict[str, Any] | None = None,
) -> BalanceTransaction:
    """Moves `customer.balance` by `amount` and returns the transaction recording it."""
    if customer.currency is None:
        customer.currency = currency
    elif customer.currency != currency:
        raise ApiError.invalid_request(
            f"The customer's balance is in {customer.currency}, not {currency}.",
            param="currency",
        )
    before = render_customer(customer)
    customer.balance += amount
    transaction = call.new(
        BalanceTransaction,
        "cbtxn",
        customer=customer.id,
        amount=amount,
        currency=currency,
        ending_balance=customer.balance,
        type=kind,
        credit_note=credit_note,
        invoice=invoice,
        description=description,
        metadata=dict(metadata or {}),
    )
    call.state.balance_transactions[transaction.id] = transaction
    call.emit_update("customer.updated", before, render_customer(customer))
    return transaction


# -- the API: /v1/customers/{customer}/balance_transactions -------------------------------


def _transaction_of(
    call: RequestContext, customer_id: str, transaction_id: str
) -> BalanceTransaction:
    found = call.state.balance_transactions.get(transaction_id)
    if found is None or found.customer != customer_id:
        raise ApiError.missing("customer_balance_transaction", transaction_id, "transaction")
    return found


def create(call: RequestContext, ids: dict[str, str], params: dict[str, Any]) -> JsonObject:
    customer = live_customer(call.state, ids["customer"])
    call = at_time_of(call, customer.id)
    if params["amount"] == 0:
        raise ApiError.invalid_request("amount must not be zero.", param="amount")
    transaction = record(
        call,
        customer,
        params["amount"],
        str(params["currency"]).lower(),
        "adjustment",
        description=params.get("description"),
        metadata=merged_metadata({}, params.get("metadata", {})),
    )
    return render_balance_transaction(transaction)


def retrieve(call: RequestContext, ids: dict[str, str], params: dict[str, Any]) -> JsonObject:
    return render_balance_transaction(_transaction_of(call, ids["customer"], ids["transaction"]))


def update(call: RequestContext, ids: dict[str, str], params: dict[str, Any]) -> JsonObject:
    transaction = _transaction_of(call, ids["customer"], ids["transaction"])
    if "description" in params:
        transaction.description = params["description"]
    if "metadata" in params:
        transaction.metadata = merged_metadata(transaction.metadata, params["metadata"])
    return render_balance_transaction(transaction)


def list_all(call: RequestContext, ids: dict[str, str], params: dict[str, Any]) -> JsonObject:
    customer = live_customer(call.state, ids["customer"])
    found = [
        render_balance_transaction(t)
        for t in reversed(call.state.balance_transactions.values())
        if t.customer == customer.id
        and ("invoice" not in params or t.invoice == params["invoice"])
        and ("created" not in params or in_range(t.created, params["created"]))
    ]
    return list_page(
        found,
        params,
        f"/v1/customers/{customer.id}/balance_transactions",
        "customer_balance_transaction",
        copy.deepcopy,
    )


def apply_to_invoice(call: RequestContext, invoice: Invoice, customer: Customer) -> None:
    """At finalization: the customer's balance, if in the invoice's currency (or the customer
    has none yet, so the invoice's becomes theirs), is taken into it. What the total and the
    balance come to is due when positive; when negative (a credit larger than the charges, or
    an invoice whose total is below zero) it is the customer's credit for the next invoice."""
    balance = customer.balance
    if not customer.balance_applies_to(invoice.currency):
        invoice.starting_balance = balance
        invoice.ending_balance = 0
        return
    show_current_balance(invoice, customer)  # what is due, as the draft showed it
    ending = min(invoice.totals.total + balance, 0)
    if ending != balance:
        # The balance moves by what the invoice took (a credit used up, a debit now invoiced)
        # or gave (the part of a negative total that nothing was owed against).
        record(
            call,
            customer,
            ending - balance,
            invoice.currency,
            "applied_to_invoice",
            invoice=invoice.id,
        )
    invoice.ending_balance = customer.balance


def due_once_finalized(invoice: Invoice, customer: Customer | None) -> int:
    """What a draft will leave to pay once finalized, its customer's balance taken in as
    `apply_to_invoice` takes it (and as the draft shows it); nothing is changed."""
    if customer is None:
        return invoice.amount_remaining
    shown = evolve(invoice)
    show_current_balance(shown, customer)
    return shown.amount_remaining


def return_to_customer(call: RequestContext, invoice: Invoice) -> None:
    """Voiding gives back what finalizing took from (or gave to) the customer's balance: one
    `unapplied_from_invoice` transaction reversing the invoice's `applied_to_invoice` ones."""
    state = call.state
    applied = sum(
        t.amount
        for t in state.balance_transactions.values()
        if t.invoice == invoice.id and t.type == "applied_to_invoice"
    )
    customer = state.customers.get(invoice.customer)
    if applied == 0 or customer is None:
        return
    record(call, customer, -applied, invoice.currency, "unapplied_from_invoice", invoice=invoice.id)


__all__ = [
    "apply_to_invoice",
    "create",
    "due_once_finalized",
    "list_all",
    "record",
    "retrieve",
    "return_to_customer",
    "update",
]
