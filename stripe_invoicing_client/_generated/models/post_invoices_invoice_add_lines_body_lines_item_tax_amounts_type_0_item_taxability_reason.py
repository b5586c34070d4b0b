from typing import Literal

PostInvoicesInvoiceAddLinesBodyLinesItemTaxAmountsType0ItemTaxabilityReason = Literal[
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
"""Values known to this client. A value from a newer API version is kept as it is."""

POST_INVOICES_INVOICE_ADD_LINES_BODY_LINES_ITEM_TAX_AMOUNTS_TYPE_0_ITEM_TAXABILITY_REASON_VALUES: frozenset[
    str
] = frozenset(
    {
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
    }
)
