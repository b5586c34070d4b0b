"""Invoices with auto_advance on are Stripe's to finalize and email: a run leaves such a draft
alone, and never sends one Stripe finalized under it (or with it switched on under it) unless
Stripe's record shows the email: "uncertain" until auto_advance is turned off. (The plain
decisions, and a draft switched on after it was found, are in test_plan.py,
test_changed_under_the_run.py and test_scope.py.)"""

from __future__ import annotations

import time
from collections import Counter

from stripe_invoicing_client._bulk import MARKER, send_invoices
from stripe_invoicing_client._bulk_plan import (
    FINALIZED_ADVANCING,
    SKIP_AUTO_ADVANCE,
    UNCERTAIN_AUTO_ADVANCE,
    idempotency_key,
    marker_metadata,
)
from stripe_invoicing_client.testing import FakeStripe

from ._support import (
    KEY,
    OtherRunFirst,
    client_for,
    client_through,
    counts,
    customer,
    drafts,
    left_pending,
    sends,
)

HOUR = 3600


def results(summary: object) -> dict[str, tuple[str, str | None]]:
    outcomes = summary.outcomes  # type: ignore[attr-defined]
    return {o.invoice_id: (o.result, o.reason) for o in outcomes}


async def test_a_subscriptions_renewal_is_finalized_and_emailed_by_stripe_alone() -> None:
    fake = FakeStripe()
    client = client_for(fake)
    product = await client.products.create(name="Team plan")
    price = await client.prices.create(
        product=product.id, currency="usd", unit_amount=3000, recurring={"interval": "month"}
    )
    subscription = await client.subscriptions.create(
        customer=await customer(fake),
        items=[{"price": price.id}],
        collection_method="send_invoice",
        days_until_due=30,
    )
    renews_at = subscription.to_dict()["items"]["data"][0]["current_period_end"]
    fake.clock.set(renews_at + 60)  # its renewal is a draft Stripe finalizes in an hour
    (renewal,) = [invoice.id async for invoice in client.invoices.list(status="draft")]
    # Marked by a run of an earlier version, killed then: no less Stripe's.
    mark = marker_metadata("pending", 1, int(time.time()))
    await client.invoices.update(renewal, metadata=mark)
    writes = len(fake.writes)
    summary = await send_invoices(client_for(fake))
    assert results(summary) == {renewal: ("skipped", SKIP_AUTO_ADVANCE)}
    assert summary.exit_code() == 0
    assert len(fake.writes) == writes  # nothing written, let alone finalized or sent
    fake.clock.advance(HOUR)
    assert counts(await send_invoices(client_for(fake))) == {"already sent": 1}
    assert sends(fake)[renewal] == 1  # Stripe's own email, once
    marked = (await client.invoices.retrieve(renewal)).to_dict()
    assert marked["metadata"][MARKER] == "sent"


async def test_one_finalized_under_a_run_is_never_resent_while_auto_advance_is_on() -> None:
    # Finalized with its "pending" marker (by Stripe, an hour on), the record showing no
    # email yet: Stripe may still send it, so not even --resend-uncertain sends it here.
    fake = FakeStripe()
    emailed, not_yet = await drafts(fake, 2, auto_advance=True)
    await left_pending(fake, emailed, sent=True)
    await left_pending(fake, not_yet, sent=False)
    for resend_uncertain in (False, True):
        summary = await send_invoices(client_for(fake), resend_uncertain=resend_uncertain)
        assert results(summary)[not_yet] == ("uncertain", UNCERTAIN_AUTO_ADVANCE)
        assert summary.exit_code() == 3
    assert sends(fake) == Counter([emailed])
    await client_for(fake).invoices.update(not_yet, auto_advance=False)
    assert results(await send_invoices(client_for(fake))) == {not_yet: ("sent", None)}
    assert fake.write_count(idempotency_key=idempotency_key(not_yet, "send", 1)) == 1
    assert sends(fake) == Counter([emailed, not_yet])


async def test_one_switched_on_before_the_run_finalized_it_is_not_sent() -> None:
    # Switched on after its mark: finalized so, Stripe may email it itself.
    fake = FakeStripe()
    (invoice_id,) = await drafts(fake, 1)

    def switched_on() -> None:
        with fake.sync_http_client(api_key=KEY) as http:
            update = {"auto_advance": "true"}
            http.post(f"/v1/invoices/{invoice_id}", data=update).raise_for_status()

    key = idempotency_key(invoice_id, "finalize", 1)
    client = client_through(fake, OtherRunFirst(fake.transport, key, switched_on))
    summary = await send_invoices(client)
    reason = f"{FINALIZED_ADVANCING}; {UNCERTAIN_AUTO_ADVANCE}"
    assert results(summary) == {invoice_id: ("uncertain", reason)}
    assert sends(fake) == Counter()
