"""The generated package's measured targets (issue 12): counts, printed and asserted.

The size targets (at most 120 files and 20k lines) are for the 28 operations the client had
when they were set, with the model family it had then (`codegen/config.py` FAMILY at commit
9ba4bc9: invoices, line items, invoice items, customers, discounts, coupons, errors). Both have
grown since (issue 13 made tax rates, invoice payments, prices, SetupIntent... real models, each
with its own tree of sub-objects), so the package is also generated, from the committed spec,
with the table cut down to those 28 operations and the family cut down to that one, and
measured: the target is about how compactly the generator writes that surface, not about how
much more of the API later issues chose to model. The committed package (every
operation) is measured and printed too. For both: no class name over 60 characters, and no two
generated shapes (parameter TypedDicts, response models, Literal aliases) identical apart from
their names.
"""

from __future__ import annotations

import ast
import hashlib
import json
import subprocess
import sys
import textwrap
import zipfile
from collections import defaultdict
from collections.abc import Iterator
from io import BytesIO
from pathlib import Path

import pytest

from codegen import operations
from tests.reliability._support import Figures
from tests.source_trees import parse_source

pytest.importorskip("openapi_python_client")

ROOT = Path(__file__).resolve().parents[2]
COMMITTED = ROOT / "stripe_invoicing_client" / "_generated"

MAX_FILES = 120
MAX_LINES = 20_000
MAX_CLASS_NAME = 60
MAX_WHEEL_BYTES = 400_000
# A Literal longer than this is written once, by name (codegen/enums.py), wherever it is used.
LONG_LITERAL = 8

# The operations the issue's size targets were set for.
ISSUE_12_OPERATIONS = (
    "GetInvoices",
    "PostInvoices",
    "GetInvoicesSearch",
    "PostInvoicesCreatePreview",
    "GetInvoicesInvoice",
    "PostInvoicesInvoice",
    "DeleteInvoicesInvoice",
    "PostInvoicesInvoiceFinalize",
    "PostInvoicesInvoiceSend",
    "PostInvoicesInvoicePay",
    "PostInvoicesInvoiceVoid",
    "PostInvoicesInvoiceMarkUncollectible",
    "GetInvoicesInvoiceLines",
    "PostInvoicesInvoiceLinesLineItemId",
    "PostInvoicesInvoiceAddLines",
    "PostInvoicesInvoiceRemoveLines",
    "PostInvoicesInvoiceUpdateLines",
    "GetInvoiceitems",
    "PostInvoiceitems",
    "GetInvoiceitemsInvoiceitem",
    "PostInvoiceitemsInvoiceitem",
    "DeleteInvoiceitemsInvoiceitem",
    "GetCustomers",
    "PostCustomers",
    "GetCustomersSearch",
    "GetCustomersCustomer",
    "PostCustomersCustomer",
    "DeleteCustomersCustomer",
)

# The resources modelled in full when the targets were set (FAMILY at commit 9ba4bc9).
ISSUE_12_FAMILY = (
    "invoice",
    "line_item",
    "invoiceitem",
    "customer",
    "deleted_invoice",
    "deleted_invoiceitem",
    "deleted_customer",
    "discount",
    "deleted_discount",
    "coupon",
    "error",
    "api_errors",
)

# Run in a fresh interpreter: the table and the family are cut down before anything reads them.
GENERATE_SUBSET = textwrap.dedent(
    """
    import json, sys
    from pathlib import Path

    from codegen import operations as table

    keep, out = set(json.loads(sys.argv[1])), Path(sys.argv[2])
    family = frozenset(json.loads(sys.argv[3]))
    table.OPERATIONS = tuple(op for op in table.OPERATIONS if op.operation_id in keep)
    table.BY_ID = {op.operation_id: op for op in table.OPERATIONS}
    wanted = {op.resource for op in table.OPERATIONS}
    table.RESOURCES = {key: r for key, r in table.RESOURCES.items() if key in wanted}

    from codegen import config

    config.FAMILY = family

    from codegen import __main__ as cli

    files, selection = cli.generate(cli.DEFAULT_SPEC)
    assert not selection.missing, selection.missing
    for name, data in files.items():
        (out / name).parent.mkdir(parents=True, exist_ok=True)
        (out / name).write_bytes(data)
    """
)


@pytest.fixture(scope="module")
def issue_12_package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("issue-12-operations") / "_generated"
    subprocess.run(
        [
            sys.executable,
            "-c",
            GENERATE_SUBSET,
            json.dumps(ISSUE_12_OPERATIONS),
            str(out),
            json.dumps(ISSUE_12_FAMILY),
        ],
        cwd=ROOT,
        check=True,
        timeout=300,
    )
    return out


def _sources(package: Path) -> dict[str, str]:
    return {
        path.relative_to(package).as_posix(): path.read_text(encoding="utf-8")
        for path in sorted(package.rglob("*.py"))
        if "__pycache__" not in path.parts
    }


def _operation_ids(sources: dict[str, str]) -> set[str]:
    """The operationIds of the package's records (`ENDPOINTS`, in its operations.py)."""
    for node in parse_source(sources["operations.py"]).body:
        if isinstance(node, ast.AnnAssign) and ast.unparse(node.target) == "ENDPOINTS":
            assert isinstance(node.value, ast.Tuple)
            return {ast.unparse(item) for item in node.value.elts}
    raise AssertionError("no ENDPOINTS in the generated operations.py")


# --- shapes -----------------------------------------------------------------------------------


class _Shape:
    """A class (or Literal alias) of params/ or models/: its kind and its fields' types."""

    def __init__(self, where: str, kind: str, fields: list[tuple[str, ast.expr]]) -> None:
        self.where = where
        self.kind = kind
        self.fields = fields


def _shapes(sources: dict[str, str], folder: str) -> dict[str, _Shape]:
    """Every shape defined in `folder/` by name (names are unique across the folder)."""
    found: dict[str, _Shape] = {}
    for path, source in sources.items():
        if not path.startswith(f"{folder}/") or path.endswith("__init__.py"):
            continue
        for node in parse_source(source).body:
            if isinstance(node, ast.ClassDef):
                bases = ", ".join(ast.unparse(base) for base in node.bases)
                options = "".join(f", {k.arg}={ast.unparse(k.value)}" for k in node.keywords)
                fields = [
                    (statement.target.id, statement.annotation)
                    for statement in node.body
                    if isinstance(statement, ast.AnnAssign)
                    and isinstance(statement.target, ast.Name)
                    and not ast.unparse(statement.annotation).startswith("ClassVar")
                ]
                shape = _Shape(f"{path}:{node.name}", bases + options, fields)
                name = node.name
            elif (
                isinstance(node, ast.Assign)
                and len(node.targets) == 1
                and isinstance(node.targets[0], ast.Name)
                and isinstance(node.value, ast.Subscript)  # `X = Literal[...]`, not `X = Y`
            ):
                name = node.targets[0].id
                shape = _Shape(f"{path}:{name}", "alias", [("", node.value)])
            else:
                continue
            assert name not in found, f"{name} is defined twice: {found[name].where}, {path}"
            found[name] = shape
    return found


class _Rename(ast.NodeTransformer):
    """Replaces each name of a shape by that shape's current label."""

    def __init__(self, labels: dict[str, str]) -> None:
        self.labels = labels

    def visit_Name(self, node: ast.Name) -> ast.expr:
        label = self.labels.get(node.id)
        return node if label is None else ast.Name(id=f"shape_{label}")


def _labels(shapes: dict[str, _Shape]) -> dict[str, str]:
    """A hash per shape, equal for two shapes exactly when they are the same apart from names.

    The names of the shapes a field refers to are replaced by those shapes' hashes, refined
    round by round (references may form cycles) until the partition stops splitting."""
    labels = dict.fromkeys(shapes, "")
    classes = 1
    while True:
        rename = _Rename(labels)
        labels = {
            name: hashlib.sha256(
                "|".join(
                    [shape.kind]
                    + [
                        f"{field}: {ast.unparse(rename.visit(_copy(annotation)))}"
                        for field, annotation in shape.fields
                    ]
                ).encode()
            ).hexdigest()[:20]
            for name, shape in shapes.items()
        }
        count = len(set(labels.values()))
        if count == classes:
            return labels
        classes = count


def _copy(node: ast.expr) -> ast.expr:
    # _Rename edits the tree it visits: it gets a copy.
    return parse_source(ast.unparse(node), mode="eval").body


def _identical(sources: dict[str, str]) -> Iterator[list[str]]:
    for folder in ("params", "models"):
        shapes = _shapes(sources, folder)
        groups: dict[str, list[str]] = defaultdict(list)
        for name, label in _labels(shapes).items():
            groups[label].append(shapes[name].where)
        yield from (group for group in groups.values() if len(group) > 1)


def _repeated_literals(sources: dict[str, str]) -> list[list[str]]:
    """The places of each `Literal[...]` of more than LONG_LITERAL values that is written out in
    full more than once in models/ and params/ (the same values, in any order)."""
    places: dict[tuple[str, ...], list[str]] = defaultdict(list)
    for path, source in sources.items():
        if not path.startswith(("params/", "models/")):
            continue
        for node in ast.walk(parse_source(source)):
            if isinstance(node, ast.Subscript) and ast.unparse(node.value) == "Literal":
                values = node.slice.elts if isinstance(node.slice, ast.Tuple) else [node.slice]
                if len(values) > LONG_LITERAL:
                    key = tuple(sorted(ast.unparse(value) for value in values))
                    places[key].append(f"{path}:{node.lineno} ({len(values)} values)")
    return [found for found in places.values() if len(found) > 1]


def _class_names(sources: dict[str, str]) -> list[str]:
    return [
        node.name
        for source in sources.values()
        for node in ast.walk(parse_source(source))
        if isinstance(node, ast.ClassDef)
    ]


# --- the tests --------------------------------------------------------------------------------


def test_the_issue_12_operations_are_all_in_the_table() -> None:
    assert len(ISSUE_12_OPERATIONS) == len(set(ISSUE_12_OPERATIONS)) == 28
    assert set(ISSUE_12_OPERATIONS) <= set(operations.BY_ID), set(ISSUE_12_OPERATIONS) - set(
        operations.BY_ID
    )


def test_the_issue_12_family_is_still_modelled() -> None:
    from codegen import config

    assert set(ISSUE_12_FAMILY) <= config.FAMILY, set(ISSUE_12_FAMILY) - config.FAMILY


def _measure(figures: Figures, section: str, sources: dict[str, str], sized: bool) -> list[str]:
    """Prints the figures of a generated package; returns the targets it misses (the size
    targets only when `sized`)."""
    files = len(sources)
    lines = sum(source.count("\n") for source in sources.values())
    names = _class_names(sources)
    longest = max(names, key=len)
    per_folder: dict[str, int] = defaultdict(int)
    for path, source in sources.items():
        per_folder[path.split("/")[0] if "/" in path else "(top)"] += source.count("\n")
    identical = list(_identical(sources))
    repeated = _repeated_literals(sources)
    figures.add(
        section,
        f"operations: {len(_operation_ids(sources))}",
        f"generated files: {files} (target for the 28: <= {MAX_FILES})",
        f"generated lines: {lines} (target for the 28: <= {MAX_LINES})",
        "lines by folder: " + ", ".join(f"{k} {v}" for k, v in sorted(per_folder.items())),
        f"classes: {len(names)}; longest name: {len(longest)} chars, {longest} "
        f"(target: <= {MAX_CLASS_NAME})",
        f"groups of shapes identical apart from names: {len(identical)} (target: 0)",
        f"Literals of more than {LONG_LITERAL} values written in full more than once: "
        f"{len(repeated)} (target: 0)",
    )
    misses = [
        f"class name over {MAX_CLASS_NAME} characters: {name}"
        for name in sorted(names)
        if len(name) > MAX_CLASS_NAME
    ]
    misses += ["identical apart from names: " + " == ".join(group) for group in identical]
    misses += ["the same long Literal written again: " + ", ".join(found) for found in repeated]
    if sized and files > MAX_FILES:
        misses.append(f"{files} generated files (target: <= {MAX_FILES})")
    if sized and lines > MAX_LINES:
        misses.append(f"{lines} generated lines (target: <= {MAX_LINES})")
    return misses


def test_the_28_operations_of_issue_12(issue_12_package: Path, figures: Figures) -> None:
    sources = _sources(issue_12_package)
    assert _operation_ids(sources) == set(ISSUE_12_OPERATIONS)
    misses = _measure(figures, "the 28 operations of issue 12", sources, sized=True)
    assert not misses, "\n".join(misses)


def _wheel_size(generated: Path, *, backend: bool = True) -> int:
    """The size of a wheel holding the hand-written package, `generated` as its _generated
    and the README as its metadata, compressed as wheels are (deflate, one entry a file);
    without the in-memory backend (`testing/`) unless `backend`."""
    package = ROOT / "stripe_invoicing_client"
    left_out = {"_generated"} if backend else {"_generated", "testing"}
    files = {
        path.relative_to(package).as_posix(): path
        for path in sorted(package.rglob("*"))
        if path.is_file()
        and "__pycache__" not in path.parts
        and path.relative_to(package).parts[0] not in left_out
    }
    files.update(
        {
            f"_generated/{path.relative_to(generated).as_posix()}": path
            for path in sorted(generated.rglob("*.py"))
            if "__pycache__" not in path.parts
        }
    )
    buffer = BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as wheel:
        for name, path in files.items():
            wheel.writestr(f"stripe_invoicing_client/{name}", path.read_bytes())
        wheel.writestr("METADATA", (ROOT / "README.md").read_bytes())
    return len(buffer.getvalue())


def test_a_wheel_with_the_28_operations(issue_12_package: Path, figures: Figures) -> None:
    # tests/packaging builds the real wheel, which holds every operation; this is the
    # issue's measure: the same package with only the 28 operations generated. The in-memory
    # backend is left out of it: it is not generated, and it serves every operation of the
    # client (issue 24) whatever is generated, so it grows with the API, not with the 28; the
    # real wheel's budget (tests/packaging) counts it.
    size = _wheel_size(issue_12_package, backend=False)
    with_backend = _wheel_size(issue_12_package)
    whole = _wheel_size(COMMITTED)
    figures.add(
        "wheel size",
        f"with the 28 operations of issue 12, no in-memory backend: {size / 1000:.0f} KB "
        f"(target: <= {MAX_WHEEL_BYTES / 1000:.0f} KB)",
        f"the same with the in-memory backend: {with_backend / 1000:.0f} KB",
        f"with every operation: {whole / 1000:.0f} KB",
    )
    assert size <= MAX_WHEEL_BYTES


# Issue 24: the generated package stays proportionate to the operations it has.
MAX_FILES_PER_OPERATION = 0.8
MAX_LINES_PER_OPERATION = 460


def test_every_operation(figures: Figures) -> None:
    sources = _sources(COMMITTED)
    operation_count = len(_operation_ids(sources))
    assert _operation_ids(sources) >= set(ISSUE_12_OPERATIONS)
    misses = _measure(figures, "every operation (the committed package)", sources, sized=False)
    files = len(sources)
    lines = sum(source.count("\n") for source in sources.values())
    figures.add(
        "every operation (the committed package)",
        f"per operation: {files / operation_count:.2f} files "
        f"(target: <= {MAX_FILES_PER_OPERATION}), {lines / operation_count:.0f} lines "
        f"(target: <= {MAX_LINES_PER_OPERATION})",
    )
    if files > MAX_FILES_PER_OPERATION * operation_count:
        misses.append(f"{files} files for {operation_count} operations")
    if lines > MAX_LINES_PER_OPERATION * operation_count:
        misses.append(f"{lines} lines for {operation_count} operations")
    assert not misses, "\n".join(misses)


def test_the_shape_hash_tells_shapes_apart_by_what_they_refer_to() -> None:
    # Two classes alike but for the (different) shapes they refer to are not identical; two
    # that refer to identical shapes are, and so are those shapes.
    source = textwrap.dedent(
        """
        class A(TypedDict):
            x: int
        class B(TypedDict):
            x: str
        class C(TypedDict):
            x: int
        class UsesA(TypedDict):
            inner: A | None
        class UsesB(TypedDict):
            inner: B | None
        class UsesC(TypedDict):
            inner: C | None
        class Loop(TypedDict):
            next: Loop
        Kind = Literal["a", "b"]
        Other = Literal["a", "b"]
        Same = Kind
        """
    )
    groups = sorted(sorted(g) for g in _identical({"params/x.py": source}))
    assert groups == [
        ["params/x.py:A", "params/x.py:C"],
        ["params/x.py:Kind", "params/x.py:Other"],
        ["params/x.py:UsesA", "params/x.py:UsesC"],
    ]


def test_a_long_literal_written_in_full_twice_is_reported() -> None:
    # Nine values written in two places (in any order, in a list or not) are one repetition;
    # eight values, or nine written once and named elsewhere, are none.
    nine = ", ".join(repr(f"v{i}") for i in range(9))
    nine_reversed = ", ".join(repr(f"v{i}") for i in reversed(range(9)))
    eight = ", ".join(repr(f"v{i}") for i in range(8))
    sources = {
        "params/a.py": (
            f"class A(TypedDict):\n    kind: Literal[{nine}]\n    few: Literal[{eight}]\n"
        ),
        "models/b.py": f"class B(Model):\n    kind: list[Literal[{nine_reversed}]] | None\n",
        "models/c.py": f"class C(Model):\n    few: Literal[{eight}]\n",
    }
    assert _repeated_literals(sources) == [["params/a.py:2 (9 values)", "models/b.py:2 (9 values)"]]
    named = {
        "enums.py": f"Kind = Literal[{nine}]\n",
        "params/a.py": "class A(TypedDict):\n    kind: Kind\n",
        "models/b.py": "class B(Model):\n    kind: list[Kind] | None\n",
    }
    assert _repeated_literals(named) == []
