"""Helpers that let one test body drive the sync and the async client alike."""

from __future__ import annotations

import uuid
from typing import Any

import httpx
import pytest

from stripe_invoicing_client import NotFoundError
from stripe_invoicing_client.models import DeletedCustomer, DeletedInvoice, DeletedInvoiceItem
from tests.glue import Client as Client
from tests.glue import close as close
from tests.glue import collect as collect
from tests.glue import collect_pages as collect_pages
from tests.glue import run

call = run  # a client call's result, awaited when the client is async

KEY = "sk_test_integration_localstripe"


def unique(prefix: str) -> str:
    return f"{prefix}-{uuid.uuid4().hex[:10]}"


def subscribe(admin: httpx.Client, customer: str, plan: str) -> str:
    """A trialing subscription: no invoice yet, but localstripe will now create invoices."""
    response = admin.post(
        "/v1/subscriptions",
        data={"customer": customer, "items[0][plan]": plan, "trial_period_days": "30"},
    )
    response.raise_for_status()
    return str(response.json()["id"])


async def draft_invoice(
    client: Client,
    admin: httpx.Client,
    plan: str,
    *,
    payment_method: str | None = None,
    item_amount: int = 500,
) -> Any:
    """A draft invoice of 20.00 (the plan) plus one invoice item, for a new customer."""
    options: dict[str, Any] = {"name": "Invoiced Customer"}
    if payment_method is not None:
        options["invoice_settings"] = {"default_payment_method": payment_method}
    customer = await call(client.customers.create(**options))
    subscribe(admin, customer.id, plan)
    await call(
        client.invoice_items.create(
            customer=customer.id, amount=item_amount, currency="usd", description="Setup fee"
        )
    )
    return await call(client.invoices.create(customer=customer.id))


Deleted = DeletedCustomer | DeletedInvoice | DeletedInvoiceItem


async def delete_and_check_gone(
    resource: Any, object_id: str, deleted_model: type[Deleted]
) -> None:
    """`resource.delete(object_id)` answers `deleted_model` for that id, and a retrieve after
    it is NotFoundError (where Stripe would answer the deleted object again)."""
    deleted = await call(resource.delete(object_id))
    assert isinstance(deleted, deleted_model)
    assert (deleted.id, deleted.deleted) == (object_id, True)
    with pytest.raises(NotFoundError):
        await call(resource.retrieve(object_id))
