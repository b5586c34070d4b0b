"""The customer's credit balance: every change is a balance transaction.

`customer.balance` is what the customer owes (positive) or has in credit (negative), in the
customer's currency. Credit notes credit it, the API adjusts it, and finalizing an invoice
applies it (`starting_balance`, `ending_balance`); each change is recorded here.
"""

from __future__ import annotations

import copy
from typing import Any

from ._errors import ApiError
from ._state import Call, JsonObject


def record(
    call: Call,
    customer: JsonObject,
    amount: int,
    currency: str,
    kind: str,
    *,
    credit_note: str | None = None,
    invoice: str | None = None,
    description: str | None = None,
    metadata: dict[str, Any] | None = None,
) -> JsonObject:
    """Moves `customer.balance` by `amount` and returns the transaction recording it."""
    if customer["currency"] is None:
        customer["currency"] = currency
    elif customer["currency"] != currency:
        raise ApiError.invalid_request(
            f"The customer's balance is in {customer['currency']}, not {currency}.",
            param="currency",
        )
    before = copy.deepcopy(customer)
    customer["balance"] += amount
    transaction: JsonObject = {
        "id": call.new_id("cbtxn"),
        "object": "customer_balance_transaction",
        "amount": amount,
        "checkout_session": None,
        "created": call.now(),
        "credit_note": credit_note,
        "currency": currency,
        "customer": customer["id"],
        "customer_account": None,
        "description": description,
        "ending_balance": customer["balance"],
        "invoice": invoice,
        "livemode": False,
        "metadata": dict(metadata or {}),
        "type": kind,
    }
    call.state.balance_transactions[transaction["id"]] = transaction
    call.emit_update("customer.updated", before, copy.deepcopy(customer))
    return transaction


__all__ = ["record"]
