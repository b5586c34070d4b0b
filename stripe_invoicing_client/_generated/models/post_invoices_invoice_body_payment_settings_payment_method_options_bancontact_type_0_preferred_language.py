from typing import Literal

PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsBancontactType0PreferredLanguage = (
    Literal["de", "en", "fr", "nl"]
)
"""Values known to this client (`typing.get_args` lists them). A value from a newer API
version is kept as it is."""
