"""`send_invoices(shard=(K, N))` and `--shard K/N`: N runs share the drafts without overlap,
each resumable, and a bad shard is refused before anything is sent."""

from __future__ import annotations

import hashlib
import json
from collections import Counter

import pytest

from stripe_invoicing_client import send_invoices
from stripe_invoicing_client._bulk_scope import Scope, in_scope, parse_shard, shard_of
from stripe_invoicing_client._cli import main
from stripe_invoicing_client.errors import InvalidParameterError
from stripe_invoicing_client.testing import FakeStripe, LoopbackServer

from ._support import client_for, drafts, left_pending, sends, served


def test_a_shard_is_a_digest_of_the_id_the_same_in_every_process() -> None:
    # Pinned values: Python's hash() of a str changes with each process (PYTHONHASHSEED).
    assert [shard_of(i, 4) for i in ("in_a", "in_b", "in_test")] == [2, 3, 2]
    digest = hashlib.sha256(b"in_1Q2w3E4r5T6y").digest()
    assert shard_of("in_1Q2w3E4r5T6y", 7) == int.from_bytes(digest[:8], "big") % 7


@pytest.mark.parametrize("count", [1, 2, 3, 8])
def test_every_invoice_is_in_exactly_one_shard(count: int) -> None:
    invoices = [{"id": f"in_{n:05d}x", "customer": "cus_1"} for n in range(2000)]
    shards = [
        [i["id"] for i in invoices if in_scope(i, Scope(shard=(k, count)))] for k in range(count)
    ]
    assert sorted(i for shard in shards for i in shard) == sorted(i["id"] for i in invoices)
    # Roughly even: each shard holds its share give or take a third.
    assert all(len(shard) > 2000 / count * 2 / 3 for shard in shards)


def test_a_shard_still_needs_the_customer() -> None:
    invoice = {"id": "in_a", "customer": "cus_1"}  # shard 2 of 4
    assert in_scope(invoice, Scope(customer="cus_1", shard=(2, 4)))
    assert not in_scope(invoice, Scope(customer="cus_2", shard=(2, 4)))
    assert not in_scope(invoice, Scope(customer="cus_1", shard=(1, 4)))


@pytest.mark.parametrize(
    ("text", "shard"), [("0/1", (0, 1)), ("3/4", (3, 4)), (" 0/16 ", (0, 16)), ("07/10", (7, 10))]
)
def test_shard_syntax(text: str, shard: tuple[int, int]) -> None:
    assert parse_shard(text) == shard


BAD_SHARDS = ["2/2", "5/4", "0/0", "-1/2", "1", "a/b", "1/2/3", "", "1 / 2", "½/2", "0x1/2"]


@pytest.mark.parametrize("text", BAD_SHARDS)
def test_bad_shard_syntax_is_a_typed_error(text: str) -> None:
    with pytest.raises(InvalidParameterError) as raised:
        parse_shard(text)
    assert raised.value.param == "shard"


async def test_shards_send_every_draft_once_between_them_and_each_resumes() -> None:
    fake = FakeStripe()
    ids = await drafts(fake, 12)
    client = client_for(fake)
    sent_by_shard = []
    for k in range(3):
        before = set(sends(fake))
        summary = await send_invoices(client, shard=(k, 3), concurrency=3)
        sent = {o.invoice_id for o in summary.outcomes if o.result == "sent"}
        assert sent == set(sends(fake)) - before
        assert sent == {i for i in ids if shard_of(i, 3) == k}
        sent_by_shard.append(sent)
        again = await send_invoices(client, shard=(k, 3))  # a rerun of the shard: nothing new
        assert again.outcomes == ()
    assert sends(fake) == Counter(ids)
    assert sorted(i for sent in sent_by_shard for i in sent) == sorted(ids)


async def test_a_shard_resumes_its_own_pending_invoices_only() -> None:
    fake = FakeStripe()
    ids = await drafts(fake, 8)
    theirs = [i for i in ids if shard_of(i, 2) == 1]
    await left_pending(fake, theirs[0], sent=False)  # shard 1's earlier run, killed
    client = client_for(fake)
    mine = await send_invoices(client, shard=(0, 2))
    assert theirs[0] not in {o.invoice_id for o in mine.outcomes}
    assert theirs[0] not in sends(fake)
    await send_invoices(client, shard=(1, 2))
    assert sends(fake) == Counter(ids)


async def test_a_dry_run_lists_its_shard_only() -> None:
    fake = FakeStripe()
    ids = await drafts(fake, 10)
    client = client_for(fake)
    for k in range(2):
        summary = await send_invoices(client, shard=(k, 2), dry_run=True)
        assert {o.invoice_id for o in summary.outcomes} == {i for i in ids if shard_of(i, 2) == k}
        assert {o.result for o in summary.outcomes} == {"would send"}
    assert sends(fake) == Counter()


@pytest.mark.parametrize(
    "shard", [(2, 2), (0, 0), (-1, 2), (1, -3), (1,), (0, 1, 2), (True, 2), (0.0, 2), "0/2", [0, 2]]
)
async def test_a_bad_shard_is_refused_before_anything_is_sent(shard: object) -> None:
    fake = FakeStripe()
    await drafts(fake, 2)
    seen = len(fake.requests)
    with pytest.raises(InvalidParameterError) as raised:
        await send_invoices(client_for(fake), shard=shard)  # type: ignore[arg-type]
    assert raised.value.param == "shard"
    assert len(fake.requests) == seen


def test_cli_shards_split_the_run_and_dry_run_per_shard(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    fake, ids = served(6)
    monkeypatch.setenv("STRIPE_API_KEY", "sk_test_shards")
    monkeypatch.delenv("STRIPE_INVOICING_REDIS_URL", raising=False)
    with LoopbackServer(fake) as server:
        base = ["send-invoices", "--base-url", server.base_url, "--all", "--json"]
        listed = []
        for k in range(2):
            assert main([*base, "--shard", f"{k}/2", "--dry-run"]) == 0
            out, err = capsys.readouterr()
            listed.append({i["id"] for i in json.loads(out)["invoices"]})
            assert listed[k] == {i for i in ids if shard_of(i, 2) == k}
            assert "each shard paces alone" in err
        assert sends(fake) == Counter()
        for k in range(2):
            assert main([*base, "--shard", f"{k}/2"]) == 0
            out, _ = capsys.readouterr()
            assert {i["id"] for i in json.loads(out)["invoices"]} == listed[k]
    assert sends(fake) == Counter(ids)


@pytest.mark.parametrize("text", BAD_SHARDS)
def test_cli_bad_shard_exits_2_before_anything_runs(
    text: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("STRIPE_API_KEY", "sk_test_shards")
    fake = FakeStripe()
    with LoopbackServer(fake) as server:
        argv = ["send-invoices", "--base-url", server.base_url, "--all"]
        assert main([*argv, f"--shard={text}"]) == 2
    out, err = capsys.readouterr()
    assert err.startswith(f"stripe-invoicing send-invoices: --shard {text!r}: ")
    assert out == ""
    assert fake.requests == []


def test_the_in_memory_stripe_shares_no_budget(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    url = "redis://:pw4InMemoryRun@127.0.0.1:1/0"  # nothing listens there
    monkeypatch.setenv("STRIPE_INVOICING_REDIS_URL", url)
    in_memory = ["send-invoices", "--in-memory", "--all"]
    assert main([*in_memory, "--demo-drafts", "1", "--shard", "0/1"]) == 0
    out, err = capsys.readouterr()
    assert "sent                         1" in out
    assert "Redis" not in err  # the variable is for runs against an account
    assert main([*in_memory, "--redis-url", url]) == 2
    out, err = capsys.readouterr()
    assert "--redis-url and --in-memory exclude each other" in err
    assert "pw4InMemoryRun" not in out + err
