"""One Endpoint record per operation: method, path, parameters, and the model its answer
parses to (generated; do not edit). The model is named, and imported with the first answer."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._core.wire import Endpoint
from . import models

if TYPE_CHECKING:
    from .models.billing_portal import BillingPortalConfiguration, BillingPortalSession
    from .models.credit_note import CreditNote, CreditNoteLines
    from .models.customer import (
        Customer,
        CustomerBalanceTransaction,
        DeletedCustomer,
        GetSubscriptionsResponse200,
    )
    from .models.discount import Coupon, DeletedCoupon, DeletedDiscount, PromotionCode
    from .models.event import Event
    from .models.invoice import DeletedInvoice, Invoice, InvoiceLines
    from .models.invoice_item import DeletedInvoiceItem, InvoiceItem
    from .models.line_item import LineItem
    from .models.meter import BillingMeter, BillingMeterEvent, BillingMeterEventAdjustment
    from .models.pages import (
        GetBillingMetersIdEventSummariesResponse200,
        GetBillingMetersResponse200,
        GetBillingPortalConfigurationsResponse200,
        GetCouponsResponse200,
        GetCreditNotesResponse200,
        GetCustomersCustomerBalanceTransactionsResponse200,
        GetCustomersCustomerPaymentMethodsResponse200,
        GetCustomersCustomerTaxIdsResponse200,
        GetCustomersResponse200,
        GetCustomersSearchResponse200,
        GetEventsResponse200,
        GetInvoiceitemsResponse200,
        GetInvoicePaymentsResponse200,
        GetInvoiceRenderingTemplatesResponse200,
        GetInvoicesResponse200,
        GetInvoicesSearchResponse200,
        GetPaymentIntentsResponse200,
        GetPaymentIntentsSearchResponse200,
        GetPricesResponse200,
        GetPricesSearchResponse200,
        GetProductsResponse200,
        GetProductsSearchResponse200,
        GetPromotionCodesResponse200,
        GetQuotesResponse200,
        GetSubscriptionSchedulesResponse200,
        GetSubscriptionsSearchResponse200,
        GetTaxRatesResponse200,
        GetTestHelpersTestClocksResponse200,
    )
    from .models.payment import InvoicePayment
    from .models.payment_intent import PaymentIntent
    from .models.payment_method import PaymentMethod
    from .models.product import DeletedProduct, Price, Product
    from .models.quote import GetQuotesQuoteLineItemsResponse200, Quote
    from .models.shared import InvoiceRenderingTemplate
    from .models.subscription import (
        DeletedSubscriptionItem,
        Subscription,
        SubscriptionItem,
        SubscriptionItems,
    )
    from .models.subscription_schedule import SubscriptionSchedule
    from .models.tax import DeletedTaxId, TaxId, TaxRate
    from .models.test_clock import DeletedTestClock, TestClock


def _schemas() -> Mapping[str, Any]:
    # The request schemas are a large table: imported by the first call that sends params.
    from ._request_schemas import REQUEST_SCHEMAS  # noqa: PLC0415

    return REQUEST_SCHEMAS


GetInvoices: Endpoint[GetInvoicesResponse200] = Endpoint(
    operation_id="GetInvoices",
    method="GET",
    path="/v1/invoices",
    path_params=(),
    query_params=frozenset(
        (
            "collection_method",
            "created",
            "customer",
            "customer_account",
            "due_date",
            "ending_before",
            "expand",
            "limit",
            "starting_after",
            "status",
            "subscription",
        )
    ),
    body_params=frozenset(),
    required_params=frozenset(()),
    answer="GetInvoicesResponse200",
    models=models,
    schemas=_schemas,
    object_tags=frozenset(("list",)),
    needs_id=False,
    deletes=False,
)
"""GET /v1/invoices"""


PostInvoices: Endpoint[Invoice] = Endpoint(
    operation_id="PostInvoices",
    method="POST",
    path="/v1/invoices",
    path_params=(),
    query_params=frozenset(()),
    body_params=frozenset(
        (
            "account_tax_ids",
            "application_fee_amount",
            "auto_advance",
            "automatic_tax",
            "automatically_finalizes_at",
            "collection_method",
            "currency",
            "custom_fields",
            "customer",
            "customer_account",
            "days_until_due",
            "default_payment_method",
            "default_source",
            "default_tax_rates",
            "description",
            "discounts",
            "due_date",
            "effective_at",
            "expand",
            "footer",
            "from_invoice",
            "issuer",
            "metadata",
            "number",
            "on_behalf_of",
            "payment_settings",
            "pending_invoice_items_behavior",
            "rendering",
            "shipping_cost",
            "shipping_details",
            "statement_descriptor",
            "subscription",
            "transfer_data",
        )
    ),
    required_params=frozenset(()),
    answer="Invoice",
    models=models,
    schemas=_schemas,
    object_tags=frozenset(("invoice",)),
    needs_id=True,
    deletes=False,
)
"""POST /v1/invoices"""


GetInvoicesSearch: Endpoint[GetInvoicesSearchResponse200] = Endpoint(
    operation_id="GetInvoicesSearch",
    method="GET",
    path="/v1/invoices/search",
    path_params=(),
    query_params=frozenset(
        (
            "expand",
            "limit",
            "page",
            "query",
        )
    ),
    body_params=frozenset(),
    required_params=frozenset(("query",)),
    answer="GetInvoicesSearchResponse200",
    models=models,
    schemas=_schemas,
    object_tags=frozenset(("search_result",)),
    needs_id=False,
    deletes=False,
)
"""GET /v1/invoices/search"""


PostInvoicesCreatePreview: Endpoint[Invoice] = Endpoint(
    operation_id="PostInvoicesCreatePreview",
    method="POST",
    path="/v1/invoices/create_preview",
    path_params=(),
    query_params=frozenset(()),
    body_params=frozenset(
        (
            "automatic_tax",
            "currency",
            "customer",
            "customer_account",
            "customer_details",
            "discounts",
            "expand",
            "invoice_items",
            "issuer",
            "on_behalf_of",
            "preview_mode",
            "schedule",
            "schedule_details",
            "subscription",
            "subscription_details",
        )
    ),
    required_params=frozenset(()),
    answer="Invoice",
    models=models,
    schemas=_schemas,
    object_tags=frozenset(("invoice",)),
    needs_id=True,
    deletes=False,
)
"""POST /v1/invoices/create_preview"""


GetInvoicesInvoice: Endpoint[Invoice] = Endpoint(
    operation_id="GetInvoicesInvoice",
    method="GET",
    path="/v1/invoices/{invoice}",
    path_params=("invoice",),
    query_params=frozenset(("expand",)),
    body_params=frozenset(),
    required_params=frozenset(()),
    answer="Invoice",
    models=models,
    schemas=_schemas,
    object_tags=frozenset(("invoice",)),
    needs_id=True,
    deletes=False,
)
"""GET /v1/invoices/{invoice}"""


PostInvoicesInvoice: Endpoint[Invoice] = Endpoint(
    operation_id="PostInvoicesInvoice",
    method="POST",
    path="/v1/invoices/{invoice}",
    path_params=("invoice",),
    query_params=frozenset(()),
    body_params=frozenset(
        (
            "account_tax_ids",
            "application_fee_amount",
            "auto_advance",
            "automatic_tax",
            "automatically_finalizes_at",
            "collection_method",
            "custom_fields",
            "days_until_due",
            "default_payment_method",
            "default_source",
            "default_tax_rates",
            "description",
            "discounts",
            "due_date",
            "effective_at",
            "expand",
            "footer",
            "issuer",
            "metadata",
            "number",
            "on_behalf_of",
            "payment_settings",
            "rendering",
            "shipping_cost",
            "shipping_details",
            "statement_descriptor",
            "transfer_data",
        )
    ),
    required_params=frozenset(()),
    answer="Invoice",
    models=models,
    schemas=_schemas,
    object_tags=frozenset(("invoice",)),
    needs_id=True,
    deletes=False,
)
"""POST /v1/invoices/{invoice}"""


DeleteInvoicesInvoice: Endpoint[DeletedInvoice] = Endpoint(
    operation_id="DeleteInvoicesInvoice",
    method="DELETE",
    path="/v1/invoices/{invoice}",
    path_params=("invoice",),
    query_params=frozenset(()),
    body_params=frozenset(),
    required_params=frozenset(()),
    answer="DeletedInvoice",
    models=models,
    schemas=_schemas,
    object_tags=frozenset(("invoice",)),
    needs_id=True,
    deletes=True,
)
"""DELETE /v1/invoices/{invoice}"""


PostInvoicesInvoiceFinalize: Endpoint[Invoice] = Endpoint(
    operation_id="PostInvoicesInvoiceFinalize",
    method="POST",
    path="/v1/invoices/{invoice}/finalize",
    path_params=("invoice",),
    query_params=frozenset(()),
    body_params=frozenset(
        (
            "auto_advance",
            "expand",
        )
    ),
    required_params=frozenset(()),
    answer="Invoice",
    models=models,
    schemas=_schemas,
    object_tags=frozenset(("invoice",)),
    needs_id=True,
    deletes=False,
)
"""POST /v1/invoices/{invoice}/finalize"""


PostInvoicesInvoiceSend: Endpoint[Invoice] = Endpoint(
    operation_id="PostInvoicesInvoiceSend",
    method="POST",
    path="/v1/invoices/{invoice}/send",
    path_params=("invoice",),
    query_params=frozenset(()),
    body_params=frozenset(("expand",)),
    required_params=frozenset(()),
    answer="Invoice",
    models=models,
    schemas=_schemas,
    object_tags=frozenset(("invoice",)),
    needs_id=True,
    deletes=False,
)
"""POST /v1/invoices/{invoice}/send"""


PostInvoicesInvoicePay: Endpoint[Invoice] = Endpoint(
    operation_id="PostInvoicesInvoicePay",
    method="POST",
    path="/v1/invoices/{invoice}/pay",
    path_params=("invoice",),
    query_params=frozenset(()),
    body_params=frozenset(
        (
            "expand",
            "forgive",
            "mandate",
            "off_session",
            "paid_out_of_band",
            "payment_method",
            "source",
        )
    ),
    required_params=frozenset(()),
    answer="Invoice",
    models=models,
    schemas=_schemas,
    object_tags=frozenset(("invoice",)),
    needs_id=True,
    deletes=False,
)
"""POST /v1/invoices/{invoice}/pay"""


PostInvoicesInvoiceVoid: Endpoint[Invoice] = Endpoint(
    operation_id="PostInvoicesInvoiceVoid",
    method="POST",
    path="/v1/invoices/{invoice}/void",
    path_params=("invoice",),
    query_params=frozenset(()),
    body_params=frozenset(("expand",)),
    required_params=frozenset(()),
    answer="Invoice",
    models=models,
    schemas=_schemas,
    object_tags=frozenset(("invoice",)),
    needs_id=True,
    deletes=False,
)
"""POST /v1/invoices/{invoice}/void"""


PostInvoicesInvoiceMarkUncollectible: Endpoint[Invoice] = Endpoint(
    operation_id="PostInvoicesInvoiceMarkUncollectible",
    method="POST",
    path="/v1/invoices/{invoice}/mark_uncollectible",
    path_params=("invoice",),
    query_params=frozenset(()),
    body_params=frozenset(("expand",)),
    required_params=frozenset(()),
    answer="Invoice",
    models=models,
    schemas=_schemas,
    object_tags=frozenset(("invoice",)),
    needs_id=True,
    deletes=False,
)
"""POST /v1/invoices/{invoice}/mark_uncollectible"""


GetInvoicesInvoiceLines: Endpoint[InvoiceLines] = Endpoint(
    operation_id="GetInvoicesInvoiceLines",
    method="GET",
    path="/v1/invoices/{invoice}/lines",
    path_params=("invoice",),
    query_params=frozenset(
        (
            "ending_before",
            "expand",
            "limit",
            "starting_after",
        )
    ),
    body_params=frozenset(),
    required_params=frozenset(()),
    answer="InvoiceLines",
    models=models,
    schemas=_schemas,
    object_tags=frozenset(("list",)),
    needs_id=False,
    deletes=False,
)
"""GET /v1/invoices/{invoice}/lines"""


PostInvoicesInvoiceLinesLineItemId: Endpoint[LineItem] = Endpoint(
    operation_id="PostInvoicesInvoiceLinesLineItemId",
    method="POST",
    path="/v1/invoices/{invoice}/lines/{line_item_id}",
    path_params=(
        "invoice",
        "line_item_id",
    ),
    query_params=frozenset(()),
    body_params=frozenset(
        (
            "amount",
            "description",
            "discountable",
            "discounts",
            "expand",
            "metadata",
            "period",
            "price_data",
            "pricing",
            "quantity",
            "quantity_decimal",
            "tax_amounts",
            "tax_rates",
        )
    ),
    required_params=frozenset(()),
    answer="LineItem",
    models=models,
    schemas=_schemas,
    object_tags=frozenset(("line_item",)),
    needs_id=True,
    deletes=False,
)
"""POST /v1/invoices/{invoice}/lines/{line_item_id}"""


PostInvoicesInvoiceAddLines: Endpoint[Invoice] = Endpoint(
    operation_id="PostInvoicesInvoiceAddLines",
    method="POST",
    path="/v1/invoices/{invoice}/add_lines",
    path_params=("invoice",),
    query_params=frozenset(()),
    body_params=frozenset(
        (
            "lines",
            "expand",
            "invoice_metadata",
        )
    ),
    required_params=frozenset(("lines",)),
    answer="Invoice",
    models=models,
    schemas=_schemas,
    object_tags=frozenset(("invoice",)),
    needs_id=True,
    deletes=False,
)
"""POST /v1/invoices/{invoice}/add_lines"""


PostInvoicesInvoiceRemoveLines: Endpoint[Invoice] = Endpoint(
    operation_id="PostInvoicesInvoiceRemoveLines",
    method="POST",
    path="/v1/invoices/{invoice}/remove_lines",
    path_params=("invoice",),
    query_params=frozenset(()),
    body_params=frozenset(
        (
            "lines",
            "expand",
            "invoice_metadata",
        )
    ),
    required_params=frozenset(("lines",)),
    answer="Invoice",
    models=models,
    schemas=_schemas,
    object_tags=frozenset(("invoice",)),
    needs_id=True,
    deletes=False,
)
"""POST /v1/invoices/{invoice}/remove_lines"""


PostInvoicesInvoiceUpdateLines: Endpoint[Invoice] = Endpoint(
    operation_id="PostInvoicesInvoiceUpdateLines",
    method="POST",
    path="/v1/invoices/{invoice}/update_lines",
    path_params=("invoice",),
    query_params=frozenset(()),
    body_params=frozenset(
        (
            "lines",
            "expand",
            "invoice_metadata",
        )
    ),
    required_params=frozenset(("lines",)),
    answer="Invoice",
    models=models,
    schemas=_schemas,
    object_tags=frozenset(("invoice",)),
    needs_id=True,
    deletes=False,
)
"""POST /v1/invoices/{invoice}/update_lines"""


GetInvoiceitems: Endpoint[GetInvoiceitemsResponse200] = Endpoint(
    operation_id="GetInvoiceitems",
    method="GET",
    path="/v1/invoiceitems",
    path_params=(),
    query_params=frozenset(
        (
            "created",
            "customer",
            "customer_account",
            "ending_before",
            "expand",
            "invoice",
            "limit",
            "pending",
            "starting_after",
        )
    ),
    body_params=frozenset(),
    required_params=frozenset(()),
    answer="GetInvoiceitemsResponse200",
    models=models,
    schemas=_schemas,
    object_tags=frozenset(("list",)),
    needs_id=False,
    deletes=False,
)
"""GET /v1/invoiceitems"""


PostInvoiceitems: Endpoint[InvoiceItem] = Endpoint(
    operation_id="PostInvoiceitems",
    method="POST",
    path="/v1/invoiceitems",
    path_params=(),
    query_params=frozenset(()),
    body_params=frozenset(
        (
            "amount",
            "currency",
            "customer",
            "customer_account",
            "description",
            "discountable",
            "discounts",
            "expand",
            "invoice",
            "metadata",
            "period",
            "price_data",
            "pricing",
            "quantity",
            "quantity_decimal",
            "subscription",
            "tax_behavior",
            "tax_code",
            "tax_rates",
            "unit_amount_decimal",
        )
    ),
    required_params=frozenset(()),
    answer="InvoiceItem",
    models=models,
    schemas=_schemas,
    object_tags=frozenset(("invoiceitem",)),
    needs_id=True,
    deletes=False,
)
"""POST /v1/invoiceitems"""


GetInvoiceitemsInvoiceitem: Endpoint[InvoiceItem] = Endpoint(
    operation_id="GetInvoiceitemsInvoiceitem",
    method="GET",
    path="/v1/invoiceitems/{invoiceitem}",
    path_params=("invoiceitem",),
    query_params=frozenset(("expand",)),
    body_params=frozenset(),
    required_params=frozenset(()),
    answer="InvoiceItem",
    models=models,
    schemas=_schemas,
    object_tags=frozenset(("invoiceitem",)),
    needs_id=True,
    deletes=False,
)
"""GET /v1/invoiceitems/{invoiceitem}"""


PostInvoiceitemsInvoiceitem: Endpoint[InvoiceItem] = Endpoint(
    operation_id="PostInvoiceitemsInvoiceitem",
    method="POST",
    path="/v1/invoiceitems/{invoiceitem}",
    path_params=("invoiceitem",),
    query_params=frozenset(()),
    body_params=frozenset(
        (
            "amount",
            "description",
            "discountable",
            "discounts",
            "expand",
            "invoicing_rules",
            "metadata",
            "period",
            "price_data",
            "pricing",
            "quantity",
            "quantity_decimal",
            "tax_behavior",
            "tax_code",
            "tax_rates",
            "unit_amount_decimal",
        )
    ),
    required_params=frozenset(()),
    answer="InvoiceItem",
    models=models,
    schemas=_schemas,
    object_tags=frozenset(("invoiceitem",)),
    needs_id=True,
    deletes=False,
)
"""POST /v1/invoiceitems/{invoiceitem}"""


DeleteInvoiceitemsInvoiceitem: Endpoint[DeletedInvoiceItem] = Endpoint(
    operation_id="DeleteInvoiceitemsInvoiceitem",
    method="DELETE",
    path="/v1/invoiceitems/{invoiceitem}",
    path_params=("invoiceitem",),
    query_params=frozenset(()),
    body_params=frozenset(),
    required_params=frozenset(()),
    answer="DeletedInvoiceItem",
    models=models,
    schemas=_schemas,
    object_tags=frozenset(("invoiceitem",)),
    needs_id=True,
    deletes=True,
)
"""DELETE /v1/invoiceitems/{invoiceitem}"""


GetCustomers: Endpoint[GetCustomersResponse200] = Endpoint(
    operation_id="GetCustomers",
    method="GET",
    path="/v1/customers",
    path_params=(),
    query_params=frozenset(
        (
            "created",
            "email",
            "ending_before",
            "expand",
            "limit",
            "starting_after",
            "test_clock",
        )
    ),
    body_params=frozenset(),
    required_params=frozenset(()),
    answer="GetCustomersResponse200",
    models=models,
    schemas=_schemas,
    object_tags=frozenset(("list",)),
    needs_id=False,
    deletes=False,
)
"""GET /v1/customers"""


PostCustomers: Endpoint[Customer] = Endpoint(
    operation_id="PostCustomers",
    method="POST",
    path="/v1/customers",
    path_params=(),
    query_params=frozenset(()),
    body_params=frozenset(
        (
            "address",
            "balance",
            "business_name",
            "cash_balance",
            "description",
            "email",
            "expand",
            "individual_name",
            "invoice_prefix",
            "invoice_settings",
            "metadata",
            "name",
            "next_invoice_sequence",
            "payment_method",
            "phone",
            "preferred_locales",
            "shipping",
            "source",
            "tax",
            "tax_exempt",
            "tax_id_data",
            "test_clock",
            "validate",
        )
    ),
    required_params=frozenset(()),
    answer="Customer",
    models=models,
    schemas=_schemas,
    object_tags=frozenset(("customer",)),
    needs_id=True,
    deletes=False,
)
"""POST /v1/customers"""


GetCustomersSearch: Endpoint[GetCustomersSearchResponse200] = Endpoint(
    operation_id="GetCustomersSearch",
    method="GET",
    path="/v1/customers/search",
    path_params=(),
    query_params=frozenset(
        (
            "expand",
            "limit",
            "page",
            "query",
        )
    ),
    body_params=frozenset(),
    required_params=frozenset(("query",)),
    answer="GetCustomersSearchResponse200",
    models=models,
    schemas=_schemas,
    object_tags=frozenset(("search_result",)),
    needs_id=False,
    deletes=False,
)
"""GET /v1/customers/search"""


GetCustomersCustomer: Endpoint[Customer | DeletedCustomer] = Endpoint(
    operation_id="GetCustomersCustomer",
    method="GET",
    path="/v1/customers/{customer}",
    path_params=("customer",),
    query_params=frozenset(("expand",)),
    body_params=frozenset(),
    required_params=frozenset(()),
    answer="Customer",
    models=models,
    schemas=_schemas,
    alternatives=(
        (
            "DeletedCustomer",
            (
                ("deleted", True),
                ("object", "customer"),
            ),
        ),
    ),
    object_tags=frozenset(("customer",)),
    needs_id=True,
    deletes=False,
)
"""GET /v1/customers/{customer}"""


PostCustomersCustomer: Endpoint[Customer] = Endpoint(
    operation_id="PostCustomersCustomer",
    method="POST",
    path="/v1/customers/{customer}",
    path_params=("customer",),
    query_params=frozenset(()),
    body_params=frozenset(
        (
            "address",
            "balance",
            "business_name",
            "cash_balance",
            "default_source",
            "description",
            "email",
            "expand",
            "individual_name",
            "invoice_prefix",
            "invoice_settings",
            "metadata",
            "name",
            "next_invoice_sequence",
            "phone",
            "preferred_locales",
            "shipping",
            "source",
            "tax",
            "tax_exempt",
            "validate",
        )
    ),
    required_params=frozenset(()),
    answer="Customer",
    models=models,
    schemas=_schemas,
    object_tags=frozenset(("customer",)),
    needs_id=True,
    deletes=False,
)
"""POST /v1/customers/{customer}"""


DeleteCustomersCustomer: Endpoint[DeletedCustomer] = Endpoint(
    operation_id="DeleteCustomersCustomer",
    method="DELETE",
    path="/v1/customers/{customer}",
    path_params=("customer",),
    query_params=frozenset(()),
    body_params=frozenset(),
    required_params=frozenset(()),
    answer="DeletedCustomer",
    models=models,
    schemas=_schemas,
    object_tags=frozenset(("customer",)),
    needs_id=True,
    deletes=True,
)
"""DELETE /v1/customers/{customer}"""


PostInvoicesInvoiceAttachPayment: Endpoint[Invoice] = Endpoint(
    operation_id="PostInvoicesInvoiceAttachPayment",
    method="POST",
    path="/v1/invoices/{invoice}/attach_payment",
    path_params=("invoice",),
    query_params=frozenset(()),
    body_params=frozenset(
        (
            "expand",
            "payment_intent",
            "payment_record",
        )
    ),
    required_params=frozenset(()),
    answer="Invoice",
    models=models,
    schemas=_schemas,
    object_tags=frozenset(("invoice",)),
    needs_id=True,
    deletes=False,
)
"""POST /v1/invoices/{invoice}/attach_payment"""


GetCreditNotes: Endpoint[GetCreditNotesResponse200] = Endpoint(
    operation_id="GetCreditNotes",
    method="GET",
    path="/v1/credit_notes",
    path_params=(),
    query_params=frozenset(
        (
            "created",
            "customer",
            "customer_account",
            "ending_before",
            "expand",
            "invoice",
            "limit",
            "starting_after",
        )
    ),
    body_params=frozenset(),
    required_params=frozenset(()),
    answer="GetCreditNotesResponse200",
    models=models,
    schemas=_schemas,
    object_tags=frozenset(("list",)),
    needs_id=False,
    deletes=False,
)
"""GET /v1/credit_notes"""


PostCreditNotes: Endpoint[CreditNote] = Endpoint(
    operation_id="PostCreditNotes",
    method="POST",
    path="/v1/credit_notes",
    path_params=(),
    query_params=frozenset(()),
    body_params=frozenset(
        (
            "invoice",
            "amount",
            "credit_amount",
            "effective_at",
            "email_type",
            "expand",
            "lines",
            "memo",
            "metadata",
            "out_of_band_amount",
            "reason",
            "refund_amount",
            "refunds",
            "shipping_cost",
        )
    ),
    required_params=frozenset(("invoice",)),
    answer="CreditNote",
    models=models,
    schemas=_schemas,
    object_tags=frozenset(("credit_note",)),
    needs_id=True,
    deletes=False,
)
"""POST /v1/credit_notes"""


GetCreditNotesPreview: Endpoint[CreditNote] = Endpoint(
    operation_id="GetCreditNotesPreview",
    method="GET",
    path="/v1/credit_notes/preview",
    path_params=(),
    query_params=frozenset(
        (
            "amount",
            "credit_amount",
            "effective_at",
            "email_type",
            "expand",
            "invoice",
            "lines",
            "memo",
            "metadata",
            "out_of_band_amount",
            "reason",
            "refund_amount",
            "refunds",
            "shipping_cost",
        )
    ),
    body_params=frozenset(),
    required_params=frozenset(("invoice",)),
    answer="CreditNote",
    models=models,
    schemas=_schemas,
    object_tags=frozenset(("credit_note",)),
    needs_id=True,
    deletes=False,
)
"""GET /v1/credit_notes/preview"""


GetCreditNotesPreviewLines: Endpoint[CreditNoteLines] = Endpoint(
    operation_id="GetCreditNotesPreviewLines",
    method="GET",
    path="/v1/credit_notes/preview/lines",
    path_params=(),
    query_params=frozenset(
        (
            "amount",
            "credit_amount",
            "effective_at",
            "email_type",
            "ending_before",
            "expand",
            "invoice",
            "limit",
            "lines",
            "memo",
            "metadata",
            "out_of_band_amount",
            "reason",
            "refund_amount",
            "refunds",
            "shipping_cost",
            "starting_after",
        )
    ),
    body_params=frozenset(),
    required_params=frozenset(("invoice",)),
    answer="CreditNoteLines",
    models=models,
    schemas=_schemas,
    object_tags=frozenset(("list",)),
    needs_id=False,
    deletes=False,
)
"""GET /v1/credit_notes/preview/lines"""


GetCreditNotesCreditNoteLines: Endpoint[CreditNoteLines] = Endpoint(
    operation_id="GetCreditNotesCreditNoteLines",
    method="GET",
    path="/v1/credit_notes/{credit_note}/lines",
    path_params=("credit_note",),
    query_params=frozenset(
        (
            "ending_before",
            "expand",
            "limit",
            "starting_after",
        )
    ),
    body_params=frozenset(),
    required_params=frozenset(()),
    answer="CreditNoteLines",
    models=models,
    schemas=_schemas,
    object_tags=frozenset(("list",)),
    needs_id=False,
    deletes=False,
)
"""GET /v1/credit_notes/{credit_note}/lines"""


GetCreditNotesId: Endpoint[CreditNote] = Endpoint(
    operation_id="GetCreditNotesId",
    method="GET",
    path="/v1/credit_notes/{id}",
    path_params=("id",),
    query_params=frozenset(("expand",)),
    body_params=frozenset(),
    required_params=frozenset(()),
    answer="CreditNote",
    models=models,
    schemas=_schemas,
    object_tags=frozenset(("credit_note",)),
    needs_id=True,
    deletes=False,
)
"""GET /v1/credit_notes/{id}"""


PostCreditNotesId: Endpoint[CreditNote] = Endpoint(
    operation_id="PostCreditNotesId",
    method="POST",
    path="/v1/credit_notes/{id}",
    path_params=("id",),
    query_params=frozenset(()),
    body_params=frozenset(
        (
            "expand",
            "memo",
            "metadata",
        )
    ),
    required_params=frozenset(()),
    answer="CreditNote",
    models=models,
    schemas=_schemas,
    object_tags=frozenset(("credit_note",)),
    needs_id=True,
    deletes=False,
)
"""POST /v1/credit_notes/{id}"""


PostCreditNotesIdVoid: Endpoint[CreditNote] = Endpoint(
    operation_id="PostCreditNotesIdVoid",
    method="POST",
    path="/v1/credit_notes/{id}/void",
    path_params=("id",),
    query_params=frozenset(()),
    body_params=frozenset(("expand",)),
    required_params=frozenset(()),
    answer="CreditNote",
    models=models,
    schemas=_schemas,
    object_tags=frozenset(("credit_note",)),
    needs_id=True,
    deletes=False,
)
"""POST /v1/credit_notes/{id}/void"""


GetInvoicePayments: Endpoint[GetInvoicePaymentsResponse200] = Endpoint(
    operation_id="GetInvoicePayments",
    method="GET",
    path="/v1/invoice_payments",
    path_params=(),
    query_params=frozenset(
        (
            "created",
            "ending_before",
            "expand",
            "invoice",
            "limit",
            "payment",
            "starting_after",
            "status",
        )
    ),
    body_params=frozenset(),
    required_params=frozenset(()),
    answer="GetInvoicePaymentsResponse200",
    models=models,
    schemas=_schemas,
    object_tags=frozenset(("list",)),
    needs_id=False,
    deletes=False,
)
"""GET /v1/invoice_payments"""


GetInvoicePaymentsInvoicePayment: Endpoint[InvoicePayment] = Endpoint(
    operation_id="GetInvoicePaymentsInvoicePayment",
    method="GET",
    path="/v1/invoice_payments/{invoice_payment}",
    path_params=("invoice_payment",),
    query_params=frozenset(("expand",)),
    body_params=frozenset(),
    required_params=frozenset(()),
    answer="InvoicePayment",
    models=models,
    schemas=_schemas,
    object_tags=frozenset(("invoice_payment",)),
    needs_id=True,
    deletes=False,
)
"""GET /v1/invoice_payments/{invoice_payment}"""


GetSubscriptions: Endpoint[GetSubscriptionsResponse200] = Endpoint(
    operation_id="GetSubscriptions",
    method="GET",
    path="/v1/subscriptions",
    path_params=(),
    query_params=frozenset(
        (
            "automatic_tax",
            "collection_method",
            "created",
            "current_period_end",
            "current_period_start",
            "customer",
            "customer_account",
            "ending_before",
            "expand",
            "limit",
            "plan",
            "price",
            "starting_after",
            "status",
            "test_clock",
        )
    ),
    body_params=frozenset(),
    required_params=frozenset(()),
    answer="GetSubscriptionsResponse200",
    models=models,
    schemas=_schemas,
    object_tags=frozenset(("list",)),
    needs_id=False,
    deletes=False,
)
"""GET /v1/subscriptions"""


PostSubscriptions: Endpoint[Subscription] = Endpoint(
    operation_id="PostSubscriptions",
    method="POST",
    path="/v1/subscriptions",
    path_params=(),
    query_params=frozenset(()),
    body_params=frozenset(
        (
            "add_invoice_items",
            "application_fee_percent",
            "automatic_tax",
            "backdate_start_date",
            "billing_cycle_anchor",
            "billing_cycle_anchor_config",
            "billing_mode",
            "billing_schedules",
            "billing_thresholds",
            "cancel_at",
            "cancel_at_period_end",
            "collection_method",
            "currency",
            "customer",
            "customer_account",
            "days_until_due",
            "default_payment_method",
            "default_source",
            "default_tax_rates",
            "description",
            "discounts",
            "expand",
            "invoice_settings",
            "items",
            "metadata",
            "off_session",
            "on_behalf_of",
            "payment_behavior",
            "payment_settings",
            "pending_invoice_item_interval",
            "proration_behavior",
            "transfer_data",
            "trial_end",
            "trial_from_plan",
            "trial_period_days",
            "trial_settings",
        )
    ),
    required_params=frozenset(()),
    answer="Subscription",
    models=models,
    schemas=_schemas,
    object_tags=frozenset(("subscription",)),
    needs_id=True,
    deletes=False,
)
"""POST /v1/subscriptions"""


GetSubscriptionsSearch: Endpoint[GetSubscriptionsSearchResponse200] = Endpoint(
    operation_id="GetSubscriptionsSearch",
    method="GET",
    path="/v1/subscriptions/search",
    path_params=(),
    query_params=frozenset(
        (
            "expand",
            "limit",
            "page",
            "query",
        )
    ),
    body_params=frozenset(),
    required_params=frozenset(("query",)),
    answer="GetSubscriptionsSearchResponse200",
    models=models,
    schemas=_schemas,
    object_tags=frozenset(("search_result",)),
    needs_id=False,
    deletes=False,
)
"""GET /v1/subscriptions/search"""


GetSubscriptionsSubscriptionExposedId: Endpoint[Subscription] = Endpoint(
    operation_id="GetSubscriptionsSubscriptionExposedId",
    method="GET",
    path="/v1/subscriptions/{subscription_exposed_id}",
    path_params=("subscription_exposed_id",),
    query_params=frozenset(("expand",)),
    body_params=frozenset(),
    required_params=frozenset(()),
    answer="Subscription",
    models=models,
    schemas=_schemas,
    object_tags=frozenset(("subscription",)),
    needs_id=True,
    deletes=False,
)
"""GET /v1/subscriptions/{subscription_exposed_id}"""


PostSubscriptionsSubscriptionExposedId: Endpoint[Subscription] = Endpoint(
    operation_id="PostSubscriptionsSubscriptionExposedId",
    method="POST",
    path="/v1/subscriptions/{subscription_exposed_id}",
    path_params=("subscription_exposed_id",),
    query_params=frozenset(()),
    body_params=frozenset(
        (
            "add_invoice_items",
            "application_fee_percent",
            "automatic_tax",
            "billing_cycle_anchor",
            "billing_schedules",
            "billing_thresholds",
            "cancel_at",
            "cancel_at_period_end",
            "cancellation_details",
            "collection_method",
            "days_until_due",
            "default_payment_method",
            "default_source",
            "default_tax_rates",
            "description",
            "discounts",
            "expand",
            "invoice_settings",
            "items",
            "metadata",
            "off_session",
            "on_behalf_of",
            "pause_collection",
            "payment_behavior",
            "payment_settings",
            "pending_invoice_item_interval",
            "proration_behavior",
            "proration_date",
            "transfer_data",
            "trial_end",
            "trial_from_plan",
            "trial_settings",
        )
    ),
    required_params=frozenset(()),
    answer="Subscription",
    models=models,
    schemas=_schemas,
    object_tags=frozenset(("subscription",)),
    needs_id=True,
    deletes=False,
)
"""POST /v1/subscriptions/{subscription_exposed_id}"""


DeleteSubscriptionsSubscriptionExposedId: Endpoint[Subscription] = Endpoint(
    operation_id="DeleteSubscriptionsSubscriptionExposedId",
    method="DELETE",
    path="/v1/subscriptions/{subscription_exposed_id}",
    path_params=("subscription_exposed_id",),
    query_params=frozenset(
        (
            "cancellation_details",
            "expand",
            "invoice_now",
            "prorate",
        )
    ),
    body_params=frozenset(),
    required_params=frozenset(()),
    answer="Subscription",
    models=models,
    schemas=_schemas,
    object_tags=frozenset(("subscription",)),
    needs_id=True,
    deletes=False,
)
"""DELETE /v1/subscriptions/{subscription_exposed_id}"""


PostSubscriptionsSubscriptionResume: Endpoint[Subscription] = Endpoint(
    operation_id="PostSubscriptionsSubscriptionResume",
    method="POST",
    path="/v1/subscriptions/{subscription}/resume",
    path_params=("subscription",),
    query_params=frozenset(()),
    body_params=frozenset(
        (
            "billing_cycle_anchor",
            "expand",
            "payment_behavior",
            "proration_behavior",
            "proration_date",
        )
    ),
    required_params=frozenset(()),
    answer="Subscription",
    models=models,
    schemas=_schemas,
    object_tags=frozenset(("subscription",)),
    needs_id=True,
    deletes=False,
)
"""POST /v1/subscriptions/{subscription}/resume"""


GetSubscriptionItems: Endpoint[SubscriptionItems] = Endpoint(
    operation_id="GetSubscriptionItems",
    method="GET",
    path="/v1/subscription_items",
    path_params=(),
    query_params=frozenset(
        (
            "ending_before",
            "expand",
            "limit",
            "starting_after",
            "subscription",
        )
    ),
    body_params=frozenset(),
    required_params=frozenset(("subscription",)),
    answer="SubscriptionItems",
    models=models,
    schemas=_schemas,
    object_tags=frozenset(("list",)),
    needs_id=False,
    deletes=False,
)
"""GET /v1/subscription_items"""


PostSubscriptionItems: Endpoint[SubscriptionItem] = Endpoint(
    operation_id="PostSubscriptionItems",
    method="POST",
    path="/v1/subscription_items",
    path_params=(),
    query_params=frozenset(()),
    body_params=frozenset(
        (
            "subscription",
            "billing_thresholds",
            "current_trial",
            "discounts",
            "expand",
            "metadata",
            "payment_behavior",
            "plan",
            "price",
            "price_data",
            "proration_behavior",
            "proration_date",
            "quantity",
            "tax_rates",
        )
    ),
    required_params=frozenset(("subscription",)),
    answer="SubscriptionItem",
    models=models,
    schemas=_schemas,
    object_tags=frozenset(("subscription_item",)),
    needs_id=True,
    deletes=False,
)
"""POST /v1/subscription_items"""


GetSubscriptionItemsItem: Endpoint[SubscriptionItem] = Endpoint(
    operation_id="GetSubscriptionItemsItem",
    method="GET",
    path="/v1/subscription_items/{item}",
    path_params=("item",),
    query_params=frozenset(("expand",)),
    body_params=frozenset(),
    required_params=frozenset(()),
    answer="SubscriptionItem",
    models=models,
    schemas=_schemas,
    object_tags=frozenset(("subscription_item",)),
    needs_id=True,
    deletes=False,
)
"""GET /v1/subscription_items/{item}"""


PostSubscriptionItemsItem: Endpoint[SubscriptionItem] = Endpoint(
    operation_id="PostSubscriptionItemsItem",
    method="POST",
    path="/v1/subscription_items/{item}",
    path_params=("item",),
    query_params=frozenset(()),
    body_params=frozenset(
        (
            "billing_thresholds",
            "current_trial",
            "discounts",
            "expand",
            "metadata",
            "off_session",
            "payment_behavior",
            "plan",
            "price",
            "price_data",
            "proration_behavior",
            "proration_date",
            "quantity",
            "tax_rates",
        )
    ),
    required_params=frozenset(()),
    answer="SubscriptionItem",
    models=models,
    schemas=_schemas,
    object_tags=frozenset(("subscription_item",)),
    needs_id=True,
    deletes=False,
)
"""POST /v1/subscription_items/{item}"""


DeleteSubscriptionItemsItem: Endpoint[DeletedSubscriptionItem] = Endpoint(
    operation_id="DeleteSubscriptionItemsItem",
    method="DELETE",
    path="/v1/subscription_items/{item}",
    path_params=("item",),
    query_params=frozenset(
        (
            "clear_usage",
            "payment_behavior",
            "proration_behavior",
            "proration_date",
        )
    ),
    body_params=frozenset(),
    required_params=frozenset(()),
    answer="DeletedSubscriptionItem",
    models=models,
    schemas=_schemas,
    object_tags=frozenset(("subscription_item",)),
    needs_id=True,
    deletes=True,
)
"""DELETE /v1/subscription_items/{item}"""


GetTestHelpersTestClocks: Endpoint[GetTestHelpersTestClocksResponse200] = Endpoint(
    operation_id="GetTestHelpersTestClocks",
    method="GET",
    path="/v1/test_helpers/test_clocks",
    path_params=(),
    query_params=frozenset(
        (
            "ending_before",
            "expand",
            "limit",
            "starting_after",
        )
    ),
    body_params=frozenset(),
    required_params=frozenset(()),
    answer="GetTestHelpersTestClocksResponse200",
    models=models,
    schemas=_schemas,
    object_tags=frozenset(("list",)),
    needs_id=False,
    deletes=False,
)
"""GET /v1/test_helpers/test_clocks"""


PostTestHelpersTestClocks: Endpoint[TestClock] = Endpoint(
    operation_id="PostTestHelpersTestClocks",
    method="POST",
    path="/v1/test_helpers/test_clocks",
    path_params=(),
    query_params=frozenset(()),
    body_params=frozenset(
        (
            "frozen_time",
            "customer",
            "expand",
            "name",
        )
    ),
    required_params=frozenset(("frozen_time",)),
    answer="TestClock",
    models=models,
    schemas=_schemas,
    object_tags=frozenset(("test_helpers.test_clock",)),
    needs_id=True,
    deletes=False,
)
"""POST /v1/test_helpers/test_clocks"""


GetTestHelpersTestClocksTestClock: Endpoint[TestClock] = Endpoint(
    operation_id="GetTestHelpersTestClocksTestClock",
    method="GET",
    path="/v1/test_helpers/test_clocks/{test_clock}",
    path_params=("test_clock",),
    query_params=frozenset(("expand",)),
    body_params=frozenset(),
    required_params=frozenset(()),
    answer="TestClock",
    models=models,
    schemas=_schemas,
    object_tags=frozenset(("test_helpers.test_clock",)),
    needs_id=True,
    deletes=False,
)
"""GET /v1/test_helpers/test_clocks/{test_clock}"""


DeleteTestHelpersTestClocksTestClock: Endpoint[DeletedTestClock] = Endpoint(
    operation_id="DeleteTestHelpersTestClocksTestClock",
    method="DELETE",
    path="/v1/test_helpers/test_clocks/{test_clock}",
    path_params=("test_clock",),
    query_params=frozenset(()),
    body_params=frozenset(),
    required_params=frozenset(()),
    answer="DeletedTestClock",
    models=models,
    schemas=_schemas,
    object_tags=frozenset(("test_helpers.test_clock",)),
    needs_id=True,
    deletes=True,
)
"""DELETE /v1/test_helpers/test_clocks/{test_clock}"""


PostTestHelpersTestClocksTestClockAdvance: Endpoint[TestClock] = Endpoint(
    operation_id="PostTestHelpersTestClocksTestClockAdvance",
    method="POST",
    path="/v1/test_helpers/test_clocks/{test_clock}/advance",
    path_params=("test_clock",),
    query_params=frozenset(()),
    body_params=frozenset(
        (
            "frozen_time",
            "expand",
        )
    ),
    required_params=frozenset(("frozen_time",)),
    answer="TestClock",
    models=models,
    schemas=_schemas,
    object_tags=frozenset(("test_helpers.test_clock",)),
    needs_id=True,
    deletes=False,
)
"""POST /v1/test_helpers/test_clocks/{test_clock}/advance"""


GetTaxRates: Endpoint[GetTaxRatesResponse200] = Endpoint(
    operation_id="GetTaxRates",
    method="GET",
    path="/v1/tax_rates",
    path_params=(),
    query_params=frozenset(
        (
            "active",
            "created",
            "ending_before",
            "expand",
            "inclusive",
            "limit",
            "starting_after",
        )
    ),
    body_params=frozenset(),
    required_params=frozenset(()),
    answer="GetTaxRatesResponse200",
    models=models,
    schemas=_schemas,
    object_tags=frozenset(("list",)),
    needs_id=False,
    deletes=False,
)
"""GET /v1/tax_rates"""


PostTaxRates: Endpoint[TaxRate] = Endpoint(
    operation_id="PostTaxRates",
    method="POST",
    path="/v1/tax_rates",
    path_params=(),
    query_params=frozenset(()),
    body_params=frozenset(
        (
            "display_name",
            "inclusive",
            "percentage",
            "active",
            "country",
            "description",
            "expand",
            "jurisdiction",
            "metadata",
            "state",
            "tax_type",
        )
    ),
    required_params=frozenset(
        (
            "display_name",
            "inclusive",
            "percentage",
        )
    ),
    answer="TaxRate",
    models=models,
    schemas=_schemas,
    object_tags=frozenset(("tax_rate",)),
    needs_id=True,
    deletes=False,
)
"""POST /v1/tax_rates"""


GetTaxRatesTaxRate: Endpoint[TaxRate] = Endpoint(
    operation_id="GetTaxRatesTaxRate",
    method="GET",
    path="/v1/tax_rates/{tax_rate}",
    path_params=("tax_rate",),
    query_params=frozenset(("expand",)),
    body_params=frozenset(),
    required_params=frozenset(()),
    answer="TaxRate",
    models=models,
    schemas=_schemas,
    object_tags=frozenset(("tax_rate",)),
    needs_id=True,
    deletes=False,
)
"""GET /v1/tax_rates/{tax_rate}"""


PostTaxRatesTaxRate: Endpoint[TaxRate] = Endpoint(
    operation_id="PostTaxRatesTaxRate",
    method="POST",
    path="/v1/tax_rates/{tax_rate}",
    path_params=("tax_rate",),
    query_params=frozenset(()),
    body_params=frozenset(
        (
            "active",
            "country",
            "description",
            "display_name",
            "expand",
            "jurisdiction",
            "metadata",
            "state",
            "tax_type",
        )
    ),
    required_params=frozenset(()),
    answer="TaxRate",
    models=models,
    schemas=_schemas,
    object_tags=frozenset(("tax_rate",)),
    needs_id=True,
    deletes=False,
)
"""POST /v1/tax_rates/{tax_rate}"""


GetCoupons: Endpoint[GetCouponsResponse200] = Endpoint(
    operation_id="GetCoupons",
    method="GET",
    path="/v1/coupons",
    path_params=(),
    query_params=frozenset(
        (
            "created",
            "ending_before",
            "expand",
            "limit",
            "starting_after",
        )
    ),
    body_params=frozenset(),
    required_params=frozenset(()),
    answer="GetCouponsResponse200",
    models=models,
    schemas=_schemas,
    object_tags=frozenset(("list",)),
    needs_id=False,
    deletes=False,
)
"""GET /v1/coupons"""


PostCoupons: Endpoint[Coupon] = Endpoint(
    operation_id="PostCoupons",
    method="POST",
    path="/v1/coupons",
    path_params=(),
    query_params=frozenset(()),
    body_params=frozenset(
        (
            "amount_off",
            "applies_to",
            "currency",
            "currency_options",
            "duration",
            "duration_in_months",
            "expand",
            "id",
            "max_redemptions",
            "metadata",
            "name",
            "percent_off",
            "redeem_by",
        )
    ),
    required_params=frozenset(()),
    answer="Coupon",
    models=models,
    schemas=_schemas,
    object_tags=frozenset(("coupon",)),
    needs_id=True,
    deletes=False,
)
"""POST /v1/coupons"""


GetCouponsCoupon: Endpoint[Coupon] = Endpoint(
    operation_id="GetCouponsCoupon",
    method="GET",
    path="/v1/coupons/{coupon}",
    path_params=("coupon",),
    query_params=frozenset(("expand",)),
    body_params=frozenset(),
    required_params=frozenset(()),
    answer="Coupon",
    models=models,
    schemas=_schemas,
    object_tags=frozenset(("coupon",)),
    needs_id=True,
    deletes=False,
)
"""GET /v1/coupons/{coupon}"""


PostCouponsCoupon: Endpoint[Coupon] = Endpoint(
    operation_id="PostCouponsCoupon",
    method="POST",
    path="/v1/coupons/{coupon}",
    path_params=("coupon",),
    query_params=frozenset(()),
    body_params=frozenset(
        (
            "currency_options",
            "expand",
            "metadata",
            "name",
        )
    ),
    required_params=frozenset(()),
    answer="Coupon",
    models=models,
    schemas=_schemas,
    object_tags=frozenset(("coupon",)),
    needs_id=True,
    deletes=False,
)
"""POST /v1/coupons/{coupon}"""


DeleteCouponsCoupon: Endpoint[DeletedCoupon] = Endpoint(
    operation_id="DeleteCouponsCoupon",
    method="DELETE",
    path="/v1/coupons/{coupon}",
    path_params=("coupon",),
    query_params=frozenset(()),
    body_params=frozenset(),
    required_params=frozenset(()),
    answer="DeletedCoupon",
    models=models,
    schemas=_schemas,
    object_tags=frozenset(("coupon",)),
    needs_id=True,
    deletes=True,
)
"""DELETE /v1/coupons/{coupon}"""


GetProducts: Endpoint[GetProductsResponse200] = Endpoint(
    operation_id="GetProducts",
    method="GET",
    path="/v1/products",
    path_params=(),
    query_params=frozenset(
        (
            "active",
            "created",
            "ending_before",
            "expand",
            "ids",
            "limit",
            "shippable",
            "starting_after",
            "type",
            "url",
        )
    ),
    body_params=frozenset(),
    required_params=frozenset(()),
    answer="GetProductsResponse200",
    models=models,
    schemas=_schemas,
    object_tags=frozenset(("list",)),
    needs_id=False,
    deletes=False,
)
"""GET /v1/products"""


PostProducts: Endpoint[Product] = Endpoint(
    operation_id="PostProducts",
    method="POST",
    path="/v1/products",
    path_params=(),
    query_params=frozenset(()),
    body_params=frozenset(
        (
            "name",
            "active",
            "default_price_data",
            "description",
            "expand",
            "id",
            "images",
            "marketing_features",
            "metadata",
            "package_dimensions",
            "shippable",
            "statement_descriptor",
            "tax_code",
            "tax_details",
            "type",
            "unit_label",
            "url",
        )
    ),
    required_params=frozenset(("name",)),
    answer="Product",
    models=models,
    schemas=_schemas,
    object_tags=frozenset(("product",)),
    needs_id=True,
    deletes=False,
)
"""POST /v1/products"""


GetProductsSearch: Endpoint[GetProductsSearchResponse200] = Endpoint(
    operation_id="GetProductsSearch",
    method="GET",
    path="/v1/products/search",
    path_params=(),
    query_params=frozenset(
        (
            "expand",
            "limit",
            "page",
            "query",
        )
    ),
    body_params=frozenset(),
    required_params=frozenset(("query",)),
    answer="GetProductsSearchResponse200",
    models=models,
    schemas=_schemas,
    object_tags=frozenset(("search_result",)),
    needs_id=False,
    deletes=False,
)
"""GET /v1/products/search"""


GetProductsId: Endpoint[Product] = Endpoint(
    operation_id="GetProductsId",
    method="GET",
    path="/v1/products/{id}",
    path_params=("id",),
    query_params=frozenset(("expand",)),
    body_params=frozenset(),
    required_params=frozenset(()),
    answer="Product",
    models=models,
    schemas=_schemas,
    object_tags=frozenset(("product",)),
    needs_id=True,
    deletes=False,
)
"""GET /v1/products/{id}"""


PostProductsId: Endpoint[Product] = Endpoint(
    operation_id="PostProductsId",
    method="POST",
    path="/v1/products/{id}",
    path_params=("id",),
    query_params=frozenset(()),
    body_params=frozenset(
        (
            "active",
            "default_price",
            "description",
            "expand",
            "images",
            "marketing_features",
            "metadata",
            "name",
            "package_dimensions",
            "shippable",
            "statement_descriptor",
            "tax_code",
            "tax_details",
            "unit_label",
            "url",
        )
    ),
    required_params=frozenset(()),
    answer="Product",
    models=models,
    schemas=_schemas,
    object_tags=frozenset(("product",)),
    needs_id=True,
    deletes=False,
)
"""POST /v1/products/{id}"""


DeleteProductsId: Endpoint[DeletedProduct] = Endpoint(
    operation_id="DeleteProductsId",
    method="DELETE",
    path="/v1/products/{id}",
    path_params=("id",),
    query_params=frozenset(()),
    body_params=frozenset(),
    required_params=frozenset(()),
    answer="DeletedProduct",
    models=models,
    schemas=_schemas,
    object_tags=frozenset(("product",)),
    needs_id=True,
    deletes=True,
)
"""DELETE /v1/products/{id}"""


GetPrices: Endpoint[GetPricesResponse200] = Endpoint(
    operation_id="GetPrices",
    method="GET",
    path="/v1/prices",
    path_params=(),
    query_params=frozenset(
        (
            "active",
            "created",
            "currency",
            "ending_before",
            "expand",
            "limit",
            "lookup_keys",
            "product",
            "recurring",
            "starting_after",
            "type",
        )
    ),
    body_params=frozenset(),
    required_params=frozenset(()),
    answer="GetPricesResponse200",
    models=models,
    schemas=_schemas,
    object_tags=frozenset(("list",)),
    needs_id=False,
    deletes=False,
)
"""GET /v1/prices"""


PostPrices: Endpoint[Price] = Endpoint(
    operation_id="PostPrices",
    method="POST",
    path="/v1/prices",
    path_params=(),
    query_params=frozenset(()),
    body_params=frozenset(
        (
            "currency",
            "active",
            "billing_scheme",
            "currency_options",
            "custom_unit_amount",
            "expand",
            "lookup_key",
            "metadata",
            "nickname",
            "product",
            "product_data",
            "recurring",
            "tax_behavior",
            "tiers",
            "tiers_mode",
            "transfer_lookup_key",
            "transform_quantity",
            "unit_amount",
            "unit_amount_decimal",
        )
    ),
    required_params=frozenset(("currency",)),
    answer="Price",
    models=models,
    schemas=_schemas,
    object_tags=frozenset(("price",)),
    needs_id=True,
    deletes=False,
)
"""POST /v1/prices"""


GetPricesSearch: Endpoint[GetPricesSearchResponse200] = Endpoint(
    operation_id="GetPricesSearch",
    method="GET",
    path="/v1/prices/search",
    path_params=(),
    query_params=frozenset(
        (
            "expand",
            "limit",
            "page",
            "query",
        )
    ),
    body_params=frozenset(),
    required_params=frozenset(("query",)),
    answer="GetPricesSearchResponse200",
    models=models,
    schemas=_schemas,
    object_tags=frozenset(("search_result",)),
    needs_id=False,
    deletes=False,
)
"""GET /v1/prices/search"""


GetPricesPrice: Endpoint[Price] = Endpoint(
    operation_id="GetPricesPrice",
    method="GET",
    path="/v1/prices/{price}",
    path_params=("price",),
    query_params=frozenset(("expand",)),
    body_params=frozenset(),
    required_params=frozenset(()),
    answer="Price",
    models=models,
    schemas=_schemas,
    object_tags=frozenset(("price",)),
    needs_id=True,
    deletes=False,
)
"""GET /v1/prices/{price}"""


PostPricesPrice: Endpoint[Price] = Endpoint(
    operation_id="PostPricesPrice",
    method="POST",
    path="/v1/prices/{price}",
    path_params=("price",),
    query_params=frozenset(()),
    body_params=frozenset(
        (
            "active",
            "currency_options",
            "expand",
            "lookup_key",
            "metadata",
            "nickname",
            "tax_behavior",
            "transfer_lookup_key",
        )
    ),
    required_params=frozenset(()),
    answer="Price",
    models=models,
    schemas=_schemas,
    object_tags=frozenset(("price",)),
    needs_id=True,
    deletes=False,
)
"""POST /v1/prices/{price}"""


GetCustomersCustomerTaxIds: Endpoint[GetCustomersCustomerTaxIdsResponse200] = Endpoint(
    operation_id="GetCustomersCustomerTaxIds",
    method="GET",
    path="/v1/customers/{customer}/tax_ids",
    path_params=("customer",),
    query_params=frozenset(
        (
            "ending_before",
            "expand",
            "limit",
            "starting_after",
        )
    ),
    body_params=frozenset(),
    required_params=frozenset(()),
    answer="GetCustomersCustomerTaxIdsResponse200",
    models=models,
    schemas=_schemas,
    object_tags=frozenset(("list",)),
    needs_id=False,
    deletes=False,
)
"""GET /v1/customers/{customer}/tax_ids"""


PostCustomersCustomerTaxIds: Endpoint[TaxId] = Endpoint(
    operation_id="PostCustomersCustomerTaxIds",
    method="POST",
    path="/v1/customers/{customer}/tax_ids",
    path_params=("customer",),
    query_params=frozenset(()),
    body_params=frozenset(
        (
            "type",
            "value",
            "expand",
        )
    ),
    required_params=frozenset(
        (
            "type",
            "value",
        )
    ),
    answer="TaxId",
    models=models,
    schemas=_schemas,
    object_tags=frozenset(("tax_id",)),
    needs_id=True,
    deletes=False,
)
"""POST /v1/customers/{customer}/tax_ids"""


GetCustomersCustomerTaxIdsId: Endpoint[TaxId] = Endpoint(
    operation_id="GetCustomersCustomerTaxIdsId",
    method="GET",
    path="/v1/customers/{customer}/tax_ids/{id}",
    path_params=(
        "customer",
        "id",
    ),
    query_params=frozenset(("expand",)),
    body_params=frozenset(),
    required_params=frozenset(()),
    answer="TaxId",
    models=models,
    schemas=_schemas,
    object_tags=frozenset(("tax_id",)),
    needs_id=True,
    deletes=False,
)
"""GET /v1/customers/{customer}/tax_ids/{id}"""


DeleteCustomersCustomerTaxIdsId: Endpoint[DeletedTaxId] = Endpoint(
    operation_id="DeleteCustomersCustomerTaxIdsId",
    method="DELETE",
    path="/v1/customers/{customer}/tax_ids/{id}",
    path_params=(
        "customer",
        "id",
    ),
    query_params=frozenset(()),
    body_params=frozenset(),
    required_params=frozenset(()),
    answer="DeletedTaxId",
    models=models,
    schemas=_schemas,
    object_tags=frozenset(("tax_id",)),
    needs_id=True,
    deletes=True,
)
"""DELETE /v1/customers/{customer}/tax_ids/{id}"""


GetCustomersCustomerBalanceTransactions: Endpoint[
    GetCustomersCustomerBalanceTransactionsResponse200
] = Endpoint(
    operation_id="GetCustomersCustomerBalanceTransactions",
    method="GET",
    path="/v1/customers/{customer}/balance_transactions",
    path_params=("customer",),
    query_params=frozenset(
        (
            "created",
            "ending_before",
            "expand",
            "invoice",
            "limit",
            "starting_after",
        )
    ),
    body_params=frozenset(),
    required_params=frozenset(()),
    answer="GetCustomersCustomerBalanceTransactionsResponse200",
    models=models,
    schemas=_schemas,
    object_tags=frozenset(("list",)),
    needs_id=False,
    deletes=False,
)
"""GET /v1/customers/{customer}/balance_transactions"""


PostCustomersCustomerBalanceTransactions: Endpoint[CustomerBalanceTransaction] = Endpoint(
    operation_id="PostCustomersCustomerBalanceTransactions",
    method="POST",
    path="/v1/customers/{customer}/balance_transactions",
    path_params=("customer",),
    query_params=frozenset(()),
    body_params=frozenset(
        (
            "amount",
            "currency",
            "description",
            "expand",
            "metadata",
        )
    ),
    required_params=frozenset(
        (
            "amount",
            "currency",
        )
    ),
    answer="CustomerBalanceTransaction",
    models=models,
    schemas=_schemas,
    object_tags=frozenset(("customer_balance_transaction",)),
    needs_id=True,
    deletes=False,
)
"""POST /v1/customers/{customer}/balance_transactions"""


GetCustomersCustomerBalanceTransactionsTransaction: Endpoint[CustomerBalanceTransaction] = Endpoint(
    operation_id="GetCustomersCustomerBalanceTransactionsTransaction",
    method="GET",
    path="/v1/customers/{customer}/balance_transactions/{transaction}",
    path_params=(
        "customer",
        "transaction",
    ),
    query_params=frozenset(("expand",)),
    body_params=frozenset(),
    required_params=frozenset(()),
    answer="CustomerBalanceTransaction",
    models=models,
    schemas=_schemas,
    object_tags=frozenset(("customer_balance_transaction",)),
    needs_id=True,
    deletes=False,
)
"""GET /v1/customers/{customer}/balance_transactions/{transaction}"""


PostCustomersCustomerBalanceTransactionsTransaction: Endpoint[CustomerBalanceTransaction] = (
    Endpoint(
        operation_id="PostCustomersCustomerBalanceTransactionsTransaction",
        method="POST",
        path="/v1/customers/{customer}/balance_transactions/{transaction}",
        path_params=(
            "customer",
            "transaction",
        ),
        query_params=frozenset(()),
        body_params=frozenset(
            (
                "description",
                "expand",
                "metadata",
            )
        ),
        required_params=frozenset(()),
        answer="CustomerBalanceTransaction",
        models=models,
        schemas=_schemas,
        object_tags=frozenset(("customer_balance_transaction",)),
        needs_id=True,
        deletes=False,
    )
)
"""POST /v1/customers/{customer}/balance_transactions/{transaction}"""


GetEvents: Endpoint[GetEventsResponse200] = Endpoint(
    operation_id="GetEvents",
    method="GET",
    path="/v1/events",
    path_params=(),
    query_params=frozenset(
        (
            "created",
            "delivery_success",
            "ending_before",
            "expand",
            "limit",
            "starting_after",
            "type",
            "types",
        )
    ),
    body_params=frozenset(),
    required_params=frozenset(()),
    answer="GetEventsResponse200",
    models=models,
    schemas=_schemas,
    object_tags=frozenset(("list",)),
    needs_id=False,
    deletes=False,
)
"""GET /v1/events"""


GetEventsId: Endpoint[Event] = Endpoint(
    operation_id="GetEventsId",
    method="GET",
    path="/v1/events/{id}",
    path_params=("id",),
    query_params=frozenset(("expand",)),
    body_params=frozenset(),
    required_params=frozenset(()),
    answer="Event",
    models=models,
    schemas=_schemas,
    object_tags=frozenset(("event",)),
    needs_id=True,
    deletes=False,
)
"""GET /v1/events/{id}"""


GetPaymentIntents: Endpoint[GetPaymentIntentsResponse200] = Endpoint(
    operation_id="GetPaymentIntents",
    method="GET",
    path="/v1/payment_intents",
    path_params=(),
    query_params=frozenset(
        (
            "created",
            "customer",
            "customer_account",
            "ending_before",
            "expand",
            "limit",
            "starting_after",
        )
    ),
    body_params=frozenset(),
    required_params=frozenset(()),
    answer="GetPaymentIntentsResponse200",
    models=models,
    schemas=_schemas,
    object_tags=frozenset(("list",)),
    needs_id=False,
    deletes=False,
)
"""GET /v1/payment_intents"""


GetPaymentIntentsSearch: Endpoint[GetPaymentIntentsSearchResponse200] = Endpoint(
    operation_id="GetPaymentIntentsSearch",
    method="GET",
    path="/v1/payment_intents/search",
    path_params=(),
    query_params=frozenset(
        (
            "expand",
            "limit",
            "page",
            "query",
        )
    ),
    body_params=frozenset(),
    required_params=frozenset(("query",)),
    answer="GetPaymentIntentsSearchResponse200",
    models=models,
    schemas=_schemas,
    object_tags=frozenset(("search_result",)),
    needs_id=False,
    deletes=False,
)
"""GET /v1/payment_intents/search"""


GetPaymentIntentsIntent: Endpoint[PaymentIntent] = Endpoint(
    operation_id="GetPaymentIntentsIntent",
    method="GET",
    path="/v1/payment_intents/{intent}",
    path_params=("intent",),
    query_params=frozenset(
        (
            "client_secret",
            "expand",
        )
    ),
    body_params=frozenset(),
    required_params=frozenset(()),
    answer="PaymentIntent",
    models=models,
    schemas=_schemas,
    object_tags=frozenset(("payment_intent",)),
    needs_id=True,
    deletes=False,
)
"""GET /v1/payment_intents/{intent}"""


GetPromotionCodes: Endpoint[GetPromotionCodesResponse200] = Endpoint(
    operation_id="GetPromotionCodes",
    method="GET",
    path="/v1/promotion_codes",
    path_params=(),
    query_params=frozenset(
        (
            "active",
            "code",
            "coupon",
            "created",
            "customer",
            "customer_account",
            "ending_before",
            "expand",
            "limit",
            "starting_after",
        )
    ),
    body_params=frozenset(),
    required_params=frozenset(()),
    answer="GetPromotionCodesResponse200",
    models=models,
    schemas=_schemas,
    object_tags=frozenset(("list",)),
    needs_id=False,
    deletes=False,
)
"""GET /v1/promotion_codes"""


PostPromotionCodes: Endpoint[PromotionCode] = Endpoint(
    operation_id="PostPromotionCodes",
    method="POST",
    path="/v1/promotion_codes",
    path_params=(),
    query_params=frozenset(()),
    body_params=frozenset(
        (
            "promotion",
            "active",
            "code",
            "customer",
            "customer_account",
            "expand",
            "expires_at",
            "max_redemptions",
            "metadata",
            "restrictions",
        )
    ),
    required_params=frozenset(("promotion",)),
    answer="PromotionCode",
    models=models,
    schemas=_schemas,
    object_tags=frozenset(("promotion_code",)),
    needs_id=True,
    deletes=False,
)
"""POST /v1/promotion_codes"""


GetPromotionCodesPromotionCode: Endpoint[PromotionCode] = Endpoint(
    operation_id="GetPromotionCodesPromotionCode",
    method="GET",
    path="/v1/promotion_codes/{promotion_code}",
    path_params=("promotion_code",),
    query_params=frozenset(("expand",)),
    body_params=frozenset(),
    required_params=frozenset(()),
    answer="PromotionCode",
    models=models,
    schemas=_schemas,
    object_tags=frozenset(("promotion_code",)),
    needs_id=True,
    deletes=False,
)
"""GET /v1/promotion_codes/{promotion_code}"""


PostPromotionCodesPromotionCode: Endpoint[PromotionCode] = Endpoint(
    operation_id="PostPromotionCodesPromotionCode",
    method="POST",
    path="/v1/promotion_codes/{promotion_code}",
    path_params=("promotion_code",),
    query_params=frozenset(()),
    body_params=frozenset(
        (
            "active",
            "expand",
            "metadata",
            "restrictions",
        )
    ),
    required_params=frozenset(()),
    answer="PromotionCode",
    models=models,
    schemas=_schemas,
    object_tags=frozenset(("promotion_code",)),
    needs_id=True,
    deletes=False,
)
"""POST /v1/promotion_codes/{promotion_code}"""


GetCustomersCustomerPaymentMethods: Endpoint[GetCustomersCustomerPaymentMethodsResponse200] = (
    Endpoint(
        operation_id="GetCustomersCustomerPaymentMethods",
        method="GET",
        path="/v1/customers/{customer}/payment_methods",
        path_params=("customer",),
        query_params=frozenset(
            (
                "allow_redisplay",
                "ending_before",
                "expand",
                "limit",
                "starting_after",
                "type",
            )
        ),
        body_params=frozenset(),
        required_params=frozenset(()),
        answer="GetCustomersCustomerPaymentMethodsResponse200",
        models=models,
        schemas=_schemas,
        object_tags=frozenset(("list",)),
        needs_id=False,
        deletes=False,
    )
)
"""GET /v1/customers/{customer}/payment_methods"""


GetCustomersCustomerPaymentMethodsPaymentMethod: Endpoint[PaymentMethod] = Endpoint(
    operation_id="GetCustomersCustomerPaymentMethodsPaymentMethod",
    method="GET",
    path="/v1/customers/{customer}/payment_methods/{payment_method}",
    path_params=(
        "customer",
        "payment_method",
    ),
    query_params=frozenset(("expand",)),
    body_params=frozenset(),
    required_params=frozenset(()),
    answer="PaymentMethod",
    models=models,
    schemas=_schemas,
    object_tags=frozenset(("payment_method",)),
    needs_id=True,
    deletes=False,
)
"""GET /v1/customers/{customer}/payment_methods/{payment_method}"""


PostSubscriptionsSubscriptionPause: Endpoint[Subscription] = Endpoint(
    operation_id="PostSubscriptionsSubscriptionPause",
    method="POST",
    path="/v1/subscriptions/{subscription}/pause",
    path_params=("subscription",),
    query_params=frozenset(()),
    body_params=frozenset(
        (
            "bill_for",
            "expand",
            "invoicing_behavior",
            "type",
        )
    ),
    required_params=frozenset(()),
    answer="Subscription",
    models=models,
    schemas=_schemas,
    object_tags=frozenset(("subscription",)),
    needs_id=True,
    deletes=False,
)
"""POST /v1/subscriptions/{subscription}/pause"""


DeleteSubscriptionsSubscriptionExposedIdDiscount: Endpoint[DeletedDiscount] = Endpoint(
    operation_id="DeleteSubscriptionsSubscriptionExposedIdDiscount",
    method="DELETE",
    path="/v1/subscriptions/{subscription_exposed_id}/discount",
    path_params=("subscription_exposed_id",),
    query_params=frozenset(()),
    body_params=frozenset(),
    required_params=frozenset(()),
    answer="DeletedDiscount",
    models=models,
    schemas=_schemas,
    object_tags=frozenset(("discount",)),
    needs_id=True,
    deletes=True,
)
"""DELETE /v1/subscriptions/{subscription_exposed_id}/discount"""


PostSubscriptionsSubscriptionMigrate: Endpoint[Subscription] = Endpoint(
    operation_id="PostSubscriptionsSubscriptionMigrate",
    method="POST",
    path="/v1/subscriptions/{subscription}/migrate",
    path_params=("subscription",),
    query_params=frozenset(()),
    body_params=frozenset(
        (
            "billing_mode",
            "expand",
        )
    ),
    required_params=frozenset(("billing_mode",)),
    answer="Subscription",
    models=models,
    schemas=_schemas,
    object_tags=frozenset(("subscription",)),
    needs_id=True,
    deletes=False,
)
"""POST /v1/subscriptions/{subscription}/migrate"""


GetQuotes: Endpoint[GetQuotesResponse200] = Endpoint(
    operation_id="GetQuotes",
    method="GET",
    path="/v1/quotes",
    path_params=(),
    query_params=frozenset(
        (
            "customer",
            "customer_account",
            "ending_before",
            "expand",
            "limit",
            "starting_after",
            "status",
            "test_clock",
        )
    ),
    body_params=frozenset(),
    required_params=frozenset(()),
    answer="GetQuotesResponse200",
    models=models,
    schemas=_schemas,
    object_tags=frozenset(("list",)),
    needs_id=False,
    deletes=False,
)
"""GET /v1/quotes"""


PostQuotes: Endpoint[Quote] = Endpoint(
    operation_id="PostQuotes",
    method="POST",
    path="/v1/quotes",
    path_params=(),
    query_params=frozenset(()),
    body_params=frozenset(
        (
            "application_fee_amount",
            "application_fee_percent",
            "automatic_tax",
            "collection_method",
            "customer",
            "customer_account",
            "default_tax_rates",
            "description",
            "discounts",
            "expand",
            "expires_at",
            "footer",
            "from_quote",
            "header",
            "invoice_settings",
            "line_items",
            "metadata",
            "on_behalf_of",
            "subscription_data",
            "test_clock",
            "transfer_data",
        )
    ),
    required_params=frozenset(()),
    answer="Quote",
    models=models,
    schemas=_schemas,
    object_tags=frozenset(("quote",)),
    needs_id=True,
    deletes=False,
)
"""POST /v1/quotes"""


GetQuotesQuote: Endpoint[Quote] = Endpoint(
    operation_id="GetQuotesQuote",
    method="GET",
    path="/v1/quotes/{quote}",
    path_params=("quote",),
    query_params=frozenset(("expand",)),
    body_params=frozenset(),
    required_params=frozenset(()),
    answer="Quote",
    models=models,
    schemas=_schemas,
    object_tags=frozenset(("quote",)),
    needs_id=True,
    deletes=False,
)
"""GET /v1/quotes/{quote}"""


PostQuotesQuote: Endpoint[Quote] = Endpoint(
    operation_id="PostQuotesQuote",
    method="POST",
    path="/v1/quotes/{quote}",
    path_params=("quote",),
    query_params=frozenset(()),
    body_params=frozenset(
        (
            "application_fee_amount",
            "application_fee_percent",
            "automatic_tax",
            "collection_method",
            "customer",
            "customer_account",
            "default_tax_rates",
            "description",
            "discounts",
            "expand",
            "expires_at",
            "footer",
            "header",
            "invoice_settings",
            "line_items",
            "metadata",
            "on_behalf_of",
            "subscription_data",
            "transfer_data",
        )
    ),
    required_params=frozenset(()),
    answer="Quote",
    models=models,
    schemas=_schemas,
    object_tags=frozenset(("quote",)),
    needs_id=True,
    deletes=False,
)
"""POST /v1/quotes/{quote}"""


PostQuotesQuoteFinalize: Endpoint[Quote] = Endpoint(
    operation_id="PostQuotesQuoteFinalize",
    method="POST",
    path="/v1/quotes/{quote}/finalize",
    path_params=("quote",),
    query_params=frozenset(()),
    body_params=frozenset(
        (
            "expand",
            "expires_at",
        )
    ),
    required_params=frozenset(()),
    answer="Quote",
    models=models,
    schemas=_schemas,
    object_tags=frozenset(("quote",)),
    needs_id=True,
    deletes=False,
)
"""POST /v1/quotes/{quote}/finalize"""


PostQuotesQuoteAccept: Endpoint[Quote] = Endpoint(
    operation_id="PostQuotesQuoteAccept",
    method="POST",
    path="/v1/quotes/{quote}/accept",
    path_params=("quote",),
    query_params=frozenset(()),
    body_params=frozenset(("expand",)),
    required_params=frozenset(()),
    answer="Quote",
    models=models,
    schemas=_schemas,
    object_tags=frozenset(("quote",)),
    needs_id=True,
    deletes=False,
)
"""POST /v1/quotes/{quote}/accept"""


PostQuotesQuoteCancel: Endpoint[Quote] = Endpoint(
    operation_id="PostQuotesQuoteCancel",
    method="POST",
    path="/v1/quotes/{quote}/cancel",
    path_params=("quote",),
    query_params=frozenset(()),
    body_params=frozenset(("expand",)),
    required_params=frozenset(()),
    answer="Quote",
    models=models,
    schemas=_schemas,
    object_tags=frozenset(("quote",)),
    needs_id=True,
    deletes=False,
)
"""POST /v1/quotes/{quote}/cancel"""


GetQuotesQuoteLineItems: Endpoint[GetQuotesQuoteLineItemsResponse200] = Endpoint(
    operation_id="GetQuotesQuoteLineItems",
    method="GET",
    path="/v1/quotes/{quote}/line_items",
    path_params=("quote",),
    query_params=frozenset(
        (
            "ending_before",
            "expand",
            "limit",
            "starting_after",
        )
    ),
    body_params=frozenset(),
    required_params=frozenset(()),
    answer="GetQuotesQuoteLineItemsResponse200",
    models=models,
    schemas=_schemas,
    object_tags=frozenset(("list",)),
    needs_id=False,
    deletes=False,
)
"""GET /v1/quotes/{quote}/line_items"""


GetQuotesQuotePdf: Endpoint[bytes] = Endpoint(
    operation_id="GetQuotesQuotePdf",
    method="GET",
    path="/v1/quotes/{quote}/pdf",
    path_params=("quote",),
    query_params=frozenset(("expand",)),
    body_params=frozenset(),
    required_params=frozenset(()),
    answer=None,
    files=True,
    models=models,
    schemas=_schemas,
    object_tags=frozenset(()),
    needs_id=False,
    deletes=False,
)
"""GET /v1/quotes/{quote}/pdf"""


GetQuotesQuoteComputedUpfrontLineItems: Endpoint[GetQuotesQuoteLineItemsResponse200] = Endpoint(
    operation_id="GetQuotesQuoteComputedUpfrontLineItems",
    method="GET",
    path="/v1/quotes/{quote}/computed_upfront_line_items",
    path_params=("quote",),
    query_params=frozenset(
        (
            "ending_before",
            "expand",
            "limit",
            "starting_after",
        )
    ),
    body_params=frozenset(),
    required_params=frozenset(()),
    answer="GetQuotesQuoteLineItemsResponse200",
    models=models,
    schemas=_schemas,
    object_tags=frozenset(("list",)),
    needs_id=False,
    deletes=False,
)
"""GET /v1/quotes/{quote}/computed_upfront_line_items"""


GetSubscriptionSchedules: Endpoint[GetSubscriptionSchedulesResponse200] = Endpoint(
    operation_id="GetSubscriptionSchedules",
    method="GET",
    path="/v1/subscription_schedules",
    path_params=(),
    query_params=frozenset(
        (
            "canceled_at",
            "completed_at",
            "created",
            "customer",
            "customer_account",
            "ending_before",
            "expand",
            "limit",
            "released_at",
            "scheduled",
            "starting_after",
        )
    ),
    body_params=frozenset(),
    required_params=frozenset(()),
    answer="GetSubscriptionSchedulesResponse200",
    models=models,
    schemas=_schemas,
    object_tags=frozenset(("list",)),
    needs_id=False,
    deletes=False,
)
"""GET /v1/subscription_schedules"""


PostSubscriptionSchedules: Endpoint[SubscriptionSchedule] = Endpoint(
    operation_id="PostSubscriptionSchedules",
    method="POST",
    path="/v1/subscription_schedules",
    path_params=(),
    query_params=frozenset(()),
    body_params=frozenset(
        (
            "billing_mode",
            "customer",
            "customer_account",
            "default_settings",
            "end_behavior",
            "expand",
            "from_subscription",
            "metadata",
            "pause_schedules",
            "phases",
            "start_date",
        )
    ),
    required_params=frozenset(()),
    answer="SubscriptionSchedule",
    models=models,
    schemas=_schemas,
    object_tags=frozenset(("subscription_schedule",)),
    needs_id=True,
    deletes=False,
)
"""POST /v1/subscription_schedules"""


GetSubscriptionSchedulesSchedule: Endpoint[SubscriptionSchedule] = Endpoint(
    operation_id="GetSubscriptionSchedulesSchedule",
    method="GET",
    path="/v1/subscription_schedules/{schedule}",
    path_params=("schedule",),
    query_params=frozenset(("expand",)),
    body_params=frozenset(),
    required_params=frozenset(()),
    answer="SubscriptionSchedule",
    models=models,
    schemas=_schemas,
    object_tags=frozenset(("subscription_schedule",)),
    needs_id=True,
    deletes=False,
)
"""GET /v1/subscription_schedules/{schedule}"""


PostSubscriptionSchedulesSchedule: Endpoint[SubscriptionSchedule] = Endpoint(
    operation_id="PostSubscriptionSchedulesSchedule",
    method="POST",
    path="/v1/subscription_schedules/{schedule}",
    path_params=("schedule",),
    query_params=frozenset(()),
    body_params=frozenset(
        (
            "default_settings",
            "end_behavior",
            "expand",
            "metadata",
            "pause_schedules",
            "phases",
            "proration_behavior",
        )
    ),
    required_params=frozenset(()),
    answer="SubscriptionSchedule",
    models=models,
    schemas=_schemas,
    object_tags=frozenset(("subscription_schedule",)),
    needs_id=True,
    deletes=False,
)
"""POST /v1/subscription_schedules/{schedule}"""


PostSubscriptionSchedulesScheduleCancel: Endpoint[SubscriptionSchedule] = Endpoint(
    operation_id="PostSubscriptionSchedulesScheduleCancel",
    method="POST",
    path="/v1/subscription_schedules/{schedule}/cancel",
    path_params=("schedule",),
    query_params=frozenset(()),
    body_params=frozenset(
        (
            "expand",
            "invoice_now",
            "prorate",
        )
    ),
    required_params=frozenset(()),
    answer="SubscriptionSchedule",
    models=models,
    schemas=_schemas,
    object_tags=frozenset(("subscription_schedule",)),
    needs_id=True,
    deletes=False,
)
"""POST /v1/subscription_schedules/{schedule}/cancel"""


PostSubscriptionSchedulesScheduleRelease: Endpoint[SubscriptionSchedule] = Endpoint(
    operation_id="PostSubscriptionSchedulesScheduleRelease",
    method="POST",
    path="/v1/subscription_schedules/{schedule}/release",
    path_params=("schedule",),
    query_params=frozenset(()),
    body_params=frozenset(
        (
            "expand",
            "preserve_cancel_date",
        )
    ),
    required_params=frozenset(()),
    answer="SubscriptionSchedule",
    models=models,
    schemas=_schemas,
    object_tags=frozenset(("subscription_schedule",)),
    needs_id=True,
    deletes=False,
)
"""POST /v1/subscription_schedules/{schedule}/release"""


GetBillingPortalConfigurations: Endpoint[GetBillingPortalConfigurationsResponse200] = Endpoint(
    operation_id="GetBillingPortalConfigurations",
    method="GET",
    path="/v1/billing_portal/configurations",
    path_params=(),
    query_params=frozenset(
        (
            "active",
            "ending_before",
            "expand",
            "is_default",
            "limit",
            "starting_after",
        )
    ),
    body_params=frozenset(),
    required_params=frozenset(()),
    answer="GetBillingPortalConfigurationsResponse200",
    models=models,
    schemas=_schemas,
    object_tags=frozenset(("list",)),
    needs_id=False,
    deletes=False,
)
"""GET /v1/billing_portal/configurations"""


PostBillingPortalConfigurations: Endpoint[BillingPortalConfiguration] = Endpoint(
    operation_id="PostBillingPortalConfigurations",
    method="POST",
    path="/v1/billing_portal/configurations",
    path_params=(),
    query_params=frozenset(()),
    body_params=frozenset(
        (
            "features",
            "business_profile",
            "default_return_url",
            "expand",
            "login_page",
            "metadata",
            "name",
        )
    ),
    required_params=frozenset(("features",)),
    answer="BillingPortalConfiguration",
    models=models,
    schemas=_schemas,
    object_tags=frozenset(("billing_portal.configuration",)),
    needs_id=True,
    deletes=False,
)
"""POST /v1/billing_portal/configurations"""


GetBillingPortalConfigurationsConfiguration: Endpoint[BillingPortalConfiguration] = Endpoint(
    operation_id="GetBillingPortalConfigurationsConfiguration",
    method="GET",
    path="/v1/billing_portal/configurations/{configuration}",
    path_params=("configuration",),
    query_params=frozenset(("expand",)),
    body_params=frozenset(),
    required_params=frozenset(()),
    answer="BillingPortalConfiguration",
    models=models,
    schemas=_schemas,
    object_tags=frozenset(("billing_portal.configuration",)),
    needs_id=True,
    deletes=False,
)
"""GET /v1/billing_portal/configurations/{configuration}"""


PostBillingPortalConfigurationsConfiguration: Endpoint[BillingPortalConfiguration] = Endpoint(
    operation_id="PostBillingPortalConfigurationsConfiguration",
    method="POST",
    path="/v1/billing_portal/configurations/{configuration}",
    path_params=("configuration",),
    query_params=frozenset(()),
    body_params=frozenset(
        (
            "active",
            "business_profile",
            "default_return_url",
            "expand",
            "features",
            "login_page",
            "metadata",
            "name",
        )
    ),
    required_params=frozenset(()),
    answer="BillingPortalConfiguration",
    models=models,
    schemas=_schemas,
    object_tags=frozenset(("billing_portal.configuration",)),
    needs_id=True,
    deletes=False,
)
"""POST /v1/billing_portal/configurations/{configuration}"""


PostBillingPortalSessions: Endpoint[BillingPortalSession] = Endpoint(
    operation_id="PostBillingPortalSessions",
    method="POST",
    path="/v1/billing_portal/sessions",
    path_params=(),
    query_params=frozenset(()),
    body_params=frozenset(
        (
            "after_expiration",
            "configuration",
            "customer",
            "customer_account",
            "expand",
            "flow_data",
            "locale",
            "on_behalf_of",
            "return_url",
        )
    ),
    required_params=frozenset(()),
    answer="BillingPortalSession",
    models=models,
    schemas=_schemas,
    object_tags=frozenset(("billing_portal.session",)),
    needs_id=True,
    deletes=False,
)
"""POST /v1/billing_portal/sessions"""


GetBillingMeters: Endpoint[GetBillingMetersResponse200] = Endpoint(
    operation_id="GetBillingMeters",
    method="GET",
    path="/v1/billing/meters",
    path_params=(),
    query_params=frozenset(
        (
            "ending_before",
            "expand",
            "limit",
            "starting_after",
            "status",
        )
    ),
    body_params=frozenset(),
    required_params=frozenset(()),
    answer="GetBillingMetersResponse200",
    models=models,
    schemas=_schemas,
    object_tags=frozenset(("list",)),
    needs_id=False,
    deletes=False,
)
"""GET /v1/billing/meters"""


PostBillingMeters: Endpoint[BillingMeter] = Endpoint(
    operation_id="PostBillingMeters",
    method="POST",
    path="/v1/billing/meters",
    path_params=(),
    query_params=frozenset(()),
    body_params=frozenset(
        (
            "default_aggregation",
            "display_name",
            "event_name",
            "customer_mapping",
            "event_time_window",
            "expand",
            "value_settings",
        )
    ),
    required_params=frozenset(
        (
            "default_aggregation",
            "display_name",
            "event_name",
        )
    ),
    answer="BillingMeter",
    models=models,
    schemas=_schemas,
    object_tags=frozenset(("billing.meter",)),
    needs_id=True,
    deletes=False,
)
"""POST /v1/billing/meters"""


GetBillingMetersId: Endpoint[BillingMeter] = Endpoint(
    operation_id="GetBillingMetersId",
    method="GET",
    path="/v1/billing/meters/{id}",
    path_params=("id",),
    query_params=frozenset(("expand",)),
    body_params=frozenset(),
    required_params=frozenset(()),
    answer="BillingMeter",
    models=models,
    schemas=_schemas,
    object_tags=frozenset(("billing.meter",)),
    needs_id=True,
    deletes=False,
)
"""GET /v1/billing/meters/{id}"""


PostBillingMetersId: Endpoint[BillingMeter] = Endpoint(
    operation_id="PostBillingMetersId",
    method="POST",
    path="/v1/billing/meters/{id}",
    path_params=("id",),
    query_params=frozenset(()),
    body_params=frozenset(
        (
            "display_name",
            "expand",
        )
    ),
    required_params=frozenset(()),
    answer="BillingMeter",
    models=models,
    schemas=_schemas,
    object_tags=frozenset(("billing.meter",)),
    needs_id=True,
    deletes=False,
)
"""POST /v1/billing/meters/{id}"""


PostBillingMetersIdDeactivate: Endpoint[BillingMeter] = Endpoint(
    operation_id="PostBillingMetersIdDeactivate",
    method="POST",
    path="/v1/billing/meters/{id}/deactivate",
    path_params=("id",),
    query_params=frozenset(()),
    body_params=frozenset(("expand",)),
    required_params=frozenset(()),
    answer="BillingMeter",
    models=models,
    schemas=_schemas,
    object_tags=frozenset(("billing.meter",)),
    needs_id=True,
    deletes=False,
)
"""POST /v1/billing/meters/{id}/deactivate"""


PostBillingMetersIdReactivate: Endpoint[BillingMeter] = Endpoint(
    operation_id="PostBillingMetersIdReactivate",
    method="POST",
    path="/v1/billing/meters/{id}/reactivate",
    path_params=("id",),
    query_params=frozenset(()),
    body_params=frozenset(("expand",)),
    required_params=frozenset(()),
    answer="BillingMeter",
    models=models,
    schemas=_schemas,
    object_tags=frozenset(("billing.meter",)),
    needs_id=True,
    deletes=False,
)
"""POST /v1/billing/meters/{id}/reactivate"""


GetBillingMetersIdEventSummaries: Endpoint[GetBillingMetersIdEventSummariesResponse200] = Endpoint(
    operation_id="GetBillingMetersIdEventSummaries",
    method="GET",
    path="/v1/billing/meters/{id}/event_summaries",
    path_params=("id",),
    query_params=frozenset(
        (
            "customer",
            "end_time",
            "ending_before",
            "expand",
            "limit",
            "start_time",
            "starting_after",
            "value_grouping_window",
        )
    ),
    body_params=frozenset(),
    required_params=frozenset(
        (
            "customer",
            "end_time",
            "start_time",
        )
    ),
    answer="GetBillingMetersIdEventSummariesResponse200",
    models=models,
    schemas=_schemas,
    object_tags=frozenset(("list",)),
    needs_id=False,
    deletes=False,
)
"""GET /v1/billing/meters/{id}/event_summaries"""


PostBillingMeterEvents: Endpoint[BillingMeterEvent] = Endpoint(
    operation_id="PostBillingMeterEvents",
    method="POST",
    path="/v1/billing/meter_events",
    path_params=(),
    query_params=frozenset(()),
    body_params=frozenset(
        (
            "event_name",
            "payload",
            "expand",
            "identifier",
            "timestamp",
        )
    ),
    required_params=frozenset(
        (
            "event_name",
            "payload",
        )
    ),
    answer="BillingMeterEvent",
    models=models,
    schemas=_schemas,
    object_tags=frozenset(("billing.meter_event",)),
    needs_id=False,
    deletes=False,
)
"""POST /v1/billing/meter_events"""


PostBillingMeterEventAdjustments: Endpoint[BillingMeterEventAdjustment] = Endpoint(
    operation_id="PostBillingMeterEventAdjustments",
    method="POST",
    path="/v1/billing/meter_event_adjustments",
    path_params=(),
    query_params=frozenset(()),
    body_params=frozenset(
        (
            "event_name",
            "type",
            "cancel",
            "expand",
        )
    ),
    required_params=frozenset(
        (
            "event_name",
            "type",
        )
    ),
    answer="BillingMeterEventAdjustment",
    models=models,
    schemas=_schemas,
    object_tags=frozenset(("billing.meter_event_adjustment",)),
    needs_id=False,
    deletes=False,
)
"""POST /v1/billing/meter_event_adjustments"""


DeleteCustomersCustomerDiscount: Endpoint[DeletedDiscount] = Endpoint(
    operation_id="DeleteCustomersCustomerDiscount",
    method="DELETE",
    path="/v1/customers/{customer}/discount",
    path_params=("customer",),
    query_params=frozenset(()),
    body_params=frozenset(),
    required_params=frozenset(()),
    answer="DeletedDiscount",
    models=models,
    schemas=_schemas,
    object_tags=frozenset(("discount",)),
    needs_id=True,
    deletes=True,
)
"""DELETE /v1/customers/{customer}/discount"""


GetInvoiceRenderingTemplates: Endpoint[GetInvoiceRenderingTemplatesResponse200] = Endpoint(
    operation_id="GetInvoiceRenderingTemplates",
    method="GET",
    path="/v1/invoice_rendering_templates",
    path_params=(),
    query_params=frozenset(
        (
            "ending_before",
            "expand",
            "limit",
            "starting_after",
            "status",
        )
    ),
    body_params=frozenset(),
    required_params=frozenset(()),
    answer="GetInvoiceRenderingTemplatesResponse200",
    models=models,
    schemas=_schemas,
    object_tags=frozenset(("list",)),
    needs_id=False,
    deletes=False,
)
"""GET /v1/invoice_rendering_templates"""


GetInvoiceRenderingTemplatesTemplate: Endpoint[InvoiceRenderingTemplate] = Endpoint(
    operation_id="GetInvoiceRenderingTemplatesTemplate",
    method="GET",
    path="/v1/invoice_rendering_templates/{template}",
    path_params=("template",),
    query_params=frozenset(
        (
            "expand",
            "version",
        )
    ),
    body_params=frozenset(),
    required_params=frozenset(()),
    answer="InvoiceRenderingTemplate",
    models=models,
    schemas=_schemas,
    object_tags=frozenset(("invoice_rendering_template",)),
    needs_id=True,
    deletes=False,
)
"""GET /v1/invoice_rendering_templates/{template}"""


PostInvoiceRenderingTemplatesTemplateArchive: Endpoint[InvoiceRenderingTemplate] = Endpoint(
    operation_id="PostInvoiceRenderingTemplatesTemplateArchive",
    method="POST",
    path="/v1/invoice_rendering_templates/{template}/archive",
    path_params=("template",),
    query_params=frozenset(()),
    body_params=frozenset(("expand",)),
    required_params=frozenset(()),
    answer="InvoiceRenderingTemplate",
    models=models,
    schemas=_schemas,
    object_tags=frozenset(("invoice_rendering_template",)),
    needs_id=True,
    deletes=False,
)
"""POST /v1/invoice_rendering_templates/{template}/archive"""


PostInvoiceRenderingTemplatesTemplateUnarchive: Endpoint[InvoiceRenderingTemplate] = Endpoint(
    operation_id="PostInvoiceRenderingTemplatesTemplateUnarchive",
    method="POST",
    path="/v1/invoice_rendering_templates/{template}/unarchive",
    path_params=("template",),
    query_params=frozenset(()),
    body_params=frozenset(("expand",)),
    required_params=frozenset(()),
    answer="InvoiceRenderingTemplate",
    models=models,
    schemas=_schemas,
    object_tags=frozenset(("invoice_rendering_template",)),
    needs_id=True,
    deletes=False,
)
"""POST /v1/invoice_rendering_templates/{template}/unarchive"""

# Every record above, in the operations table's order.
ENDPOINTS: tuple[Endpoint[Any], ...] = (
    GetInvoices,
    PostInvoices,
    GetInvoicesSearch,
    PostInvoicesCreatePreview,
    GetInvoicesInvoice,
    PostInvoicesInvoice,
    DeleteInvoicesInvoice,
    PostInvoicesInvoiceFinalize,
    PostInvoicesInvoiceSend,
    PostInvoicesInvoicePay,
    PostInvoicesInvoiceVoid,
    PostInvoicesInvoiceMarkUncollectible,
    GetInvoicesInvoiceLines,
    PostInvoicesInvoiceLinesLineItemId,
    PostInvoicesInvoiceAddLines,
    PostInvoicesInvoiceRemoveLines,
    PostInvoicesInvoiceUpdateLines,
    GetInvoiceitems,
    PostInvoiceitems,
    GetInvoiceitemsInvoiceitem,
    PostInvoiceitemsInvoiceitem,
    DeleteInvoiceitemsInvoiceitem,
    GetCustomers,
    PostCustomers,
    GetCustomersSearch,
    GetCustomersCustomer,
    PostCustomersCustomer,
    DeleteCustomersCustomer,
    PostInvoicesInvoiceAttachPayment,
    GetCreditNotes,
    PostCreditNotes,
    GetCreditNotesPreview,
    GetCreditNotesPreviewLines,
    GetCreditNotesCreditNoteLines,
    GetCreditNotesId,
    PostCreditNotesId,
    PostCreditNotesIdVoid,
    GetInvoicePayments,
    GetInvoicePaymentsInvoicePayment,
    GetSubscriptions,
    PostSubscriptions,
    GetSubscriptionsSearch,
    GetSubscriptionsSubscriptionExposedId,
    PostSubscriptionsSubscriptionExposedId,
    DeleteSubscriptionsSubscriptionExposedId,
    PostSubscriptionsSubscriptionResume,
    GetSubscriptionItems,
    PostSubscriptionItems,
    GetSubscriptionItemsItem,
    PostSubscriptionItemsItem,
    DeleteSubscriptionItemsItem,
    GetTestHelpersTestClocks,
    PostTestHelpersTestClocks,
    GetTestHelpersTestClocksTestClock,
    DeleteTestHelpersTestClocksTestClock,
    PostTestHelpersTestClocksTestClockAdvance,
    GetTaxRates,
    PostTaxRates,
    GetTaxRatesTaxRate,
    PostTaxRatesTaxRate,
    GetCoupons,
    PostCoupons,
    GetCouponsCoupon,
    PostCouponsCoupon,
    DeleteCouponsCoupon,
    GetProducts,
    PostProducts,
    GetProductsSearch,
    GetProductsId,
    PostProductsId,
    DeleteProductsId,
    GetPrices,
    PostPrices,
    GetPricesSearch,
    GetPricesPrice,
    PostPricesPrice,
    GetCustomersCustomerTaxIds,
    PostCustomersCustomerTaxIds,
    GetCustomersCustomerTaxIdsId,
    DeleteCustomersCustomerTaxIdsId,
    GetCustomersCustomerBalanceTransactions,
    PostCustomersCustomerBalanceTransactions,
    GetCustomersCustomerBalanceTransactionsTransaction,
    PostCustomersCustomerBalanceTransactionsTransaction,
    GetEvents,
    GetEventsId,
    GetPaymentIntents,
    GetPaymentIntentsSearch,
    GetPaymentIntentsIntent,
    GetPromotionCodes,
    PostPromotionCodes,
    GetPromotionCodesPromotionCode,
    PostPromotionCodesPromotionCode,
    GetCustomersCustomerPaymentMethods,
    GetCustomersCustomerPaymentMethodsPaymentMethod,
    PostSubscriptionsSubscriptionPause,
    DeleteSubscriptionsSubscriptionExposedIdDiscount,
    PostSubscriptionsSubscriptionMigrate,
    GetQuotes,
    PostQuotes,
    GetQuotesQuote,
    PostQuotesQuote,
    PostQuotesQuoteFinalize,
    PostQuotesQuoteAccept,
    PostQuotesQuoteCancel,
    GetQuotesQuoteLineItems,
    GetQuotesQuotePdf,
    GetQuotesQuoteComputedUpfrontLineItems,
    GetSubscriptionSchedules,
    PostSubscriptionSchedules,
    GetSubscriptionSchedulesSchedule,
    PostSubscriptionSchedulesSchedule,
    PostSubscriptionSchedulesScheduleCancel,
    PostSubscriptionSchedulesScheduleRelease,
    GetBillingPortalConfigurations,
    PostBillingPortalConfigurations,
    GetBillingPortalConfigurationsConfiguration,
    PostBillingPortalConfigurationsConfiguration,
    PostBillingPortalSessions,
    GetBillingMeters,
    PostBillingMeters,
    GetBillingMetersId,
    PostBillingMetersId,
    PostBillingMetersIdDeactivate,
    PostBillingMetersIdReactivate,
    GetBillingMetersIdEventSummaries,
    PostBillingMeterEvents,
    PostBillingMeterEventAdjustments,
    DeleteCustomersCustomerDiscount,
    GetInvoiceRenderingTemplates,
    GetInvoiceRenderingTemplatesTemplate,
    PostInvoiceRenderingTemplatesTemplateArchive,
    PostInvoiceRenderingTemplatesTemplateUnarchive,
)
