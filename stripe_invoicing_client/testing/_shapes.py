"""What each request parameter may look like, and turning decoded strings into typed values.

The decoder hands over strings, dicts and lists only; a shape says which of those is valid
where, converts leaves (`"42"` -> 42, `"true"` -> True) and reports the first mismatch with
the parameter's bracketed path, as Stripe does.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any, TypeAlias

from attrs import frozen

from ._errors import ApiError
from ._money import RULES

_INTEGER = re.compile(r"-?[0-9]+")
_NUMBER = re.compile(r"-?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)")
# Stripe's integers are 64-bit; its other numbers are short decimals.
_INT64 = range(-(2**63), 2**63)
_MAX_NUMBER_TEXT = 40


class _Unset:
    """Marks a parameter sent as the empty string: "remove this value"."""

    def __repr__(self) -> str:
        return "UNSET"


UNSET: Any = _Unset()


@frozen
class Scalar:
    kind: str  # "string", "integer", "number" or "boolean"
    # Bounds from the spec: on the value of an integer or number, the length of a string.
    minimum: float | None = None
    maximum: float | None = None
    max_length: int | None = None


@frozen
class OneOf:
    values: tuple[str, ...]


@frozen
class StrMap:
    """`metadata`-like: any keys, string values."""


@frozen
class Anything:
    """Accepted without a look inside: parameters the fake stores or ignores."""


@frozen
class ListOf:
    item: Shape


@frozen
class Fields:
    fields: Mapping[str, Shape]
    required: tuple[str, ...] = ()


@frozen
class AnyOf:
    options: tuple[Shape, ...]


@frozen
class Unsettable:
    """The spec allows `""` here, meaning "unset"."""

    inner: Shape


Shape: TypeAlias = Scalar | OneOf | StrMap | Anything | ListOf | Fields | AnyOf | Unsettable

STR = Scalar("string")
INT = Scalar("integer")
NUMBER = Scalar("number")
BOOL = Scalar("boolean")
STR_MAP = StrMap()
ANYTHING = Anything()


def _join(path: str, key: str) -> str:
    return f"{path}[{key}]" if path else key


def _invalid(path: str, message: str, code: str | None = None) -> ApiError:
    return ApiError.invalid_request(message, param=path, code=code)


def _as_list(value: Any, path: str) -> list[Any] | None:
    if isinstance(value, list):
        return value
    if isinstance(value, dict) and all(_INTEGER.fullmatch(k) for k in value):
        # `lines[1][x]=..&lines[0][x]=..` is a list sent with explicit indices.
        return [value[k] for k in sorted(value, key=int)]
    return None


def _short(text: str) -> str:
    return text if len(text) <= 40 else text[:40] + "..."


def _kind(value: Any) -> str:
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    return "object"


def _scalar(shape: Scalar, value: Any, path: str) -> Any:
    if not isinstance(value, str):
        raise _invalid(path, f"Invalid {shape.kind} for {path}: got an {_kind(value)}.")
    if shape.kind == "string":
        if shape.max_length is not None and len(value) > shape.max_length:
            raise _invalid(
                path,
                f"Invalid string: {_short(value)}; must be at most {shape.max_length} characters",
            )
        return value
    if shape.kind == "integer":
        # The length is checked before int(): Python refuses to read very long digit strings.
        if not _INTEGER.fullmatch(value) or len(value) > 20 or int(value) not in _INT64:
            raise _invalid(path, f"Invalid integer: {_short(value)}", "parameter_invalid_integer")
        return _in_range(shape, int(value), path)
    if shape.kind == "number":
        if len(value) > _MAX_NUMBER_TEXT or not _NUMBER.fullmatch(value):
            raise _invalid(path, f"Invalid decimal: {_short(value)}")
        return _in_range(shape, float(value), path)
    if value not in ("true", "false"):
        raise _invalid(path, f"Invalid boolean: {value}")
    return value == "true"


def _in_range(shape: Scalar, number: float, path: str) -> Any:
    if shape.minimum is not None and number < shape.minimum:
        raise _invalid(
            path,
            f"Invalid {path}: must be greater than or equal to {shape.minimum:g}",
            "parameter_invalid_integer" if shape.kind == "integer" else None,
        )
    if shape.maximum is not None and number > shape.maximum:
        raise _invalid(
            path,
            f"Invalid {path}: must be less than or equal to {shape.maximum:g}",
            "parameter_invalid_integer" if shape.kind == "integer" else None,
        )
    return number


def _fields(shape: Fields, value: Any, path: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise _invalid(path, f"Invalid object for {path}: expected a hash with named keys.")
    out: dict[str, Any] = {}
    for key, item in value.items():
        where = _join(path, key)
        if key not in shape.fields:
            raise _invalid(where, f"Received unknown parameter: {where}", "parameter_unknown")
        value = coerce(shape.fields[key], item, where)
        rule = RULES.get(key)
        out[key] = value if rule is None or value is UNSET else rule(value, where)
    for key in shape.required:
        if key not in out:
            where = _join(path, key)
            raise _invalid(where, f"Missing required param: {where}.", "parameter_missing")
    return out


def _matches(shape: Shape, value: Any) -> bool:
    """Whether `value` has the structure (string, list or dict) that `shape` takes."""
    if isinstance(shape, Unsettable):
        return value == "" or _matches(shape.inner, value)
    if isinstance(shape, (Scalar, OneOf)):
        return isinstance(value, str)
    if isinstance(shape, ListOf):
        return _as_list(value, "") is not None
    if isinstance(shape, (Fields, StrMap)):
        return isinstance(value, dict)
    if isinstance(shape, AnyOf):
        return any(_matches(option, value) for option in shape.options)
    return True


def coerce(shape: Shape, value: Any, path: str) -> Any:
    """`value` converted to what `shape` describes; raises `ApiError` (400) when it doesn't fit."""
    if value == "":
        if isinstance(shape, Unsettable):
            return UNSET
        if not isinstance(shape, Anything):
            raise _invalid(
                path,
                f"An empty string was sent for '{path}', which reads as a request to unset it, "
                f"but '{path}' cannot be unset. Leave it out or send a value.",
                "parameter_invalid_empty",
            )
    if isinstance(shape, Unsettable):
        return coerce(shape.inner, value, path)
    if isinstance(shape, Scalar):
        return _scalar(shape, value, path)
    if isinstance(shape, OneOf):
        if value not in shape.values:
            allowed = ", ".join(f"`{v}`" for v in shape.values)
            raise _invalid(path, f"Invalid {path}: must be one of {allowed}")
        return value
    if isinstance(shape, StrMap):
        if not isinstance(value, dict) or not all(isinstance(v, str) for v in value.values()):
            raise _invalid(path, f"Invalid {path}: expected a hash of string keys and values.")
        return dict(value)
    if isinstance(shape, ListOf):
        items = _as_list(value, path)
        if items is None:
            raise _invalid(path, f"Invalid array for {path}: send it as {path}[0], {path}[1]...")
        return [coerce(shape.item, item, _join(path, str(i))) for i, item in enumerate(items)]
    if isinstance(shape, Fields):
        return _fields(shape, value, path)
    if isinstance(shape, AnyOf):
        # A word one option names (`now` of `int | "now"`) is that option's, before any
        # option that takes every string is tried.
        if any(isinstance(o, OneOf) and value in o.values for o in shape.options):
            return value
        for option in shape.options:
            if _matches(option, value):
                return coerce(option, value, path)
        raise _invalid(path, f"Invalid value for {path}.")
    return value


def coerce_params(shape: Fields, params: dict[str, Any]) -> dict[str, Any]:
    """Top-level parameters checked against an operation's accepted set."""
    return _fields(shape, params, "")


__all__ = [
    "ANYTHING",
    "BOOL",
    "INT",
    "NUMBER",
    "STR",
    "STR_MAP",
    "UNSET",
    "AnyOf",
    "Fields",
    "ListOf",
    "OneOf",
    "Shape",
    "StrMap",
    "Unsettable",
    "coerce",
    "coerce_params",
]
