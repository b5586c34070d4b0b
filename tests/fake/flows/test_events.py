"""Events on the fake, sync and async: `events.list` serves what `fake.events` recorded, newest
first, paginated and filterable by type, and every event is parsed as `construct_event` parses
a webhook (its `data.object` an `Invoice`, `Customer`, ... where the package has a model)."""

from __future__ import annotations

from typing import Any

import pytest

from stripe_invoicing_client import InvalidRequestError, NotFoundError
from stripe_invoicing_client.models import Customer, Invoice
from stripe_invoicing_client.testing import FakeStripe
from stripe_invoicing_client.webhooks import Event

from ._support import customer, invoice_in, items, pages, run


async def test_the_list_is_what_the_fake_recorded_newest_first(
    client: Any, fake: FakeStripe
) -> None:
    ada = await customer(client)
    await invoice_in(client, "paid", str(ada.id))
    listed = await items(client.events.list())
    assert [e.id for e in listed] == [raw["id"] for raw in reversed(fake.events)]
    assert all(type(e) is Event for e in listed)
    assert [e.to_dict() for e in listed] == list(reversed(fake.events))


async def test_events_are_typed_like_construct_event_s(client: Any) -> None:
    ada = await customer(client)
    await invoice_in(client, "open", str(ada.id))
    created = await items(client.events.list(type="customer.created"))
    assert [type(e.data.object) for e in created] == [Customer]
    finalized = await items(client.events.list(type="invoice.finalized"))
    (event,) = finalized
    assert isinstance(event.data.object, Invoice)
    assert event.data.object.status == "open"
    again = await run(client.events.retrieve(event.id))
    assert type(again) is Event and again == event


async def test_type_takes_a_wildcard_and_types_a_list(client: Any) -> None:
    ada = await customer(client)
    await invoice_in(client, "void", str(ada.id))
    invoice_events = await items(client.events.list(type="invoice.*"))
    assert {e.type for e in invoice_events} == {
        "invoice.created",
        "invoice.finalized",
        "invoice.voided",
    }
    chosen = await items(client.events.list(types=["customer.created", "invoice.voided"]))
    assert [e.type for e in chosen] == ["invoice.voided", "customer.created"]
    with pytest.raises(InvalidRequestError):
        await run(client.events.retrieve("evt_missing"))


async def test_pages_and_created_ranges(client: Any, fake: FakeStripe) -> None:
    for name in ("Ada One", "Bob Two", "Cy Three", "Di Four", "Ed Five"):
        await customer(client, name)
    walked = await pages(client.events.list(limit=2))
    assert [len(page.data) for page in walked] == [2, 2, 1]
    first = fake.events[0]["created"]
    assert len(await items(client.events.list(created={"gte": first}))) == 5
    assert await items(client.events.list(created={"lt": first})) == []


async def test_an_unknown_event_is_a_404(client: Any) -> None:
    with pytest.raises(NotFoundError):
        await run(client.events.retrieve("evt_nope"))
