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
from typing import TYPE_CHECKING, Any, ClassVar

from .field_error import FieldNotAvailableError, no_such_field
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
        found = _ATTRIBUTES[cls] = {key: name for name, key, _ in cls._FIELDS}
    return found


# Per model class: (attribute, JSON key) of the fields `to_dict` copies as they are.
_PLAIN: dict[type, tuple[tuple[str, str], ...]] = {}


def _plain(cls: type[Model]) -> tuple[tuple[str, str], ...]:
    found = _PLAIN.get(cls)
    if found is None:
        converted = cls._CONVERTED
        found = _PLAIN[cls] = tuple(
            (name, key) for name, key, _ in cls._FIELDS if name not in converted
        )
    return found


def _slot(model: Model, name: str) -> Any:
    """A filled slot's value; AttributeError, without going through `__getattr__`, if unfilled."""
    return object.__getattribute__(model, name)


def _extras(model: Model) -> dict[str, Any]:
    try:
        extras: dict[str, Any] = _slot(model, "additional_properties")
    except AttributeError:
        return {}
    return extras


def _not_available(model: Model, name: str) -> AttributeError:
    cls = type(model)
    for attribute, key, expected in cls._FIELDS:
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
    types = {name: expected for name, _, expected in cls.__dict__.get("_FIELDS", ())}
    keys = {name: key for name, key, _ in cls.__dict__.get("_FIELDS", ())}
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

    __slots__ = ()
    # (attribute, JSON key, declared type) of every field, required ones first.
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = ()
    # Attributes of the fields whose value `to_dict` converts back to JSON (models, decimals,
    # lists of them); a subclass that has any overrides `to_dict` for them.
    _CONVERTED: ClassVar[frozenset[str]] = frozenset()
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
            raise _not_available(self, name)

    def __getitem__(self, key: str) -> Any:
        name = _attributes(type(self)).get(key)
        if name is not None:
            try:
                value = _slot(self, name)
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
        for name, key in _plain(type(self)):
            try:
                value = _slot(self, name)
            except AttributeError:
                continue  # did not fit: what was received is already in `data`
            if value is not UNSET:
                data[key] = value
        return data

    def _filled(self) -> dict[str, Any]:
        state: dict[str, Any] = {}
        for name, _, _ in type(self)._FIELDS:
            with contextlib.suppress(AttributeError):
                state[name] = _slot(self, name)
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
            for name, _, _ in type(self)._FIELDS
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
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        for name, value in state.items():
            object.__setattr__(self, name, value)


__all__ = ["FieldNotAvailableError", "Model", "is_plain_decimal"]
