"""What a maintainer sees when a new spec is something the generator cannot follow on its own:
one message naming the operation or schema and saying what to change, never a traceback, and
never a package that generates but fails at run time."""

from __future__ import annotations

import copy
import json
import re
import subprocess
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("openapi_python_client")

from codegen import normalize, spec
from tests.processes import python

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "openapi" / "stripe-invoicing.yaml"


@pytest.fixture(scope="module")
def pristine() -> dict[str, Any]:
    return spec.load(SPEC)


@pytest.fixture
def document(pristine: dict[str, Any]) -> dict[str, Any]:
    return copy.deepcopy(pristine)


def rename_path_parameter(document: dict[str, Any], path: str, old: str, new: str) -> None:
    item = json.loads(json.dumps(document["paths"].pop(path)).replace(f'"{old}"', f'"{new}"'))
    document["paths"][path.replace(f"{{{old}}}", f"{{{new}}}")] = item


def test_a_renamed_path_parameter_names_the_row_to_change(document: dict[str, Any]) -> None:
    # The method's positional argument is the table's; the record's path is the spec's. Had
    # they differed, every call would send no id ("Invalid parameter 'id'").
    rename_path_parameter(document, "/v1/invoices/{invoice}/send", "invoice", "id")
    with pytest.raises(ValueError) as raised:
        spec.select(document)
    message = str(raised.value)
    assert "PostInvoicesInvoiceSend" in message
    assert "/v1/invoices/{id}/send" in message
    assert "('id',)" in message and "('invoice',)" in message
    assert "codegen/operations.py" in message


def test_our_spec_agrees_with_the_table(pristine: dict[str, Any]) -> None:
    assert spec.select(pristine).missing == ()


def rename_schema(document: dict[str, Any], old: str, new: str) -> dict[str, Any]:
    schemas = document["components"]["schemas"]
    schemas[new] = schemas.pop(old)
    text = json.dumps(document).replace(
        f'"#/components/schemas/{old}"', f'"#/components/schemas/{new}"'
    )
    renamed: dict[str, Any] = json.loads(text)
    return renamed


def test_an_answer_outside_the_family_names_the_operations(document: dict[str, Any]) -> None:
    # Stripe renames a resource the client models: it is no longer in config.FAMILY, so every
    # reference to it is cut to a loose object, the answers of its own operations included
    # (the generator stopped on "TypeError: no answer rule for ModelProperty", in a template).
    renamed = rename_schema(document, "test_helpers.test_clock", "test_helpers.clock")
    with pytest.raises(ValueError) as raised:
        spec.select(renamed)
    message = str(raised.value)
    assert "GetTestHelpersTestClocksTestClock" in message  # retrieve: the object itself
    assert "GetTestHelpersTestClocks:" in message  # list: the items of its pages
    assert "test_helpers.clock" in message
    assert "FAMILY" in message and "codegen/config.py" in message


def test_the_answer_check_covers_every_answer_shape(pristine: dict[str, Any]) -> None:
    # An object, a choice of objects, a list envelope's items, a download: none outside.
    for path, method, operation in spec.find_operations(pristine).values():
        assert spec.answered_schemas(operation) or "application/pdf" in json.dumps(
            operation["responses"]["200"]
        ), (method, path)


def add_schema(document: dict[str, Any], key: str) -> None:
    """A new component schema `key`, which invoices hold (field `novelty`)."""
    document["components"]["schemas"][key] = {
        "type": "object",
        "properties": {"x": {"type": "string", "description": "A value."}},
        "description": "Something new.",
    }
    document["components"]["schemas"]["invoice"]["properties"]["novelty"] = {
        "$ref": f"#/components/schemas/{key}",
        "description": "Something new.",
    }


def test_two_schemas_named_as_one_class_are_named(document: dict[str, Any]) -> None:
    # `line.item` and `line_item` both make `LineItem` (openapi-python-client dropped the
    # invoice and printed a warning for each of its 15 operations, none naming the other key).
    add_schema(document, "line.item")
    with pytest.raises(ValueError) as raised:
        normalize.normalize(spec.select(document).document)
    message = str(raised.value)
    assert "LineItem" in message and "'line.item'" in message and "'line_item'" in message
    assert "CLASS_NAMES" in message and "codegen/normalize.py" in message


def test_long_schema_names_cut_to_one_class_are_named(document: dict[str, Any]) -> None:
    # Names over 60 characters lose leading words: two that differ only there meet.
    long = "payment_intent_next_action_display_bank_transfer_instructions_financial_addresses"
    add_schema(
        document, "setup_intent_next_action_display_bank_transfer_instructions_financial_addresses"
    )
    assert long in document["components"]["schemas"]
    with pytest.raises(ValueError, match="CLASS_NAMES") as raised:
        normalize.normalize(spec.select(document).document)
    assert long in str(raised.value)


def test_a_schema_named_as_the_loose_object_is_named(document: dict[str, Any]) -> None:
    # Objects outside the family become one loose schema of that name: a schema of the spec
    # with the same name was dropped, its references read as the loose object.
    add_schema(document, spec.LOOSE_SCHEMA)
    with pytest.raises(ValueError, match=re.escape("LOOSE_SCHEMA in codegen/spec.py")) as raised:
        spec.select(document)
    assert repr(spec.LOOSE_SCHEMA) in str(raised.value)


def codegen(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return python("-m", "codegen", "--quiet", *map(str, args), cwd=ROOT)


@pytest.mark.parametrize(
    ("key", "name"),
    [
        ("any", "Any"),  # typing.Any, which every models module imports
        ("decimal", "Decimal"),
        # An inline object's class: the invoice's `lines` page is `InvoiceLines`.
        ("invoice.lines", "InvoiceLines"),
    ],
)
def test_a_schema_named_as_a_generated_name_is_named(
    document: dict[str, Any], tmp_path: Path, key: str, name: str
) -> None:
    add_schema(document, key)
    source = tmp_path / "new.json"
    source.write_text(json.dumps(document), encoding="utf-8")
    done = codegen("--spec", source, "--out", tmp_path / "out" / "_generated")
    assert done.returncode == 2, done.stdout + done.stderr
    assert done.stderr.startswith("codegen: ") and "Traceback" not in done.stderr, done.stderr
    assert f"schema {key!r} becomes class {name!r}" in done.stderr, done.stderr
    assert "CLASS_NAMES" in done.stderr and "codegen/normalize.py" in done.stderr
    assert " object at 0x" not in done.stderr  # no reprs of the generator's internals
    assert len(done.stderr.splitlines()) < 30, done.stderr


def form_body(document: dict[str, Any], path: str) -> dict[str, Any]:
    content = document["paths"][path]["post"]["requestBody"]["content"]
    schema: dict[str, Any] = content["application/x-www-form-urlencoded"]["schema"]
    return schema


def test_names_that_cannot_be_python_are_named_where_they_are(document: dict[str, Any]) -> None:
    # Fields and parameters become attributes and TypedDict keys: a keyword or a dash cannot
    # be one. The generator said only "parameter or field name 'class' is not a Python
    # identifier", not in which schema or operation, nor what to do.
    invoice = document["components"]["schemas"]["invoice"]["properties"]
    invoice["class"] = {"type": "string", "description": "A keyword."}
    invoice["automatic_tax"] = {
        "type": "object",
        "properties": {"tax-kind": {"type": "string"}},
        "description": "Nested.",
    }
    body = form_body(document, "/v1/invoices")["properties"]
    body["for"] = {"type": "string", "description": "A keyword."}
    body["automatic_tax"]["properties"]["in"] = {"type": "boolean"}
    document["paths"]["/v1/invoices"]["get"]["parameters"].append(
        {"name": "a-b", "in": "query", "schema": {"type": "string"}, "description": "A dash."}
    )
    with pytest.raises(ValueError) as raised:
        spec.select(document)
    lines = str(raised.value).splitlines()
    for where in [
        "  schema invoice: field 'class'",
        "  schema invoice: field 'automatic_tax.tax-kind'",
        "  PostInvoices: parameter 'for'",
        "  PostInvoices: parameter 'automatic_tax.in'",
        "  GetInvoices: parameter 'a-b'",
    ]:
        assert where in lines, lines
    assert "additional_properties" in lines[-1] and "extra_body" in lines[-1], lines
