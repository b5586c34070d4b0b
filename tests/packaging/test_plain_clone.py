"""A plain clone tests itself: nothing reads beside the repository, and the guard that makes sure
(tests/outside_reads/sitecustomize.py) refuses such reads in-process and in subprocesses."""

from __future__ import annotations

import os
import re
import tempfile
import textwrap
from pathlib import Path

import pytest

from tests.processes import python

ROOT = Path(__file__).resolve().parents[2]
GUARD_DIR = ROOT / "tests" / "outside_reads"

# Ways code here has reached beside the tree: the parent of the root, a `shared` sibling.
SUSPECT = re.compile(r"""ROOT\.parent\b|\.\./shared|/\s*["']shared["']|parents\[[3-9]\]""")
SCANNED = ("tests", "bench", "scripts", "stripe_invoicing_client", "codegen", ".ci")


def test_no_code_names_a_path_beside_the_tree() -> None:
    found = []
    for top in SCANNED:
        for path in sorted((ROOT / top).rglob("*")):
            if not path.is_file() or "__pycache__" in path.parts or path.suffix in (".gz", ".json"):
                continue
            if path == Path(__file__).resolve():
                continue
            text = path.read_text(encoding="utf-8", errors="replace")
            for number, line in enumerate(text.splitlines(), 1):
                if SUSPECT.search(line):
                    found.append(f"{path.relative_to(ROOT)}:{number}: {line.strip()}")
    assert not found, "\n".join(found)


def test_the_guard_is_on_in_this_session_and_its_subprocesses(tmp_path: Path) -> None:
    if Path(tempfile.gettempdir()).resolve() == ROOT.parent:
        pytest.skip("a repository right in the temporary directory is not guarded")
    assert os.environ.get("TREE_GUARD_ROOT") == str(ROOT)
    assert os.environ.get("TREE_GUARD_PID") == str(os.getpid())  # this process has the hook
    # A child started the ordinary way inherits it (its refusal goes to a log of its own).
    log = tmp_path / "child.log"
    child = (
        "import os\n"
        "try:\n"
        "    os.listdir('../no-such-sibling')\n"
        "except PermissionError as error:\n"
        "    print(error)\n"
    )
    done = python("-c", child, cwd=ROOT, env={**os.environ, "TREE_GUARD_LOG": str(log)}, timeout=60)
    assert "is outside the repository" in done.stdout, done.stdout + done.stderr
    assert log.read_text().split(" ", 1)[1] == "os.listdir ../no-such-sibling\n"


PROBE = textwrap.dedent(
    """
    import os, subprocess, sys
    def attempt(label, action):
        try:
            action()
        except PermissionError:
            print(label, "refused")
        else:
            print(label, "allowed")
    attempt("inside", lambda: open("inside.txt").read())
    attempt("sibling", lambda: open("../shared/data.txt").read())
    attempt("listing", lambda: os.listdir("../shared"))
    attempt("hidden", lambda: open("../.cache/tool.txt").read())
    attempt("argument", lambda: subprocess.run(["cat", "../shared/data.txt"], check=False))
    attempt("python", lambda: subprocess.run([sys.executable, "-c", "open('../shared/data.txt')"],
                                             check=False, capture_output=True))
    """
)


def test_the_guard_refuses_siblings_and_logs_them(tmp_path: Path) -> None:
    # A fake repository with a `shared` sibling: in the temporary directory (whose files are
    # allowed), but not right in it, like a clone in /tmp/ci/repo.
    parent = tmp_path / "parent"
    root = parent / "repo"
    root.mkdir(parents=True)
    (root / "inside.txt").write_text("ok")
    (parent / "shared").mkdir()
    (parent / "shared" / "data.txt").write_text("not in a clone")
    (parent / ".cache").mkdir()
    (parent / ".cache" / "tool.txt").write_text("a tool's cache")
    log = tmp_path / "refused.log"
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "PYTHONPATH": str(GUARD_DIR),
        "TREE_GUARD_ROOT": str(root),
        "TREE_GUARD_LOG": str(log),
    }
    done = python("-c", PROBE, cwd=root, env=env, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == [
        "inside allowed",
        "sibling refused",
        "listing refused",
        "hidden allowed",
        "argument refused",
        "python allowed",  # the child starts; its own hook refuses its read
    ]
    refused = [line.split(" ", 1)[1] for line in log.read_text().splitlines()]
    assert refused == [
        "open ../shared/data.txt",
        "os.listdir ../shared",
        "subprocess.Popen ../shared/data.txt",
        "open ../shared/data.txt",
    ]
