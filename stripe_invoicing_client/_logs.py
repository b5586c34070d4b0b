"""Keep query strings of SDK requests out of httpx's own log records.

httpx logs every request at INFO with its full URL; a list or search query can hold personal
data (an email in `query=`). The SDK's own lines carry the path alone. This filter, installed
on the "httpx" logger by the first client the SDK builds, rewrites the URL of records for the
origins SDK clients talk to (api.stripe.com, or the configured base URL) to its path.
"""

from __future__ import annotations

import logging
import threading

import httpx

_origins: frozenset[tuple[bytes, bytes, int | None]] = frozenset()
_lock = threading.Lock()
_installed = False


class QueryStringFilter(logging.Filter):
    """Drops the query string of URLs to SDK origins from a log record's arguments."""

    def filter(self, record: logging.LogRecord) -> bool:
        args = record.args
        if isinstance(args, tuple) and any(isinstance(arg, httpx.URL) for arg in args):
            record.args = tuple(_without_query(arg) for arg in args)
        return True


def _without_query(value: object) -> object:
    if isinstance(value, httpx.URL) and value.query and _origin(value) in _origins:
        return value.copy_with(query=None)
    return value


def _origin(url: httpx.URL) -> tuple[bytes, bytes, int | None]:
    return (url.raw_scheme, url.raw_host, url.port)


def keep_queries_out_of_httpx_logs(base_url: str) -> None:
    """Register `base_url`'s origin and install the filter (once per process)."""
    global _origins, _installed
    origin = _origin(httpx.URL(base_url))
    if origin in _origins and _installed:
        return
    with _lock:
        _origins = _origins | {origin}
        if not _installed:
            logging.getLogger("httpx").addFilter(QueryStringFilter())
            _installed = True
