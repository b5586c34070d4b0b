"""Each model class's fields: (attribute, JSON key, declared type as error messages show it).

Generated classes don't spell the table out (it would repeat every annotation): it is read
from the class's own annotations on first use. `_KEYS` names the JSON key of an attribute
renamed from it (`type_` for `type`); a class may still give `_FIELDS` itself (the event).
"""

from __future__ import annotations

import ast
import re
import sys
import typing
from typing import Any

FieldTable = tuple[tuple[str, str, str], ...]

# Enums of more than this many values are shown as `str (one of N values)` in messages.
_SHOWN_VALUES = 6
_LITERAL = re.compile(r"Literal\[([^\[\]]*)\]")
_NAME = re.compile(r"\b[A-Z]\w*\b")
_UNSET_SUFFIX = " | Unset"

_TABLES: dict[type, FieldTable] = {}


def _kind(values: tuple[Any, ...]) -> str:
    return type(values[0]).__name__


def _shown(annotation: str, namespace: dict[str, Any]) -> str:
    """`annotation` as messages show it: without `| Unset`, long enums shortened."""
    if annotation.endswith(_UNSET_SUFFIX):
        annotation = annotation[: -len(_UNSET_SUFFIX)]

    def spelled(match: re.Match[str]) -> str:
        values = tuple(ast.literal_eval(f"({match.group(1)},)"))
        if len(values) > _SHOWN_VALUES:
            return f"{_kind(values)} (one of {len(values)} values)"
        return match.group(0)

    def named(match: re.Match[str]) -> str:
        found = namespace.get(match.group(0))
        if typing.get_origin(found) is typing.Literal:
            values = typing.get_args(found)
            if len(values) > _SHOWN_VALUES:
                return f"{_kind(values)} (one of {len(values)} values)"
        return match.group(0)

    return _NAME.sub(named, _LITERAL.sub(spelled, annotation))


def _derived(cls: type) -> FieldTable:
    namespace = vars(sys.modules[cls.__module__])
    renamed: dict[str, str] = cls.__dict__.get("_KEYS", {})
    # The class's own annotations, as written (strings): `inspect` would add to import time.
    own: dict[str, str] = cls.__dict__.get("__annotations__", {})  # noqa: RUF063
    return tuple(
        (name, renamed.get(name, name), _shown(annotation, namespace))
        for name, annotation in own.items()
        if name != "additional_properties" and not annotation.startswith("ClassVar")
    )


def fields_of(cls: type) -> FieldTable:
    """The field table of model class `cls`, built once."""
    found = _TABLES.get(cls)
    if found is None:
        found = ()
        for klass in cls.__mro__:
            if "_FIELDS" in klass.__dict__:
                found = klass.__dict__["_FIELDS"]
                break
            if "from_dict" in klass.__dict__:
                found = _derived(klass)
                break
        _TABLES[cls] = found
    return found


__all__ = ["FieldTable", "fields_of"]
