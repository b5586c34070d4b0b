"""Which invoices a `send_invoices` run is about: the search query, the customer and the
shard, checked before anything is sent; and the searches that find them. Plain functions,
no I/O."""

from __future__ import annotations

import hashlib
import re
from typing import Any

import attrs

from ._bulk_plan import MARKER, PENDING
from .errors import InvalidParameterError

_CUSTOMER_ID = re.compile(r"[A-Za-z0-9_]+")
_OR = re.compile(r"\bOR\b")
_QUOTED = re.compile(r"'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"", re.DOTALL)
# One clause of an AND query (joined by AND or spaces), and the field it names.
_CLAUSE = re.compile(
    rf"""\s*(?:AND\s+)?(-?(?:metadata\[(?:{_QUOTED.pattern})\]|([A-Za-z_]+))"""
    rf"""(?:>=|<=|:|~|>|<)(?:{_QUOTED.pattern}|[^\s'"]+))\s*""",
    re.DOTALL,
)
_SHARD = re.compile(r"([0-9]+)/([0-9]+)")
SHARD_FORM = "must be K/N: shard K (0 to N-1) of N, e.g. 0/4"


def parse_shard(text: str) -> tuple[int, int]:
    """`"K/N"` as `(K, N)`, checked."""
    found = _SHARD.fullmatch(text.strip()) if isinstance(text, str) else None
    if found is None:
        raise InvalidParameterError("shard", SHARD_FORM)
    shard = (int(found[1]), int(found[2]))
    check_shard(shard)
    return shard


def check_shard(shard: object) -> None:
    if (
        not isinstance(shard, tuple)
        or len(shard) != 2
        or not all(isinstance(n, int) and not isinstance(n, bool) for n in shard)
    ):
        raise InvalidParameterError("shard", "must be a pair (K, N) of ints")
    index, count = shard
    if count < 1:
        raise InvalidParameterError("shard", f"N is {count}: it must be at least 1")
    if not 0 <= index < count:
        raise InvalidParameterError(
            "shard", f"K is {index}: the {count} shards are 0 to {count - 1}"
        )


def shard_of(invoice_id: str, count: int) -> int:
    """Which of `count` shards an invoice belongs to: from a digest of its id, the same in
    every process and Python (never `hash()`, which is salted per process)."""
    digest = hashlib.sha256(invoice_id.encode()).digest()
    return int.from_bytes(digest[:8], "big") % count


@attrs.frozen
class Scope:
    """Which invoices a run is about: a search `query`, one `customer`, both (both must
    hold), or neither (every draft); with `shard` (K, N), only the invoices whose id falls in
    shard K of N (`shard_of`), so N workers share a run without overlap."""

    query: str | None = None
    customer: str | None = None
    shard: tuple[int, int] | None = None

    def __attrs_post_init__(self) -> None:
        if self.query is not None and (not isinstance(self.query, str) or not self.query.strip()):
            raise InvalidParameterError("query", "must be a non-empty search query")
        if self.customer is not None and (
            not isinstance(self.customer, str) or not _CUSTOMER_ID.fullmatch(self.customer)
        ):
            raise InvalidParameterError("customer", "must be a customer id (cus_...)")
        if self.shard is not None:
            check_shard(self.shard)


def search_queries(scope: Scope) -> list[str]:
    """The searches that find the scope's candidates (drafts with `scope.query` only: without
    one, drafts come from the list endpoint). Stripe's search takes AND or OR, never both: a
    query using OR is searched alone and the rest is checked here, on what comes back. The
    invoices an earlier run left "pending" are found by the query less its `status` clauses:
    that run finalized them, so `status:'draft'` no longer holds."""
    pending = f"metadata['{MARKER}']:'{PENDING}'"
    customer = f" AND customer:'{scope.customer}'" if scope.customer is not None else ""
    if scope.query is None:
        return [pending + customer]
    if _OR.search(_QUOTED.sub("", scope.query)):
        return [scope.query]
    rest = without_status(scope.query)
    return [
        f"status:'draft' AND {scope.query}{customer}",
        f"{pending}{f' AND {rest}' if rest else ''}{customer}",
    ]


def without_status(query: str) -> str:
    """An AND query less its clauses on `status` ("" when nothing else is left); the query
    as given when it can't be read clause by clause (Stripe then says what is wrong)."""
    kept: list[str] = []
    pos = 0
    while pos < len(query):
        clause = _CLAUSE.match(query, pos)
        if clause is None:
            return query
        if clause[2] != "status":
            kept.append(clause[1])
        pos = clause.end()
    return " AND ".join(kept)


def in_scope(invoice: dict[str, Any], scope: Scope) -> bool:
    """Whether a found invoice belongs to the run (the query itself is Stripe's to check)."""
    if scope.customer is not None and invoice.get("customer") != scope.customer:
        return False
    if scope.shard is not None:
        index, count = scope.shard
        return shard_of(str(invoice["id"]), count) == index
    return True


__all__ = [
    "SHARD_FORM",
    "Scope",
    "check_shard",
    "in_scope",
    "parse_shard",
    "search_queries",
    "shard_of",
    "without_status",
]
