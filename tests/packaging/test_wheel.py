"""What a pip user gets: the wheel's contents, and type checking of a user's program against the
package installed from that wheel into a fresh virtual environment outside the repository.

One wheel build and one environment serve the whole module. The programs are copied next to
the environment and checked from there, so the checkers cannot see the source tree (a file
inside `tests/` would put the repository root on mypy's search path).
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import zipfile
from collections.abc import Sequence
from pathlib import Path

import pytest

from stripe_invoicing_client import __version__

DIST_INFO = f"stripe_invoicing_client-{__version__}.dist-info"

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
GOOD = HERE / "user_program.py"
MISTAKES = HERE / "user_mistakes.py"
PACKAGE = "stripe_invoicing_client"

# Copying the tree (rather than building in it) keeps `build/` and `*.egg-info` out of the
# repository; what is left out here is never part of a build anyway.
NOT_COPIED = shutil.ignore_patterns(
    ".git", ".venv*", ".mypy_cache", ".pytest_cache", ".ruff_cache", ".hypothesis", "build",
    "dist", "*.egg-info",
)  # fmt: skip


def run(command: Sequence[str | Path], cwd: Path, timeout: float = 300) -> str:
    done = subprocess.run(
        [str(part) for part in command],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    assert done.returncode == 0, f"{command}:\n{done.stdout}\n{done.stderr}"
    return done.stdout


@pytest.fixture(scope="module")
def work(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("pip-user")


@pytest.fixture(scope="module")
def wheel(work: Path) -> Path:
    source = work / "source"
    shutil.copytree(ROOT, source, ignore=NOT_COPIED)
    dist = work / "dist"
    pip = [sys.executable, "-m", "pip"]
    run([*pip, "wheel", "--quiet", "--no-deps", "-w", dist, source], cwd=work)
    (built,) = dist.glob("*.whl")
    return built


@pytest.fixture(scope="module")
def user_python(work: Path, wheel: Path) -> Path:
    """The interpreter of a fresh environment with the wheel (and its dependencies) installed."""
    environment = work / "venv"
    run([sys.executable, "-m", "venv", "--without-pip", environment], cwd=work)
    python = environment / "bin" / "python"
    pip = [sys.executable, "-m", "pip"]
    run([*pip, "--python", python, "install", "--quiet", wheel], cwd=work)
    found = run([python, "-c", f"import {PACKAGE}; print({PACKAGE}.__file__)"], cwd=work)
    assert Path(found.strip()).is_relative_to(environment), found
    return python


@pytest.fixture(scope="module")
def programs(work: Path) -> Path:
    """The user's programs, copied outside the repository."""
    folder = work / "programs"
    folder.mkdir()
    for program in (GOOD, MISTAKES):
        shutil.copy(program, folder / program.name)
    return folder


def mypy(python: Path, programs: Path, name: str) -> tuple[int, str]:
    command = [
        sys.executable, "-m", "mypy", "--strict", "--no-color-output", "--show-error-codes",
        "--python-executable", str(python), "--cache-dir", str(programs / ".mypy_cache"),
        "--verbose", name,
    ]  # fmt: skip
    done = subprocess.run(
        command, cwd=programs, capture_output=True, text=True, timeout=600, check=False
    )
    # --verbose logs each module it reads: the package must come from the environment.
    sources = re.findall(rf"(\S*/{PACKAGE}/__init__\.pyi?)\b", done.stderr)
    assert sources, done.stderr[-3000:]
    assert all(Path(source).is_relative_to(python.parent.parent) for source in sources), sources
    return done.returncode, done.stdout


def expected_mistakes() -> set[tuple[int, str]]:
    """(line, mypy error code) of each `# mistake: <code>` comment in the mistakes program."""
    lines = MISTAKES.read_text(encoding="utf-8").splitlines()
    found = {
        (number, match.group(1))
        for number, line in enumerate(lines, 1)
        if (match := re.search(r"# mistake: ([a-z-]+)$", line))
    }
    assert len(found) == 12, found
    return found


# --- the wheel ------------------------------------------------------------------------------


def test_wheel_holds_the_package_typed_and_nothing_else(wheel: Path) -> None:
    names = zipfile.ZipFile(wheel).namelist()
    tops = {name.split("/")[0] for name in names}
    assert tops == {PACKAGE, DIST_INFO}, tops
    assert f"{PACKAGE}/py.typed" in names
    assert f"{PACKAGE}/_generated/__init__.py" in names
    assert any(name.startswith(f"{PACKAGE}/_generated/models/") for name in names)
    assert f"{PACKAGE}/_generated/params/invoices.py" in names
    assert f"{PACKAGE}/_generated/operations.py" in names
    size = wheel.stat().st_size
    print(f"wheel: {size / 1000:.0f} KB, {len(names)} files")
    # Issue 12's 400 KB is for its 28 operations (tests/codegen/test_generated_size.py
    # measures that); the whole package got 600 KB for its 86 operations, 7 KB an operation,
    # which stays the budget as operations are added (issue 24: 128 operations, 657 KB).
    from codegen import operations

    budget = 7_000 * len(operations.OPERATIONS)
    assert size <= budget, f"the wheel is {size} bytes (budget: at most {budget / 1000:.0f} KB)"
    assert f"{PACKAGE}/testing/__init__.py" in names
    assert f"{DIST_INFO}/licenses/LICENSE" in names
    junk = [
        name
        for name in names
        if "__pycache__" in name
        or name.endswith((".pyc", ".pyo"))
        or re.search(r"(^|/)(tests?|\.mypy_cache|\.pytest_cache|\.hypothesis)/", name)
    ]
    assert not junk, junk


def test_wheel_metadata_declares_the_licence_and_dependencies(wheel: Path) -> None:
    metadata = zipfile.ZipFile(wheel).read(f"{DIST_INFO}/METADATA")
    text = metadata.decode()
    assert "License-Expression: MIT" in text
    assert re.search(r"^Requires-Dist: httpx\b", text, re.MULTILINE)
    assert re.search(r"^Requires-Dist: attrs\b", text, re.MULTILINE)


def test_installed_package_works_with_its_fake(user_python: Path, work: Path) -> None:
    # The generated code and the testing package run from the install, not from the tree.
    script = (
        "from stripe_invoicing_client import StripeInvoicing\n"
        "from stripe_invoicing_client.testing import FakeStripe\n"
        "fake = FakeStripe()\n"
        "client = StripeInvoicing('sk_test_wheel', http_client=fake.sync_http_client())\n"
        "customer = client.customers.create(email='wheel@example.com')\n"
        "print(client.customers.retrieve(customer.id).email)\n"
    )
    assert run([user_python, "-c", script], cwd=work).strip() == "wheel@example.com"


# --- type checking against the install --------------------------------------------------------


def test_user_program_passes_mypy_strict(user_python: Path, programs: Path) -> None:
    code, output = mypy(user_python, programs, GOOD.name)
    assert code == 0, output
    assert "Success: no issues found in 1 source file" in output


def test_each_mistake_is_reported_by_mypy(user_python: Path, programs: Path) -> None:
    code, output = mypy(user_python, programs, MISTAKES.name)
    assert code == 1, output
    reported = {
        (int(match.group(1)), match.group(2))
        for match in re.finditer(r"^[^:\n]+:(\d+): error: .*\[([a-z-]+)\]$", output, re.MULTILINE)
    }
    assert reported == expected_mistakes(), output


def pyright(python: Path, programs: Path, name: str) -> list[dict[str, object]]:
    pytest.importorskip("pyright", reason="pyright (the test extra) is not installed")
    (programs / "pyrightconfig.json").write_text(json.dumps({"typeCheckingMode": "strict"}))
    command = [
        sys.executable, "-m", "pyright", "--outputjson", "--pythonpath", str(python), name,
    ]  # fmt: skip
    done = subprocess.run(
        command, cwd=programs, capture_output=True, text=True, timeout=600, check=False
    )
    try:
        report = json.loads(done.stdout)
    except ValueError:
        pytest.skip(f"pyright did not run here: {(done.stdout + done.stderr)[-500:]}")
    diagnostics: list[dict[str, object]] = report["generalDiagnostics"]
    return diagnostics


def test_user_program_passes_pyright_strict(user_python: Path, programs: Path) -> None:
    assert pyright(user_python, programs, GOOD.name) == []


def test_each_mistake_is_reported_by_pyright(user_python: Path, programs: Path) -> None:
    diagnostics = pyright(user_python, programs, MISTAKES.name)
    lines = {
        diagnostic["range"]["start"]["line"] + 1  # type: ignore[index]
        for diagnostic in diagnostics
        if diagnostic["severity"] == "error"
    }
    assert lines == {line for line, _ in expected_mistakes()}, diagnostics
