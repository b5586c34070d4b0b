"""`stripe-invoicing send-invoices`: what --help says the scope is, and what a query Stripe
can't parse is reported as."""

from __future__ import annotations

import pytest

from stripe_invoicing_client._cli import main
from stripe_invoicing_client.testing import FakeStripe, LoopbackServer


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


@pytest.mark.parametrize(
    ("argv", "searched"),
    [
        (["--query", "foo bar"], "status:'draft' AND foo bar"),
        (["--query", "total>>3", "--customer", "cus_1"], "status:'draft' AND total>>3 AND "),
    ],
)
def test_a_query_stripe_cannot_parse_names_the_searches_sent(
    argv: list[str],
    searched: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Stripe's message counts positions in the search the run sent ("at position 22" for a
    # 7-character --query): the command says what that was. Nothing is written.
    monkeypatch.setenv("STRIPE_API_KEY", "sk_test_badQuery")
    fake = FakeStripe()
    with LoopbackServer(fake) as server:
        assert main(["send-invoices", "--base-url", server.base_url, *argv]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert "Could not parse the search query" in err
    assert f"--query was searched as: {searched}" in err
    assert [r for r in fake.requests if r.method != "GET"] == []
