"""The `stripe-invoicing demo` command itself: in process (both clients) and as installed."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import httpx
import pytest

from stripe_invoicing_client import AsyncStripeInvoicing, StripeInvoicing, _cli, _demo
from stripe_invoicing_client.testing import FailRequest, FakeStripe

HEADINGS = [
    "1. One-time invoice, sent to the customer and paid out of band",
    "2. Auto-charged invoice, paid with pay",
    "3. An invoice voided, and one marked uncollectible",
    "4. Everything this run made, one invoice per page",
    "5. Search: open or uncollectible invoices of this run",
    "6. A paid invoice corrected with a credit note (20.00 back to the card)",
    "7. An invoice from a product and price, with VAT and a coupon",
    "8. A monthly subscription billed by invoice, three months on a test clock",
    "9. A usage-based subscription billed from meter events, a month on a test clock",
    "10. A quote accepted into an invoice",
]
TABLE_HEADER = re.compile(r"^\s+invoice\s+customer\s+status\s+collection\s+total\s+remaining$")
SECRET = "sk_test_51DemoSecretKeyNeverPrinted"
IN_MEMORY_KEY = "sk_test_demo_in_memory"
SCRIPT = Path(sys.executable).parent / "stripe-invoicing"


def key_file(directory: Path, key: str) -> list[str]:
    """The demo's arguments reading `key` from a file: a key never goes on the command line."""
    path = directory / "stripe-key"
    path.write_text(key, encoding="utf-8")
    return ["--api-key-file", str(path)]


def check_output(out: str) -> None:
    lines = out.splitlines()
    for heading in HEADINGS:
        assert heading in lines
    shown = [line.split() for line in lines if re.match(r"^  \S.* in_\w+  status=", line)]
    statuses = [word.partition("=")[2] for words in shown for word in words if "status=" in word]
    # Paid out of band, paid with pay, and the latter again once a credit note corrected it.
    assert statuses.count("paid") == 3
    assert "void" in statuses and "uncollectible" in statuses
    assert "  paid out of band       " in out
    headers = [n for n, line in enumerate(lines) if TABLE_HEADER.match(line)]
    assert len(headers) == 2  # the listing and the search
    listing = lines[headers[0] + 2 : headers[0] + 6]
    assert sorted(row.split()[3] for row in listing) == ["paid", "paid", "uncollectible", "void"]
    assert "  4 invoices on 4 pages" in lines
    page_lines = [line for line in lines if re.match(r"^  page \d \((Ada|Grace) ", line)]
    assert len(page_lines) == 4
    found = lines[headers[1] + 2]
    assert found.split()[3] == "uncollectible" and "150.00 USD" in found
    assert any(line.startswith("  1 found") for line in lines)
    query = next(line for line in lines if "query:" in line)
    assert "AND -status:'paid' AND -status:'void'" in query
    note = next(line for line in lines if line.startswith("  credit note "))
    assert "post_payment  total=20.00 USD  refunded=20.00 USD" in note
    assert any("credited after payment=20.00 USD" in line for line in lines)
    # 3 seats at 250.00, 10% off, then 20% VAT on the 675.00 left.
    seats = next(line for line in lines if line.startswith("  3 seats "))
    assert "subtotal=750.00 USD  discount=75.00 USD  tax=135.00 USD  total=810.00 USD" in seats
    check_recurring(lines)
    check_usage(lines)
    check_quote(lines)


def check_usage(lines: list[str]) -> None:
    """Step 9: nothing charged up front; 500 searches reported, 80 of them cancelled, so the
    renewal bills 420 at 0.05 USD; the meter is deactivated at the end."""
    # Its lines, up to the next step's heading (the blank line before it left out).
    step = [line for line in lines[lines.index(HEADINGS[8]) : lines.index(HEADINGS[9])] if line]
    subscription = next(line for line in step if line.startswith("  subscription "))
    assert "status=active  first invoice=0.00 USD" in subscription
    events = [line for line in step if line.startswith("  meter event ")]
    assert [line.split()[-2] for line in events] == ["120", "300", "80"]
    assert any(line.startswith("  adjustment ") and "cancelled" in line for line in step)
    assert "  usage so far           420 searches (the meter's event summaries)" in step
    renewal = next(line for line in step if line.startswith("  renewal invoice "))
    assert "status=open  total=21.00 USD  remaining=21.00 USD" in renewal
    assert "  usage line             420 searches  21.00 USD" in step
    assert re.match(r"^  meter\s+mtr_\w+  status=inactive$", step[-1] if step else "")


def check_quote(lines: list[str]) -> None:
    """Step 10: a quote for two days at 1,200.00, numbered and expiring once finalized, its PDF,
    then accepted into an open invoice of the same total."""
    step = lines[lines.index(HEADINGS[9]) :]
    shown = re.compile(r"^  (draft quote|finalized|accepted) +qt_\w+  status=(\w+)  total=(.+)$")
    quotes = [found.groups() for found in map(shown.match, step) if found]
    assert quotes == [
        ("draft quote", "draft", "2,400.00 USD"),
        ("finalized", "open", "2,400.00 USD"),
        ("accepted", "accepted", "2,400.00 USD"),
    ]
    number = next(line for line in step if line.startswith("  number "))
    assert re.fullmatch(r"  number +QT-\w+-0001-1  expires \d{4}-\d{2}-\d{2}", number)
    pdf = next(line for line in step if line.startswith("  quote PDF "))
    assert re.fullmatch(r"  quote PDF +[\d,]+ bytes \(a PDF\)", pdf)
    invoice = next(line for line in step if line.startswith("  invoice of the quote "))
    assert "status=open  total=2,400.00 USD  remaining=2,400.00 USD" in invoice


def check_recurring(lines: list[str]) -> None:
    """Step 8: four monthly invoices of 30.00, the first paid out of band, the first renewal
    overdue (and the subscription past_due by month 3), each with its due date."""
    months = [line.split() for line in lines if re.match(r"^  month [123] ", line)]
    assert [words[-1] for words in months] == ["status=active"] * 2 + ["status=past_due"]
    start = lines.index(next(line for line in lines if re.match(r"^  invoice\s+reason\s", line)))
    rows = [line.split("  ") for line in lines[start + 1 : start + 5]]
    cells = [[cell.strip() for cell in row if cell.strip()] for row in rows]
    assert [c[1] for c in cells] == ["subscription_create"] + ["subscription_cycle"] * 3
    assert [c[2] for c in cells[:2]] == ["paid", "open, overdue"]
    assert cells[3][2] == "open"
    assert all(re.fullmatch(r"\d{4}-\d{2}-\d{2}", c[3]) and c[4] == "30.00 USD" for c in cells)
    dues = [c[3] for c in cells]
    assert dues == sorted(dues) and len(set(dues)) == 4


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Fails any attempt to reach a real server; records what was attempted."""
    attempts: list[str] = []

    def refuse(self: Any, request: httpx.Request, *args: Any, **kwargs: Any) -> Any:
        attempts.append(str(request.url))
        raise AssertionError(f"network access: {request.url}")

    monkeypatch.setattr(httpx.HTTPTransport, "handle_request", refuse)
    monkeypatch.setattr(httpx.AsyncHTTPTransport, "handle_async_request", refuse)
    return attempts


def test_demo_in_memory(
    capsys: pytest.CaptureFixture[str], no_network: list[str], argv: list[str]
) -> None:
    assert _cli.main(argv) == 0
    out, err = capsys.readouterr()
    assert err == ""
    assert out.startswith("Running against the in-memory Stripe backend (no network).\n")
    check_output(out)
    assert IN_MEMORY_KEY not in out
    assert no_network == []


def test_sync_and_async_runs_print_the_same_script(capsys: pytest.CaptureFixture[str]) -> None:
    def shape(out: str) -> list[str]:
        # Ids and the run id differ between runs; everything else is the same.
        out = re.sub(r"\b(cus|ii|in)_[A-Za-z0-9]+", r"\1_X", out)
        out = re.sub(r"[0-9a-f]{8}\b", "RUN", out)
        return out.splitlines()

    assert _cli.main(["demo"]) == 0
    sync_out = capsys.readouterr().out
    assert _cli.main(["demo", "--async"]) == 0
    async_out = capsys.readouterr().out
    assert shape(sync_out) == shape(async_out)


LIVE_KEYS = ["sk_live_51LiveSecretKey0123", "rk_live_51LiveRestricted0123"]


@pytest.mark.parametrize("key", LIVE_KEYS)
@pytest.mark.parametrize("source", ["file", "env"])
def test_live_keys_are_refused_without_network(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    no_network: list[str],
    key: str,
    source: str,
) -> None:
    ran: list[Any] = []
    real = _demo.run_demo  # what `_cli.run_demo` is until replaced below

    async def recording(*args: Any) -> Any:
        ran.append(args)
        return await real(*args)

    monkeypatch.setattr(_cli, "run_demo", recording)
    if source == "env":
        monkeypatch.setenv("STRIPE_API_KEY", key)
        argv = ["demo", "--use-env-key"]
    else:
        argv = ["demo", *key_file(tmp_path, key)]
    assert _cli.main(argv) == 2
    out, err = capsys.readouterr()
    assert "refusing a live key" in err
    assert key not in out + err
    assert out == ""
    assert ran == [] and no_network == []


@pytest.mark.parametrize("key", LIVE_KEYS)
async def test_run_demo_refuses_live_keys_itself(key: str, no_network: list[str]) -> None:
    with pytest.raises(ValueError, match="live key") as info:
        await _demo.run_demo(key, False, sys.stdout)
    assert key not in str(info.value)
    assert no_network == []


@pytest.fixture
def routed(monkeypatch: pytest.MonkeyPatch) -> FakeStripe:
    """The demo's clients, given a test key, talk to a fake that only accepts SECRET."""
    fake = FakeStripe(api_keys={SECRET})

    def sync_client(api_key: str | None = None, **options: Any) -> StripeInvoicing:
        return StripeInvoicing(api_key, http_client=fake.sync_http_client(api_key=None), **options)

    def async_client(api_key: str | None = None, **options: Any) -> AsyncStripeInvoicing:
        http = fake.async_http_client(api_key=None)
        return AsyncStripeInvoicing(api_key, http_client=http, **options)

    monkeypatch.setattr(_demo, "StripeInvoicing", sync_client)
    monkeypatch.setattr(_demo, "AsyncStripeInvoicing", async_client)
    return fake


@pytest.mark.parametrize("use_async", [False, True], ids=["sync", "async"])
@pytest.mark.parametrize("source", ["file", "env"])
def test_a_test_key_is_used_and_never_printed(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    routed: FakeStripe,
    use_async: bool,
    source: str,
) -> None:
    argv = ["demo", *(["--async"] if use_async else [])]
    if source == "env":
        monkeypatch.setenv("STRIPE_API_KEY", SECRET)
        argv += ["--use-env-key"]
    else:
        argv += key_file(tmp_path, SECRET)
    assert _cli.main(argv) == 0
    out, err = capsys.readouterr()
    assert out.startswith("Running against Stripe's test mode with your test key.\n")
    check_output(out)
    assert SECRET not in out + err
    assert routed.requests and all(r.status == 200 for r in routed.requests)


def test_a_failing_run_exits_1_without_the_key(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, routed: FakeStripe
) -> None:
    # An error message that echoes the key must still not print it.
    routed.inject(
        FailRequest(400, "invalid_request_error", message=f"Key {SECRET} may not do this."),
        times=None,
        path="/v1/invoiceitems",
    )
    assert _cli.main(["demo", *key_file(tmp_path, SECRET)]) == 1
    out, err = capsys.readouterr()
    assert err.startswith("stripe-invoicing demo failed: ")
    assert "sk_test_***" in err
    assert SECRET not in out + err


def test_an_unknown_test_key_fails_cleanly(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, routed: FakeStripe
) -> None:
    other = "sk_test_51SomeOtherKeyNotAccepted"
    assert _cli.main(["demo", *key_file(tmp_path, other)]) == 1
    out, err = capsys.readouterr()
    assert "stripe-invoicing demo failed: (401" in err
    assert other not in out + err


def _env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "STRIPE_API_KEY"}
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    return env


def test_installed_console_script(argv: list[str]) -> None:
    assert SCRIPT.exists(), f"{SCRIPT} is not installed"
    done = subprocess.run(
        [str(SCRIPT), *argv], capture_output=True, text=True, timeout=60, env=_env()
    )
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    check_output(done.stdout)
    assert IN_MEMORY_KEY not in done.stdout


def test_installed_console_script_refuses_a_live_key() -> None:
    key = LIVE_KEYS[0]
    done = subprocess.run(
        [str(SCRIPT), "demo", "--api-key-file", "-"],  # the key on standard input
        input=f"{key}\n",
        capture_output=True,
        text=True,
        timeout=60,
        env=_env(),
    )
    assert done.returncode == 2
    assert "refusing a live key" in done.stderr
    assert key not in done.stdout + done.stderr


def test_a_key_in_the_environment_is_not_used_without_the_flag(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    no_network: list[str],
    argv: list[str],
) -> None:
    monkeypatch.setenv("STRIPE_API_KEY", SECRET)
    assert _cli.main(argv) == 0
    out, err = capsys.readouterr()
    assert out.startswith("Running against the in-memory Stripe backend (no network).\n")
    check_output(out)
    assert "STRIPE_API_KEY is set but not used; pass --use-env-key" in err
    assert no_network == []  # nothing went to the key's account
    assert SECRET not in out + err


# The key (None: STRIPE_API_KEY left empty, with --use-env-key), and what the refusal says.
USAGE_ERRORS = [
    ("", "--api-key-file is empty"),
    ("   ", "--api-key-file is empty"),
    (None, "STRIPE_API_KEY is empty"),
    ("pk_test_51Publishable0123", "not a usable key: a publishable key"),
    ("sk_test_51Bad\nX-Evil: 1", "not a usable key: may only hold"),
    ("hello", "not a usable key: expected a secret"),
    ("sk_prod_51NotATestKey0123", "--api-key-file is not a test key"),
]


@pytest.mark.parametrize(("key", "message"), USAGE_ERRORS, ids=[m for _, m in USAGE_ERRORS])
def test_unusable_keys_exit_2_before_announcing_a_mode(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    no_network: list[str],
    key: str | None,
    message: str,
) -> None:
    monkeypatch.delenv("STRIPE_API_KEY", raising=False)
    args = ["--use-env-key"] if key is None else key_file(tmp_path, key)
    assert _cli.main(["demo", *args]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err.startswith("stripe-invoicing demo: ") and message in err
    assert len(err.splitlines()) == 1
    assert key is None or not key.strip() or key not in err
    assert no_network == []


def test_a_key_on_the_command_line_is_refused_unread(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, no_network: list[str]
) -> None:
    # ps and shell history show the command line: the key is refused there, not used.
    ran: list[Any] = []
    monkeypatch.setattr(_cli, "run_demo", lambda *args: ran.append(args))
    assert _cli.main(["demo", "--api-key", SECRET]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert "--api-key is not accepted" in err and "--api-key-file" in err
    assert SECRET not in err
    assert ran == [] and no_network == []


def test_a_key_file_that_cannot_be_read_is_named(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    assert _cli.main(["demo", "--api-key-file", str(tmp_path / "missing")]) == 2
    out, err = capsys.readouterr()
    assert out == "" and "--api-key-file: cannot read it" in err


def test_an_unusable_key_in_the_environment_is_named(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("STRIPE_API_KEY", "sk_test_51Has Space")
    assert _cli.main(["demo", "--use-env-key"]) == 2
    out, err = capsys.readouterr()
    assert out == "" and "STRIPE_API_KEY is not a usable key" in err
    assert "sk_test_51Has Space" not in err


def test_api_key_file_and_use_env_key_together_is_a_usage_error(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    with pytest.raises(SystemExit) as info:
        _cli.main(["demo", *key_file(tmp_path, SECRET), "--use-env-key"])
    assert info.value.code == 2
    assert "not allowed with argument" in capsys.readouterr().err


class ClosedPipe:
    """A stdout whose reader has gone away, like `| head` after its lines."""

    def write(self, text: str) -> int:
        raise BrokenPipeError(32, "Broken pipe")

    def flush(self) -> None:
        raise BrokenPipeError(32, "Broken pipe")


def test_a_closed_stdout_ends_the_demo_quietly(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], argv: list[str]
) -> None:
    monkeypatch.setattr(sys, "stdout", ClosedPipe())
    assert _cli.main(argv) == _cli.EXIT_BROKEN_PIPE
    assert capsys.readouterr().err == ""


def test_installed_console_script_piped_into_a_reader_that_closes_early(
    argv: list[str],
) -> None:
    # `stripe-invoicing demo | head -n 0`: the reader is gone before the first line is written.
    process = subprocess.Popen(
        [str(SCRIPT), *argv],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=_env(),
    )
    assert process.stdout is not None and process.stderr is not None
    process.stdout.close()
    try:
        err = process.stderr.read().decode()
        code = process.wait(timeout=60)
    finally:
        process.kill() if process.poll() is None else None
        process.stderr.close()
    assert err == ""  # no BrokenPipeError traceback, no "Exception ignored" at exit
    assert code == _cli.EXIT_BROKEN_PIPE
