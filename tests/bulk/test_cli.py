"""`stripe-invoicing send-invoices`: in memory by default, summary, exit status, progress."""

from __future__ import annotations

import io
import os
import pty
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from stripe_invoicing_client._bulk_cli import _Progress
from stripe_invoicing_client._cli import main

REPO = Path(__file__).resolve().parents[2]


def test_in_memory_run_sends_the_drafts_and_prints_the_summary(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["send-invoices", "--demo-drafts", "3"]) == 0
    out, err = capsys.readouterr()
    assert "sent                         3" in out
    assert "failed                       0" in out
    assert err == ""  # no progress line when stderr is not a terminal


def test_dry_run_changes_nothing(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["send-invoices", "--dry-run", "--query", "metadata['batch']:'demo'"]) == 0
    out, _ = capsys.readouterr()
    assert "would send (dry run)         5" in out
    assert "sent                         0" in out


def test_live_keys_are_refused_before_anything_runs(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["send-invoices", "--api-key", "sk_live_SECRETVALUE123"]) == 2
    out, err = capsys.readouterr()
    assert "live keys are refused" in err
    assert "SECRETVALUE" not in out + err


def test_progress_shows_count_rate_and_eta_on_a_terminal_only() -> None:
    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    terminal = Terminal()
    progress = _Progress(terminal)
    progress(2, 4)
    first = terminal.getvalue()
    assert first.startswith("\r2/4  ") and "ETA" not in first  # no rate from one point
    time.sleep(0.01)
    progress(3, 4)
    progress.end()
    later = terminal.getvalue()[len(first) :]
    # The rate counts from the first report: one invoice in about 10 ms, not 3 since start-up.
    match = re.match(r"\r3/4  ([\d.]+)/s  ETA (\d+)s", later)
    assert match is not None, later
    assert float(match.group(1)) > 5 and int(match.group(2)) < 5
    piped = io.StringIO()
    _Progress(piped)(2, 4)
    assert piped.getvalue() == ""


def _read_until(fd: int, seen: bytearray, pattern: re.Pattern[bytes] | None) -> None:
    """Read the terminal until `pattern` shows (None: until the process closes it)."""
    while pattern is None or not pattern.search(seen):
        try:
            chunk = os.read(fd, 4096)
        except OSError:  # EIO: every writer of the terminal has closed it
            chunk = b""
        if not chunk:
            return
        seen += chunk


@pytest.mark.skipif(sys.platform == "win32", reason="a pseudo-terminal and SIGINT")
def test_ctrl_c_mid_run_exits_130_with_a_count_and_no_traceback() -> None:
    """A real SIGINT to the command while it is sending (its progress line, on a
    pseudo-terminal, shows invoices done). The in-memory Stripe dies with the process, so a
    rerun starts afresh: resuming after Ctrl-C without sending twice is tested on the
    library in test_send_invoices.py (a cancelled run, then a second one on the same fake)."""
    drafts = 1000
    terminal, terminal_end = pty.openpty()
    command = [sys.executable, "-m", "stripe_invoicing_client._cli", "send-invoices"]
    process = subprocess.Popen(
        [*command, "--demo-drafts", str(drafts)],
        cwd=REPO,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=terminal_end,
        # A shell may start background jobs with SIGINT ignored, and Python then never
        # raises KeyboardInterrupt: give the command the default handling Ctrl-C meets.
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    os.close(terminal_end)
    seen = bytearray()
    try:
        _read_until(terminal, seen, re.compile(rb"\r[1-9][0-9]*/%d " % drafts))
        assert process.poll() is None, seen.decode(errors="replace")
        process.send_signal(signal.SIGINT)
        _read_until(terminal, seen, None)
        out, _ = process.communicate(timeout=60)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
        os.close(terminal)
    err = seen.decode()
    assert process.returncode == 130, err
    assert "Traceback" not in err
    assert out == b""  # the summary table is for a run that ended
    message = re.search(r"interrupted with (\d+) of (\d+) invoices done; (.*)", err)
    assert message is not None, err
    done, total = int(message[1]), int(message[2])
    assert total == drafts
    assert 1 <= done < drafts
    assert message[3].strip() == "the in-memory run kept nothing"
