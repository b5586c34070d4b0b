"""The customer aggregate as the fake keeps it, and the one function that renders it as the
JSON Stripe answers."""

from __future__ import annotations

import copy
from collections.abc import Iterable
from typing import Any

from attrs import define, field

from ._catalog_store import Discount, render_discount
from ._stored import INTERNAL, Stored, StoredWithMetadata, render_stored


@define
class InvoiceSettings:
    custom_fields: list[dict[str, Any]] | None = None
    default_payment_method: str | None = None
    footer: str | None = None


@define
class Customer(StoredWithMetadata):
    invoice_prefix: str
    # What the customer owes (positive) or has in credit (negative), in `currency`.
    balance: int = 0
    currency: str | None = None
    next_invoice_sequence: int = 1
    address: dict[str, Any] | None = None
    business_name: str | None = None
    description: str | None = None
    email: str | None = None
    individual_name: str | None = None
    name: str | None = None
    phone: str | None = None
    preferred_locales: list[str] | None = field(factory=list)
    shipping: dict[str, Any] | None = None
    tax_exempt: str = "none"
    invoice_settings: InvoiceSettings = field(factory=InvoiceSettings)
    # A legacy source (card, bank account) charged when no payment method is the default;
    # kept as given (the fake has no sources to check it against).
    default_source: str | None = None
    # The test clock its time (and its subscriptions') follows.
    test_clock: str | None = None
    # Its discount (`_customer_discounts`), the same object as in `state.discounts`; None: none.
    discount: Discount | None = field(default=None, metadata=INTERNAL)

    def discount_end(self) -> int | None:
        """When its discount comes off: a `repeating` coupon's `end` (due work, `_recurring`)."""
        return None if self.discount is None else self.discount.end

    def balance_applies_to(self, currency: str) -> bool:
        """An invoice in `currency` takes this customer's balance: the balance is in that
        currency, or the customer has none yet (the invoice's becomes theirs)."""
        return self.currency in (None, currency)


def render_customer(customer: Customer) -> dict[str, Any]:
    settings = customer.invoice_settings
    return render_stored(
        customer,
        "customer",
        customer_account=None,
        delinquent=False,
        discount=None if customer.discount is None else render_discount(customer.discount),
        invoice_settings={
            "custom_fields": copy.deepcopy(settings.custom_fields),
            "default_payment_method": settings.default_payment_method,
            "footer": settings.footer,
            "rendering_options": None,
        },
    )


def customer_discounts_for_invoice(customer: Customer, start: int) -> list[str]:
    """The customer's discount, for an invoice of theirs starting at `start` that has no
    discounts of its own (nor its subscription): none from its `end` on (it came off the
    customer then, `_customer_discounts.end_discount`). A `once` coupon's is used up by the
    invoice it discounts, and comes off the customer."""
    discount = customer.discount
    if discount is None:
        return []
    if discount.ended_by(start):
        customer.discount = None
        return []
    if discount.coupon.duration == "once":
        customer.discount = None
    return [discount.id]


@define
class TaxId(Stored):
    """A customer's tax ID (a VAT number and the like); never changed once made."""

    customer: str
    type: str
    value: str
    country: str | None
    verification_status: str = field(metadata=INTERNAL)  # `pending` (EU VAT) or `unavailable`


def invoice_tax_ids(tax_ids: Iterable[TaxId], customer_id: str) -> list[dict[str, Any]]:
    """The customer's tax IDs as an invoice keeps them (`customer_tax_ids`)."""
    return [{"type": t.type, "value": t.value} for t in tax_ids if t.customer == customer_id]


def render_tax_id(tax_id: TaxId) -> dict[str, Any]:
    return render_stored(
        tax_id,
        "tax_id",
        owner={
            "account": None,
            "application": None,
            "customer": tax_id.customer,
            "customer_account": None,
            "type": "customer",
        },
        verification={
            "status": tax_id.verification_status,
            "verified_address": None,
            "verified_name": None,
        },
    )


@define
class BalanceTransaction(StoredWithMetadata):
    """One change of a customer's credit balance."""

    customer: str
    amount: int
    currency: str
    ending_balance: int
    type: str  # `adjustment`, `applied_to_invoice`, `credit_note`
    credit_note: str | None = None
    invoice: str | None = None
    description: str | None = None


def render_balance_transaction(transaction: BalanceTransaction) -> dict[str, Any]:
    return render_stored(transaction, "customer_balance_transaction")


__all__ = [
    "BalanceTransaction",
    "Customer",
    "InvoiceSettings",
    "TaxId",
    "customer_discounts_for_invoice",
    "invoice_tax_ids",
    "render_balance_transaction",
    "render_customer",
    "render_tax_id",
]
