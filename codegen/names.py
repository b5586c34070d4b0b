"""Class names of at most 60 characters, for every generated class and alias; and the check
that no generated module binds one name twice.

A longer name loses leading words (`PaymentSettingsPaymentMethodOptions...` -> `...Options...`)
until it fits, keeping the words that say what the class is; among the names that fit, the
first one not taken already is used, so two long names never end up as one.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Collection, Iterator

MAX_CLASS_NAME = 60

# Where a word starts: an upper-case letter after a lower-case letter or digit, or the last
# capital of a run followed by a lower-case letter (`APIError` -> `API`, `Error`).
_WORD_START = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")


def fit(name: str, taken: Collection[str] = ()) -> str:
    """`name` if it fits, else its longest tail of whole words that fits and is not `taken`
    (a number added to the longest fitting tail if every such tail is)."""
    if len(name) <= MAX_CLASS_NAME:
        return name
    starts = [match.start() for match in _WORD_START.finditer(name)]
    tails = [name[i:] for i in starts if len(name) - i <= MAX_CLASS_NAME]
    tails = [tail for tail in tails if tail.isidentifier()]
    for tail in tails:
        if tail not in taken:
            return tail
    base = tails[0] if tails else "Shape" + name[10 - MAX_CLASS_NAME :]
    number = 2
    while True:
        suffix = str(number)
        candidate = base[max(0, len(base) + len(suffix) - MAX_CLASS_NAME) :] + suffix
        if candidate[:1].isalpha() and candidate not in taken:
            return candidate
        number += 1


def _bindings(statements: list[ast.stmt]) -> Iterator[tuple[str, object]]:
    """(name, what binds it) for each module-level binding, `if TYPE_CHECKING:` ones included."""
    for node in statements:
        if isinstance(node, ast.If):
            yield from _bindings(node.body)
            yield from _bindings(node.orelse)
        elif isinstance(node, ast.Import | ast.ImportFrom):
            source = (node.module, node.level) if isinstance(node, ast.ImportFrom) else ("", 0)
            for alias in node.names:
                yield alias.asname or alias.name.partition(".")[0], (*source, alias.name)
        elif isinstance(node, ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            yield node.name, node.lineno
        elif isinstance(node, ast.Assign | ast.AnnAssign):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            for target in targets:
                if isinstance(target, ast.Name):
                    yield target.id, node.lineno


def rebound(source: str) -> list[str]:
    """The names a module binds to two different things (a class and an import of the same
    name, say): under TYPE_CHECKING or not, one of them silently stands for the other."""
    first: dict[str, object] = {}
    found: list[str] = []
    for name, binding in _bindings(ast.parse(source).body):
        if first.setdefault(name, binding) != binding and name not in found:
            found.append(name)
    return found
