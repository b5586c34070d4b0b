"""`stripe-invoicing send-invoices`: in memory by default, summary, exit status, progress."""

from __future__ import annotations

import io

import pytest

from stripe_invoicing_client._bulk_cli import _Progress
from stripe_invoicing_client._cli import main


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
    progress.end()
    assert terminal.getvalue().startswith("\r2/4  ")
    assert "/s  ETA " in terminal.getvalue()
    piped = io.StringIO()
    _Progress(piped)(2, 4)
    assert piped.getvalue() == ""
