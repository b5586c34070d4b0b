"""The part of Stripe's search query language the fake understands.

    status:'open' AND total>1000
    -customer:'cus_123' OR metadata['order']:"6735"
    email~'example.com'

Clauses join with spaces or `AND`, or with `OR`, never both in one query (Stripe has no
parentheses). A query outside this subset is refused with a 400, never answered with an
empty page, so a test can't pass by accident.
"""

from __future__ import annotations

import base64
import json
import re
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from attrs import frozen

from ._errors import ApiError
from ._pagination import page_limit
from ._state import JsonObject

MAX_CLAUSES = 10

_FIELD = re.compile(r"[a-z_]+")
_METADATA = re.compile(r"""metadata\[(?:'([^']*)'|"([^"]*)")\]""")
_OPERATOR = re.compile(r">=|<=|:|~|>|<")
_NUMBER = re.compile(r"-?[0-9]+(?:\.[0-9]+)?")
_QUOTED = re.compile(r"""'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)\"""")
_WORD = re.compile(r"[A-Za-z]+")


@frozen
class SearchField:
    """How one searchable field is read from an object, and what it may be compared with."""

    read: Callable[[JsonObject], Any]
    numeric: bool = False
    substring: bool = False


@frozen
class Clause:
    field: str
    metadata_key: str | None
    operator: str
    value: str | float | None
    negated: bool


def _bad(message: str) -> ApiError:
    return ApiError.invalid_request(f"Could not parse the search query: {message}", param="query")


def _unescape(text: str) -> str:
    return re.sub(r"\\(.)", r"\1", text)


def _clause(query: str, pos: int) -> tuple[Clause, int]:
    negated = query.startswith("-", pos)
    pos += negated
    metadata = _METADATA.match(query, pos)
    if metadata:
        field, key = (
            "metadata",
            metadata.group(1) if metadata.group(1) is not None else metadata.group(2),
        )
        pos = metadata.end()
    else:
        word = _FIELD.match(query, pos)
        if not word:
            raise _bad(f"expected a field name at position {pos}")
        field, key = word.group(), None
        pos = word.end()
    operator = _OPERATOR.match(query, pos)
    if not operator:
        raise _bad(f"expected one of : ~ > < >= <= after '{field}' at position {pos}")
    pos = operator.end()
    value: str | float | None
    if quoted := _QUOTED.match(query, pos):
        raw = quoted.group(1) if quoted.group(1) is not None else quoted.group(2)
        value, pos = _unescape(raw), quoted.end()
    elif number := _NUMBER.match(query, pos):
        value, pos = float(number.group()), number.end()
    elif query.startswith("null", pos):
        value, pos = None, pos + 4
    else:
        raise _bad(f"the value for '{field}' must be quoted, a number or null (position {pos})")
    return Clause(field, key, operator.group(), value, negated), pos


def parse_query(query: str) -> tuple[list[Clause], str]:
    """The clauses and how they combine (`"AND"` or `"OR"`)."""
    clauses: list[Clause] = []
    joins: set[str] = set()
    pos = 0
    while True:
        while pos < len(query) and query[pos].isspace():
            pos += 1
        if pos >= len(query):
            break
        if clauses:
            word = _WORD.match(query, pos)
            if word and word.group().upper() in ("AND", "OR"):
                joins.add(word.group().upper())
                pos = word.end()
                while pos < len(query) and query[pos].isspace():
                    pos += 1
            else:
                joins.add("AND")
        if query.startswith("(", pos):
            raise _bad("parentheses are not supported")
        clause, pos = _clause(query, pos)
        clauses.append(clause)
        if pos < len(query) and not query[pos].isspace():
            raise _bad(f"unexpected text at position {pos}")
    if not clauses:
        raise _bad("the query is empty")
    if len(joins) > 1:
        raise _bad("AND and OR cannot be combined in one query")
    if len(clauses) > MAX_CLAUSES:
        raise _bad(f"at most {MAX_CLAUSES} clauses are allowed")
    return clauses, joins.pop() if joins else "AND"


def _check(clause: Clause, fields: Mapping[str, SearchField]) -> None:
    if clause.field == "metadata":
        if clause.operator != ":" or isinstance(clause.value, float):
            raise _bad("metadata can only be matched with : and a quoted string or null")
        return
    spec = fields.get(clause.field)
    if spec is None:
        known = ", ".join(sorted([*fields, "metadata"]))
        raise _bad(f"'{clause.field}' is not a searchable field here (try one of: {known})")
    if clause.operator in (">", "<", ">=", "<=") and not (
        spec.numeric and isinstance(clause.value, float)
    ):
        raise _bad(f"'{clause.field}' cannot be compared with {clause.operator}")
    if clause.operator == "~" and (
        not spec.substring or not isinstance(clause.value, str) or len(clause.value) < 3
    ):
        raise _bad(f"'{clause.field}~' needs a substring field and at least 3 characters")
    if spec.numeric and isinstance(clause.value, str):
        raise _bad(f"'{clause.field}' takes a number, not a string")
    if not spec.numeric and isinstance(clause.value, float):
        raise _bad(f"'{clause.field}' takes a quoted string, not a number")


def _holds(clause: Clause, obj: JsonObject, fields: Mapping[str, SearchField]) -> bool:
    if clause.field == "metadata":
        actual: Any = (obj.get("metadata") or {}).get(clause.metadata_key or "")
    else:
        actual = fields[clause.field].read(obj)
    wanted = clause.value
    if wanted is None or actual is None:
        result = wanted is None and actual is None and clause.operator == ":"
    elif clause.operator == "~":
        result = str(wanted).lower() in str(actual).lower()
    elif clause.operator == ":":
        result = actual == wanted if isinstance(wanted, float) else str(actual) == wanted
    else:
        compare = {">": float.__gt__, "<": float.__lt__, ">=": float.__ge__, "<=": float.__le__}
        result = compare[clause.operator](float(actual), float(wanted))
    return result != clause.negated


def _page_token(offset: int) -> str:
    return base64.urlsafe_b64encode(json.dumps({"offset": offset}).encode()).decode()


def _page_offset(token: str) -> int:
    try:
        offset = json.loads(base64.urlsafe_b64decode(token.encode()))["offset"]
    except (ValueError, KeyError, TypeError):
        raise ApiError.invalid_request("Invalid page cursor.", param="page") from None
    if not isinstance(offset, int) or offset < 0:
        raise ApiError.invalid_request("Invalid page cursor.", param="page")
    return offset


def search_page(
    ordered: Sequence[JsonObject],
    params: dict[str, Any],
    fields: Mapping[str, SearchField],
    url: str,
    render: Callable[[JsonObject], JsonObject],
) -> JsonObject:
    clauses, join = parse_query(params["query"])
    for clause in clauses:
        _check(clause, fields)
    combine = all if join == "AND" else any
    found = [obj for obj in ordered if combine(_holds(c, obj, fields) for c in clauses)]
    limit = page_limit(params)
    offset = _page_offset(params["page"]) if "page" in params else 0
    chunk = found[offset : offset + limit]
    has_more = offset + limit < len(found)
    return {
        "object": "search_result",
        "data": [render(obj) for obj in chunk],
        "has_more": has_more,
        "next_page": _page_token(offset + limit) if has_more else None,
        "url": url,
    }


__all__ = ["Clause", "SearchField", "parse_query", "search_page"]
