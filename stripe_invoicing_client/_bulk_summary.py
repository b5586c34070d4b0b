"""What a `send_invoices` run did, invoice by invoice, as a table or as JSON."""

from __future__ import annotations

import datetime
from collections import Counter
from typing import Any, Literal

import attrs

from ._bulk_plan import left_to_stripe, settled_by_rerun

Result = Literal["sent", "already sent", "skipped", "uncertain", "failed", "would send"]
RESULTS: tuple[Result, ...] = (
    "would send",
    "sent",
    "already sent",
    "skipped",
    "uncertain",
    "failed",
)
EXIT_OK = 0  # every invoice sent, already sent or skipped
EXIT_FAILED = 1  # some failed (Stripe refused, or its record shows no email yet)
EXIT_USAGE = 2
EXIT_UNCERTAIN = 3  # some uncertain: a person decides (--resend-uncertain)
FIRST_IDS = 5
# What to do with the uncertain invoices, by why Stripe's record could not settle them.
RERUN_SETTLES = "rerun as it is first: it reads Stripe's record again to settle these"
CHECK_THEN_RESEND = "check these by hand; to send them anyway, rerun with --resend-uncertain"
TURN_AUTO_ADVANCE_OFF = (
    "Stripe may email these itself (auto_advance is on); to send them here instead, turn "
    "auto_advance off, then rerun (--resend-uncertain does not send them)"
)
_ZERO_DECIMAL = frozenset(
    [
        "bif",
        "clp",
        "djf",
        "gnf",
        "jpy",
        "kmf",
        "krw",
        "mga",
        "pyg",
        "rwf",
        "ugx",
        "vnd",
        "vuv",
        "xaf",
        "xof",
        "xpf",
    ]
)
_THREE_DECIMAL = frozenset(["bhd", "jod", "kwd", "omr", "tnd"])


@attrs.frozen
class InvoiceFacts:
    """What a person checks before an invoice is emailed."""

    customer: str | None = None
    email: str | None = None
    amount_due: int | None = None
    currency: str | None = None
    due_date: int | None = None
    days_until_due: int | None = None

    @classmethod
    def of(cls, invoice: dict[str, Any]) -> InvoiceFacts:
        return cls(
            invoice.get("customer"),
            invoice.get("customer_email"),
            invoice.get("amount_due"),
            invoice.get("currency"),
            invoice.get("due_date"),
            invoice.get("days_until_due"),
        )

    def amount(self) -> str:
        if self.amount_due is None or self.currency is None:
            return "-"
        currency = self.currency.lower()
        places = 0 if currency in _ZERO_DECIMAL else 3 if currency in _THREE_DECIMAL else 2
        return f"{self.amount_due / 10**places:.{places}f} {currency.upper()}"

    def due(self) -> str:
        if self.due_date is not None:
            return datetime.datetime.fromtimestamp(self.due_date, datetime.timezone.utc).strftime(
                "%Y-%m-%d"
            )
        if self.days_until_due is not None:
            return f"{self.days_until_due} days after finalizing"
        return "-"


@attrs.frozen
class InvoiceOutcome:
    invoice_id: str
    result: Result
    reason: str | None = None
    facts: InvoiceFacts = InvoiceFacts()


@attrs.frozen
class FailureGroup:
    reason: str
    count: int
    first_ids: tuple[str, ...]


@attrs.frozen
class SendSummary:
    """What `send_invoices` did, invoice by invoice."""

    outcomes: tuple[InvoiceOutcome, ...]
    dry_run: bool = False

    def count(self, result: Result) -> int:
        return sum(1 for outcome in self.outcomes if outcome.result == result)

    def of(self, result: Result) -> tuple[InvoiceOutcome, ...]:
        return tuple(o for o in self.outcomes if o.result == result)

    @property
    def failed(self) -> tuple[InvoiceOutcome, ...]:
        return self.of("failed")

    def skipped_by_reason(self) -> dict[str, int]:
        counted = Counter(o.reason or "" for o in self.of("skipped"))
        return dict(sorted(counted.items(), key=lambda item: (-item[1], item[0])))

    def failure_groups(self) -> list[FailureGroup]:
        """Failures by reason, the most frequent first, with the first few invoice ids."""
        groups: dict[str, list[str]] = {}
        for outcome in self.failed:
            groups.setdefault(outcome.reason or "", []).append(outcome.invoice_id)
        ordered = sorted(groups.items(), key=lambda item: (-len(item[1]), item[0]))
        return [FailureGroup(r, len(ids), tuple(ids[:FIRST_IDS])) for r, ids in ordered]

    def exit_code(self) -> int:
        if self.count("uncertain"):
            return EXIT_UNCERTAIN
        return EXIT_FAILED if self.count("failed") else EXIT_OK

    def table(self) -> str:
        shown: list[Result] = (
            ["would send", "already sent", "skipped", "uncertain"]
            if self.dry_run
            else ["sent", "already sent", "skipped", "uncertain", "failed"]
        )
        lines: list[str] = []
        for result in shown:
            label = "would send (dry run)" if result == "would send" else result
            lines.append(f"{label:<22}{self.count(result):>8}")
            lines.extend(self._details(result))
        return "\n".join(lines)

    def _details(self, result: Result) -> list[str]:
        if result == "would send":
            # A reason is a doubt sent anyway (resend_uncertain): it may have gone out before.
            return [
                f"  {o.invoice_id}  {o.facts.customer or '-'}  {o.facts.email or '-'}  "
                f"{o.facts.amount()}  due {o.facts.due()}"
                f"{f'  (uncertain, sent anyway: {o.reason})' if o.reason else ''}"
                for o in self.of(result)
            ]
        if result == "skipped":
            skipped = self.skipped_by_reason().items()
            return [f"  {count:>6}  {reason}" for reason, count in skipped]
        if result == "failed":
            return [
                f"  {g.count:>6}  {g.reason}  ({', '.join(g.first_ids)}"
                f"{', ...' if g.count > len(g.first_ids) else ''})"
                for g in self.failure_groups()
            ]
        if result == "uncertain":
            lines = []
            for advice in (RERUN_SETTLES, TURN_AUTO_ADVANCE_OFF, CHECK_THEN_RESEND):
                group = [o for o in self.of(result) if _advice(o.reason) == advice]
                if group:
                    lines.append(f"  {advice}")
                    lines.extend(f"    {o.invoice_id}: {o.reason}" for o in group)
            return lines
        return []

    def to_json(self) -> dict[str, Any]:
        return {
            "dry_run": self.dry_run,
            "exit_code": self.exit_code(),
            "counts": {result: self.count(result) for result in RESULTS},
            "skipped": self.skipped_by_reason(),
            "failures": [attrs.asdict(group) for group in self.failure_groups()],
            "invoices": [
                {"id": o.invoice_id, "result": o.result, "reason": o.reason} | attrs.asdict(o.facts)
                for o in self.outcomes
            ],
        }


def _advice(reason: str | None) -> str:
    """What to do with an "uncertain" invoice, by why Stripe's record could not settle it."""
    if settled_by_rerun(reason):
        return RERUN_SETTLES
    return TURN_AUTO_ADVANCE_OFF if left_to_stripe(reason) else CHECK_THEN_RESEND


@attrs.define
class RunRecord:
    """A run's outcomes as it decides them, and what it would say of the invoices it has
    begun and not settled: a run stopped part-way (Ctrl-C, an error) still tells which
    invoices it sent (the command's --json)."""

    decided: list[InvoiceOutcome] = attrs.field(factory=list)
    unsettled: dict[str, InvoiceOutcome] = attrs.field(factory=dict)  # by invoice id

    def decide(self, outcome: InvoiceOutcome) -> None:
        self.unsettled.pop(outcome.invoice_id, None)
        self.decided.append(outcome)

    def hold(self, if_stopped: InvoiceOutcome) -> None:
        """An invoice begun and not settled, and what to report if the run stops now."""
        self.unsettled[if_stopped.invoice_id] = if_stopped

    def summary(self, dry_run: bool = False) -> SendSummary:
        """What the run decided, followed, for a run stopped part-way, by what it had begun."""
        return SendSummary((*self.decided, *self.unsettled.values()), dry_run)


__all__ = [
    "CHECK_THEN_RESEND",
    "EXIT_FAILED",
    "EXIT_OK",
    "EXIT_UNCERTAIN",
    "EXIT_USAGE",
    "RERUN_SETTLES",
    "TURN_AUTO_ADVANCE_OFF",
    "FailureGroup",
    "InvoiceFacts",
    "InvoiceOutcome",
    "Result",
    "RunRecord",
    "SendSummary",
]
