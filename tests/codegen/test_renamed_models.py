"""Response models renamed since 0.1 (names over 60 characters lost leading words) still
import under their 0.1 names, as the same classes, without being advertised."""

from __future__ import annotations

import pytest

from codegen import normalize
from stripe_invoicing_client import models

RENAMED = {
    "BillingBillResourceInvoiceItemParentsInvoiceItemSubscriptionParent": (
        "BillResourceInvoiceItemParentsInvoiceItemSubscriptionParent"
    ),
    "BillingBillResourceInvoicingLinesParentsInvoiceLineItemInvoiceItemParent": (
        "InvoicingLinesParentsInvoiceLineItemInvoiceItemParent"
    ),
    "BillingBillResourceInvoicingLinesParentsInvoiceLineItemParent": (
        "BillResourceInvoicingLinesParentsInvoiceLineItemParent"
    ),
    "BillingBillResourceInvoicingLinesParentsInvoiceLineItemSubscriptionItemParent": (
        "InvoicingLinesParentsInvoiceLineItemSubscriptionItemParent"
    ),
    "InvoicePaymentMethodOptionsCustomerBalanceBankTransferEuBankTransfer": (
        "MethodOptionsCustomerBalanceBankTransferEuBankTransfer"
    ),
    "InvoicePaymentMethodOptionsUsBankAccountFinancialConnectionsFilters": (
        "PaymentMethodOptionsUsBankAccountFinancialConnectionsFilters"
    ),
}


@pytest.mark.parametrize(("old", "new"), sorted(RENAMED.items()))
def test_the_0_1_name_is_the_renamed_class(old: str, new: str) -> None:
    renamed = getattr(models, old)
    assert renamed is getattr(models, new)
    assert renamed.__name__ == new
    assert old not in models.__all__ and old not in dir(models)


def test_the_generator_computes_the_same_table() -> None:
    assert normalize.renamed_since_0_1(normalize.NAMED_IN_FULL_IN_0_1) == RENAMED


def test_other_unknown_names_still_fail() -> None:
    with pytest.raises(AttributeError, match="BillingBillResourceNoSuchModel"):
        # Type checkers report it too: the lazy `__getattr__` is hidden from them.
        _ = models.BillingBillResourceNoSuchModel  # type: ignore[attr-defined]
