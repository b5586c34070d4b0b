"""`stripe-invoicing send-invoices --help`: what it says the scope is."""

from __future__ import annotations

import pytest

from stripe_invoicing_client._cli import main


def test_help_says_the_scope_is_required_and_all_is_every_draft(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # A month-end operator who leaves out --query is refused, not sent every draft in the
    # account; --help is where they look first for the three ways to say the scope.
    with pytest.raises(SystemExit) as exited:
        main(["send-invoices", "--help"])
    assert exited.value.code == 0
    shown = " ".join(capsys.readouterr().out.split())
    assert "The scope is required: --query" in shown
    assert "or --all for every draft in the account" in shown
    assert "scope (one is required; without it nothing is read or sent):" in shown
    assert "--all every draft in the account" in shown
    assert "without --query or --customer: every draft" not in shown
