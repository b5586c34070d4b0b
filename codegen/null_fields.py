"""The fields each Stripe object always carries and may carry as null, as data.

Stripe answers every required field of an object, null where it has no value. The in-memory
backend stores only what it models, so its renderer fills the rest of these with null from this
table (`_generated/_null_fields.py`); a regenerated spec that adds such a field adds it to the
backend's answers too. Keyed by the object's `object` value, from the component schema of that
name (so `deleted_customer`, whose `object` is also `customer`, is not read).
"""

from __future__ import annotations

import pprint
from typing import Any

FILE_NAME = "_null_fields.py"


def _kind(schema: dict[str, Any]) -> str | None:
    """The `object` value of a schema that has exactly one."""
    values = schema.get("properties", {}).get("object", {}).get("enum", [])
    return str(values[0]) if len(values) == 1 else None


def table(document: dict[str, Any]) -> dict[str, tuple[str, ...]]:
    """Object kind -> its required nullable fields, sorted; objects with none are left out."""
    found: dict[str, tuple[str, ...]] = {}
    for name, schema in sorted(document.get("components", {}).get("schemas", {}).items()):
        if not isinstance(schema, dict) or _kind(schema) != name:
            continue
        properties = schema.get("properties", {})
        fields = sorted(
            field
            for field in schema.get("required", [])
            if properties.get(field, {}).get("nullable") is True
        )
        if fields:
            found[name] = tuple(fields)
    return found


def module(document: dict[str, Any]) -> str:
    """Python source of `_generated/_null_fields.py`."""
    data = pprint.pformat(table(document), width=100, sort_dicts=False)
    return (
        '"""Per object kind, the required fields the spec lets be null, as plain data (generated\n'
        'from codegen/null_fields.py; do not edit)."""\n\n'
        f"NULL_FIELDS: dict[str, tuple[str, ...]] = {data}\n"
    )
