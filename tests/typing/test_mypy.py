"""mypy --strict accepts the typed example and rejects each bad one, naming the culprit."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent


def mypy(name: str) -> tuple[int, str]:
    # Run from the project root so its [tool.mypy] settings and package are picked up.
    done = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-color-output", str(HERE / name)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    return done.returncode, done.stdout + done.stderr


def test_typed_example_passes() -> None:
    code, output = mypy("example_ok.py")
    assert code == 0, output
    assert "Success: no issues found in 1 source file" in output


@pytest.mark.parametrize(
    "name,culprits",
    [
        ("example_bad_param.py", [("cusotmer", "call-arg")]),
        (
            "example_bad_type.py",
            [("days_until_due", "arg-type"), ("collection_method", "arg-type")],
        ),
    ],
)
def test_bad_example_fails(name: str, culprits: list[tuple[str, str]]) -> None:
    code, output = mypy(name)
    assert code == 1, output
    errors = [line for line in output.splitlines() if ": error: " in line]
    assert len(errors) == len(culprits), output
    for (param, code_name), line in zip(culprits, errors, strict=True):
        assert f'"{param}"' in line and f"[{code_name}]" in line, line
