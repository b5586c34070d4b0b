"""How a customer's tax ID is made, in one place for `customers.create_tax_id` and
`customers.create`'s `tax_id_data`: the value checked, at most 25 per customer, EU VAT numbers
`pending` (checked with the tax authority on Stripe), anything else `unavailable`."""

from __future__ import annotations

import re

from ._customer_store import TaxId, render_tax_id
from ._errors import ApiError
from ._state import RequestContext, State

MAX_PER_CUSTOMER = 25
# Types whose country is the value's first two letters; other types name their country first.
_EU_VAT = re.compile(r"[A-Z]{2}[0-9A-Z+*.]{2,13}")


def _country(kind: str, value: str) -> str | None:
    if kind == "eu_vat":
        return "GR" if value[:2] == "EL" else value[:2]
    if kind in ("eu_oss_vat", "unknown"):
        return None
    return kind.split("_", 1)[0].upper()


def of_customer(state: State, customer_id: str) -> list[TaxId]:
    return [t for t in state.tax_ids.values() if t.customer == customer_id]


def check_tax_ids(
    state: State, customer_id: str | None, given: list[tuple[str, str]], prefix: str
) -> None:
    """Refuses, before anything is made, `given` (type, value) pairs the customer can't take;
    `prefix` is where they were sent (`tax_id_data[{}]`, or "" for one tax ID)."""
    held = len(of_customer(state, customer_id)) if customer_id else 0
    for index, (kind, value) in enumerate(given):
        at = f"{prefix.format(index)}[value]" if prefix else "value"
        if kind == "eu_vat" and not _EU_VAT.fullmatch(value.strip().replace(" ", "")):
            raise ApiError.invalid_request(
                f"Invalid value for eu_vat: {value.strip()!r} (a country code, then the number).",
                param=at,
                code="tax_id_invalid",
            )
        if held + index >= MAX_PER_CUSTOMER:
            raise ApiError.invalid_request(
                f"A customer can have at most {MAX_PER_CUSTOMER} tax IDs.", param=at
            )


def add_tax_id(call: RequestContext, customer_id: str, kind: str, value: str) -> TaxId:
    """A checked tax ID (`check_tax_ids`) made for the customer, `customer.tax_id.created` sent."""
    value = value.strip()
    tax_id = call.new(
        TaxId,
        "txi",
        customer=customer_id,
        type=kind,
        value=value,
        country=_country(kind, value),
        verification_status="pending" if kind == "eu_vat" else "unavailable",
    )
    call.state.tax_ids[tax_id.id] = tax_id
    call.emit("customer.tax_id.created", render_tax_id(tax_id))
    return tax_id


__all__ = ["MAX_PER_CUSTOMER", "add_tax_id", "check_tax_ids", "of_customer"]
