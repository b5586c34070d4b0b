"""Failures a test can ask the fake to produce, for retry and resilience tests."""

from __future__ import annotations

import fnmatch
import random
from collections.abc import Sequence
from typing import Literal, TypeAlias

from attrs import define, field, frozen
from attrs.validators import in_

# A wrapping transport can give one request its own fault, ahead of any rule:
# `request.extensions[FAULT_EXTENSION] = FailAfterWrite(500)`.
FAULT_EXTENSION = "fake_stripe.fault"


_FAILED_ON_PURPOSE = "The fake Stripe server failed this request on purpose."


@frozen(init=False)
class FailRequest:
    """Answer with an error status before the request is served: nothing is stored.

    `type` is Stripe's error type (`api_error` unless given). A 402 is a card error, as
    Stripe's are: `FailRequest(402)` is a generic decline (`card_declined`,
    `generic_decline`), and `FailRequest(402, decline_code="insufficient_funds")` another.
    """

    status: int
    error_type: str
    code: str | None
    message: str
    retry_after: float | None
    # Sent as `Stripe-Should-Retry: true/false` when set.
    should_retry: bool | None
    decline_code: str | None

    def __init__(
        self,
        status: int = 500,
        type: str | None = None,
        code: str | None = None,
        message: str | None = None,
        retry_after: float | None = None,
        should_retry: bool | None = None,
        *,
        decline_code: str | None = None,
        error_type: str | None = None,  # the name of `type` before 0.2
    ) -> None:
        if type is not None and error_type is not None:
            raise TypeError("FailRequest takes the error type once: type=... (or error_type=)")
        kind = type or error_type or ("card_error" if status == 402 else "api_error")
        card = kind == "card_error"
        if decline_code is not None and not card:
            raise ValueError(f"only a card_error has a decline_code, not {kind!r}")
        if card and code is None:
            code = "card_declined"
        if card and code == "card_declined" and decline_code is None:
            decline_code = "generic_decline"
        if message is None:
            message = "Your card was declined." if card else _FAILED_ON_PURPOSE
        self.__attrs_init__(status, kind, code, message, retry_after, should_retry, decline_code)


@frozen
class DropBeforeWrite:
    """The connection fails before the request arrives: `httpx.ConnectError`."""


@frozen
class DropAfterWrite:
    """The request is served and stored (idempotency record included), then the response is
    lost: `httpx.ReadTimeout` or `httpx.RemoteProtocolError`."""

    error: Literal["read_timeout", "remote_protocol_error"] = "read_timeout"


@frozen
class FailAfterWrite:
    """The request is served and stored, then answered with an error status.

    500 is the endpoint failing after its write: Stripe's idempotency layer saves every
    result once an endpoint has begun, 500s included, so a retry with the same key gets the
    same 500 back (`Idempotent-Replayed: true`) and nothing is written again. 502 and 503
    come from in front of the API: the endpoint's own answer is what was saved, and a retry
    with the same key replays that. (429 and 409 never follow a write: Stripe's rate limiter
    and object locks act before the endpoint runs; use `FailRequest` for them.)
    """

    status: int = field(default=500, validator=in_((500, 502, 503)))
    # Sent as `Stripe-Should-Retry: true/false` when set (and saved with a 500).
    should_retry: bool | None = None


@frozen
class FailBeforeWrite:
    """The endpoint begins, then fails before its write: nothing is applied, yet Stripe's
    idempotency layer saves that 500 as the key's result, so a retry with the same key gets
    the same 500 back (`Idempotent-Replayed: true`) and the write never happens under it."""

    # Sent as `Stripe-Should-Retry: true/false` when set (and saved with the 500).
    should_retry: bool | None = None

    @property
    def status(self) -> int:
        return 500


@frozen
class TruncateResponse:
    """The request is served and stored, but the body stops short (invalid JSON)."""

    keep_bytes: int | None = None  # None keeps half the body


@frozen
class AddLatency:
    """Wait before serving: `time.sleep` for sync clients, `asyncio.sleep` for async ones."""

    seconds: float


# What happens to a request instead of (or after) being served normally.
Failure: TypeAlias = (
    FailRequest
    | DropBeforeWrite
    | DropAfterWrite
    | FailBeforeWrite
    | FailAfterWrite
    | TruncateResponse
)
Fault: TypeAlias = Failure | AddLatency
# The failures an endpoint that began answers with: saved for the idempotency key.
SavedFailure: TypeAlias = FailBeforeWrite | FailAfterWrite


@define
class FaultRule:
    """A fault for the next `remaining` matching requests (every one when `remaining` is None).

    `method` is matched case-insensitively, `path` as a glob (`/v1/invoices/*/pay`).
    """

    fault: Fault
    remaining: int | None = 1
    method: str | None = None
    path: str | None = None

    def matches(self, method: str, path: str) -> bool:
        if self.remaining is not None and self.remaining <= 0:
            return False
        if self.method is not None and self.method.upper() != method.upper():
            return False
        return self.path is None or fnmatch.fnmatchcase(path, self.path)

    def use(self) -> Fault:
        if self.remaining is not None:
            self.remaining -= 1
        return self.fault


@define
class RandomFaults:
    """For soak tests: each request meets one of `kinds` with `probability`, drawn from a
    generator seeded with `seed` so a failing run can be replayed."""

    probability: float
    kinds: Sequence[Fault]
    seed: int = 0
    _random: random.Random = field(init=False)

    def __attrs_post_init__(self) -> None:
        if not 0 <= self.probability <= 1:
            raise ValueError("probability must be between 0 and 1")
        if not self.kinds:
            raise ValueError("kinds must name at least one fault")
        self._random = random.Random(self.seed)

    def draw(self) -> Fault | None:
        if self._random.random() >= self.probability:
            return None
        return self._random.choice(list(self.kinds))


@frozen
class PlannedFaults:
    """What happens to one request: a wait, then at most one failure."""

    latency: float = 0.0
    fault: Failure | None = None


def plan_for(
    rules: list[FaultRule], randomly: RandomFaults | None, method: str, path: str
) -> PlannedFaults:
    latency = 0.0
    chosen: Failure | None = None
    for rule in rules:
        if not rule.matches(method, path):
            continue
        if isinstance(rule.fault, AddLatency):
            latency += rule.use().seconds  # type: ignore[union-attr]
        elif chosen is None:
            used = rule.use()
            assert not isinstance(used, AddLatency)
            chosen = used
    rules[:] = [r for r in rules if r.remaining is None or r.remaining > 0]
    if chosen is None and randomly is not None:
        drawn = randomly.draw()
        if isinstance(drawn, AddLatency):
            latency += drawn.seconds
        else:
            chosen = drawn
    return PlannedFaults(latency, chosen)


__all__ = [
    "FAULT_EXTENSION",
    "AddLatency",
    "DropAfterWrite",
    "DropBeforeWrite",
    "FailAfterWrite",
    "FailBeforeWrite",
    "FailRequest",
    "Failure",
    "Fault",
    "FaultRule",
    "PlannedFaults",
    "RandomFaults",
    "SavedFailure",
    "TruncateResponse",
    "plan_for",
]
