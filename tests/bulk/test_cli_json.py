"""`stripe-invoicing send-invoices --json`: stdout is one JSON document whatever happens: the
summary; what a run cut short (Ctrl-C, an error) had decided, each invoice it sent listed; or,
when the run cannot start, the error. (What the record holds when a run stops:
test_interrupted_run.py; a real SIGINT to the command, and bad usage with and without --json:
test_cli.py.)"""

from __future__ import annotations

import json
import signal
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from stripe_invoicing_client._bulk_plan import RERUN_AS_IT_IS
from stripe_invoicing_client._bulk_progress import ProgressLine
from stripe_invoicing_client._cli import main
from stripe_invoicing_client.testing import FakeStripe, LoopbackServer

from ._support import sends, served

SECRET = "SECRETVALUE123"
NOT_STARTED = {"exit_code", "interrupted", "error"}


def _stopping_at(done_at: int, stop: Callable[[], None]) -> type[ProgressLine]:
    class Stopping(ProgressLine):
        def __call__(self, done: int, total: int) -> None:
            super().__call__(done, total)
            if done == done_at:
                stop()

    return Stopping


def _ctrl_c(how: str) -> Callable[[], None]:
    def ctrl_c() -> None:
        if how == "SIGINT":  # asyncio.run's handler cancels the run, as a Ctrl-C does
            signal.raise_signal(signal.SIGINT)
        else:
            raise KeyboardInterrupt

    return ctrl_c


def _crash() -> None:
    raise RuntimeError("the progress display broke")


def _by_result(document: dict[str, Any]) -> dict[str, set[str]]:
    listed: dict[str, set[str]] = {}
    for invoice in document["invoices"]:
        listed.setdefault(invoice["result"], set()).add(invoice["id"])
    return listed


def _assert_tells_every_email(document: dict[str, Any], fake: FakeStripe) -> None:
    """Every invoice the run emailed is listed: "sent", or "uncertain" when its answer was
    still on its way (a rerun settles it); none listed "sent" was not emailed."""
    listed = _by_result(document)
    sent, uncertain = listed.pop("sent", set()), listed.pop("uncertain", set())
    assert listed == {}
    assert len(sent) >= 2  # the two done before it stopped, at least
    assert sent <= set(sends(fake)) <= sent | uncertain
    assert document["counts"]["sent"] == len(sent)
    assert document["counts"]["uncertain"] == len(uncertain)
    for invoice in document["invoices"]:
        if invoice["result"] == "uncertain":
            assert invoice["reason"].endswith(RERUN_AS_IT_IS)


@pytest.mark.skipif(sys.platform == "win32", reason="SIGINT")
@pytest.mark.parametrize("how", ["KeyboardInterrupt", "SIGINT"])
def test_ctrl_c_mid_run_prints_what_was_sent_and_exits_130(
    how: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    fake, ids = served(8)
    monkeypatch.setattr(
        "stripe_invoicing_client._bulk_cli.ProgressLine", _stopping_at(2, _ctrl_c(how))
    )
    monkeypatch.setenv("STRIPE_API_KEY", "sk_test_ctrlCJson")
    with LoopbackServer(fake) as server:
        argv = ["send-invoices", "--base-url", server.base_url, "--all", "--concurrency", "4"]
        assert main([*argv, "--json"]) == 130
        out, err = capsys.readouterr()
        document = json.loads(out)  # one document: anything after it is refused
        assert document["interrupted"] is True
        assert document["exit_code"] == 130
        assert document["error"]["kind"] == "interrupted"
        assert f"send-invoices: {document['error']['message']}" in err
        assert "interrupted with 2 of 8 invoices done" in document["error"]["message"]
        assert document["dry_run"] is False
        _assert_tells_every_email(document, fake)
        monkeypatch.undo()
        monkeypatch.setenv("STRIPE_API_KEY", "sk_test_ctrlCJson")
        assert main([*argv, "--json"]) == 0
        rerun = json.loads(capsys.readouterr().out)
    assert (rerun["interrupted"], rerun["error"], rerun["exit_code"]) == (False, None, 0)
    assert sends(fake) == Counter(ids)


def test_an_error_mid_run_prints_what_was_sent_then_raises(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    fake, _ = served(8)
    monkeypatch.setattr("stripe_invoicing_client._bulk_cli.ProgressLine", _stopping_at(2, _crash))
    monkeypatch.setenv("STRIPE_API_KEY", "sk_test_crashJson")
    with LoopbackServer(fake) as server:
        argv = ["send-invoices", "--base-url", server.base_url, "--all", "--concurrency", "4"]
        with pytest.raises(RuntimeError, match="progress display"):
            main([*argv, "--json"])
    document = json.loads(capsys.readouterr().out)
    assert document["interrupted"] is True
    assert document["exit_code"] == 1  # Python's, for the error raised on
    assert document["error"] == {
        "kind": "crash",
        "message": "RuntimeError: the progress display broke",
    }
    _assert_tells_every_email(document, fake)


def test_stripes_error_stopping_the_run_is_a_document_with_no_invoices(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("STRIPE_API_KEY", "sk_test_badQueryJson")
    with LoopbackServer(FakeStripe()) as server:
        argv = ["send-invoices", "--base-url", server.base_url, "--query", "foo bar", "--json"]
        assert main(argv) == 1
    out, err = capsys.readouterr()
    document = json.loads(out)
    assert (document["exit_code"], document["interrupted"]) == (1, True)
    assert document["error"]["kind"] == "stripe"
    assert "Could not parse the search query" in document["error"]["message"]
    assert document["invoices"] == []
    assert "--query was searched as" in err


@pytest.mark.parametrize(
    ("contents", "message"),
    [(None, "--api-key-file: cannot read it"), (f"sk_live_{SECRET}\n", "live keys are refused")],
)
def test_an_unusable_key_file_is_an_api_key_error_that_never_shows_it(
    contents: str | None,
    message: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("STRIPE_API_KEY", raising=False)
    key_file = tmp_path / "key"
    if contents is not None:
        key_file.write_text(contents)
    assert main(["send-invoices", "--all", "--api-key-file", str(key_file), "--json"]) == 2
    out, err = capsys.readouterr()
    document = json.loads(out)
    assert document["error"]["kind"] == "api_key"
    assert message in document["error"]["message"]
    assert SECRET not in out + err


def test_redis_out_of_reach_is_a_redis_error_its_password_masked(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    pytest.importorskip("redis")
    monkeypatch.setenv("STRIPE_API_KEY", "sk_test_redisJson")
    monkeypatch.setenv("STRIPE_INVOICING_REDIS_URL", f"redis://:{SECRET}@127.0.0.1:1/0")
    assert main(["send-invoices", "--all", "--json"]) == 1
    out, err = capsys.readouterr()
    document = json.loads(out)
    assert set(document) == NOT_STARTED
    assert document["exit_code"] == 1
    assert document["error"]["kind"] == "redis"
    assert "cannot use Redis at redis://:***@127.0.0.1:1/0" in document["error"]["message"]
    assert SECRET not in out + err


@pytest.mark.parametrize(
    "argv",
    [["send-invoices", "--concurrency", "x"], ["--json", "send-invoices"], ["demo", "--json"]],
)
def test_argparse_errors_without_send_invoices_json_print_nothing_on_stdout(
    argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit):
        main(argv)
    out, err = capsys.readouterr()
    assert out == ""
    assert "error:" in err


def test_ctrl_c_at_the_key_prompt_prints_that_nothing_was_sent(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    class CtrlCAtThePrompt:
        def readline(self) -> str:
            raise KeyboardInterrupt

    monkeypatch.delenv("STRIPE_API_KEY", raising=False)
    monkeypatch.setattr("sys.stdin", CtrlCAtThePrompt())
    with pytest.raises(KeyboardInterrupt):
        main(["send-invoices", "--all", "--api-key-file", "-", "--json"])
    document = json.loads(capsys.readouterr().out)
    assert set(document) == NOT_STARTED
    assert (document["exit_code"], document["interrupted"]) == (130, True)
    assert document["error"]["kind"] == "interrupted"
    assert "nothing was sent" in document["error"]["message"]


def test_a_run_that_ends_says_it_was_not_interrupted(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["send-invoices", "--in-memory", "--all", "--demo-drafts", "2", "--json"]) == 0
    document = json.loads(capsys.readouterr().out)
    assert (document["interrupted"], document["error"], document["exit_code"]) == (False, None, 0)
    assert document["counts"]["sent"] == 2
