"""Class names fitted to 60 characters: leading words dropped, never onto a taken name."""

from __future__ import annotations

from codegen.names import MAX_CLASS_NAME, fit

LONG = "PaymentSettingsPaymentMethodOptionsUsBankAccountFinancialConnectionsFilters"


def test_a_name_that_fits_is_kept() -> None:
    assert fit("InvoiceLines") == "InvoiceLines"
    assert fit("A" * MAX_CLASS_NAME) == "A" * MAX_CLASS_NAME


def test_a_long_name_loses_leading_words_until_it_fits() -> None:
    assert fit(LONG) == "PaymentMethodOptionsUsBankAccountFinancialConnectionsFilters"
    assert len(fit(LONG)) <= MAX_CLASS_NAME


def test_two_long_names_never_become_one() -> None:
    taken: set[str] = set()
    names = []
    for _ in range(10):
        names.append(fit(LONG, taken))
        taken.add(names[-1])
    assert len(set(names)) == 10
    assert all(len(name) <= MAX_CLASS_NAME and name.isidentifier() for name in names)
    assert names[1] == "MethodOptionsUsBankAccountFinancialConnectionsFilters"


def test_a_name_without_word_boundaries_still_fits() -> None:
    name = fit("x" * 80)
    assert len(name) <= MAX_CLASS_NAME and name.isidentifier()
