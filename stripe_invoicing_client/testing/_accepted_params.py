"""The parameters each operation accepts, read from the request schemas that codegen emits
from the same spec as the client (`_generated/_request_schemas.py`).

The data is shared with the client; the checking is not: these shapes are interpreted by the
fake's own code (`_shapes.coerce`), so a mistake in the client's encoder or checks still
shows up as the error Stripe would send.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .._generated._request_schemas import REQUEST_SCHEMAS
from ._shapes import (
    ANYTHING,
    BOOL,
    INT,
    NUMBER,
    STR,
    STR_MAP,
    AnyOf,
    Fields,
    ListOf,
    OneOf,
    Scalar,
    Shape,
    Unsettable,
)

_SCALARS: dict[str, Scalar] = {"string": STR, "integer": INT, "number": NUMBER, "boolean": BOOL}


def _is_unset_marker(schema: Mapping[str, Any]) -> bool:
    return schema.get("enum") == [""]


def shape_of(schema: Mapping[str, Any]) -> Shape:
    """The fake's shape for one OpenAPI schema of a request parameter."""
    if "anyOf" in schema:
        options = [shape_of(option) for option in schema["anyOf"] if not _is_unset_marker(option)]
        inner = options[0] if len(options) == 1 else AnyOf(tuple(options))
        unsettable = any(_is_unset_marker(option) for option in schema["anyOf"])
        return Unsettable(inner) if unsettable else inner
    if "enum" in schema:
        values = tuple(str(value) for value in schema["enum"] if value not in ("", None))
        inner = OneOf(values) if schema.get("type") == "string" else _SCALARS[schema["type"]]
        return Unsettable(inner) if "" in schema["enum"] else inner
    kind = schema.get("type")
    if kind == "array":
        return ListOf(shape_of(schema.get("items", {})))
    if kind == "object":
        properties = schema.get("properties")
        if properties:
            fields = {name: shape_of(item) for name, item in properties.items()}
            return Fields(fields, tuple(schema.get("required", ())))
        extra = schema.get("additionalProperties")
        if isinstance(extra, Mapping) and extra.get("type") == "string":
            return STR_MAP
        return ANYTHING
    if isinstance(kind, str) and kind in _SCALARS:
        return _bounded(_SCALARS[kind], schema)
    return ANYTHING


def _bounded(scalar: Scalar, schema: Mapping[str, Any]) -> Shape:
    """The scalar with the spec's bounds on it, if it states any."""
    minimum, maximum = schema.get("minimum"), schema.get("maximum")
    max_length = schema.get("maxLength")
    if minimum is None and maximum is None and max_length is None:
        return scalar
    return Scalar(scalar.kind, minimum=minimum, maximum=maximum, max_length=max_length)


ACCEPTED_PARAMS: dict[str, Fields] = {
    operation: Fields(
        {name: shape_of(item) for name, item in schema["properties"].items()},
        tuple(schema["required"]),
    )
    for operation, schema in REQUEST_SCHEMAS.items()
}
