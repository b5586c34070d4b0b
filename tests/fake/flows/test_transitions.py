"""Every invoice action from every status: allowed moves land right, refused ones change nothing.

The table follows the fake's state machine (and Stripe's):

    draft --finalize/send/pay--> open --pay--> paid
                                 open --void--> void
                                 open --mark_uncollectible--> uncollectible --pay/void--> ...

Lines can be edited, and the invoice deleted, only while it is a draft. A paid invoice can
still be sent (the email then leaves payment out), and its description changed.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

import pytest

from stripe_invoicing_client import InvalidRequestError, NotFoundError
from stripe_invoicing_client.models import Invoice
from stripe_invoicing_client.testing import FakeStripe

from ._support import STATUSES, customer, draft, invoice_in, items, run

Action = Callable[[Any, Invoice], Awaitable[Any]]


def _line(invoice: Invoice) -> str:
    return str(invoice.lines.data[0].id)


ACTIONS: dict[str, Action] = {
    "finalize": lambda c, i: run(c.invoices.finalize(str(i.id))),
    "send": lambda c, i: run(c.invoices.send(str(i.id))),
    "pay": lambda c, i: run(c.invoices.pay(str(i.id), paid_out_of_band=True)),
    "void": lambda c, i: run(c.invoices.void(str(i.id))),
    "mark_uncollectible": lambda c, i: run(c.invoices.mark_uncollectible(str(i.id))),
    "delete": lambda c, i: run(c.invoices.delete(str(i.id))),
    "update": lambda c, i: run(c.invoices.update(str(i.id), description="Changed")),
    "add_lines": lambda c, i: run(
        c.invoices.add_lines(str(i.id), lines=[{"amount": 100, "description": "Added"}])
    ),
    "remove_lines": lambda c, i: run(
        c.invoices.remove_lines(str(i.id), lines=[{"id": _line(i), "behavior": "unassign"}])
    ),
    "update_lines": lambda c, i: run(
        c.invoices.update_lines(str(i.id), lines=[{"id": _line(i), "amount": 4300}])
    ),
    "update_line": lambda c, i: run(c.invoices.update_line(str(i.id), _line(i), amount=4300)),
}

REFUSED = "invoice_not_editable"
# Stripe refuses to void anything but an open or uncollectible invoice without a code.
NO_CODE_ACTIONS = {"void"}
DELETED = "deleted"
LINES = ("add_lines", "remove_lines", "update_lines", "update_line")

# (status, action) -> the status it ends in, DELETED, or REFUSED.
EXPECTED: dict[tuple[str, str], str] = {}
for _status in STATUSES:
    for _action in ACTIONS:
        EXPECTED[(_status, _action)] = REFUSED
EXPECTED.update(
    {
        ("draft", "finalize"): "open",
        ("draft", "send"): "open",  # sending a draft finalizes it first
        ("draft", "pay"): "paid",  # so does paying it
        ("draft", "delete"): DELETED,
        ("draft", "update"): "draft",
        **{("draft", action): "draft" for action in LINES},
        ("open", "send"): "open",
        ("paid", "send"): "paid",  # sent as a receipt
        ("paid", "update"): "paid",  # the description never locks
        ("void", "update"): "void",
        ("open", "pay"): "paid",
        ("open", "void"): "void",
        ("open", "mark_uncollectible"): "uncollectible",
        ("open", "update"): "open",  # description is still editable once open
        ("uncollectible", "send"): "uncollectible",
        ("uncollectible", "pay"): "paid",
        ("uncollectible", "void"): "void",
        ("uncollectible", "update"): "uncollectible",
    }
)

CASES = [
    pytest.param(status, action, outcome, id=f"{status}-{action}-{outcome}")
    for (status, action), outcome in EXPECTED.items()
]


async def snapshot(client: Any, fake: FakeStripe, invoice_id: str) -> dict[str, Any]:
    """Everything a refused action must leave as it was."""
    invoice: Invoice = await run(client.invoices.retrieve(invoice_id))
    invoice_items = await items(client.invoice_items.list(limit=100))
    return {
        "invoice": invoice.to_dict(),
        "events": len(fake.events),
        "writes": len(fake.writes),
        "sent": len(fake.sent_invoices),
        # The invoice items the lines stand for, and which invoice each is on.
        "items": sorted((str(i.id), str(i.invoice), i.amount) for i in invoice_items),
    }


async def _ada_invoice_in(client: Any, status: str) -> Invoice:
    """A fresh customer's invoice, brought to `status`."""
    ada = await customer(client)
    return await invoice_in(client, status, str(ada.id))


@pytest.mark.parametrize(("status", "action", "outcome"), CASES)
async def test_transition(
    client: Any, fake: FakeStripe, status: str, action: str, outcome: str
) -> None:
    invoice = await _ada_invoice_in(client, status)
    invoice_id = str(invoice.id)
    before = await snapshot(client, fake, invoice_id)

    if outcome == REFUSED:
        with pytest.raises(InvalidRequestError) as info:
            await ACTIONS[action](client, invoice)
        error = info.value
        assert type(error) is InvalidRequestError
        assert error.http_status == 400
        if action in NO_CODE_ACTIONS:
            assert error.code is None and "open" in str(error)
        else:
            assert error.code == REFUSED
            assert error.doc_url is not None and error.doc_url.endswith(REFUSED)
        assert await snapshot(client, fake, invoice_id) == before
        return

    result = await ACTIONS[action](client, invoice)
    if outcome == DELETED:
        assert result.deleted is True and result.id == invoice_id
        with pytest.raises(NotFoundError) as missing:
            await run(client.invoices.retrieve(invoice_id))
        assert missing.value.code == "resource_missing"
        return
    after: Invoice = await run(client.invoices.retrieve(invoice_id))
    assert after.status == outcome
    if isinstance(result, Invoice):
        assert result.status == outcome
        assert result.to_dict() == after.to_dict()
    assert len(fake.writes) == before["writes"] + 1
    assert len(fake.sent_invoices) == before["sent"] + (action == "send")
    if action == "update":
        assert after.description == "Changed"
    if action in LINES:
        expected_total = {"add_lines": 4300, "remove_lines": 0}.get(action, 4300)
        assert after.total == expected_total


def test_the_table_covers_every_status_and_action() -> None:
    assert len(EXPECTED) == len(STATUSES) * len(ACTIONS) == 55
    allowed = sorted(key for key, outcome in EXPECTED.items() if outcome != REFUSED)
    assert len(allowed) == 21


@pytest.mark.parametrize("status", STATUSES)
async def test_metadata_stays_editable_in_every_status(
    client: Any, fake: FakeStripe, status: str
) -> None:
    invoice = await _ada_invoice_in(client, status)
    updated: Invoice = await run(
        client.invoices.update(str(invoice.id), metadata={"order_id": "6735"})
    )
    assert updated.status == status
    assert updated.metadata == {"order_id": "6735"}


@pytest.mark.parametrize("status", ["open", "paid", "uncollectible", "void"])
async def test_finalized_invoices_keep_their_descriptive_fields_editable(
    client: Any, fake: FakeStripe, status: str
) -> None:
    invoice = await _ada_invoice_in(client, status)
    updated: Invoice = await run(
        client.invoices.update(
            str(invoice.id),
            description="Corrected",
            footer="Thanks",
            custom_fields=[{"name": "PO", "value": "42"}],
            metadata={"a": "b"},
        )
    )
    assert (updated.status, updated.description, updated.footer) == (status, "Corrected", "Thanks")
    assert updated.total == invoice.total


@pytest.mark.parametrize("status", ["paid", "void"])
async def test_closed_invoices_refuse_payment_settings(
    client: Any, fake: FakeStripe, status: str
) -> None:
    invoice = await _ada_invoice_in(client, status)
    before = await snapshot(client, fake, str(invoice.id))
    with pytest.raises(InvalidRequestError) as info:
        await run(client.invoices.update(str(invoice.id), footer="Thanks", auto_advance=True))
    assert info.value.code == REFUSED and info.value.param == "auto_advance"
    assert await snapshot(client, fake, str(invoice.id)) == before  # footer not applied either


@pytest.mark.parametrize("status", ["open", "paid", "uncollectible", "void"])
@pytest.mark.parametrize(
    "change",
    [{"collection_method": "charge_automatically"}, {"effective_at": 1_800_000_000}],
    ids=["collection_method", "effective_at"],
)
async def test_finalized_invoices_refuse_financial_changes(
    client: Any, fake: FakeStripe, status: str, change: dict[str, Any]
) -> None:
    invoice = await _ada_invoice_in(client, status)
    before = await snapshot(client, fake, str(invoice.id))
    with pytest.raises(InvalidRequestError) as info:
        await run(client.invoices.update(str(invoice.id), **change))
    assert info.value.code == REFUSED and info.value.param == next(iter(change))
    assert await snapshot(client, fake, str(invoice.id)) == before


@pytest.mark.parametrize("status", ["open", "uncollectible"])
async def test_open_send_invoice_due_date_is_fixed(
    client: Any, fake: FakeStripe, status: str
) -> None:
    # Stripe changes due_date and days_until_due on drafts only.
    invoice = await _ada_invoice_in(client, status)
    assert invoice.collection_method == "send_invoice"
    before = await snapshot(client, fake, str(invoice.id))
    with pytest.raises(InvalidRequestError) as info:
        await run(client.invoices.update(str(invoice.id), days_until_due=5))
    assert info.value.code == REFUSED and info.value.param == "days_until_due"
    assert await snapshot(client, fake, str(invoice.id)) == before


@pytest.mark.parametrize("status", ["draft", "open"])
async def test_send_is_refused_for_auto_charged_invoices(
    client: Any, fake: FakeStripe, status: str
) -> None:
    ada = await customer(client)
    invoice = await draft(client, str(ada.id), collection_method="charge_automatically")
    if status == "open":
        invoice = await run(client.invoices.finalize(str(invoice.id)))
    before = await snapshot(client, fake, str(invoice.id))
    with pytest.raises(InvalidRequestError) as info:
        await run(client.invoices.send(str(invoice.id)))
    assert type(info.value) is InvalidRequestError
    assert info.value.param == "collection_method"
    assert "send_invoice" in str(info.value)
    assert await snapshot(client, fake, str(invoice.id)) == before  # not even finalized
    assert fake.sent_invoices == []


@pytest.mark.parametrize("action", sorted(ACTIONS))
async def test_actions_on_a_missing_invoice_are_not_found(client: Any, action: str) -> None:
    ada = await customer(client)
    invoice = await draft(client, str(ada.id))
    await run(client.invoices.delete(str(invoice.id)))
    with pytest.raises(NotFoundError) as info:
        await ACTIONS[action](client, invoice)
    assert info.value.code == "resource_missing" and info.value.http_status == 404
