"""`python -m codegen` end to end: --check, determinism, Stripe's own spec, bad inputs."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

# The generator needs openapi-python-client, which needs Python 3.11+; the client does not.
pytest.importorskip("openapi_python_client")
import yaml

from codegen import operations
from tests.codegen._spec_2022 import MISSING_FROM_FIXTURE, NOT_IN_2022, SPEC_2022

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "openapi" / "stripe-invoicing.yaml"
OUTPUT = ROOT / "stripe_invoicing_client" / "_generated"
# Stripe's published spec of 2022, cut down by scripts/reduce_stripe_spec.py.
STRIPE_SPEC = SPEC_2022
VENV_PYTHON = ROOT / ".venv" / "bin" / "python"
PYTHON = str(VENV_PYTHON) if VENV_PYTHON.exists() else sys.executable

# Every operation of the table, in its order (tests/codegen/test_operations_table.py checks the
# table against the spec and the generated package).
ALL_OPERATIONS = [op.operation_id for op in operations.OPERATIONS]
FIRST_28 = ALL_OPERATIONS[:28]


def codegen(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [PYTHON, "-m", "codegen", *map(str, args)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def tree(directory: Path) -> dict[str, bytes]:
    return {
        path.relative_to(directory).as_posix(): path.read_bytes()
        for path in sorted(directory.rglob("*"))
        if path.is_file() and "__pycache__" not in path.parts
    }


def missing_in(report: str) -> list[str]:
    return re.findall(r"^  missing from the input spec: (\S+)$", report, re.MULTILINE)


def generated_count(report: str) -> tuple[int, int]:
    match = re.search(r"^operations: (\d+) generated, (\d+) missing$", report, re.MULTILINE)
    assert match, report
    return int(match[1]), int(match[2])


def operations_of(package: Path) -> list[str]:
    """The operationIds of a generated package's records (`operations.ENDPOINTS`), read
    without importing it."""
    text = (package / "operations.py").read_text(encoding="utf-8")
    block = text.split("ENDPOINTS: tuple[Endpoint[Any], ...] = (\n", 1)[1].split("\n)", 1)[0]
    return re.findall(r"^    (\w+),$", block, re.MULTILINE)


def write_json_spec(document: dict[str, object], path: Path) -> Path:
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def our_document() -> dict[str, object]:
    document: dict[str, object] = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    return document


@pytest.fixture(scope="module")
def from_stripe_spec(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    # Generated in place inside a copy of the package: a few generated modules (the search
    # builders) sit on the hand-written core, as they do in the installed package.
    package = tmp_path_factory.mktemp("stripe2022") / "stripe_invoicing_client"
    shutil.copytree(
        ROOT / "stripe_invoicing_client",
        package,
        ignore=shutil.ignore_patterns("__pycache__", "_generated"),
    )
    out = package / "_generated"
    done = codegen("--spec", STRIPE_SPEC, "--out", out)
    assert done.returncode == 0, done.stderr
    return out, done.stdout


# --- the committed output --------------------------------------------------------------------


def test_check_passes_and_reports() -> None:
    done = codegen("--check")
    assert done.returncode == 0, done.stdout + done.stderr
    report = done.stdout
    assert generated_count(report) == (len(ALL_OPERATIONS), 0)
    assert missing_in(report) == []
    assert "codegen --check: up to date" in report

    models = re.search(r"^models: (\d+) modules$", report, re.MULTILINE)
    assert models, report
    on_disk = [p for p in (OUTPUT / "models").glob("*.py") if p.name != "__init__.py"]
    assert int(models[1]) == len(on_disk) >= 5  # grouped per resource

    pruned = re.search(r"^pruned references: (\d+)$", report, re.MULTILINE)
    assert pruned, report
    lines = re.findall(r"^  (\S+) -> (\S+): (.+)$", report, re.MULTILINE)
    assert len(lines) == int(pruned[1]) > 0
    for at, target, reason in lines:
        assert "outside the invoicing family" in reason, (at, target, reason)
    # Resources outside the family are cut; the family itself never is.
    targets = {target for _, target, _ in lines}
    assert {"account", "charge", "mandate"} <= targets
    assert not targets & {
        *("invoice", "customer", "line_item", "invoiceitem", "discount"),
        *("price", "tax_rate", "tax_id", "invoice_payment", "setup_intent", "cash_balance"),
        *("payment_intent", "payment_method", "promotion_code", "quote"),
    }


def test_committed_operations_table() -> None:
    assert operations_of(OUTPUT) == ALL_OPERATIONS


def test_generation_is_deterministic(tmp_path: Path) -> None:
    first, second = tmp_path / "one" / "_generated", tmp_path / "two" / "_generated"
    for out in (first, second):
        done = codegen("--quiet", "--out", out)
        assert done.returncode == 0, done.stderr
    assert tree(first) == tree(second)
    assert tree(first) == tree(OUTPUT)


# --- Stripe's own 2022 spec ------------------------------------------------------------------


def test_stripe_spec_reports_missing(from_stripe_spec: tuple[Path, str]) -> None:
    out, report = from_stripe_spec
    assert generated_count(report) == (23, len(MISSING_FROM_FIXTURE))
    assert sorted(missing_in(report)) == sorted(MISSING_FROM_FIXTURE)
    assert operations_of(out) == [op for op in FIRST_28 if op not in NOT_IN_2022]
    assert re.search(r"^pruned references: [1-9]\d*$", report, re.MULTILINE)


IMPORT_AND_PARSE = textwrap.dedent(
    """
    import importlib, json, pkgutil, sys
    sys.path[:0] = [sys.argv[1], sys.argv[2]]
    package = importlib.import_module(sys.argv[3])
    modules = [m.name for m in pkgutil.walk_packages(package.__path__, package.__name__ + ".")]
    for name in modules:
        importlib.import_module(name)
    records = importlib.import_module(".operations", package.__name__)
    for endpoint in records.ENDPOINTS:
        assert getattr(records, endpoint.operation_id) is endpoint, endpoint.operation_id
    from tests.seeds import seed_invoices
    Invoice = package.models.Invoice
    results = {}
    for label, data in seed_invoices():
        parsed = Invoice.from_dict(data)
        results[label] = [parsed.to_dict() == data, parsed.id == data["id"]]
    print(json.dumps({"modules": len(modules), "version": package.API_VERSION,
                      "operations": len(records.ENDPOINTS), "seeds": results}))
    """
)


PACKAGE = "stripe_invoicing_client._generated"


def test_stripe_spec_output_imports_and_parses_seeds(from_stripe_spec: tuple[Path, str]) -> None:
    out, _ = from_stripe_spec
    done = subprocess.run(
        [PYTHON, "-c", IMPORT_AND_PARSE, str(out.parent.parent), str(ROOT), PACKAGE],
        cwd=out.parent.parent,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    python_files = [p for p in out.rglob("*.py") if p.name != "__init__.py" or p.parent != out]
    assert result["modules"] == len(python_files)
    assert result["operations"] == 23
    assert result["version"] == "2020-08-27"
    assert result["seeds"], "no seed invoices found"
    assert all(ok == [True, True] for ok in result["seeds"].values()), result["seeds"]


# --- other inputs ----------------------------------------------------------------------------


def test_json_and_yaml_inputs_agree(tmp_path: Path, our_document: dict[str, object]) -> None:
    # The committed tree is the YAML's output (test_check_passes_and_reports and
    # test_generation_is_deterministic hold it to that); the JSON form must give the same.
    source = write_json_spec(our_document, tmp_path / "stripe-invoicing.json")
    out = tmp_path / "json" / "_generated"
    done = codegen("--quiet", "--spec", source, "--out", out)
    assert done.returncode == 0, done.stderr
    from_json, from_yaml = tree(out), tree(OUTPUT)
    assert from_json.keys() == from_yaml.keys()
    # Only the header's `Source:` line names the input file.
    different = [name for name in from_json if from_json[name] != from_yaml[name]]
    assert different == ["__init__.py"]
    assert (
        from_json["__init__.py"].replace(
            b"Source: stripe-invoicing.json", b"Source: openapi/stripe-invoicing.yaml"
        )
        == from_yaml["__init__.py"]
    )


def test_yaml_unquoted_date_version(tmp_path: Path) -> None:
    text = SPEC.read_text(encoding="utf-8")
    assert "\n  version: 2026-10-28.endive\n" in text
    source = tmp_path / "dated.yaml"
    source.write_text(text.replace("version: 2026-10-28.endive", "version: 2026-10-28"))
    out = tmp_path / "dated" / "_generated"
    done = codegen("--quiet", "--spec", source, "--out", out)
    assert done.returncode == 0, done.stderr
    assert 'API_VERSION = "2026-10-28"' in (out / "__init__.py").read_text(encoding="utf-8")


def test_missing_operation_is_reported(tmp_path: Path, our_document: dict[str, object]) -> None:
    document = json.loads(json.dumps(our_document))
    del document["paths"]["/v1/invoices/{invoice}/void"]["post"]
    del document["paths"]["/v1/customers/search"]
    source = write_json_spec(document, tmp_path / "fewer.json")
    out = tmp_path / "fewer" / "_generated"
    done = codegen("--spec", source, "--out", out)
    assert done.returncode == 0, done.stderr
    assert generated_count(done.stdout) == (len(ALL_OPERATIONS) - 2, 2)
    assert missing_in(done.stdout) == ["PostInvoicesInvoiceVoid", "GetCustomersSearch"]
    table = operations_of(out)
    assert "PostInvoicesInvoiceVoid" not in table and "GetCustomersSearch" not in table
    assert not (out / "api" / "invoices" / "post_invoices_invoice_void.py").exists()
    assert len(table) == len(ALL_OPERATIONS) - 2


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("list.json", "[1, 2]", "not an OpenAPI document"),
        ("nopaths.yaml", "openapi: 3.0.0\ninfo: {title: x, version: '1'}\n", "not an OpenAPI"),
        ("scalar.yaml", "just a string\n", "not an OpenAPI document"),
        ("broken.json", '{"paths": [', "Expecting value"),
        ("missing.json", None, "No such file"),
        ("latin1.json", b"\xff\xfe{}", "codec can't decode"),
    ],
)
def test_malformed_input_fails_clearly(
    tmp_path: Path, name: str, content: str | bytes | None, message: str
) -> None:
    source = tmp_path / name
    if isinstance(content, bytes):
        source.write_bytes(content)
    elif content is not None:
        source.write_text(content, encoding="utf-8")
    out = tmp_path / "out"
    done = codegen("--spec", source, "--out", out)
    assert done.returncode == 2
    assert done.stderr.startswith("codegen: ")
    assert message in done.stderr
    assert "Traceback" not in done.stderr
    assert not out.exists()


UNCAUGHT = "no traceback: "


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("broken.yaml", "paths: [unclosed\n"),
        ("paths_list.json", '{"openapi": "3.0.0", "paths": []}'),
    ],
)
def test_malformed_input_without_traceback(tmp_path: Path, name: str, content: str) -> None:
    source = tmp_path / name
    source.write_text(content, encoding="utf-8")
    done = codegen("--spec", source, "--out", tmp_path / "out")
    assert "Traceback" not in done.stderr, UNCAUGHT + done.stderr[-300:]
    assert done.returncode == 2
    assert done.stderr.startswith("codegen: ")


# --- --check on a changed copy ---------------------------------------------------------------


def test_check_names_tampered_files(tmp_path: Path) -> None:
    copy = tmp_path / "_generated"
    shutil.copytree(OUTPUT, copy, ignore=shutil.ignore_patterns("__pycache__"))
    invoice = copy / "models" / "invoice.py"
    invoice.write_bytes(invoice.read_bytes() + b"# edited by hand\n")
    (copy / "models" / "stale.py").write_text("x = 1\n", encoding="utf-8")
    (copy / "params" / "customers.py").unlink()
    before = tree(copy)

    done = codegen("--quiet", "--check", "--out", copy)
    assert done.returncode == 1
    first, *named, hint = done.stderr.splitlines()
    assert first == f"codegen --check: {copy} is out of date:"
    assert named == [
        "  models/invoice.py",
        "  models/stale.py",
        "  params/customers.py",
    ]
    # What to do: regenerate, with the same input and output (never edit by hand).
    assert hint == (f"Regenerate it (never edit it by hand): python -m codegen --out {copy}"), (
        done.stderr
    )
    assert "up to date" not in done.stdout
    assert tree(copy) == before  # --check writes nothing


def test_check_passes_over_what_tools_leave_in_the_output(tmp_path: Path) -> None:
    # Running ruff, mypy or Python inside `_generated/` leaves caches there; they are not
    # output, so they are not drift (a `.ruff_cache` was reported as a stale file).
    copy = tmp_path / "_generated"
    shutil.copytree(OUTPUT, copy, ignore=shutil.ignore_patterns("__pycache__"))
    for left in (".ruff_cache/0.1/123", ".mypy_cache/3.11/x.json", "models/__pycache__/a.pyc"):
        (copy / left).parent.mkdir(parents=True, exist_ok=True)
        (copy / left).write_text("cache", encoding="utf-8")
    (copy / "models" / ".DS_Store").write_text("finder", encoding="utf-8")

    done = codegen("--quiet", "--check", "--out", copy)
    assert done.returncode == 0, done.stderr
    assert "codegen --check: up to date" in done.stdout


@pytest.mark.parametrize(
    "spelled", ["openapi/stripe-invoicing.yaml", "./openapi/../openapi/stripe-invoicing.yaml"]
)
def test_our_spec_named_relative_to_the_root_is_the_same_input(spelled: str) -> None:
    # Run from the root, a relative `--spec` naming our description is the default input: the
    # header's `Source:` line (and so `--check`) must not depend on how the path is spelled.
    done = codegen("--quiet", "--check", "--spec", spelled)
    assert done.returncode == 0, done.stderr
    assert "codegen --check: up to date" in done.stdout


@pytest.mark.parametrize("option", ["--out", "--report", "--api-md"])
def test_an_output_that_cannot_be_written_fails_before_anything_is(
    tmp_path: Path, option: str
) -> None:
    # A file where a directory is needed (or a directory where the file should be): one line
    # naming it, before the package is replaced. It was a traceback, and for --report and
    # --api-md the package (and api.md) had been written already.
    in_the_way = tmp_path / "in-the-way"
    if option == "--api-md":
        in_the_way.mkdir()
    else:
        in_the_way.write_text("x", encoding="utf-8")
    out = tmp_path / "out" / "_generated"
    args: list[str | Path] = ["--quiet", "--out", out, "--report", tmp_path / "report"]
    args += ["--api-md", tmp_path / "api.md"]
    args[args.index(option) + 1] = in_the_way
    done = codegen(*args)
    assert done.returncode == 2, done.stdout + done.stderr
    assert done.stderr.startswith(f"codegen: {option} {in_the_way}: "), done.stderr
    assert "Traceback" not in done.stderr
    assert not (out.exists() or (tmp_path / "report").exists() or (tmp_path / "api.md").exists())


def test_outputs_go_into_new_directories(tmp_path: Path) -> None:
    api_md, report = tmp_path / "docs" / "api.md", tmp_path / "build" / "changes"
    done = codegen(
        "--quiet", "--out", tmp_path / "out" / "_generated", "--api-md", api_md, "--report", report
    )
    assert done.returncode == 0, done.stderr
    assert api_md.is_file() and (report / "api-changes.md").is_file()
