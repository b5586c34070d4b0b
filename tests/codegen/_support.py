"""Glue for the codegen tests: reading generated source back."""

from __future__ import annotations

import ast
from collections.abc import Iterator


def attribute_docs(node: ast.ClassDef) -> Iterator[tuple[str, str]]:
    """(attribute, the string written right after it) for each annotated attribute of a class
    that has one: where generated models and params put a field's sentence."""
    for field, after in zip(node.body, node.body[1:], strict=False):
        if (
            isinstance(field, ast.AnnAssign)
            and isinstance(field.target, ast.Name)
            and isinstance(after, ast.Expr)
            and isinstance(after.value, ast.Constant)
            and isinstance(after.value.value, str)
        ):
            yield field.target.id, after.value.value
