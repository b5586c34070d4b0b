"""Imports run one way: the facade stands on the generated code, which stands on the core.

Read from the source (every `import`, including those under TYPE_CHECKING and inside
functions), not by importing it:

- `_generated/` imports only itself and `_core/` of the package;
- `_core/` imports only itself and `_redact` (a leaf): never the generated code or the facade;
- the generator (`codegen/`) imports nothing of the package it writes;
- production code imports `testing/` only where the in-memory backend is asked for by name:
  the demo and the bulk CLI's `--in-memory`.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.source_trees import parse_source

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = "stripe_invoicing_client"

# Production modules that may start the in-memory backend.
TESTING_USERS = frozenset({f"{PACKAGE}._demo", f"{PACKAGE}._bulk_cli"})


def _module_name(path: Path, root: Path) -> tuple[str, bool]:
    """The dotted name of `path`, and whether it is a package's `__init__`."""
    parts = list(path.relative_to(root).with_suffix("").parts)
    is_package = parts[-1] == "__init__"
    if is_package:
        parts.pop()
    return ".".join(parts), is_package


def imports_of(path: Path, root: Path) -> Iterator[str]:
    """Every module `path` imports, as an absolute dotted name (`from . import x` gives
    `package.x`: x may be a module)."""
    name, is_package = _module_name(path, root)
    here = name.split(".") if is_package else name.split(".")[:-1]
    for node in ast.walk(parse_source(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = here[: len(here) - node.level + 1]
                target = ".".join([*base, node.module] if node.module else base)
            else:
                target = node.module or ""
            if node.module:
                yield target
            else:
                yield from (f"{target}.{alias.name}" for alias in node.names)


def _within(module: str, *prefixes: str) -> bool:
    return any(module == prefix or module.startswith(prefix + ".") for prefix in prefixes)


def violations(root: Path) -> list[str]:
    """`importer -> imported: which rule` for every import that runs the wrong way."""
    found: list[str] = []
    package = root / PACKAGE
    generated, core, testing = (f"{PACKAGE}.{n}" for n in ("_generated", "_core", "testing"))
    sources = sorted(package.rglob("*.py")) + sorted((root / "codegen").rglob("*.py"))
    for path in sources:
        importer, _ = _module_name(path, root)
        for imported in imports_of(path, root):
            if not _within(imported, PACKAGE):
                continue
            if _within(importer, generated) and not _within(imported, generated, core):
                rule = "generated code imports only itself and the core"
            elif _within(importer, core) and not _within(imported, core, f"{PACKAGE}._redact"):
                rule = "the core imports only itself"
            elif _within(importer, "codegen"):
                rule = "the generator imports nothing of the package it writes"
            elif (
                _within(imported, testing)
                and not _within(importer, testing)
                and importer not in TESTING_USERS
            ):
                rule = "production code reaches testing/ only from the demo and the CLI"
            else:
                continue
            found.append(f"{importer} -> {imported}: {rule}")
    return sorted(set(found))


def test_imports_run_one_way() -> None:
    assert violations(ROOT) == []


def _tree(tmp_path: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        target = tmp_path / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize(
    ("path", "text", "rule"),
    [
        (
            f"{PACKAGE}/_generated/resources/invoices.py",
            "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n"
            "    from ..._sync_client import StripeInvoicing\n",
            "generated code imports only itself and the core",
        ),
        (
            f"{PACKAGE}/_generated/models/event.py",
            "from ...webhooks import Event\n",
            "generated code imports only itself and the core",
        ),
        (
            f"{PACKAGE}/_core/resource.py",
            "from .._generated import operations\n",
            "the core imports only itself",
        ),
        (
            "codegen/resources.py",
            "from stripe_invoicing_client._options import keywords_for\n",
            "the generator imports nothing of the package it writes",
        ),
        (
            f"{PACKAGE}/_sync_client.py",
            "def fake():\n    from .testing import FakeStripe\n",
            "production code reaches testing/ only from the demo and the CLI",
        ),
    ],
    ids=[
        "generated->client",
        "generated->webhooks",
        "core->generated",
        "codegen->package",
        "client->testing",
    ],
)
def test_an_import_the_wrong_way_is_named(tmp_path: Path, path: str, text: str, rule: str) -> None:
    root = _tree(tmp_path, {path: text, f"{PACKAGE}/_demo.py": "from .testing import FakeStripe\n"})
    (found,) = violations(root)
    assert found.endswith(f": {rule}"), found


def test_allowed_imports_are_not_named(tmp_path: Path) -> None:
    root = _tree(
        tmp_path,
        {
            f"{PACKAGE}/_generated/resources/invoices.py": (
                "from ..._core.resource import SyncAPIResource\n"
                "from ..operations import GetInvoices\nimport httpx\n"
            ),
            f"{PACKAGE}/_core/params.py": "from .._redact import redact\nfrom . import errors\n",
            f"{PACKAGE}/_sync_client.py": "from ._generated.resources import Resources\n",
            f"{PACKAGE}/_bulk_cli.py": "def run():\n    from .testing import FakeStripe\n",
            f"{PACKAGE}/testing/_routes.py": "from .._generated.operations import ENDPOINTS\n",
            "codegen/render.py": "from . import resources\nimport jinja2\n",
        },
    )
    assert violations(root) == []


def import_cycles(root: Path, allowed: str = f"{PACKAGE}._generated.models") -> list[list[str]]:
    """Groups of the package's modules that import each other in a loop (TYPE_CHECKING
    imports included), leaving out the generated models, whose types refer to each other."""
    modules = {
        _module_name(path, root)[0]: path
        for path in sorted((root / PACKAGE).rglob("*.py"))
        if not _within(_module_name(path, root)[0], allowed)
    }
    edges = {
        name: sorted({m for m in imports_of(path, root) if m in modules and m != name})
        for name, path in modules.items()
    }
    # Tarjan's strongly connected components, iteratively over the sorted graph.
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    for start in edges:
        if start in index:
            continue
        work = [(start, 0)]
        while work:
            node, position = work.pop()
            if position == 0:
                index[node] = low[node] = len(index)
                stack.append(node)
                on_stack.add(node)
            if position < len(edges[node]):
                work.append((node, position + 1))
                child = edges[node][position]
                if child not in index:
                    work.append((child, 0))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            if low[node] == index[node]:
                group = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    group.append(member)
                    if member == node:
                        break
                if len(group) > 1:
                    found.append(sorted(group))
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
    return sorted(found)


def test_no_hand_written_modules_import_each_other_in_a_loop() -> None:
    assert import_cycles(ROOT) == []


def test_a_loop_under_type_checking_is_named(tmp_path: Path) -> None:
    root = _tree(
        tmp_path,
        {
            f"{PACKAGE}/__init__.py": "",
            f"{PACKAGE}/testing/__init__.py": "",
            f"{PACKAGE}/testing/_state.py": "from ._store import Invoice\n",
            f"{PACKAGE}/testing/_store.py": (
                "from typing import TYPE_CHECKING\n"
                "if TYPE_CHECKING:\n    from ._state import State\n"
            ),
            f"{PACKAGE}/testing/_leaf.py": "from ._state import State\n",
        },
    )
    assert import_cycles(root) == [[f"{PACKAGE}.testing._state", f"{PACKAGE}.testing._store"]]
