"""The progress of `send-invoices` on stderr: done, rate and ETA.

On a terminal one line is redrawn, at most 10 times a second; otherwise (a log file, CI) a
plain line is written every few seconds. The run's log lines (`note`) go below it. The rate
counts from the first invoice done, not from start-up (finding the drafts, or making the
in-memory ones, would make the first ETA absurd).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TextIO

REDRAW_EVERY = 0.1  # seconds, on a terminal
LINE_EVERY = 5.0  # seconds, elsewhere


class ProgressLine:
    def __init__(self, stream: TextIO, clock: Callable[[], float] = time.monotonic) -> None:
        self._stream = stream
        self._clock = clock
        self._terminal = stream.isatty()
        self._every = REDRAW_EVERY if self._terminal else LINE_EVERY
        self._first: tuple[float, int] | None = None
        self._shown_at: float | None = None
        self._drawn = False
        self.done = 0
        self.total: int | None = None  # known once the first invoice is done

    def __call__(self, done: int, total: int) -> None:
        self.done, self.total = done, total
        now = self._clock()
        if self._first is None:
            self._first = (now, done)
        last = done == total
        if not last and self._shown_at is not None and now - self._shown_at < self._every:
            return
        self._shown_at = now
        self._show(self.line(now))

    def line(self, now: float) -> str:
        assert self._first is not None and self.total is not None
        since, done_then = self._first
        if self.done > done_then and now > since:
            rate = (self.done - done_then) / (now - since)
            shown = f"{rate:.1f}/s  ETA {(self.total - self.done) / rate:.0f}s"
        else:
            shown = "measuring the rate..."
        return f"{self.done}/{self.total}  {shown}"

    def _show(self, line: str) -> None:
        if self._terminal:
            self._stream.write(f"\r{line} ")
            self._drawn = True
        else:
            self._stream.write(f"sent or tried {line}\n")
        self._stream.flush()

    def note(self, message: str) -> None:
        """A line of its own (the run's log), below the progress line so far."""
        self.end()
        self._stream.write(f"{message}\n")
        self._stream.flush()

    def end(self) -> None:
        if self._drawn:
            self._stream.write("\n")
            self._drawn = False


__all__ = ["LINE_EVERY", "REDRAW_EVERY", "ProgressLine"]
