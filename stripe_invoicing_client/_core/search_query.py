"""Search queries built from typed fields and escaped as Stripe's search language requires.

    from stripe_invoicing_client import InvoiceSearch as I

    query = I.status.eq("open") & I.total.gt(10_000) & I.metadata["order_id"].eq("6735")
    assert query == 'status:"open" AND total>10000 AND metadata["order_id"]:"6735"'

The field classes of each resource (`InvoiceSearch`, `CustomerSearch`) are generated from one
table in `codegen/search_fields.py`; this module is what they are made of. The rules:

- A string value is always put in double quotes, with a backslash before every `"` and every
  `\\` it holds. Stripe documents the backslash before a quote; escaping the backslash too is
  what stops a value ending in `\\` from escaping its closing quote and running into the next
  clause. Whatever a value holds, it stays one value.
- Each field kind has only its operators: exact match `eq` / `ne` on every kind, substring
  `contains` (`~`, at least 3 characters) on string fields, `gt` `gte` `lt` `lte` on numbers
  and timestamps, `is_null` / `is_not_null` on every field, `-clause` negates.
- A boolean field takes `True` or `False` (nothing else, not even 1 or "true"), sent as the
  token Stripe documents: `active:"true"`.
- Clauses join with `&` (AND) or `|` (OR), never both in one query: Stripe has no parentheses
  and refuses the mix. At most 10 clauses, as Stripe allows.
- A `datetime` becomes a Unix timestamp. It must carry a time zone (a naive one is refused, not
  guessed at); fractions of a second compare exactly (`gt(12:00:00.5)` means from 12:00:01).

Misuse that types can express (a field a resource lacks, an operator a kind lacks, an enum
value the spec doesn't have, AND mixed with OR, fields of two resources) is a mypy error; the
rest raises `InvalidParameterError` before anything is sent. The result is a `str`.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime, timedelta, timezone
from typing import Any, Generic, NoReturn, TypeVar

from .errors import InvalidParameterError

MAX_CLAUSES = 10
MIN_SUBSTRING = 3

# The resource a query is for (a phantom type: `InvoiceSearch` or `CustomerSearch`).
R = TypeVar("R")
# An enum field's values: the spec's `Literal`.
V = TypeVar("V", bound=str)
_Q = TypeVar("_Q", bound="SearchQuery[Any]")

_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)
_SECOND = timedelta(seconds=1)


def quote(value: str) -> str:
    """`value` as a quoted string of the search language."""
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


class SearchQuery(str, Generic[R]):
    """A query for one resource's `search`: the plain text Stripe receives."""

    resource: str = ""
    clauses: int = 1

    def __repr__(self) -> str:
        return f"{type(self).__name__}({str.__repr__(self)})"


class Clause(SearchQuery[R]):
    """One condition (`status:"open"`); `&` and `|` join clauses, `-clause` negates one."""

    def __and__(self, other: Clause[R] | AllOf[R]) -> AllOf[R]:
        return _join(AllOf, " AND ", self, other)

    def __or__(self, other: Clause[R] | AnyOf[R]) -> AnyOf[R]:
        return _join(AnyOf, " OR ", self, other)

    def __neg__(self) -> Clause[R]:
        text = self[1:] if self.startswith("-") else f"-{self}"
        return _made(Clause, text, self.resource, 1)


class AllOf(SearchQuery[R]):
    """Clauses that must all hold (joined with AND)."""

    def __and__(self, other: Clause[R] | AllOf[R]) -> AllOf[R]:
        return _join(AllOf, " AND ", self, other)

    def __or__(self, other: NoReturn) -> NoReturn:
        raise _mixed()


class AnyOf(SearchQuery[R]):
    """Clauses of which one must hold (joined with OR)."""

    def __or__(self, other: Clause[R] | AnyOf[R]) -> AnyOf[R]:
        return _join(AnyOf, " OR ", self, other)

    def __and__(self, other: NoReturn) -> NoReturn:
        raise _mixed()


def all_of(first: Clause[R] | AllOf[R], *rest: Clause[R] | AllOf[R]) -> AllOf[R]:
    """The clauses joined with AND (for a list built at run time)."""
    query: AllOf[R] = _start(AllOf, first)
    for clause in rest:
        query = query & clause
    return query


def any_of(first: Clause[R] | AnyOf[R], *rest: Clause[R] | AnyOf[R]) -> AnyOf[R]:
    """The clauses joined with OR (for a list built at run time)."""
    query: AnyOf[R] = _start(AnyOf, first)
    for clause in rest:
        query = query | clause
    return query


def _start(kind: type[_Q], first: object) -> _Q:
    # An empty query of `kind` (no clauses yet), joined with `first` as any other would be.
    empty = _made(kind, "", getattr(first, "resource", ""), 0)
    return _join(kind, "", empty, first)


def _mixed() -> InvalidParameterError:
    return InvalidParameterError(
        "query", "AND and OR cannot be combined in one query (Stripe has no parentheses)"
    )


def _made(kind: type[_Q], text: str, resource: str, clauses: int) -> _Q:
    if clauses > MAX_CLAUSES:
        raise InvalidParameterError(
            "query", f"has {clauses} clauses; Stripe allows at most {MAX_CLAUSES}"
        )
    query = kind(text)
    query.resource = resource
    query.clauses = clauses
    return query


def _join(kind: type[_Q], word: str, left: SearchQuery[Any], right: object) -> _Q:
    if not isinstance(right, (Clause, kind)):
        if isinstance(right, (AllOf, AnyOf)):
            raise _mixed()
        raise InvalidParameterError(
            "query",
            f"joins clauses made by search fields, not {type(right).__name__} "
            "(pass a whole query string to search() instead)",
        )
    if right.resource != left.resource:
        raise InvalidParameterError(
            "query", f"mixes fields of {left.resource} and {right.resource}"
        )
    separator = word if left.clauses else ""
    return _made(kind, f"{left}{separator}{right}", left.resource, left.clauses + right.clauses)


def search_params(resource: str, params: Mapping[str, Any]) -> Mapping[str, Any]:
    """`params` of `<resource>.search` with a built query as the plain `str` Stripe receives."""
    query = params.get("query")
    if not isinstance(query, SearchQuery):
        if isinstance(query, str) and not query.strip():
            # Stripe reads "" as "unset" and refuses it; a blank query does not parse.
            raise InvalidParameterError("query", "is empty; a search needs at least one clause")
        return params
    if query.resource != resource:
        raise InvalidParameterError(
            "query", f"is built from {query.resource} fields; this is {resource} search"
        )
    return {**params, "query": str(query)}


def _text(where: str, value: object) -> str:
    if not isinstance(value, str):
        raise InvalidParameterError("query", f"{where} takes a str, not {type(value).__name__}")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise InvalidParameterError(
            "query", f"{where}: not valid text (a lone surrogate)"
        ) from None
    return value


def _boolean(where: str, value: object) -> bool:
    # bool subclasses int, not the reverse: 1 and "true" are refused, True is taken.
    if not isinstance(value, bool):
        raise InvalidParameterError(
            "query", f"{where} takes True or False, not {type(value).__name__}"
        )
    return value


def _integer(where: str, value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidParameterError("query", f"{where} takes an int, not {type(value).__name__}")
    number = int(value)
    try:
        str(number)
    except ValueError:  # more digits than Python writes out (sys.get_int_max_str_digits)
        raise InvalidParameterError(
            "query", f"{where}: a {number.bit_length()}-bit int is too large to search for"
        ) from None
    return number


class _Field(Generic[R]):
    """What every field has: its name in queries, and null checks."""

    __slots__ = ("_name", "_resource")

    def __init__(self, name: str, resource: str) -> None:
        self._name = name
        self._resource = resource

    def _clause(self, operator: str, value: str) -> Clause[R]:
        return _made(Clause, f"{self._name}{operator}{value}", self._resource, 1)

    def _where(self, method: str) -> str:
        return f"{self._resource} {self._name}.{method}"

    def is_null(self) -> Clause[R]:
        """The field is empty (`field:null`); for metadata, the key is absent."""
        return self._clause(":", "null")

    def is_not_null(self) -> Clause[R]:
        """The field has a value (`-field:null`); for metadata, the key is present."""
        return -self.is_null()

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self._resource} {self._name}>"


class TokenField(_Field[R]):
    """A field matched exactly (case-insensitively): ids, currencies, codes."""

    __slots__ = ()

    def eq(self, value: str) -> Clause[R]:
        return self._clause(":", quote(_text(self._where("eq"), value)))

    def ne(self, value: str) -> Clause[R]:
        return -self.eq(value)


class StringField(TokenField[R]):
    """Text: `eq` matches the words of the value in order, `contains` any substring."""

    __slots__ = ()

    def contains(self, text: str) -> Clause[R]:
        """`field~"text"`: a case-insensitive substring of at least 3 characters."""
        value = _text(self._where("contains"), text)
        if len(value) < MIN_SUBSTRING:
            raise InvalidParameterError(
                "query",
                f"{self._where('contains')} needs at least {MIN_SUBSTRING} characters "
                f"(Stripe's minimum for substrings), not {len(value)}",
            )
        return self._clause("~", quote(value))


class EnumField(_Field[R], Generic[R, V]):
    """A field whose values are the spec's enum (`V`).

    Values outside the enum are a mypy error; at run time any str is sent, so a value Stripe
    added after this client was generated can still be searched for.
    """

    __slots__ = ()

    def eq(self, value: V) -> Clause[R]:
        return self._clause(":", quote(_text(self._where("eq"), value)))

    def ne(self, value: V) -> Clause[R]:
        return -self.eq(value)


class BooleanField(_Field[R]):
    """A true/false field, matched as Stripe's token `"true"` or `"false"`."""

    __slots__ = ()

    def _match(self, method: str, value: bool) -> Clause[R]:
        token = "true" if _boolean(self._where(method), value) else "false"
        return self._clause(":", quote(token))

    def eq(self, value: bool) -> Clause[R]:
        return self._match("eq", value)

    def ne(self, value: bool) -> Clause[R]:
        return -self._match("ne", value)


class NumberField(_Field[R]):
    """An integer field (amounts in the smallest currency unit): exact match and comparisons."""

    __slots__ = ()

    def _compare(self, method: str, operator: str, value: int) -> Clause[R]:
        return self._clause(operator, str(_integer(self._where(method), value)))

    def eq(self, value: int) -> Clause[R]:
        return self._compare("eq", ":", value)

    def ne(self, value: int) -> Clause[R]:
        return -self.eq(value)

    def gt(self, value: int) -> Clause[R]:
        return self._compare("gt", ">", value)

    def gte(self, value: int) -> Clause[R]:
        return self._compare("gte", ">=", value)

    def lt(self, value: int) -> Clause[R]:
        return self._compare("lt", "<", value)

    def lte(self, value: int) -> Clause[R]:
        return self._compare("lte", "<=", value)


class TimestampField(_Field[R]):
    """A time in seconds since the epoch; takes an int or a time-zone-aware `datetime`."""

    __slots__ = ()

    def _seconds(self, method: str, value: int | datetime, *, ceil: bool) -> int:
        if not isinstance(value, datetime):
            return _integer(self._where(method), value)
        if value.tzinfo is None or value.utcoffset() is None:
            raise InvalidParameterError(
                "query",
                f"{self._where(method)} takes an aware datetime; this one has no time zone "
                "(use datetime(..., tzinfo=timezone.utc) or .astimezone())",
            )
        since = value - _EPOCH
        whole, fraction = divmod(since, _SECOND)
        return int(whole) + (1 if ceil and fraction else 0)

    def _compare(self, method: str, operator: str, value: int | datetime, ceil: bool) -> Clause[R]:
        return self._clause(operator, str(self._seconds(method, value, ceil=ceil)))

    def eq(self, value: int | datetime) -> Clause[R]:
        """The second `value` falls in."""
        return self._compare("eq", ":", value, ceil=False)

    def ne(self, value: int | datetime) -> Clause[R]:
        return -self.eq(value)

    # Times are whole seconds: after 12:00:00.5 means from 12:00:01 (> 12:00:00), before it
    # means up to 12:00:00 (< 12:00:01), and so on.
    def gt(self, value: int | datetime) -> Clause[R]:
        return self._compare("gt", ">", value, ceil=False)

    def gte(self, value: int | datetime) -> Clause[R]:
        return self._compare("gte", ">=", value, ceil=True)

    def lt(self, value: int | datetime) -> Clause[R]:
        return self._compare("lt", "<", value, ceil=True)

    def lte(self, value: int | datetime) -> Clause[R]:
        return self._compare("lte", "<=", value, ceil=False)


class MetadataField(Generic[R]):
    """`metadata["key"]`: one key of the object's metadata, matched exactly."""

    __slots__ = ("_resource",)

    def __init__(self, resource: str) -> None:
        self._resource = resource

    def __getitem__(self, key: str) -> TokenField[R]:
        key = _text(f"{self._resource} metadata[...]", key)
        if not key:
            raise InvalidParameterError("query", "a metadata key can't be empty")
        return TokenField(f"metadata[{quote(key)}]", self._resource)

    def __repr__(self) -> str:
        return f"<MetadataField {self._resource} metadata>"


__all__ = [
    "MAX_CLAUSES",
    "MIN_SUBSTRING",
    "AllOf",
    "AnyOf",
    "BooleanField",
    "Clause",
    "EnumField",
    "MetadataField",
    "NumberField",
    "SearchQuery",
    "StringField",
    "TimestampField",
    "TokenField",
    "all_of",
    "any_of",
    "quote",
    "search_params",
]
