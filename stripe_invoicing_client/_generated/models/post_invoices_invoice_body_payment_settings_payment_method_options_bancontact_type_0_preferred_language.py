from typing import Literal

PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsBancontactType0PreferredLanguage = (
    Literal["de", "en", "fr", "nl"]
)
"""Values known to this client. A value from a newer API version is kept as it is."""

POST_INVOICES_INVOICE_BODY_PAYMENT_SETTINGS_PAYMENT_METHOD_OPTIONS_BANCONTACT_TYPE_0_PREFERRED_LANGUAGE_VALUES: frozenset[
    str
] = frozenset(
    {
        "de",
        "en",
        "fr",
        "nl",
    }
)
