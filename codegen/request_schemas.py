"""The request parameters of each operation, as data: one table that serves the client's
pre-flight check (`_core.check.request_checker`) and the in-memory backend in
`stripe_invoicing_client.testing`.

Emitted from the same document as the client, so a regenerated spec updates both; read by
independent code on each side, so the backend still catches mistakes in the client's own
encoding. Each distinct schema is written once: one used in several places (an address, a
`created` range, `{"type": "string"}`) becomes a module constant that every use refers to.
"""

from __future__ import annotations

import json
from typing import Any

from . import config
from .spec import HTTP_METHODS

Json = Any

# What a request checker needs; descriptions, vendor extensions and formats other than
# `decimal` (which takes a `Decimal` as well as a decimal string) are left out.
_KEPT = (
    "type",
    "enum",
    "const",
    "properties",
    "required",
    "items",
    "anyOf",
    "additionalProperties",
    "minimum",
    "maximum",
    "minLength",
    "maxLength",
)

# Bounds Stripe enforces that its published spec leaves out, for integer request parameters of
# these names wherever they appear, so a table regenerated from Stripe's own spec keeps them.
# `days_until_due` is a bare integer there and in stripe-python 16.1.0's types; a count of days
# can't be negative, and the maximum (ten years) is ours: it keeps `due_date` a real date.
UNSTATED_BOUNDS: dict[str, dict[str, int]] = {"days_until_due": {"minimum": 0, "maximum": 3650}}


def _with_unstated_bounds(name: str, schema: Json) -> Json:
    bounds = UNSTATED_BOUNDS.get(name)
    if bounds is None or not isinstance(schema, dict):
        return schema
    if schema.get("type") == "integer":
        return {**schema, **{key: value for key, value in bounds.items() if key not in schema}}
    if "anyOf" in schema:
        return {**schema, "anyOf": [_with_unstated_bounds(name, item) for item in schema["anyOf"]]}
    return schema


def _essentials(schema: Json) -> Json:
    if not isinstance(schema, dict):
        return schema
    out: dict[str, Json] = {}
    for key in _KEPT:
        if key not in schema:
            continue
        value = schema[key]
        if key == "properties":
            value = {
                name: _with_unstated_bounds(name, _essentials(item))
                for name, item in sorted(value.items())
            }
        elif key == "anyOf":
            value = [_essentials(item) for item in value]
        elif key in ("items", "additionalProperties"):
            value = _essentials(value)
        out[key] = value
    if schema.get("format") == "decimal":
        out["format"] = "decimal"
    return out


def _operation(operation: Json) -> Json:
    properties: dict[str, Json] = {}
    required: list[str] = []
    for parameter in operation.get("parameters", []):
        if parameter.get("in") == "query":
            name = parameter["name"]
            properties[name] = _with_unstated_bounds(name, _essentials(parameter.get("schema", {})))
            if parameter.get("required"):
                required.append(parameter["name"])
    content = operation.get("requestBody", {}).get("content", {})
    form = content.get("application/x-www-form-urlencoded", {}).get("schema")
    if form:
        body = _essentials(form)
        properties.update(body.get("properties", {}))
        required.extend(body.get("required", []))
    return {"properties": dict(sorted(properties.items())), "required": sorted(required)}


def _key(schema: Json) -> str:
    return json.dumps(schema, sort_keys=True, separators=(",", ":"))


def _count(value: Json, counts: dict[str, int]) -> None:
    if isinstance(value, dict):
        counts[_key(value)] = counts.get(_key(value), 0) + 1
        for item in value.values():
            _count(item, counts)
    elif isinstance(value, list):
        for item in value:
            _count(item, counts)


class _Writer:
    """Python source for schemas, with every schema used more than once named once."""

    def __init__(self, counts: dict[str, int]) -> None:
        self._shared = {key for key, count in counts.items() if count > 1}
        self.names: dict[str, str] = {}
        self.constants: list[str] = []

    def source(self, value: Json) -> str:
        if isinstance(value, dict):
            body = "{" + ", ".join(f"{k!r}: {self.source(v)}" for k, v in value.items()) + "}"
            key = _key(value)
            if key not in self._shared:
                return body
            name = self.names.get(key)
            if name is None:
                name = self.names[key] = f"_S{len(self.names) + 1}"
                self.constants.append(f"{name}: dict[str, Any] = {body}")
            return name
        if isinstance(value, list):
            return "[" + ", ".join(self.source(v) for v in value) + "]"
        return repr(value)


def module(document: dict[str, Json]) -> str:
    """Python source of `_request_schemas.py` for the (normalized) `document`."""
    schemas: dict[str, Json] = {}
    for item in document["paths"].values():
        for method in HTTP_METHODS:
            operation = item.get(method)
            if isinstance(operation, dict) and operation.get("operationId") in config.OPERATIONS:
                schemas[operation["operationId"]] = _operation(operation)
    ordered = {op: schemas[op] for op in config.OPERATIONS if op in schemas}
    counts: dict[str, int] = {}
    for schema in ordered.values():
        _count(schema, counts)
    writer = _Writer(counts)
    table = ",\n".join(f"    {op!r}: {writer.source(s)}" for op, s in ordered.items())
    constants = "\n".join(writer.constants)
    return (
        '"""Request parameters per operation, as plain data (generated; do not edit).\n\n'
        "Each distinct schema is one object, named once and shared by every use.\n"
        '"""\n\n'
        "from typing import Any\n\n"
        f"{constants}\n\n"
        f"REQUEST_SCHEMAS: dict[str, dict[str, Any]] = {{\n{table},\n}}\n"
    )
