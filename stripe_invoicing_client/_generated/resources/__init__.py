"""The client's resources, from the operations table (generated; do not edit)."""

from __future__ import annotations

import importlib
from functools import cached_property
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..._core.resource import AsyncRequester, Requester
    from .billing import AsyncBilling, AsyncBillingWithRawResponse, Billing, BillingWithRawResponse
    from .billing_meter_event_adjustments import (
        AsyncBillingMeterEventAdjustments,
        AsyncBillingMeterEventAdjustmentsWithRawResponse,
        BillingMeterEventAdjustments,
        BillingMeterEventAdjustmentsWithRawResponse,
    )
    from .billing_meter_events import (
        AsyncBillingMeterEvents,
        AsyncBillingMeterEventsWithRawResponse,
        BillingMeterEvents,
        BillingMeterEventsWithRawResponse,
    )
    from .billing_meters import (
        AsyncBillingMeters,
        AsyncBillingMetersWithRawResponse,
        BillingMeters,
        BillingMetersWithRawResponse,
    )
    from .billing_portal import (
        AsyncBillingPortal,
        AsyncBillingPortalWithRawResponse,
        BillingPortal,
        BillingPortalWithRawResponse,
    )
    from .billing_portal_configurations import (
        AsyncBillingPortalConfigurations,
        AsyncBillingPortalConfigurationsWithRawResponse,
        BillingPortalConfigurations,
        BillingPortalConfigurationsWithRawResponse,
    )
    from .billing_portal_sessions import (
        AsyncBillingPortalSessions,
        AsyncBillingPortalSessionsWithRawResponse,
        BillingPortalSessions,
        BillingPortalSessionsWithRawResponse,
    )
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
    from .customer_payment_methods import (
        AsyncCustomerPaymentMethods,
        AsyncCustomerPaymentMethodsWithRawResponse,
        CustomerPaymentMethods,
        CustomerPaymentMethodsWithRawResponse,
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
    from .invoice_rendering_templates import (
        AsyncInvoiceRenderingTemplates,
        AsyncInvoiceRenderingTemplatesWithRawResponse,
        InvoiceRenderingTemplates,
        InvoiceRenderingTemplatesWithRawResponse,
    )
    from .invoices import (
        AsyncInvoices,
        AsyncInvoicesWithRawResponse,
        Invoices,
        InvoicesWithRawResponse,
    )
    from .payment_intents import (
        AsyncPaymentIntents,
        AsyncPaymentIntentsWithRawResponse,
        PaymentIntents,
        PaymentIntentsWithRawResponse,
    )
    from .prices import AsyncPrices, AsyncPricesWithRawResponse, Prices, PricesWithRawResponse
    from .products import (
        AsyncProducts,
        AsyncProductsWithRawResponse,
        Products,
        ProductsWithRawResponse,
    )
    from .promotion_codes import (
        AsyncPromotionCodes,
        AsyncPromotionCodesWithRawResponse,
        PromotionCodes,
        PromotionCodesWithRawResponse,
    )
    from .quotes import AsyncQuotes, AsyncQuotesWithRawResponse, Quotes, QuotesWithRawResponse
    from .subscription_items import (
        AsyncSubscriptionItems,
        AsyncSubscriptionItemsWithRawResponse,
        SubscriptionItems,
        SubscriptionItemsWithRawResponse,
    )
    from .subscription_schedules import (
        AsyncSubscriptionSchedules,
        AsyncSubscriptionSchedulesWithRawResponse,
        SubscriptionSchedules,
        SubscriptionSchedulesWithRawResponse,
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

# Exported class -> the module defining it, loaded on first use.
_MODULES = {
    "Invoices": ".invoices",
    "InvoicesWithRawResponse": ".invoices",
    "AsyncInvoices": ".invoices",
    "AsyncInvoicesWithRawResponse": ".invoices",
    "InvoiceItems": ".invoice_items",
    "InvoiceItemsWithRawResponse": ".invoice_items",
    "AsyncInvoiceItems": ".invoice_items",
    "AsyncInvoiceItemsWithRawResponse": ".invoice_items",
    "Customers": ".customers",
    "CustomersWithRawResponse": ".customers",
    "AsyncCustomers": ".customers",
    "AsyncCustomersWithRawResponse": ".customers",
    "CreditNotes": ".credit_notes",
    "CreditNotesWithRawResponse": ".credit_notes",
    "AsyncCreditNotes": ".credit_notes",
    "AsyncCreditNotesWithRawResponse": ".credit_notes",
    "InvoicePayments": ".invoice_payments",
    "InvoicePaymentsWithRawResponse": ".invoice_payments",
    "AsyncInvoicePayments": ".invoice_payments",
    "AsyncInvoicePaymentsWithRawResponse": ".invoice_payments",
    "TaxRates": ".tax_rates",
    "TaxRatesWithRawResponse": ".tax_rates",
    "AsyncTaxRates": ".tax_rates",
    "AsyncTaxRatesWithRawResponse": ".tax_rates",
    "Coupons": ".coupons",
    "CouponsWithRawResponse": ".coupons",
    "AsyncCoupons": ".coupons",
    "AsyncCouponsWithRawResponse": ".coupons",
    "Products": ".products",
    "ProductsWithRawResponse": ".products",
    "AsyncProducts": ".products",
    "AsyncProductsWithRawResponse": ".products",
    "Prices": ".prices",
    "PricesWithRawResponse": ".prices",
    "AsyncPrices": ".prices",
    "AsyncPricesWithRawResponse": ".prices",
    "CustomerTaxIds": ".customer_tax_ids",
    "CustomerTaxIdsWithRawResponse": ".customer_tax_ids",
    "AsyncCustomerTaxIds": ".customer_tax_ids",
    "AsyncCustomerTaxIdsWithRawResponse": ".customer_tax_ids",
    "CustomerBalanceTransactions": ".customer_balance_transactions",
    "CustomerBalanceTransactionsWithRawResponse": ".customer_balance_transactions",
    "AsyncCustomerBalanceTransactions": ".customer_balance_transactions",
    "AsyncCustomerBalanceTransactionsWithRawResponse": ".customer_balance_transactions",
    "Events": ".events",
    "EventsWithRawResponse": ".events",
    "AsyncEvents": ".events",
    "AsyncEventsWithRawResponse": ".events",
    "Subscriptions": ".subscriptions",
    "SubscriptionsWithRawResponse": ".subscriptions",
    "AsyncSubscriptions": ".subscriptions",
    "AsyncSubscriptionsWithRawResponse": ".subscriptions",
    "SubscriptionItems": ".subscription_items",
    "SubscriptionItemsWithRawResponse": ".subscription_items",
    "AsyncSubscriptionItems": ".subscription_items",
    "AsyncSubscriptionItemsWithRawResponse": ".subscription_items",
    "TestHelpers": ".test_helpers",
    "TestHelpersWithRawResponse": ".test_helpers",
    "AsyncTestHelpers": ".test_helpers",
    "AsyncTestHelpersWithRawResponse": ".test_helpers",
    "TestClocks": ".test_clocks",
    "TestClocksWithRawResponse": ".test_clocks",
    "AsyncTestClocks": ".test_clocks",
    "AsyncTestClocksWithRawResponse": ".test_clocks",
    "PaymentIntents": ".payment_intents",
    "PaymentIntentsWithRawResponse": ".payment_intents",
    "AsyncPaymentIntents": ".payment_intents",
    "AsyncPaymentIntentsWithRawResponse": ".payment_intents",
    "PromotionCodes": ".promotion_codes",
    "PromotionCodesWithRawResponse": ".promotion_codes",
    "AsyncPromotionCodes": ".promotion_codes",
    "AsyncPromotionCodesWithRawResponse": ".promotion_codes",
    "CustomerPaymentMethods": ".customer_payment_methods",
    "CustomerPaymentMethodsWithRawResponse": ".customer_payment_methods",
    "AsyncCustomerPaymentMethods": ".customer_payment_methods",
    "AsyncCustomerPaymentMethodsWithRawResponse": ".customer_payment_methods",
    "Quotes": ".quotes",
    "QuotesWithRawResponse": ".quotes",
    "AsyncQuotes": ".quotes",
    "AsyncQuotesWithRawResponse": ".quotes",
    "SubscriptionSchedules": ".subscription_schedules",
    "SubscriptionSchedulesWithRawResponse": ".subscription_schedules",
    "AsyncSubscriptionSchedules": ".subscription_schedules",
    "AsyncSubscriptionSchedulesWithRawResponse": ".subscription_schedules",
    "BillingPortal": ".billing_portal",
    "BillingPortalWithRawResponse": ".billing_portal",
    "AsyncBillingPortal": ".billing_portal",
    "AsyncBillingPortalWithRawResponse": ".billing_portal",
    "BillingPortalConfigurations": ".billing_portal_configurations",
    "BillingPortalConfigurationsWithRawResponse": ".billing_portal_configurations",
    "AsyncBillingPortalConfigurations": ".billing_portal_configurations",
    "AsyncBillingPortalConfigurationsWithRawResponse": ".billing_portal_configurations",
    "BillingPortalSessions": ".billing_portal_sessions",
    "BillingPortalSessionsWithRawResponse": ".billing_portal_sessions",
    "AsyncBillingPortalSessions": ".billing_portal_sessions",
    "AsyncBillingPortalSessionsWithRawResponse": ".billing_portal_sessions",
    "Billing": ".billing",
    "BillingWithRawResponse": ".billing",
    "AsyncBilling": ".billing",
    "AsyncBillingWithRawResponse": ".billing",
    "BillingMeters": ".billing_meters",
    "BillingMetersWithRawResponse": ".billing_meters",
    "AsyncBillingMeters": ".billing_meters",
    "AsyncBillingMetersWithRawResponse": ".billing_meters",
    "BillingMeterEvents": ".billing_meter_events",
    "BillingMeterEventsWithRawResponse": ".billing_meter_events",
    "AsyncBillingMeterEvents": ".billing_meter_events",
    "AsyncBillingMeterEventsWithRawResponse": ".billing_meter_events",
    "BillingMeterEventAdjustments": ".billing_meter_event_adjustments",
    "BillingMeterEventAdjustmentsWithRawResponse": ".billing_meter_event_adjustments",
    "AsyncBillingMeterEventAdjustments": ".billing_meter_event_adjustments",
    "AsyncBillingMeterEventAdjustmentsWithRawResponse": ".billing_meter_event_adjustments",
    "InvoiceRenderingTemplates": ".invoice_rendering_templates",
    "InvoiceRenderingTemplatesWithRawResponse": ".invoice_rendering_templates",
    "AsyncInvoiceRenderingTemplates": ".invoice_rendering_templates",
    "AsyncInvoiceRenderingTemplatesWithRawResponse": ".invoice_rendering_templates",
}


class Resources:
    """The resource attributes of a sync client, each made when first read."""

    def _as_client(self) -> Requester:
        raise NotImplementedError

    @cached_property
    def invoices(self) -> Invoices:
        from .invoices import Invoices

        return Invoices(self._as_client())

    @cached_property
    def invoice_items(self) -> InvoiceItems:
        from .invoice_items import InvoiceItems

        return InvoiceItems(self._as_client())

    @cached_property
    def customers(self) -> Customers:
        from .customers import Customers

        return Customers(self._as_client())

    @cached_property
    def credit_notes(self) -> CreditNotes:
        from .credit_notes import CreditNotes

        return CreditNotes(self._as_client())

    @cached_property
    def invoice_payments(self) -> InvoicePayments:
        from .invoice_payments import InvoicePayments

        return InvoicePayments(self._as_client())

    @cached_property
    def tax_rates(self) -> TaxRates:
        from .tax_rates import TaxRates

        return TaxRates(self._as_client())

    @cached_property
    def coupons(self) -> Coupons:
        from .coupons import Coupons

        return Coupons(self._as_client())

    @cached_property
    def products(self) -> Products:
        from .products import Products

        return Products(self._as_client())

    @cached_property
    def prices(self) -> Prices:
        from .prices import Prices

        return Prices(self._as_client())

    @cached_property
    def events(self) -> Events:
        from .events import Events

        return Events(self._as_client())

    @cached_property
    def subscriptions(self) -> Subscriptions:
        from .subscriptions import Subscriptions

        return Subscriptions(self._as_client())

    @cached_property
    def subscription_items(self) -> SubscriptionItems:
        from .subscription_items import SubscriptionItems

        return SubscriptionItems(self._as_client())

    @cached_property
    def test_helpers(self) -> TestHelpers:
        from .test_helpers import TestHelpers

        return TestHelpers(self._as_client())

    @cached_property
    def payment_intents(self) -> PaymentIntents:
        from .payment_intents import PaymentIntents

        return PaymentIntents(self._as_client())

    @cached_property
    def promotion_codes(self) -> PromotionCodes:
        from .promotion_codes import PromotionCodes

        return PromotionCodes(self._as_client())

    @cached_property
    def quotes(self) -> Quotes:
        from .quotes import Quotes

        return Quotes(self._as_client())

    @cached_property
    def subscription_schedules(self) -> SubscriptionSchedules:
        from .subscription_schedules import SubscriptionSchedules

        return SubscriptionSchedules(self._as_client())

    @cached_property
    def billing_portal(self) -> BillingPortal:
        from .billing_portal import BillingPortal

        return BillingPortal(self._as_client())

    @cached_property
    def billing(self) -> Billing:
        from .billing import Billing

        return Billing(self._as_client())

    @cached_property
    def invoice_rendering_templates(self) -> InvoiceRenderingTemplates:
        from .invoice_rendering_templates import InvoiceRenderingTemplates

        return InvoiceRenderingTemplates(self._as_client())


class RawResources:
    """The resource attributes of a client's with_raw_response."""

    def __init__(self, client: Resources) -> None:
        self._client = client

    @cached_property
    def invoices(self) -> InvoicesWithRawResponse:
        from .invoices import InvoicesWithRawResponse

        return InvoicesWithRawResponse(self._client.invoices)

    @cached_property
    def invoice_items(self) -> InvoiceItemsWithRawResponse:
        from .invoice_items import InvoiceItemsWithRawResponse

        return InvoiceItemsWithRawResponse(self._client.invoice_items)

    @cached_property
    def customers(self) -> CustomersWithRawResponse:
        from .customers import CustomersWithRawResponse

        return CustomersWithRawResponse(self._client.customers)

    @cached_property
    def credit_notes(self) -> CreditNotesWithRawResponse:
        from .credit_notes import CreditNotesWithRawResponse

        return CreditNotesWithRawResponse(self._client.credit_notes)

    @cached_property
    def invoice_payments(self) -> InvoicePaymentsWithRawResponse:
        from .invoice_payments import InvoicePaymentsWithRawResponse

        return InvoicePaymentsWithRawResponse(self._client.invoice_payments)

    @cached_property
    def tax_rates(self) -> TaxRatesWithRawResponse:
        from .tax_rates import TaxRatesWithRawResponse

        return TaxRatesWithRawResponse(self._client.tax_rates)

    @cached_property
    def coupons(self) -> CouponsWithRawResponse:
        from .coupons import CouponsWithRawResponse

        return CouponsWithRawResponse(self._client.coupons)

    @cached_property
    def products(self) -> ProductsWithRawResponse:
        from .products import ProductsWithRawResponse

        return ProductsWithRawResponse(self._client.products)

    @cached_property
    def prices(self) -> PricesWithRawResponse:
        from .prices import PricesWithRawResponse

        return PricesWithRawResponse(self._client.prices)

    @cached_property
    def events(self) -> EventsWithRawResponse:
        from .events import EventsWithRawResponse

        return EventsWithRawResponse(self._client.events)

    @cached_property
    def subscriptions(self) -> SubscriptionsWithRawResponse:
        from .subscriptions import SubscriptionsWithRawResponse

        return SubscriptionsWithRawResponse(self._client.subscriptions)

    @cached_property
    def subscription_items(self) -> SubscriptionItemsWithRawResponse:
        from .subscription_items import SubscriptionItemsWithRawResponse

        return SubscriptionItemsWithRawResponse(self._client.subscription_items)

    @cached_property
    def test_helpers(self) -> TestHelpersWithRawResponse:
        from .test_helpers import TestHelpersWithRawResponse

        return TestHelpersWithRawResponse(self._client.test_helpers)

    @cached_property
    def payment_intents(self) -> PaymentIntentsWithRawResponse:
        from .payment_intents import PaymentIntentsWithRawResponse

        return PaymentIntentsWithRawResponse(self._client.payment_intents)

    @cached_property
    def promotion_codes(self) -> PromotionCodesWithRawResponse:
        from .promotion_codes import PromotionCodesWithRawResponse

        return PromotionCodesWithRawResponse(self._client.promotion_codes)

    @cached_property
    def quotes(self) -> QuotesWithRawResponse:
        from .quotes import QuotesWithRawResponse

        return QuotesWithRawResponse(self._client.quotes)

    @cached_property
    def subscription_schedules(self) -> SubscriptionSchedulesWithRawResponse:
        from .subscription_schedules import SubscriptionSchedulesWithRawResponse

        return SubscriptionSchedulesWithRawResponse(self._client.subscription_schedules)

    @cached_property
    def billing_portal(self) -> BillingPortalWithRawResponse:
        from .billing_portal import BillingPortalWithRawResponse

        return BillingPortalWithRawResponse(self._client.billing_portal)

    @cached_property
    def billing(self) -> BillingWithRawResponse:
        from .billing import BillingWithRawResponse

        return BillingWithRawResponse(self._client.billing)

    @cached_property
    def invoice_rendering_templates(self) -> InvoiceRenderingTemplatesWithRawResponse:
        from .invoice_rendering_templates import InvoiceRenderingTemplatesWithRawResponse

        return InvoiceRenderingTemplatesWithRawResponse(self._client.invoice_rendering_templates)


class AsyncResources:
    """The resource attributes of a async client, each made when first read."""

    def _as_client(self) -> AsyncRequester:
        raise NotImplementedError

    @cached_property
    def invoices(self) -> AsyncInvoices:
        from .invoices import AsyncInvoices

        return AsyncInvoices(self._as_client())

    @cached_property
    def invoice_items(self) -> AsyncInvoiceItems:
        from .invoice_items import AsyncInvoiceItems

        return AsyncInvoiceItems(self._as_client())

    @cached_property
    def customers(self) -> AsyncCustomers:
        from .customers import AsyncCustomers

        return AsyncCustomers(self._as_client())

    @cached_property
    def credit_notes(self) -> AsyncCreditNotes:
        from .credit_notes import AsyncCreditNotes

        return AsyncCreditNotes(self._as_client())

    @cached_property
    def invoice_payments(self) -> AsyncInvoicePayments:
        from .invoice_payments import AsyncInvoicePayments

        return AsyncInvoicePayments(self._as_client())

    @cached_property
    def tax_rates(self) -> AsyncTaxRates:
        from .tax_rates import AsyncTaxRates

        return AsyncTaxRates(self._as_client())

    @cached_property
    def coupons(self) -> AsyncCoupons:
        from .coupons import AsyncCoupons

        return AsyncCoupons(self._as_client())

    @cached_property
    def products(self) -> AsyncProducts:
        from .products import AsyncProducts

        return AsyncProducts(self._as_client())

    @cached_property
    def prices(self) -> AsyncPrices:
        from .prices import AsyncPrices

        return AsyncPrices(self._as_client())

    @cached_property
    def events(self) -> AsyncEvents:
        from .events import AsyncEvents

        return AsyncEvents(self._as_client())

    @cached_property
    def subscriptions(self) -> AsyncSubscriptions:
        from .subscriptions import AsyncSubscriptions

        return AsyncSubscriptions(self._as_client())

    @cached_property
    def subscription_items(self) -> AsyncSubscriptionItems:
        from .subscription_items import AsyncSubscriptionItems

        return AsyncSubscriptionItems(self._as_client())

    @cached_property
    def test_helpers(self) -> AsyncTestHelpers:
        from .test_helpers import AsyncTestHelpers

        return AsyncTestHelpers(self._as_client())

    @cached_property
    def payment_intents(self) -> AsyncPaymentIntents:
        from .payment_intents import AsyncPaymentIntents

        return AsyncPaymentIntents(self._as_client())

    @cached_property
    def promotion_codes(self) -> AsyncPromotionCodes:
        from .promotion_codes import AsyncPromotionCodes

        return AsyncPromotionCodes(self._as_client())

    @cached_property
    def quotes(self) -> AsyncQuotes:
        from .quotes import AsyncQuotes

        return AsyncQuotes(self._as_client())

    @cached_property
    def subscription_schedules(self) -> AsyncSubscriptionSchedules:
        from .subscription_schedules import AsyncSubscriptionSchedules

        return AsyncSubscriptionSchedules(self._as_client())

    @cached_property
    def billing_portal(self) -> AsyncBillingPortal:
        from .billing_portal import AsyncBillingPortal

        return AsyncBillingPortal(self._as_client())

    @cached_property
    def billing(self) -> AsyncBilling:
        from .billing import AsyncBilling

        return AsyncBilling(self._as_client())

    @cached_property
    def invoice_rendering_templates(self) -> AsyncInvoiceRenderingTemplates:
        from .invoice_rendering_templates import AsyncInvoiceRenderingTemplates

        return AsyncInvoiceRenderingTemplates(self._as_client())


class AsyncRawResources:
    """The resource attributes of a client's with_raw_response."""

    def __init__(self, client: AsyncResources) -> None:
        self._client = client

    @cached_property
    def invoices(self) -> AsyncInvoicesWithRawResponse:
        from .invoices import AsyncInvoicesWithRawResponse

        return AsyncInvoicesWithRawResponse(self._client.invoices)

    @cached_property
    def invoice_items(self) -> AsyncInvoiceItemsWithRawResponse:
        from .invoice_items import AsyncInvoiceItemsWithRawResponse

        return AsyncInvoiceItemsWithRawResponse(self._client.invoice_items)

    @cached_property
    def customers(self) -> AsyncCustomersWithRawResponse:
        from .customers import AsyncCustomersWithRawResponse

        return AsyncCustomersWithRawResponse(self._client.customers)

    @cached_property
    def credit_notes(self) -> AsyncCreditNotesWithRawResponse:
        from .credit_notes import AsyncCreditNotesWithRawResponse

        return AsyncCreditNotesWithRawResponse(self._client.credit_notes)

    @cached_property
    def invoice_payments(self) -> AsyncInvoicePaymentsWithRawResponse:
        from .invoice_payments import AsyncInvoicePaymentsWithRawResponse

        return AsyncInvoicePaymentsWithRawResponse(self._client.invoice_payments)

    @cached_property
    def tax_rates(self) -> AsyncTaxRatesWithRawResponse:
        from .tax_rates import AsyncTaxRatesWithRawResponse

        return AsyncTaxRatesWithRawResponse(self._client.tax_rates)

    @cached_property
    def coupons(self) -> AsyncCouponsWithRawResponse:
        from .coupons import AsyncCouponsWithRawResponse

        return AsyncCouponsWithRawResponse(self._client.coupons)

    @cached_property
    def products(self) -> AsyncProductsWithRawResponse:
        from .products import AsyncProductsWithRawResponse

        return AsyncProductsWithRawResponse(self._client.products)

    @cached_property
    def prices(self) -> AsyncPricesWithRawResponse:
        from .prices import AsyncPricesWithRawResponse

        return AsyncPricesWithRawResponse(self._client.prices)

    @cached_property
    def events(self) -> AsyncEventsWithRawResponse:
        from .events import AsyncEventsWithRawResponse

        return AsyncEventsWithRawResponse(self._client.events)

    @cached_property
    def subscriptions(self) -> AsyncSubscriptionsWithRawResponse:
        from .subscriptions import AsyncSubscriptionsWithRawResponse

        return AsyncSubscriptionsWithRawResponse(self._client.subscriptions)

    @cached_property
    def subscription_items(self) -> AsyncSubscriptionItemsWithRawResponse:
        from .subscription_items import AsyncSubscriptionItemsWithRawResponse

        return AsyncSubscriptionItemsWithRawResponse(self._client.subscription_items)

    @cached_property
    def test_helpers(self) -> AsyncTestHelpersWithRawResponse:
        from .test_helpers import AsyncTestHelpersWithRawResponse

        return AsyncTestHelpersWithRawResponse(self._client.test_helpers)

    @cached_property
    def payment_intents(self) -> AsyncPaymentIntentsWithRawResponse:
        from .payment_intents import AsyncPaymentIntentsWithRawResponse

        return AsyncPaymentIntentsWithRawResponse(self._client.payment_intents)

    @cached_property
    def promotion_codes(self) -> AsyncPromotionCodesWithRawResponse:
        from .promotion_codes import AsyncPromotionCodesWithRawResponse

        return AsyncPromotionCodesWithRawResponse(self._client.promotion_codes)

    @cached_property
    def quotes(self) -> AsyncQuotesWithRawResponse:
        from .quotes import AsyncQuotesWithRawResponse

        return AsyncQuotesWithRawResponse(self._client.quotes)

    @cached_property
    def subscription_schedules(self) -> AsyncSubscriptionSchedulesWithRawResponse:
        from .subscription_schedules import AsyncSubscriptionSchedulesWithRawResponse

        return AsyncSubscriptionSchedulesWithRawResponse(self._client.subscription_schedules)

    @cached_property
    def billing_portal(self) -> AsyncBillingPortalWithRawResponse:
        from .billing_portal import AsyncBillingPortalWithRawResponse

        return AsyncBillingPortalWithRawResponse(self._client.billing_portal)

    @cached_property
    def billing(self) -> AsyncBillingWithRawResponse:
        from .billing import AsyncBillingWithRawResponse

        return AsyncBillingWithRawResponse(self._client.billing)

    @cached_property
    def invoice_rendering_templates(self) -> AsyncInvoiceRenderingTemplatesWithRawResponse:
        from .invoice_rendering_templates import AsyncInvoiceRenderingTemplatesWithRawResponse

        return AsyncInvoiceRenderingTemplatesWithRawResponse(
            self._client.invoice_rendering_templates
        )


if not TYPE_CHECKING:

    def __getattr__(name: str) -> Any:
        module = _MODULES.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        return getattr(importlib.import_module(module, __name__), name)


__all__ = [
    "AsyncBilling",
    "AsyncBillingMeterEventAdjustments",
    "AsyncBillingMeterEventAdjustmentsWithRawResponse",
    "AsyncBillingMeterEvents",
    "AsyncBillingMeterEventsWithRawResponse",
    "AsyncBillingMeters",
    "AsyncBillingMetersWithRawResponse",
    "AsyncBillingPortal",
    "AsyncBillingPortalConfigurations",
    "AsyncBillingPortalConfigurationsWithRawResponse",
    "AsyncBillingPortalSessions",
    "AsyncBillingPortalSessionsWithRawResponse",
    "AsyncBillingPortalWithRawResponse",
    "AsyncBillingWithRawResponse",
    "AsyncCoupons",
    "AsyncCouponsWithRawResponse",
    "AsyncCreditNotes",
    "AsyncCreditNotesWithRawResponse",
    "AsyncCustomerBalanceTransactions",
    "AsyncCustomerBalanceTransactionsWithRawResponse",
    "AsyncCustomerPaymentMethods",
    "AsyncCustomerPaymentMethodsWithRawResponse",
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
    "AsyncInvoiceRenderingTemplates",
    "AsyncInvoiceRenderingTemplatesWithRawResponse",
    "AsyncInvoices",
    "AsyncInvoicesWithRawResponse",
    "AsyncPaymentIntents",
    "AsyncPaymentIntentsWithRawResponse",
    "AsyncPrices",
    "AsyncPricesWithRawResponse",
    "AsyncProducts",
    "AsyncProductsWithRawResponse",
    "AsyncPromotionCodes",
    "AsyncPromotionCodesWithRawResponse",
    "AsyncQuotes",
    "AsyncQuotesWithRawResponse",
    "AsyncRawResources",
    "AsyncResources",
    "AsyncSubscriptionItems",
    "AsyncSubscriptionItemsWithRawResponse",
    "AsyncSubscriptionSchedules",
    "AsyncSubscriptionSchedulesWithRawResponse",
    "AsyncSubscriptions",
    "AsyncSubscriptionsWithRawResponse",
    "AsyncTaxRates",
    "AsyncTaxRatesWithRawResponse",
    "AsyncTestClocks",
    "AsyncTestClocksWithRawResponse",
    "AsyncTestHelpers",
    "AsyncTestHelpersWithRawResponse",
    "Billing",
    "BillingMeterEventAdjustments",
    "BillingMeterEventAdjustmentsWithRawResponse",
    "BillingMeterEvents",
    "BillingMeterEventsWithRawResponse",
    "BillingMeters",
    "BillingMetersWithRawResponse",
    "BillingPortal",
    "BillingPortalConfigurations",
    "BillingPortalConfigurationsWithRawResponse",
    "BillingPortalSessions",
    "BillingPortalSessionsWithRawResponse",
    "BillingPortalWithRawResponse",
    "BillingWithRawResponse",
    "Coupons",
    "CouponsWithRawResponse",
    "CreditNotes",
    "CreditNotesWithRawResponse",
    "CustomerBalanceTransactions",
    "CustomerBalanceTransactionsWithRawResponse",
    "CustomerPaymentMethods",
    "CustomerPaymentMethodsWithRawResponse",
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
    "InvoiceRenderingTemplates",
    "InvoiceRenderingTemplatesWithRawResponse",
    "Invoices",
    "InvoicesWithRawResponse",
    "PaymentIntents",
    "PaymentIntentsWithRawResponse",
    "Prices",
    "PricesWithRawResponse",
    "Products",
    "ProductsWithRawResponse",
    "PromotionCodes",
    "PromotionCodesWithRawResponse",
    "Quotes",
    "QuotesWithRawResponse",
    "RawResources",
    "Resources",
    "SubscriptionItems",
    "SubscriptionItemsWithRawResponse",
    "SubscriptionSchedules",
    "SubscriptionSchedulesWithRawResponse",
    "Subscriptions",
    "SubscriptionsWithRawResponse",
    "TaxRates",
    "TaxRatesWithRawResponse",
    "TestClocks",
    "TestClocksWithRawResponse",
    "TestHelpers",
    "TestHelpersWithRawResponse",
]
