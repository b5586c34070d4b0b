"""The fault soak's quote flows (`_soak.py`, variant "quote"), and what must hold for them.

A quote flow's customer (with its tax ID and meter event, as every flow's) is quoted its
amounts as one-time prices and, in every other flow, 2 seats of a monthly price made through
the prices API; the quote is created, finalized and accepted, each a logical call under
injected faults. Accepted, it makes an invoice (one-time only) or a subscription whose first
invoice is the upfront amount.

At the end, read without faults: every flow made exactly one quote (one `quote.created`,
`quote.finalized` and `quote.accepted` event each: nothing done twice, nothing lost), now
`accepted` with the amounts its prices imply, and exactly one invoice (and, if recurring, one
subscription) came of it. Its invoice joins the soak's invoice checks (status, total, sends).
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from ._soak import FlowPlan, Soak

SEATS = 2


def recurring(plan: FlowPlan) -> bool:
    return plan.number % 2 == 1


def quote_calls(plan: FlowPlan) -> int:
    """Customer, tax ID, meter event, the quote created, finalized and accepted; a price if
    recurring."""
    return 6 + recurring(plan)


@attrs.define
class QuoteResult:
    flow: int
    quote_id: str
    invoice_id: str
    upfront: int
    per_period: int | None  # None: one-time prices only, no subscription
    sends: int  # a subscription's first `send_invoice` invoice is emailed at once


def quote_recovery(client: Any) -> dict[str, tuple[str, Any]]:
    """How the soak reads back what a quote flow's call made when its 500 was saved: the
    kind of object its event names, and how to retrieve it."""
    quote = ("quote", client.quotes.retrieve)
    return {
        "prices.create": ("price", client.prices.retrieve),
        "quotes.create": quote,
        "quotes.finalize": quote,
        "quotes.accept": quote,
    }


async def quote_flow(soak: Soak, plan: FlowPlan, customer: Any) -> QuoteResult:
    n = plan.number
    lines: list[dict[str, Any]] = [{"price": soak.fake.create_price(a)} for a in plan.amounts]
    per_period = None
    if recurring(plan):
        unit = plan.amounts[0]
        price = await soak.call(
            plan,
            "prices.create",
            lambda c, **k: c.prices.create(
                product_data={"name": f"Soak plan {n}"},
                currency="usd",
                unit_amount=unit,
                recurring={"interval": "month"},
                **k,
            ),
        )
        lines.append({"price": price.id, "quantity": SEATS})
        per_period = SEATS * unit
    quote = await soak.call(
        plan,
        "quotes.create",
        lambda c, **k: c.quotes.create(
            customer=customer.id,
            line_items=lines,
            collection_method="send_invoice",
            invoice_settings={"days_until_due": 30},
            metadata={"flow": str(n)},
            **k,
        ),
    )
    quote_id = quote.id
    assert quote.status == "draft", (plan, quote.status)
    quote = await soak.call(
        plan, "quotes.finalize", lambda c, **k: c.quotes.finalize(quote_id, **k)
    )
    assert quote.status == "open", (plan, quote.status)
    quote = await soak.call(plan, "quotes.accept", lambda c, **k: c.quotes.accept(quote_id, **k))
    assert quote.status == "accepted", (plan, quote.status)
    assert (quote.subscription is not None) == (per_period is not None), (plan, quote)
    upfront = sum(plan.amounts) + (per_period or 0)
    sends = 0 if per_period is None else 1
    return QuoteResult(n, quote_id, str(quote.invoice), upfront, per_period, sends)


def check_quotes(soak: Soak, final: dict[str, Any], problems: list[str]) -> None:
    """The quotes as the backend has them now (`final`, by id), against their flows."""
    events = soak.fake.events
    done = Counter(
        (e["type"], e["data"]["object"]["id"]) for e in events if e["type"].startswith("quote.")
    )
    by_flow = Counter(
        e["data"]["object"]["metadata"].get("flow") for e in events if e["type"] == "quote.created"
    )
    invoices_of = Counter(
        e["data"]["object"]["parent"]["quote_details"]["quote"]
        for e in events
        if e["type"] == "invoice.created"
        and (e["data"]["object"]["parent"] or {}).get("type") == "quote_details"
    )
    subscribed = Counter(
        e["data"]["object"]["customer"]
        for e in events
        if e["type"] == "customer.subscription.created"
    )
    for result in soak.quote_results:
        quote = final[result.quote_id]
        where = f"flow {result.flow}, quote {result.quote_id}"
        if by_flow[str(result.flow)] != 1:
            problems.append(f"{where}: {by_flow[str(result.flow)]} quotes created")
        for kind in ("created", "finalized", "accepted"):
            if done[(f"quote.{kind}", result.quote_id)] != 1:
                problems.append(f"{where}: {done[(f'quote.{kind}', result.quote_id)]} {kind}")
        if (quote.status, quote.amount_total, quote.invoice) != (
            "accepted",
            result.upfront,
            result.invoice_id,
        ):
            problems.append(
                f"{where}: {quote.status} {quote.amount_total} {quote.invoice}, expected "
                f"accepted {result.upfront} {result.invoice_id}"
            )
        recurring_total = quote.computed.recurring and quote.computed.recurring.amount_total
        if recurring_total != result.per_period:
            problems.append(f"{where}: {recurring_total} a period, expected {result.per_period}")
        if result.per_period is None:
            made = invoices_of[result.quote_id]
        else:
            made = subscribed[quote.customer] if quote.subscription is not None else 0
        if made != 1:
            problems.append(f"{where}: {made} invoices or subscriptions came of it")


def quote_figures(soak: Soak) -> str:
    into = sum(1 for result in soak.quote_results if result.per_period is not None)
    return (
        f"quotes created, finalized and accepted under faults: {len(soak.quote_results)} "
        f"({into} into subscriptions, {len(soak.quote_results) - into} into invoices)"
    )


__all__ = [
    "QuoteResult",
    "check_quotes",
    "quote_calls",
    "quote_figures",
    "quote_flow",
    "quote_recovery",
]
