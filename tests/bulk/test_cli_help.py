"""`stripe-invoicing send-invoices --help`: what it says the scope is."""

from __future__ import annotations

import pytest

from stripe_invoicing_client._cli import main


def test_help_says_that_no_query_and_no_customer_is_every_draft(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # A month-end operator who leaves out --query by mistake sends every draft in the
    # account (documented); --help is where they look first.
    with pytest.raises(SystemExit) as exited:
        main(["send-invoices", "--help"])
    assert exited.value.code == 0
    shown = " ".join(capsys.readouterr().out.split())
    assert "without --query or --customer: every draft in the account" in shown
