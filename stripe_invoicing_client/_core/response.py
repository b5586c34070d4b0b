"""The raw side of a call: status and headers next to the parsed model."""

from __future__ import annotations

from typing import Generic, TypeVar

import attrs
import httpx

from .errors import get_header

T = TypeVar("T")


@attrs.frozen(repr=False)
class RawResponse(Generic[T]):
    """What `client.with_raw_response.<resource>.<method>(...)` returns."""

    parsed: T
    http_response: httpx.Response

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @property
    def request_id(self) -> str | None:
        return get_header(self.http_response.headers, "Request-Id")

    @property
    def idempotent_replayed(self) -> bool:
        return get_header(self.http_response.headers, "Idempotent-Replayed") == "true"

    @property
    def idempotency_key(self) -> str | None:
        return get_header(self.http_response.request.headers, "Idempotency-Key")

    def parse(self) -> T:
        return self.parsed

    def __repr__(self) -> str:
        return (
            f"RawResponse(status_code={self.status_code}, request_id={self.request_id!r}, "
            f"parsed={type(self.parsed).__name__})"
        )
