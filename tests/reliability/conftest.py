"""Shared fixtures of the reliability suite, and the figures it prints at the end of a run.

Tests hand their figures (calls, attempts, faults, examples, tables) to the `figures` fixture.
They are printed to stdout when recorded, and again in the terminal summary, so they show in
a CI log without `-s`.

`--long` (or RELIABILITY_LONG=1) makes the soak and the fuzzers run longer, for local runs.
The option is only registered when pytest is pointed at this directory (or a file in it):
`pytest tests/reliability --long`.
"""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

from stripe_invoicing_client import _async_client, _sync_client

from ._support import CURRENT_CALL, Figures, SleepLog, write_figures

_FIGURES = pytest.StashKey[dict[str, list[str]]]()


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--long",
        action="store_true",
        default=False,
        help="reliability suite: soak with 50,000 calls per client kind, fuzz 5x longer",
    )


def is_long(config: pytest.Config) -> bool:
    return bool(config.getoption("--long", default=False)) or os.environ.get(
        "RELIABILITY_LONG", ""
    ) not in ("", "0")


@pytest.fixture
def long_run(request: pytest.FixtureRequest) -> bool:
    return is_long(request.config)


@pytest.fixture
def figures(request: pytest.FixtureRequest) -> Figures:
    store = request.config.stash.setdefault(_FIGURES, {})
    return Figures(store)


@pytest.fixture
def retry_sleeps(monkeypatch: pytest.MonkeyPatch) -> Iterator[SleepLog]:
    """Retries never really wait: the delays asked for are recorded, with the logical call
    they belong to (CURRENT_CALL), instead."""
    log = SleepLog()

    def fake_sleep(seconds: float) -> None:
        log.record(CURRENT_CALL.get(), seconds)

    async def fake_async_sleep(seconds: float) -> None:
        log.record(CURRENT_CALL.get(), seconds)

    monkeypatch.setattr(_sync_client, "_sync_sleep", fake_sleep)
    monkeypatch.setattr(_async_client, "_async_sleep", fake_async_sleep)
    yield log


def pytest_terminal_summary(
    terminalreporter: pytest.TerminalReporter, exitstatus: int, config: pytest.Config
) -> None:
    write_figures(terminalreporter, config.stash.get(_FIGURES, {}), "reliability figures")
