"""`send-invoices --shard K/N` in N processes pacing through one Redis budget (a real
redis-server asking for a password) against one LoopbackServer: every draft emailed once,
each shard resumable, and the Redis password never shown."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest

from stripe_invoicing_client._cli import main
from stripe_invoicing_client.testing import FakeStripe, LoopbackServer, RateLimits

from ..bulk._support import drafts, sends
from ._redis_server import RedisServer

REPO = Path(__file__).resolve().parents[2]
PASSWORD = "s3cretRedisPASS"
API_KEY = "sk_test_shardedRun"


@pytest.fixture
def locked_redis() -> Iterator[RedisServer]:
    server = RedisServer(password=PASSWORD).start()
    try:
        yield server
    finally:
        server.stop()


def _shard(k: int, n: int, base_url: str, redis_url: str, *more: str) -> subprocess.Popen[str]:
    env = {**os.environ, "STRIPE_API_KEY": API_KEY, "STRIPE_INVOICING_REDIS_URL": redis_url}
    command = [sys.executable, "-m", "stripe_invoicing_client._cli", "send-invoices"]
    return subprocess.Popen(
        [*command, "--base-url", base_url, "--all", "--shard", f"{k}/{n}", *more],
        cwd=REPO,
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _finish(processes: list[subprocess.Popen[str]]) -> list[tuple[int, str]]:
    ended = []
    try:
        for process in processes:
            out, err = process.communicate(timeout=120)
            ended.append((process.returncode, out + err))
    finally:
        for process in processes:
            if process.poll() is None:
                process.kill()
                process.wait()
    return ended


def test_two_shard_processes_share_one_budget_and_email_every_draft_once(
    locked_redis: RedisServer,
) -> None:
    # The fake enforces Stripe's test-mode limit, the rate each process is paced at: alone,
    # two processes would ask for twice the account's limit.
    fake = FakeStripe(rate_limits=RateLimits(requests_per_second=25.0, burst=1.0))
    ids = asyncio.run(drafts(fake, 16))
    with LoopbackServer(fake) as server:
        ended = _finish([_shard(k, 2, server.base_url, locked_redis.url) for k in range(2)])
        for status, output in ended:
            assert status == 0, output
            assert "pacing through the rate budget shared in Redis at redis://:***@" in output
            assert PASSWORD not in output
        assert sends(fake) == Counter(ids)
        # The budget's keys are in that Redis: both processes paced through it.
        assert locked_redis.client().keys("stripe-invoicing*")
        # Each shard reruns safely: nothing more is emailed.
        for status, output in _finish([_shard(0, 2, server.base_url, locked_redis.url)]):
            assert status == 0, output
    assert sends(fake) == Counter(ids)
    limited = sum(1 for request in fake.requests if request.status == 429)
    assert limited <= len(fake.requests) // 20  # at most 5%: the two shared one budget


def test_the_redis_password_never_shows_not_even_from_argv(
    locked_redis: RedisServer,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    fake = FakeStripe()
    ids = asyncio.run(drafts(fake, 2))
    monkeypatch.setenv("STRIPE_API_KEY", API_KEY)
    monkeypatch.delenv("STRIPE_INVOICING_REDIS_URL", raising=False)
    with LoopbackServer(fake) as server:
        argv = ["send-invoices", "--base-url", server.base_url, "--all", "--shard", "0/1"]
        assert main([*argv, "--redis-url", locked_redis.url]) == 0
        out, err = capsys.readouterr()
        assert sends(fake) == Counter(ids)
        assert "--redis-url carries a password, which ps and shell history show" in err
        assert f"redis://:***@127.0.0.1:{locked_redis.port}/0" in err
        assert PASSWORD not in out + err

        seen = len(fake.requests)
        wrong = locked_redis.url.replace(PASSWORD, "wrongPASSWORD")
        monkeypatch.setenv("STRIPE_INVOICING_REDIS_URL", wrong)
        assert main(argv) == 1  # a wrong password is said, not run past unshared
        out, err = capsys.readouterr()
        assert "cannot use Redis at redis://:***@" in err
        assert "warning" not in err  # from the environment: not on argv
        assert "wrongPASSWORD" not in out + err
        query_password = f"redis://127.0.0.1:{locked_redis.port}/0?password={PASSWORD}x"
        assert main([*argv, "--redis-url", query_password]) == 1
        out, err = capsys.readouterr()
        assert PASSWORD not in out + err
        assert len(fake.requests) == seen


@pytest.mark.parametrize(
    ("url", "message", "status"),
    [
        ("http://:hunter2pass@127.0.0.1:1/0", "must start with redis://", 2),
        ("redis://:hunter2pass@127.0.0.1:notaport/0", "cannot use Redis", 1),
    ],
)
def test_a_bad_redis_url_is_refused_masked_before_anything_runs(
    url: str,
    message: str,
    status: int,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("STRIPE_API_KEY", API_KEY)
    monkeypatch.setenv("STRIPE_INVOICING_REDIS_URL", url)
    fake = FakeStripe()
    with LoopbackServer(fake) as server:
        assert main(["send-invoices", "--base-url", server.base_url, "--all"]) == status
    out, err = capsys.readouterr()
    assert message in err
    assert "hunter2pass" not in out + err
    assert fake.requests == []
