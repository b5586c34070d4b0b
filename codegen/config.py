"""What the generator models beyond the operations table (`codegen/operations.py`)."""

from __future__ import annotations

from . import operations as _table

# openapi-python-client is pinned: templates are written against its internals.
GENERATOR_VERSION = "0.29.1"

# operationId -> the resource (module) it is generated under, from the operations table.
OPERATIONS: dict[str, str] = {op.operation_id: op.resource for op in _table.OPERATIONS}

# Response models the package writes by hand, used instead of generating them: class name ->
# the module to import it from, relative to `_generated/models/`. An event fetched from the API
# (`client.events`) is the same `Event` that `webhooks.construct_event` returns, its
# `data.object` a model where the package has one.
EXTERNAL_MODELS: dict[str, str] = {
    "Event": "...webhooks",
    "EventData": "...webhooks",
    "EventRequest": "...webhooks",
}

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
    }
)
