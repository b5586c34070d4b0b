"""Long enum Literals written in several places, written once, in `_generated/enums.py`.

Fields and parameters spell their enums inline as `Literal[...]`. One of more than `LONG`
values found in two or more places of `models/` and `params/` (the tax ID types, the payment
method types, ...) is defined once, under a short name taken from where it is used
(`TaxIdType`, `PaymentMethodType`), and every place refers to that name. A pass over the
modules' text before formatting: it sees models and parameters alike, whichever wrote them.
"""

from __future__ import annotations

import ast
import re
from collections import Counter
from dataclasses import dataclass, field

from .names import fit

LONG = 8
MODULE = "enums.py"
_FOLDERS = ("models/", "params/")
# Words that say how a value is nested, not what it is (`MandateOptions` -> `Mandate`).
_FILLER = {"Params", "Param", "Create", "Update", "Options", "Settings", "Details", "Data"}
_WORD = re.compile(r"[A-Z][a-z0-9]*|[a-z0-9]+")


@dataclass
class _Found:
    text: str  # `Literal['a', 'b', ...]`, as the generator wrote it
    candidates: list[str] = field(default_factory=list)  # one a place it is written
    # (module path, start byte, end byte) of each place
    places: list[tuple[str, int, int]] = field(default_factory=list)


def _camel(words: list[str]) -> str:
    return "".join(word[:1].upper() + word[1:] for word in words)


def _candidate(owner: str, key: str, in_list: bool) -> str:
    """`payment_method_types` (a list) -> `PaymentMethodType`; a one-word key takes its
    owner's last word (`Card` + `network`), two for a short one (`TaxId` + `type`)."""
    words = key.rstrip("_").split("_")
    if in_list and words[-1].endswith("s") and not words[-1].endswith("ss"):
        words[-1] = words[-1][:-1]
    if len(words) > 1:
        return _camel(words)
    owned = _WORD.findall(owner)
    while len(owned) > 1 and owned[-1] in _FILLER:
        owned.pop()
    tail = owned[-2:] if len(owned[-1]) <= 3 else owned[-1:]
    return _camel(tail + words)


def _literals(node: ast.AST, in_list: bool = False) -> list[tuple[ast.Subscript, bool]]:
    """The long `Literal[...]` subscripts of an annotation, each with whether a list holds it."""
    if isinstance(node, ast.Subscript):
        if isinstance(node.value, ast.Name) and node.value.id == "Literal":
            values = node.slice.elts if isinstance(node.slice, ast.Tuple) else [node.slice]
            return [(node, in_list)] if len(values) > LONG else []
        holder = isinstance(node.value, ast.Name) and node.value.id == "list"
        return _literals(node.slice, holder)
    found: list[tuple[ast.Subscript, bool]] = []
    for child in ast.iter_child_nodes(node):
        found += _literals(child, in_list and isinstance(node, ast.BinOp))
    return found


def _offset(lines: list[bytes], line: int, column: int) -> int:
    return sum(len(text) for text in lines[: line - 1]) + column


def _scan(texts: dict[str, str]) -> tuple[dict[str, _Found], set[str]]:
    """The long Literals of the class fields of models/ and params/, and every name those
    modules define (a hoisted name must not be one)."""
    found: dict[str, _Found] = {}
    defined: set[str] = set()
    for path, text in sorted(texts.items()):
        if not path.startswith(_FOLDERS) or not path.endswith(".py"):
            continue
        tree = ast.parse(text)
        lines = text.encode().splitlines(keepends=True)
        for node in tree.body:
            if isinstance(node, ast.ClassDef | ast.FunctionDef):
                defined.add(node.name)
            elif isinstance(node, ast.Assign):
                defined.update(t.id for t in node.targets if isinstance(t, ast.Name))
            if not isinstance(node, ast.ClassDef):
                continue
            for statement in node.body:
                if not (
                    isinstance(statement, ast.AnnAssign) and isinstance(statement.target, ast.Name)
                ):
                    continue
                for literal, in_list in _literals(statement.annotation):
                    assert literal.end_lineno is not None and literal.end_col_offset is not None
                    start = _offset(lines, literal.lineno, literal.col_offset)
                    end = _offset(lines, literal.end_lineno, literal.end_col_offset)
                    written = b"".join(lines)[start:end].decode()
                    entry = found.setdefault(written, _Found(written))
                    entry.candidates.append(_candidate(node.name, statement.target.id, in_list))
                    entry.places.append((path, start, end))
    return found, defined


def _requests_only(entry: _Found) -> bool:
    return all(path.startswith("params/") for path, _, _ in entry.places)


def _names(repeated: list[_Found], defined: set[str]) -> dict[str, str]:
    """{literal text: name}: each its most used candidate (the shorter on a tie), never one
    taken. The literals in the most places choose first, responses' before requests'; a
    requests-only literal whose name is taken (by the response side's, which can hold an
    `unknown` more, say) is suffixed `Param`, then numbered."""
    taken = set(defined)
    named: dict[str, str] = {}
    for entry in sorted(repeated, key=lambda e: (-len(e.places), _requests_only(e), e.text)):
        counts = Counter(entry.candidates)
        ranked = sorted(counts, key=lambda c: (-counts[c], len(c), c))
        if _requests_only(entry):
            ranked += [f"{c}Param" for c in ranked]
        name = next((fit(c) for c in ranked if fit(c) not in taken), "")
        number = 2
        while not name or name in taken:
            name = fit(f"{ranked[0]}{number}", taken)
            number += 1
        taken.add(name)
        named[entry.text] = name
    return named


def hoist(texts: dict[str, str]) -> tuple[dict[str, str], dict[str, list[str]]]:
    """`texts` with every long Literal written in more than one place replaced by its name and
    `enums.py` defining those names; and, per folder (`models`, `params`), the names it uses."""
    found, defined = _scan(texts)
    repeated = [entry for entry in found.values() if len(entry.places) > 1]
    if not repeated:
        return texts, {}
    named = _names(repeated, defined)
    edits: dict[str, list[tuple[int, int, str]]] = {}
    for entry in repeated:
        for path, start, end in entry.places:
            edits.setdefault(path, []).append((start, end, named[entry.text]))
    out = dict(texts)
    used: dict[str, set[str]] = {}
    for path, spans in edits.items():
        data = out[path].encode()
        for start, end, name in sorted(spans, reverse=True):
            data = data[:start] + name.encode() + data[end:]
        names = sorted({name for _, _, name in spans})
        used.setdefault(path.split("/")[0], set()).update(names)
        head, future, rest = data.decode().partition("from __future__ import annotations\n")
        assert future, f"{path} has no `from __future__ import annotations`"
        out[path] = f"{head}{future}\nfrom ..enums import {', '.join(names)}\n{rest}"
    definitions = sorted(named.items(), key=lambda item: item[1])
    out[MODULE] = "\n".join(
        [
            '"""Enum values that several fields and parameters take, each list written once',
            '(generated; do not edit)."""',
            "",
            "from typing import Literal",
            "",
            *(f"{name} = {text}" for text, name in definitions),
            "",
            "__all__ = [",
            *(f"    {name!r}," for _, name in definitions),
            "]",
            "",
        ]
    )
    return out, {folder: sorted(names) for folder, names in used.items()}
