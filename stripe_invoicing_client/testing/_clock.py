"""Time as the fake sees it: fixed unless a test moves it."""

from __future__ import annotations

import threading
from collections.abc import Callable

# 2026-01-01T00:00:00Z: a fixed start keeps `created` values reproducible.
DEFAULT_START = 1_767_225_600


class FakeClock:
    """Unix seconds. Frozen at `start` (or following `source`, e.g. `time.time`) plus whatever
    `advance` added."""

    def __init__(
        self, start: int = DEFAULT_START, *, source: Callable[[], float] | None = None
    ) -> None:
        self._start = start
        self._source = source
        self._offset = 0
        self._lock = threading.Lock()

    def now(self) -> int:
        with self._lock:
            base = int(self._source()) if self._source is not None else self._start
            return base + self._offset

    def advance(self, seconds: int) -> int:
        """Moves time forward (or back, if negative) and returns the new now."""
        with self._lock:
            self._offset += seconds
        return self.now()

    def set(self, timestamp: int) -> None:
        """Jumps to `timestamp`."""
        with self._lock:
            base = int(self._source()) if self._source is not None else self._start
            self._offset = timestamp - base


__all__ = ["DEFAULT_START", "FakeClock"]
