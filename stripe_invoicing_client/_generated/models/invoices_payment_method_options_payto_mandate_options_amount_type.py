from typing import Literal

InvoicesPaymentMethodOptionsPaytoMandateOptionsAmountType = Literal["fixed", "maximum"]
"""Values known to this client. A value from a newer API version is kept as it is."""

INVOICES_PAYMENT_METHOD_OPTIONS_PAYTO_MANDATE_OPTIONS_AMOUNT_TYPE_VALUES: frozenset[str] = (
    frozenset(
        {
            "fixed",
            "maximum",
        }
    )
)
