"""What every generated model shares: fields that never read as a value of another type.

Parsing is tolerant and lossless: a value that does not fit its field is kept, as received, in
`additional_properties`, and the field is left unfilled (its slot is never set). Reading an
unfilled field ends in `__getattr__`, which raises `FieldNotAvailableError`: an
`AttributeError`, so `getattr(model, name, default)` and `hasattr` see the field as missing.
Reading a filled field is a plain slot read, with nothing added to it.
"""

from __future__ import annotations

import contextlib
import re
import threading
from collections.abc import Callable
from decimal import Decimal
from typing import TYPE_CHECKING, Any, ClassVar

from .field_error import FieldNotAvailableError, no_such_field
from .field_table import fields_of
from .types import UNSET

# Decimal text that `Decimal` reads and `format(value, "f")` writes back unchanged.
_PLAIN_DECIMAL = re.compile(r"-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?")


def is_plain_decimal(text: str) -> bool:
    """`text` is a decimal in plain notation (`12.50`, `-0.0001`): parsed as a `Decimal`, its
    `to_dict()` gives back the same text."""
    return _PLAIN_DECIMAL.fullmatch(text) is not None


# Per model class: JSON key -> attribute name, built on first dict-style access.
_ATTRIBUTES: dict[type, dict[str, str]] = {}


def _attributes(cls: type[Model]) -> dict[str, str]:
    found = _ATTRIBUTES.get(cls)
    if found is None:
        found = _ATTRIBUTES[cls] = {key: name for name, key, _ in fields_of(cls)}
    return found


# Per model class: (attribute, JSON key) of the fields `to_dict` copies as they are, and of
# those it converts (models, decimals, lists of them), in field order.
_PAIRS: dict[type, tuple[tuple[tuple[str, str], ...], tuple[tuple[str, str], ...]]] = {}


def _pairs(
    cls: type[Model],
) -> tuple[tuple[tuple[str, str], ...], tuple[tuple[str, str], ...]]:
    found = _PAIRS.get(cls)
    if found is None:
        converted = cls._CONVERTED | cls._DECODE.keys()
        table = fields_of(cls)
        found = _PAIRS[cls] = (
            tuple((name, key) for name, key, _ in table if name not in converted),
            tuple((name, key) for name, key, _ in table if name in converted),
        )
    return found


def _slot(model: Model, name: str) -> Any:
    """A filled slot's value; AttributeError, without going through `__getattr__`, if unfilled."""
    return object.__getattribute__(model, name)


_NOTHING = object()

# Taken only on the first read of a field decoded later, so that threads reading it at once
# all get the same object.
_DECODING = threading.Lock()


def _decoded(model: Model, name: str) -> Any:
    """The value of a field whose nested JSON `from_dict` kept for later, decoded now and
    stored in its slot; AttributeError if the field has nothing waiting."""
    try:
        later: dict[str, Any] = _slot(model, "_later")
    except AttributeError:
        raise AttributeError(name) from None
    raw = later.get(name, _NOTHING)
    if raw is _NOTHING:
        # Nothing waits: another thread may have stored it since this read found no value.
        return _slot(model, name)
    value = type(model)._DECODE[name](raw)
    with _DECODING:
        try:
            return _slot(model, name)  # another thread stored it first
        except AttributeError:
            object.__setattr__(model, name, value)
            later.pop(name, None)
            return value


def _read(model: Model, name: str) -> Any:
    """A field's value, decoding it if it waits; AttributeError if unfilled."""
    try:
        return _slot(model, name)
    except AttributeError:
        return _decoded(model, name)


def _dump(value: Any) -> Any:
    """A converted field's value as JSON data: models, decimals, and lists and maps of them."""
    if isinstance(value, Model):
        return value.to_dict()
    if isinstance(value, Decimal):
        return format(value, "f")
    if type(value) is list:
        return [_dump(item) for item in value]
    if type(value) is dict:
        return {key: _dump(item) for key, item in value.items()}
    return value


def _extras(model: Model) -> dict[str, Any]:
    try:
        extras: dict[str, Any] = _slot(model, "additional_properties")
    except AttributeError:
        return {}
    return extras


def _not_available(model: Model, name: str) -> AttributeError:
    cls = type(model)
    for attribute, key, expected in fields_of(cls):
        if attribute == name:
            extras = _extras(model)
            present = key in extras
            value = extras.get(key)
            return FieldNotAvailableError(
                cls.__name__, name, key, expected, present=present, value=value
            )
    if name.startswith("_"):
        # Private and special names (probed by copy, pickle, ...) are never fields.
        return AttributeError(f"{cls.__name__!r} object has no attribute {name!r}", name=name)
    return no_such_field(cls.__name__, name, held=name in _extras(model))


# Per model class: its docstring followed by its fields' sentences, built on first read.
_DOCS: dict[type, str | None] = {}


def _field_sentences(cls: type) -> list[tuple[str, str]]:
    """(attribute, sentence) of the fields documented in `cls`'s source: the string literal
    written right after a field, which editors (Pylance, Jedi) show on hover."""
    import ast
    import inspect
    from itertools import pairwise

    try:
        tree = ast.parse(inspect.getsource(cls))
    except (OSError, TypeError, SyntaxError):
        return []  # no source at hand (a frozen app, say): the class's own docstring only
    body = tree.body[0].body if tree.body and isinstance(tree.body[0], ast.ClassDef) else []
    return [
        (field.target.id, after.value.value)
        for field, after in pairwise(body)
        if isinstance(field, ast.AnnAssign)
        and isinstance(field.target, ast.Name)
        and isinstance(after, ast.Expr)
        and isinstance(after.value, ast.Constant)
        and isinstance(after.value.value, str)
    ]


def _doc_with_fields(cls: type[Model]) -> str | None:
    if cls in _DOCS:
        return _DOCS[cls]
    own: str | None = cls.__dict__.get("__doc__")
    table = cls.__dict__.get("_FIELDS", ()) or (
        fields_of(cls) if "from_dict" in cls.__dict__ else ()
    )
    types = {name: expected for name, _, expected in table}
    keys = {name: key for name, key, _ in table}
    lines = [
        f"    {name} ({types[name]}): {sentence}"
        + (f" (JSON {keys[name]!r})" if keys[name] != name else "")
        for name, sentence in _field_sentences(cls)
        if name in types
    ]
    doc = own
    if lines:
        doc = "\n".join([(own or cls.__name__).rstrip(), "", "Fields:", *lines])
    _DOCS[cls] = doc
    return doc


class _ClassDoc:
    """A model class's `__doc__`: its docstring, then each field with its type and sentence.

    `help()` reads `__doc__`; the sentences are the attribute docstrings of the class's source
    (what editors show on hover), so the wheel holds each sentence once, and the field list is
    built only when someone asks for it."""

    def __get__(self, cls: type[Model] | None, owner: type | None = None) -> str | None:
        if cls is None:
            return _ModelType.__name__
        return _doc_with_fields(cls)

    def __set__(self, cls: type, value: str | None) -> None:
        type.__dict__["__doc__"].__set__(cls, value)
        _DOCS.pop(cls, None)


class _ModelType(type):
    # A data descriptor on the metaclass wins over each class's own `__doc__` entry.
    __doc__ = _ClassDoc()


class Model(metaclass=_ModelType):
    """The base of every generated model.

    Besides attribute access, a model reads like a read-only mapping of its JSON keys:
    `model["key"]`, `"key" in model` and `model.get("key", default)` cover modelled fields
    (their parsed value) and unknown ones (as received) alike. A modelled field whose value
    did not fit is found there too, as received. `to_dict()` gives the JSON data.
    """

    # `_later`: nested JSON `from_dict` accepted for a field and left to decode on first read
    # (attribute -> JSON value), so a page of objects costs what is read of it.
    __slots__ = ("_later",)
    # Attributes of the fields, other than those in `_DECODE`, whose value `to_dict` converts
    # back to JSON (decimals, say).
    _CONVERTED: ClassVar[frozenset[str]] = frozenset()
    # attribute -> the function decoding the JSON value `from_dict` kept in `_later`.
    _DECODE: ClassVar[dict[str, Callable[[Any], Any]]] = {}
    # Iterating would otherwise try `model[0]`, `model[1]`, ...: refuse it plainly.
    __iter__: ClassVar[None] = None

    if not TYPE_CHECKING:
        # Hidden from type checkers, so that a misspelled attribute stays a type error.
        def __getattr__(self, name: str) -> Any:
            if name == "additional_properties":
                # `from_dict` leaves it unfilled when it kept nothing: made on first read.
                extras: dict[str, Any] = {}
                object.__setattr__(self, name, extras)
                return extras
            try:
                return _decoded(self, name)
            except AttributeError:
                raise _not_available(self, name) from None

    def __getitem__(self, key: str) -> Any:
        name = _attributes(type(self)).get(key)
        if name is not None:
            try:
                value = _read(self, name)
            except AttributeError:
                pass  # did not fit: what was received is in additional_properties
            else:
                if value is UNSET:
                    raise KeyError(key)
                return value
        return _extras(self)[key]

    def __contains__(self, key: object) -> bool:
        try:
            self[key]  # type: ignore[index]
        except (KeyError, TypeError):
            return False
        return True

    def get(self, key: str, default: Any = None) -> Any:
        """`model[key]`, or `default` when the object has no `key`."""
        try:
            return self[key]
        except KeyError:
            return default

    def to_dict(self) -> dict[str, Any]:
        """The JSON data: what was received and not modelled (or did not fit), and every filled
        field that is not `UNSET`."""
        data = dict(_extras(self))
        plain, converted = _pairs(type(self))
        for name, key in plain:
            try:
                value = _slot(self, name)
            except AttributeError:
                continue  # did not fit: what was received is already in `data`
            if value is not UNSET:
                data[key] = value
        for name, key in converted:
            try:
                value = _read(self, name)
            except AttributeError:
                continue  # did not fit: what was received is already in `data`
            if value is not UNSET:
                data[key] = _dump(value)
        return data

    def _filled(self) -> dict[str, Any]:
        state: dict[str, Any] = {}
        for name, _, _ in fields_of(type(self)):
            with contextlib.suppress(AttributeError):
                state[name] = _read(self, name)
        state["additional_properties"] = _extras(self)
        return state

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        assert isinstance(other, Model)
        return self._filled() == other._filled()

    __hash__ = None  # type: ignore[assignment]  # mutable, like the attrs classes it replaces

    def __repr__(self) -> str:
        state = self._filled()
        parts = [
            f"{name}={state[name]!r}" if name in state else f"{name}=<not available>"
            for name, _, _ in fields_of(type(self))
        ]
        parts.append(f"additional_properties={state['additional_properties']!r}")
        return f"{type(self).__name__}({', '.join(parts)})"

    def __getstate__(self) -> dict[str, Any]:
        # Every filled slot, including any a subclass adds beyond its fields.
        state: dict[str, Any] = {}
        for cls in type(self).__mro__:
            for name in getattr(cls, "__slots__", ()):
                if name != "__weakref__":
                    with contextlib.suppress(AttributeError):
                        state[name] = _slot(self, name)
        if "_later" in state:
            state["_later"] = dict(state["_later"])  # a copy decodes on its own
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        for name, value in state.items():
            object.__setattr__(self, name, value)


__all__ = ["FieldNotAvailableError", "Model", "is_plain_decimal"]
