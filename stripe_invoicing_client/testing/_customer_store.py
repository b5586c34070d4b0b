"""The customer aggregate as the fake keeps it, and the one function that renders it as the
JSON Stripe answers."""

from __future__ import annotations

from typing import Any

from attrs import define, field

from ._stored import Stored, StoredWithMetadata, render_stored


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
    # The test clock its time (and its subscriptions') follows.
    test_clock: str | None = None


def render_customer(customer: Customer) -> dict[str, Any]:
    settings = customer.invoice_settings
    return render_stored(
        customer,
        "customer",
        {
            "address": None if customer.address is None else dict(customer.address),
            "balance": customer.balance,
            "business_name": customer.business_name,
            "currency": customer.currency,
            "customer_account": None,
            "default_source": None,
            "delinquent": False,
            "description": customer.description,
            "discount": None,
            "email": customer.email,
            "individual_name": customer.individual_name,
            "invoice_prefix": customer.invoice_prefix,
            "invoice_settings": {
                "custom_fields": None
                if settings.custom_fields is None
                else [dict(f) for f in settings.custom_fields],
                "default_payment_method": settings.default_payment_method,
                "footer": settings.footer,
                "rendering_options": None,
            },
            "name": customer.name,
            "next_invoice_sequence": customer.next_invoice_sequence,
            "phone": customer.phone,
            "preferred_locales": None
            if customer.preferred_locales is None
            else list(customer.preferred_locales),
            "shipping": _shipping(customer.shipping),
            "tax_exempt": customer.tax_exempt,
            "test_clock": customer.test_clock,
        },
    )


def _shipping(shipping: dict[str, Any] | None) -> dict[str, Any] | None:
    if shipping is None:
        return None
    address = shipping["address"]
    return {**shipping, "address": None if address is None else dict(address)}


@define
class TaxId(Stored):
    """A customer's tax ID (a VAT number and the like); never changed once made."""

    customer: str
    type: str
    value: str
    country: str | None
    verification_status: str  # `pending` (EU VAT) or `unavailable`


def render_tax_id(tax_id: TaxId) -> dict[str, Any]:
    return render_stored(
        tax_id,
        "tax_id",
        {
            "country": tax_id.country,
            "customer": tax_id.customer,
            "customer_account": None,
            "owner": {
                "account": None,
                "application": None,
                "customer": tax_id.customer,
                "customer_account": None,
                "type": "customer",
            },
            "type": tax_id.type,
            "value": tax_id.value,
            "verification": {
                "status": tax_id.verification_status,
                "verified_address": None,
                "verified_name": None,
            },
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
    return render_stored(
        transaction,
        "customer_balance_transaction",
        {
            "amount": transaction.amount,
            "checkout_session": None,
            "credit_note": transaction.credit_note,
            "currency": transaction.currency,
            "customer": transaction.customer,
            "customer_account": None,
            "description": transaction.description,
            "ending_balance": transaction.ending_balance,
            "invoice": transaction.invoice,
            "type": transaction.type,
        },
    )


__all__ = [
    "BalanceTransaction",
    "Customer",
    "InvoiceSettings",
    "TaxId",
    "render_balance_transaction",
    "render_customer",
    "render_tax_id",
]
