"""The facade over a client regenerated from Stripe's 2022 spec, which lacks 5 operations:
the package still imports and works, type-checks with mypy --strict, and only the missing
operations fail, by name."""

from __future__ import annotations

import shutil
import textwrap
from pathlib import Path

import pytest

from tests.codegen._spec_2022 import SPEC_2022
from tests.processes import python

pytest.importorskip("openapi_python_client")

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = textwrap.dedent(
    """
    import stripe_invoicing_client as sic
    from stripe_invoicing_client import OperationNotAvailableError, StripeInvoicing
    from stripe_invoicing_client.testing import FakeStripe

    assert sic.__file__.startswith({where!r}), sic.__file__
    fake = FakeStripe()
    client = StripeInvoicing("sk_test_regenerated", http_client=fake.sync_http_client())
    customer = client.customers.create(email="old-spec@example.com")
    client.invoice_items.create(customer=customer.id, amount=700, currency="usd")
    invoice = client.invoices.create(
        customer=customer.id, collection_method="send_invoice", days_until_due=7,
        pending_invoice_items_behavior="include",
    )
    assert client.invoices.finalize(invoice.id).status == "open"
    before = len(fake.requests)
    try:
        client.invoices.add_lines(invoice.id, lines=[{{"invoice_item": "ii_1"}}])
    except OperationNotAvailableError as error:
        assert error.operation_id == "PostInvoicesInvoiceAddLines", error
        assert len(fake.requests) == before
        print("missing operation refused:", error.operation_id)
    else:
        raise AssertionError("add_lines should not exist in a client built from the 2022 spec")
    """
)


USES_MISSING = textwrap.dedent(
    """
    from typing import NoReturn

    from stripe_invoicing_client import StripeInvoicing


    def add(client: StripeInvoicing) -> NoReturn:
        client.invoices.add_lines("in_1", lines=[{"invoice_item": "ii_1"}], idempotency_key="k")


    def raw(client: StripeInvoicing) -> None:
        client.with_raw_response.invoices.add_lines("in_1", lines=[])
    """
)


def test_facade_over_the_2022_spec(tmp_path: Path) -> None:
    package = tmp_path / "stripe_invoicing_client"
    shutil.copytree(
        ROOT / "stripe_invoicing_client", package, ignore=shutil.ignore_patterns("__pycache__")
    )
    generated = python(
        "-m", "codegen", "--spec", str(SPEC_2022), "--out", str(package / "_generated"), cwd=ROOT
    )
    assert generated.returncode == 0, generated.stderr
    assert "missing from the input spec: PostInvoicesInvoiceAddLines" in generated.stdout
    assert not (
        package / "_generated" / "api" / "invoices" / "post_invoices_invoice_add_lines.py"
    ).exists()

    run = python(
        "-c",
        SCRIPT.format(where=str(package)),
        cwd=tmp_path,
        env={"PYTHONPATH": str(tmp_path), "PATH": "/usr/bin:/bin"},
    )
    assert run.returncode == 0, run.stderr
    assert "missing operation refused: PostInvoicesInvoiceAddLines" in run.stdout

    # The whole package, facade and regenerated code, type-checks; so does code written
    # against a missing operation's method (loose parameters, typed as never returning).
    (tmp_path / "uses_missing.py").write_text(USES_MISSING, encoding="utf-8")
    checked = python(
        "-m",
        "mypy",
        "--strict",
        "--no-incremental",
        "--cache-dir",
        str(tmp_path / ".mypy_cache"),
        "stripe_invoicing_client",
        "uses_missing.py",
        cwd=tmp_path,
        env={"PYTHONPATH": str(tmp_path), "PATH": "/usr/bin:/bin"},
    )
    assert checked.returncode == 0, checked.stdout + checked.stderr
    signature = (package / "_generated" / "resources" / "invoices.py").read_text("utf-8")
    assert 'unavailable("PostInvoicesInvoiceAddLines")' in signature
