"""`client.raw_request(method, path, **params)`: any Stripe v1 endpoint, through the same
pipeline (auth, retries, idempotency keys, typed errors), answered with the parsed JSON."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from ._call import Call, build_call, encoded_extra
from ._core.options import RequestOptions
from ._core.wire import Endpoint
from ._options import ClientOptions
from .errors import InvalidParameterError

METHODS = ("GET", "POST", "DELETE")
MAX_PATH_LENGTH = 5000
# Letters, digits and `_ - . /` cover Stripe's paths and ids. No `%`: a server that decodes
# `%2E%2E` before routing would read `..`; no `?`/`#`: parameters go in **params.
_PATH = re.compile(r"/v1/[A-Za-z0-9_\-./]*")


def check_method(method: object) -> str:
    if not isinstance(method, str) or method.upper() not in METHODS:
        raise InvalidParameterError("method", f"must be one of {', '.join(METHODS)}")
    return method.upper()


def check_path(path: object) -> str:
    if not isinstance(path, str):
        raise InvalidParameterError("path", f"must be a str, not {type(path).__name__}")
    if path.startswith("/v2/"):
        raise InvalidParameterError(
            "path", "v2 endpoints take JSON bodies, which this client does not send"
        )
    if len(path) > MAX_PATH_LENGTH or not _PATH.fullmatch(path):
        raise InvalidParameterError(
            "path",
            "must be a path under /v1/ (like /v1/invoices/in_123) holding only letters, "
            "digits, '_', '-', '.' and '/'; no scheme, host, query or fragment",
        )
    if ".." in path or "//" in path or "/./" in path or path.endswith("/."):
        raise InvalidParameterError("path", "must not hold '..', '//' or '.' segments")
    return path


def raw_call(
    options: ClientOptions,
    method: object,
    path: object,
    params: Mapping[str, object],
    request_options: RequestOptions,
) -> Call[dict[str, Any]]:
    """The call for `raw_request`: `params` go in the query of a GET or DELETE and in the form
    body of a POST, bracket-encoded and unchecked (no schema knows the endpoint)."""
    http_method = check_method(method)
    # No answer model: the JSON object itself (anything else is read as garbled, and retried
    # like any other); no request schema: the params are sent unchecked.
    endpoint: Endpoint[dict[str, Any]] = Endpoint(
        operation_id=f"{http_method} {check_path(path)}",
        method=http_method,
        path=str(path),
        path_params=(),
        query_params=frozenset(),
        body_params=frozenset(),
        required_params=frozenset(),
    )
    encoded_extra("params", params)  # an encoding problem named after what the caller passed
    given = dict(params) or None
    if http_method == "POST":
        per_call = request_options.replace(extra_body=given)
    else:
        per_call = request_options.replace(extra_query=given)
    return build_call(options, endpoint, {}, {}, request_options=per_call)
