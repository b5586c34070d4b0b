"""What the generator models beyond the operations table (`codegen/operations.py`)."""

from __future__ import annotations

from . import operations as _table

# openapi-python-client is pinned: templates are written against its internals.
GENERATOR_VERSION = "0.29.1"

# The operations table's rows, in its order.
TABLE = _table.OPERATIONS

# operationId -> the resource (module) it is generated under, from the operations table.
OPERATIONS: dict[str, str] = {op.operation_id: op.resource for op in _table.OPERATIONS}

# The event models, read by the core's event parsing (`_core/event.py`) instead of the generic
# model template: an event fetched from the API (`client.events`) is the same `Event` that
# `webhooks.construct_event` returns, its `data.object` a model where the package has one
# (by the generated `models/webhook_objects.py` table, which the generated `Event` binds).
EVENT_MODELS: frozenset[str] = frozenset({"Event", "EventData", "EventRequest"})
EVENT_SOURCE = """

# The event's parsing is the core's; this package's table says which model `data.object` is.
from ..._core.event import BaseEvent, EventData, EventRequest  # noqa: E402
from .webhook_objects import WEBHOOK_OBJECTS, EventObject  # noqa: E402


class Event(BaseEvent[EventObject]):
    \"\"\"A Stripe event, as delivered to a webhook endpoint or fetched from the API.

    `data.object` is a model (`Invoice`, `Customer`, ... or a `Deleted...` stub) when the event
    is about an object this package models; for any other event it stays a plain dict.
    \"\"\"

    __slots__ = ()
    _OBJECTS = WEBHOOK_OBJECTS
"""

# Resources modelled in full. A reference to any other resource (one with `x-resourceId`, or
# one named by an `x-expansionResources`) is pruned to an id string or a loose dict, so the
# models stay the invoicing family instead of the closure of the whole API.
FAMILY: frozenset[str] = frozenset(
    {
        "invoice",
        "line_item",
        "invoiceitem",
        "customer",
        "deleted_invoice",
        "deleted_invoiceitem",
        "deleted_customer",
        "discount",
        "deleted_discount",
        "coupon",
        "error",
        "api_errors",
        # Issue 13: the resources invoice parameters refer to, and what corrects or pays one.
        "cash_balance",
        "credit_note",
        "credit_note_line_item",
        "customer_balance_transaction",
        "event",
        "deleted_coupon",
        "deleted_price",
        "deleted_product",
        "deleted_tax_id",
        "invoice_payment",
        "price",
        "product",
        "setup_intent",
        "tax_id",
        "tax_rate",
        # Issue 14: recurring invoicing.
        "subscription",
        "subscription_item",
        # Stripe still sends the legacy `plan` mirror of an item's price.
        "plan",
        "deleted_subscription_item",
        "test_helpers.test_clock",
        "deleted_test_helpers.test_clock",
        # Issue 24: the rest of invoicing.
        "payment_intent",
        "payment_method",
        "promotion_code",
        "quote",
        "item",
        "subscription_schedule",
        "billing_portal.configuration",
        "billing_portal.session",
        "billing.meter",
        "billing.meter_event",
        "billing.meter_event_adjustment",
        "billing.meter_event_summary",
        # stripe-python 16.1's invoicing operations the table lacked.
        "invoice_rendering_template",
    }
)
