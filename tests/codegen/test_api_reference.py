"""`api.md` (`codegen/api_reference.py`): every resource and operation of the table, with the
TypedDict and return type the client's methods really have; kept in step by `--check`; built
without importing the package it describes."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from codegen import api_reference, normalize, operations, params, spec
from stripe_invoicing_client import StripeInvoicing
from tests.processes import python

ROOT = Path(__file__).resolve().parents[2]
OURS = ROOT / "openapi" / "stripe-invoicing.yaml"
SPEC_2022 = ROOT / "tests" / "fixtures" / "stripe-openapi" / "spec3-2022-04-12.reduced.json.gz"
API_MD = ROOT / "api.md"


def reference(source: Path) -> str:
    selection = spec.select(spec.load(source))
    layout = params.ParamsLayout(selection.document)
    refs = {
        op.operation_id: ref
        for op in operations.OPERATIONS
        if (ref := layout.ref(op.operation_id)) is not None
    }
    return api_reference.markdown(normalize.normalize(selection.document), refs)


@pytest.fixture(scope="module")
def text() -> str:
    return reference(OURS)


def _unqualified(annotation: str) -> str:
    # `SyncPager[models_invoice.Invoice]` -> `SyncPager[Invoice]`
    return re.sub(r"\b\w+\.", "", annotation)


def _method(path: tuple[str, ...], name: str) -> Any:
    target: Any = StripeInvoicing("sk_test_api_reference")
    for attribute in path:
        target = getattr(target, attribute)
    return getattr(target, name)


def _line(text: str, call: str) -> str:
    found = [line for line in text.splitlines() if line.startswith(f"- `{call}(")]
    assert len(found) == 1, (call, found)
    return found[0]


@pytest.mark.parametrize("op", operations.OPERATIONS, ids=lambda op: op.operation_id)
def test_every_operation_with_its_typeddict_and_answer(text: str, op: operations.Operation) -> None:
    resource = operations.RESOURCES[op.resource]
    line = _line(text, ".".join(("client", *resource.client_path, op.method)))
    annotations = _method(resource.client_path, op.method).__annotations__
    answer = _unqualified(str(annotations["return"]))
    assert line.endswith(f" -> {answer}`  "), (line, answer)
    arguments = line.split("(", 1)[1].rsplit(") -> ", 1)[0]
    taken = str(annotations.get("params"))
    if taken.startswith("Unpack["):
        typed_dict = _unqualified(taken).removeprefix("Unpack[").removesuffix("]")
        assert arguments == ", ".join([*op.path_params, f"**params: {typed_dict}"])
    else:
        assert arguments == ", ".join(op.path_params)
    after = text.split(line, 1)[1].splitlines()[1]
    assert after.startswith(f"  `{op.http_method} /v1/") and after.endswith(op.doc)


def test_every_resource_has_its_section(text: str) -> None:
    headings = re.findall(r"^## `client\.([\w.]+)`$", text, re.MULTILINE)
    assert headings == [".".join(r.client_path) for r in operations.RESOURCES.values()]
    assert text.count("\n- `client.") == len(operations.OPERATIONS)


def test_models_named_are_importable(text: str) -> None:
    from stripe_invoicing_client import models

    named = re.findall(r"^from stripe_invoicing_client\.models import (.+)$", text, re.MULTILINE)
    assert named
    for line in named:
        for name in line.split(", "):
            assert isinstance(getattr(models, name), type), name


def test_an_operation_the_spec_lacks_says_it_raises() -> None:
    text = reference(SPEC_2022)
    line = _line(text, "client.invoices.add_lines")
    following = text.split(line, 1)[1].splitlines()[1]
    assert line.endswith(" -> NoReturn`  ")
    assert "not in this build's spec" in following and "OperationNotAvailableError" in following
    assert "(API version 2020-08-27)" in text


def test_the_committed_file_is_current(text: str) -> None:
    assert API_MD.read_text(encoding="utf-8") == text


# The same build as `reference`, in a fresh interpreter: this module imports the package.
BUILD_ALONE = """
import sys
from pathlib import Path
from codegen import api_reference, normalize, operations, params, spec

selection = spec.select(spec.load(Path("openapi/stripe-invoicing.yaml")))
layout = params.ParamsLayout(selection.document)
refs = {o.operation_id: r for o in operations.OPERATIONS if (r := layout.ref(o.operation_id))}
text = api_reference.markdown(normalize.normalize(selection.document), refs)
assert text.startswith("# API reference")
loaded = [m for m in sys.modules if m.startswith("stripe_invoicing_client")]
assert not loaded, loaded
"""


def test_built_without_importing_the_package() -> None:
    done = python("-c", BUILD_ALONE, cwd=ROOT, timeout=120)
    assert done.returncode == 0, done.stderr


def test_check_names_a_stale_api_md_and_regenerating_rewrites_it(tmp_path: Path) -> None:
    pytest.importorskip("openapi_python_client")
    stale = tmp_path / "api.md"
    stale.write_text(API_MD.read_text(encoding="utf-8").replace("Fetch one", "Get one"), "utf-8")
    out = tmp_path / "_generated"
    shutil.copytree(
        ROOT / "stripe_invoicing_client" / "_generated",
        out,
        ignore=shutil.ignore_patterns("__pycache__"),
    )
    command = [
        sys.executable,
        "-m",
        "codegen",
        "--quiet",
        "--out",
        str(out),
        "--api-md",
        str(stale),
    ]
    done = subprocess.run(
        [*command, "--check"], cwd=ROOT, capture_output=True, text=True, timeout=600, check=False
    )
    assert done.returncode == 1
    assert done.stderr.splitlines()[1:] == [
        f"  {stale}",
        f"Regenerate it (never edit it by hand): python -m codegen --out {out} --api-md {stale}",
    ]
    done = subprocess.run(
        command, cwd=ROOT, capture_output=True, text=True, timeout=600, check=False
    )
    assert done.returncode == 0, done.stderr
    assert stale.read_text(encoding="utf-8") == API_MD.read_text(encoding="utf-8")
