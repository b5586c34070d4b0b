"""Client settings, checked once at construction so a bad one never reaches the wire.

Plain classes, not attrs: this module is on the path of `StripeInvoicing(key)`, whose cold start
serverless users pay on every invocation, and importing attrs alone costs a tenth of it.
"""

from __future__ import annotations

import ipaddress
import os
import re
import sys
from collections.abc import Mapping
from typing import Any, Literal

import httpx

from ._core.options import (
    Frozen,
    Timeout,
    check_header_value,
    check_timeout,
    check_total_timeout,
)
from ._generated import API_VERSION
from ._redact import masked, register_secret
from ._version import __version__
from .errors import InvalidParameterError

DEFAULT_BASE_URL = "https://api.stripe.com"
# Where Stripe serves downloads (a quote's PDF).
DEFAULT_FILES_URL = "https://files.stripe.com"
DEFAULT_TIMEOUT = 80.0
DEFAULT_MAX_RETRIES = 2
DEFAULT_TOTAL_TIMEOUT: float | None = None
DEFAULT_MAX_RESPONSE_BYTES = 32 * 1024 * 1024
USER_AGENT = (
    f"stripe-invoicing-client/{__version__} "
    f"python/{'.'.join(map(str, sys.version_info[:3]))} httpx/{httpx.__version__}"
)

_KEY_CHARACTERS = re.compile(r"[A-Za-z0-9_]+")


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


def key_mode(api_key: str) -> Literal["live", "test"] | None:
    """The mode a key acts in (restricted keys too); None for a key that names neither."""
    if api_key.startswith(("sk_live_", "rk_live_")):
        return "live"
    if api_key.startswith(("sk_test_", "rk_test_")):
        return "test"
    return None


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
    if url.port is not None and not 1 <= url.port <= 65535:
        # httpx accepts the number and fails later, at connect time, with a raw OverflowError.
        raise InvalidParameterError("base_url", f"port {url.port} is not 1 to 65535")
    if url.scheme == "http":
        if not is_loopback(url.host):
            raise InvalidParameterError(
                "base_url", "plain http is only allowed to a loopback address; use https"
            )
    elif url.scheme != "https" or not url.host:
        raise InvalidParameterError("base_url", "must be an https:// URL")
    return str(url).rstrip("/")


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


class ClientOptions(Frozen):
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

    @property
    def files_url(self) -> str:
        """Where downloads come from: Stripe's files host, or `base_url` when that points
        elsewhere (a proxy or a local server serves both)."""
        return DEFAULT_FILES_URL if self.base_url == DEFAULT_BASE_URL else self.base_url

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
