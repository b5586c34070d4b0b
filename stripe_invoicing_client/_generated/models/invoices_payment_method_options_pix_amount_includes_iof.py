from typing import Literal

InvoicesPaymentMethodOptionsPixAmountIncludesIof = Literal["always", "never"]
"""Values known to this client. A value from a newer API version is kept as it is."""

INVOICES_PAYMENT_METHOD_OPTIONS_PIX_AMOUNT_INCLUDES_IOF_VALUES: frozenset[str] = frozenset(
    {
        "always",
        "never",
    }
)
