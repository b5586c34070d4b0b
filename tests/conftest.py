"""Suite-wide: the sync/async axis, no API key from the environment, and nothing the tests
run may read a path beside the repository.

`tests/outside_reads/sitecustomize.py` refuses such reads with an audit hook. Here it is put on
for this process and, through `PYTHONPATH`, for every Python subprocess the tests start; the
paths it refused (in any process) fail the session at the end, even where a test swallowed the
`PermissionError`. `scripts/test` sets the same up before the benchmark smoke run.
"""

from __future__ import annotations

import gc
import importlib.util
import os
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
GUARD_DIR = Path(__file__).resolve().parent / "outside_reads"

_log_start = 0


@pytest.fixture(params=["sync", "async"])
def kind(request: pytest.FixtureRequest) -> str:
    """The client kind a test runs with: every client test runs once with each."""
    return str(request.param)


@pytest.fixture(autouse=True)
def _no_env_key(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("STRIPE_API_KEY", raising=False)


def _guard_log() -> Path:
    return Path(os.environ["TREE_GUARD_LOG"])


def pytest_configure(config: pytest.Config) -> None:
    global _log_start
    if not os.environ.get("TREE_GUARD_ROOT"):
        os.environ["TREE_GUARD_ROOT"] = str(ROOT)
    if not os.environ.get("TREE_GUARD_LOG"):
        descriptor, name = tempfile.mkstemp(prefix="tree-guard-", suffix=".log")
        os.close(descriptor)
        os.environ["TREE_GUARD_LOG"] = name
    paths = os.environ.get("PYTHONPATH", "").split(os.pathsep)
    if str(GUARD_DIR) not in paths:
        os.environ["PYTHONPATH"] = os.pathsep.join([str(GUARD_DIR), *filter(None, paths)])
    _log_start = _guard_log().stat().st_size
    spec = importlib.util.spec_from_file_location(
        "tests_outside_reads", GUARD_DIR / "sitecustomize.py"
    )
    assert spec is not None and spec.loader is not None
    guard = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(guard)  # installs the hook unless this process already has it


def _refused() -> list[str]:
    with _guard_log().open("rb") as log:
        log.seek(_log_start)
        return log.read().decode(errors="replace").splitlines()


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    # Event loops that in-process Ctrl-C tests ended are left in reference cycles; collected
    # while the summary's plugins are being compiled, their finalizers hit CPython 3.11's
    # "AST constructor recursion depth mismatch" (python/cpython#106905). Collect them now.
    gc.collect()
    if _refused():
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    refused = _refused()
    if refused:
        terminalreporter.section("reads outside the repository", red=True)
        terminalreporter.line("a plain clone has no sibling directories; these were refused:")
        for line in refused:
            terminalreporter.line(f"  pid {line}")
