"""Refuse, in this Python process, every read of a path beside the repository.

A plain clone has no sibling directories, so a test, a benchmark or a script that reads one
passes here and fails there. With `TREE_GUARD_ROOT` set to the repository root, an audit hook
refuses any `open`, directory listing or subprocess argument that names a path inside the
root's parent directory but outside the root: the call raises `PermissionError`, and the path
is appended to the file `TREE_GUARD_LOG` (when set), which the test command checks.

Allowed beside the root: hidden siblings (tool caches such as `~/.cache` when the repository
sits in a home directory), and the Python installation, the virtual environment and the
temporary directory when they are there. Paths elsewhere on the machine (`/usr`, `/etc`, the
temporary directory when it holds the parent, ...) are not the tree's business. A repository
placed right in the temporary directory is not guarded: its siblings are every test's files.

Loaded as `sitecustomize` by every Python process that has this directory on `PYTHONPATH`
(`scripts/test` and `tests/conftest.py` put it there), and by `tests/conftest.py` directly.
Standard library only, and nothing is done when `TREE_GUARD_ROOT` is unset.
"""

from __future__ import annotations

import os
import sys
from typing import Any

WATCHED = frozenset({"open", "os.listdir", "os.scandir", "subprocess.Popen"})


class _Guard:
    def __init__(self, root: str, log: str | None) -> None:
        self.root = os.path.realpath(root)
        self.parent = os.path.dirname(self.root)
        self.log = log
        self.allowed: list[str] | None = None  # computed on first need
        self.busy = False

    def _allowed(self) -> list[str]:
        if self.allowed is None:
            import tempfile  # late: it probes the disk, and only a suspicious path needs it

            roots = {sys.prefix, sys.base_prefix, sys.exec_prefix, tempfile.gettempdir()}
            self.allowed = [os.path.realpath(root) for root in roots]
        return self.allowed

    def outside(self, path: str, cwd: str | None = None) -> bool:
        """Whether `path` is beside the root (in its parent, not in the root, not allowed)."""
        full = os.path.realpath(os.path.join(cwd or os.getcwd(), path))
        if not _within(full, self.parent) or _within(full, self.root):
            return False
        first = os.path.relpath(full, self.parent).split(os.sep)[0]
        if first.startswith("."):
            return False
        # An allowed place counts only inside the parent: /tmp holding the parent of a clone
        # in /tmp/ci/repo must not excuse /tmp/ci/shared. (A clone right in /tmp is unguarded.)
        return not any(
            _within(full, root) and _within(root, self.parent) for root in self._allowed()
        )

    def refuse(self, event: str, path: str) -> None:
        message = (
            f"{path!r} ({event}) is outside the repository {self.root}: a plain clone has no "
            "sibling directories; keep what the tests need under the tree (tests/fixtures)"
        )
        if self.log:
            line = f"{os.getpid()} {event} {path}\n".encode()
            descriptor = os.open(self.log, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
            try:
                os.write(descriptor, line)
            finally:
                os.close(descriptor)
        raise PermissionError(message)

    def __call__(self, event: str, args: tuple[Any, ...]) -> None:
        if event not in WATCHED or self.busy:
            return
        self.busy = True
        try:
            for path, cwd in _paths(event, args):
                if self.outside(path, cwd):
                    self.refuse(event, path)
        finally:
            self.busy = False


def _within(path: str, root: str) -> bool:
    return path == root or path.startswith(root.rstrip(os.sep) + os.sep)


def _text(value: object) -> str | None:
    if isinstance(value, (str, bytes, os.PathLike)):
        text = os.fsdecode(value)
        return text or None
    return None  # a file descriptor, or None


def _paths(event: str, args: tuple[Any, ...]) -> list[tuple[str, str | None]]:
    if event != "subprocess.Popen":
        path = _text(args[0]) if args else None
        return [(path, None)] if path is not None else []
    _, argv, cwd, _ = args
    start = _text(cwd)
    found: list[tuple[str, str | None]] = [(start, None)] if start else []
    words = [argv] if isinstance(argv, (str, bytes, os.PathLike)) else list(argv or ())
    for word in words:
        text = _text(word)
        if text is None or "\n" in text:
            continue
        for candidate in {text, text.split("=", 1)[-1]}:
            if os.sep in candidate:
                found.append((candidate, start))
    return found


def install() -> bool:
    """Add the hook to this process (once) when `TREE_GUARD_ROOT` is set; whether it is on."""
    root = os.environ.get("TREE_GUARD_ROOT")
    if not root:
        return False
    marker = f"{os.getpid()}"
    if os.environ.get("TREE_GUARD_PID") == marker:
        return True
    sys.addaudithook(_Guard(root, os.environ.get("TREE_GUARD_LOG") or None))
    os.environ["TREE_GUARD_PID"] = marker
    return True


install()
