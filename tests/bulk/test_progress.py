"""`ProgressLine`, the command's progress display: on a terminal, one line redrawn at most 10
times a second with the count, rate and ETA, and notes below it; elsewhere, a plain line every
few seconds."""

from __future__ import annotations

import io
import re

from stripe_invoicing_client._bulk_progress import ProgressLine


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


class _Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_progress_on_a_terminal_shows_count_rate_and_eta_at_most_10_times_a_second() -> None:
    terminal, clock = _Terminal(), _Clock()
    progress = ProgressLine(terminal, clock)
    progress(2, 4000)
    assert terminal.getvalue() == "\r2/4000  measuring the rate... "
    for done in range(3, 4001):  # 3,998 invoices in 4 seconds
        clock.now += 0.001
        progress(done, 4000)
    progress.end()
    draws = terminal.getvalue().split("\r")[1:]
    assert 40 <= len(draws) <= 42
    assert draws[-1] == "4000/4000  1000.0/s  ETA 0s \n"
    assert re.fullmatch(r"\d+/4000  1000\.0/s  ETA \d+s ", draws[20])


def test_a_note_goes_below_the_redrawn_line() -> None:
    terminal = _Terminal()
    progress = ProgressLine(terminal, _Clock())
    progress(1, 2)
    progress.note("waiting 90 s")
    progress(2, 2)
    progress.end()
    assert terminal.getvalue() == (
        "\r1/2  measuring the rate... \nwaiting 90 s\n\r2/2  measuring the rate... \n"
    )


def test_progress_elsewhere_is_a_plain_line_every_few_seconds() -> None:
    piped, clock = io.StringIO(), _Clock()
    progress = ProgressLine(piped, clock)
    for done in range(1, 121):  # 120 invoices, one every 0.1 s
        progress(done, 120)
        clock.now += 0.1
    progress.end()
    lines = piped.getvalue().splitlines()
    assert len(lines) == 4  # at 0 s, 5 s, 10 s and the last
    assert lines[0] == "sent or tried 1/120  measuring the rate..."
    assert lines[-1].startswith("sent or tried 120/120  10.0/s  ETA 0s")
    assert "\r" not in piped.getvalue()
