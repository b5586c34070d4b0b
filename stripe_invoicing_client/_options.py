"""Client settings, checked once at construction so a bad one never reaches the wire.

Plain classes, not attrs: this module is on the path of `StripeInvoicing(key)`, whose cold start
serverless users pay on every invocation, and importing attrs alone costs a tenth of it.
"""

from __future__ import annotations

import ipaddress
import math
import os
import re
import sys
from collections.abc import Mapping
from typing import Any, Final

import httpx

from ._generated import API_VERSION
from ._redact import masked, register_secret
from ._version import __version__
from .errors import InvalidParameterError

DEFAULT_BASE_URL = "https://api.stripe.com"
DEFAULT_TIMEOUT = 80.0
DEFAULT_MAX_RETRIES = 2
DEFAULT_TOTAL_TIMEOUT: float | None = None
DEFAULT_MAX_RESPONSE_BYTES = 32 * 1024 * 1024
MAX_IDEMPOTENCY_KEY_LENGTH = 255
USER_AGENT = (
    f"stripe-invoicing-client/{__version__} "
    f"python/{'.'.join(map(str, sys.version_info[:3]))} httpx/{httpx.__version__}"
)

Timeout = float | httpx.Timeout
_KEY_CHARACTERS = re.compile(r"[A-Za-z0-9_]+")


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


def resolve_api_key(api_key: object) -> str:
    if api_key is not None:
        return _checked_key(api_key)
    from_environment = os.environ.get("STRIPE_API_KEY")
    if not from_environment:
        raise InvalidParameterError(
            "api_key", "no API key: pass api_key=... or set the STRIPE_API_KEY variable"
        )
    try:
        return _checked_key(from_environment)
    except InvalidParameterError as error:
        raise InvalidParameterError(
            "api_key", f"{error.reason} (read from STRIPE_API_KEY)"
        ) from None


def _checked_key(api_key: object) -> str:
    if not isinstance(api_key, str):
        raise InvalidParameterError("api_key", f"must be a str, not {type(api_key).__name__}")
    if not api_key.strip():
        raise InvalidParameterError("api_key", "is empty (or only whitespace)")
    if api_key != api_key.strip():
        # Typical of a key pasted or read from a file; the message names the fix, not the key.
        raise InvalidParameterError(
            "api_key", "has surrounding whitespace (a space or line break at an end): strip it"
        )
    if not _KEY_CHARACTERS.fullmatch(api_key):
        # Checked before the key goes near a header: a bad character there would surface as
        # an encoding error whose text carries the key.
        raise InvalidParameterError("api_key", "may only hold ASCII letters, digits and '_'")
    if api_key.startswith("pk_"):
        raise InvalidParameterError(
            "api_key",
            "a publishable key cannot call these endpoints; use a secret or restricted key",
        )
    if not api_key.startswith(("sk_", "rk_")):
        raise InvalidParameterError(
            "api_key", "expected a secret (sk_...) or restricted (rk_...) key"
        )
    return api_key


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def check_base_url(base_url: object) -> str:
    if not isinstance(base_url, str):
        raise InvalidParameterError("base_url", f"must be a str, not {type(base_url).__name__}")
    try:
        url = httpx.URL(base_url)
    except httpx.InvalidURL as error:
        raise InvalidParameterError("base_url", f"not a URL ({error})") from None
    if url.userinfo:
        raise InvalidParameterError("base_url", "must not carry credentials; use api_key")
    if url.query or url.fragment:
        raise InvalidParameterError("base_url", "must not have a query or fragment")
    if url.scheme == "http":
        if not is_loopback(url.host):
            raise InvalidParameterError(
                "base_url", "plain http is only allowed to a loopback address; use https"
            )
    elif url.scheme != "https" or not url.host:
        raise InvalidParameterError("base_url", "must be an https:// URL")
    return str(url).rstrip("/")


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


def check_max_response_bytes(max_response_bytes: object) -> int:
    if (
        isinstance(max_response_bytes, bool)
        or not isinstance(max_response_bytes, int)
        or max_response_bytes < 1
    ):
        raise InvalidParameterError("max_response_bytes", "must be an int >= 1")
    return max_response_bytes


_PROXY_VARIABLES = frozenset({"http_proxy", "https_proxy", "all_proxy"})
_PROXY_SCHEMES = frozenset({"http", "https", "socks5", "socks5h"})


def check_environment_proxies(environ: Mapping[str, str] = os.environ) -> None:
    """Refuse a proxy setting httpx would choke on, naming the variable (httpx's own error
    names neither the variable nor, for SOCKS, the missing package in a typed way)."""
    for name, value in sorted(environ.items()):
        if name.lower() not in _PROXY_VARIABLES or not value:
            continue
        # httpx reads a value without a scheme as http://, as curl does.
        text = value if "://" in value else f"http://{value}"
        try:
            url = httpx.URL(text)
        except httpx.InvalidURL:
            url = None
        if url is None or not url.host or url.scheme not in _PROXY_SCHEMES:
            raise InvalidParameterError(
                name,
                "is not a usable proxy URL (expected http://, https:// or socks5://host:port)",
            )
        if url.scheme.startswith("socks"):
            try:
                import socksio  # type: ignore[import-not-found,unused-ignore]  # noqa: F401
            except ImportError:
                raise InvalidParameterError(
                    name, "a SOCKS proxy needs the socksio package (pip install httpx[socks])"
                ) from None


def check_max_retries(max_retries: object) -> int:
    if isinstance(max_retries, bool) or not isinstance(max_retries, int) or max_retries < 0:
        raise InvalidParameterError("max_retries", "must be an int >= 0")
    return max_retries


def check_idempotency_key(key: object) -> str:
    value = check_header_value("idempotency_key", key)
    if len(value) > MAX_IDEMPOTENCY_KEY_LENGTH:
        raise InvalidParameterError(
            "idempotency_key", f"longer than {MAX_IDEMPOTENCY_KEY_LENGTH} characters"
        )
    return value


class _Frozen:
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


class ClientOptions(_Frozen):
    """Everything that shapes a request, after validation. Immutable: `with_options` copies."""

    # The options given; headers and http_timeout follow from them.
    _compared = (
        "api_key",
        "base_url",
        "stripe_version",
        "stripe_account",
        "timeout",
        "max_retries",
        "total_timeout",
        "max_response_bytes",
    )
    __slots__ = (*sorted(_compared), "headers", "http_timeout")

    api_key: str
    base_url: str
    stripe_version: str
    stripe_account: str | None
    timeout: Timeout
    max_retries: int
    total_timeout: float | None
    max_response_bytes: int
    headers: Mapping[str, str]
    http_timeout: httpx.Timeout

    def __init__(
        self,
        *,
        api_key: str,
        base_url: str,
        stripe_version: str,
        stripe_account: str | None,
        timeout: Timeout,
        max_retries: int,
        total_timeout: float | None,
        max_response_bytes: int,
    ) -> None:
        given = {
            "api_key": api_key,
            "base_url": base_url,
            "stripe_version": stripe_version,
            "stripe_account": stripe_account,
            "timeout": timeout,
            "max_retries": max_retries,
            "total_timeout": total_timeout,
            "max_response_bytes": max_response_bytes,
        }
        for name, value in given.items():
            object.__setattr__(self, name, value)
        # From now on every error message and log line masks this key by value.
        register_secret(api_key)
        object.__setattr__(
            self,
            "http_timeout",
            timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout),
        )
        headers = {
            "Authorization": f"Bearer {api_key}",
            "Stripe-Version": stripe_version,
            "User-Agent": USER_AGENT,
            # The one encoding _body's reader undoes (it stays unimported until the first request).
            "Accept-Encoding": "gzip",
        }
        if stripe_account is not None:
            headers["Stripe-Account"] = stripe_account
        object.__setattr__(self, "headers", headers)

    @classmethod
    def create(
        cls,
        *,
        api_key: object,
        base_url: object,
        stripe_version: object,
        stripe_account: object,
        timeout: object,
        max_retries: object,
        total_timeout: object = DEFAULT_TOTAL_TIMEOUT,
        max_response_bytes: object = DEFAULT_MAX_RESPONSE_BYTES,
    ) -> ClientOptions:
        return cls(
            api_key=resolve_api_key(api_key),
            base_url=check_base_url(base_url),
            stripe_version=(
                API_VERSION
                if stripe_version is None
                else check_header_value("stripe_version", stripe_version)
            ),
            stripe_account=(
                None
                if stripe_account is None
                else check_header_value("stripe_account", stripe_account)
            ),
            timeout=check_timeout(timeout),
            max_retries=check_max_retries(max_retries),
            total_timeout=check_total_timeout(total_timeout),
            max_response_bytes=check_max_response_bytes(max_response_bytes),
        )

    def evolve(self, **changes: Any) -> ClientOptions:
        merged = {name: getattr(self, name) for name in self._compared}
        merged.update(changes)
        return ClientOptions.create(**merged)

    def __repr__(self) -> str:
        return (
            f"ClientOptions(api_key={masked(self.api_key)!r}, base_url={self.base_url!r}, "
            f"stripe_version={self.stripe_version!r}, stripe_account={self.stripe_account!r}, "
            f"timeout={self.timeout!r}, max_retries={self.max_retries}, "
            f"total_timeout={self.total_timeout!r}, "
            f"max_response_bytes={self.max_response_bytes})"
        )


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


class RequestOptions(_Frozen):
    """Per-call settings, from the keywords every resource method takes. Unset fields fall
    back to the client's options. New per-call options are added here, and to
    `PER_CALL_KEYWORDS`."""

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


class Keyword(_Frozen):
    """One per-call keyword of the resource methods, as the method signatures spell it."""

    _compared = ("name", "annotation", "methods")
    __slots__ = _compared

    name: str
    annotation: str
    # Which methods take it: "all", "write" (POST and DELETE: they carry an idempotency key)
    # or "body" (POST: the only requests with a form body).
    methods: str

    def __init__(self, name: str, annotation: str, methods: str) -> None:
        object.__setattr__(self, "name", name)
        object.__setattr__(self, "annotation", annotation)
        object.__setattr__(self, "methods", methods)

    def __repr__(self) -> str:
        return f"Keyword({self.name!r}, {self.annotation!r}, {self.methods!r})"

    def applies_to(self, http_method: str) -> bool:
        if self.methods == "write":
            return http_method in ("POST", "DELETE")
        if self.methods == "body":
            return http_method == "POST"
        return True


# The per-call keywords, in signature order: the one list that hand-written and generated
# resource methods follow (tests check every method against it). Each keyword is the
# RequestOptions field of the same name, and defaults to None.
PER_CALL_KEYWORDS: tuple[Keyword, ...] = (
    Keyword("idempotency_key", "str | None", "write"),
    Keyword("total_timeout", "float | None", "all"),
    Keyword("timeout", "float | httpx.Timeout | None", "all"),
    Keyword("extra_headers", "Mapping[str, str] | None", "all"),
    Keyword("extra_query", "Mapping[str, object] | None", "all"),
    Keyword("extra_body", "Mapping[str, object] | None", "body"),
)


def keywords_for(http_method: str) -> tuple[Keyword, ...]:
    return tuple(keyword for keyword in PER_CALL_KEYWORDS if keyword.applies_to(http_method))
