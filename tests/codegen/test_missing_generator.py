"""`python -m codegen` without its dependency group: the install command, not a traceback.

Runs where the generator is not installed too (no importorskip): that is the case it is for.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

# The module is made unimportable (None in sys.modules), then codegen runs as `-m` would.
_RUN_WITHOUT = (
    "import runpy, sys\n"
    "sys.modules[sys.argv[1]] = None\n"
    "sys.argv[1:2] = []\n"
    "runpy.run_module('codegen', run_name='__main__', alter_sys=True)\n"
)


def run_without(module: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", _RUN_WITHOUT, module, *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


@pytest.mark.parametrize("module", ["openapi_python_client", "yaml", "jinja2"])
def test_missing_generator_prints_the_install_command(module: str) -> None:
    done = run_without(module, "--check")
    assert done.returncode == 2, done.stderr
    assert "Traceback" not in done.stderr
    assert "-m pip install --group codegen" in done.stderr
    assert "pip >= 25.1" in done.stderr
    assert repr(module) in done.stderr


def test_a_missing_module_outside_the_group_is_not_blamed_on_it() -> None:
    # A broken import of our own must still show its traceback, not the install hint.
    done = run_without("codegen.changes", "--check")
    assert done.returncode == 1
    assert "ModuleNotFoundError" in done.stderr
    assert "--group codegen" not in done.stderr
