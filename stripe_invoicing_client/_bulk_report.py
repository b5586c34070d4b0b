"""What `stripe-invoicing send-invoices` says when a run does not end as planned: on stderr, how
far it got; with --json, one JSON document on stdout whatever happened, so that a script
never loses the record of what was sent.

    ended        the summary (`SendSummary.to_json()`), "interrupted": false, "error": null
    stopped      the run began and was cut short (Ctrl-C, or an error): the summary of what
                 it had decided, each invoice begun and not settled listed "uncertain";
                 "interrupted": true, "error", and the command's exit status as "exit_code"
    not started  only "exit_code", "error" and "interrupted" (true for a Ctrl-C): nothing
                 was sent

"error" is {"kind": one of `ErrorKind`, "message": what stderr says}.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any, Literal, TextIO

from ._bulk_progress import ProgressLine
from ._bulk_summary import SendSummary

# usage: a bad command line (exit 2); api_key: no usable test key (exit 2); redis: Redis out
# of reach (exit 1); stripe: Stripe's error stopped the run (exit 1); interrupted: Ctrl-C
# (130); crash: an unexpected error, its traceback on stderr (exit 1).
ErrorKind = Literal["usage", "api_key", "redis", "stripe", "interrupted", "crash"]
COMMAND = "send-invoices"


def _error(kind: ErrorKind, message: str) -> dict[str, str]:
    return {"kind": kind, "message": message}


def ended(summary: SendSummary) -> dict[str, Any]:
    return summary.to_json() | {"interrupted": False, "error": None}


def stopped(summary: SendSummary, exit_code: int, kind: ErrorKind, message: str) -> dict[str, Any]:
    """`summary` being what the run had decided when it stopped."""
    return summary.to_json() | {
        "exit_code": exit_code,
        "interrupted": True,
        "error": _error(kind, message),
    }


def not_started(exit_code: int, kind: ErrorKind, message: str) -> dict[str, Any]:
    interrupted = kind == "interrupted"  # a Ctrl-C at the key's prompt, say
    return {"exit_code": exit_code, "interrupted": interrupted, "error": _error(kind, message)}


def print_document(document: dict[str, Any], out: TextIO) -> None:
    print(json.dumps(document, indent=2), file=out)
    out.flush()


def asks_for_json(argv: Sequence[str]) -> bool:
    """Whether a command line argparse refused is send-invoices' with --json (or a prefix
    of it, which argparse takes for it)."""
    if COMMAND not in argv:
        return False
    words = list(argv[list(argv).index(COMMAND) + 1 :])
    if "--" in words:  # what follows is not options
        words = words[: words.index("--")]
    return any(len(word) > 2 and "--json".startswith(word) for word in words)


def interruption_note(
    progress: ProgressLine, in_memory: bool, concurrency: int, waiting_for: int = 0
) -> str:
    """What a Ctrl-C stopped: how far the run got, and what the operator does next."""
    if progress.total is None:
        done = "before any invoice was done"
    else:
        done = f"with {progress.done} of {progress.total} invoices done"
        under_way = min(concurrency, progress.total - progress.done)
        if under_way and not waiting_for and not in_memory:
            # Cut off after their send reached Stripe, perhaps: the Dashboard may show them
            # emailed. Left "pending", so the rerun asks Stripe's record before anything.
            done += (
                f"; up to {under_way} more were under way and may have been emailed (the "
                "rerun settles them from Stripe's record)"
            )
    if waiting_for:
        drafts = "1 draft" if waiting_for == 1 else f"{waiting_for} drafts"
        done = f"while waiting to read again {drafts} (not sent) whose marker key was taken, {done}"
    if in_memory:  # the in-memory Stripe ends with the process: there is nothing to resume
        return f"interrupted {done}; the in-memory run kept nothing"
    return f"interrupted {done}; rerun to resume: nothing is emailed twice"


__all__ = [
    "ErrorKind",
    "asks_for_json",
    "ended",
    "interruption_note",
    "not_started",
    "print_document",
    "stopped",
]
