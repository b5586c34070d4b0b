"""The client's resources, from the operations table (generated; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .credit_notes import (
    AsyncCreditNotes,
    AsyncCreditNotesWithRawResponse,
    CreditNotes,
    CreditNotesWithRawResponse,
)
from .customers import (
    AsyncCustomers,
    AsyncCustomersWithRawResponse,
    Customers,
    CustomersWithRawResponse,
)
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
    subscriptions: Subscriptions
    subscription_items: SubscriptionItems
    test_helpers: TestHelpers

    def _attach_resources(self, client: StripeInvoicing) -> None:
        self.invoices = Invoices(client)
        self.invoice_items = InvoiceItems(client)
        self.customers = Customers(client)
        self.credit_notes = CreditNotes(client)
        self.invoice_payments = InvoicePayments(client)
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
    subscriptions: SubscriptionsWithRawResponse
    subscription_items: SubscriptionItemsWithRawResponse
    test_helpers: TestHelpersWithRawResponse

    def _attach_resources(self, client: StripeInvoicing) -> None:
        self.invoices = InvoicesWithRawResponse(client.invoices)
        self.invoice_items = InvoiceItemsWithRawResponse(client.invoice_items)
        self.customers = CustomersWithRawResponse(client.customers)
        self.credit_notes = CreditNotesWithRawResponse(client.credit_notes)
        self.invoice_payments = InvoicePaymentsWithRawResponse(client.invoice_payments)
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
    subscriptions: AsyncSubscriptions
    subscription_items: AsyncSubscriptionItems
    test_helpers: AsyncTestHelpers

    def _attach_resources(self, client: AsyncStripeInvoicing) -> None:
        self.invoices = AsyncInvoices(client)
        self.invoice_items = AsyncInvoiceItems(client)
        self.customers = AsyncCustomers(client)
        self.credit_notes = AsyncCreditNotes(client)
        self.invoice_payments = AsyncInvoicePayments(client)
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
    subscriptions: AsyncSubscriptionsWithRawResponse
    subscription_items: AsyncSubscriptionItemsWithRawResponse
    test_helpers: AsyncTestHelpersWithRawResponse

    def _attach_resources(self, client: AsyncStripeInvoicing) -> None:
        self.invoices = AsyncInvoicesWithRawResponse(client.invoices)
        self.invoice_items = AsyncInvoiceItemsWithRawResponse(client.invoice_items)
        self.customers = AsyncCustomersWithRawResponse(client.customers)
        self.credit_notes = AsyncCreditNotesWithRawResponse(client.credit_notes)
        self.invoice_payments = AsyncInvoicePaymentsWithRawResponse(client.invoice_payments)
        self.subscriptions = AsyncSubscriptionsWithRawResponse(client.subscriptions)
        self.subscription_items = AsyncSubscriptionItemsWithRawResponse(client.subscription_items)
        self.test_helpers = AsyncTestHelpersWithRawResponse(client.test_helpers)


__all__ = [
    "AsyncCreditNotes",
    "AsyncCreditNotesWithRawResponse",
    "AsyncCustomers",
    "AsyncCustomersWithRawResponse",
    "AsyncInvoiceItems",
    "AsyncInvoiceItemsWithRawResponse",
    "AsyncInvoicePayments",
    "AsyncInvoicePaymentsWithRawResponse",
    "AsyncInvoices",
    "AsyncInvoicesWithRawResponse",
    "AsyncRawResources",
    "AsyncResources",
    "AsyncSubscriptionItems",
    "AsyncSubscriptionItemsWithRawResponse",
    "AsyncSubscriptions",
    "AsyncSubscriptionsWithRawResponse",
    "AsyncTestClocks",
    "AsyncTestClocksWithRawResponse",
    "AsyncTestHelpers",
    "AsyncTestHelpersWithRawResponse",
    "CreditNotes",
    "CreditNotesWithRawResponse",
    "Customers",
    "CustomersWithRawResponse",
    "InvoiceItems",
    "InvoiceItemsWithRawResponse",
    "InvoicePayments",
    "InvoicePaymentsWithRawResponse",
    "Invoices",
    "InvoicesWithRawResponse",
    "RawResources",
    "Resources",
    "SubscriptionItems",
    "SubscriptionItemsWithRawResponse",
    "Subscriptions",
    "SubscriptionsWithRawResponse",
    "TestClocks",
    "TestClocksWithRawResponse",
    "TestHelpers",
    "TestHelpersWithRawResponse",
]
