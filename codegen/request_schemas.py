"""The request parameters of each operation, as data, for code that checks requests on the
server side (the in-memory backend in `stripe_invoicing_client.testing`).

Emitted from the same document as the client, so a regenerated spec updates both; read by
independent code, so the backend still catches mistakes in the client's own encoding.
"""

from __future__ import annotations

import pprint
from typing import Any

from . import config
from .spec import HTTP_METHODS

Json = Any

# What a request checker needs; descriptions, formats and vendor extensions are left out.
_KEPT = (
    "type",
    "enum",
    "const",
    "properties",
    "required",
    "items",
    "anyOf",
    "additionalProperties",
)


def _essentials(schema: Json) -> Json:
    if not isinstance(schema, dict):
        return schema
    out: dict[str, Json] = {}
    for key in _KEPT:
        if key not in schema:
            continue
        value = schema[key]
        if key == "properties":
            value = {name: _essentials(item) for name, item in sorted(value.items())}
        elif key == "anyOf":
            value = [_essentials(item) for item in value]
        elif key in ("items", "additionalProperties"):
            value = _essentials(value)
        out[key] = value
    return out


def _operation(operation: Json) -> Json:
    properties: dict[str, Json] = {}
    required: list[str] = []
    for parameter in operation.get("parameters", []):
        if parameter.get("in") == "query":
            properties[parameter["name"]] = _essentials(parameter.get("schema", {}))
            if parameter.get("required"):
                required.append(parameter["name"])
    content = operation.get("requestBody", {}).get("content", {})
    form = content.get("application/x-www-form-urlencoded", {}).get("schema")
    if form:
        body = _essentials(form)
        properties.update(body.get("properties", {}))
        required.extend(body.get("required", []))
    return {"properties": dict(sorted(properties.items())), "required": sorted(required)}


def module(document: dict[str, Json]) -> str:
    """Python source of `_request_schemas.py` for the (normalized) `document`."""
    schemas: dict[str, Json] = {}
    for item in document["paths"].values():
        for method in HTTP_METHODS:
            operation = item.get(method)
            if isinstance(operation, dict) and operation.get("operationId") in config.OPERATIONS:
                schemas[operation["operationId"]] = _operation(operation)
    ordered = {op: schemas[op] for op in config.OPERATIONS if op in schemas}
    data = pprint.pformat(ordered, width=100, sort_dicts=False)
    return (
        '"""Request parameters per operation, as plain data (generated; do not edit)."""\n\n'
        "from typing import Any\n\n"
        f"REQUEST_SCHEMAS: dict[str, dict[str, Any]] = {data}\n"
    )
