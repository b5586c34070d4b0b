"""The operations table: every operation the client offers, in one place.

One row per Stripe operation: where it hangs on the client (`client.invoices.send`), what kind
of call it is, and a one-line doc in our words. It drives what the generator selects from a
spec, the generated parameter TypedDicts and resource classes (sync, async and raw-response
twins), the client's wiring, the webhook object-to-model table and the in-memory backend's
route table. Adding an operation is a row here (plus a handler in `testing/` for the fake).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

# `download`: a file (a quote's PDF) from Stripe's files host, as bytes or written to a path.
Kind = Literal["call", "list", "search", "delete", "download"]


@dataclass(frozen=True)
class Resource:
    """A resource of the client: `client.<attribute>`, or nested: `client.customers.tax_ids`."""

    attribute: str  # the key of the resource, and its module names: `invoices`, `customer_tax_ids`
    singular: str  # `Invoice`: the prefix of its parameter TypedDict names
    classes: str  # `Invoices`: the resource classes (`Invoices`, `AsyncInvoices`, ...)
    doc: str
    # Where it hangs on the client, when not `client.<attribute>`: ("customers", "tax_ids").
    # Every prefix of a path is itself a resource (one without operations is a namespace, such
    # as `test_helpers`).
    path: tuple[str, ...] = ()
    # The `object` tag of what it returns, when webhook events carry it (`invoice`): events
    # whose type starts with `<tag>.` get their `data.object` parsed to its model.
    webhook: str = ""
    # The prefix of those events' types, when not `<webhook tag>.`: a subscription's events
    # are `customer.subscription.*`.
    events: str = ""

    @property
    def event_prefix(self) -> str:
        return self.events or f"{self.webhook}."

    @property
    def client_path(self) -> tuple[str, ...]:
        return self.path or (self.attribute,)

    @property
    def parent(self) -> str | None:
        """The attribute (key) of the resource it hangs under, if nested."""
        if len(self.client_path) < 2:
            return None
        parent_path = self.client_path[:-1]
        return next(r.attribute for r in RESOURCES.values() if r.client_path == parent_path)


@dataclass(frozen=True)
class Operation:
    operation_id: str  # Stripe's operationId
    resource: str  # Resource.attribute
    method: str  # the client method's name
    kind: Kind
    doc: str  # one line, our words
    # The parameter TypedDict's name part after the resource (default: the method's name).
    params_name: str = ""
    # The path parameters, in the spec path's order: the method's positional-only arguments.
    path_params: tuple[str, ...] = ()

    @property
    def http_method(self) -> str:
        """GET, POST or DELETE: Stripe's operationIds start with their HTTP method."""
        found = re.match(r"Get|Post|Delete", self.operation_id)
        if found is None:
            raise ValueError(f"{self.operation_id}: not a Get/Post/Delete operationId")
        return found.group(0).upper()

    @property
    def params(self) -> str:
        """The name of its parameter TypedDict: `InvoiceCreateParams`."""
        part = self.params_name or "".join(w.capitalize() for w in self.method.split("_"))
        return f"{RESOURCES[self.resource].singular}{part}Params"


RESOURCES: dict[str, Resource] = {
    r.attribute: r
    for r in (
        Resource(
            "invoices",
            "Invoice",
            "Invoices",
            "Invoices: create drafts, finalize, send, collect, and page through them.",
            webhook="invoice",
        ),
        Resource(
            "invoice_items",
            "InvoiceItem",
            "InvoiceItems",
            "Invoice items: charges waiting for the customer's next invoice.",
            webhook="invoiceitem",
        ),
        Resource(
            "customers",
            "Customer",
            "Customers",
            "Customers: who invoices are addressed to and how they pay.",
            webhook="customer",
        ),
        Resource(
            "credit_notes",
            "CreditNote",
            "CreditNotes",
            "Credit notes: lower, refund or correct a finalized invoice.",
            webhook="credit_note",
        ),
        Resource(
            "invoice_payments",
            "InvoicePayment",
            "InvoicePayments",
            "Invoice payments: which payments paid which invoice.",
            webhook="invoice_payment",
        ),
        Resource(
            "tax_rates",
            "TaxRate",
            "TaxRates",
            "Tax rates: percentages, included in prices or added on top, that lines apply.",
            webhook="tax_rate",
        ),
        Resource(
            "coupons",
            "Coupon",
            "Coupons",
            "Coupons: an amount or percentage off, for invoices and their lines.",
            webhook="coupon",
        ),
        Resource(
            "products",
            "Product",
            "Products",
            "Products: the goods and services prices are for.",
            webhook="product",
        ),
        Resource(
            "prices",
            "Price",
            "Prices",
            "Prices: what a product costs, one-off or recurring, for invoice lines to take.",
            webhook="price",
        ),
        Resource(
            "customer_tax_ids",
            "CustomerTaxId",
            "CustomerTaxIds",
            "A customer's tax IDs (VAT numbers and the like), printed on their invoices.",
            path=("customers", "tax_ids"),
            webhook="tax_id",
            events="customer.tax_id.",
        ),
        Resource(
            "customer_balance_transactions",
            "CustomerBalanceTransaction",
            "CustomerBalanceTransactions",
            "A customer's balance transactions: credits and debits their next invoices take.",
            path=("customers", "balance_transactions"),
        ),
        Resource(
            "events",
            "Event",
            "Events",
            "Events of the last 30 days, to catch up on webhooks a handler missed.",
        ),
    )
}

_I = "invoices"
_II = "invoice_items"
_C = "customers"
_CN = "credit_notes"
_IP = "invoice_payments"
_TR = "tax_rates"
_CO = "coupons"
_PR = "products"
_PC = "prices"
_TX = "customer_tax_ids"
_BT = "customer_balance_transactions"
_EV = "events"

OPERATIONS: tuple[Operation, ...] = (
    Operation(
        "GetInvoices", _I, "list", "list", "Every matching invoice, newest first, page by page."
    ),
    Operation(
        "PostInvoices",
        _I,
        "create",
        "call",
        "Create a draft invoice; the customer's pending invoice items are pulled in.",
    ),
    Operation(
        "GetInvoicesSearch",
        _I,
        "search",
        "search",
        "Invoices matching a search `query` (a str, or built from `InvoiceSearch` fields).",
    ),
    Operation(
        "PostInvoicesCreatePreview",
        _I,
        "create_preview",
        "call",
        "What an invoice would look like, without creating it.",
    ),
    Operation(
        "GetInvoicesInvoice",
        _I,
        "retrieve",
        "call",
        "Fetch one invoice by its id.",
        path_params=("invoice",),
    ),
    Operation(
        "PostInvoicesInvoice",
        _I,
        "update",
        "call",
        "Change an invoice's fields.",
        path_params=("invoice",),
    ),
    Operation(
        "DeleteInvoicesInvoice",
        _I,
        "delete",
        "delete",
        "Delete a draft invoice (others can only be voided).",
        path_params=("invoice",),
    ),
    Operation(
        "PostInvoicesInvoiceFinalize",
        _I,
        "finalize",
        "call",
        "Finalize a draft: it gets a number and can be paid.",
        path_params=("invoice",),
    ),
    Operation(
        "PostInvoicesInvoiceSend",
        _I,
        "send",
        "call",
        "Email the invoice to the customer now (finalizing a draft first).",
        path_params=("invoice",),
    ),
    Operation(
        "PostInvoicesInvoicePay",
        _I,
        "pay",
        "call",
        "Collect payment now, or record one made outside Stripe (`paid_out_of_band=True`).",
        path_params=("invoice",),
    ),
    Operation(
        "PostInvoicesInvoiceVoid",
        _I,
        "void",
        "call",
        "Void a finalized invoice: nothing is owed.",
        path_params=("invoice",),
    ),
    Operation(
        "PostInvoicesInvoiceMarkUncollectible",
        _I,
        "mark_uncollectible",
        "call",
        "Mark a finalized invoice as not expected to be paid.",
        path_params=("invoice",),
    ),
    Operation(
        "GetInvoicesInvoiceLines",
        _I,
        "list_lines",
        "list",
        "Every line of an invoice, page by page.",
        path_params=("invoice",),
    ),
    Operation(
        "PostInvoicesInvoiceLinesLineItemId",
        _I,
        "update_line",
        "call",
        "Change one line of a draft invoice.",
        path_params=("invoice", "line_item_id"),
    ),
    Operation(
        "PostInvoicesInvoiceAddLines",
        _I,
        "add_lines",
        "call",
        "Add lines to a draft invoice.",
        path_params=("invoice",),
    ),
    Operation(
        "PostInvoicesInvoiceRemoveLines",
        _I,
        "remove_lines",
        "call",
        "Remove lines from a draft invoice (delete or unassign their items).",
        path_params=("invoice",),
    ),
    Operation(
        "PostInvoicesInvoiceUpdateLines",
        _I,
        "update_lines",
        "call",
        "Change several lines of a draft invoice at once.",
        path_params=("invoice",),
    ),
    Operation(
        "GetInvoiceitems",
        _II,
        "list",
        "list",
        "Every matching invoice item, newest first, page by page.",
    ),
    Operation(
        "PostInvoiceitems",
        _II,
        "create",
        "call",
        "Create an invoice item: a charge for the customer's next (or a given) invoice.",
    ),
    Operation(
        "GetInvoiceitemsInvoiceitem",
        _II,
        "retrieve",
        "call",
        "Fetch one invoice item by its id.",
        path_params=("invoiceitem",),
    ),
    Operation(
        "PostInvoiceitemsInvoiceitem",
        _II,
        "update",
        "call",
        "Change an invoice item that is not yet on a finalized invoice.",
        path_params=("invoiceitem",),
    ),
    Operation(
        "DeleteInvoiceitemsInvoiceitem",
        _II,
        "delete",
        "delete",
        "Delete an invoice item that is not on a finalized invoice.",
        path_params=("invoiceitem",),
    ),
    Operation(
        "GetCustomers", _C, "list", "list", "Every matching customer, newest first, page by page."
    ),
    Operation("PostCustomers", _C, "create", "call", "Create a customer."),
    Operation(
        "GetCustomersSearch",
        _C,
        "search",
        "search",
        "Customers matching a search `query` (a str, or built from `CustomerSearch` fields).",
    ),
    Operation(
        "GetCustomersCustomer",
        _C,
        "retrieve",
        "call",
        "Fetch one customer by its id (a deleted one comes back as `DeletedCustomer`).",
        path_params=("customer",),
    ),
    Operation(
        "PostCustomersCustomer",
        _C,
        "update",
        "call",
        "Change a customer's fields.",
        path_params=("customer",),
    ),
    Operation(
        "DeleteCustomersCustomer",
        _C,
        "delete",
        "delete",
        "Delete a customer for good.",
        path_params=("customer",),
    ),
)

# Issue 13: what corrects, pays, taxes and prices an invoice, and the events.
OPERATIONS += (
    Operation(
        "PostInvoicesInvoiceAttachPayment",
        _I,
        "attach_payment",
        "call",
        "Link a payment made elsewhere (a PaymentIntent or payment record) to an open invoice.",
        path_params=("invoice",),
    ),
    Operation(
        "GetCreditNotes",
        _CN,
        "list",
        "list",
        "Every matching credit note, newest first, page by page.",
    ),
    Operation(
        "PostCreditNotes",
        _CN,
        "create",
        "call",
        "Issue a credit note on a finalized invoice: it lowers what is owed, or credits a payment.",
    ),
    Operation(
        "GetCreditNotesPreview",
        _CN,
        "preview",
        "call",
        "The credit note these parameters would issue, without issuing it.",
    ),
    Operation(
        "GetCreditNotesPreviewLines",
        _CN,
        "preview_lines",
        "list",
        "The lines of a previewed credit note, page by page.",
    ),
    Operation(
        "GetCreditNotesCreditNoteLines",
        _CN,
        "list_lines",
        "list",
        "Every line of a credit note, page by page.",
        path_params=("credit_note",),
    ),
    Operation(
        "GetCreditNotesId",
        _CN,
        "retrieve",
        "call",
        "Fetch one credit note by its id.",
        path_params=("id",),
    ),
    Operation(
        "PostCreditNotesId",
        _CN,
        "update",
        "call",
        "Change a credit note's memo or metadata.",
        path_params=("id",),
    ),
    Operation(
        "PostCreditNotesIdVoid",
        _CN,
        "void",
        "call",
        "Void a credit note: the invoice and the customer's balance get back what it took.",
        path_params=("id",),
    ),
    Operation(
        "GetInvoicePayments",
        _IP,
        "list",
        "list",
        "Every matching invoice payment (of one invoice, say), newest first, page by page.",
    ),
    Operation(
        "GetInvoicePaymentsInvoicePayment",
        _IP,
        "retrieve",
        "call",
        "Fetch one invoice payment by its id.",
        path_params=("invoice_payment",),
    ),
)

# Issue 14: recurring invoicing: subscriptions billed by invoice, their items, and test clocks.
RESOURCES.update(
    (r.attribute, r)
    for r in (
        Resource(
            "subscriptions",
            "Subscription",
            "Subscriptions",
            "Subscriptions: a customer billed each period, by invoice or automatically.",
            webhook="subscription",
            events="customer.subscription.",
        ),
        Resource(
            "subscription_items",
            "SubscriptionItem",
            "SubscriptionItems",
            "Subscription items: the prices and quantities a subscription bills.",
        ),
        Resource(
            "test_helpers",
            "TestHelpers",
            "TestHelpers",
            "Test helpers: tools for test mode only.",
        ),
        Resource(
            "test_clocks",
            "TestClock",
            "TestClocks",
            "Test clocks: move a test customer's time forward to see renewals and due dates.",
            path=("test_helpers", "test_clocks"),
            webhook="test_helpers.test_clock",
        ),
    )
)

_S = "subscriptions"
_SI = "subscription_items"
_TC = "test_clocks"

OPERATIONS += (
    Operation(
        "GetSubscriptions",
        _S,
        "list",
        "list",
        "Every matching subscription (not canceled ones, unless asked), newest first.",
    ),
    Operation(
        "PostSubscriptions",
        _S,
        "create",
        "call",
        "Subscribe a customer to prices; the first invoice is created at once.",
    ),
    Operation(
        "GetSubscriptionsSearch",
        _S,
        "search",
        "search",
        "Subscriptions matching a search `query` (a str, or built from `SubscriptionSearch`).",
    ),
    Operation(
        "GetSubscriptionsSubscriptionExposedId",
        _S,
        "retrieve",
        "call",
        "Fetch one subscription by its id.",
        path_params=("subscription_exposed_id",),
    ),
    Operation(
        "PostSubscriptionsSubscriptionExposedId",
        _S,
        "update",
        "call",
        "Change a subscription: items (prorated), collection, `pause_collection`, cancel later.",
        path_params=("subscription_exposed_id",),
    ),
    Operation(
        "DeleteSubscriptionsSubscriptionExposedId",
        _S,
        "cancel",
        "call",
        "Cancel a subscription now, optionally with a final (prorated) invoice.",
        path_params=("subscription_exposed_id",),
    ),
    Operation(
        "PostSubscriptionsSubscriptionResume",
        _S,
        "resume",
        "call",
        "Resume a paused subscription: active again once its resumption invoice, if any, is paid.",
        path_params=("subscription",),
    ),
    Operation(
        "GetSubscriptionItems",
        _SI,
        "list",
        "list",
        "Every item of a subscription, page by page.",
    ),
    Operation(
        "PostSubscriptionItems",
        _SI,
        "create",
        "call",
        "Add a price to a subscription (prorated per `proration_behavior`).",
    ),
    Operation(
        "GetSubscriptionItemsItem",
        _SI,
        "retrieve",
        "call",
        "Fetch one subscription item by its id.",
        path_params=("item",),
    ),
    Operation(
        "PostSubscriptionItemsItem",
        _SI,
        "update",
        "call",
        "Change an item's price or quantity (prorated per `proration_behavior`).",
        path_params=("item",),
    ),
    Operation(
        "DeleteSubscriptionItemsItem",
        _SI,
        "delete",
        "call",
        "Remove an item from its subscription (prorated per `proration_behavior`).",
        path_params=("item",),
    ),
    Operation(
        "GetTestHelpersTestClocks",
        _TC,
        "list",
        "list",
        "Every test clock, newest first, page by page.",
    ),
    Operation(
        "PostTestHelpersTestClocks",
        _TC,
        "create",
        "call",
        "Create a test clock frozen at `frozen_time`; customers created on it follow it.",
    ),
    Operation(
        "GetTestHelpersTestClocksTestClock",
        _TC,
        "retrieve",
        "call",
        "Fetch one test clock by its id.",
        path_params=("test_clock",),
    ),
    Operation(
        "DeleteTestHelpersTestClocksTestClock",
        _TC,
        "delete",
        "delete",
        "Delete a test clock, with the customers and subscriptions on it.",
        path_params=("test_clock",),
    ),
    Operation(
        "PostTestHelpersTestClocksTestClockAdvance",
        _TC,
        "advance",
        "call",
        "Move a test clock forward to `frozen_time`: renewals, due dates and all happen.",
        path_params=("test_clock",),
    ),
)

OPERATIONS += (
    Operation(
        "GetTaxRates", _TR, "list", "list", "Every matching tax rate, newest first, page by page."
    ),
    Operation("PostTaxRates", _TR, "create", "call", "Create a tax rate, inclusive or exclusive."),
    Operation(
        "GetTaxRatesTaxRate",
        _TR,
        "retrieve",
        "call",
        "Fetch one tax rate by its id.",
        path_params=("tax_rate",),
    ),
    Operation(
        "PostTaxRatesTaxRate",
        _TR,
        "update",
        "call",
        "Change a tax rate's names or archive it; its percentage is fixed.",
        path_params=("tax_rate",),
    ),
    Operation("GetCoupons", _CO, "list", "list", "Every coupon, newest first, page by page."),
    Operation(
        "PostCoupons", _CO, "create", "call", "Create a coupon: an amount or a percentage off."
    ),
    Operation(
        "GetCouponsCoupon",
        _CO,
        "retrieve",
        "call",
        "Fetch one coupon by its id.",
        path_params=("coupon",),
    ),
    Operation(
        "PostCouponsCoupon",
        _CO,
        "update",
        "call",
        "Change a coupon's name or metadata; its terms are fixed.",
        path_params=("coupon",),
    ),
    Operation(
        "DeleteCouponsCoupon",
        _CO,
        "delete",
        "delete",
        "Delete a coupon: no new redemptions, discounts already given stay.",
        path_params=("coupon",),
    ),
    Operation(
        "GetProducts", _PR, "list", "list", "Every matching product, newest first, page by page."
    ),
    Operation(
        "PostProducts", _PR, "create", "call", "Create a product, optionally with a default price."
    ),
    Operation(
        "GetProductsSearch",
        _PR,
        "search",
        "search",
        "Products matching a search `query` (a str, or built from `ProductSearch` fields).",
    ),
    Operation(
        "GetProductsId",
        _PR,
        "retrieve",
        "call",
        "Fetch one product by its id.",
        path_params=("id",),
    ),
    Operation(
        "PostProductsId",
        _PR,
        "update",
        "call",
        "Change a product's fields, its default price, or archive it.",
        path_params=("id",),
    ),
    Operation(
        "DeleteProductsId",
        _PR,
        "delete",
        "delete",
        "Delete a product that has no prices.",
        path_params=("id",),
    ),
    Operation(
        "GetPrices", _PC, "list", "list", "Every matching price, newest first, page by page."
    ),
    Operation("PostPrices", _PC, "create", "call", "Create a one-off or recurring price."),
    Operation(
        "GetPricesSearch",
        _PC,
        "search",
        "search",
        "Prices matching a search `query` (a str, or built from `PriceSearch` fields).",
    ),
    Operation(
        "GetPricesPrice",
        _PC,
        "retrieve",
        "call",
        "Fetch one price by its id.",
        path_params=("price",),
    ),
    Operation(
        "PostPricesPrice",
        _PC,
        "update",
        "call",
        "Change a price's names, lookup key or archive it; its amounts are fixed.",
        path_params=("price",),
    ),
)

OPERATIONS += (
    Operation(
        "GetCustomersCustomerTaxIds",
        _TX,
        "list",
        "list",
        "Every tax ID of a customer, page by page.",
        path_params=("customer",),
    ),
    Operation(
        "PostCustomersCustomerTaxIds",
        _TX,
        "create",
        "call",
        "Add a tax ID to a customer; finalized invoices then show it.",
        path_params=("customer",),
    ),
    Operation(
        "GetCustomersCustomerTaxIdsId",
        _TX,
        "retrieve",
        "call",
        "Fetch one tax ID of a customer.",
        path_params=("customer", "id"),
    ),
    Operation(
        "DeleteCustomersCustomerTaxIdsId",
        _TX,
        "delete",
        "delete",
        "Remove a tax ID from a customer.",
        path_params=("customer", "id"),
    ),
    Operation(
        "GetCustomersCustomerBalanceTransactions",
        _BT,
        "list",
        "list",
        "Every change to a customer's balance, newest first, page by page.",
        path_params=("customer",),
    ),
    Operation(
        "PostCustomersCustomerBalanceTransactions",
        _BT,
        "create",
        "call",
        "Credit (negative amount) or debit a customer's balance; invoices finalized next take it.",
        path_params=("customer",),
    ),
    Operation(
        "GetCustomersCustomerBalanceTransactionsTransaction",
        _BT,
        "retrieve",
        "call",
        "Fetch one balance transaction of a customer.",
        path_params=("customer", "transaction"),
    ),
    Operation(
        "PostCustomersCustomerBalanceTransactionsTransaction",
        _BT,
        "update",
        "call",
        "Change a balance transaction's description or metadata.",
        path_params=("customer", "transaction"),
    ),
)

OPERATIONS += (
    Operation(
        "GetEvents",
        _EV,
        "list",
        "list",
        "Every matching event, newest first, page by page (`type` takes `*`: `invoice.*`).",
    ),
    Operation(
        "GetEventsId",
        _EV,
        "retrieve",
        "call",
        "Fetch one event by its id, parsed as `construct_event` parses a webhook.",
        path_params=("id",),
    ),
)

# Issue 24: payment intents, typed wherever invoices, payments and events carry one.
RESOURCES["payment_intents"] = Resource(
    "payment_intents",
    "PaymentIntent",
    "PaymentIntents",
    "PaymentIntents: the payments that collect invoices, read-only here.",
    webhook="payment_intent",
)

_PI = "payment_intents"

OPERATIONS += (
    Operation(
        "GetPaymentIntents",
        _PI,
        "list",
        "list",
        "Every matching PaymentIntent (of one customer, say), newest first, page by page.",
    ),
    Operation(
        "GetPaymentIntentsSearch",
        _PI,
        "search",
        "search",
        "PaymentIntents matching a search `query` in Stripe's search language.",
    ),
    Operation(
        "GetPaymentIntentsIntent",
        _PI,
        "retrieve",
        "call",
        "Fetch one PaymentIntent by its id.",
        path_params=("intent",),
    ),
)

# Issue 24: promotion codes, a customer's payment methods, and more on subscriptions.
RESOURCES.update(
    (r.attribute, r)
    for r in (
        Resource(
            "promotion_codes",
            "PromotionCode",
            "PromotionCodes",
            "Promotion codes: codes customers enter to get a coupon, with their own limits.",
            webhook="promotion_code",
        ),
        Resource(
            "customer_payment_methods",
            "CustomerPaymentMethod",
            "CustomerPaymentMethods",
            "A customer's payment methods: the cards, bank accounts and wallets they pay with.",
            path=("customers", "payment_methods"),
            webhook="payment_method",
        ),
    )
)

_PRC = "promotion_codes"
_PM = "customer_payment_methods"

OPERATIONS += (
    Operation(
        "GetPromotionCodes",
        _PRC,
        "list",
        "list",
        "Every matching promotion code, newest first, page by page.",
    ),
    Operation(
        "PostPromotionCodes",
        _PRC,
        "create",
        "call",
        "Create a promotion code for a coupon, optionally limited to a customer or first orders.",
    ),
    Operation(
        "GetPromotionCodesPromotionCode",
        _PRC,
        "retrieve",
        "call",
        "Fetch one promotion code by its id.",
        path_params=("promotion_code",),
    ),
    Operation(
        "PostPromotionCodesPromotionCode",
        _PRC,
        "update",
        "call",
        "Change a promotion code's active flag, restrictions or metadata.",
        path_params=("promotion_code",),
    ),
    Operation(
        "GetCustomersCustomerPaymentMethods",
        _PM,
        "list",
        "list",
        "Every payment method of a customer (of one type, say), page by page.",
        path_params=("customer",),
    ),
    Operation(
        "GetCustomersCustomerPaymentMethodsPaymentMethod",
        _PM,
        "retrieve",
        "call",
        "Fetch one payment method of a customer.",
        path_params=("customer", "payment_method"),
    ),
    Operation(
        "PostSubscriptionsSubscriptionPause",
        _S,
        "pause",
        "call",
        "Pause a subscription: no invoices until it is resumed.",
        path_params=("subscription",),
    ),
    Operation(
        "DeleteSubscriptionsSubscriptionExposedIdDiscount",
        _S,
        "delete_discount",
        "delete",
        "Remove the discount applied to a subscription.",
        path_params=("subscription_exposed_id",),
    ),
    Operation(
        "PostSubscriptionsSubscriptionMigrate",
        _S,
        "migrate",
        "call",
        "Move a subscription to the flexible billing mode.",
        path_params=("subscription",),
    ),
)

# Issue 24: quotes.
RESOURCES["quotes"] = Resource(
    "quotes",
    "Quote",
    "Quotes",
    "Quotes: priced offers that become an invoice or a subscription once accepted.",
    webhook="quote",
)

_Q = "quotes"

OPERATIONS += (
    Operation("GetQuotes", _Q, "list", "list", "Every matching quote, newest first, page by page."),
    Operation("PostQuotes", _Q, "create", "call", "Create a draft quote for a customer."),
    Operation(
        "GetQuotesQuote",
        _Q,
        "retrieve",
        "call",
        "Fetch one quote by its id.",
        path_params=("quote",),
    ),
    Operation(
        "PostQuotesQuote",
        _Q,
        "update",
        "call",
        "Change a draft quote's lines, discounts or settings.",
        path_params=("quote",),
    ),
    Operation(
        "PostQuotesQuoteFinalize",
        _Q,
        "finalize",
        "call",
        "Finalize a draft quote: it gets a number and can be accepted until it expires.",
        path_params=("quote",),
    ),
    Operation(
        "PostQuotesQuoteAccept",
        _Q,
        "accept",
        "call",
        "Accept an open quote: its invoice, subscription or schedule is made.",
        path_params=("quote",),
    ),
    Operation(
        "PostQuotesQuoteCancel",
        _Q,
        "cancel",
        "call",
        "Cancel a draft or open quote.",
        path_params=("quote",),
    ),
    Operation(
        "GetQuotesQuoteLineItems",
        _Q,
        "list_line_items",
        "list",
        "Every line of a quote, page by page.",
        path_params=("quote",),
    ),
    Operation(
        "GetQuotesQuotePdf",
        _Q,
        "pdf",
        "download",
        "Download a finalized quote's PDF: its bytes, or with `to=` written to that file.",
        path_params=("quote",),
    ),
    Operation(
        "GetQuotesQuoteComputedUpfrontLineItems",
        _Q,
        "list_computed_upfront_line_items",
        "list",
        "The lines the quote's first invoice would bill, page by page.",
        path_params=("quote",),
    ),
)

# Issue 24: subscription schedules, the customer portal and usage-based billing.
RESOURCES.update(
    (r.attribute, r)
    for r in (
        Resource(
            "subscription_schedules",
            "SubscriptionSchedule",
            "SubscriptionSchedules",
            "Subscription schedules: phases that change a subscription at set dates.",
            webhook="subscription_schedule",
        ),
        Resource(
            "billing_portal",
            "BillingPortal",
            "BillingPortal",
            "The customer portal: where customers manage their own billing.",
        ),
        Resource(
            "billing_portal_configurations",
            "BillingPortalConfiguration",
            "BillingPortalConfigurations",
            "Portal configurations: what customers can see and do in the portal.",
            path=("billing_portal", "configurations"),
            webhook="billing_portal.configuration",
        ),
        Resource(
            "billing_portal_sessions",
            "BillingPortalSession",
            "BillingPortalSessions",
            "Portal sessions: short-lived links that let one customer into the portal.",
            path=("billing_portal", "sessions"),
            webhook="billing_portal.session",
        ),
        Resource(
            "billing",
            "Billing",
            "Billing",
            "Usage-based billing: meters and the usage events they aggregate.",
        ),
        Resource(
            "billing_meters",
            "BillingMeter",
            "BillingMeters",
            "Meters: usage events aggregated per customer, for metered prices to bill.",
            path=("billing", "meters"),
            webhook="billing.meter",
        ),
        Resource(
            "billing_meter_events",
            "BillingMeterEvent",
            "BillingMeterEvents",
            "Meter events: usage reported to the meters of their name.",
            path=("billing", "meter_events"),
        ),
        Resource(
            "billing_meter_event_adjustments",
            "BillingMeterEventAdjustment",
            "BillingMeterEventAdjustments",
            "Meter event adjustments: corrections to reported usage.",
            path=("billing", "meter_event_adjustments"),
        ),
    )
)

_SS = "subscription_schedules"
_BPC = "billing_portal_configurations"
_BM = "billing_meters"

OPERATIONS += (
    Operation(
        "GetSubscriptionSchedules",
        _SS,
        "list",
        "list",
        "Every matching subscription schedule, newest first, page by page.",
    ),
    Operation(
        "PostSubscriptionSchedules",
        _SS,
        "create",
        "call",
        "Create a schedule of phases, for a customer or taking over a subscription.",
    ),
    Operation(
        "GetSubscriptionSchedulesSchedule",
        _SS,
        "retrieve",
        "call",
        "Fetch one subscription schedule by its id.",
        path_params=("schedule",),
    ),
    Operation(
        "PostSubscriptionSchedulesSchedule",
        _SS,
        "update",
        "call",
        "Change a schedule's phases or settings.",
        path_params=("schedule",),
    ),
    Operation(
        "PostSubscriptionSchedulesScheduleCancel",
        _SS,
        "cancel",
        "call",
        "Cancel a schedule and its subscription.",
        path_params=("schedule",),
    ),
    Operation(
        "PostSubscriptionSchedulesScheduleRelease",
        _SS,
        "release",
        "call",
        "Stop a schedule, leaving its subscription to run on its own.",
        path_params=("schedule",),
    ),
    Operation(
        "GetBillingPortalConfigurations",
        _BPC,
        "list",
        "list",
        "Every portal configuration, newest first, page by page.",
    ),
    Operation(
        "PostBillingPortalConfigurations",
        _BPC,
        "create",
        "call",
        "Create a portal configuration: the features customers get.",
    ),
    Operation(
        "GetBillingPortalConfigurationsConfiguration",
        _BPC,
        "retrieve",
        "call",
        "Fetch one portal configuration by its id.",
        path_params=("configuration",),
    ),
    Operation(
        "PostBillingPortalConfigurationsConfiguration",
        _BPC,
        "update",
        "call",
        "Change a portal configuration.",
        path_params=("configuration",),
    ),
    Operation(
        "PostBillingPortalSessions",
        "billing_portal_sessions",
        "create",
        "call",
        "Create a portal session for a customer: send them to its `url`.",
    ),
    Operation("GetBillingMeters", _BM, "list", "list", "Every meter, page by page."),
    Operation("PostBillingMeters", _BM, "create", "call", "Create a meter for events of one name."),
    Operation(
        "GetBillingMetersId",
        _BM,
        "retrieve",
        "call",
        "Fetch one meter by its id.",
        path_params=("id",),
    ),
    Operation(
        "PostBillingMetersId",
        _BM,
        "update",
        "call",
        "Change a meter's display name.",
        path_params=("id",),
    ),
    Operation(
        "PostBillingMetersIdDeactivate",
        _BM,
        "deactivate",
        "call",
        "Deactivate a meter: it takes no more events.",
        path_params=("id",),
    ),
    Operation(
        "PostBillingMetersIdReactivate",
        _BM,
        "reactivate",
        "call",
        "Reactivate a deactivated meter.",
        path_params=("id",),
    ),
    Operation(
        "GetBillingMetersIdEventSummaries",
        _BM,
        "list_event_summaries",
        "list",
        "A customer's usage on a meter over a time range, per window, page by page.",
        path_params=("id",),
    ),
    Operation(
        "PostBillingMeterEvents",
        "billing_meter_events",
        "create",
        "call",
        "Report one usage event to the meters of its name.",
    ),
    Operation(
        "PostBillingMeterEventAdjustments",
        "billing_meter_event_adjustments",
        "create",
        "call",
        "Correct reported usage, such as by cancelling an event.",
    ),
)

# stripe-python 16.1's invoicing operations the table lacked.
OPERATIONS += (
    Operation(
        "DeleteCustomersCustomerDiscount",
        "customers",
        "delete_discount",
        "delete",
        "Remove the discount applied to a customer.",
        path_params=("customer",),
    ),
)

RESOURCES["invoice_rendering_templates"] = Resource(
    "invoice_rendering_templates",
    "InvoiceRenderingTemplate",
    "InvoiceRenderingTemplates",
    "Invoice rendering templates: Dashboard-made PDF layouts for invoices and customers.",
)

_IRT = "invoice_rendering_templates"

OPERATIONS += (
    Operation(
        "GetInvoiceRenderingTemplates",
        _IRT,
        "list",
        "list",
        "Every invoice rendering template (of one status, say), newest first, page by page.",
    ),
    Operation(
        "GetInvoiceRenderingTemplatesTemplate",
        _IRT,
        "retrieve",
        "call",
        "Fetch one invoice rendering template, as its latest version or an older one.",
        path_params=("template",),
    ),
    Operation(
        "PostInvoiceRenderingTemplatesTemplateArchive",
        _IRT,
        "archive",
        "call",
        "Archive a template: new invoices and customers can no longer name it.",
        path_params=("template",),
    ),
    Operation(
        "PostInvoiceRenderingTemplatesTemplateUnarchive",
        _IRT,
        "unarchive",
        "call",
        "Make an archived template usable on new invoices and customers again.",
        path_params=("template",),
    ),
)

BY_ID: dict[str, Operation] = {op.operation_id: op for op in OPERATIONS}
