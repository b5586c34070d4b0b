from typing import Literal

PostInvoicesInvoiceUpdateLinesBodyLinesItemTaxAmountsType0ItemTaxabilityReason = Literal[
    "customer_exempt",
    "not_collecting",
    "not_subject_to_tax",
    "not_supported",
    "portion_product_exempt",
    "portion_reduced_rated",
    "portion_standard_rated",
    "product_exempt",
    "product_exempt_holiday",
    "proportionally_rated",
    "reduced_rated",
    "reverse_charge",
    "standard_rated",
    "taxable_basis_reduced",
    "zero_rated",
]
"""Values known to this client (`typing.get_args` lists them). A value from a newer API
version is kept as it is."""
