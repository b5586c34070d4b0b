from typing import Literal

InvoicePaymentMethodOptionsBancontactPreferredLanguage = Literal["de", "en", "fr", "nl"]
"""Values known to this client. A value from a newer API version is kept as it is."""

INVOICE_PAYMENT_METHOD_OPTIONS_BANCONTACT_PREFERRED_LANGUAGE_VALUES: frozenset[str] = frozenset(
    {
        "de",
        "en",
        "fr",
        "nl",
    }
)
