"""Input for mypy, run by tests/codegen/test_field_types.py (never imported or collected).

Required fields are typed as what they hold; fields the spec makes optional keep `| Unset`, so
using one without a check is an error. Each line marked `# E: <code>` must be reported with
that code, and nothing else may be.
"""

from __future__ import annotations

from stripe_invoicing_client import FieldNotAvailableError, StripeError
from stripe_invoicing_client.models import Invoice, Unset


def required_fields_are_plain(invoice: Invoice) -> int:
    return invoice.total + invoice.amount_overpaid - invoice.amount_due


def optional_fields_need_a_check(invoice: Invoice) -> int:
    paid_off = invoice.amount_paid_off_stripe + 1  # E: operator
    finalizes: int = invoice.automatically_finalizes_at  # E: assignment
    checked = invoice.amount_paid_off_stripe
    if isinstance(checked, Unset) or checked is None:
        return paid_off + finalizes
    return checked + 1


def nullable_fields_need_a_check(invoice: Invoice) -> int:
    due: int = invoice.due_date  # E: assignment
    return due if invoice.due_date is None else invoice.due_date


def misspelled_fields_are_errors(invoice: Invoice) -> object:
    return invoice.totl  # E: attr-defined


def the_escape_hatches_type_check(invoice: Invoice) -> int:
    overpaid: int = getattr(invoice, "amount_overpaid", 0)
    raw: object = invoice["total"]
    present: bool = "total" in invoice
    fallback: object = invoice.get("brand_new_field", None)
    try:
        total = invoice.total
    except FieldNotAvailableError as error:
        print(error.model, error.name, error.key, error.expected, error.present, error.value)
        total = 0
    as_attribute_error: AttributeError = FieldNotAvailableError(
        "Invoice", "total", "total", "int", present=False
    )
    not_a_stripe_error: StripeError = as_attribute_error  # E: assignment
    print(raw, present, fallback, not_a_stripe_error)
    return overpaid + total
