"""The emitter of codegen/search_fields.py: enum fields where the spec has the enum, plain
fields where it doesn't (older specs), boolean fields where the spec has a boolean, and a check
that names no Literal the models lack."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("openapi_python_client")

from codegen import search_fields, spec

SPEC = Path(__file__).resolve().parents[2] / "openapi" / "stripe-invoicing.yaml"
# The schema of each searchable resource's objects.
SCHEMAS = {
    "invoices": "invoice",
    "customers": "customer",
    "products": "product",
    "prices": "price",
    "subscriptions": "subscription",
    "payment_intents": "payment_intent",
}


def _document(status: dict[str, object], code: dict[str, object]) -> dict[str, object]:
    return {
        "components": {
            "schemas": {
                "invoice": {"properties": {"status": status}},
                "api_errors": {"properties": {"code": code, "type": {"type": "string"}}},
            }
        }
    }


def test_enum_fields_take_the_spec_literal_and_fall_back_without_one() -> None:
    nullable_enum = {"anyOf": [{"type": "string", "enum": ["draft", "open"]}], "nullable": True}
    source = search_fields.builder_module(_document(nullable_enum, {"type": "string"}))
    assert "status: Final[EnumField[InvoiceSearch, InvoiceStatus]]" in source
    assert "from .models import InvoiceStatus" in source
    # No enum in this spec: a plain field of the type Stripe documents.
    assert "last_finalization_error_code: Final[TokenField[InvoiceSearch]]" in source
    assert "last_finalization_error_type: Final[TokenField[InvoiceSearch]]" in source
    compile(source, "search.py", "exec")


def test_a_literal_the_models_do_not_define_is_reported() -> None:
    files = {
        "search.py": b"    from .models import ApiErrorsType, InvoiceStatus\n",
        "models/invoice_status.py": b"from typing import Literal\n\nInvoiceStatus = Literal['x']\n",
    }
    assert search_fields.undefined_literals(files) == ["ApiErrorsType"]


def test_the_backend_table_has_every_field_of_every_builder() -> None:
    namespace: dict[str, object] = {}
    exec(search_fields.data_module(), namespace)
    table = namespace["SEARCH_FIELDS"]
    assert isinstance(table, dict)
    for resource in search_fields.RESOURCES:
        assert set(table[resource.name]) == {field.name for field in resource.fields}


def test_boolean_fields_are_the_specs_booleans() -> None:
    # Stripe calls them tokens ("true", "false"); the table marks them so the builder takes a
    # bool. A top-level field is marked exactly when the object's schema says boolean.
    schemas = spec.load(SPEC)["components"]["schemas"]
    marked: set[tuple[str, str]] = set()
    booleans: set[tuple[str, str]] = set()
    for resource in search_fields.RESOURCES:
        properties = schemas[SCHEMAS[resource.name]]["properties"]
        for field in resource.fields:
            if field.boolean:
                marked.add((resource.name, field.name))
                assert field.type == "token" and not field.path, field
            if not field.path and properties[field.name].get("type") == "boolean":
                booleans.add((resource.name, field.name))
    assert marked == booleans
    assert marked == {("products", "active"), ("products", "shippable"), ("prices", "active")}
    source = search_fields.builder_module({"components": {"schemas": {}}})
    assert "active: Final[BooleanField[ProductSearch]]" in source
    assert "shippable: Final[BooleanField[ProductSearch]]" in source
    assert "active: Final[BooleanField[PriceSearch]]" in source
