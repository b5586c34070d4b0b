"""`stripe-invoicing`: the package's command line."""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
from typing import NoReturn

from . import _bulk_cli
from ._bulk_report import asks_for_json, not_started, print_document
from ._bulk_summary import EXIT_USAGE
from ._cli_keys import KEY_IN_ARGV, KeyFileError, read_key_file
from ._demo import LIVE_PREFIXES, TEST_PREFIXES, run_demo
from ._demo_recurring import ClockNotReadyError
from ._options import resolve_api_key
from ._redact import redact
from ._version import __version__
from .errors import InvalidParameterError, StripeError

# What a shell reports for a process ended by SIGPIPE (128 + 13): `demo | head` stopped early.
EXIT_BROKEN_PIPE = 141


class _UsageError(Exception):
    """A bad command line: reported in one line, exit status 2."""


class _UsageExit(SystemExit):
    """argparse's exit on a bad command line (status 2), with what it said (masked)."""

    def __init__(self, message: str) -> None:
        super().__init__(EXIT_USAGE)
        self.message = message


class _Parser(argparse.ArgumentParser):
    """argparse's parser, whose errors quote what could not be placed (a key pasted there,
    say) masked: stderr goes to logs that never saw `ps`. Subcommands' parsers are its kind."""

    def error(self, message: str) -> NoReturn:
        message = redact(message)
        try:
            super().error(message)
        except SystemExit:
            raise _UsageExit(message) from None


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="stripe-invoicing")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", required=True)
    demo = commands.add_parser(
        "demo",
        help="run Stripe's invoicing flows end to end",
        description="Create customers, invoice items and invoices, then finalize, send, pay, "
        "void and mark them uncollectible, list and search them. Runs in memory (no network) "
        "unless a test key is read from --api-key-file, or --use-env-key says to take the one "
        "in STRIPE_API_KEY; then it uses your account's test mode.",
    )
    source = demo.add_mutually_exclusive_group()
    source.add_argument(
        "--api-key-file",
        metavar="PATH",
        help="read a Stripe test key (sk_test_... or rk_test_...) from PATH ('-': stdin)",
    )
    source.add_argument(
        "--use-env-key",
        action="store_true",
        help="use the test key in STRIPE_API_KEY (without this flag it is ignored)",
    )
    # Refused with an explanation: a key on the command line shows in `ps` and shell history.
    source.add_argument("--api-key", help=argparse.SUPPRESS)
    demo.add_argument("--async", dest="use_async", action="store_true", help="use the async client")
    _bulk_cli.add_parser(commands)
    return parser


def _demo_key(args: argparse.Namespace) -> str | None:
    """The test key to run with, None for the in-memory backend; _UsageError if unusable."""
    if args.api_key is not None:
        raise _UsageError(
            f"{KEY_IN_ARGV}; use --api-key-file PATH ('-': standard input) or --use-env-key"
        )
    if args.api_key_file is not None:
        try:
            key, source = read_key_file(args.api_key_file, sys.stdin)
        except KeyFileError as error:
            raise _UsageError(str(error)) from None
    elif args.use_env_key:
        key, source = os.environ.get("STRIPE_API_KEY", ""), "STRIPE_API_KEY"
    else:
        return None
    if not key.strip():
        raise _UsageError(f"{source} is empty; give a test key (sk_test_...)")
    try:
        key = resolve_api_key(key)
    except InvalidParameterError as error:
        raise _UsageError(f"{source} is not a usable key: {error.reason}") from None
    if key.startswith(LIVE_PREFIXES):
        raise _UsageError(
            f"refusing a live key ({source}); the demo creates and charges invoices, "
            "use a test key (sk_test_...)"
        )
    if not key.startswith(TEST_PREFIXES):
        raise _UsageError(f"{source} is not a test key (sk_test_... or rk_test_...)")
    return key


def _quiet_stdout() -> None:
    # Whatever is still buffered would fail again at exit, with a message; send it nowhere.
    fileno = getattr(sys.stdout, "fileno", None)
    try:
        target = fileno() if fileno is not None else -1
        if target >= 0:
            os.dup2(os.open(os.devnull, os.O_WRONLY), target)
    except (OSError, ValueError):
        pass  # stdout is not a file (a test's capture): nothing will be flushed at exit


def main(argv: list[str] | None = None) -> int:
    words = sys.argv[1:] if argv is None else argv
    try:
        args = _parser().parse_args(words)
    except _UsageExit as exited:
        if asks_for_json(words):  # send-invoices --json: stdout has its one document still
            print_document(not_started(EXIT_USAGE, "usage", exited.message), sys.stdout)
        raise
    if args.command == "send-invoices":
        return _bulk_cli.run(args)
    try:
        api_key = _demo_key(args)
    except _UsageError as error:
        print(f"stripe-invoicing demo: {redact(str(error))}", file=sys.stderr)
        return 2
    if api_key is None and os.environ.get("STRIPE_API_KEY"):
        print(
            "stripe-invoicing demo: STRIPE_API_KEY is set but not used; "
            "pass --use-env-key to run in its test mode",
            file=sys.stderr,
        )
    try:
        asyncio.run(run_demo(api_key, args.use_async, sys.stdout))
    except BrokenPipeError:
        _quiet_stdout()
        return EXIT_BROKEN_PIPE
    except (StripeError, ClockNotReadyError) as error:
        print(f"stripe-invoicing demo failed: {redact(str(error))}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
