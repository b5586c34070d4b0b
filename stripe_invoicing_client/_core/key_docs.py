"""`help()` of a parameter TypedDict: its docstring, then each key with its type and sentence.

The sentences are the string literals written right after each key in the generated source
(what pyright, Pylance and Jedi show on hover), so the wheel holds each sentence once; the list
is built from the module's source the first time someone reads a class's `__doc__` (as the
models' field lists are, `_core/model.py`).
"""

from __future__ import annotations

import sys
from typing import Any, TypedDict

# Per module: class name -> [(key, type as written, sentence)], parsed once.
_PARSED: dict[str, dict[str, list[tuple[str, str, str]]]] = {}


def _keys_in_source(module_name: str) -> dict[str, list[tuple[str, str, str]]]:
    import ast
    import inspect
    from itertools import pairwise

    if module_name in _PARSED:
        return _PARSED[module_name]
    try:
        tree = ast.parse(inspect.getsource(sys.modules[module_name]))
    except (OSError, TypeError, SyntaxError, KeyError):
        tree = ast.Module(body=[], type_ignores=[])  # no source at hand: own docstrings only
    found: dict[str, list[tuple[str, str, str]]] = {}
    for node in tree.body:
        if not isinstance(node, ast.ClassDef):
            continue
        found[node.name] = [
            (key.target.id, _shown_type(key.annotation), after.value.value)
            for key, after in pairwise(node.body)
            if isinstance(key, ast.AnnAssign)
            and isinstance(key.target, ast.Name)
            and isinstance(after, ast.Expr)
            and isinstance(after.value, ast.Constant)
            and isinstance(after.value.value, str)
        ]
    _PARSED[module_name] = found
    return found


def _shown_type(annotation: Any) -> str:
    import ast

    if (
        isinstance(annotation, ast.Subscript)
        and isinstance(annotation.value, ast.Name)
        and annotation.value.id == "Required"
    ):
        return f"{ast.unparse(annotation.slice)}, required"
    return ast.unparse(annotation)


# Per class: its docstring followed by its keys, built on first read.
_DOCS: dict[type, str | None] = {}


def _doc_with_keys(cls: type) -> str | None:
    if cls in _DOCS:
        return _DOCS[cls]
    own: str | None = cls.__dict__.get("__doc__")
    keys = _keys_in_source(cls.__module__).get(cls.__name__, [])
    lines = [f"    {key} ({shown}): {sentence}" for key, shown, sentence in keys]
    doc = "\n".join([(own or cls.__name__).rstrip(), "", "Keys:", *lines]) if lines else own
    _DOCS[cls] = doc
    return doc


class _KeysDoc:
    """The `__doc__` of a documented TypedDict class: its docstring, then its keys."""

    def __get__(self, cls: type | None, owner: type | None = None) -> str | None:
        if cls is None:
            return "A TypedDict class whose __doc__ lists its keys."
        return _doc_with_keys(cls)

    def __set__(self, cls: type, value: str | None) -> None:
        type.__dict__["__doc__"].__set__(cls, value)
        _DOCS.pop(cls, None)


# A data descriptor on the metaclass wins over each class's own `__doc__` entry (pydoc reads
# it so); TypedDict classes cannot be given a metaclass, so `document_keys` swaps it in after.
class _Probe(TypedDict):
    pass


_TypedDictType = type(_Probe)
_DocumentedTypedDictType = type(
    "_DocumentedTypedDictType", (_TypedDictType,), {"__doc__": _KeysDoc()}
)


def document_keys(module_name: str) -> None:
    """Make `help()` of each TypedDict defined in the module list its keys' sentences."""
    for value in list(vars(sys.modules[module_name]).values()):
        if type(value) is _TypedDictType and value.__module__ == module_name:
            type.__setattr__(value, "__class__", _DocumentedTypedDictType)
