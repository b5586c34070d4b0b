"""Per-call settings: the keywords every resource method takes, checked before anything is sent.

Plain classes, not attrs: making a client imports this module, and a cold start should not pay
for attrs (see `_options`)."""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from typing import Any, Final

import httpx

from .errors import InvalidParameterError

MAX_IDEMPOTENCY_KEY_LENGTH = 255

Timeout = float | httpx.Timeout

_CONTROL_CHARACTERS = re.compile(r"[\x00-\x1f\x7f]")


def has_control_characters(text: str) -> bool:
    # CR/LF in a header value would let a caller inject headers; NUL and friends are never valid.
    return _CONTROL_CHARACTERS.search(text) is not None


def check_header_value(name: str, value: object) -> str:
    if not isinstance(value, str) or not value:
        raise InvalidParameterError(name, "must be a non-empty string")
    if has_control_characters(value) or not value.isascii():
        raise InvalidParameterError(name, "must be printable ASCII without line breaks")
    if value != value.strip():
        # httpx refuses such a value only when sending, as if the network had failed.
        raise InvalidParameterError(name, "must not start or end with spaces")
    return value


def check_timeout(timeout: object, name: str = "timeout") -> Timeout:
    if isinstance(timeout, httpx.Timeout):
        for part in ("connect", "read", "write", "pool"):
            value = getattr(timeout, part)
            if value is not None:
                check_timeout(value, f"{name}.{part}")
        return timeout
    if isinstance(timeout, bool) or not isinstance(timeout, (int, float)):
        raise InvalidParameterError(name, "must be a number of seconds or an httpx.Timeout")
    if not math.isfinite(timeout) or timeout <= 0:
        raise InvalidParameterError(name, "must be a positive, finite number of seconds")
    return float(timeout)


def check_total_timeout(total_timeout: object) -> float | None:
    if total_timeout is None:
        return None
    value = check_timeout(total_timeout, "total_timeout")
    if not isinstance(value, float):
        raise InvalidParameterError("total_timeout", "must be a number of seconds or None")
    return value


def check_idempotency_key(key: object) -> str:
    value = check_header_value("idempotency_key", key)
    if len(value) > MAX_IDEMPOTENCY_KEY_LENGTH:
        raise InvalidParameterError(
            "idempotency_key", f"longer than {MAX_IDEMPOTENCY_KEY_LENGTH} characters"
        )
    return value


# Headers the client owns: each has its own option, and letting a per-call header replace one
# would send a payment under another account, key or version than the client says.
_MANAGED_HEADERS: Mapping[str, str] = {
    "authorization": "the API key is the client's api_key",
    "idempotency-key": "use the idempotency_key= keyword",
    "stripe-account": "use client.with_options(stripe_account=...)",
    "stripe-version": "use client.with_options(stripe_version=...)",
    "content-type": "set by the client from the request's body",
    "content-length": "set by the client from the request's body",
    "transfer-encoding": "set by the client from the request's body",
    "host": "set by the client from base_url",
}
_HEADER_NAME = re.compile(r"[!#$%&'*+\-.^_`|~0-9A-Za-z]+")


def check_extra_headers(headers: object) -> Mapping[str, str] | None:
    if headers is None:
        return None
    if not isinstance(headers, Mapping):
        raise InvalidParameterError("extra_headers", "must be a mapping of header names to str")
    checked: dict[str, str] = {}
    for name, value in headers.items():
        if not isinstance(name, str) or not _HEADER_NAME.fullmatch(name):
            raise InvalidParameterError("extra_headers", f"{name!r} is not a header name")
        refusal = _MANAGED_HEADERS.get(name.lower())
        if refusal is not None:
            raise InvalidParameterError(f"extra_headers[{name}]", f"refused: {refusal}")
        if name.lower() in (seen.lower() for seen in checked):
            raise InvalidParameterError(f"extra_headers[{name}]", "given twice")
        checked[name] = check_header_value(f"extra_headers[{name}]", value)
    return checked


def _check_extra_params(name: str, params: object) -> Mapping[str, object] | None:
    if params is None:
        return None
    if not isinstance(params, Mapping) or not all(isinstance(key, str) for key in params):
        raise InvalidParameterError(name, "must be a mapping with str keys")
    return dict(params)  # a snapshot: a pager sends the same extras on every page


def check_extra_query(params: object) -> Mapping[str, object] | None:
    return _check_extra_params("extra_query", params)


def check_extra_body(params: object) -> Mapping[str, object] | None:
    return _check_extra_params("extra_body", params)


def check_optional_timeout(timeout: object) -> Timeout | None:
    return None if timeout is None else check_timeout(timeout)


def _keys_only(params: Mapping[str, object] | None) -> str:
    # Values can be personal data or tokens: a repr shows which keys were given, never values.
    return "None" if params is None else f"<keys {sorted(params)}>"


class Frozen:
    """Slotted fields set once in `__init__`; equal when the `_compared` fields are."""

    __slots__ = ()
    _compared: tuple[str, ...] = ()

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"{type(self).__name__} is immutable; make a new one")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"{type(self).__name__} is immutable; make a new one")

    def _values(self) -> tuple[object, ...]:
        return tuple(getattr(self, name) for name in self._compared)

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return self._values() == other._values()

    def __hash__(self) -> int:
        return hash(self._values())


class RequestOptions(Frozen):
    """Per-call settings, from the keywords every resource method takes. Unset fields fall
    back to the client's options. New per-call options are added here, and to
    `PER_CALL_KEYWORDS` of the generator (`codegen/keywords.py`)."""

    _compared = (
        "idempotency_key",
        "total_timeout",
        "timeout",
        "extra_headers",
        "extra_query",
        "extra_body",
    )
    __slots__ = _compared

    idempotency_key: str | None
    total_timeout: float | None
    timeout: Timeout | None
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, object] | None
    extra_body: Mapping[str, object] | None

    def __init__(
        self,
        idempotency_key: str | None = None,
        total_timeout: float | None = None,
        *,
        timeout: Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> None:
        checked = {
            "idempotency_key": idempotency_key,
            "total_timeout": check_total_timeout(total_timeout),
            "timeout": check_optional_timeout(timeout),
            "extra_headers": check_extra_headers(extra_headers),
            "extra_query": check_extra_query(extra_query),
            "extra_body": check_extra_body(extra_body),
        }
        for name, value in checked.items():
            object.__setattr__(self, name, value)

    def replace(self, **changes: Any) -> RequestOptions:
        """A copy with some fields changed (checked again)."""
        fields = {name: getattr(self, name) for name in self._compared}
        fields.update(changes)
        return RequestOptions(**fields)

    def __repr__(self) -> str:
        # Extras can hold personal data or tokens: their keys are shown, never their values.
        return (
            f"RequestOptions(idempotency_key={self.idempotency_key!r}, "
            f"total_timeout={self.total_timeout!r}, timeout={self.timeout!r}, "
            f"extra_headers={_keys_only(self.extra_headers)}, "
            f"extra_query={_keys_only(self.extra_query)}, "
            f"extra_body={_keys_only(self.extra_body)})"
        )

    @property
    def http_timeout(self) -> httpx.Timeout | None:
        timeout = self.timeout
        if timeout is None or isinstance(timeout, httpx.Timeout):
            return timeout
        return httpx.Timeout(timeout)


NO_OPTIONS: Final = RequestOptions()


def request_options(
    *,
    idempotency_key: str | None = None,
    total_timeout: float | None = None,
    timeout: float | httpx.Timeout | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, object] | None = None,
    extra_body: Mapping[str, object] | None = None,
) -> RequestOptions:
    """The RequestOptions of a resource method's keywords: the one shared empty instance when
    none was given (most calls), since building one runs six checks."""
    if (
        idempotency_key is None
        and total_timeout is None
        and timeout is None
        and extra_headers is None
        and extra_query is None
        and extra_body is None
    ):
        return NO_OPTIONS
    return RequestOptions(
        idempotency_key,
        total_timeout,
        timeout=timeout,
        extra_headers=extra_headers,
        extra_query=extra_query,
        extra_body=extra_body,
    )
