"""The generated packages' lazy `__init__` modules (`models`, `params`, `resources`) import
each name on first use through a module `__getattr__`. Type checkers must not see that hook:
to mypy, a module with `__getattr__` has every attribute, typed `Any`, so a name the spec no
longer gives (a model Stripe renamed, which the facade still imports) would type-check, and
the regenerated client would fail only at run time."""

from __future__ import annotations

import json
import shutil
import textwrap
from pathlib import Path

import pytest

from tests.processes import python

pytest.importorskip("openapi_python_client")
from codegen import spec

ROOT = Path(__file__).resolve().parents[2]
OLD_NAME = "BillingBillResourceInvoicingLinesParentsInvoiceLineItemParent"
NEW_NAME = "BillResourceInvoicingLinesParentsInvoiceLineItemParent"

PROGRAM = textwrap.dedent(
    f"""
    from stripe_invoicing_client._generated.models import NoSuchModel
    from stripe_invoicing_client._generated.params import NoSuchParams
    from stripe_invoicing_client._generated.resources import NoSuchResource
    from stripe_invoicing_client._generated.models import {OLD_NAME}, {NEW_NAME}

    renamed: type[{NEW_NAME}] = {OLD_NAME}
    reveal_type({OLD_NAME})
    """
)


def mypy(*targets: str, cwd: Path, cache: Path) -> str:
    done = python(
        "-m", "mypy", "--strict", "--no-incremental", "--cache-dir", str(cache), *targets, cwd=cwd
    )
    return done.stdout + done.stderr


def test_type_checkers_see_only_the_names_the_packages_have(tmp_path: Path) -> None:
    program = tmp_path / "program.py"
    program.write_text(PROGRAM, encoding="utf-8")
    found = mypy(str(program), cwd=ROOT, cache=tmp_path / "cache")
    for missing in ("NoSuchModel", "NoSuchParams", "NoSuchResource"):
        assert f'has no attribute "{missing}"' in found, found
    # A 0.1 name still imports, typed as the class it names now (not Any).
    assert f'.line_item.{NEW_NAME}"' in found.partition("Revealed type is")[2], found
    assert found.count("error:") == 3, found


def test_a_model_gone_from_the_new_spec_is_a_type_error_for_its_users(tmp_path: Path) -> None:
    # Stripe renames `discount` (outside the family under its new name, so the model is gone).
    # The facade names no such model and still type-checks over the trial copy; a program
    # importing it is told by mypy, not at run time.
    document = spec.load(ROOT / "openapi" / "stripe-invoicing.yaml")
    schemas = document["components"]["schemas"]
    schemas["discount_v2"] = schemas.pop("discount")
    text = json.dumps(document).replace(
        '"#/components/schemas/discount"', '"#/components/schemas/discount_v2"'
    )
    source = tmp_path / "renamed.json"
    source.write_text(text, encoding="utf-8")
    package = tmp_path / "next" / "stripe_invoicing_client"
    shutil.copytree(
        ROOT / "stripe_invoicing_client", package, ignore=shutil.ignore_patterns("__pycache__")
    )
    generated = python(
        "-m",
        "codegen",
        "--quiet",
        "--spec",
        str(source),
        "--out",
        str(package / "_generated"),
        cwd=ROOT,
    )
    assert generated.returncode == 0, generated.stderr
    found = mypy("stripe_invoicing_client", cwd=package.parent, cache=tmp_path / "cache")
    assert "Success: no issues found" in found, found
    user = package.parent / "user.py"
    user.write_text("from stripe_invoicing_client.models import Discount\n", encoding="utf-8")
    found = mypy("user.py", cwd=package.parent, cache=tmp_path / "cache")
    assert 'Module "stripe_invoicing_client.models" has no attribute "Discount"' in found, found
