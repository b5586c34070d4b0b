"""Finalize and email many draft invoices: each exactly once, across crashes and reruns.

Per invoice, each write carrying an idempotency key made of the invoice id, the step and
the attempt generation (`_bulk_plan` says how the generation moves and why):

    mark     metadata: "pending", the attempt and its time
    finalize (a draft)
    send     (the email)
    done     metadata: "sent"

A run finds the drafts in scope and the invoices an earlier run left "pending". Before
emailing one of the latter it reads Stripe's `invoice.sent` events: an email already sent is
never sent again, whatever became of the idempotency keys; one not shown is sent again under
the earlier attempt's key, so that a send still on its way (another run's) is not doubled.
A draft another run marked "pending" less than 23 hours ago is carried on under that run's
attempt and keys, for the same reason, and read again after its mark, whose answer may be
that run's, replayed.
A send whose outcome stays unknown in this run (answer lost or 5xx after the retries) is
looked up the same way at the end, where the drafts whose marker key was taken by a mark
that never applied are read again after a wait, and moved on to the next attempt. The run
is here, one invoice's writes in `_bulk_attempt` and the reads in `_bulk_reads`; every
decision is a plain function in `_bulk_plan` (or, for what is in scope, `_bulk_scope`).
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable, Iterable
from typing import TYPE_CHECKING

from ._bulk_attempt import Attempt, mark_sent, send_one
from ._bulk_failures import mark_never_applied
from ._bulk_plan import (
    MARKER,
    TAKEN_WAIT,
    UNCERTAIN_NO_RECORD,
    Plan,
    next_attempt,
    not_emailed,
    plan_for,
    settle,
    unsettled_when_stopped,
)
from ._bulk_reads import find_candidates, read_now, read_sent_record
from ._bulk_scope import Scope
from ._bulk_summary import InvoiceFacts, InvoiceOutcome, Result, RunRecord, SendSummary
from .errors import InvalidParameterError

if TYPE_CHECKING:
    from ._async_client import AsyncStripeInvoicing

Progress = Callable[[int, int], None]  # (invoices done, invoices to send)
Sleep = Callable[[float], Awaitable[None]]
BULK_LOGGER = "stripe_invoicing_client.bulk"
log = logging.getLogger(BULK_LOGGER)
# On the wait's log records: how many drafts it is for (0 once it is over).
TAKEN_WAIT_DRAFTS = "taken_wait_drafts"
TAKEN_WAIT_NOTE = (
    "waiting %d s, then reading again %s (not sent) whose marker key was taken by a mark "
    "that may never have applied; stopping now is safe: a rerun settles %s"
)


class _Done:
    """How many invoices to send the run is done with, told to `progress` one by one. One
    that may go out again in a later round (`Attempt.may_go_again`) is done once that round
    has settled it: the count reaches the total only when nothing is left to send."""

    def __init__(self, total: int, progress: Progress | None) -> None:
        self.total = total
        self.count = 0
        self.progress = progress

    def add(self) -> None:
        self.count += 1
        if self.progress is not None:
            self.progress(self.count, self.total)


async def _async_sleep(seconds: float) -> None:
    # The run's one wait (`TAKEN_WAIT`): tests replace this, not asyncio.sleep for everyone.
    await asyncio.sleep(seconds)


def _outcome(plan: Plan, result: Result, reason: str | None = None) -> InvoiceOutcome:
    return InvoiceOutcome(plan.invoice_id, result, reason, InvoiceFacts.of(plan.invoice))


async def _never_began(
    client: AsyncStripeInvoicing, attempts: list[Attempt], sleep: Sleep
) -> set[str]:
    """The invoices of `attempts` (their marker keys found taken) whose taken mark never
    applied, read now and again `TAKEN_WAIT` later (`mark_never_applied`); the wait only
    when a first read shows some."""
    maybe = [
        a for a in attempts if mark_never_applied(a.plan, await read_now(client, a.plan.invoice_id))
    ]
    if not maybe:
        return set()
    # Said before it begins: a run sitting still this long after its last invoice looks hung.
    log.info(
        TAKEN_WAIT_NOTE,
        TAKEN_WAIT,
        "1 draft" if len(maybe) == 1 else f"{len(maybe)} drafts",
        "it" if len(maybe) == 1 else "them",
        extra={TAKEN_WAIT_DRAFTS: len(maybe)},
    )
    await sleep(TAKEN_WAIT)  # a mark still at work when the key was refused has landed
    never_began = {
        a.plan.invoice_id
        for a in maybe
        if mark_never_applied(a.plan, await read_now(client, a.plan.invoice_id))
    }
    log.info(
        "read again after the wait: %d of %d still unmarked, sent now as a new attempt (any "
        "other was marked meanwhile by the run whose mark took the key, and is left to it)",
        len(never_began),
        len(maybe),
        extra={TAKEN_WAIT_DRAFTS: 0},
    )
    return never_began


async def _settle_unknown(
    client: AsyncStripeInvoicing,
    attempts: list[Attempt],
    now: float,
    sleep: Sleep,
    record: RunRecord,
) -> list[Plan]:
    """Sends whose outcome stayed unknown in this run, settled by Stripe's record into
    `record`; and the next attempts to send: of those whose saved failure the record shows
    emailed nothing, and of those whose marker key a mark that never applied had taken. One
    the record shows not emailed whose latest copy has auto_advance on is "uncertain": Stripe
    may email it itself (`not_emailed`)."""
    never_began = await _never_began(client, [a for a in attempts if a.taken], sleep)
    # Still drafts, so never emailed, whatever the record says.
    again = [next_attempt(a.plan) for a in attempts if a.plan.invoice_id in never_began]
    attempts = [a for a in attempts if a.plan.invoice_id not in never_began]
    if not attempts:
        return again
    sent = await read_sent_record(client, [a.invoice or a.plan.invoice for a in attempts])
    for attempt in attempts:
        plan = attempt.plan
        if sent is None:
            reason = f"{attempt.reason}; then {UNCERTAIN_NO_RECORD}"
            record.decide(_outcome(plan, "uncertain", reason))
        elif plan.invoice_id in sent:
            record.decide(_outcome(plan, attempt.if_sent))
            await mark_sent(client, plan, now)
        elif doubt := not_emailed(attempt.reason, attempt.invoice or plan.invoice):
            record.decide(_outcome(plan, "uncertain", doubt))  # Stripe may email it itself
        elif attempt.then is not None:
            again.append(attempt.then)
        else:
            record.decide(_outcome(plan, "failed", attempt.if_not_sent or attempt.reason))
    return again


async def _run(
    client: AsyncStripeInvoicing,
    scope: Scope,
    *,
    concurrency: int,
    dry_run: bool,
    resend_uncertain: bool,
    progress: Progress | None,
    clock: Callable[[], float],
    sleep: Sleep = asyncio.sleep,
    record: RunRecord | None = None,
) -> SendSummary:
    """The run; each outcome goes to `record` as soon as it is decided (a sent invoice's
    before its "sent" mark, which is best effort), so a run stopped part-way has told it."""
    record = RunRecord() if record is None else record
    found = await find_candidates(client, scope)
    started = clock()
    plans = [plan for plan in (plan_for(invoice, started) for invoice in found) if plan]
    checks = [plan for plan in plans if plan.action == "check"]
    if checks:
        sent = await read_sent_record(client, [plan.invoice for plan in checks])
        now = clock()
        settled = {p.invoice_id: settle(p, sent, now, resend_uncertain) for p in checks}
        plans = [settled.get(plan.invoice_id, plan) for plan in plans]
    for plan in plans:
        if plan.action in ("skip", "uncertain"):
            result: Result = "skipped" if plan.action == "skip" else "uncertain"
            record.decide(_outcome(plan, result, plan.reason))
    to_send = [plan for plan in plans if plan.action in ("send", "resend")]
    already = [plan for plan in plans if plan.action == "already sent"]
    if dry_run:
        for plan in to_send:
            record.decide(_outcome(plan, "would send", plan.reason))
        for plan in already:
            record.decide(_outcome(plan, "already sent"))
        return record.summary(dry_run=True)
    for plan in already:
        record.decide(_outcome(plan, "already sent"))
        await mark_sent(client, plan, clock())
    done = _Done(len(to_send), progress)
    attempts = await _send_all(client, to_send, concurrency, done, clock, record)
    while attempts:
        unknown = [a for a in attempts if a.result is None]
        again = await _settle_unknown(client, unknown, clock(), sleep, record)
        going = {plan.invoice_id for plan in again}
        for attempt in attempts:
            if attempt.may_go_again and attempt.plan.invoice_id not in going:
                done.add()  # settled by the wait or the record: nothing more to send
        # The next attempts never carry a `then`, and meet a taken marker key only when a
        # mark of theirs failed without applying too: each round past the second needs
        # another failure Stripe saved.
        attempts = await _send_all(client, again, concurrency, done, clock, record)
    return record.summary()


async def _send_all(
    client: AsyncStripeInvoicing,
    plans: Iterable[Plan],
    concurrency: int,
    done: _Done,
    clock: Callable[[], float],
    record: RunRecord,
) -> list[Attempt]:
    places = asyncio.Semaphore(concurrency)
    attempts: list[Attempt] = []

    async def one(plan: Plan) -> None:
        async with places:
            record.hold(_outcome(plan, "uncertain", unsettled_when_stopped(None)))
            now = clock()
            attempt = await send_one(client, plan, now)
            if attempt.result is None:  # left to Stripe's record, read at the end
                reason = unsettled_when_stopped(attempt.reason)
                record.hold(_outcome(attempt.plan, "uncertain", reason))
            else:
                record.decide(_outcome(attempt.plan, attempt.result, attempt.reason))
            if attempt.result == "sent":
                await mark_sent(client, attempt.plan, now)
            attempts.append(attempt)
        if not attempt.may_go_again:
            done.add()

    tasks = [asyncio.ensure_future(one(plan)) for plan in plans]
    try:
        await asyncio.gather(*tasks)
    except BaseException:
        # Nothing goes on sending, unreported, once the run has raised: a caller rerunning at
        # once would race it. Cut short, a send is left "pending" for the rerun to check.
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        raise
    return attempts


async def send_invoices(
    client: AsyncStripeInvoicing,
    *,
    query: str | None = None,
    customer: str | None = None,
    concurrency: int = 10,
    dry_run: bool = False,
    resend_uncertain: bool = False,
    progress: Progress | None = None,
    shard: tuple[int, int] | None = None,
) -> SendSummary:
    """Finalizes and emails every draft invoice in scope, each exactly once across reruns.

    The scope is a search `query` (Stripe's search language, e.g.
    `"metadata['batch']:'2026-11'"`), a `customer`, both (both must hold), or neither: no
    query and no customer is every draft in the account (the command asks for `--all`).
    Only drafts with `collection_method="send_invoice"` and `auto_advance` off are sent;
    others are reported skipped and never finalized (auto_advance on: Stripe finalizes and
    emails it itself). At most `concurrency` invoices are in progress at once; the client's
    rate limit paces the calls. A failed invoice is reported and the others go on. An
    invoice whose email may already have gone out is sent only when Stripe's events show it
    was not; when they can't tell, it is reported "uncertain" and left alone unless
    `resend_uncertain` (never while its auto_advance is on: Stripe may email it itself).
    `dry_run` reads (events included) and writes nothing.

    `shard=(K, N)` keeps the invoices of shard K of N (0 <= K < N, by a digest of the
    invoice id): N processes, one per shard, share the run, each invoice in exactly one of
    them; a rerun of a shard resumes it. Give their clients one `RedisBudget` so that
    together they keep to the account's rate limit."""
    return await send_recorded(
        RunRecord(),
        client,
        query=query,
        customer=customer,
        concurrency=concurrency,
        dry_run=dry_run,
        resend_uncertain=resend_uncertain,
        progress=progress,
        shard=shard,
    )


async def send_recorded(
    record: RunRecord,
    client: AsyncStripeInvoicing,
    *,
    query: str | None = None,
    customer: str | None = None,
    concurrency: int = 10,
    dry_run: bool = False,
    resend_uncertain: bool = False,
    progress: Progress | None = None,
    shard: tuple[int, int] | None = None,
) -> SendSummary:
    """`send_invoices`, each outcome written to `record` as soon as it is decided: a run
    stopped part-way (Ctrl-C, an error) has still told which invoices it sent."""
    if isinstance(concurrency, bool) or not isinstance(concurrency, int) or concurrency < 1:
        raise InvalidParameterError("concurrency", "must be an int >= 1")
    for name, flag in (("dry_run", dry_run), ("resend_uncertain", resend_uncertain)):
        if not isinstance(flag, bool):  # "false" from a config file is not taken as true
            raise InvalidParameterError(name, "must be True or False")
    if progress is not None and not callable(progress):
        raise InvalidParameterError("progress", "must be a function (done, total) or None")
    return await _run(
        client,
        Scope(query, customer, shard),
        concurrency=concurrency,
        dry_run=dry_run,
        resend_uncertain=resend_uncertain,
        progress=progress,
        clock=time.time,
        sleep=_async_sleep,
        record=record,
    )


__all__ = [
    "BULK_LOGGER",
    "MARKER",
    "TAKEN_WAIT_DRAFTS",
    "InvoiceOutcome",
    "Progress",
    "SendSummary",
    "send_invoices",
    "send_recorded",
]
