"""The client's resources, from the operations table (generated; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .coupons import AsyncCoupons, AsyncCouponsWithRawResponse, Coupons, CouponsWithRawResponse
from .credit_notes import (
    AsyncCreditNotes,
    AsyncCreditNotesWithRawResponse,
    CreditNotes,
    CreditNotesWithRawResponse,
)
from .customer_balance_transactions import (
    AsyncCustomerBalanceTransactions,
    AsyncCustomerBalanceTransactionsWithRawResponse,
    CustomerBalanceTransactions,
    CustomerBalanceTransactionsWithRawResponse,
)
from .customer_tax_ids import (
    AsyncCustomerTaxIds,
    AsyncCustomerTaxIdsWithRawResponse,
    CustomerTaxIds,
    CustomerTaxIdsWithRawResponse,
)
from .customers import (
    AsyncCustomers,
    AsyncCustomersWithRawResponse,
    Customers,
    CustomersWithRawResponse,
)
from .events import AsyncEvents, AsyncEventsWithRawResponse, Events, EventsWithRawResponse
from .invoice_items import (
    AsyncInvoiceItems,
    AsyncInvoiceItemsWithRawResponse,
    InvoiceItems,
    InvoiceItemsWithRawResponse,
)
from .invoice_payments import (
    AsyncInvoicePayments,
    AsyncInvoicePaymentsWithRawResponse,
    InvoicePayments,
    InvoicePaymentsWithRawResponse,
)
from .invoices import AsyncInvoices, AsyncInvoicesWithRawResponse, Invoices, InvoicesWithRawResponse
from .prices import AsyncPrices, AsyncPricesWithRawResponse, Prices, PricesWithRawResponse
from .products import AsyncProducts, AsyncProductsWithRawResponse, Products, ProductsWithRawResponse
from .subscription_items import (
    AsyncSubscriptionItems,
    AsyncSubscriptionItemsWithRawResponse,
    SubscriptionItems,
    SubscriptionItemsWithRawResponse,
)
from .subscriptions import (
    AsyncSubscriptions,
    AsyncSubscriptionsWithRawResponse,
    Subscriptions,
    SubscriptionsWithRawResponse,
)
from .tax_rates import (
    AsyncTaxRates,
    AsyncTaxRatesWithRawResponse,
    TaxRates,
    TaxRatesWithRawResponse,
)
from .test_clocks import (
    AsyncTestClocks,
    AsyncTestClocksWithRawResponse,
    TestClocks,
    TestClocksWithRawResponse,
)
from .test_helpers import (
    AsyncTestHelpers,
    AsyncTestHelpersWithRawResponse,
    TestHelpers,
    TestHelpersWithRawResponse,
)

if TYPE_CHECKING:
    from ..._client import AsyncStripeInvoicing, StripeInvoicing


class Resources:
    """The resource attributes of StripeInvoicing."""

    invoices: Invoices
    invoice_items: InvoiceItems
    customers: Customers
    credit_notes: CreditNotes
    invoice_payments: InvoicePayments
    tax_rates: TaxRates
    coupons: Coupons
    products: Products
    prices: Prices
    events: Events
    subscriptions: Subscriptions
    subscription_items: SubscriptionItems
    test_helpers: TestHelpers

    def _attach_resources(self, client: StripeInvoicing) -> None:
        self.invoices = Invoices(client)
        self.invoice_items = InvoiceItems(client)
        self.customers = Customers(client)
        self.credit_notes = CreditNotes(client)
        self.invoice_payments = InvoicePayments(client)
        self.tax_rates = TaxRates(client)
        self.coupons = Coupons(client)
        self.products = Products(client)
        self.prices = Prices(client)
        self.events = Events(client)
        self.subscriptions = Subscriptions(client)
        self.subscription_items = SubscriptionItems(client)
        self.test_helpers = TestHelpers(client)


class RawResources:
    """The resource attributes of StripeInvoicing.with_raw_response."""

    invoices: InvoicesWithRawResponse
    invoice_items: InvoiceItemsWithRawResponse
    customers: CustomersWithRawResponse
    credit_notes: CreditNotesWithRawResponse
    invoice_payments: InvoicePaymentsWithRawResponse
    tax_rates: TaxRatesWithRawResponse
    coupons: CouponsWithRawResponse
    products: ProductsWithRawResponse
    prices: PricesWithRawResponse
    events: EventsWithRawResponse
    subscriptions: SubscriptionsWithRawResponse
    subscription_items: SubscriptionItemsWithRawResponse
    test_helpers: TestHelpersWithRawResponse

    def _attach_resources(self, client: StripeInvoicing) -> None:
        self.invoices = InvoicesWithRawResponse(client.invoices)
        self.invoice_items = InvoiceItemsWithRawResponse(client.invoice_items)
        self.customers = CustomersWithRawResponse(client.customers)
        self.credit_notes = CreditNotesWithRawResponse(client.credit_notes)
        self.invoice_payments = InvoicePaymentsWithRawResponse(client.invoice_payments)
        self.tax_rates = TaxRatesWithRawResponse(client.tax_rates)
        self.coupons = CouponsWithRawResponse(client.coupons)
        self.products = ProductsWithRawResponse(client.products)
        self.prices = PricesWithRawResponse(client.prices)
        self.events = EventsWithRawResponse(client.events)
        self.subscriptions = SubscriptionsWithRawResponse(client.subscriptions)
        self.subscription_items = SubscriptionItemsWithRawResponse(client.subscription_items)
        self.test_helpers = TestHelpersWithRawResponse(client.test_helpers)


class AsyncResources:
    """The resource attributes of AsyncStripeInvoicing."""

    invoices: AsyncInvoices
    invoice_items: AsyncInvoiceItems
    customers: AsyncCustomers
    credit_notes: AsyncCreditNotes
    invoice_payments: AsyncInvoicePayments
    tax_rates: AsyncTaxRates
    coupons: AsyncCoupons
    products: AsyncProducts
    prices: AsyncPrices
    events: AsyncEvents
    subscriptions: AsyncSubscriptions
    subscription_items: AsyncSubscriptionItems
    test_helpers: AsyncTestHelpers

    def _attach_resources(self, client: AsyncStripeInvoicing) -> None:
        self.invoices = AsyncInvoices(client)
        self.invoice_items = AsyncInvoiceItems(client)
        self.customers = AsyncCustomers(client)
        self.credit_notes = AsyncCreditNotes(client)
        self.invoice_payments = AsyncInvoicePayments(client)
        self.tax_rates = AsyncTaxRates(client)
        self.coupons = AsyncCoupons(client)
        self.products = AsyncProducts(client)
        self.prices = AsyncPrices(client)
        self.events = AsyncEvents(client)
        self.subscriptions = AsyncSubscriptions(client)
        self.subscription_items = AsyncSubscriptionItems(client)
        self.test_helpers = AsyncTestHelpers(client)


class AsyncRawResources:
    """The resource attributes of AsyncStripeInvoicing.with_raw_response."""

    invoices: AsyncInvoicesWithRawResponse
    invoice_items: AsyncInvoiceItemsWithRawResponse
    customers: AsyncCustomersWithRawResponse
    credit_notes: AsyncCreditNotesWithRawResponse
    invoice_payments: AsyncInvoicePaymentsWithRawResponse
    tax_rates: AsyncTaxRatesWithRawResponse
    coupons: AsyncCouponsWithRawResponse
    products: AsyncProductsWithRawResponse
    prices: AsyncPricesWithRawResponse
    events: AsyncEventsWithRawResponse
    subscriptions: AsyncSubscriptionsWithRawResponse
    subscription_items: AsyncSubscriptionItemsWithRawResponse
    test_helpers: AsyncTestHelpersWithRawResponse

    def _attach_resources(self, client: AsyncStripeInvoicing) -> None:
        self.invoices = AsyncInvoicesWithRawResponse(client.invoices)
        self.invoice_items = AsyncInvoiceItemsWithRawResponse(client.invoice_items)
        self.customers = AsyncCustomersWithRawResponse(client.customers)
        self.credit_notes = AsyncCreditNotesWithRawResponse(client.credit_notes)
        self.invoice_payments = AsyncInvoicePaymentsWithRawResponse(client.invoice_payments)
        self.tax_rates = AsyncTaxRatesWithRawResponse(client.tax_rates)
        self.coupons = AsyncCouponsWithRawResponse(client.coupons)
        self.products = AsyncProductsWithRawResponse(client.products)
        self.prices = AsyncPricesWithRawResponse(client.prices)
        self.events = AsyncEventsWithRawResponse(client.events)
        self.subscriptions = AsyncSubscriptionsWithRawResponse(client.subscriptions)
        self.subscription_items = AsyncSubscriptionItemsWithRawResponse(client.subscription_items)
        self.test_helpers = AsyncTestHelpersWithRawResponse(client.test_helpers)


__all__ = [
    "AsyncCoupons",
    "AsyncCouponsWithRawResponse",
    "AsyncCreditNotes",
    "AsyncCreditNotesWithRawResponse",
    "AsyncCustomerBalanceTransactions",
    "AsyncCustomerBalanceTransactionsWithRawResponse",
    "AsyncCustomerTaxIds",
    "AsyncCustomerTaxIdsWithRawResponse",
    "AsyncCustomers",
    "AsyncCustomersWithRawResponse",
    "AsyncEvents",
    "AsyncEventsWithRawResponse",
    "AsyncInvoiceItems",
    "AsyncInvoiceItemsWithRawResponse",
    "AsyncInvoicePayments",
    "AsyncInvoicePaymentsWithRawResponse",
    "AsyncInvoices",
    "AsyncInvoicesWithRawResponse",
    "AsyncPrices",
    "AsyncPricesWithRawResponse",
    "AsyncProducts",
    "AsyncProductsWithRawResponse",
    "AsyncRawResources",
    "AsyncResources",
    "AsyncSubscriptionItems",
    "AsyncSubscriptionItemsWithRawResponse",
    "AsyncSubscriptions",
    "AsyncSubscriptionsWithRawResponse",
    "AsyncTaxRates",
    "AsyncTaxRatesWithRawResponse",
    "AsyncTestClocks",
    "AsyncTestClocksWithRawResponse",
    "AsyncTestHelpers",
    "AsyncTestHelpersWithRawResponse",
    "Coupons",
    "CouponsWithRawResponse",
    "CreditNotes",
    "CreditNotesWithRawResponse",
    "CustomerBalanceTransactions",
    "CustomerBalanceTransactionsWithRawResponse",
    "CustomerTaxIds",
    "CustomerTaxIdsWithRawResponse",
    "Customers",
    "CustomersWithRawResponse",
    "Events",
    "EventsWithRawResponse",
    "InvoiceItems",
    "InvoiceItemsWithRawResponse",
    "InvoicePayments",
    "InvoicePaymentsWithRawResponse",
    "Invoices",
    "InvoicesWithRawResponse",
    "Prices",
    "PricesWithRawResponse",
    "Products",
    "ProductsWithRawResponse",
    "RawResources",
    "Resources",
    "SubscriptionItems",
    "SubscriptionItemsWithRawResponse",
    "Subscriptions",
    "SubscriptionsWithRawResponse",
    "TaxRates",
    "TaxRatesWithRawResponse",
    "TestClocks",
    "TestClocksWithRawResponse",
    "TestHelpers",
    "TestHelpersWithRawResponse",
]
