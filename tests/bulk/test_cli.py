"""`stripe-invoicing send-invoices`: the key, the backend, usage errors, summary, exit status,
Ctrl-C. (The progress line itself: test_progress.py.)"""

from __future__ import annotations

import asyncio
import io
import json
import os
import pty
import re
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest

from stripe_invoicing_client._bulk_cli import EXIT_CODES
from stripe_invoicing_client._bulk_plan import RECORD_WINDOW, UNCERTAIN_TOO_OLD
from stripe_invoicing_client._bulk_progress import ProgressLine
from stripe_invoicing_client._bulk_summary import RERUN_SETTLES
from stripe_invoicing_client._cli import main
from stripe_invoicing_client._version import __version__
from stripe_invoicing_client.testing import FailRequest, FakeStripe, LoopbackServer

from ._support import SEND, drafts, left_pending, sends, served

REPO = Path(__file__).resolve().parents[2]


def test_in_memory_only_when_asked_and_announced(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("STRIPE_API_KEY", "sk_test_unusedHere")
    assert main(["send-invoices", "--in-memory", "--all", "--demo-drafts", "3"]) == 0
    out, err = capsys.readouterr()
    assert "sent                         3" in out
    assert "failed                       0" in out
    assert "running against an in-memory Stripe" in err
    assert "STRIPE_API_KEY is ignored" in err
    assert "seeding 3 demo drafts" in err
    assert "\r" not in err  # no redrawn line when stderr is not a terminal


def test_without_a_key_nothing_runs(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("STRIPE_API_KEY", raising=False)
    assert main(["send-invoices", "--all"]) == 2
    out, err = capsys.readouterr()
    assert "no key: set STRIPE_API_KEY or use --api-key-file" in err
    assert out == ""


def test_the_key_from_the_environment_runs_against_base_url(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    fake, ids = served(3)
    monkeypatch.setenv("STRIPE_API_KEY", "sk_test_fromTheEnvironment")
    with LoopbackServer(fake) as server:
        assert main(["send-invoices", "--base-url", server.base_url, "--all", "--json"]) == 0
    out, err = capsys.readouterr()
    summary = json.loads(out)
    assert summary["counts"]["sent"] == 3
    assert sorted(i["id"] for i in summary["invoices"]) == sorted(ids)
    assert sends(fake) == Counter(ids)
    assert "in-memory" not in err
    assert "fromTheEnvironment" not in out + err


@pytest.mark.parametrize("source", ["file", "stdin"])
def test_the_key_from_a_file_or_standard_input(
    source: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    fake, ids = served(2)
    monkeypatch.delenv("STRIPE_API_KEY", raising=False)
    key_file = tmp_path / "key"
    key_file.write_text("sk_test_fromAFile\n")
    monkeypatch.setattr("sys.stdin", io.StringIO("sk_test_fromStdin\n"))
    where = str(key_file) if source == "file" else "-"
    with LoopbackServer(fake) as server:
        argv = ["send-invoices", "--base-url", server.base_url, "--all", "--api-key-file", where]
        assert main(argv) == 0
    assert sends(fake) == Counter(ids)
    used = {r.headers.get("idempotency-key") is not None for r in fake.requests}
    assert used == {True, False}


SECRET = "SECRETVALUE123"
# Runs that cannot start, what stderr says, and the `error.kind` of the --json document.
CANNOT_START = [
    ([], None, "no key: set STRIPE_API_KEY", "api_key"),
    (["--api-key", f"sk_test_{SECRET}"], None, "--api-key is not accepted", "api_key"),
    ([], f"sk_live_{SECRET}", "live keys are refused", "api_key"),
    ([], f"rk_live_{SECRET}", "live keys are refused", "api_key"),
    ([], f" sk_test_{SECRET}", "surrounding whitespace", "api_key"),
    (["--base-url", "http://example.com"], f"sk_test_{SECRET}", "--base-url", "usage"),
    (["--concurrency", "0"], f"sk_test_{SECRET}", "--concurrency", "usage"),
    (["--customer", "cus' OR x"], f"sk_test_{SECRET}", "customer", "usage"),
    (
        ["--in-memory", "--redis-url", f"redis://:{SECRET}@localhost/0"],
        None,
        "--in-memory",
        "usage",
    ),
]


@pytest.mark.parametrize("as_json", [False, True], ids=["text", "json"])
@pytest.mark.parametrize(("argv", "env", "message", "kind"), CANNOT_START)
def test_bad_usage_exits_2_before_anything_runs_and_never_shows_a_secret(
    argv: list[str],
    env: str | None,
    message: str,
    kind: str,
    as_json: bool,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    if env is None:
        monkeypatch.delenv("STRIPE_API_KEY", raising=False)
    else:
        monkeypatch.setenv("STRIPE_API_KEY", env)
    fake = FakeStripe()
    with LoopbackServer(fake) as server:
        base = [] if {"--base-url", "--in-memory"} & set(argv) else ["--base-url", server.base_url]
        scope = [] if "--customer" in argv else ["--all"]
        output = ["--json"] if as_json else []
        assert main(["send-invoices", *base, *scope, *argv, *output]) == 2
    out, err = capsys.readouterr()
    assert message in err
    assert SECRET not in out + err
    assert fake.requests == []
    if not as_json:
        assert out == ""
        return
    document = json.loads(out)
    assert set(document) == {"exit_code", "interrupted", "error"}  # no summary: nothing ran
    assert (document["exit_code"], document["interrupted"]) == (2, False)
    assert document["error"]["kind"] == kind
    assert f"send-invoices: {document['error']['message']}" in err


@pytest.mark.parametrize(
    ("argv", "message"),
    [(["--query", " "], "--query"), (["--customer", "cus' OR x"], "--customer")],
)
def test_a_bad_scope_is_refused_before_the_in_memory_stripe_is_seeded(
    argv: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["send-invoices", "--in-memory", *argv]) == 2
    err = capsys.readouterr().err
    assert message in err
    assert "seeding" not in err


@pytest.mark.parametrize(
    ("argv", "as_json"),
    [
        ([f"sk_test_{SECRET}"], False),  # the key pasted where no option takes it
        (["--concurrency", f"sk_test_{SECRET}"], False),
        ([f"--dry-run=sk_test_{SECRET}"], False),
        (["--json", f"sk_test_{SECRET}"], True),
        (["--concurrency", "x", "--json"], True),
        (["--js", f"--dry-run=sk_test_{SECRET}"], True),  # argparse takes --js for --json
    ],
)
def test_argparse_refusals_say_so_without_echoing_a_key(
    argv: list[str], as_json: bool, capsys: pytest.CaptureFixture[str]
) -> None:
    # argparse quotes what it could not place; stderr goes to logs that ps never reached.
    with pytest.raises(SystemExit) as exited:
        main(["send-invoices", *argv])
    assert exited.value.code == 2
    out, err = capsys.readouterr()
    assert "error:" in err
    assert SECRET not in out + err
    if not as_json:
        assert out == ""
        return
    document = json.loads(out)
    assert set(document) == {"exit_code", "interrupted", "error"}
    assert (document["exit_code"], document["interrupted"]) == (2, False)
    assert document["error"]["kind"] == "usage"
    assert f"error: {document['error']['message']}" in err  # argparse's own line, kept


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


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    for argv in (["--version"], ["send-invoices", "--version"]):
        with pytest.raises(SystemExit) as exited:
            main(argv)
        assert exited.value.code == 0
        assert __version__ in capsys.readouterr().out


def test_exit_codes_say_failed_and_uncertain(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    fake, (uncertain, refused, fine) = served(3)
    too_old = time.time() - RECORD_WINDOW - 60
    asyncio.run(left_pending(fake, uncertain, at=too_old, sent=False))
    monkeypatch.setenv("STRIPE_API_KEY", "sk_test_exitCodes")
    with LoopbackServer(fake) as server:
        argv = ["send-invoices", "--base-url", server.base_url, "--all"]
        fake.inject(
            FailRequest(status=400, message="No."),
            method="POST",
            path=f"/v1/invoices/{refused}/send",
        )
        assert main(argv) == 3  # uncertain outweighs failed: a person must look
        out, _ = capsys.readouterr()
        assert "InvalidRequestError (400): No." in out and UNCERTAIN_TOO_OLD in out
        assert main(argv) == 3
        assert main([*argv, "--resend-uncertain"]) == 0
        (late,) = asyncio.run(drafts(fake, 1))
        fake.inject(FailRequest(status=400, message="No."), method="POST", path=SEND)
        assert main(argv) == 1
    assert sends(fake) == Counter([uncertain, refused, fine])
    assert late not in sends(fake)


def test_uncertain_because_the_record_was_unreadable_is_settled_by_a_plain_rerun(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # A run killed after emailing one invoice and before emailing the other; the rerun
    # can't read Stripe's events. Both are uncertain (exit 3), and the advice is a plain
    # rerun, not --resend-uncertain: past the keys' 24 hours that would email the first
    # again. The plain rerun, once the events can be read, settles both: one email each.
    fake, (emailed, not_emailed) = served(2)
    asyncio.run(left_pending(fake, emailed, sent=True))
    asyncio.run(left_pending(fake, not_emailed, sent=False))
    monkeypatch.setenv("STRIPE_API_KEY", "sk_test_uncertainAdvice")
    with LoopbackServer(fake) as server:
        argv = ["send-invoices", "--base-url", server.base_url, "--all"]
        fake.inject(FailRequest(status=400), times=None, method="GET", path="/v1/events")
        assert main(argv) == 3
        out, _ = capsys.readouterr()
        assert RERUN_SETTLES in out
        assert "--resend-uncertain" not in out
        fake.clear_faults()
        assert main(argv) == 0
        out, _ = capsys.readouterr()
    assert "already sent                 1" in out and "sent                         1" in out
    assert sends(fake) == Counter([emailed, not_emailed])
    assert "rerun as it is" in EXIT_CODES  # what --help says of exit status 3


def test_a_dry_run_of_resend_uncertain_shows_which_would_go_out_blind(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # The operator's last look before --resend-uncertain: an invoice Stripe's record can't
    # settle may have been emailed already, and its line says why it is sent anyway; a
    # plain draft's says nothing more.
    fake, (draft, too_old) = served(2)
    asyncio.run(left_pending(fake, too_old, at=time.time() - RECORD_WINDOW - 60, sent=False))
    monkeypatch.setenv("STRIPE_API_KEY", "sk_test_dryResend")
    with LoopbackServer(fake) as server:
        argv = ["send-invoices", "--base-url", server.base_url, "--all", "--dry-run"]
        assert main([*argv, "--resend-uncertain"]) == 0
    out, _ = capsys.readouterr()
    lines = {line.split()[0]: line for line in out.splitlines() if line.startswith("  in_")}
    assert lines[too_old].endswith(f"(uncertain, sent anyway: {UNCERTAIN_TOO_OLD})")
    assert "(" not in lines[draft]
    assert sends(fake) == Counter()


def test_dry_run_lists_every_invoice_it_would_send(capsys: pytest.CaptureFixture[str]) -> None:
    assert (
        main(["send-invoices", "--in-memory", "--dry-run", "--query", "metadata['batch']:'demo'"])
        == 0
    )
    out, _ = capsys.readouterr()
    assert "would send (dry run)         5" in out
    listed = [line for line in out.splitlines() if line.startswith("  in_")]
    assert len(listed) == 5
    assert all("bulk@example.com" in line and " USD  due " in line for line in listed)
    assert "10.04 USD" in out
    assert "failed" not in out


def test_ctrl_c_says_what_may_have_gone_out_and_the_rerun_sends_the_rest_once(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # Ctrl-C as the second invoice is done, with up to --concurrency more under way: the
    # count done is not all that may have been emailed, the operator is told so, and that a
    # rerun (not sending the rest by hand) is the safe next step.
    fake, ids = served(8)

    class CtrlC(ProgressLine):
        def __call__(self, done: int, total: int) -> None:
            super().__call__(done, total)
            if done == 2:
                raise KeyboardInterrupt

    monkeypatch.setattr("stripe_invoicing_client._bulk_cli.ProgressLine", CtrlC)
    monkeypatch.setenv("STRIPE_API_KEY", "sk_test_ctrlC")
    with LoopbackServer(fake) as server:
        argv = ["send-invoices", "--base-url", server.base_url, "--all", "--concurrency", "4"]
        assert main(argv) == 130
        out, err = capsys.readouterr()
        assert out == ""
        stopped = err.splitlines()[-1]
        assert "interrupted with 2 of 8 invoices done" in stopped
        assert "up to 4 more were under way and may have been emailed" in stopped
        assert "rerun to resume: nothing is emailed twice" in stopped
        monkeypatch.undo()
        monkeypatch.setenv("STRIPE_API_KEY", "sk_test_ctrlC")
        assert main(argv) == 0
    assert sends(fake) == Counter(ids)


def _read_until(fd: int, seen: bytearray, pattern: re.Pattern[bytes] | None) -> None:
    """Read the terminal until `pattern` shows (None: until the process closes it)."""
    while pattern is None or not pattern.search(seen):
        try:
            chunk = os.read(fd, 4096)
        except OSError:  # EIO: every writer of the terminal has closed it
            chunk = b""
        if not chunk:
            return
        seen += chunk


@pytest.mark.skipif(sys.platform == "win32", reason="a pseudo-terminal and SIGINT")
@pytest.mark.parametrize("as_json", [False, True])
def test_ctrl_c_mid_run_exits_130_with_a_count_and_no_traceback(as_json: bool) -> None:
    """A real SIGINT to the command while it is sending (its progress line, on a
    pseudo-terminal, shows invoices done). The in-memory Stripe dies with the process, so a
    rerun starts afresh: resuming after Ctrl-C without sending twice is tested on the
    library in test_interrupted_run.py (a cancelled run, then a second one on the same fake).
    With --json, stdout lists what was sent (test_cli_json.py has the rest of --json)."""
    drafts = 1000
    terminal, terminal_end = pty.openpty()
    command = [sys.executable, "-m", "stripe_invoicing_client._cli", "send-invoices", "--in-memory"]
    process = subprocess.Popen(
        [*command, "--all", "--demo-drafts", str(drafts), *(["--json"] if as_json else [])],
        cwd=REPO,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=terminal_end,
        # A shell may start background jobs with SIGINT ignored, and Python then never
        # raises KeyboardInterrupt: give the command the default handling Ctrl-C meets.
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    os.close(terminal_end)
    seen = bytearray()
    try:
        _read_until(terminal, seen, re.compile(rb"\r[1-9][0-9]*/%d " % drafts))
        assert process.poll() is None, seen.decode(errors="replace")
        process.send_signal(signal.SIGINT)
        _read_until(terminal, seen, None)
        out, _ = process.communicate(timeout=60)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
        os.close(terminal)
    err = seen.decode()
    assert process.returncode == 130, err
    assert "Traceback" not in err
    message = re.search(r"interrupted with (\d+) of (\d+) invoices done; (.*)", err)
    assert message is not None, err
    done, total = int(message[1]), int(message[2])
    assert total == drafts
    assert 1 <= done < drafts
    assert message[3].strip() == "the in-memory run kept nothing"
    if not as_json:
        assert out == b""  # the summary table is for a run that ended
        return
    document = json.loads(out)
    assert (document["interrupted"], document["exit_code"]) == (True, 130)
    assert document["error"]["message"] == message[0].strip()
    # Sent and not yet counted: its "sent" mark was on its way.
    assert document["counts"]["sent"] >= done
    assert document["counts"]["sent"] == sum(i["result"] == "sent" for i in document["invoices"])
