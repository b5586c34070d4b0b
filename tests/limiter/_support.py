"""Glue of the limiter tests: a clock the test moves by hand, and a limiter on it."""

from __future__ import annotations

import time

from stripe_invoicing_client._limiter import Limiter
from stripe_invoicing_client._rate_limit import RateLimit


class Clock:
    """Monotonic time that moves only when a test (or the limiter's sleep) moves it."""

    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.now += seconds


def limiter(clock: object = time.monotonic, **config: object) -> Limiter:
    """A limiter on `clock` with no search pace and room for 1,000 calls at once, unless
    `config` says otherwise."""
    defaults: dict[str, object] = {"searches_per_second": None, "max_concurrent": 1000}
    return Limiter(RateLimit(**{**defaults, **config}), clock=clock)  # type: ignore[arg-type]
