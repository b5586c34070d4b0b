"""`stripe-invoicing send-invoices`: the command line of `send_invoices`.

The scope is always said: --query, --customer (or both), or --all for every draft in the
account; without one, nothing is read or sent (a forgotten flag must not email everyone).
The key comes from STRIPE_API_KEY or --api-key-file (`-`: standard input), never from the
command line, where `ps` and shell history would show it. The in-memory Stripe is used only
when asked (--in-memory), and says so. Exit codes are `_bulk_summary`'s, 2 for usage and 130
for Ctrl-C; with --json, stdout gets one JSON document whatever happens (`_bulk_report`).
Many workers: `--shard K/N` each, pacing through one Redis budget
(`--redis-url` or STRIPE_INVOICING_REDIS_URL, whose password is never shown).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import logging
import os
import sys
from collections.abc import Iterator
from typing import Any, TextIO
from urllib.parse import parse_qsl, unquote, urlsplit

from ._bulk import BULK_LOGGER, TAKEN_WAIT_DRAFTS, send_recorded
from ._bulk_progress import ProgressLine
from ._bulk_report import (
    ErrorKind,
    ended,
    interruption_note,
    not_started,
    print_document,
    stopped,
)
from ._bulk_scope import Scope, parse_shard, search_queries
from ._bulk_summary import EXIT_FAILED, EXIT_USAGE, RunRecord, SendSummary
from ._cli_keys import KEY_IN_ARGV, KeyFileError, read_key_file
from ._demo import LIVE_PREFIXES, TEST_PREFIXES
from ._options import check_base_url, resolve_api_key
from ._redact import redact
from ._version import __version__
from .errors import InvalidParameterError, StripeError

NAME = "stripe-invoicing send-invoices"
EXIT_INTERRUPTED = 130
IN_MEMORY_KEY = "sk_test_inmemory"
REDIS_URL_VARIABLE = "STRIPE_INVOICING_REDIS_URL"
SCOPE = """scope (one is required; without it nothing is read or sent):
  --query Q            the drafts Stripe's search finds
  --customer ID        that customer's drafts (with --query: both must hold)
  --all                every draft in the account"""
EXIT_CODES = """exit status:
  0    every invoice in scope sent, already sent or skipped (skips are listed)
  1    some failed: Stripe refused them, or its record shows no email yet (rerun);
       or the run could not start (Stripe's or Redis's error on stderr)
  2    bad usage, such as no scope (nothing was sent)
  3    some uncertain: Stripe's record can't tell whether they were emailed. Those
       whose record could not be read: rerun as it is, which reads it again; those
       with auto_advance on (Stripe may email them itself): turn it off, then rerun;
       the others: check them, then rerun with --resend-uncertain to send them anyway
  130  interrupted (Ctrl-C); rerun to resume (nothing is emailed twice)"""


class UsageError(Exception):
    """A bad command line or key: one line on stderr, exit status 2, nothing sent."""

    def __init__(self, message: str, kind: ErrorKind = "usage") -> None:
        super().__init__(message)
        self.kind: ErrorKind = kind


def add_parser(commands: Any) -> None:
    command = commands.add_parser(
        "send-invoices",
        help="finalize and email every matching draft invoice, each once (resumable)",
        description="Finalize and email the draft invoices (collection_method=send_invoice) "
        "in scope, paced at the rate limit; drafts with auto_advance on are Stripe's to "
        "finalize and email, and are skipped. The scope is required: --query (Stripe's search "
        "language), --customer, both (both must hold), or --all for every draft in the "
        "account. Rerunning after a crash or Ctrl-C emails nothing twice. The test key comes "
        "from STRIPE_API_KEY or --api-key-file.",
        epilog=f"{SCOPE}\n\n{EXIT_CODES}",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    command.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    command.add_argument(
        "--query",
        help="the drafts Stripe's search finds, e.g. \"metadata['batch']:'2026-11'\"",
    )
    command.add_argument("--customer", help="only this customer's drafts (with --query: both)")
    command.add_argument(
        "--all",
        dest="every_draft",
        action="store_true",
        help="every draft in the account (instead of --query and --customer)",
    )
    command.add_argument("--concurrency", type=int, default=10, help="invoices at once (10)")
    command.add_argument(
        "--dry-run", action="store_true", help="list what would be sent and skipped; no writes"
    )
    command.add_argument(
        "--resend-uncertain",
        action="store_true",
        help="send the invoices Stripe's record can't settle (see exit status 3)",
    )
    command.add_argument(
        "--json",
        action="store_true",
        help="the summary as JSON on stdout; one JSON document even when the run is "
        "interrupted (what it did so far) or cannot start (the error)",
    )
    source = command.add_mutually_exclusive_group()
    source.add_argument(
        "--api-key-file", metavar="PATH", help="read the test key from PATH ('-': stdin)"
    )
    source.add_argument(
        "--in-memory",
        action="store_true",
        help="run against an in-memory Stripe seeded with --demo-drafts drafts",
    )
    # Refused with an explanation: a key on the command line shows in `ps` and shell history.
    source.add_argument("--api-key", help=argparse.SUPPRESS)
    command.add_argument(
        "--base-url", help="another API address, e.g. a LoopbackServer's http://127.0.0.1:PORT"
    )
    command.add_argument(
        "--demo-drafts", type=int, default=5, help="drafts the in-memory Stripe starts with (5)"
    )
    command.add_argument(
        "--shard",
        metavar="K/N",
        help="only shard K of N (0 to N-1, by invoice id): run N of these at once, one per K",
    )
    command.add_argument(
        "--redis-url",
        help="pace through a rate budget shared in this Redis (give every shard the same); "
        f"default ${REDIS_URL_VARIABLE}, which keeps a password out of ps",
    )


def _read_key(args: argparse.Namespace, stdin: TextIO) -> tuple[str, str]:
    """The key and where it came from."""
    if args.api_key is not None:
        raise UsageError(f"{KEY_IN_ARGV}; set STRIPE_API_KEY or use --api-key-file", "api_key")
    if args.api_key_file is not None:
        try:
            return read_key_file(args.api_key_file, stdin)
        except KeyFileError as error:
            raise UsageError(str(error), "api_key") from None
    key = os.environ.get("STRIPE_API_KEY", "")
    if not key:
        raise UsageError(
            "no key: set STRIPE_API_KEY or use --api-key-file (or --in-memory for a demo)",
            "api_key",
        )
    return key, "STRIPE_API_KEY"


def api_key(args: argparse.Namespace, stdin: TextIO) -> str:
    key, source = _read_key(args, stdin)
    if not key:
        raise UsageError(f"{source} is empty; give a test key (sk_test_...)", "api_key")
    try:
        key = resolve_api_key(key)
    except InvalidParameterError as error:
        raise UsageError(f"{source} is not a usable key: {error.reason}", "api_key") from None
    if key.startswith(LIVE_PREFIXES) or not key.startswith(TEST_PREFIXES):
        why = f"{source} must hold a test key (sk_test_...); live keys are refused"
        raise UsageError(why, "api_key")
    return key


def redis_secrets(url: str) -> list[str]:
    """The parts of a Redis URL never to show: the password (after the user, or in the
    query), as written and decoded."""
    try:
        parts = urlsplit(url)
        found = [parts.password or ""]
        found += [value for name, value in parse_qsl(parts.query) if name == "password"]
    except ValueError:  # not a URL at all: hide all of it
        return [url]
    found += [unquote(secret) for secret in found]
    # Longest first, so a password containing another is masked whole.
    return sorted({secret for secret in found if secret}, key=len, reverse=True)


def mask(text: str, secrets: list[str]) -> str:
    for secret in secrets:
        text = text.replace(secret, "***")
    return text


def _redis_url(args: argparse.Namespace, err: TextIO) -> str | None:
    url: str | None = args.redis_url
    on_argv = url is not None
    if url is None and not args.in_memory:  # the in-memory Stripe has no budget to share
        url = os.environ.get(REDIS_URL_VARIABLE) or None
    if url is None:
        return None
    secrets = redis_secrets(url)
    if args.in_memory:
        raise UsageError("--redis-url and --in-memory exclude each other")
    if on_argv and secrets:
        print(
            f"stripe-invoicing send-invoices: warning: --redis-url carries a password, which ps "
            f"and shell history show; prefer {REDIS_URL_VARIABLE}",
            file=err,
        )
    try:
        import redis  # noqa: F401  (the optional extra)
    except ImportError:
        raise UsageError(
            "--redis-url needs the extra 'redis': pip install 'stripe-invoicing-client[redis]'"
        ) from None
    if not url.startswith(("redis://", "rediss://", "unix://")):
        raise UsageError(
            f"--redis-url must start with redis://, rediss:// or unix:// "
            f"(got {mask(url, secrets)!r})"
        )
    return url


def _check(args: argparse.Namespace) -> None:
    """The first thing wrong with the command line, as a `UsageError`. A scope missing, or
    said two ways, comes first, whatever else is wrong: without one nothing can run."""
    scoped = args.query is not None or args.customer is not None
    if args.every_draft and scoped:
        raise UsageError(
            "--all excludes --query and --customer (it means every draft in the account)"
        )
    if not args.every_draft and not scoped:
        raise UsageError(
            "no scope: give --query, --customer (or both), or --all for every draft in the "
            "account; nothing was sent"
        )
    if args.shard is not None:
        try:
            args.shard = parse_shard(args.shard)
        except InvalidParameterError as error:
            raise UsageError(f"--shard {args.shard!r}: {error.reason}") from None
    try:  # before anything runs: the in-memory Stripe is seeded before the run checks it
        Scope(args.query, args.customer)
    except InvalidParameterError as error:
        raise UsageError(f"--{error.param}: {error.reason}") from None
    if args.concurrency < 1:
        raise UsageError("--concurrency must be at least 1")
    if args.demo_drafts < 0:
        raise UsageError("--demo-drafts must be at least 0")
    if args.base_url is not None:
        if args.in_memory:
            raise UsageError("--base-url and --in-memory exclude each other")
        try:
            check_base_url(args.base_url)
        except InvalidParameterError as error:
            raise UsageError(f"--base-url: {error.reason}") from None


def _redis_unreachable(url: str) -> str | None:
    """Why Redis can't be used (masked), or None: a wrong URL or password is said before
    the run, not found out as a run paced alone (the budget fails open)."""
    import redis

    try:
        client = redis.Redis.from_url(url, socket_timeout=2.0, socket_connect_timeout=2.0)
    except ValueError as error:
        return mask(str(error), redis_secrets(url))
    try:
        client.ping()
    except redis.RedisError as error:
        return mask(f"{type(error).__name__}: {error}", redis_secrets(url))
    finally:
        client.close()
    return None


async def _run(
    args: argparse.Namespace,
    key: str | None,
    progress: ProgressLine,
    err: TextIO,
    record: RunRecord,
    redis_url: str | None = None,
) -> SendSummary:
    from ._async_client import AsyncStripeInvoicing

    if key is not None:
        options: dict[str, Any] = {} if args.base_url is None else {"base_url": args.base_url}
        if redis_url is None:  # paced at test-mode limits (against api.stripe.com)
            async with AsyncStripeInvoicing(key, **options) as client:
                return await _send(client, args, progress, record)
        from ._rate_limit import RateLimit
        from .redis import RedisBudget

        budget = RedisBudget(redis_url)
        try:  # test-mode limits, one budget for every process naming this Redis
            options["rate_limit"] = RateLimit(shared=budget)
            async with AsyncStripeInvoicing(key, **options) as client:
                return await _send(client, args, progress, record)
        finally:
            budget.close()
    from .testing import FakeStripe

    fake = FakeStripe()
    async with AsyncStripeInvoicing(
        IN_MEMORY_KEY, http_client=fake.async_http_client(IN_MEMORY_KEY)
    ) as client:
        print(f"seeding {args.demo_drafts} demo drafts in the in-memory Stripe...", file=err)
        err.flush()
        customer = await client.customers.create(email="bulk@example.com", name="Bulk demo")
        for number in range(args.demo_drafts):
            await client.invoice_items.create(
                customer=customer.id, amount=1000 + number, currency="usd"
            )
            await client.invoices.create(
                customer=customer.id,
                collection_method="send_invoice",
                days_until_due=30,
                pending_invoice_items_behavior="include",
                metadata={"batch": "demo"},
            )
        return await _send(client, args, progress, record)


async def _send(
    client: Any, args: argparse.Namespace, progress: ProgressLine, record: RunRecord
) -> SendSummary:
    return await send_recorded(
        record,
        client,
        query=args.query,
        customer=args.customer,
        concurrency=args.concurrency,
        dry_run=args.dry_run,
        resend_uncertain=args.resend_uncertain,
        progress=progress,
        shard=args.shard,
    )


class _RunLog(logging.Handler):
    """The bulk sender's log lines (INFO and up) on stderr, below the progress line; and
    whether the run is waiting to read again drafts whose marker key was taken."""

    def __init__(self, progress: ProgressLine) -> None:
        super().__init__(logging.INFO)
        self.progress = progress
        self.waiting_for = 0  # drafts

    def emit(self, record: logging.LogRecord) -> None:
        waiting = getattr(record, TAKEN_WAIT_DRAFTS, None)
        if isinstance(waiting, int):
            self.waiting_for = waiting
        self.progress.note(redact(record.getMessage()))


@contextlib.contextmanager
def _showing(shown: _RunLog) -> Iterator[None]:
    logger = logging.getLogger(BULK_LOGGER)
    level = logger.level
    logger.addHandler(shown)
    logger.setLevel(logging.INFO)
    try:
        yield
    finally:
        logger.removeHandler(shown)
        logger.setLevel(level)


def run(
    args: argparse.Namespace,
    out: TextIO | None = None,
    err: TextIO | None = None,
    stdin: TextIO | None = None,
) -> int:
    out = out if out is not None else sys.stdout
    err = err if err is not None else sys.stderr

    def cannot_start(exit_code: int, kind: ErrorKind, message: str) -> int:
        print(f"{NAME}: {message}", file=err)
        if args.json:
            print_document(not_started(exit_code, kind, message), out)
        return exit_code

    try:
        _check(args)
        redis_url = _redis_url(args, err)
        key = None if args.in_memory else api_key(args, stdin if stdin is not None else sys.stdin)
        why = None if redis_url is None else _redis_unreachable(redis_url)
    except UsageError as error:
        return cannot_start(EXIT_USAGE, error.kind, redact(str(error)))
    except KeyboardInterrupt:  # at the key's prompt, say: told, then Python's exit as before
        if args.json:
            note = "interrupted before the run began: nothing was sent"
            print_document(not_started(EXIT_INTERRUPTED, "interrupted", note), out)
        raise
    if redis_url is not None:
        where = mask(redis_url, redis_secrets(redis_url))
        if why is not None:
            return cannot_start(EXIT_FAILED, "redis", f"cannot use Redis at {where}: {redact(why)}")
        print(f"{NAME}: pacing through the rate budget shared in Redis at {where}", file=err)
    elif args.shard is not None and not args.in_memory:
        print(
            f"{NAME}: note: without --redis-url each shard paces alone at the account's "
            "limit; give every shard the same Redis to share it",
            file=err,
        )
    if args.in_memory:
        ignored = " (STRIPE_API_KEY is ignored)" if os.environ.get("STRIPE_API_KEY") else ""
        print(f"{NAME}: running against an in-memory Stripe, not your account{ignored}", file=err)
    return _send_and_report(args, key, redis_url, out, err)


def _send_and_report(
    args: argparse.Namespace, key: str | None, redis_url: str | None, out: TextIO, err: TextIO
) -> int:
    """The run, then its summary (a table, or JSON); stopped part-way, how far it got on
    stderr and, with --json, what it had decided so far, so no sent invoice goes untold."""
    record = RunRecord()
    progress = ProgressLine(err)
    shown = _RunLog(progress)

    def stopped_with(exit_code: int, kind: ErrorKind, message: str) -> int:
        if args.json:
            print_document(stopped(record.summary(args.dry_run), exit_code, kind, message), out)
        return exit_code

    try:
        with _showing(shown):
            summary = asyncio.run(_run(args, key, progress, err, record, redis_url))
    except KeyboardInterrupt:
        progress.end()
        note = interruption_note(progress, args.in_memory, args.concurrency, shown.waiting_for)
        print(f"{NAME}: {note}", file=err)
        return stopped_with(EXIT_INTERRUPTED, "interrupted", note)
    except InvalidParameterError as error:
        progress.end()
        message = redact(str(error))
        print(f"{NAME}: {message}", file=err)
        return stopped_with(EXIT_USAGE, "usage", message)
    except StripeError as error:
        progress.end()
        message = redact(str(error))
        print(f"{NAME} failed: {message}", file=err)
        if getattr(error, "param", None) == "query" and args.query is not None:
            # Stripe's message counts positions in what was sent, not in --query alone.
            sent = "; ".join(search_queries(Scope(args.query, args.customer)))
            print(f"{NAME}: --query was searched as: {redact(sent)}", file=err)
        return stopped_with(EXIT_FAILED, "stripe", message)
    except Exception as error:
        if args.json:  # raised on, its traceback on stderr; what was sent is told first
            progress.end()
            stopped_with(EXIT_FAILED, "crash", f"{type(error).__name__}: {redact(str(error))}")
        raise
    progress.end()
    if args.json:
        print_document(ended(summary), out)
    else:
        print(summary.table(), file=out)
    return summary.exit_code()


__all__ = ["EXIT_CODES", "EXIT_INTERRUPTED", "add_parser", "run"]
