"""How requests are written on the wire, the way Stripe decodes them.

Form bodies and query strings use bracket notation: `metadata[order_id]=6735`,
`expand[0]=customer`, `lines[0][price]=price_1`. Booleans are `true`/`false`, `None` and
`UNSET` are omitted, and the empty string is sent (Stripe reads it as "unset this field").
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Mapping
from decimal import Decimal
from typing import Any, Generic, TypeVar, cast
from urllib.parse import quote, quote_plus

from attrs import field, frozen

from .check import Checker, Problem, request_checker
from .types import Unset

T = TypeVar("T")

FORM_CONTENT_TYPE = "application/x-www-form-urlencoded"

_PLAIN_ID = re.compile(r"[A-Za-z0-9_]+").fullmatch


def _key(parts: list[str]) -> str:
    # Brackets are structure only: `_flatten` refuses keys holding one, since decoders that
    # unescape before splitting (Stripe's, localstripe's) would read even `%5B` as nesting.
    head = quote_plus(parts[0], safe="")
    return head + "".join("[" + quote_plus(part, safe="") + "]" for part in parts[1:])


def _scalar(value: object, parts: list[str]) -> str:
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, str):
        return value
    if isinstance(value, int):
        return str(value)
    if isinstance(value, Decimal):
        if not value.is_finite():
            raise ValueError(f"{_key(parts)}: {value!r} cannot be sent")
        # Exactly the digits given, in plain notation: Decimal("1E+2") is sent as 100.
        return format(value, "f")
    if isinstance(value, float):
        if not math.isfinite(value):
            raise ValueError(f"{_key(parts)}: {value!r} cannot be sent")
        # Plain decimal notation: Stripe's decimal fields don't read `1e-07`.
        text = repr(value)
        return format(Decimal(text), "f") if "e" in text else text
    raise TypeError(f"{_key(parts)}: cannot encode a value of type {type(value).__name__}")


def _flatten(value: object, parts: list[str], out: list[tuple[str, str]]) -> None:
    if not parts[-1]:
        # `metadata[]=x` would read as "append to a list": an empty key can't be sent.
        raise ValueError(f"{_key(parts[:-1]) if len(parts) > 1 else 'a parameter'}: empty key")
    if "[" in parts[-1] or "]" in parts[-1]:
        # Stripe unescapes a key before reading its brackets: `%5B` would still be nesting.
        where = _key(parts[:-1]) if len(parts) > 1 else "parameter names"
        raise ValueError(f"{where}: key {parts[-1]!r} contains a bracket")
    if value is None or isinstance(value, Unset):
        return
    to_dict = getattr(value, "to_dict", None)
    if to_dict is not None and not isinstance(value, Mapping):
        value = to_dict()
    if isinstance(value, Mapping):
        for key, item in value.items():
            if not isinstance(key, str):
                raise TypeError(f"{_key(parts)}: keys must be strings, not {key!r}")
            _flatten(item, [*parts, key], out)
    elif isinstance(value, (list, tuple)):
        for index, item in enumerate(value):
            _flatten(item, [*parts, str(index)], out)
    else:
        out.append((_key(parts), _scalar(value, parts)))


def flatten(params: Mapping[str, Any]) -> list[tuple[str, str]]:
    """`params` as `(bracketed key, value)` pairs, keys already percent-encoded."""
    out: list[tuple[str, str]] = []
    for key, value in params.items():
        if not isinstance(key, str):
            raise TypeError(f"parameter names (keys) must be strings, not {key!r}")
        _flatten(value, [key], out)
    return out


def encode(params: Mapping[str, Any]) -> str:
    """`params` as an `application/x-www-form-urlencoded` string."""
    return "&".join(key + "=" + quote_plus(value, safe="") for key, value in flatten(params))


def quote_path(value: object) -> str:
    """One path segment. Everything but unreserved characters is escaped, dots included, so
    an id like `..` can't climb out of its resource."""
    if not isinstance(value, str):
        raise TypeError(f"a path id must be a str, not {type(value).__name__}")
    if not value:
        # `/v1/invoices/` would be the list endpoint: an empty id must never get that far.
        raise ValueError("a path id must not be empty")
    if _PLAIN_ID(value):
        return value  # nothing to escape: most ids (`in_1MtG...`) skip the quoting
    return quote(value, safe="").replace(".", "%2E")


# A body field and the value it must hold: `("deleted", True)`.
Mark = tuple[str, object]


def _matches(data: dict[str, Any], marks: tuple[Mark, ...]) -> bool:
    # `is` for booleans and None: `1 == True` must not pass for `deleted: true`.
    return all(
        data.get(name) is value
        if value is None or isinstance(value, bool)
        else data.get(name) == value
        for name, value in marks
    )


@frozen
class Endpoint(Generic[T]):
    """One operation: where it is sent, with what, and how its answer is read.

    The answer's model is named, not imported: it is looked up in `models` (the generated
    models package, which imports each model on first use) when the first answer arrives. So
    are the request checks, compiled from `schemas()[operation_id]` on the first call that
    sends parameters."""

    operation_id: str
    method: str
    path: str
    path_params: tuple[str, ...]
    query_params: frozenset[str]
    body_params: frozenset[str]
    required_params: frozenset[str]
    # The model a 200 body parses to, by name in `models` (None: the JSON object itself);
    # `alternatives` are tried first, each taken when the body holds its marks
    # (`DeletedCustomer` when `deleted` is true). No `schemas`: the params are not checked.
    answer: str | None = None
    models: Any = None
    schemas: Callable[[], Mapping[str, Any]] | None = None
    alternatives: tuple[tuple[str, tuple[Mark, ...]], ...] = ()
    # The `object` tags a success body may carry (empty: not checked), and whether it must
    # hold an `id`: a 2xx with `{}` or another object is not the answer asked for.
    object_tags: frozenset[str] = frozenset()
    needs_id: bool = False
    # It answers with a deletion stub (`deleted: true`): a DELETE that removes, not one that
    # changes its object (cancelling a subscription answers with the subscription).
    deletes: bool = False
    # A download from Stripe's files host (a quote's PDF): the answer is its bytes, unparsed.
    files: bool = False
    _model: Any = field(default=None, init=False, eq=False, repr=False)
    _checker: Checker | None = field(default=None, init=False, eq=False, repr=False)

    def parse(self, data: Any) -> T:
        """The answer's model from a decoded 200 body; TypeError for anything but an object."""
        if type(data) is not dict:
            raise TypeError(
                f"{self.operation_id}: unexpected {type(data).__name__} in a 200 response"
            )
        for name, marks in self.alternatives:
            if _matches(data, marks):
                return cast(T, getattr(self.models, name).from_dict(data))
        model = self._model
        if model is None:
            if self.answer is None:
                return cast(T, data)
            model = getattr(self.models, self.answer)
            object.__setattr__(self, "_model", model)
        return cast(T, model.from_dict(data))

    def check(self, params: Mapping[str, Any]) -> list[Problem]:
        """Problems of plain params as (bracketed path, what is wrong); empty when they fit."""
        checker = self._checker
        if checker is None:
            if self.schemas is None:
                return []
            checker = request_checker(self.operation_id, self.schemas()[self.operation_id])
            object.__setattr__(self, "_checker", checker)
        return checker(params)

    def url(self, path_values: Mapping[str, object]) -> str:
        return self.path.format_map(
            {name: quote_path(path_values[name]) for name in self.path_params}
        )

    def request(
        self, path_values: Mapping[str, object], params: Mapping[str, Any]
    ) -> dict[str, Any]:
        """Keyword arguments for `httpx.Client.request` (or `build_request`)."""
        url = self.url(path_values)
        encoded = encode(params) if params else ""
        if self.method in ("GET", "DELETE"):
            return {"method": self.method, "url": url + "?" + encoded if encoded else url}
        return {
            "method": self.method,
            "url": url,
            "content": encoded.encode("ascii"),
            "headers": {"Content-Type": FORM_CONTENT_TYPE},
        }


__all__ = ["FORM_CONTENT_TYPE", "Endpoint", "encode", "flatten", "quote_path"]
