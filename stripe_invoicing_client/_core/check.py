"""Checking values against the spec: request parameters before sending, and model drift.

`request_checker` refuses bad request parameters before anything is sent. It reads an
operation's request schema (generated into `_request_schemas.py`, the same data the in-memory
backend validates against), compiled once into small shape objects, and says what was
expected at the exact bracketed path: `lines[0][price_data][currency]: expected str, got
int 5`. Enum values are checked too, as the typed parameters' `Literal`s are: a value this
build's spec lacks is refused, with the closest known one (a value newer than the spec goes
in `extra_body`).

`drift` lists what did not fit a parsed model: models parse tolerantly, keeping a value of the
wrong type or an unknown name in `additional_properties` instead of raising.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Mapping
from decimal import Decimal
from typing import Any

import attrs

Problem = tuple[str, str]
"""A bracketed path (`lines[0][price]`) and what is wrong there."""

Checker = Callable[[Mapping[str, Any]], list[Problem]]

# Values shown in messages are user data: repr, cut short.
_SHOWN = 40
_MAX_PROBLEMS = 20


def _wire_name(python_name: str) -> str:
    # The generator appends `_` to names that clash with Python (`object` -> `object_`).
    return python_name[:-1] if python_name.endswith("_") else python_name


def _join(path: str, name: str) -> str:
    return f"{path}[{name}]" if path else name


def drift(value: Any, path: str = "") -> list[str]:
    """Bracketed paths (`lines[0][price]`) of every value that did not fit its model."""
    if isinstance(value, (list, tuple)):
        return [p for i, item in enumerate(value) for p in drift(item, _join(path, str(i)))]
    if isinstance(value, dict):
        return [p for key, item in value.items() for p in drift(item, _join(path, str(key)))]
    if not attrs.has(type(value)):
        return []
    found = [_join(path, str(key)) for key in getattr(value, "additional_properties", {})]
    for field in attrs.fields(type(value)):
        if field.name == "additional_properties":
            continue
        where = _join(path, _wire_name(field.name))
        try:
            item = getattr(value, field.name)
        except AttributeError:
            # A required field the data lacks (or holds with another type: then it is in
            # additional_properties already, and listed once).
            if where not in found:
                found.append(where)
            continue
        found.extend(drift(item, where))
    return found


def _cut(value: str | int | float) -> str:
    shown = repr(value)
    if len(shown) <= _SHOWN:
        return shown
    return shown[: _SHOWN - 4] + "...'" if isinstance(value, str) else shown[:_SHOWN] + "..."


def _show(value: object) -> str:
    """`str 'thirty'`, `float nan`, `dict of 2`: what was found, without spilling a value."""
    kind = type(value).__name__
    if isinstance(value, (str, int, float)):
        return f"{kind} {_cut(value)}"
    if isinstance(value, (list, dict)):
        return f"{kind} of {len(value)}"
    return kind


class _Shape:
    """One request schema, compiled: `fits` says whether a value is of its kind, `check`
    reports what is wrong inside a value that fits."""

    name = "anything"

    def fits(self, value: object) -> bool:
        return True

    def check(self, value: Any, path: str, out: list[Problem]) -> None:
        return None


class _Scalar(_Shape):
    def __init__(self, name: str, types: tuple[type, ...]) -> None:
        self.name = name
        self._types = types
        # bool is an int to Python, never to Stripe.
        self._bool_ok = bool in types

    def fits(self, value: object) -> bool:
        return isinstance(value, self._types) and (self._bool_ok or not isinstance(value, bool))


class _Number(_Scalar):
    def check(self, value: Any, path: str, out: list[Problem]) -> None:
        if isinstance(value, float) and not math.isfinite(value):
            out.append((path, f"expected a finite number, got {_show(value)}"))


class _Decimal(_Shape):
    """A `format: decimal` string: a `Decimal`, or a str that is a plain decimal numeral."""

    name = "Decimal or decimal str"

    def fits(self, value: object) -> bool:
        return isinstance(value, (Decimal, str))

    def check(self, value: Any, path: str, out: list[Problem]) -> None:
        if isinstance(value, Decimal):
            if not value.is_finite():
                out.append((path, f"expected a finite decimal, got Decimal {value}"))
        elif not _DECIMAL_TEXT.fullmatch(value):
            out.append(
                (path, f"expected a decimal number such as '12.5' or a Decimal, got {_show(value)}")
            )


class _Unset(_Shape):
    """The `''` that asks Stripe to unset a field."""

    name = "'' (to unset)"

    def fits(self, value: object) -> bool:
        return value == "" and isinstance(value, str)


class _OneOf(_Shape):
    """A string enum: one of the spec's values."""

    def __init__(self, values: tuple[str, ...]) -> None:
        self._values = values
        shown = ", ".join(repr(v) for v in values[:12]) + (", ..." if len(values) > 12 else "")
        self.name = f"one of {shown}"

    def fits(self, value: object) -> bool:
        return isinstance(value, str)

    def check(self, value: Any, path: str, out: list[Problem]) -> None:
        if value in self._values:
            return
        import difflib  # only on the error path

        close = difflib.get_close_matches(value, self._values, n=1, cutoff=0.6)
        hint = f"; did you mean {close[0]!r}?" if close else ""
        out.append((path, f"expected {self.name}, got {_show(value)}{hint}"))


class _List(_Shape):
    def __init__(self, items: _Shape) -> None:
        self._items = items
        self.name = "list" if items.name == "anything" else f"list of {items.name}"

    def fits(self, value: object) -> bool:
        return isinstance(value, list)

    def check(self, value: Any, path: str, out: list[Problem]) -> None:
        items = self._items
        for index, item in enumerate(value):
            _check_value(items, item, f"{path}[{index}]", out)


class _Fields(_Shape):
    """An object with named fields (a request's parameters are one too)."""

    name = "dict"

    def __init__(self, fields: dict[str, _Shape], required: tuple[str, ...], owner: str) -> None:
        self.fields = fields
        self.required = required
        self._owner = owner  # for messages: "PostInvoices" or the enclosing path

    def fits(self, value: object) -> bool:
        return isinstance(value, dict)

    def check(self, value: Any, path: str, out: list[Problem]) -> None:
        fields = self.fields
        for key, item in value.items():
            where = f"{path}[{key}]" if path else str(key)
            shape = fields.get(key)
            if shape is None:
                out.append((where, self._unknown(key, path)))
            elif item is not None:
                _check_value(shape, item, where, out)
        for key in self.required:
            if value.get(key) is None:
                where = f"{path}[{key}]" if path else key
                out.append((where, f"missing: required by {path or self._owner}"))

    def _unknown(self, key: object, path: str) -> str:
        import difflib  # only on the error path

        where = f"a key of {path}" if path else f"a parameter of {self._owner}"
        known = sorted(self.fields)
        close = difflib.get_close_matches(str(key), known, n=1, cutoff=0.6)
        if close:
            return f"not {where}; did you mean {close[0]!r}?"
        listed = ", ".join(known[:12]) + (", ..." if len(known) > 12 else "")
        return f"not {where} (known: {listed or 'none'})"


class _Map(_Shape):
    """A map with keys of the caller's choosing (`metadata`)."""

    def __init__(self, values: _Shape) -> None:
        self._values = values
        self.name = f"dict of {values.name}"

    def fits(self, value: object) -> bool:
        return isinstance(value, dict)

    def check(self, value: Any, path: str, out: list[Problem]) -> None:
        values = self._values
        for key, item in value.items():
            if not isinstance(key, str) or not key:
                out.append((path, f"keys must be non-empty str, got {_show(key)}"))
            elif "[" in key or "]" in key:
                # Brackets are the nesting syntax of the form encoding: decoders disagree on
                # what `metadata[a][b]` or an escaped bracket means.
                out.append(
                    (path, f"key {_cut(key)} contains '[' or ']', which Stripe reads as nesting")
                )
            else:
                _check_value(values, item, f"{path}[{key}]", out)


class _AnyOf(_Shape):
    def __init__(self, options: list[_Shape]) -> None:
        self._options = options
        self.name = " or ".join(option.name for option in options)

    def fits(self, value: object) -> bool:
        return any(option.fits(value) for option in self._options)

    def check(self, value: Any, path: str, out: list[Problem]) -> None:
        first: list[Problem] | None = None
        for option in self._options:
            if option.fits(value):
                found: list[Problem] = []
                option.check(value, path, found)
                if not found:
                    return
                first = found if first is None else first
        out.extend(first or ())


def _check_value(shape: _Shape, value: Any, path: str, out: list[Problem]) -> None:
    if shape.fits(value):
        shape.check(value, path, out)
    else:
        out.append((path, f"expected {shape.name}, got {_show(value)}"))


_SCALARS: dict[str, _Shape] = {
    "string": _Scalar("str", (str,)),
    "integer": _Scalar("int", (int,)),
    "number": _Number("number", (int, float)),
    "boolean": _Scalar("bool", (bool,)),
}
_ANYTHING = _Shape()
_DECIMAL = _Decimal()
# What Stripe's decimal fields read: digits, an optional fraction, no exponent.
_DECIMAL_TEXT = re.compile(r"-?[0-9]+(\.[0-9]+)?")


def _compile(schema: Mapping[str, Any], owner: str, cache: dict[int, _Shape]) -> _Shape:
    # Shared sub-schemas are one object in the table: compile each once.
    known = cache.get(id(schema))
    if known is not None:
        return known
    shape = _compile_new(schema, owner, cache)
    cache[id(schema)] = shape
    return shape


def _compile_new(schema: Mapping[str, Any], owner: str, cache: dict[int, _Shape]) -> _Shape:
    if "anyOf" in schema:
        options = [_compile(option, owner, cache) for option in schema["anyOf"]]
        return options[0] if len(options) == 1 else _AnyOf(options)
    if schema.get("enum") == [""]:
        return _Unset()
    if schema.get("type") == "string" and schema.get("enum"):
        values = tuple(str(v) for v in schema["enum"] if v != "")
        named = _OneOf(values)
        return _AnyOf([named, _Unset()]) if "" in schema["enum"] else named
    kind = schema.get("type")
    if kind == "array":
        return _List(_compile(schema.get("items", {}), owner, cache))
    if kind == "object":
        properties = schema.get("properties")
        extra = schema.get("additionalProperties")
        if not properties and isinstance(extra, Mapping):
            return _Map(_compile(extra, owner, cache))
        if properties:
            fields = {name: _compile(item, owner, cache) for name, item in properties.items()}
            return _Fields(fields, tuple(schema.get("required", ())), owner)
        return _Map(_ANYTHING)
    if kind == "string" and schema.get("format") == "decimal":
        return _DECIMAL
    if isinstance(kind, str):
        return _SCALARS.get(kind, _ANYTHING)
    return _ANYTHING


_CACHE: dict[int, _Shape] = {}


def request_checker(operation_id: str, schema: Mapping[str, Any]) -> Checker:
    """A check of the plain params of `operation_id`, compiled from its request schema: every
    problem (path, what is wrong), [] if none. Unknown names, values of the wrong type at any
    depth, missing required ones, and map keys that the form encoding cannot carry."""
    fields = {
        name: _compile(item, operation_id, _CACHE) for name, item in schema["properties"].items()
    }
    operation = _Fields(fields, tuple(schema["required"]), operation_id)

    def check(params: Mapping[str, Any]) -> list[Problem]:
        out: list[Problem] = []
        operation.check(params, "", out)
        return out[:_MAX_PROBLEMS]

    return check


__all__ = ["Checker", "Problem", "drift", "request_checker"]
