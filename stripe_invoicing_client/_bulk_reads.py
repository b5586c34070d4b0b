"""What a bulk run reads from Stripe: the invoices in scope, an invoice as it is now, and
Stripe's record of the emails sent (`invoice.sent` events)."""

from __future__ import annotations

from collections.abc import AsyncIterable
from typing import TYPE_CHECKING, Any

from ._bulk_plan import record_since
from ._bulk_scope import Scope, in_scope, search_queries
from ._ids import id_of
from .errors import NotFoundError, StripeError

if TYPE_CHECKING:
    from ._async_client import AsyncStripeInvoicing

PAGE = 100


async def find_candidates(client: AsyncStripeInvoicing, scope: Scope) -> list[dict[str, Any]]:
    """The scope's drafts and the invoices an earlier run left "pending", each once."""
    found: dict[str, dict[str, Any]] = {}
    if scope.query is None:
        drafts = (
            client.invoices.list(status="draft", customer=scope.customer, limit=PAGE)
            if scope.customer is not None
            else client.invoices.list(status="draft", limit=PAGE)
        )
        async for invoice in drafts:
            found[id_of(invoice)] = invoice.to_dict()
    for query in search_queries(scope):
        async for invoice in client.invoices.search(query=query, limit=PAGE):
            found[id_of(invoice)] = invoice.to_dict()
    return [invoice for invoice in found.values() if in_scope(invoice, scope)]


async def read_sent_record(
    client: AsyncStripeInvoicing, invoices: list[dict[str, Any]]
) -> set[str] | None:
    """Which of `invoices` Stripe's `invoice.sent` events show emailed; None if unreadable."""
    wanted = {str(invoice["id"]) for invoice in invoices}
    since = record_since(invoices)
    oldest = since if since is not None else 0  # 0: every event Stripe still keeps
    sent: set[str] = set()
    try:
        # Typed loosely: a client regenerated from an older spec (2022's has no events) lacks
        # this operation; it raises OperationNotAvailableError and the record is unreadable.
        events: AsyncIterable[Any] = client.events.list(
            type="invoice.sent", created={"gte": oldest}, limit=PAGE
        )
        async for event in events:
            data: dict[str, Any] = event.to_dict().get("data") or {}
            invoice_id = (data.get("object") or {}).get("id")
            if invoice_id in wanted:
                sent.add(invoice_id)
    except StripeError:
        return None
    return sent


async def status_now(client: AsyncStripeInvoicing, invoice_id: str) -> str | None:
    try:
        return (await client.invoices.retrieve(invoice_id)).to_dict().get("status")
    except NotFoundError:
        return "deleted"
    except StripeError:
        return None


async def read_now(client: AsyncStripeInvoicing, invoice_id: str) -> dict[str, Any] | None:
    try:
        return (await client.invoices.retrieve(invoice_id)).to_dict()
    except StripeError:
        return None


__all__ = ["PAGE", "find_candidates", "read_now", "read_sent_record", "status_now"]
