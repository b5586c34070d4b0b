"""What the fake lets tests inspect afterwards: the requests it saw and the writes it made."""

from __future__ import annotations

from typing import Any

from attrs import define, frozen


@define
class RecordedRequest:
    """One request as it arrived, `Authorization` left out.

    `params` is the decoded query string or form body (None when it could not be decoded),
    `status` the answer (None when the connection was dropped before one).
    """

    method: str
    path: str
    headers: dict[str, str]
    request_id: str
    params: dict[str, Any] | None = None
    operation: str | None = None
    status: int | None = None
    replayed: bool = False


@frozen
class AppliedWrite:
    """A request that changed state and succeeded; replays and refusals are not counted."""

    operation: str
    method: str
    path: str
    idempotency_key: str | None
    request_id: str


__all__ = ["AppliedWrite", "RecordedRequest"]
