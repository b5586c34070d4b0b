"""Sentences for nested request keys (keys inside object parameters: `automatic_tax.enabled`).

Top-level parameters carry their description in the spec. Nested keys get ours from
`openapi/request-keys.yaml`, one sentence per dotted path, array items and map values skipped
(`discounts.coupon` is the `coupon` of each item of `discounts`). A key's sentence is the spec's
own description when it has one, else that of the longest suffix of its path the file lists:
`address.city` serves `shipping.address.city` too, unless that path has an entry of its own.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import yaml

from .spec import HTTP_METHODS

Json = Any
KeyPath = tuple[str, ...]

FILE = Path(__file__).resolve().parent.parent / "openapi" / "request-keys.yaml"


def load(path: Path = FILE) -> dict[str, str]:
    """dotted path -> sentence, as the file has them."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in data.items()
    ):
        raise ValueError(f"{path}: expected a mapping of dotted key paths to sentences")
    return data


def entry_for(path: KeyPath, sentences: Mapping[str, str]) -> str | None:
    """The entry of `sentences` that serves `path`: its longest listed suffix."""
    for start in range(len(path)):
        dotted = ".".join(path[start:])
        if dotted in sentences:
            return dotted
    return None


def sentence(path: KeyPath, description: object, sentences: Mapping[str, str]) -> str:
    """The sentence of a nested key: the spec's description, else ours, else empty."""
    if isinstance(description, str) and description.strip():
        return description
    entry = entry_for(path, sentences)
    return sentences[entry] if entry is not None else ""


def nested_keys(schema: Json, path: KeyPath = ()) -> Iterator[tuple[KeyPath, Json]]:
    """(path, schema) of every key inside `schema`'s objects, through unions, arrays and maps
    (the values of `currency_options` are under `currency_options`, as array items are)."""
    if not isinstance(schema, dict):
        return
    for member in schema.get("anyOf", []):
        yield from nested_keys(member, path)
    if schema.get("type") == "array":
        yield from nested_keys(schema.get("items", {}), path)
    yield from nested_keys(schema.get("additionalProperties"), path)
    for name, item in (schema.get("properties") or {}).items():
        yield (*path, name), item
        yield from nested_keys(item, (*path, name))


def _parameters(operation: Json) -> Iterator[tuple[str, Json]]:
    for parameter in operation.get("parameters", []):
        if parameter.get("in") == "query":
            yield parameter["name"], parameter.get("schema", {})
    content = operation.get("requestBody", {}).get("content", {})
    form = content.get("application/x-www-form-urlencoded", {}).get("schema") or {}
    yield from (form.get("properties") or {}).items()


def keys_of(document: Json) -> Iterator[tuple[str, KeyPath, Json]]:
    """(operationId, path, schema) of every nested request key of every operation."""
    for item in document.get("paths", {}).values():
        for method in HTTP_METHODS:
            operation = item.get(method) if isinstance(item, dict) else None
            if not isinstance(operation, dict):
                continue
            for name, schema in _parameters(operation):
                for path, key in nested_keys(schema, (name,)):
                    yield str(operation.get("operationId")), path, key


def undocumented(document: Json, sentences: Mapping[str, str]) -> list[str]:
    """`operationId path` of each nested request key that has no sentence, spec's or ours."""
    return sorted(
        {
            f"{operation_id} {'.'.join(path)}"
            for operation_id, path, key in keys_of(document)
            if not sentence(path, key.get("description"), sentences)
        }
    )


def unused(document: Json, sentences: Mapping[str, str]) -> list[str]:
    """Entries of `sentences` that serve no nested request key of `document`."""
    used = {entry_for(path, sentences) for _, path, _ in keys_of(document)}
    return sorted(set(sentences) - used)
