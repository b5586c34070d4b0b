"""Finalize and send many draft invoices, safely rerunnable after a crash or Ctrl-C.

Each invoice goes through four writes, each with an idempotency key made of the invoice id
and the step, so a rerun replays what already happened instead of doing it twice:

    mark     metadata[stripe_invoicing_bulk_send] = "pending"   (draft)
    finalize
    send     (the email)
    done     metadata[stripe_invoicing_bulk_send] = "sent"

A rerun takes the drafts that match again, and the finalized invoices still marked "pending"
(a run stopped between finalize and done): their send is replayed by Stripe if it happened.
Invoices marked "sent" are never picked again, even after idempotency keys expire.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import TYPE_CHECKING, Literal

import attrs

from ._ids import id_of
from .errors import StripeError

if TYPE_CHECKING:
    from ._client import AsyncStripeInvoicing
    from .models import Invoice

MARKER = "stripe_invoicing_bulk_send"
Result = Literal["sent", "already sent", "failed", "would send"]


@attrs.frozen
class InvoiceOutcome:
    invoice_id: str
    result: Result
    reason: str | None = None


@attrs.frozen
class SendSummary:
    """What `send_invoices` did, invoice by invoice."""

    outcomes: tuple[InvoiceOutcome, ...]

    def count(self, result: Result) -> int:
        return sum(1 for outcome in self.outcomes if outcome.result == result)

    @property
    def failed(self) -> tuple[InvoiceOutcome, ...]:
        return tuple(o for o in self.outcomes if o.result == "failed")

    def table(self) -> str:
        rows = [
            ("sent", self.count("sent")),
            ("already sent", self.count("already sent")),
            ("would send (dry run)", self.count("would send")),
            ("failed", self.count("failed")),
        ]
        lines = [
            f"{label:<22}{number:>8}" for label, number in rows if number or label != rows[2][0]
        ]
        for outcome in self.failed:
            lines.append(f"  {outcome.invoice_id}: {outcome.reason}")
        return "\n".join(lines)


Progress = Callable[[int, int], None]  # (invoices done, invoices selected)


def _reason(error: StripeError) -> str:
    # The class and Stripe's code: messages can echo parameter values.
    code = getattr(error, "code", None) or getattr(error, "http_status", None)
    return type(error).__name__ + (f" ({code})" if code else "")


async def _select(
    client: AsyncStripeInvoicing, query: str | None, customer: str | None
) -> list[Invoice]:
    """The drafts that match, and the invoices a stopped run left marked "pending"."""
    found: dict[str, Invoice] = {}
    pending = f"metadata['{MARKER}']:'pending'"
    if query is not None:
        for search in (f"status:'draft' AND {query}", f"{pending} AND {query}"):
            async for invoice in client.invoices.search(query=search, limit=100):
                found[id_of(invoice)] = invoice
    else:
        for status in ("draft", "open", "paid"):
            lister = (
                client.invoices.list(status=status, customer=customer, limit=100)
                if customer is not None
                else client.invoices.list(status=status, limit=100)
            )
            async for invoice in lister:
                marker = (invoice.to_dict().get("metadata") or {}).get(MARKER)
                if status == "draft" or marker == "pending":
                    found[id_of(invoice)] = invoice
    return [i for i in found.values() if (i.to_dict().get("metadata") or {}).get(MARKER) != "sent"]


async def _send_one(client: AsyncStripeInvoicing, invoice: Invoice) -> InvoiceOutcome:
    invoice_id = id_of(invoice)
    try:
        if invoice.to_dict().get("status") == "draft":
            await client.invoices.update(
                invoice_id, metadata={MARKER: "pending"}, idempotency_key=f"{invoice_id}-mark"
            )
            await client.invoices.finalize(invoice_id, idempotency_key=f"{invoice_id}-finalize")
        raw = await client.with_raw_response.invoices.send(
            invoice_id, idempotency_key=f"{invoice_id}-send"
        )
        await client.invoices.update(
            invoice_id, metadata={MARKER: "sent"}, idempotency_key=f"{invoice_id}-done"
        )
    except StripeError as error:
        return InvoiceOutcome(invoice_id, "failed", _reason(error))
    return InvoiceOutcome(invoice_id, "already sent" if raw.idempotent_replayed else "sent")


async def send_invoices(
    client: AsyncStripeInvoicing,
    *,
    query: str | None = None,
    customer: str | None = None,
    concurrency: int = 10,
    dry_run: bool = False,
    progress: Progress | None = None,
) -> SendSummary:
    """Finalizes and sends every draft invoice matching `query` (Stripe's search language,
    e.g. `"metadata['batch']:'2026-11'"`) or, without one, every draft (of `customer`, when
    given). At most `concurrency` invoices are in progress at once; the client's rate limit
    paces the calls. A failed invoice is reported and the others go on. `dry_run` selects
    and reports without writing anything. Rerunning after a crash or Ctrl-C never finalizes
    or sends an invoice twice."""
    if isinstance(concurrency, bool) or not isinstance(concurrency, int) or concurrency < 1:
        from .errors import InvalidParameterError

        raise InvalidParameterError("concurrency", "must be an int >= 1")
    invoices = await _select(client, query, customer)
    if dry_run:
        return SendSummary(tuple(InvoiceOutcome(id_of(i), "would send") for i in invoices))
    places = asyncio.Semaphore(concurrency)
    outcomes: list[InvoiceOutcome] = []

    async def one(invoice: Invoice) -> None:
        async with places:
            outcomes.append(await _send_one(client, invoice))
        if progress is not None:
            progress(len(outcomes), len(invoices))

    await asyncio.gather(*(one(invoice) for invoice in invoices))
    return SendSummary(tuple(outcomes))


__all__ = ["MARKER", "InvoiceOutcome", "Progress", "SendSummary", "send_invoices"]
