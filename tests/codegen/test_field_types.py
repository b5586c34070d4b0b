"""Field types that don't lie: a field reads as a value of its declared type, or raises.

The data stays tolerant and lossless (`from_dict` never raises, `to_dict()` gives it back); what
changed is reading: a field the data lacks, or holds with another type, raises
`FieldNotAvailableError` (an AttributeError) instead of reading as UNSET. Optional fields keep
`| Unset` in their type. Dict-style access (`model[key]`, `in`, `get`) covers modelled and unknown
keys alike.
"""

from __future__ import annotations

import copy
import json
import pickle
import re
from pathlib import Path
from typing import Any

import attrs
import pytest

import stripe_invoicing_client
from stripe_invoicing_client import errors
from stripe_invoicing_client._core.field_table import fields_of
from stripe_invoicing_client._core.types import UNSET, Unset
from stripe_invoicing_client._generated import API_VERSION, models
from stripe_invoicing_client.errors import FieldNotAvailableError, StripeError
from stripe_invoicing_client.models import Customer, Invoice, LineItem
from tests.codegen import _objects as objects
from tests.codegen._objects import roundtrip, unfilled
from tests.processes import python

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
PROGRAM = HERE / "program_field_types.py"


# --- the error -----------------------------------------------------------------------------


def test_the_error_is_an_attribute_error_exported_by_the_package() -> None:
    assert stripe_invoicing_client.FieldNotAvailableError is FieldNotAvailableError
    assert errors.FieldNotAvailableError is FieldNotAvailableError
    assert "FieldNotAvailableError" in stripe_invoicing_client.__all__
    assert issubclass(FieldNotAvailableError, AttributeError)
    # Not an API failure: `except StripeError` around a call must not swallow a program bug.
    assert not issubclass(FieldNotAvailableError, StripeError)


def test_the_issue_example_wrong_typed_total_raises_instead_of_reading_zero() -> None:
    invoice = Invoice.from_dict({"id": "in_1", "total": "1000"})
    with pytest.raises(FieldNotAvailableError) as caught:
        _ = invoice.total or 0
    error = caught.value
    assert str(error).startswith("Invoice.total: expected int, got str '1000'")
    assert "additional_properties['total']" in str(error)
    assert (error.model, error.name, error.key, error.expected) == (
        "Invoice",
        "total",
        "total",
        "int",
    )
    assert error.present is True and error.value == "1000"
    assert invoice.id == "in_1"
    assert invoice.additional_properties == {"total": "1000"}
    assert invoice.to_dict() == {"id": "in_1", "total": "1000"}


def test_absent_field_says_another_api_version_may_be_the_cause() -> None:
    data = objects.current_invoice()
    del data["amount_overpaid"]
    invoice = roundtrip(Invoice, data)
    error = unfilled(invoice, "amount_overpaid")
    message = str(error)
    assert message.startswith("Invoice.amount_overpaid: expected int, but the object has no ")
    assert "another API version" in message and API_VERSION in message
    assert "getattr(obj, 'amount_overpaid', default)" in message
    assert error.present is False and error.value is None
    # The comparison from the issue now fails loudly at the read, not later with a TypeError.
    with pytest.raises(FieldNotAvailableError):
        _ = invoice.amount_overpaid > 0


def test_getattr_default_and_hasattr_see_an_unfilled_field_as_missing() -> None:
    data = objects.current_invoice()
    del data["amount_overpaid"]
    data["total"] = "1000"
    invoice = Invoice.from_dict(data)
    assert getattr(invoice, "amount_overpaid", 0) == 0
    assert getattr(invoice, "total", None) is None
    assert not hasattr(invoice, "amount_overpaid")
    assert not hasattr(invoice, "total")
    assert hasattr(invoice, "amount_due")


def test_an_unknown_attribute_is_a_plain_attribute_error() -> None:
    invoice = Invoice.from_dict(objects.current_invoice())
    with pytest.raises(AttributeError) as caught:
        invoice.totl  # type: ignore[attr-defined]  # noqa: B018
    assert type(caught.value) is AttributeError
    assert "Invoice has no field 'totl'" in str(caught.value)  # tests/unit/test_gone_field.py


def test_long_values_are_cut_and_secrets_masked_in_the_message() -> None:
    data = objects.current_invoice()
    data["metadata"] = {"api_key": "sk_live_" + "A1b2" * 10, "count": 3}
    data["footer"] = ["x" * 500]
    invoice = roundtrip(Invoice, data)
    footer = str(unfilled(invoice, "footer"))
    assert footer.startswith("Invoice.footer: expected str | None, got list ['xxx")
    assert len(footer) < 200
    metadata = str(unfilled(invoice, "metadata"))
    assert "sk_live_A1b2" not in metadata and "sk_live_***" in metadata
    assert metadata.startswith("Invoice.metadata: expected dict[str, str] | None, got dict ")


def test_the_error_survives_pickling() -> None:
    invoice = Invoice.from_dict({"id": "in_1", "total": "1000"})
    error = unfilled(invoice, "total")
    again = pickle.loads(pickle.dumps(error))
    assert type(again) is FieldNotAvailableError
    assert str(again) == str(error)
    assert (again.name, again.key, again.present, again.value) == ("total", "total", True, "1000")


# --- what raises and what reads --------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "value", "expected", "found"),
    [
        ("amount_due", "1000", "int", "str '1000'"),
        ("amount_due", True, "int", "bool True"),  # a bool is not an amount
        ("amount_due", 10.5, "int", "float 10.5"),
        ("amount_due", None, "int", "NoneType None"),  # null where the spec has no null
        ("livemode", "false", "bool", "str 'false'"),
        ("status", 3, "InvoiceStatus | None", "int 3"),  # an enum of the wrong JSON type
        ("automatic_tax", [], "AutomaticTax", "list []"),
        ("lines", "none", "InvoiceLines", "str 'none'"),
        ("total_taxes", [1], "list[BillingBillResourceInvoicingTaxesTax] | None", "list [1]"),
        ("customer", 42, "Customer | DeletedCustomer | str | None", "int 42"),
    ],
)
def test_wrong_typed_fields_raise_with_both_types_named(
    name: str, value: Any, expected: str, found: str
) -> None:
    data = objects.current_invoice()
    data[name] = value
    invoice = roundtrip(Invoice, data)
    message = str(unfilled(invoice, name))
    assert message.startswith(f"Invoice.{name}: expected ")
    assert expected in message.split(", got ")[0]
    assert f", got {found}" in message
    assert invoice.additional_properties == {name: value}
    assert invoice[name] == value  # reachable as received


def test_nested_models_raise_at_their_own_level() -> None:
    data = objects.current_invoice()
    line = objects.line_item()
    del line["period"]["start"]
    line["amount"] = "12.00"
    data["lines"]["data"] = [line]
    data["status_transitions"]["paid_at"] = "today"
    invoice = roundtrip(Invoice, data)
    first = invoice.lines.data[0]
    assert isinstance(first, LineItem)
    assert str(unfilled(first, "amount")).startswith("LineItem.amount: expected int, got str")
    assert unfilled(first.period, "start").present is False
    assert first.period.end == line["period"]["end"]
    paid_at = unfilled(invoice.status_transitions, "paid_at")
    assert paid_at.model == "InvoicesStatusTransitions" and paid_at.expected == "int | None"
    assert invoice.status_transitions.finalized_at == data["status_transitions"]["finalized_at"]


def test_lists_of_models_and_of_expandables_read_through() -> None:
    data = objects.current_invoice()
    data["lines"]["data"] = [objects.line_item(), objects.line_item("il_2")]
    data["customer"] = objects.customer()
    invoice = roundtrip(Invoice, data)
    assert [line.id for line in invoice.lines.data] == [
        line["id"] for line in data["lines"]["data"]
    ]
    assert isinstance(invoice.customer, Customer)
    assert invoice.total_taxes == []
    # One bad item makes the whole list not fit: it is kept as received, the field unfilled.
    data["lines"]["data"].append("il_3")
    broken = roundtrip(Invoice, data)
    assert unfilled(broken.lines, "data").value == data["lines"]["data"]


def test_none_reads_as_none_where_the_type_allows_it_and_raises_where_not() -> None:
    nullable = ("due_date", "customer", "footer")
    not_nullable = ("amount_due", "automatic_tax", "livemode")
    data = objects.current_invoice()
    for name in nullable + not_nullable:
        data[name] = None
    invoice = roundtrip(Invoice, data)
    for name in nullable:
        assert getattr(invoice, name) is None, name
    for name in not_nullable:
        error = unfilled(invoice, name)
        assert error.present is True and error.value is None
    # A None the type refuses is kept aside, as the data had it; an allowed one is the field's.
    assert invoice.additional_properties == dict.fromkeys(not_nullable)


def test_optional_fields_read_as_unset_when_absent_and_raise_when_drifted() -> None:
    data = objects.current_invoice()
    assert "amount_paid_off_stripe" not in data and "effective_at" not in data
    invoice = roundtrip(Invoice, data)
    assert invoice.amount_paid_off_stripe is UNSET
    assert isinstance(invoice.effective_at, Unset)
    data["effective_at"] = 1700000000
    data["amount_paid_off_stripe"] = "0"
    invoice = roundtrip(Invoice, data)
    assert invoice.effective_at == 1700000000
    error = unfilled(invoice, "amount_paid_off_stripe")
    assert error.expected == "int | None"  # `Unset` is not something the API sends
    assert invoice.additional_properties == {"amount_paid_off_stripe": "0"}


def test_optional_and_required_fields_keep_their_types_in_every_model() -> None:
    """A field with a default (optional in the spec) is typed `| Unset`; a required field never
    is. Checked over every generated model."""
    checked = 0
    for name in models.__all__:
        cls = getattr(models, name)
        if not (isinstance(cls, type) and attrs.has(cls)):
            continue
        for field in attrs.fields(cls):
            if field.name == "additional_properties":
                continue
            optional = field.default is UNSET
            assert optional == ("Unset" in str(field.type)), f"{name}.{field.name}: {field.type}"
            checked += 1
    assert checked > 400


# --- dict-style access ----------------------------------------------------------------------


def test_dict_style_access_covers_modelled_and_unknown_keys() -> None:
    data = objects.current_invoice()
    data["brand_new_field"] = {"x": 1}
    data["total"] = "1000"
    invoice = roundtrip(Invoice, data)
    # Modelled and filled: the parsed value, by its JSON name.
    assert invoice["id"] == data["id"]
    assert invoice["status_transitions"] is invoice.status_transitions
    assert invoice["object"] == "invoice"
    assert "object" in invoice and "object_" not in invoice
    # Unknown, or modelled but drifted: as received.
    assert invoice["brand_new_field"] == {"x": 1}
    assert invoice["total"] == "1000"
    assert "brand_new_field" in invoice and "total" in invoice
    # Absent (an optional field, or any other key): KeyError, `in` is False, `get` the default.
    for key in ("amount_paid_off_stripe", "no_such_key"):
        with pytest.raises(KeyError):
            invoice[key]
        assert key not in invoice
        assert invoice.get(key) is None
        assert invoice.get(key, 7) == 7
    assert invoice.get("id") == data["id"]
    assert 3 not in invoice


def test_an_absent_required_field_is_absent_to_dict_style_access_too() -> None:
    data = objects.current_invoice()
    del data["amount_overpaid"]
    invoice = Invoice.from_dict(data)
    assert "amount_overpaid" not in invoice
    assert invoice.get("amount_overpaid", 0) == 0
    with pytest.raises(KeyError):
        invoice["amount_overpaid"]


def test_models_are_not_iterable_and_to_dict_is_the_way_to_json() -> None:
    invoice = Invoice.from_dict(objects.current_invoice())
    with pytest.raises(TypeError, match="not iterable"):
        iter(invoice)  # type: ignore[call-overload]
    assert json.loads(json.dumps(invoice.to_dict())) == objects.current_invoice()


# --- the object as a whole ----------------------------------------------------------------------


def test_copies_pickles_equality_and_repr_cope_with_unfilled_fields() -> None:
    data = objects.current_invoice()
    del data["amount_overpaid"]
    data["total"] = "1000"
    invoice = Invoice.from_dict(data)
    for twin in (copy.copy(invoice), copy.deepcopy(invoice), pickle.loads(pickle.dumps(invoice))):
        assert twin == invoice
        assert twin.to_dict() == data
        assert not hasattr(twin, "total")
    assert invoice != Invoice.from_dict(objects.current_invoice())
    text = repr(invoice)
    assert "amount_overpaid=<not available>" in text and "total=<not available>" in text
    assert f"id={data['id']!r}" in text
    with pytest.raises(TypeError, match="unhashable"):
        hash(invoice)


def test_models_built_by_hand_read_as_given() -> None:
    address = models.Address(
        city="Lisbon", country="PT", line1=None, line2=None, postal_code=None, state=None
    )
    assert address.city == "Lisbon"
    assert address["country"] == "PT"
    assert address.to_dict()["city"] == "Lisbon"
    assert address == models.Address.from_dict(address.to_dict())


def test_the_field_table_matches_the_attributes() -> None:
    for cls in (Invoice, LineItem, Customer):
        names = [name for name, _, _ in fields_of(cls)]
        assert names == [f.name for f in attrs.fields(cls) if f.name != "additional_properties"]
    assert ("object_", "object", "Literal['invoice']") in fields_of(Invoice)
    # An expandable list of resources: ids, or the (possibly deleted) objects when expanded.
    assert (
        "account_tax_ids",
        "account_tax_ids",
        "list[DeletedTaxId | str | TaxId] | None",
    ) in fields_of(Invoice)
    # Long enums are shown by their size, whether spelled inline or named.
    assert ("status", "status", "str (one of 8 values)") in fields_of(models.Subscription)


# --- types ------------------------------------------------------------------------------------

_MARK = re.compile(r"#\s*E:\s*([a-z-]+)\s*$")
_ERROR = re.compile(r"^[^:]+:(\d+): error: .*\[([a-z-]+)\]$")


def test_mypy_makes_the_user_check_optional_fields() -> None:
    lines = PROGRAM.read_text(encoding="utf-8").splitlines()
    expected = {(n, m.group(1)) for n, line in enumerate(lines, 1) if (m := _MARK.search(line))}
    done = python(
        "-m", "mypy", "--strict", "--no-color-output", str(PROGRAM), cwd=ROOT, timeout=600
    )
    output = done.stdout + done.stderr
    reported = {
        (int(m.group(1)), m.group(2)) for line in output.splitlines() if (m := _ERROR.match(line))
    }
    assert len(expected) >= 5, "the program lost its marked mistakes"
    assert reported == expected, output
