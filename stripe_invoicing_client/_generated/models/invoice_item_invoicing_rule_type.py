from typing import Literal

InvoiceItemInvoicingRuleType = Literal["defer_until_credited_items_resolved"]
"""Values known to this client. A value from a newer API version is kept as it is."""

INVOICE_ITEM_INVOICING_RULE_TYPE_VALUES: frozenset[str] = frozenset(
    {
        "defer_until_credited_items_resolved",
    }
)
