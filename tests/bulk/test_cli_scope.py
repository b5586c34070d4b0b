"""`stripe-invoicing send-invoices` sends only what it is told to: --query, --customer (or
both), or --all for every draft in the account. Without one of them, or with --all and
another, it is a usage error before anything is read or sent. (The Python API keeps its
default: a call in code is explicit. What --help says: test_cli_help.py.)"""

from __future__ import annotations

import asyncio
import io
import json
import re
import shlex
import sys
from collections import Counter
from pathlib import Path

import pytest

from stripe_invoicing_client._cli import main
from stripe_invoicing_client.testing import LoopbackServer

from ._support import customer, drafts, sends, served

README = Path(__file__).resolve().parents[2] / "README.md"
SHELL_BLOCK = re.compile(r"^```sh\n(.*?)^```", re.MULTILINE | re.DOTALL)
NOT_STARTED = {"exit_code", "interrupted", "error"}
NO_SCOPE = "no scope: give --query, --customer (or both), or --all"
AMBIGUOUS = "--all excludes --query and --customer"


def _assert_refused(out: str, err: str, message: str, as_json: bool) -> None:
    """One line on stderr with `message`; on stdout nothing, or with --json the document of
    a run that could not start."""
    (line,) = err.splitlines()
    assert line.startswith("stripe-invoicing send-invoices: ") and message in line
    if not as_json:
        assert out == ""
        return
    document = json.loads(out)
    assert set(document) == NOT_STARTED
    assert (document["exit_code"], document["interrupted"]) == (2, False)
    assert document["error"]["kind"] == "usage"
    assert message in document["error"]["message"]


@pytest.mark.parametrize(
    "more",
    [
        [],
        ["--dry-run"],
        ["--json"],
        ["--dry-run", "--json"],
        ["--shard", "0/2"],
        # Whatever else is wrong, the missing scope is said first.
        ["--shard", "4/4"],
        ["--shard", "1", "--json"],
        ["--concurrency", "0", "--json"],
    ],
)
def test_no_scope_is_a_usage_error_and_nothing_is_read_or_sent(
    more: list[str], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # Forgetting --query must not email every customer with a draft; a dry run previews
    # exactly the command it is run with, so it is refused too.
    fake, _ = served(3)
    writes, seen = fake.write_count(), len(fake.requests)
    monkeypatch.setenv("STRIPE_API_KEY", "sk_test_noScope")
    monkeypatch.delenv("STRIPE_INVOICING_REDIS_URL", raising=False)
    with LoopbackServer(fake) as server:
        assert main(["send-invoices", "--base-url", server.base_url, *more]) == 2
    out, err = capsys.readouterr()
    _assert_refused(out, err, NO_SCOPE, "--json" in more)
    assert "every draft in the account" in err
    assert fake.write_count() == writes
    assert len(fake.requests) == seen  # not even a read
    assert sends(fake) == Counter()


@pytest.mark.parametrize(
    "more",
    [[], ["--dry-run"], ["--json"], ["--shard", "0/0", "--json"], ["--redis-url", "redis://q"]],
)
def test_no_scope_in_memory_is_refused_before_the_demo_drafts_are_seeded(
    more: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["send-invoices", "--in-memory", *more]) == 2
    out, err = capsys.readouterr()
    _assert_refused(out, err, NO_SCOPE, "--json" in more)
    assert "seeding" not in err


def test_no_scope_reads_no_key_from_standard_input(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("STRIPE_API_KEY", raising=False)
    monkeypatch.setattr("sys.stdin", io.StringIO("sk_test_leftUnread\n"))
    assert main(["send-invoices", "--api-key-file", "-"]) == 2
    out, err = capsys.readouterr()
    _assert_refused(out, err, NO_SCOPE, as_json=False)
    assert "leftUnread" not in out + err
    assert sys.stdin.read() == "sk_test_leftUnread\n"


@pytest.mark.parametrize(
    "scope",
    [
        ["--query", "metadata['batch']:'b1'"],
        ["--customer", "cus_1"],
        ["--query", "metadata['batch']:'b1'", "--customer", "cus_1"],
        # Said two ways comes first, before what is wrong with either.
        ["--query", " "],
        ["--customer", "cus' OR x"],
    ],
)
@pytest.mark.parametrize(
    "more", [[], ["--dry-run", "--json"], ["--in-memory"], ["--shard", "0/0", "--json"]]
)
def test_all_with_query_or_customer_is_ambiguous_and_refused(
    scope: list[str],
    more: list[str],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    fake, _ = served(2)
    writes, seen = fake.write_count(), len(fake.requests)
    monkeypatch.setenv("STRIPE_API_KEY", "sk_test_allAndAScope")
    monkeypatch.delenv("STRIPE_INVOICING_REDIS_URL", raising=False)
    with LoopbackServer(fake) as server:
        base = [] if "--in-memory" in more else ["--base-url", server.base_url]
        assert main(["send-invoices", *base, "--all", *scope, *more]) == 2
    out, err = capsys.readouterr()
    _assert_refused(out, err, AMBIGUOUS, "--json" in more)
    assert "seeding" not in err
    assert fake.write_count() == writes
    assert len(fake.requests) == seen
    assert sends(fake) == Counter()


def test_all_sends_every_draft_in_the_account(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # Two customers' drafts in two batches: --all is not one customer's, nor one batch's.
    fake, first = served(2)
    other = asyncio.run(customer(fake, "other@example.com"))
    second = asyncio.run(drafts(fake, 2, "b2", customer_id=other))
    monkeypatch.setenv("STRIPE_API_KEY", "sk_test_everyDraft")
    monkeypatch.delenv("STRIPE_INVOICING_REDIS_URL", raising=False)
    with LoopbackServer(fake) as server:
        argv = ["send-invoices", "--base-url", server.base_url, "--all", "--json"]
        assert main([*argv, "--dry-run"]) == 0
        preview = json.loads(capsys.readouterr().out)
        assert sends(fake) == Counter()
        assert main(argv) == 0
        summary = json.loads(capsys.readouterr().out)
    every = sorted(first + second)
    assert sorted(i["id"] for i in preview["invoices"]) == every
    assert {i["result"] for i in preview["invoices"]} == {"would send"}
    assert sorted(i["id"] for i in summary["invoices"]) == every
    assert summary["counts"]["sent"] == 4
    assert sends(fake) == Counter(every)


def test_all_in_memory_sends_the_demo_drafts(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["send-invoices", "--in-memory", "--all", "--demo-drafts", "3"]) == 0
    out, err = capsys.readouterr()
    assert "sent                         3" in out
    assert "seeding 3 demo drafts" in err


def test_every_send_invoices_command_in_the_readme_says_its_scope() -> None:
    # A README command copied without a scope would only be refused; one with --all and a
    # query too, the same.
    commands = [
        shlex.split(line.split("send-invoices", 1)[1], comments=True)
        for block in SHELL_BLOCK.findall(README.read_text(encoding="utf-8"))
        for line in block.splitlines()
        if "stripe-invoicing send-invoices" in line
    ]
    assert len(commands) >= 6
    for words in commands:
        scoped = bool({"--query", "--customer"} & set(words))
        assert scoped != ("--all" in words), words
