"""What `StripeInvoicing` and `AsyncStripeInvoicing` share: their settings and
`with_options`, which limiter their calls wait in, how a call is built and how its result is
handed back. The shells (`_sync_client`, `_async_client`) add only how they send
(httpx.Client or httpx.AsyncClient) and how they wait between attempts.

Making a client imports httpx and little else: the request path (pipeline, limiter, raw
responses) is imported by the first request, and the connection pools are made then too. A
serverless function pays `StripeInvoicing(key)` on every cold start.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Final, TypeVar

import httpx

from ._core.options import RequestOptions
from ._http_pools import LoopPools, SyncPool
from ._key_pacing import SharedLimiter
from ._logs import keep_queries_out_of_httpx_logs
from ._options import DEFAULT_BASE_URL, ClientOptions, check_environment_proxies
from .errors import InvalidParameterError

if TYPE_CHECKING:
    from . import _call
    from ._call import Call
    from ._core.wire import Endpoint
    from ._limiter import Limiter
    from ._pipeline import Done
    from ._rate_limit import RateLimit, RateLimitSetting
else:  # the request path, imported by the first request (see the module docstring)
    _call = None


def _import_call() -> None:
    # Once, not per call: an import statement in a function costs ~2 us each time it runs.
    global _call
    from . import _call


T = TypeVar("T")
C = TypeVar("C", bound="ClientCore")


def note_key(exc: BaseException, call: Call[Any]) -> None:
    """Put the call's idempotency key on an interrupting exception (CancelledError,
    KeyboardInterrupt), so a write cut short can be resent without being applied twice."""
    key = call.idempotency_key
    if key is None:
        return
    note = f"stripe_invoicing_client: {call.method} {call.path} idempotency_key={key}"
    add_note = getattr(exc, "add_note", None)
    if add_note is not None:  # Python 3.11+
        add_note(note)
    else:
        setattr(exc, "__notes__", [*getattr(exc, "__notes__", []), note])  # noqa: B010


class _NotGiven:
    def __repr__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN: Final = _NotGiven()
"""Marks an option `with_options` should leave as it is (None means "remove")."""


def _changes(**options: object) -> dict[str, object]:
    return {name: value for name, value in options.items() if value is not NOT_GIVEN}


class ClientCore:
    """State both shells share; the connection pools are made on the first request, and closed
    only by the client that made them (never by one derived with `with_options`)."""

    _options: ClientOptions
    _owns_http: bool
    _raw: bool
    _pacing: SharedLimiter  # shared by every client derived with with_options

    @property
    def _limiter(self) -> Limiter | None:
        """The limiter this client's calls wait in (None: unpaced); decided by its key and URL."""
        return self._pacing.limiter(self._options.api_key, self._options.base_url)

    @property
    def api_version(self) -> str:
        return self._options.stripe_version

    @property
    def base_url(self) -> str:
        return self._options.base_url

    @property
    def max_retries(self) -> int:
        return self._options.max_retries

    @property
    def stripe_account(self) -> str | None:
        return self._options.stripe_account

    def _build(
        self,
        endpoint: Endpoint[T],
        path: Mapping[str, object],
        params: Mapping[str, Any],
        options: RequestOptions,
        destination: str | os.PathLike[str] | None = None,
    ) -> Call[T]:
        if _call is None:
            _import_call()
        return _call.build_call(
            self._options, endpoint, path, params, request_options=options, destination=destination
        )

    def _configure(
        self,
        options: ClientOptions,
        http_client: httpx.Client | httpx.AsyncClient | None,
        http_class: type[httpx.Client] | type[httpx.AsyncClient],
        rate_limit: RateLimitSetting,
    ) -> None:
        """What both constructors do once the options are checked."""
        if http_client is not None and not isinstance(http_client, http_class):
            raise InvalidParameterError("http_client", f"must be an httpx.{http_class.__name__}")
        owns = http_client is None
        if owns:
            # httpx reads proxy variables when the pool is made, on the first request; a
            # malformed one is refused now, naming the variable.
            check_environment_proxies()
        pool = SyncPool(http_client) if http_class is httpx.Client else LoopPools(http_client)  # type: ignore[arg-type]
        keep_queries_out_of_httpx_logs(options.base_url)
        self._setup(options, pool, owns, raw=False)
        own_connection = owns and options.base_url == DEFAULT_BASE_URL
        if rate_limit is None:
            self._pacing = SharedLimiter.fixed(None)
        elif isinstance(rate_limit, str) and rate_limit == "auto":
            self._pacing = SharedLimiter(owns_connections=owns)
        else:  # a RateLimit (pacing is wanted: the limiter is imported now), or a mistake, refused
            from ._limiter import limiter_for

            limiter = limiter_for(
                rate_limit, options.api_key, own_connection_to_stripe=own_connection
            )
            self._pacing = SharedLimiter.fixed(limiter)

    def _setup(self, options: ClientOptions, http: Any, owns: bool, *, raw: bool) -> None:
        raise NotImplementedError

    def _copy(self: C, options: ClientOptions, *, raw: bool) -> C:
        raise NotImplementedError

    def with_options(
        self: C,
        *,
        api_key: str | _NotGiven = NOT_GIVEN,
        stripe_version: str | _NotGiven | None = NOT_GIVEN,
        stripe_account: str | _NotGiven | None = NOT_GIVEN,
        base_url: str | _NotGiven = NOT_GIVEN,
        timeout: float | httpx.Timeout | _NotGiven = NOT_GIVEN,
        max_retries: int | _NotGiven = NOT_GIVEN,
        total_timeout: float | _NotGiven | None = NOT_GIVEN,
        max_response_bytes: int | _NotGiven = NOT_GIVEN,
        rate_limit: RateLimit | _NotGiven | None = NOT_GIVEN,
    ) -> C:
        """A client with some options changed, sharing this one's connections and pacing.

        Pacing by default ("auto") follows the key: another `api_key` is paced by its own
        mode's default, in a budget of its own. A `RateLimit` given is kept for another key,
        each key with its own budget in it (and its own keys in a shared budget's Redis)."""
        changes = _changes(
            api_key=api_key,
            stripe_version=stripe_version,
            stripe_account=stripe_account,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            total_timeout=total_timeout,
            max_response_bytes=max_response_bytes,
        )
        options = self._options.evolve(**changes)
        keep_queries_out_of_httpx_logs(options.base_url)
        copy = self._copy(options, raw=self._raw)
        if not isinstance(rate_limit, _NotGiven):
            from ._limiter import Limiter
            from ._rate_limit import check_rate_limit

            # A new limit is a new, separate limiter; "auto" is the constructor's alone.
            if check_rate_limit(rate_limit) == "auto":
                raise InvalidParameterError("rate_limit", "must be a RateLimit or None here")
            copy._pacing = SharedLimiter.fixed(None if rate_limit is None else Limiter(rate_limit))
        return copy

    def _result(self, done: Done[T], raw: bool | None) -> T:
        """The parsed value, or in raw mode the RawResponse around it (typed as the value:
        the raw wrappers' signatures say what callers get)."""
        if self._raw if raw is None else raw:
            from ._core.response import RawResponse

            return RawResponse(done.value, done.response)  # type: ignore[return-value]
        return done.value

    def __repr__(self) -> str:
        # getattr: a constructor that refused an option leaves no options to show.
        return f"{type(self).__name__}({getattr(self, '_options', '<not configured>')!r})"
