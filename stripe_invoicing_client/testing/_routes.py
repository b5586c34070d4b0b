"""Which handler serves each method and path, named by the spec's operationId."""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import unquote

from attrs import frozen

from .._core.wire import Endpoint
from .._generated.operations import ENDPOINTS
from . import _balance as balance
from . import _catalog as catalog
from . import _credit_notes as credit_notes
from . import _customer_discounts as customer_discounts
from . import _customers as customers
from . import _events as events
from . import _invoice_items as invoice_items
from . import _invoice_lines as lines
from . import _invoice_payments as invoice_payments
from . import _invoice_preview as invoice_preview
from . import _invoice_status as status
from . import _invoices as invoices
from . import _meters as meters
from . import _not_served as not_served
from . import _payment_intents as payment_intents
from . import _payment_methods as payment_methods
from . import _portal as portal
from . import _promotion_codes as promotion_codes
from . import _quotes as quotes
from . import _rendering_templates as rendering_templates
from . import _subscription_discounts as subscription_discounts
from . import _subscription_items as subscription_items
from . import _subscription_pause as subscription_pause
from . import _subscription_resume as subscription_resume
from . import _subscription_schedules as schedules
from . import _subscriptions as subscriptions
from . import _tax_ids as tax_ids
from . import _test_clocks as test_clocks
from ._state import Handler


@frozen
class Route:
    method: str
    template: str
    operation_id: str
    handler: Handler
    changes_state: bool
    pattern: re.Pattern[str]


# Handlers, keyed by operationId. Method and path come from the generated operations (the
# operations table selects them from the spec); an operation without a handler here fails
# tests/fake/test_routes_table.py.
HANDLERS: dict[str, Handler] = {
    "GetInvoices": invoices.list_all,
    "PostInvoices": invoices.create,
    "GetInvoicesSearch": invoices.search,
    "PostInvoicesCreatePreview": invoice_preview.create_preview,
    "GetInvoicesInvoice": invoices.retrieve,
    "PostInvoicesInvoice": invoices.update,
    "DeleteInvoicesInvoice": invoices.delete,
    "PostInvoicesInvoiceFinalize": status.finalize,
    "PostInvoicesInvoiceSend": status.send,
    "PostInvoicesInvoicePay": status.pay,
    "PostInvoicesInvoiceVoid": status.void,
    "PostInvoicesInvoiceMarkUncollectible": status.mark_uncollectible,
    "GetInvoicesInvoiceLines": lines.list_lines,
    "PostInvoicesInvoiceLinesLineItemId": lines.update_line,
    "PostInvoicesInvoiceAddLines": lines.add_lines,
    "PostInvoicesInvoiceRemoveLines": lines.remove_lines,
    "PostInvoicesInvoiceUpdateLines": lines.update_lines,
    "GetInvoiceitems": invoice_items.list_all,
    "PostInvoiceitems": invoice_items.create,
    "GetInvoiceitemsInvoiceitem": invoice_items.retrieve,
    "PostInvoiceitemsInvoiceitem": invoice_items.update,
    "DeleteInvoiceitemsInvoiceitem": invoice_items.delete,
    "GetCustomers": customers.list_all,
    "PostCustomers": customers.create,
    "GetCustomersSearch": customers.search,
    "GetCustomersCustomer": customers.retrieve,
    "PostCustomersCustomer": customers.update,
    "DeleteCustomersCustomer": customers.delete,
    "DeleteCustomersCustomerDiscount": customer_discounts.delete_discount,
    "PostInvoicesInvoiceAttachPayment": status.attach_payment,
    "GetCreditNotes": credit_notes.list_all,
    "PostCreditNotes": credit_notes.create,
    "GetCreditNotesPreview": credit_notes.preview,
    "GetCreditNotesPreviewLines": credit_notes.preview_lines,
    "GetCreditNotesCreditNoteLines": credit_notes.list_lines,
    "GetCreditNotesId": credit_notes.retrieve,
    "PostCreditNotesId": credit_notes.update,
    "PostCreditNotesIdVoid": credit_notes.void,
    "GetInvoicePayments": invoice_payments.list_all,
    "GetInvoicePaymentsInvoicePayment": invoice_payments.retrieve,
    **catalog.HANDLERS,
    "GetCustomersCustomerTaxIds": tax_ids.list_all,
    "PostCustomersCustomerTaxIds": tax_ids.create,
    "GetCustomersCustomerTaxIdsId": tax_ids.retrieve,
    "DeleteCustomersCustomerTaxIdsId": tax_ids.delete,
    "GetCustomersCustomerBalanceTransactions": balance.list_all,
    "PostCustomersCustomerBalanceTransactions": balance.create,
    "GetCustomersCustomerBalanceTransactionsTransaction": balance.retrieve,
    "PostCustomersCustomerBalanceTransactionsTransaction": balance.update,
    "GetEvents": events.list_all,
    "GetEventsId": events.retrieve,
}

# Issue 14: recurring invoicing.
HANDLERS |= {
    "GetSubscriptions": subscriptions.list_all,
    "PostSubscriptions": subscriptions.create,
    "GetSubscriptionsSearch": subscriptions.search,
    "GetSubscriptionsSubscriptionExposedId": subscriptions.retrieve,
    "PostSubscriptionsSubscriptionExposedId": subscriptions.update,
    "DeleteSubscriptionsSubscriptionExposedId": subscriptions.cancel,
    "GetSubscriptionItems": subscription_items.item_list,
    "PostSubscriptionItems": subscription_items.item_create,
    "GetSubscriptionItemsItem": subscription_items.item_retrieve,
    "PostSubscriptionItemsItem": subscription_items.item_update,
    "DeleteSubscriptionItemsItem": subscription_items.item_delete,
    "GetTestHelpersTestClocks": test_clocks.list_all,
    "PostTestHelpersTestClocks": test_clocks.create,
    "GetTestHelpersTestClocksTestClock": test_clocks.retrieve,
    "DeleteTestHelpersTestClocksTestClock": test_clocks.delete,
    "PostTestHelpersTestClocksTestClockAdvance": test_clocks.advance,
}

# Issue 24: quotes (`_quotes.py`).
HANDLERS |= {
    "GetQuotes": quotes.list_all,
    "PostQuotes": quotes.create,
    "GetQuotesQuote": quotes.retrieve,
    "PostQuotesQuote": quotes.update,
    "PostQuotesQuoteFinalize": quotes.finalize,
    "PostQuotesQuoteAccept": quotes.accept,
    "PostQuotesQuoteCancel": quotes.cancel,
    "GetQuotesQuoteLineItems": quotes.list_line_items,
    "GetQuotesQuoteComputedUpfrontLineItems": quotes.list_computed_upfront_line_items,
    "GetQuotesQuotePdf": quotes.pdf,
}

# Issue 24: subscription schedules (`_subscription_schedules.py`).
HANDLERS |= {
    "GetSubscriptionSchedules": schedules.list_all,
    "PostSubscriptionSchedules": schedules.create,
    "GetSubscriptionSchedulesSchedule": schedules.retrieve,
    "PostSubscriptionSchedulesSchedule": schedules.update,
    "PostSubscriptionSchedulesScheduleCancel": schedules.cancel,
    "PostSubscriptionSchedulesScheduleRelease": schedules.release,
}

# Issue 24: promotion codes (`_promotion_codes.py`), redeemed wherever discounts are, and a
# subscription's discount taken off (`_subscription_discounts.py`).
HANDLERS |= {
    "GetPromotionCodes": promotion_codes.list_all,
    "PostPromotionCodes": promotion_codes.create,
    "GetPromotionCodesPromotionCode": promotion_codes.retrieve,
    "PostPromotionCodesPromotionCode": promotion_codes.update,
    "DeleteSubscriptionsSubscriptionExposedIdDiscount": subscription_discounts.delete_discount,
}

# Issue 24: usage-based billing (`_meters.py`).
HANDLERS |= {
    "GetBillingMeters": meters.list_all,
    "PostBillingMeters": meters.create,
    "GetBillingMetersId": meters.retrieve,
    "PostBillingMetersId": meters.update,
    "PostBillingMetersIdDeactivate": meters.deactivate,
    "PostBillingMetersIdReactivate": meters.reactivate,
    "GetBillingMetersIdEventSummaries": meters.event_summaries,
    "PostBillingMeterEvents": meters.create_event,
    "PostBillingMeterEventAdjustments": meters.create_adjustment,
}

# Issue 24: payment intents made when invoices are charged (`_payment_intents.py`), and the
# customer's payment methods they and the customer name (`_payment_methods.py`).
HANDLERS |= {
    "GetPaymentIntents": payment_intents.list_all,
    "GetPaymentIntentsSearch": payment_intents.search,
    "GetPaymentIntentsIntent": payment_intents.retrieve,
    "GetCustomersCustomerPaymentMethods": payment_methods.list_all,
    "GetCustomersCustomerPaymentMethodsPaymentMethod": payment_methods.retrieve,
}

# Issue 24: the customer portal (`_portal.py`).
HANDLERS |= {
    "GetBillingPortalConfigurations": portal.list_all,
    "PostBillingPortalConfigurations": portal.create,
    "GetBillingPortalConfigurationsConfiguration": portal.retrieve,
    "PostBillingPortalConfigurationsConfiguration": portal.update,
    "PostBillingPortalSessions": portal.create_session,
}

# Issue 24: pausing subscriptions and moving them to flexible billing (`_subscription_pause.py`);
# resuming them (`_subscription_resume.py`).
HANDLERS |= {
    "PostSubscriptionsSubscriptionPause": subscription_pause.pause,
    "PostSubscriptionsSubscriptionMigrate": subscription_pause.migrate,
    "PostSubscriptionsSubscriptionResume": subscription_resume.resume,
}

# Invoice rendering templates (`_rendering_templates.py`); tests add them, as the Dashboard does.
HANDLERS |= {
    "GetInvoiceRenderingTemplates": rendering_templates.list_all,
    "GetInvoiceRenderingTemplatesTemplate": rendering_templates.retrieve,
    "PostInvoiceRenderingTemplatesTemplateArchive": rendering_templates.archive,
    "PostInvoiceRenderingTemplatesTemplateUnarchive": rendering_templates.unarchive,
}

# Operations of the client the fake does not serve yet (none since issue 24 served the last);
# each answers a 404 that names it (tests/fake/test_not_served.py).
NOT_SERVED: frozenset[str] = frozenset()
HANDLERS |= {operation_id: not_served.handler_for(operation_id) for operation_id in NOT_SERVED}

# POSTs that only read: no state change, so a lost answer needs no replay.
READ_ONLY_POSTS = frozenset({"PostInvoicesCreatePreview"})


def _route(found: Endpoint[Any], handler: Handler) -> Route:
    operation_id = found.operation_id
    regex = re.sub(r"\{(\w+)\}", r"(?P<\1>[^/]+)", found.path)
    changes_state = found.method != "GET" and operation_id not in READ_ONLY_POSTS
    return Route(found.method, found.path, operation_id, handler, changes_state, re.compile(regex))


def _specificity(route: Route) -> tuple[bool, ...]:
    # A fixed segment before a `{parameter}` at the same place: `/v1/invoices/search` is tried
    # before `/v1/invoices/{invoice}`, so `search` and `create_preview` aren't read as ids.
    return tuple(segment.startswith("{") for segment in route.template.split("/"))


ROUTES = tuple(
    sorted(
        (
            _route(found, HANDLERS[found.operation_id])
            for found in ENDPOINTS
            if found.operation_id in HANDLERS
        ),
        key=_specificity,
    )
)


def find_route(method: str, raw_path: str) -> tuple[Route, dict[str, str]] | None:
    """The route and its decoded path values; `raw_path` is still percent-encoded."""
    for route in ROUTES:
        if route.method != method:
            continue
        found = route.pattern.fullmatch(raw_path)
        if found:
            return route, {name: unquote(value) for name, value in found.groupdict().items()}
    return None


__all__ = ["HANDLERS", "NOT_SERVED", "ROUTES", "Route", "find_route"]
