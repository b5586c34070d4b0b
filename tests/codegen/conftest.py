"""The figures the codegen tests measure (sizes of the generated package), shown in the log.

Tests hand them to the `figures` fixture: printed when recorded (visible with -s) and again in
the terminal summary, so they show in a CI log without -s.
"""

from __future__ import annotations

import pytest

from tests.reliability._support import Figures, write_figures

_FIGURES = pytest.StashKey[dict[str, list[str]]]()


@pytest.fixture
def figures(request: pytest.FixtureRequest) -> Figures:
    return Figures(request.config.stash.setdefault(_FIGURES, {}))


def pytest_terminal_summary(
    terminalreporter: pytest.TerminalReporter, exitstatus: int, config: pytest.Config
) -> None:
    write_figures(terminalreporter, config.stash.get(_FIGURES, {}), "generated code figures")
