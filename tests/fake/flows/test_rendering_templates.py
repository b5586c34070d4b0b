"""Invoice rendering templates through both clients on the fake: a template added as the
Dashboard adds it, read, archived (no new invoice may name it) and unarchived."""

from __future__ import annotations

from typing import Any

import pytest

from stripe_invoicing_client import InvalidRequestError
from stripe_invoicing_client.models import InvoiceRenderingTemplate
from stripe_invoicing_client.testing import FakeStripe

from ._support import customer, items, run


async def test_an_archived_template_is_refused_on_new_invoices_until_unarchived(
    client: Any, fake: FakeStripe
) -> None:
    template_id = fake.add_invoice_rendering_template("Plain", version=2)
    templates = client.invoice_rendering_templates
    found = await run(templates.retrieve(template_id, version=1))
    assert isinstance(found, InvoiceRenderingTemplate)
    assert (found.nickname, found.status, found.version) == ("Plain", "active", 1)
    archived = await run(templates.archive(template_id))
    assert archived.status == "archived"
    assert [t.id for t in await items(templates.list(status="archived"))] == [template_id]
    ada = await customer(client)
    with pytest.raises(InvalidRequestError) as refused:
        await run(client.invoices.create(customer=ada.id, rendering={"template": template_id}))
    assert refused.value.param == "rendering[template]"
    assert await items(client.invoices.list(customer=ada.id)) == []
    assert (await run(templates.unarchive(template_id))).status == "active"
    invoice = await run(
        client.invoices.create(
            customer=ada.id, rendering={"template": template_id, "template_version": 2}
        )
    )
    assert invoice.customer == ada.id
