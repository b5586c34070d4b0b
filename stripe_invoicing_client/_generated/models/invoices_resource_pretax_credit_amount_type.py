from typing import Literal

InvoicesResourcePretaxCreditAmountType = Literal["credit_balance_transaction", "discount"]
"""Values known to this client. A value from a newer API version is kept as it is."""

INVOICES_RESOURCE_PRETAX_CREDIT_AMOUNT_TYPE_VALUES: frozenset[str] = frozenset(
    {
        "credit_balance_transaction",
        "discount",
    }
)
