from typing import Literal

PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsBillieType0CompanyDetailsType0RegistrationTypeType0 = Literal[
    "ch_ein",
    "de_hrb",
    "dk_cvr",
    "es_cif",
    "fi_tunnus",
    "fr_siren",
    "fr_siret",
    "it_rea",
    "nl_kvk",
    "no_org_number",
    "no_pno",
    "se_org_number",
    "se_pno",
    "uk_crn",
]
"""Values known to this client (`typing.get_args` lists them). A value from a newer API
version is kept as it is."""
