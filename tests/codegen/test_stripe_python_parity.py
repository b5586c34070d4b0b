"""Our OpenAPI description against stripe-python 16.1, parameter by parameter, field by field.

For every operation of `openapi/stripe-invoicing.yaml`, the parameters (query and form body,
at every depth) are compared with the TypedDict stripe-python's service sends for the same
method and path, and the answer with the resource its service returns; every resource schema
is compared with stripe-python's class for that object type. Nothing may be missing or extra,
no enum may differ, decimals are decimals (`Decimal` there, `format: decimal` here), and the
kinds of value, nullability (fields) and required-ness (parameters) agree.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from codegen import operations, spec
from tests.codegen import _stripe_python as theirs

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "openapi" / "stripe-invoicing.yaml"
DOCUMENT: Any = spec.load(SPEC)
SERVICES = theirs.service_methods()
OPERATIONS = sorted(theirs.spec_operations(DOCUMENT))
RESOURCES = sorted(theirs.spec_resources(DOCUMENT).items())


def _operation_differences(document: Any, method: str, path: str, operation: Any) -> list[str]:
    service = SERVICES.get((method, path))
    if service is None:
        return [f"missing {method.upper()} {path}: stripe-python has no such call"]
    where = operation["operationId"]
    found = theirs.differences(
        theirs.spec_params(document, operation), service.params_tree(), where, params=True
    )
    answer = theirs.spec_answer(document, operation)
    if answer != service.answer:
        found.append(f"type {where} answer: ours {answer}, theirs {service.answer}")
    return found


def _resource_differences(document: Any, object_type: str, schema: str) -> list[str]:
    ours = theirs.spec_node(document, {"$ref": spec.SCHEMA_PREFIX + schema}, top=True)
    return theirs.differences(ours, theirs.stripe_resource(object_type), schema, params=False)


@pytest.mark.parametrize(
    ("operation_id", "method", "path", "operation"), OPERATIONS, ids=[o[0] for o in OPERATIONS]
)
def test_parameters_and_answer_match(
    operation_id: str, method: str, path: str, operation: Any
) -> None:
    found = _operation_differences(DOCUMENT, method, path, operation)
    assert not found, f"{operation_id}: {len(found)} differences\n" + "\n".join(found)


@pytest.mark.parametrize(("object_type", "schema"), RESOURCES, ids=[r[1] for r in RESOURCES])
def test_resource_fields_match(object_type: str, schema: str) -> None:
    found = _resource_differences(DOCUMENT, object_type, schema)
    assert not found, f"{schema}: {len(found)} differences\n" + "\n".join(found)


def test_every_operation_of_the_table_is_compared() -> None:
    compared = {operation_id for operation_id, *_ in OPERATIONS}
    assert {op.operation_id for op in operations.OPERATIONS} <= compared
    # The resources the operations answer with are all compared field by field.
    answered = {
        kind.partition(":")[2]
        for _, _, _, operation in OPERATIONS
        for kind in theirs.spec_answer(DOCUMENT, operation).split(" | ")
        if kind != "binary"  # a download (a quote's PDF): bytes, no fields
    }
    assert answered <= {object_type for object_type, _ in RESOURCES}


def _first(document: Any, operation_id: str) -> tuple[str, str, Any]:
    for found, method, path, operation in theirs.spec_operations(document):
        if found == operation_id:
            return method, path, operation
    raise LookupError(operation_id)


def _body(operation: Any) -> Any:
    return operation["requestBody"]["content"]["application/x-www-form-urlencoded"]["schema"]


def _kinds(found: list[str]) -> set[str]:
    return {line.split()[0] for line in found}


def test_a_dropped_parameter_and_an_added_field_are_caught() -> None:
    document = copy.deepcopy(DOCUMENT)
    method, path, operation = _first(document, "PostInvoices")
    del _body(operation)["properties"]["auto_advance"]
    assert _kinds(_operation_differences(document, method, path, operation)) == {"missing"}
    document["components"]["schemas"]["invoice"]["properties"]["brand_new"] = {"type": "string"}
    assert _kinds(_resource_differences(document, "invoice", "invoice")) == {"extra"}


def test_an_enum_value_and_a_decimal_typed_as_text_are_caught() -> None:
    document = copy.deepcopy(DOCUMENT)
    method, path, operation = _first(document, "PostInvoices")
    _body(operation)["properties"]["collection_method"]["enum"].append("by_pigeon")
    assert _kinds(_operation_differences(document, method, path, operation)) == {"enum"}
    schemas = document["components"]["schemas"]
    pricing = schemas["billing_bill_resource_invoicing_pricing_pricing"]["properties"]
    del pricing["unit_amount_decimal"]["format"]  # `line_item.pricing.unit_amount_decimal`
    assert _kinds(_resource_differences(document, "line_item", "line_item")) == {"decimal"}


def test_nullability_and_required_ness_are_compared() -> None:
    document = copy.deepcopy(DOCUMENT)
    document["components"]["schemas"]["invoice"]["properties"]["description"]["nullable"] = False
    assert _kinds(_resource_differences(document, "invoice", "invoice")) == {"nullable"}
    method, path, operation = _first(document, "PostInvoiceitems")
    _body(operation)["required"] = ["currency"]
    assert "required" in _kinds(_operation_differences(document, method, path, operation))


def _open_enums(node: Any, where: str) -> Iterator[str]:
    """Paths of every `anyOf` that lets any string through beside its enum values: an open
    enum (stripe-python types some request enums `str | Literal[...]`; ours are closed)."""
    if isinstance(node, dict):
        members = node.get("anyOf", [])
        named = [m for m in members if m.get("type") == "string" and set(m.get("enum", [])) - {""}]
        free = [m for m in members if m.get("type") == "string" and "enum" not in m]
        if named and free:
            yield where
        for key, value in node.items():
            yield from _open_enums(value, f"{where}.{key}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _open_enums(value, f"{where}[{index}]")


def _request_open_enums(document: Any) -> list[str]:
    found: list[str] = []
    for operation_id, _, _, operation in theirs.spec_operations(document):
        for parameter in operation.get("parameters", []):
            found += _open_enums(parameter.get("schema", {}), f"{operation_id}.{parameter['name']}")
        found += _open_enums(operation.get("requestBody", {}), operation_id)
    return found


def test_no_request_enum_is_open() -> None:
    found = _request_open_enums(DOCUMENT)
    assert not found, f"{len(found)} open request enums\n" + "\n".join(found)


def test_an_open_request_enum_is_caught() -> None:
    document = copy.deepcopy(DOCUMENT)
    _, _, operation = _first(document, "PostInvoices")
    closed = _body(operation)["properties"]["collection_method"]
    closed.pop("description", None)
    _body(operation)["properties"]["collection_method"] = {
        "anyOf": [{"type": "string", "maxLength": 5000}, closed]
    }
    added = set(_request_open_enums(document)) - set(_request_open_enums(DOCUMENT))
    assert added == {
        "PostInvoices.content.application/x-www-form-urlencoded.schema.properties.collection_method"
    }
