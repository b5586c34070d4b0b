"""Response models identical apart from their names, written once.

Two models are the same shape when their fields have the same attributes, JSON keys,
required-ness and types, where a type naming another model counts as that model's shape
(refined round by round until the partition is stable, so cycles are fine). Each group keeps
one class, the canonical one; the others become aliases of it (`GetInvoicesInvoiceLinesResponse200
= InvoiceLines`), so the public names still import.
"""

from __future__ import annotations

import hashlib
import re
from typing import Any

from openapi_python_client.parser.properties.schemas import Class
from openapi_python_client.strings import ClassName

from . import expressions

_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
# Names openapi-python-client gives inline union members: they say nothing of the shape.
_NUMBERED = re.compile(r"Type\d+$")


def _signature(model: Any) -> list[tuple[str, str, bool, str]]:
    props = list(model.required_properties or []) + list(model.optional_properties or [])
    return [
        (expressions.attribute(p), expressions.key(p), bool(p.required), expressions.field_type(p))
        for p in props
    ]


def _labels(signatures: dict[str, list[tuple[str, str, bool, str]]]) -> dict[str, str]:
    labels = dict.fromkeys(signatures, "")
    classes = 1
    while True:

        def rename(annotation: str, labels: dict[str, str] = labels) -> str:
            return _IDENTIFIER.sub(
                lambda m: f"<{labels[m[0]]}>" if m[0] in labels else m[0], annotation
            )

        labels = {
            name: hashlib.sha256(
                repr([(a, k, r, rename(t)) for a, k, r, t in signature]).encode()
            ).hexdigest()
            for name, signature in signatures.items()
        }
        count = len(set(labels.values()))
        if count == classes:
            return labels
        classes = count


def _best(names: list[str], components: set[str]) -> str:
    def rank(name: str) -> tuple[bool, bool, bool, int, str]:
        return (
            name not in components,
            _NUMBERED.search(name) is not None,
            name.endswith("Response200"),
            len(name),
            name,
        )

    return min(names, key=rank)


def _canonical(names: list[str], components: set[str], models: dict[str, Any]) -> str:
    """The name a group keeps: a component schema's, else one that says what it is."""

    best = _best(names, components)
    if _NUMBERED.search(best):
        # Only inline union members: a list envelope is named by its items (`StripeObjectList`).
        for field in models[best].required_properties or []:
            if expressions.key(field) == "data" and hasattr(field, "inner_property"):
                named = expressions.field_type(field.inner_property)
                if named.isidentifier() and f"{named}List" not in models:
                    return f"{named}List"
    return best


def dedupe(
    models: list[Any], reachable: list[Any], components: set[str]
) -> tuple[dict[str, str], set[int]]:
    """{alias: canonical name} of the models identical to another, and the ids of the model
    objects no longer written (the aliases'); every reference to an alias in the parsed tree
    (`reachable`) is renamed to its canonical class."""
    by_name = {expressions.class_name(m): m for m in models if not expressions.is_map(m)}
    labels = _labels({name: _signature(model) for name, model in by_name.items()})
    groups: dict[str, list[str]] = {}
    for name, label in labels.items():
        groups.setdefault(label, []).append(name)
    aliases: dict[str, str] = {}
    written: set[int] = set()
    for names in groups.values():
        if len(names) > 1:
            canonical = _canonical(sorted(names), components, by_name)
            kept = by_name.get(canonical) or by_name[_best(sorted(names), components)]
            written.add(id(kept))
            aliases.update({name: canonical for name in names if name != canonical})
    dropped = {id(by_name[name]) for name in aliases} - written
    for prop in reachable:
        info = getattr(prop, "class_info", None)
        if info is not None and expressions.class_name(prop) in aliases:
            new = aliases[expressions.class_name(prop)]
            prop.class_info = Class(name=ClassName(new, ""), module_name=info.module_name)
    return aliases, dropped
