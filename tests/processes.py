"""Running this interpreter in a subprocess, the way the suites that check generated code,
types and packaging do: output captured as text, the exit status left to the test."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path


def python(
    *args: str,
    cwd: Path | str | None = None,
    env: dict[str, str] | None = None,
    timeout: float | None = None,
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
