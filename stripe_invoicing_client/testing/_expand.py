"""Which `expand[]` paths each operation takes, refused as Stripe refuses them.

A path names expandable fields, dot-separated, each on the object the previous one expanded
to (`customer.test_clock`). On lists and search results every path starts with `data.`.
The expandable fields are those the spec marks with `x-expansionResources`
(`tests/fake/test_validation.py` keeps the two equal). The fake expands `customer` (and the
`discounts` of invoices, invoice items, invoice lines, subscriptions and subscription items);
the other paths are accepted and left as ids.
"""

from __future__ import annotations

from typing import Any

from ._errors import ApiError

MAX_DEPTH = 4

# Object type -> expandable field -> the type it expands to (None: outside what the fake
# models; anything below it is accepted).
EXPANDABLE: dict[str, dict[str, str | None]] = {
    "invoice": {
        "account_tax_ids": None,
        "application": None,
        "customer": "customer",
        "default_payment_method": None,
        "default_source": None,
        "discounts": None,
        "latest_revision": "invoice",
        "on_behalf_of": None,
        "test_clock": None,
    },
    "invoiceitem": {
        "customer": "customer",
        "discounts": None,
        "invoice": "invoice",
        "test_clock": None,
    },
    "customer": {"default_source": None, "test_clock": None},
    "line_item": {"discounts": None, "subscription": None},
    "credit_note": {
        "customer": "customer",
        "customer_balance_transaction": None,
        "invoice": "invoice",
    },
    "invoice_payment": {"invoice": "invoice"},
    "invoices_payments_invoice_payment_associated_payment": {
        "charge": None,
        "payment_intent": "payment_intent",
        "payment_record": None,
    },
    "product": {"default_price": "price", "tax_code": None},
    "price": {"product": "product"},
    "tax_rate": {},
    "coupon": {},
    "tax_id": {"customer": "customer"},
    "event": {},
    "customer_balance_transaction": {
        "checkout_session": None,
        "credit_note": "credit_note",
        "customer": "customer",
        "invoice": "invoice",
    },
}
# Issue 14: subscriptions (the fake expands `customer`, `latest_invoice` and, through
# `items.data.`, items' `discounts` and `price.product`) and their items.
EXPANDABLE |= {
    "subscription": {
        "application": None,
        "customer": "customer",
        "default_payment_method": None,
        "default_source": None,
        "discounts": None,
        "latest_invoice": "invoice",
        "on_behalf_of": None,
        "pending_setup_intent": None,
        "schedule": None,
        "test_clock": None,
    },
    "subscription_item": {"discounts": None},
}
# Issue 24: quotes (the fake expands `customer`; `line_items` is included when asked).
EXPANDABLE |= {
    "quote": {
        "application": None,
        "customer": "customer",
        "default_tax_rates": None,
        "discounts": None,
        "invoice": "invoice",
        "on_behalf_of": None,
        "subscription": "subscription",
        "subscription_schedule": None,
        "test_clock": None,
    },
    "item": {},
}
# Issue 24: subscription schedules (the fake expands `customer` and `subscription`).
EXPANDABLE |= {
    "subscription_schedule": {
        "application": None,
        "customer": "customer",
        "subscription": "subscription",
        "test_clock": None,
    },
}
# Issue 24: promotion codes (the fake expands `customer`; `promotion.coupon` stays an id).
EXPANDABLE |= {
    "promotion_code": {"customer": "customer"},
    "discount_source": {"coupon": None},
}
# Issue 24: usage-based billing: nothing on a meter, its events or summaries expands.
EXPANDABLE |= {
    "billing.meter": {},
    "billing.meter_event": {},
    "billing.meter_event_adjustment": {},
    "billing.meter_event_summary": {},
}
# Issue 24: payment intents (the fake expands `customer`) and payment methods.
EXPANDABLE |= {
    "payment_intent": {
        "application": None,
        "customer": "customer",
        "latest_charge": None,
        "on_behalf_of": None,
        "payment_method": "payment_method",
        "payment_record": None,
        "review": None,
        "source": None,
    },
    "payment_method": {"customer": "customer"},
    "billing_portal.configuration": {"application": None},
    "billing_portal.session": {"configuration": "billing_portal.configuration"},
    "invoice_rendering_template": {},
}
# Lists left out of an object unless asked for by name (`expand[]=line_items`, a price's
# `tiers`: the spec says they are present only when included).
_INCLUDABLE = {("quote", "line_items"): "item", ("price", "tiers"): "price_tier"}
# Lists inside an object that a path may walk through (`lines.data.discounts`).
_LISTS = {("invoice", "lines"): "line_item", ("subscription", "items"): "subscription_item"}
# Fields that always hold an object (never an id): a path may walk through them to what they
# can expand (`items.data.price.product`), but can't expand them.
_EMBEDDED = {
    ("subscription_item", "price"): "price",
    ("item", "price"): "price",
    ("promotion_code", "promotion"): "discount_source",
    ("invoice_payment", "payment"): "invoices_payments_invoice_payment_associated_payment",
}


def _answers(
    object_type: str, *operations: str, lists: tuple[str, ...] = ()
) -> dict[str, tuple[str, bool]]:
    """`RETURNS` entries: each of `operations` answers with one `object_type`, each of
    `lists` with a list of them."""
    return {
        **dict.fromkeys(lists, (object_type, True)),
        **dict.fromkeys(operations, (object_type, False)),
    }


# Operation -> (the object type it answers with, whether it answers with a list of them).
RETURNS: dict[str, tuple[str, bool]] = {
    **_answers("invoice", lists=("GetInvoices", "GetInvoicesSearch")),
    **_answers(
        "line_item", "PostInvoicesInvoiceLinesLineItemId", lists=("GetInvoicesInvoiceLines",)
    ),
    **_answers(
        "invoiceitem",
        "PostInvoiceitems",
        "GetInvoiceitemsInvoiceitem",
        "PostInvoiceitemsInvoiceitem",
        lists=("GetInvoiceitems",),
    ),
    **_answers(
        "customer",
        "PostCustomers",
        "GetCustomersCustomer",
        "PostCustomersCustomer",
        lists=("GetCustomers", "GetCustomersSearch"),
    ),
    **_answers(
        "credit_note",
        "PostCreditNotes",
        "GetCreditNotesPreview",
        "GetCreditNotesId",
        "PostCreditNotesId",
        "PostCreditNotesIdVoid",
        lists=("GetCreditNotes",),
    ),
    **_answers(
        "credit_note_line_item",
        lists=("GetCreditNotesPreviewLines", "GetCreditNotesCreditNoteLines"),
    ),
    **_answers(
        "invoice_payment", "GetInvoicePaymentsInvoicePayment", lists=("GetInvoicePayments",)
    ),
    **_answers(
        "product",
        "PostProducts",
        "GetProductsId",
        "PostProductsId",
        lists=("GetProducts", "GetProductsSearch"),
    ),
    **_answers(
        "price",
        "PostPrices",
        "GetPricesPrice",
        "PostPricesPrice",
        lists=("GetPrices", "GetPricesSearch"),
    ),
    **_answers(
        "tax_rate",
        "PostTaxRates",
        "GetTaxRatesTaxRate",
        "PostTaxRatesTaxRate",
        lists=("GetTaxRates",),
    ),
    **_answers(
        "coupon", "PostCoupons", "GetCouponsCoupon", "PostCouponsCoupon", lists=("GetCoupons",)
    ),
    **_answers(
        "tax_id",
        "PostCustomersCustomerTaxIds",
        "GetCustomersCustomerTaxIdsId",
        lists=("GetCustomersCustomerTaxIds",),
    ),
    **_answers(
        "customer_balance_transaction",
        "PostCustomersCustomerBalanceTransactions",
        "GetCustomersCustomerBalanceTransactionsTransaction",
        "PostCustomersCustomerBalanceTransactionsTransaction",
        lists=("GetCustomersCustomerBalanceTransactions",),
    ),
    **_answers("event", "GetEventsId", lists=("GetEvents",)),
}  # every other operation that takes `expand` answers with one invoice
RETURNS |= {
    **_answers(
        "subscription",
        "PostSubscriptions",
        "GetSubscriptionsSubscriptionExposedId",
        "PostSubscriptionsSubscriptionExposedId",
        "DeleteSubscriptionsSubscriptionExposedId",
        "PostSubscriptionsSubscriptionResume",
        lists=("GetSubscriptions", "GetSubscriptionsSearch"),
    ),
    **_answers(
        "subscription_item",
        "PostSubscriptionItems",
        "GetSubscriptionItemsItem",
        "PostSubscriptionItemsItem",
        lists=("GetSubscriptionItems",),
    ),
    **_answers(
        "test_helpers.test_clock",
        "PostTestHelpersTestClocks",
        "GetTestHelpersTestClocksTestClock",
        "PostTestHelpersTestClocksTestClockAdvance",
        lists=("GetTestHelpersTestClocks",),
    ),
}
RETURNS |= {
    **_answers(
        "quote",
        "PostQuotes",
        "GetQuotesQuote",
        "PostQuotesQuote",
        "PostQuotesQuoteFinalize",
        "PostQuotesQuoteAccept",
        "PostQuotesQuoteCancel",
        "GetQuotesQuotePdf",
        lists=("GetQuotes",),
    ),
    **_answers("item", lists=("GetQuotesQuoteLineItems", "GetQuotesQuoteComputedUpfrontLineItems")),
}
RETURNS |= _answers(
    "subscription_schedule",
    "PostSubscriptionSchedules",
    "GetSubscriptionSchedulesSchedule",
    "PostSubscriptionSchedulesSchedule",
    "PostSubscriptionSchedulesScheduleCancel",
    "PostSubscriptionSchedulesScheduleRelease",
    lists=("GetSubscriptionSchedules",),
)
RETURNS |= {
    **_answers(
        "promotion_code",
        "PostPromotionCodes",
        "GetPromotionCodesPromotionCode",
        "PostPromotionCodesPromotionCode",
        lists=("GetPromotionCodes",),
    ),
    **_answers(
        "discount",
        "DeleteSubscriptionsSubscriptionExposedIdDiscount",
        "DeleteCustomersCustomerDiscount",
    ),
}
RETURNS |= {
    **_answers(
        "billing.meter",
        "PostBillingMeters",
        "GetBillingMetersId",
        "PostBillingMetersId",
        "PostBillingMetersIdDeactivate",
        "PostBillingMetersIdReactivate",
        lists=("GetBillingMeters",),
    ),
    **_answers("billing.meter_event_summary", lists=("GetBillingMetersIdEventSummaries",)),
    **_answers("billing.meter_event", "PostBillingMeterEvents"),
    **_answers("billing.meter_event_adjustment", "PostBillingMeterEventAdjustments"),
}
RETURNS |= {
    **_answers(
        "payment_intent",
        "GetPaymentIntentsIntent",
        lists=("GetPaymentIntents", "GetPaymentIntentsSearch"),
    ),
    **_answers(
        "payment_method",
        "GetCustomersCustomerPaymentMethodsPaymentMethod",
        lists=("GetCustomersCustomerPaymentMethods",),
    ),
    **_answers(
        "billing_portal.configuration",
        "PostBillingPortalConfigurations",
        "GetBillingPortalConfigurationsConfiguration",
        "PostBillingPortalConfigurationsConfiguration",
        lists=("GetBillingPortalConfigurations",),
    ),
    **_answers("billing_portal.session", "PostBillingPortalSessions"),
    **_answers(
        "subscription", "PostSubscriptionsSubscriptionPause", "PostSubscriptionsSubscriptionMigrate"
    ),
    **_answers(
        "invoice_rendering_template",
        "GetInvoiceRenderingTemplatesTemplate",
        "PostInvoiceRenderingTemplatesTemplateArchive",
        "PostInvoiceRenderingTemplatesTemplateUnarchive",
        lists=("GetInvoiceRenderingTemplates",),
    ),
}


def _refuse(path: str, hint: str = "") -> ApiError:
    return ApiError.invalid_request(
        f"This property cannot be expanded ({path}).{hint}", param="expand"
    )


def _check_path(object_type: str | None, parts: list[str], path: str) -> None:
    while parts and object_type is not None:
        head = parts.pop(0)
        if (object_type, head) in _INCLUDABLE:
            if not parts:
                return
            if parts[0] != "data" or len(parts) < 2:
                raise _refuse(path)
            object_type = _INCLUDABLE[(object_type, head)]
            parts.pop(0)
            continue
        if (object_type, head) in _LISTS and parts[:1] == ["data"] and len(parts) > 1:
            object_type = _LISTS[(object_type, head)]
            parts.pop(0)
            continue
        if (object_type, head) in _EMBEDDED and parts:
            object_type = _EMBEDDED[(object_type, head)]
            continue
        fields = EXPANDABLE.get(object_type, {})
        if head not in fields:
            raise _refuse(path)
        object_type = fields[head]


def check_expand(operation_id: str, params: dict[str, Any]) -> None:
    """Refuses (400) any `expand[]` path the operation's answer doesn't have."""
    object_type, is_list = RETURNS.get(operation_id, ("invoice", False))
    for path in params.get("expand") or []:
        parts = path.split(".")
        if is_list:
            if parts[0] != "data" or len(parts) < 2:
                raise _refuse(path, f" You may want to try expanding 'data.{path}' instead.")
            parts = parts[1:]
        if len(parts) > MAX_DEPTH or "" in parts:
            raise _refuse(path, f" Paths go at most {MAX_DEPTH} levels deep.")
        _check_path(object_type, parts, path)


__all__ = ["EXPANDABLE", "RETURNS", "check_expand"]
