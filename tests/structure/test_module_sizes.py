"""The in-memory backend stays in modules small enough to read whole (issue 22: none over
500 lines); a module that grows past it is split by concern, not let grow."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BACKEND = ROOT / "stripe_invoicing_client" / "testing"
LIMIT = 500


def oversized(folder: Path, limit: int) -> dict[str, int]:
    """Each Python module below `folder` longer than `limit` lines, with its length."""
    lengths = {
        str(path.relative_to(folder)): len(path.read_text(encoding="utf-8").splitlines())
        for path in sorted(folder.rglob("*.py"))
    }
    return {name: length for name, length in lengths.items() if length > limit}


def test_no_module_of_the_backend_is_over_the_limit() -> None:
    assert len(list(BACKEND.rglob("*.py"))) > 40  # the backend, not an empty folder
    assert oversized(BACKEND, LIMIT) == {}


def test_a_module_over_the_limit_is_named(tmp_path: Path) -> None:
    (tmp_path / "inner").mkdir()
    (tmp_path / "inner" / "long.py").write_text("x = 1\n" * 501, encoding="utf-8")
    (tmp_path / "short.py").write_text("x = 1\n" * 500, encoding="utf-8")
    assert oversized(tmp_path, 500) == {"inner/long.py": 501}
