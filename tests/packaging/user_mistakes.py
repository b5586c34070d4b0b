"""A user's program with mistakes the type checker must each report (mypy --strict, against
the installed wheel). Each mistake's line ends with `# mistake: <mypy error code>`."""

from __future__ import annotations

from stripe_invoicing_client import AsyncStripeInvoicing, ProductSearch, StripeInvoicing
from stripe_invoicing_client.models import (
    BillingBillResourceInvoicingPricingPricing,
    Customer,
    Invoice,
    LineItem,
    Model,
)


def misspelled_parameter(client: StripeInvoicing) -> None:
    client.invoices.create(cusotmer="cus_1", collection_method="send_invoice")  # mistake: call-arg


def wrong_enum_literal(client: StripeInvoicing) -> None:
    client.invoices.update("in_1", collection_method="sometimes")  # mistake: arg-type


def wrong_enum_literal_of_a_newer_resource(client: StripeInvoicing) -> None:
    client.products.create(name="Pro", type="servise")  # mistake: arg-type


def wrong_type(client: StripeInvoicing) -> None:
    client.invoices.create(customer="cus_1", days_until_due="30")  # mistake: arg-type


def boolean_search_field_given_a_string(client: StripeInvoicing) -> None:
    client.products.search(query=ProductSearch.active.eq("true"))  # mistake: arg-type


async def missing_await(client: AsyncStripeInvoicing) -> Invoice:
    client.invoices.send("in_1")  # mistake: unused-coroutine
    return client.invoices.retrieve("in_1")  # mistake: return-value


def wrong_pager_item(client: StripeInvoicing) -> Customer | None:
    for invoice in client.invoices.list(limit=1):
        return invoice  # mistake: return-value
    return None


def nested_model_taken_for_never_null(line: LineItem) -> None:
    # Caught only if the nested model's name is a type, not `Any`.
    pricing: BillingBillResourceInvoicingPricingPricing = line.pricing  # mistake: assignment
    print(pricing.unit_amount_decimal)


def plain_dict_taken_for_a_model(data: dict[str, str]) -> None:
    def keep(found: Model) -> None:
        print(found.to_dict())

    keep(data)  # mistake: arg-type


def misspelt_imports() -> None:
    # The package and `models` load names lazily; a misspelt one must not pass as `Any`.
    from stripe_invoicing_client import StripeInvoicng  # mistake: attr-defined
    from stripe_invoicing_client.models import Dicount  # mistake: attr-defined

    del StripeInvoicng, Dicount
