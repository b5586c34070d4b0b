"""The reduced 2022 spec the regeneration tests read, and what it lacks of our operations."""

from __future__ import annotations

from pathlib import Path

from codegen import operations

ROOT = Path(__file__).resolve().parents[2]
SPEC_2022 = ROOT / "tests" / "fixtures" / "stripe-openapi" / "spec3-2022-04-12.reduced.json.gz"
# Operations Stripe added after 2022.
NOT_IN_2022 = [
    "PostInvoicesCreatePreview",
    "PostInvoicesInvoiceLinesLineItemId",
    "PostInvoicesInvoiceAddLines",
    "PostInvoicesInvoiceRemoveLines",
    "PostInvoicesInvoiceUpdateLines",
]
# The fixture was cut to the first 28 operations of the table (invoices, invoice items,
# customers): it also lacks every one added to the table since (credit notes, subscriptions,
# ...), although Stripe's 2022 spec has some of them.
MISSING_FROM_FIXTURE = NOT_IN_2022 + [op.operation_id for op in operations.OPERATIONS[28:]]
