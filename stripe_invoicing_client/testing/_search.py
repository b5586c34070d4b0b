"""Stripe's search query language, as the fake understands and answers it.

    status:"open" AND total>1000
    -customer:'cus_123' OR metadata['order']:"6735"
    email~"example.com"   name:"ada" created>=1767225600   metadata["key"]:null

A clause is a field, an operator and a value. Values are quoted strings (either quote; a
backslash makes the next character literal, so `\\"` is a quote and `\\\\` a backslash),
integers, or `null`. Clauses join with spaces or `AND`, or with `OR`, never both in one
query (there are no parentheses); at most 10. Which fields exist and what each accepts
comes from the generated table (`SEARCH_FIELDS`): `token` fields match exactly, `string`
fields also take `~` (a substring of 3 or more characters), `numeric` fields compare with
`>` `<` `>=` `<=`, and `metadata["key"]` matches exactly. Matching ignores case; an exact
match on a `string` field finds the value's words in order (`name:"ada"` finds "Ada
Lovelace"). Anything else is refused with a 400, never answered with an empty page, so a
test can't pass by accident.

This parser is written independently of the client's query builder, so tests that send the
builder's output through it check both.
"""

from __future__ import annotations

import base64
import json
import re
from collections.abc import Callable, Sequence
from typing import Any

from attrs import frozen

from .._generated._search_fields import SEARCH_FIELDS
from ._errors import ApiError
from ._pagination import envelope, page_limit
from ._state import JsonObject

MAX_CLAUSES = 10
MIN_SUBSTRING = 3

_FIELD = re.compile(r"[a-z_]+")
_QUOTED = re.compile(r"""'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)\"""", re.DOTALL)
_METADATA = re.compile(r"metadata\[")
_OPERATOR = re.compile(r">=|<=|:|~|>|<")
_NUMBER = re.compile(r"-?[0-9]+(?:\.[0-9]+)?")
_NULL = re.compile(r"null", re.IGNORECASE)
_WORD = re.compile(r"[A-Za-z]+")
_WORDS = re.compile(r"\w+")
_ESCAPE = re.compile(r"\\(.)", re.DOTALL)
_COMPARISONS = (">", "<", ">=", "<=")


@frozen
class Clause:
    field: str
    metadata_key: str | None
    operator: str
    value: str | int | float | None
    negated: bool


def _bad(message: str) -> ApiError:
    return ApiError.invalid_request(f"Could not parse the search query: {message}", param="query")


def _quoted(query: str, pos: int) -> tuple[str, int] | None:
    match = _QUOTED.match(query, pos)
    if not match:
        return None
    raw = match.group(1) if match.group(1) is not None else match.group(2)
    return _ESCAPE.sub(r"\1", raw), match.end()


def _clause(query: str, pos: int) -> tuple[Clause, int]:
    negated = query.startswith("-", pos)
    pos += negated
    key: str | None = None
    if metadata := _METADATA.match(query, pos):
        quoted = _quoted(query, metadata.end())
        if quoted is None or not query.startswith("]", quoted[1]):
            raise _bad(f'expected metadata["key"] at position {pos}')
        field, key, pos = "metadata", quoted[0], quoted[1] + 1
    elif word := _FIELD.match(query, pos):
        field, pos = word.group(), word.end()
    else:
        raise _bad(f"expected a field name at position {pos}")
    operator = _OPERATOR.match(query, pos)
    if not operator:
        raise _bad(f"expected one of : ~ > < >= <= after '{field}' at position {pos}")
    pos = operator.end()
    value: str | int | float | None
    if quoted := _quoted(query, pos):
        value, pos = quoted
    elif number := _NUMBER.match(query, pos):
        text = number.group()
        value, pos = (float(text) if "." in text else int(text)), number.end()
    elif null := _NULL.match(query, pos):
        value, pos = None, null.end()
    else:
        raise _bad(f"the value for '{field}' must be quoted, a number or null (position {pos})")
    return Clause(field, key, operator.group(), value, negated), pos


def _skip_spaces(query: str, pos: int) -> int:
    while pos < len(query) and query[pos].isspace():
        pos += 1
    return pos


def parse_query(query: str) -> tuple[list[Clause], str]:
    """The clauses and how they combine (`"AND"` or `"OR"`)."""
    clauses: list[Clause] = []
    joins: set[str] = set()
    pos = _skip_spaces(query, 0)
    while pos < len(query):
        if clauses:
            word = _WORD.match(query, pos)
            if word and word.group().upper() in ("AND", "OR"):
                joins.add(word.group().upper())
                pos = _skip_spaces(query, word.end())
            else:
                joins.add("AND")
        if query.startswith("(", pos):
            raise _bad("parentheses are not supported")
        clause, pos = _clause(query, pos)
        clauses.append(clause)
        if pos < len(query) and not query[pos].isspace():
            raise _bad(f"unexpected text at position {pos}")
        pos = _skip_spaces(query, pos)
    if not clauses:
        raise _bad("the query is empty")
    if len(joins) > 1:
        raise _bad("AND and OR cannot be combined in one query")
    if len(clauses) > MAX_CLAUSES:
        raise _bad(f"at most {MAX_CLAUSES} clauses are allowed")
    return clauses, joins.pop() if joins else "AND"


def _check(clause: Clause, fields: dict[str, dict[str, Any]]) -> None:
    spec = fields.get(clause.field)
    if spec is None or (spec["type"] == "metadata") != (clause.metadata_key is not None):
        known = ", ".join(sorted(name for name in fields if name != "metadata"))
        raise _bad(
            f"'{clause.field}' is not a searchable field here "
            f'(try one of: {known}, or metadata["key"])'
        )
    kind, value, operator = spec["type"], clause.value, clause.operator
    if operator in _COMPARISONS and not (kind == "numeric" and isinstance(value, (int, float))):
        raise _bad(f"'{clause.field}' cannot be compared with {operator}")
    if operator == "~" and not (
        kind == "string" and isinstance(value, str) and len(value) >= MIN_SUBSTRING
    ):
        raise _bad(
            f"'{clause.field}~' needs a string field and at least {MIN_SUBSTRING} characters"
        )
    if kind == "numeric" and isinstance(value, str):
        raise _bad(f"'{clause.field}' takes a number, not a string")
    if kind != "numeric" and isinstance(value, (int, float)):
        raise _bad(f"'{clause.field}' takes a quoted string, not a number")


def _read(obj: JsonObject, path: Sequence[str]) -> Any:
    value: Any = obj
    for step in path:
        if not isinstance(value, dict):
            return None
        value = value.get(step)
    return value


def _words_in_order(wanted: str, actual: str) -> bool:
    words, within = _WORDS.findall(wanted.casefold()), _WORDS.findall(actual.casefold())
    if not words:
        return wanted.casefold() == actual.casefold()
    return any(within[i : i + len(words)] == words for i in range(len(within) - len(words) + 1))


def _holds(clause: Clause, obj: JsonObject, fields: dict[str, dict[str, Any]]) -> bool:
    spec = fields[clause.field]
    actual = _read(obj, spec["path"])
    if clause.metadata_key is not None:
        actual = actual.get(clause.metadata_key) if isinstance(actual, dict) else None
    wanted = clause.value
    if wanted is None or actual is None:
        result = wanted is None and actual is None and clause.operator == ":"
    elif clause.operator == "~":
        result = str(wanted).casefold() in str(actual).casefold()
    elif clause.operator == ":" and spec["type"] == "numeric":
        result = actual == wanted
    elif clause.operator == ":" and spec["type"] == "string":
        result = _words_in_order(str(wanted), str(actual))
    elif clause.operator == ":":
        result = str(actual).casefold() == str(wanted).casefold()
    else:
        compare: dict[str, Callable[[Any, Any], bool]] = {
            ">": lambda a, b: a > b,
            "<": lambda a, b: a < b,
            ">=": lambda a, b: a >= b,
            "<=": lambda a, b: a <= b,
        }
        result = compare[clause.operator](actual, wanted)
    return result != clause.negated


def matcher(query: str, resource: str) -> Callable[[JsonObject], bool]:
    """Whether an object of `resource` matches `query`; ApiError (400) if Stripe would refuse it."""
    fields = SEARCH_FIELDS[resource]
    clauses, join = parse_query(query)
    for clause in clauses:
        _check(clause, fields)
    combine = all if join == "AND" else any
    return lambda obj: combine(_holds(clause, obj, fields) for clause in clauses)


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
    found: Sequence[Any], params: dict[str, Any], url: str, render: Callable[[Any], JsonObject]
) -> JsonObject:
    """One page of `found` (the objects matching `params["query"]`, in the API's order) as
    a search result, paged by the `page` token."""
    limit = page_limit(params)
    offset = _page_offset(params["page"]) if "page" in params else 0
    chunk = found[offset : offset + limit]
    has_more = offset + limit < len(found)
    next_page = _page_token(offset + limit) if has_more else None
    return envelope(
        "search_result", [render(obj) for obj in chunk], has_more, url, next_page=next_page
    )


__all__ = ["Clause", "matcher", "parse_query", "search_page"]
