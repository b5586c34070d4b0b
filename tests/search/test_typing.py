"""mypy --strict on program_typed.py: each misuse marked `# E: <code>` is reported on its
line with that code, and the correct uses around them pass."""

from __future__ import annotations

import re
from pathlib import Path

from tests.processes import python

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
PROGRAM = HERE / "program_typed.py"

_MARK = re.compile(r"#\s*E:\s*([a-z-]+)\s*$")
_ERROR = re.compile(r"^[^:]+:(\d+): error: .*\[([a-z-]+)\]$")


def _expected() -> set[tuple[int, str]]:
    lines = PROGRAM.read_text(encoding="utf-8").splitlines()
    return {(n, m.group(1)) for n, line in enumerate(lines, 1) if (m := _MARK.search(line))}


def test_mypy_reports_each_misuse_and_nothing_else() -> None:
    done = python(
        "-m", "mypy", "--strict", "--no-color-output", str(PROGRAM), cwd=ROOT, timeout=600
    )
    output = done.stdout + done.stderr
    reported = {
        (int(m.group(1)), m.group(2)) for line in output.splitlines() if (m := _ERROR.match(line))
    }
    expected = _expected()
    assert len(expected) >= 15, "the program lost its marked misuses"
    assert reported == expected, output
    assert done.returncode == 1, output
