"""The customer aggregate as the fake keeps it, and the one function that renders it as the
JSON Stripe answers."""

from __future__ import annotations

from typing import Any

from attrs import define, field


@define
class InvoiceSettings:
    custom_fields: list[dict[str, Any]] | None = None
    default_payment_method: str | None = None
    footer: str | None = None


@define
class Customer:
    id: str
    created: int
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
    metadata: dict[str, str] = field(factory=dict)
    invoice_settings: InvoiceSettings = field(factory=InvoiceSettings)
    # The test clock its time (and its subscriptions') follows.
    test_clock: str | None = None


def render_customer(customer: Customer) -> dict[str, Any]:
    settings = customer.invoice_settings
    return {
        "id": customer.id,
        "object": "customer",
        "address": None if customer.address is None else dict(customer.address),
        "balance": customer.balance,
        "business_name": customer.business_name,
        "created": customer.created,
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
        "livemode": False,
        "metadata": dict(customer.metadata),
        "name": customer.name,
        "next_invoice_sequence": customer.next_invoice_sequence,
        "phone": customer.phone,
        "preferred_locales": None
        if customer.preferred_locales is None
        else list(customer.preferred_locales),
        "shipping": _shipping(customer.shipping),
        "tax_exempt": customer.tax_exempt,
        "test_clock": customer.test_clock,
    }


def _shipping(shipping: dict[str, Any] | None) -> dict[str, Any] | None:
    if shipping is None:
        return None
    address = shipping["address"]
    return {**shipping, "address": None if address is None else dict(address)}


__all__ = ["Customer", "InvoiceSettings", "render_customer"]
