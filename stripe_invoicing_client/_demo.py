"""The invoicing flows of Stripe's guides, end to end, with readable output.

One flow serves both clients: it is written once as a coroutine, and each step goes through
`_step`, which awaits what the async client returns and passes the sync client's results
through. So `--async` exercises `AsyncStripeInvoicing` and the default `StripeInvoicing` on the
very same script.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TextIO

from ._async_client import AsyncStripeInvoicing
from ._demo_credit import correct_paid_invoice, taxed_discounted_invoice
from ._demo_quote import quote_into_invoice
from ._demo_recurring import recurring_by_invoice
from ._demo_steps import DemoSteps, items, money, step, text
from ._demo_usage import usage_based_billing
from ._ids import id_of
from ._sync_client import StripeInvoicing
from .models import Invoice


def table(rows: Iterable[Invoice], customers: dict[str, str]) -> list[str]:
    header = ("invoice", "customer", "status", "collection", "total", "remaining")
    body = [
        (
            text(invoice.id),
            customers.get(invoice.customer if isinstance(invoice.customer, str) else "", "-"),
            text(invoice.status),
            text(invoice.collection_method),
            money(invoice.total, invoice.currency),
            money(invoice.amount_remaining, invoice.currency),
        )
        for invoice in rows
    ]
    widths = [max(len(row[i]) for row in [header, *body]) for i in range(len(header))]

    def line(cells: Iterable[str]) -> str:
        return "  ".join(
            cell.ljust(width) for cell, width in zip(cells, widths, strict=True)
        ).rstrip()

    return [line(header), line("-" * w for w in widths)] + [line(row) for row in body]


class Demo(DemoSteps):
    """The flows of the guides, one after the other."""

    async def run(self) -> list[Invoice]:
        invoices = self.client.invoices
        self.say(f"Demo run {self.run_id}")

        self.say("\n1. One-time invoice, sent to the customer and paid out of band")
        ada = await self.customer("Ada Lovelace", "ada@example.com")
        await self.item(ada, 4200, "Analytical engine consulting")
        await self.item(ada, 1300, "Punched cards")
        first = await self.draft(ada, collection_method="send_invoice", days_until_due=30)
        first = await step(invoices.finalize(id_of(first)))
        self.show("finalized", first)
        first = await step(invoices.send(first.id))
        self.show("sent", first)
        first = await step(invoices.pay(first.id, paid_out_of_band=True))
        self.show("paid out of band", first)

        self.say("\n2. Auto-charged invoice, paid with pay")
        grace = await self.customer(
            "Grace Hopper",
            "grace@example.com",
            payment_method="pm_card_visa",
            invoice_settings={"default_payment_method": "pm_card_visa"},
        )
        await self.item(grace, 9900, "Compiler support plan")
        charged = await self.draft(grace, collection_method="charge_automatically")
        charged = await step(invoices.finalize(id_of(charged), auto_advance=False))
        self.show("finalized", charged)
        charged = await step(invoices.pay(charged.id))
        self.show("paid", charged)

        self.say("\n3. An invoice voided, and one marked uncollectible")
        await self.item(ada, 2500, "Duplicate order")
        voided = await self.draft(ada, collection_method="send_invoice", days_until_due=30)
        voided = await step(invoices.finalize(id_of(voided)))
        voided = await step(invoices.void(voided.id))
        self.show("voided", voided)
        await self.item(grace, 15000, "Mainframe time")
        lost = await self.draft(grace, collection_method="send_invoice", days_until_due=15)
        lost = await step(invoices.finalize(id_of(lost)))
        lost = await step(invoices.mark_uncollectible(lost.id))
        self.show("marked uncollectible", lost)

        self.say("\n4. Everything this run made, one invoice per page")
        listed: list[Invoice] = []
        pages = 0
        for customer_id, name in self.names.items():
            async for page in items(invoices.list(customer=customer_id, limit=1).pages()):
                pages += 1
                ids = ", ".join(invoice.id for invoice in page.data)
                self.say(f"  page {pages} ({name}): {ids}")
                listed.extend(page.data)
        for row in table(listed, self.names):
            self.say("  " + row)
        self.say(f"  {len(listed)} invoices on {pages} pages")

        self.say("\n5. Search: open or uncollectible invoices of this run")
        query = f"metadata['demo_run']:'{self.run_id}' AND -status:'paid' AND -status:'void'"
        self.say(f"  query: {query}")
        found = [invoice async for invoice in items(invoices.search(query=query, limit=2))]
        for row in table(found, self.names):
            self.say("  " + row)
        self.say(f"  {len(found)} found (Stripe's search index can lag a few seconds)")

        await correct_paid_invoice(self, charged)
        await taxed_discounted_invoice(self)
        await recurring_by_invoice(self)
        await usage_based_billing(self)
        await quote_into_invoice(self)
        return listed


LIVE_PREFIXES = ("sk_live_", "rk_live_")
TEST_PREFIXES = ("sk_test_", "rk_test_")


async def run_demo(api_key: str | None, use_async: bool, out: TextIO) -> list[Invoice]:
    """Run the flows against Stripe's test mode (`api_key`) or, without one, in memory."""
    if api_key is not None and not api_key.startswith(TEST_PREFIXES):
        what = "a live key" if api_key.startswith(LIVE_PREFIXES) else "a key that is not a test key"
        raise ValueError(f"refusing {what}: the demo creates and charges invoices")
    if api_key is None:
        from .testing import FakeStripe

        fake = FakeStripe()
        key = "sk_test_demo_in_memory"
        print("Running against the in-memory Stripe backend (no network).", file=out)
        if use_async:
            async with AsyncStripeInvoicing(key, http_client=fake.async_http_client()) as aclient:
                return await Demo(aclient, out).run()
        with StripeInvoicing(key, http_client=fake.sync_http_client()) as client:
            return await Demo(client, out).run()
    # The client checks the key when it is made: only then is the mode announced.
    announcement = "Running against Stripe's test mode with your test key."
    if use_async:
        async with AsyncStripeInvoicing(api_key) as aclient:
            print(announcement, file=out)
            return await Demo(aclient, out).run()
    with StripeInvoicing(api_key) as client:
        print(announcement, file=out)
        return await Demo(client, out).run()
