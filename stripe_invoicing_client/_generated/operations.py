"""One Endpoint record per operation: method, path, parameters, and how to read the answer
(generated; do not edit). Models are imported when a response is parsed, not before."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import TYPE_CHECKING, Any, TypeAlias, cast

from ._check import Problem, check_request
from ._wire import Endpoint

if TYPE_CHECKING:
    from .models.credit_note import CreditNote, CreditNoteLines
    from .models.customer import (
        Customer,
        CustomerBalanceTransaction,
        DeletedCustomer,
        GetSubscriptionsResponse200,
    )
    from .models.discount import Coupon, DeletedCoupon
    from .models.event import Event
    from .models.invoice import DeletedInvoice, Invoice, InvoiceLines
    from .models.invoice_item import DeletedInvoiceItem, InvoiceItem
    from .models.line_item import LineItem
    from .models.pages import (
        GetCouponsResponse200,
        GetCreditNotesResponse200,
        GetCustomersCustomerBalanceTransactionsResponse200,
        GetCustomersCustomerTaxIdsResponse200,
        GetCustomersResponse200,
        GetCustomersSearchResponse200,
        GetEventsResponse200,
        GetInvoiceitemsResponse200,
        GetInvoicePaymentsResponse200,
        GetInvoicesResponse200,
        GetInvoicesSearchResponse200,
        GetPricesResponse200,
        GetPricesSearchResponse200,
        GetProductsResponse200,
        GetProductsSearchResponse200,
        GetSubscriptionsSearchResponse200,
        GetTaxRatesResponse200,
        GetTestHelpersTestClocksResponse200,
    )
    from .models.payment import InvoicePayment
    from .models.product import DeletedProduct, Price, Product
    from .models.subscription import (
        DeletedSubscriptionItem,
        Subscription,
        SubscriptionItem,
        SubscriptionItems,
    )
    from .models.tax import DeletedTaxId, TaxId, TaxRate
    from .models.test_clock import DeletedTestClock, TestClock

    pass

# Each model class is imported on the first answer that holds one, then cached: an import
# statement in the parser would cost more than the cached lookup, on every call.


@cache
def _class_CreditNote() -> type[CreditNote]:
    from .models.credit_note import CreditNote  # noqa: PLC0415

    return CreditNote


@cache
def _class_CreditNoteLines() -> type[CreditNoteLines]:
    from .models.credit_note import CreditNoteLines  # noqa: PLC0415

    return CreditNoteLines


@cache
def _class_Customer() -> type[Customer]:
    from .models.customer import Customer  # noqa: PLC0415

    return Customer


@cache
def _class_CustomerBalanceTransaction() -> type[CustomerBalanceTransaction]:
    from .models.customer import CustomerBalanceTransaction  # noqa: PLC0415

    return CustomerBalanceTransaction


@cache
def _class_DeletedCustomer() -> type[DeletedCustomer]:
    from .models.customer import DeletedCustomer  # noqa: PLC0415

    return DeletedCustomer


@cache
def _class_GetSubscriptionsResponse200() -> type[GetSubscriptionsResponse200]:
    from .models.customer import GetSubscriptionsResponse200  # noqa: PLC0415

    return GetSubscriptionsResponse200


@cache
def _class_Coupon() -> type[Coupon]:
    from .models.discount import Coupon  # noqa: PLC0415

    return Coupon


@cache
def _class_DeletedCoupon() -> type[DeletedCoupon]:
    from .models.discount import DeletedCoupon  # noqa: PLC0415

    return DeletedCoupon


@cache
def _class_Event() -> type[Event]:
    from .models.event import Event  # noqa: PLC0415

    return Event


@cache
def _class_DeletedInvoice() -> type[DeletedInvoice]:
    from .models.invoice import DeletedInvoice  # noqa: PLC0415

    return DeletedInvoice


@cache
def _class_Invoice() -> type[Invoice]:
    from .models.invoice import Invoice  # noqa: PLC0415

    return Invoice


@cache
def _class_InvoiceLines() -> type[InvoiceLines]:
    from .models.invoice import InvoiceLines  # noqa: PLC0415

    return InvoiceLines


@cache
def _class_DeletedInvoiceItem() -> type[DeletedInvoiceItem]:
    from .models.invoice_item import DeletedInvoiceItem  # noqa: PLC0415

    return DeletedInvoiceItem


@cache
def _class_InvoiceItem() -> type[InvoiceItem]:
    from .models.invoice_item import InvoiceItem  # noqa: PLC0415

    return InvoiceItem


@cache
def _class_LineItem() -> type[LineItem]:
    from .models.line_item import LineItem  # noqa: PLC0415

    return LineItem


@cache
def _class_GetCouponsResponse200() -> type[GetCouponsResponse200]:
    from .models.pages import GetCouponsResponse200  # noqa: PLC0415

    return GetCouponsResponse200


@cache
def _class_GetCreditNotesResponse200() -> type[GetCreditNotesResponse200]:
    from .models.pages import GetCreditNotesResponse200  # noqa: PLC0415

    return GetCreditNotesResponse200


@cache
def _class_GetCustomersCustomerBalanceTransactionsResponse200() -> type[
    GetCustomersCustomerBalanceTransactionsResponse200
]:
    from .models.pages import GetCustomersCustomerBalanceTransactionsResponse200  # noqa: PLC0415

    return GetCustomersCustomerBalanceTransactionsResponse200


@cache
def _class_GetCustomersCustomerTaxIdsResponse200() -> type[GetCustomersCustomerTaxIdsResponse200]:
    from .models.pages import GetCustomersCustomerTaxIdsResponse200  # noqa: PLC0415

    return GetCustomersCustomerTaxIdsResponse200


@cache
def _class_GetCustomersResponse200() -> type[GetCustomersResponse200]:
    from .models.pages import GetCustomersResponse200  # noqa: PLC0415

    return GetCustomersResponse200


@cache
def _class_GetCustomersSearchResponse200() -> type[GetCustomersSearchResponse200]:
    from .models.pages import GetCustomersSearchResponse200  # noqa: PLC0415

    return GetCustomersSearchResponse200


@cache
def _class_GetEventsResponse200() -> type[GetEventsResponse200]:
    from .models.pages import GetEventsResponse200  # noqa: PLC0415

    return GetEventsResponse200


@cache
def _class_GetInvoicePaymentsResponse200() -> type[GetInvoicePaymentsResponse200]:
    from .models.pages import GetInvoicePaymentsResponse200  # noqa: PLC0415

    return GetInvoicePaymentsResponse200


@cache
def _class_GetInvoiceitemsResponse200() -> type[GetInvoiceitemsResponse200]:
    from .models.pages import GetInvoiceitemsResponse200  # noqa: PLC0415

    return GetInvoiceitemsResponse200


@cache
def _class_GetInvoicesResponse200() -> type[GetInvoicesResponse200]:
    from .models.pages import GetInvoicesResponse200  # noqa: PLC0415

    return GetInvoicesResponse200


@cache
def _class_GetInvoicesSearchResponse200() -> type[GetInvoicesSearchResponse200]:
    from .models.pages import GetInvoicesSearchResponse200  # noqa: PLC0415

    return GetInvoicesSearchResponse200


@cache
def _class_GetPricesResponse200() -> type[GetPricesResponse200]:
    from .models.pages import GetPricesResponse200  # noqa: PLC0415

    return GetPricesResponse200


@cache
def _class_GetPricesSearchResponse200() -> type[GetPricesSearchResponse200]:
    from .models.pages import GetPricesSearchResponse200  # noqa: PLC0415

    return GetPricesSearchResponse200


@cache
def _class_GetProductsResponse200() -> type[GetProductsResponse200]:
    from .models.pages import GetProductsResponse200  # noqa: PLC0415

    return GetProductsResponse200


@cache
def _class_GetProductsSearchResponse200() -> type[GetProductsSearchResponse200]:
    from .models.pages import GetProductsSearchResponse200  # noqa: PLC0415

    return GetProductsSearchResponse200


@cache
def _class_GetSubscriptionsSearchResponse200() -> type[GetSubscriptionsSearchResponse200]:
    from .models.pages import GetSubscriptionsSearchResponse200  # noqa: PLC0415

    return GetSubscriptionsSearchResponse200


@cache
def _class_GetTaxRatesResponse200() -> type[GetTaxRatesResponse200]:
    from .models.pages import GetTaxRatesResponse200  # noqa: PLC0415

    return GetTaxRatesResponse200


@cache
def _class_GetTestHelpersTestClocksResponse200() -> type[GetTestHelpersTestClocksResponse200]:
    from .models.pages import GetTestHelpersTestClocksResponse200  # noqa: PLC0415

    return GetTestHelpersTestClocksResponse200


@cache
def _class_InvoicePayment() -> type[InvoicePayment]:
    from .models.payment import InvoicePayment  # noqa: PLC0415

    return InvoicePayment


@cache
def _class_DeletedProduct() -> type[DeletedProduct]:
    from .models.product import DeletedProduct  # noqa: PLC0415

    return DeletedProduct


@cache
def _class_Price() -> type[Price]:
    from .models.product import Price  # noqa: PLC0415

    return Price


@cache
def _class_Product() -> type[Product]:
    from .models.product import Product  # noqa: PLC0415

    return Product


@cache
def _class_DeletedSubscriptionItem() -> type[DeletedSubscriptionItem]:
    from .models.subscription import DeletedSubscriptionItem  # noqa: PLC0415

    return DeletedSubscriptionItem


@cache
def _class_Subscription() -> type[Subscription]:
    from .models.subscription import Subscription  # noqa: PLC0415

    return Subscription


@cache
def _class_SubscriptionItem() -> type[SubscriptionItem]:
    from .models.subscription import SubscriptionItem  # noqa: PLC0415

    return SubscriptionItem


@cache
def _class_SubscriptionItems() -> type[SubscriptionItems]:
    from .models.subscription import SubscriptionItems  # noqa: PLC0415

    return SubscriptionItems


@cache
def _class_DeletedTaxId() -> type[DeletedTaxId]:
    from .models.tax import DeletedTaxId  # noqa: PLC0415

    return DeletedTaxId


@cache
def _class_TaxId() -> type[TaxId]:
    from .models.tax import TaxId  # noqa: PLC0415

    return TaxId


@cache
def _class_TaxRate() -> type[TaxRate]:
    from .models.tax import TaxRate  # noqa: PLC0415

    return TaxRate


@cache
def _class_DeletedTestClock() -> type[DeletedTestClock]:
    from .models.test_clock import DeletedTestClock  # noqa: PLC0415

    return DeletedTestClock


@cache
def _class_TestClock() -> type[TestClock]:
    from .models.test_clock import TestClock  # noqa: PLC0415

    return TestClock


def _parse_GetInvoices(data: Any) -> GetInvoicesResponse200:
    GetInvoicesResponse200 = _class_GetInvoicesResponse200()
    if type(data) is dict:
        return GetInvoicesResponse200.from_dict(data)
    raise TypeError(f"GetInvoices: unexpected {type(data).__name__} in a 200 response")


def _check_GetInvoices(params: Mapping[str, Any]) -> list[Problem]:
    return check_request("GetInvoices", params)


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
    parse=_parse_GetInvoices,
    check=_check_GetInvoices,
    object_tags=frozenset(("list",)),
    needs_id=False,
    deletes=False,
)
"""GET /v1/invoices"""


def _parse_PostInvoices(data: Any) -> Invoice:
    Invoice = _class_Invoice()
    if type(data) is dict:
        return Invoice.from_dict(data)
    raise TypeError(f"PostInvoices: unexpected {type(data).__name__} in a 200 response")


def _check_PostInvoices(params: Mapping[str, Any]) -> list[Problem]:
    return check_request("PostInvoices", params)


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
    parse=_parse_PostInvoices,
    check=_check_PostInvoices,
    object_tags=frozenset(("invoice",)),
    needs_id=True,
    deletes=False,
)
"""POST /v1/invoices"""


def _parse_GetInvoicesSearch(data: Any) -> GetInvoicesSearchResponse200:
    GetInvoicesSearchResponse200 = _class_GetInvoicesSearchResponse200()
    if type(data) is dict:
        return GetInvoicesSearchResponse200.from_dict(data)
    raise TypeError(f"GetInvoicesSearch: unexpected {type(data).__name__} in a 200 response")


def _check_GetInvoicesSearch(params: Mapping[str, Any]) -> list[Problem]:
    return check_request("GetInvoicesSearch", params)


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
    parse=_parse_GetInvoicesSearch,
    check=_check_GetInvoicesSearch,
    object_tags=frozenset(("search_result",)),
    needs_id=False,
    deletes=False,
)
"""GET /v1/invoices/search"""


def _parse_PostInvoicesCreatePreview(data: Any) -> Invoice:
    Invoice = _class_Invoice()
    if type(data) is dict:
        return Invoice.from_dict(data)
    raise TypeError(
        f"PostInvoicesCreatePreview: unexpected {type(data).__name__} in a 200 response"
    )


def _check_PostInvoicesCreatePreview(params: Mapping[str, Any]) -> list[Problem]:
    return check_request("PostInvoicesCreatePreview", params)


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
    parse=_parse_PostInvoicesCreatePreview,
    check=_check_PostInvoicesCreatePreview,
    object_tags=frozenset(("invoice",)),
    needs_id=True,
    deletes=False,
)
"""POST /v1/invoices/create_preview"""


def _parse_GetInvoicesInvoice(data: Any) -> Invoice:
    Invoice = _class_Invoice()
    if type(data) is dict:
        return Invoice.from_dict(data)
    raise TypeError(f"GetInvoicesInvoice: unexpected {type(data).__name__} in a 200 response")


def _check_GetInvoicesInvoice(params: Mapping[str, Any]) -> list[Problem]:
    return check_request("GetInvoicesInvoice", params)


GetInvoicesInvoice: Endpoint[Invoice] = Endpoint(
    operation_id="GetInvoicesInvoice",
    method="GET",
    path="/v1/invoices/{invoice}",
    path_params=("invoice",),
    query_params=frozenset(("expand",)),
    body_params=frozenset(),
    required_params=frozenset(()),
    parse=_parse_GetInvoicesInvoice,
    check=_check_GetInvoicesInvoice,
    object_tags=frozenset(("invoice",)),
    needs_id=True,
    deletes=False,
)
"""GET /v1/invoices/{invoice}"""


def _parse_PostInvoicesInvoice(data: Any) -> Invoice:
    Invoice = _class_Invoice()
    if type(data) is dict:
        return Invoice.from_dict(data)
    raise TypeError(f"PostInvoicesInvoice: unexpected {type(data).__name__} in a 200 response")


def _check_PostInvoicesInvoice(params: Mapping[str, Any]) -> list[Problem]:
    return check_request("PostInvoicesInvoice", params)


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
    parse=_parse_PostInvoicesInvoice,
    check=_check_PostInvoicesInvoice,
    object_tags=frozenset(("invoice",)),
    needs_id=True,
    deletes=False,
)
"""POST /v1/invoices/{invoice}"""


def _parse_DeleteInvoicesInvoice(data: Any) -> DeletedInvoice:
    DeletedInvoice = _class_DeletedInvoice()
    if type(data) is dict:
        return DeletedInvoice.from_dict(data)
    raise TypeError(f"DeleteInvoicesInvoice: unexpected {type(data).__name__} in a 200 response")


def _check_DeleteInvoicesInvoice(params: Mapping[str, Any]) -> list[Problem]:
    return check_request("DeleteInvoicesInvoice", params)


DeleteInvoicesInvoice: Endpoint[DeletedInvoice] = Endpoint(
    operation_id="DeleteInvoicesInvoice",
    method="DELETE",
    path="/v1/invoices/{invoice}",
    path_params=("invoice",),
    query_params=frozenset(()),
    body_params=frozenset(),
    required_params=frozenset(()),
    parse=_parse_DeleteInvoicesInvoice,
    check=_check_DeleteInvoicesInvoice,
    object_tags=frozenset(("invoice",)),
    needs_id=True,
    deletes=True,
)
"""DELETE /v1/invoices/{invoice}"""


def _parse_PostInvoicesInvoiceFinalize(data: Any) -> Invoice:
    Invoice = _class_Invoice()
    if type(data) is dict:
        return Invoice.from_dict(data)
    raise TypeError(
        f"PostInvoicesInvoiceFinalize: unexpected {type(data).__name__} in a 200 response"
    )


def _check_PostInvoicesInvoiceFinalize(params: Mapping[str, Any]) -> list[Problem]:
    return check_request("PostInvoicesInvoiceFinalize", params)


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
    parse=_parse_PostInvoicesInvoiceFinalize,
    check=_check_PostInvoicesInvoiceFinalize,
    object_tags=frozenset(("invoice",)),
    needs_id=True,
    deletes=False,
)
"""POST /v1/invoices/{invoice}/finalize"""


def _parse_PostInvoicesInvoiceSend(data: Any) -> Invoice:
    Invoice = _class_Invoice()
    if type(data) is dict:
        return Invoice.from_dict(data)
    raise TypeError(f"PostInvoicesInvoiceSend: unexpected {type(data).__name__} in a 200 response")


def _check_PostInvoicesInvoiceSend(params: Mapping[str, Any]) -> list[Problem]:
    return check_request("PostInvoicesInvoiceSend", params)


PostInvoicesInvoiceSend: Endpoint[Invoice] = Endpoint(
    operation_id="PostInvoicesInvoiceSend",
    method="POST",
    path="/v1/invoices/{invoice}/send",
    path_params=("invoice",),
    query_params=frozenset(()),
    body_params=frozenset(("expand",)),
    required_params=frozenset(()),
    parse=_parse_PostInvoicesInvoiceSend,
    check=_check_PostInvoicesInvoiceSend,
    object_tags=frozenset(("invoice",)),
    needs_id=True,
    deletes=False,
)
"""POST /v1/invoices/{invoice}/send"""


def _parse_PostInvoicesInvoicePay(data: Any) -> Invoice:
    Invoice = _class_Invoice()
    if type(data) is dict:
        return Invoice.from_dict(data)
    raise TypeError(f"PostInvoicesInvoicePay: unexpected {type(data).__name__} in a 200 response")


def _check_PostInvoicesInvoicePay(params: Mapping[str, Any]) -> list[Problem]:
    return check_request("PostInvoicesInvoicePay", params)


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
    parse=_parse_PostInvoicesInvoicePay,
    check=_check_PostInvoicesInvoicePay,
    object_tags=frozenset(("invoice",)),
    needs_id=True,
    deletes=False,
)
"""POST /v1/invoices/{invoice}/pay"""


def _parse_PostInvoicesInvoiceVoid(data: Any) -> Invoice:
    Invoice = _class_Invoice()
    if type(data) is dict:
        return Invoice.from_dict(data)
    raise TypeError(f"PostInvoicesInvoiceVoid: unexpected {type(data).__name__} in a 200 response")


def _check_PostInvoicesInvoiceVoid(params: Mapping[str, Any]) -> list[Problem]:
    return check_request("PostInvoicesInvoiceVoid", params)


PostInvoicesInvoiceVoid: Endpoint[Invoice] = Endpoint(
    operation_id="PostInvoicesInvoiceVoid",
    method="POST",
    path="/v1/invoices/{invoice}/void",
    path_params=("invoice",),
    query_params=frozenset(()),
    body_params=frozenset(("expand",)),
    required_params=frozenset(()),
    parse=_parse_PostInvoicesInvoiceVoid,
    check=_check_PostInvoicesInvoiceVoid,
    object_tags=frozenset(("invoice",)),
    needs_id=True,
    deletes=False,
)
"""POST /v1/invoices/{invoice}/void"""


def _parse_PostInvoicesInvoiceMarkUncollectible(data: Any) -> Invoice:
    Invoice = _class_Invoice()
    if type(data) is dict:
        return Invoice.from_dict(data)
    raise TypeError(
        f"PostInvoicesInvoiceMarkUncollectible: unexpected {type(data).__name__} in a 200 response"
    )


def _check_PostInvoicesInvoiceMarkUncollectible(params: Mapping[str, Any]) -> list[Problem]:
    return check_request("PostInvoicesInvoiceMarkUncollectible", params)


PostInvoicesInvoiceMarkUncollectible: Endpoint[Invoice] = Endpoint(
    operation_id="PostInvoicesInvoiceMarkUncollectible",
    method="POST",
    path="/v1/invoices/{invoice}/mark_uncollectible",
    path_params=("invoice",),
    query_params=frozenset(()),
    body_params=frozenset(("expand",)),
    required_params=frozenset(()),
    parse=_parse_PostInvoicesInvoiceMarkUncollectible,
    check=_check_PostInvoicesInvoiceMarkUncollectible,
    object_tags=frozenset(("invoice",)),
    needs_id=True,
    deletes=False,
)
"""POST /v1/invoices/{invoice}/mark_uncollectible"""


def _parse_GetInvoicesInvoiceLines(data: Any) -> InvoiceLines:
    InvoiceLines = _class_InvoiceLines()
    if type(data) is dict:
        return InvoiceLines.from_dict(data)
    raise TypeError(f"GetInvoicesInvoiceLines: unexpected {type(data).__name__} in a 200 response")


def _check_GetInvoicesInvoiceLines(params: Mapping[str, Any]) -> list[Problem]:
    return check_request("GetInvoicesInvoiceLines", params)


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
    parse=_parse_GetInvoicesInvoiceLines,
    check=_check_GetInvoicesInvoiceLines,
    object_tags=frozenset(("list",)),
    needs_id=False,
    deletes=False,
)
"""GET /v1/invoices/{invoice}/lines"""


def _parse_PostInvoicesInvoiceLinesLineItemId(data: Any) -> LineItem:
    LineItem = _class_LineItem()
    if type(data) is dict:
        return LineItem.from_dict(data)
    raise TypeError(
        f"PostInvoicesInvoiceLinesLineItemId: unexpected {type(data).__name__} in a 200 response"
    )


def _check_PostInvoicesInvoiceLinesLineItemId(params: Mapping[str, Any]) -> list[Problem]:
    return check_request("PostInvoicesInvoiceLinesLineItemId", params)


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
    parse=_parse_PostInvoicesInvoiceLinesLineItemId,
    check=_check_PostInvoicesInvoiceLinesLineItemId,
    object_tags=frozenset(("line_item",)),
    needs_id=True,
    deletes=False,
)
"""POST /v1/invoices/{invoice}/lines/{line_item_id}"""


def _parse_PostInvoicesInvoiceAddLines(data: Any) -> Invoice:
    Invoice = _class_Invoice()
    if type(data) is dict:
        return Invoice.from_dict(data)
    raise TypeError(
        f"PostInvoicesInvoiceAddLines: unexpected {type(data).__name__} in a 200 response"
    )


def _check_PostInvoicesInvoiceAddLines(params: Mapping[str, Any]) -> list[Problem]:
    return check_request("PostInvoicesInvoiceAddLines", params)


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
    parse=_parse_PostInvoicesInvoiceAddLines,
    check=_check_PostInvoicesInvoiceAddLines,
    object_tags=frozenset(("invoice",)),
    needs_id=True,
    deletes=False,
)
"""POST /v1/invoices/{invoice}/add_lines"""


def _parse_PostInvoicesInvoiceRemoveLines(data: Any) -> Invoice:
    Invoice = _class_Invoice()
    if type(data) is dict:
        return Invoice.from_dict(data)
    raise TypeError(
        f"PostInvoicesInvoiceRemoveLines: unexpected {type(data).__name__} in a 200 response"
    )


def _check_PostInvoicesInvoiceRemoveLines(params: Mapping[str, Any]) -> list[Problem]:
    return check_request("PostInvoicesInvoiceRemoveLines", params)


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
    parse=_parse_PostInvoicesInvoiceRemoveLines,
    check=_check_PostInvoicesInvoiceRemoveLines,
    object_tags=frozenset(("invoice",)),
    needs_id=True,
    deletes=False,
)
"""POST /v1/invoices/{invoice}/remove_lines"""


def _parse_PostInvoicesInvoiceUpdateLines(data: Any) -> Invoice:
    Invoice = _class_Invoice()
    if type(data) is dict:
        return Invoice.from_dict(data)
    raise TypeError(
        f"PostInvoicesInvoiceUpdateLines: unexpected {type(data).__name__} in a 200 response"
    )


def _check_PostInvoicesInvoiceUpdateLines(params: Mapping[str, Any]) -> list[Problem]:
    return check_request("PostInvoicesInvoiceUpdateLines", params)


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
    parse=_parse_PostInvoicesInvoiceUpdateLines,
    check=_check_PostInvoicesInvoiceUpdateLines,
    object_tags=frozenset(("invoice",)),
    needs_id=True,
    deletes=False,
)
"""POST /v1/invoices/{invoice}/update_lines"""


def _parse_GetInvoiceitems(data: Any) -> GetInvoiceitemsResponse200:
    GetInvoiceitemsResponse200 = _class_GetInvoiceitemsResponse200()
    if type(data) is dict:
        return GetInvoiceitemsResponse200.from_dict(data)
    raise TypeError(f"GetInvoiceitems: unexpected {type(data).__name__} in a 200 response")


def _check_GetInvoiceitems(params: Mapping[str, Any]) -> list[Problem]:
    return check_request("GetInvoiceitems", params)


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
    parse=_parse_GetInvoiceitems,
    check=_check_GetInvoiceitems,
    object_tags=frozenset(("list",)),
    needs_id=False,
    deletes=False,
)
"""GET /v1/invoiceitems"""


def _parse_PostInvoiceitems(data: Any) -> InvoiceItem:
    InvoiceItem = _class_InvoiceItem()
    if type(data) is dict:
        return InvoiceItem.from_dict(data)
    raise TypeError(f"PostInvoiceitems: unexpected {type(data).__name__} in a 200 response")


def _check_PostInvoiceitems(params: Mapping[str, Any]) -> list[Problem]:
    return check_request("PostInvoiceitems", params)


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
    parse=_parse_PostInvoiceitems,
    check=_check_PostInvoiceitems,
    object_tags=frozenset(("invoiceitem",)),
    needs_id=True,
    deletes=False,
)
"""POST /v1/invoiceitems"""


def _parse_GetInvoiceitemsInvoiceitem(data: Any) -> InvoiceItem:
    InvoiceItem = _class_InvoiceItem()
    if type(data) is dict:
        return InvoiceItem.from_dict(data)
    raise TypeError(
        f"GetInvoiceitemsInvoiceitem: unexpected {type(data).__name__} in a 200 response"
    )


def _check_GetInvoiceitemsInvoiceitem(params: Mapping[str, Any]) -> list[Problem]:
    return check_request("GetInvoiceitemsInvoiceitem", params)


GetInvoiceitemsInvoiceitem: Endpoint[InvoiceItem] = Endpoint(
    operation_id="GetInvoiceitemsInvoiceitem",
    method="GET",
    path="/v1/invoiceitems/{invoiceitem}",
    path_params=("invoiceitem",),
    query_params=frozenset(("expand",)),
    body_params=frozenset(),
    required_params=frozenset(()),
    parse=_parse_GetInvoiceitemsInvoiceitem,
    check=_check_GetInvoiceitemsInvoiceitem,
    object_tags=frozenset(("invoiceitem",)),
    needs_id=True,
    deletes=False,
)
"""GET /v1/invoiceitems/{invoiceitem}"""


def _parse_PostInvoiceitemsInvoiceitem(data: Any) -> InvoiceItem:
    InvoiceItem = _class_InvoiceItem()
    if type(data) is dict:
        return InvoiceItem.from_dict(data)
    raise TypeError(
        f"PostInvoiceitemsInvoiceitem: unexpected {type(data).__name__} in a 200 response"
    )


def _check_PostInvoiceitemsInvoiceitem(params: Mapping[str, Any]) -> list[Problem]:
    return check_request("PostInvoiceitemsInvoiceitem", params)


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
    parse=_parse_PostInvoiceitemsInvoiceitem,
    check=_check_PostInvoiceitemsInvoiceitem,
    object_tags=frozenset(("invoiceitem",)),
    needs_id=True,
    deletes=False,
)
"""POST /v1/invoiceitems/{invoiceitem}"""


def _parse_DeleteInvoiceitemsInvoiceitem(data: Any) -> DeletedInvoiceItem:
    DeletedInvoiceItem = _class_DeletedInvoiceItem()
    if type(data) is dict:
        return DeletedInvoiceItem.from_dict(data)
    raise TypeError(
        f"DeleteInvoiceitemsInvoiceitem: unexpected {type(data).__name__} in a 200 response"
    )


def _check_DeleteInvoiceitemsInvoiceitem(params: Mapping[str, Any]) -> list[Problem]:
    return check_request("DeleteInvoiceitemsInvoiceitem", params)


DeleteInvoiceitemsInvoiceitem: Endpoint[DeletedInvoiceItem] = Endpoint(
    operation_id="DeleteInvoiceitemsInvoiceitem",
    method="DELETE",
    path="/v1/invoiceitems/{invoiceitem}",
    path_params=("invoiceitem",),
    query_params=frozenset(()),
    body_params=frozenset(),
    required_params=frozenset(()),
    parse=_parse_DeleteInvoiceitemsInvoiceitem,
    check=_check_DeleteInvoiceitemsInvoiceitem,
    object_tags=frozenset(("invoiceitem",)),
    needs_id=True,
    deletes=True,
)
"""DELETE /v1/invoiceitems/{invoiceitem}"""


def _parse_GetCustomers(data: Any) -> GetCustomersResponse200:
    GetCustomersResponse200 = _class_GetCustomersResponse200()
    if type(data) is dict:
        return GetCustomersResponse200.from_dict(data)
    raise TypeError(f"GetCustomers: unexpected {type(data).__name__} in a 200 response")


def _check_GetCustomers(params: Mapping[str, Any]) -> list[Problem]:
    return check_request("GetCustomers", params)


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
    parse=_parse_GetCustomers,
    check=_check_GetCustomers,
    object_tags=frozenset(("list",)),
    needs_id=False,
    deletes=False,
)
"""GET /v1/customers"""


def _parse_PostCustomers(data: Any) -> Customer:
    Customer = _class_Customer()
    if type(data) is dict:
        return Customer.from_dict(data)
    raise TypeError(f"PostCustomers: unexpected {type(data).__name__} in a 200 response")


def _check_PostCustomers(params: Mapping[str, Any]) -> list[Problem]:
    return check_request("PostCustomers", params)


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
    parse=_parse_PostCustomers,
    check=_check_PostCustomers,
    object_tags=frozenset(("customer",)),
    needs_id=True,
    deletes=False,
)
"""POST /v1/customers"""


def _parse_GetCustomersSearch(data: Any) -> GetCustomersSearchResponse200:
    GetCustomersSearchResponse200 = _class_GetCustomersSearchResponse200()
    if type(data) is dict:
        return GetCustomersSearchResponse200.from_dict(data)
    raise TypeError(f"GetCustomersSearch: unexpected {type(data).__name__} in a 200 response")


def _check_GetCustomersSearch(params: Mapping[str, Any]) -> list[Problem]:
    return check_request("GetCustomersSearch", params)


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
    parse=_parse_GetCustomersSearch,
    check=_check_GetCustomersSearch,
    object_tags=frozenset(("search_result",)),
    needs_id=False,
    deletes=False,
)
"""GET /v1/customers/search"""


# The answer's type, named out here: the parser's locals shadow the model classes.
_GetCustomersCustomerAnswer: TypeAlias = "Customer | DeletedCustomer"


def _parse_GetCustomersCustomer(data: Any) -> Customer | DeletedCustomer:
    Customer = _class_Customer()
    DeletedCustomer = _class_DeletedCustomer()
    if (type(data) is dict) or (type(data) is dict):
        return cast(
            _GetCustomersCustomerAnswer,
            (
                DeletedCustomer.from_dict(data)
                if type(data) is dict
                and data.get("deleted") is True
                and data.get("object") == "customer"
                else (Customer.from_dict(data) if type(data) is dict else data)
            ),
        )
    raise TypeError(f"GetCustomersCustomer: unexpected {type(data).__name__} in a 200 response")


def _check_GetCustomersCustomer(params: Mapping[str, Any]) -> list[Problem]:
    return check_request("GetCustomersCustomer", params)


GetCustomersCustomer: Endpoint[Customer | DeletedCustomer] = Endpoint(
    operation_id="GetCustomersCustomer",
    method="GET",
    path="/v1/customers/{customer}",
    path_params=("customer",),
    query_params=frozenset(("expand",)),
    body_params=frozenset(),
    required_params=frozenset(()),
    parse=_parse_GetCustomersCustomer,
    check=_check_GetCustomersCustomer,
    object_tags=frozenset(("customer",)),
    needs_id=True,
    deletes=False,
)
"""GET /v1/customers/{customer}"""


def _parse_PostCustomersCustomer(data: Any) -> Customer:
    Customer = _class_Customer()
    if type(data) is dict:
        return Customer.from_dict(data)
    raise TypeError(f"PostCustomersCustomer: unexpected {type(data).__name__} in a 200 response")


def _check_PostCustomersCustomer(params: Mapping[str, Any]) -> list[Problem]:
    return check_request("PostCustomersCustomer", params)


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
    parse=_parse_PostCustomersCustomer,
    check=_check_PostCustomersCustomer,
    object_tags=frozenset(("customer",)),
    needs_id=True,
    deletes=False,
)
"""POST /v1/customers/{customer}"""


def _parse_DeleteCustomersCustomer(data: Any) -> DeletedCustomer:
    DeletedCustomer = _class_DeletedCustomer()
    if type(data) is dict:
        return DeletedCustomer.from_dict(data)
    raise TypeError(f"DeleteCustomersCustomer: unexpected {type(data).__name__} in a 200 response")


def _check_DeleteCustomersCustomer(params: Mapping[str, Any]) -> list[Problem]:
    return check_request("DeleteCustomersCustomer", params)


DeleteCustomersCustomer: Endpoint[DeletedCustomer] = Endpoint(
    operation_id="DeleteCustomersCustomer",
    method="DELETE",
    path="/v1/customers/{customer}",
    path_params=("customer",),
    query_params=frozenset(()),
    body_params=frozenset(),
    required_params=frozenset(()),
    parse=_parse_DeleteCustomersCustomer,
    check=_check_DeleteCustomersCustomer,
    object_tags=frozenset(("customer",)),
    needs_id=True,
    deletes=True,
)
"""DELETE /v1/customers/{customer}"""


def _parse_PostInvoicesInvoiceAttachPayment(data: Any) -> Invoice:
    Invoice = _class_Invoice()
    if type(data) is dict:
        return Invoice.from_dict(data)
    raise TypeError(
        f"PostInvoicesInvoiceAttachPayment: unexpected {type(data).__name__} in a 200 response"
    )


def _check_PostInvoicesInvoiceAttachPayment(params: Mapping[str, Any]) -> list[Problem]:
    return check_request("PostInvoicesInvoiceAttachPayment", params)


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
    parse=_parse_PostInvoicesInvoiceAttachPayment,
    check=_check_PostInvoicesInvoiceAttachPayment,
    object_tags=frozenset(("invoice",)),
    needs_id=True,
    deletes=False,
)
"""POST /v1/invoices/{invoice}/attach_payment"""


def _parse_GetCreditNotes(data: Any) -> GetCreditNotesResponse200:
    GetCreditNotesResponse200 = _class_GetCreditNotesResponse200()
    if type(data) is dict:
        return GetCreditNotesResponse200.from_dict(data)
    raise TypeError(f"GetCreditNotes: unexpected {type(data).__name__} in a 200 response")


def _check_GetCreditNotes(params: Mapping[str, Any]) -> list[Problem]:
    return check_request("GetCreditNotes", params)


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
    parse=_parse_GetCreditNotes,
    check=_check_GetCreditNotes,
    object_tags=frozenset(("list",)),
    needs_id=False,
    deletes=False,
)
"""GET /v1/credit_notes"""


def _parse_PostCreditNotes(data: Any) -> CreditNote:
    CreditNote = _class_CreditNote()
    if type(data) is dict:
        return CreditNote.from_dict(data)
    raise TypeError(f"PostCreditNotes: unexpected {type(data).__name__} in a 200 response")


def _check_PostCreditNotes(params: Mapping[str, Any]) -> list[Problem]:
    return check_request("PostCreditNotes", params)


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
    parse=_parse_PostCreditNotes,
    check=_check_PostCreditNotes,
    object_tags=frozenset(("credit_note",)),
    needs_id=True,
    deletes=False,
)
"""POST /v1/credit_notes"""


def _parse_GetCreditNotesPreview(data: Any) -> CreditNote:
    CreditNote = _class_CreditNote()
    if type(data) is dict:
        return CreditNote.from_dict(data)
    raise TypeError(f"GetCreditNotesPreview: unexpected {type(data).__name__} in a 200 response")


def _check_GetCreditNotesPreview(params: Mapping[str, Any]) -> list[Problem]:
    return check_request("GetCreditNotesPreview", params)


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
    parse=_parse_GetCreditNotesPreview,
    check=_check_GetCreditNotesPreview,
    object_tags=frozenset(("credit_note",)),
    needs_id=True,
    deletes=False,
)
"""GET /v1/credit_notes/preview"""


def _parse_GetCreditNotesPreviewLines(data: Any) -> CreditNoteLines:
    CreditNoteLines = _class_CreditNoteLines()
    if type(data) is dict:
        return CreditNoteLines.from_dict(data)
    raise TypeError(
        f"GetCreditNotesPreviewLines: unexpected {type(data).__name__} in a 200 response"
    )


def _check_GetCreditNotesPreviewLines(params: Mapping[str, Any]) -> list[Problem]:
    return check_request("GetCreditNotesPreviewLines", params)


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
    parse=_parse_GetCreditNotesPreviewLines,
    check=_check_GetCreditNotesPreviewLines,
    object_tags=frozenset(("list",)),
    needs_id=False,
    deletes=False,
)
"""GET /v1/credit_notes/preview/lines"""


def _parse_GetCreditNotesCreditNoteLines(data: Any) -> CreditNoteLines:
    CreditNoteLines = _class_CreditNoteLines()
    if type(data) is dict:
        return CreditNoteLines.from_dict(data)
    raise TypeError(
        f"GetCreditNotesCreditNoteLines: unexpected {type(data).__name__} in a 200 response"
    )


def _check_GetCreditNotesCreditNoteLines(params: Mapping[str, Any]) -> list[Problem]:
    return check_request("GetCreditNotesCreditNoteLines", params)


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
    parse=_parse_GetCreditNotesCreditNoteLines,
    check=_check_GetCreditNotesCreditNoteLines,
    object_tags=frozenset(("list",)),
    needs_id=False,
    deletes=False,
)
"""GET /v1/credit_notes/{credit_note}/lines"""


def _parse_GetCreditNotesId(data: Any) -> CreditNote:
    CreditNote = _class_CreditNote()
    if type(data) is dict:
        return CreditNote.from_dict(data)
    raise TypeError(f"GetCreditNotesId: unexpected {type(data).__name__} in a 200 response")


def _check_GetCreditNotesId(params: Mapping[str, Any]) -> list[Problem]:
    return check_request("GetCreditNotesId", params)


GetCreditNotesId: Endpoint[CreditNote] = Endpoint(
    operation_id="GetCreditNotesId",
    method="GET",
    path="/v1/credit_notes/{id}",
    path_params=("id",),
    query_params=frozenset(("expand",)),
    body_params=frozenset(),
    required_params=frozenset(()),
    parse=_parse_GetCreditNotesId,
    check=_check_GetCreditNotesId,
    object_tags=frozenset(("credit_note",)),
    needs_id=True,
    deletes=False,
)
"""GET /v1/credit_notes/{id}"""


def _parse_PostCreditNotesId(data: Any) -> CreditNote:
    CreditNote = _class_CreditNote()
    if type(data) is dict:
        return CreditNote.from_dict(data)
    raise TypeError(f"PostCreditNotesId: unexpected {type(data).__name__} in a 200 response")


def _check_PostCreditNotesId(params: Mapping[str, Any]) -> list[Problem]:
    return check_request("PostCreditNotesId", params)


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
    parse=_parse_PostCreditNotesId,
    check=_check_PostCreditNotesId,
    object_tags=frozenset(("credit_note",)),
    needs_id=True,
    deletes=False,
)
"""POST /v1/credit_notes/{id}"""


def _parse_PostCreditNotesIdVoid(data: Any) -> CreditNote:
    CreditNote = _class_CreditNote()
    if type(data) is dict:
        return CreditNote.from_dict(data)
    raise TypeError(f"PostCreditNotesIdVoid: unexpected {type(data).__name__} in a 200 response")


def _check_PostCreditNotesIdVoid(params: Mapping[str, Any]) -> list[Problem]:
    return check_request("PostCreditNotesIdVoid", params)


PostCreditNotesIdVoid: Endpoint[CreditNote] = Endpoint(
    operation_id="PostCreditNotesIdVoid",
    method="POST",
    path="/v1/credit_notes/{id}/void",
    path_params=("id",),
    query_params=frozenset(()),
    body_params=frozenset(("expand",)),
    required_params=frozenset(()),
    parse=_parse_PostCreditNotesIdVoid,
    check=_check_PostCreditNotesIdVoid,
    object_tags=frozenset(("credit_note",)),
    needs_id=True,
    deletes=False,
)
"""POST /v1/credit_notes/{id}/void"""


def _parse_GetInvoicePayments(data: Any) -> GetInvoicePaymentsResponse200:
    GetInvoicePaymentsResponse200 = _class_GetInvoicePaymentsResponse200()
    if type(data) is dict:
        return GetInvoicePaymentsResponse200.from_dict(data)
    raise TypeError(f"GetInvoicePayments: unexpected {type(data).__name__} in a 200 response")


def _check_GetInvoicePayments(params: Mapping[str, Any]) -> list[Problem]:
    return check_request("GetInvoicePayments", params)


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
    parse=_parse_GetInvoicePayments,
    check=_check_GetInvoicePayments,
    object_tags=frozenset(("list",)),
    needs_id=False,
    deletes=False,
)
"""GET /v1/invoice_payments"""


def _parse_GetInvoicePaymentsInvoicePayment(data: Any) -> InvoicePayment:
    InvoicePayment = _class_InvoicePayment()
    if type(data) is dict:
        return InvoicePayment.from_dict(data)
    raise TypeError(
        f"GetInvoicePaymentsInvoicePayment: unexpected {type(data).__name__} in a 200 response"
    )


def _check_GetInvoicePaymentsInvoicePayment(params: Mapping[str, Any]) -> list[Problem]:
    return check_request("GetInvoicePaymentsInvoicePayment", params)


GetInvoicePaymentsInvoicePayment: Endpoint[InvoicePayment] = Endpoint(
    operation_id="GetInvoicePaymentsInvoicePayment",
    method="GET",
    path="/v1/invoice_payments/{invoice_payment}",
    path_params=("invoice_payment",),
    query_params=frozenset(("expand",)),
    body_params=frozenset(),
    required_params=frozenset(()),
    parse=_parse_GetInvoicePaymentsInvoicePayment,
    check=_check_GetInvoicePaymentsInvoicePayment,
    object_tags=frozenset(("invoice_payment",)),
    needs_id=True,
    deletes=False,
)
"""GET /v1/invoice_payments/{invoice_payment}"""


def _parse_GetSubscriptions(data: Any) -> GetSubscriptionsResponse200:
    GetSubscriptionsResponse200 = _class_GetSubscriptionsResponse200()
    if type(data) is dict:
        return GetSubscriptionsResponse200.from_dict(data)
    raise TypeError(f"GetSubscriptions: unexpected {type(data).__name__} in a 200 response")


def _check_GetSubscriptions(params: Mapping[str, Any]) -> list[Problem]:
    return check_request("GetSubscriptions", params)


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
    parse=_parse_GetSubscriptions,
    check=_check_GetSubscriptions,
    object_tags=frozenset(("list",)),
    needs_id=False,
    deletes=False,
)
"""GET /v1/subscriptions"""


def _parse_PostSubscriptions(data: Any) -> Subscription:
    Subscription = _class_Subscription()
    if type(data) is dict:
        return Subscription.from_dict(data)
    raise TypeError(f"PostSubscriptions: unexpected {type(data).__name__} in a 200 response")


def _check_PostSubscriptions(params: Mapping[str, Any]) -> list[Problem]:
    return check_request("PostSubscriptions", params)


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
    parse=_parse_PostSubscriptions,
    check=_check_PostSubscriptions,
    object_tags=frozenset(("subscription",)),
    needs_id=True,
    deletes=False,
)
"""POST /v1/subscriptions"""


def _parse_GetSubscriptionsSearch(data: Any) -> GetSubscriptionsSearchResponse200:
    GetSubscriptionsSearchResponse200 = _class_GetSubscriptionsSearchResponse200()
    if type(data) is dict:
        return GetSubscriptionsSearchResponse200.from_dict(data)
    raise TypeError(f"GetSubscriptionsSearch: unexpected {type(data).__name__} in a 200 response")


def _check_GetSubscriptionsSearch(params: Mapping[str, Any]) -> list[Problem]:
    return check_request("GetSubscriptionsSearch", params)


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
    parse=_parse_GetSubscriptionsSearch,
    check=_check_GetSubscriptionsSearch,
    object_tags=frozenset(("search_result",)),
    needs_id=False,
    deletes=False,
)
"""GET /v1/subscriptions/search"""


def _parse_GetSubscriptionsSubscriptionExposedId(data: Any) -> Subscription:
    Subscription = _class_Subscription()
    if type(data) is dict:
        return Subscription.from_dict(data)
    raise TypeError(
        f"GetSubscriptionsSubscriptionExposedId: unexpected {type(data).__name__} in a 200 response"
    )


def _check_GetSubscriptionsSubscriptionExposedId(params: Mapping[str, Any]) -> list[Problem]:
    return check_request("GetSubscriptionsSubscriptionExposedId", params)


GetSubscriptionsSubscriptionExposedId: Endpoint[Subscription] = Endpoint(
    operation_id="GetSubscriptionsSubscriptionExposedId",
    method="GET",
    path="/v1/subscriptions/{subscription_exposed_id}",
    path_params=("subscription_exposed_id",),
    query_params=frozenset(("expand",)),
    body_params=frozenset(),
    required_params=frozenset(()),
    parse=_parse_GetSubscriptionsSubscriptionExposedId,
    check=_check_GetSubscriptionsSubscriptionExposedId,
    object_tags=frozenset(("subscription",)),
    needs_id=True,
    deletes=False,
)
"""GET /v1/subscriptions/{subscription_exposed_id}"""


def _parse_PostSubscriptionsSubscriptionExposedId(data: Any) -> Subscription:
    Subscription = _class_Subscription()
    if type(data) is dict:
        return Subscription.from_dict(data)
    raise TypeError(
        f"PostSubscriptionsSubscriptionExposedId: unexpected {type(data).__name__} in a 200 response"
    )


def _check_PostSubscriptionsSubscriptionExposedId(params: Mapping[str, Any]) -> list[Problem]:
    return check_request("PostSubscriptionsSubscriptionExposedId", params)


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
    parse=_parse_PostSubscriptionsSubscriptionExposedId,
    check=_check_PostSubscriptionsSubscriptionExposedId,
    object_tags=frozenset(("subscription",)),
    needs_id=True,
    deletes=False,
)
"""POST /v1/subscriptions/{subscription_exposed_id}"""


def _parse_DeleteSubscriptionsSubscriptionExposedId(data: Any) -> Subscription:
    Subscription = _class_Subscription()
    if type(data) is dict:
        return Subscription.from_dict(data)
    raise TypeError(
        f"DeleteSubscriptionsSubscriptionExposedId: unexpected {type(data).__name__} in a 200 response"
    )


def _check_DeleteSubscriptionsSubscriptionExposedId(params: Mapping[str, Any]) -> list[Problem]:
    return check_request("DeleteSubscriptionsSubscriptionExposedId", params)


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
    parse=_parse_DeleteSubscriptionsSubscriptionExposedId,
    check=_check_DeleteSubscriptionsSubscriptionExposedId,
    object_tags=frozenset(("subscription",)),
    needs_id=True,
    deletes=False,
)
"""DELETE /v1/subscriptions/{subscription_exposed_id}"""


def _parse_PostSubscriptionsSubscriptionResume(data: Any) -> Subscription:
    Subscription = _class_Subscription()
    if type(data) is dict:
        return Subscription.from_dict(data)
    raise TypeError(
        f"PostSubscriptionsSubscriptionResume: unexpected {type(data).__name__} in a 200 response"
    )


def _check_PostSubscriptionsSubscriptionResume(params: Mapping[str, Any]) -> list[Problem]:
    return check_request("PostSubscriptionsSubscriptionResume", params)


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
    parse=_parse_PostSubscriptionsSubscriptionResume,
    check=_check_PostSubscriptionsSubscriptionResume,
    object_tags=frozenset(("subscription",)),
    needs_id=True,
    deletes=False,
)
"""POST /v1/subscriptions/{subscription}/resume"""


def _parse_GetSubscriptionItems(data: Any) -> SubscriptionItems:
    SubscriptionItems = _class_SubscriptionItems()
    if type(data) is dict:
        return SubscriptionItems.from_dict(data)
    raise TypeError(f"GetSubscriptionItems: unexpected {type(data).__name__} in a 200 response")


def _check_GetSubscriptionItems(params: Mapping[str, Any]) -> list[Problem]:
    return check_request("GetSubscriptionItems", params)


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
    parse=_parse_GetSubscriptionItems,
    check=_check_GetSubscriptionItems,
    object_tags=frozenset(("list",)),
    needs_id=False,
    deletes=False,
)
"""GET /v1/subscription_items"""


def _parse_PostSubscriptionItems(data: Any) -> SubscriptionItem:
    SubscriptionItem = _class_SubscriptionItem()
    if type(data) is dict:
        return SubscriptionItem.from_dict(data)
    raise TypeError(f"PostSubscriptionItems: unexpected {type(data).__name__} in a 200 response")


def _check_PostSubscriptionItems(params: Mapping[str, Any]) -> list[Problem]:
    return check_request("PostSubscriptionItems", params)


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
    parse=_parse_PostSubscriptionItems,
    check=_check_PostSubscriptionItems,
    object_tags=frozenset(("subscription_item",)),
    needs_id=True,
    deletes=False,
)
"""POST /v1/subscription_items"""


def _parse_GetSubscriptionItemsItem(data: Any) -> SubscriptionItem:
    SubscriptionItem = _class_SubscriptionItem()
    if type(data) is dict:
        return SubscriptionItem.from_dict(data)
    raise TypeError(f"GetSubscriptionItemsItem: unexpected {type(data).__name__} in a 200 response")


def _check_GetSubscriptionItemsItem(params: Mapping[str, Any]) -> list[Problem]:
    return check_request("GetSubscriptionItemsItem", params)


GetSubscriptionItemsItem: Endpoint[SubscriptionItem] = Endpoint(
    operation_id="GetSubscriptionItemsItem",
    method="GET",
    path="/v1/subscription_items/{item}",
    path_params=("item",),
    query_params=frozenset(("expand",)),
    body_params=frozenset(),
    required_params=frozenset(()),
    parse=_parse_GetSubscriptionItemsItem,
    check=_check_GetSubscriptionItemsItem,
    object_tags=frozenset(("subscription_item",)),
    needs_id=True,
    deletes=False,
)
"""GET /v1/subscription_items/{item}"""


def _parse_PostSubscriptionItemsItem(data: Any) -> SubscriptionItem:
    SubscriptionItem = _class_SubscriptionItem()
    if type(data) is dict:
        return SubscriptionItem.from_dict(data)
    raise TypeError(
        f"PostSubscriptionItemsItem: unexpected {type(data).__name__} in a 200 response"
    )


def _check_PostSubscriptionItemsItem(params: Mapping[str, Any]) -> list[Problem]:
    return check_request("PostSubscriptionItemsItem", params)


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
    parse=_parse_PostSubscriptionItemsItem,
    check=_check_PostSubscriptionItemsItem,
    object_tags=frozenset(("subscription_item",)),
    needs_id=True,
    deletes=False,
)
"""POST /v1/subscription_items/{item}"""


def _parse_DeleteSubscriptionItemsItem(data: Any) -> DeletedSubscriptionItem:
    DeletedSubscriptionItem = _class_DeletedSubscriptionItem()
    if type(data) is dict:
        return DeletedSubscriptionItem.from_dict(data)
    raise TypeError(
        f"DeleteSubscriptionItemsItem: unexpected {type(data).__name__} in a 200 response"
    )


def _check_DeleteSubscriptionItemsItem(params: Mapping[str, Any]) -> list[Problem]:
    return check_request("DeleteSubscriptionItemsItem", params)


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
    parse=_parse_DeleteSubscriptionItemsItem,
    check=_check_DeleteSubscriptionItemsItem,
    object_tags=frozenset(("subscription_item",)),
    needs_id=True,
    deletes=True,
)
"""DELETE /v1/subscription_items/{item}"""


def _parse_GetTestHelpersTestClocks(data: Any) -> GetTestHelpersTestClocksResponse200:
    GetTestHelpersTestClocksResponse200 = _class_GetTestHelpersTestClocksResponse200()
    if type(data) is dict:
        return GetTestHelpersTestClocksResponse200.from_dict(data)
    raise TypeError(f"GetTestHelpersTestClocks: unexpected {type(data).__name__} in a 200 response")


def _check_GetTestHelpersTestClocks(params: Mapping[str, Any]) -> list[Problem]:
    return check_request("GetTestHelpersTestClocks", params)


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
    parse=_parse_GetTestHelpersTestClocks,
    check=_check_GetTestHelpersTestClocks,
    object_tags=frozenset(("list",)),
    needs_id=False,
    deletes=False,
)
"""GET /v1/test_helpers/test_clocks"""


def _parse_PostTestHelpersTestClocks(data: Any) -> TestClock:
    TestClock = _class_TestClock()
    if type(data) is dict:
        return TestClock.from_dict(data)
    raise TypeError(
        f"PostTestHelpersTestClocks: unexpected {type(data).__name__} in a 200 response"
    )


def _check_PostTestHelpersTestClocks(params: Mapping[str, Any]) -> list[Problem]:
    return check_request("PostTestHelpersTestClocks", params)


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
    parse=_parse_PostTestHelpersTestClocks,
    check=_check_PostTestHelpersTestClocks,
    object_tags=frozenset(("test_helpers.test_clock",)),
    needs_id=True,
    deletes=False,
)
"""POST /v1/test_helpers/test_clocks"""


def _parse_GetTestHelpersTestClocksTestClock(data: Any) -> TestClock:
    TestClock = _class_TestClock()
    if type(data) is dict:
        return TestClock.from_dict(data)
    raise TypeError(
        f"GetTestHelpersTestClocksTestClock: unexpected {type(data).__name__} in a 200 response"
    )


def _check_GetTestHelpersTestClocksTestClock(params: Mapping[str, Any]) -> list[Problem]:
    return check_request("GetTestHelpersTestClocksTestClock", params)


GetTestHelpersTestClocksTestClock: Endpoint[TestClock] = Endpoint(
    operation_id="GetTestHelpersTestClocksTestClock",
    method="GET",
    path="/v1/test_helpers/test_clocks/{test_clock}",
    path_params=("test_clock",),
    query_params=frozenset(("expand",)),
    body_params=frozenset(),
    required_params=frozenset(()),
    parse=_parse_GetTestHelpersTestClocksTestClock,
    check=_check_GetTestHelpersTestClocksTestClock,
    object_tags=frozenset(("test_helpers.test_clock",)),
    needs_id=True,
    deletes=False,
)
"""GET /v1/test_helpers/test_clocks/{test_clock}"""


def _parse_DeleteTestHelpersTestClocksTestClock(data: Any) -> DeletedTestClock:
    DeletedTestClock = _class_DeletedTestClock()
    if type(data) is dict:
        return DeletedTestClock.from_dict(data)
    raise TypeError(
        f"DeleteTestHelpersTestClocksTestClock: unexpected {type(data).__name__} in a 200 response"
    )


def _check_DeleteTestHelpersTestClocksTestClock(params: Mapping[str, Any]) -> list[Problem]:
    return check_request("DeleteTestHelpersTestClocksTestClock", params)


DeleteTestHelpersTestClocksTestClock: Endpoint[DeletedTestClock] = Endpoint(
    operation_id="DeleteTestHelpersTestClocksTestClock",
    method="DELETE",
    path="/v1/test_helpers/test_clocks/{test_clock}",
    path_params=("test_clock",),
    query_params=frozenset(()),
    body_params=frozenset(),
    required_params=frozenset(()),
    parse=_parse_DeleteTestHelpersTestClocksTestClock,
    check=_check_DeleteTestHelpersTestClocksTestClock,
    object_tags=frozenset(("test_helpers.test_clock",)),
    needs_id=True,
    deletes=True,
)
"""DELETE /v1/test_helpers/test_clocks/{test_clock}"""


def _parse_PostTestHelpersTestClocksTestClockAdvance(data: Any) -> TestClock:
    TestClock = _class_TestClock()
    if type(data) is dict:
        return TestClock.from_dict(data)
    raise TypeError(
        f"PostTestHelpersTestClocksTestClockAdvance: unexpected {type(data).__name__} in a 200 response"
    )


def _check_PostTestHelpersTestClocksTestClockAdvance(params: Mapping[str, Any]) -> list[Problem]:
    return check_request("PostTestHelpersTestClocksTestClockAdvance", params)


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
    parse=_parse_PostTestHelpersTestClocksTestClockAdvance,
    check=_check_PostTestHelpersTestClocksTestClockAdvance,
    object_tags=frozenset(("test_helpers.test_clock",)),
    needs_id=True,
    deletes=False,
)
"""POST /v1/test_helpers/test_clocks/{test_clock}/advance"""


def _parse_GetTaxRates(data: Any) -> GetTaxRatesResponse200:
    GetTaxRatesResponse200 = _class_GetTaxRatesResponse200()
    if type(data) is dict:
        return GetTaxRatesResponse200.from_dict(data)
    raise TypeError(f"GetTaxRates: unexpected {type(data).__name__} in a 200 response")


def _check_GetTaxRates(params: Mapping[str, Any]) -> list[Problem]:
    return check_request("GetTaxRates", params)


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
    parse=_parse_GetTaxRates,
    check=_check_GetTaxRates,
    object_tags=frozenset(("list",)),
    needs_id=False,
    deletes=False,
)
"""GET /v1/tax_rates"""


def _parse_PostTaxRates(data: Any) -> TaxRate:
    TaxRate = _class_TaxRate()
    if type(data) is dict:
        return TaxRate.from_dict(data)
    raise TypeError(f"PostTaxRates: unexpected {type(data).__name__} in a 200 response")


def _check_PostTaxRates(params: Mapping[str, Any]) -> list[Problem]:
    return check_request("PostTaxRates", params)


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
    parse=_parse_PostTaxRates,
    check=_check_PostTaxRates,
    object_tags=frozenset(("tax_rate",)),
    needs_id=True,
    deletes=False,
)
"""POST /v1/tax_rates"""


def _parse_GetTaxRatesTaxRate(data: Any) -> TaxRate:
    TaxRate = _class_TaxRate()
    if type(data) is dict:
        return TaxRate.from_dict(data)
    raise TypeError(f"GetTaxRatesTaxRate: unexpected {type(data).__name__} in a 200 response")


def _check_GetTaxRatesTaxRate(params: Mapping[str, Any]) -> list[Problem]:
    return check_request("GetTaxRatesTaxRate", params)


GetTaxRatesTaxRate: Endpoint[TaxRate] = Endpoint(
    operation_id="GetTaxRatesTaxRate",
    method="GET",
    path="/v1/tax_rates/{tax_rate}",
    path_params=("tax_rate",),
    query_params=frozenset(("expand",)),
    body_params=frozenset(),
    required_params=frozenset(()),
    parse=_parse_GetTaxRatesTaxRate,
    check=_check_GetTaxRatesTaxRate,
    object_tags=frozenset(("tax_rate",)),
    needs_id=True,
    deletes=False,
)
"""GET /v1/tax_rates/{tax_rate}"""


def _parse_PostTaxRatesTaxRate(data: Any) -> TaxRate:
    TaxRate = _class_TaxRate()
    if type(data) is dict:
        return TaxRate.from_dict(data)
    raise TypeError(f"PostTaxRatesTaxRate: unexpected {type(data).__name__} in a 200 response")


def _check_PostTaxRatesTaxRate(params: Mapping[str, Any]) -> list[Problem]:
    return check_request("PostTaxRatesTaxRate", params)


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
    parse=_parse_PostTaxRatesTaxRate,
    check=_check_PostTaxRatesTaxRate,
    object_tags=frozenset(("tax_rate",)),
    needs_id=True,
    deletes=False,
)
"""POST /v1/tax_rates/{tax_rate}"""


def _parse_GetCoupons(data: Any) -> GetCouponsResponse200:
    GetCouponsResponse200 = _class_GetCouponsResponse200()
    if type(data) is dict:
        return GetCouponsResponse200.from_dict(data)
    raise TypeError(f"GetCoupons: unexpected {type(data).__name__} in a 200 response")


def _check_GetCoupons(params: Mapping[str, Any]) -> list[Problem]:
    return check_request("GetCoupons", params)


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
    parse=_parse_GetCoupons,
    check=_check_GetCoupons,
    object_tags=frozenset(("list",)),
    needs_id=False,
    deletes=False,
)
"""GET /v1/coupons"""


def _parse_PostCoupons(data: Any) -> Coupon:
    Coupon = _class_Coupon()
    if type(data) is dict:
        return Coupon.from_dict(data)
    raise TypeError(f"PostCoupons: unexpected {type(data).__name__} in a 200 response")


def _check_PostCoupons(params: Mapping[str, Any]) -> list[Problem]:
    return check_request("PostCoupons", params)


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
    parse=_parse_PostCoupons,
    check=_check_PostCoupons,
    object_tags=frozenset(("coupon",)),
    needs_id=True,
    deletes=False,
)
"""POST /v1/coupons"""


def _parse_GetCouponsCoupon(data: Any) -> Coupon:
    Coupon = _class_Coupon()
    if type(data) is dict:
        return Coupon.from_dict(data)
    raise TypeError(f"GetCouponsCoupon: unexpected {type(data).__name__} in a 200 response")


def _check_GetCouponsCoupon(params: Mapping[str, Any]) -> list[Problem]:
    return check_request("GetCouponsCoupon", params)


GetCouponsCoupon: Endpoint[Coupon] = Endpoint(
    operation_id="GetCouponsCoupon",
    method="GET",
    path="/v1/coupons/{coupon}",
    path_params=("coupon",),
    query_params=frozenset(("expand",)),
    body_params=frozenset(),
    required_params=frozenset(()),
    parse=_parse_GetCouponsCoupon,
    check=_check_GetCouponsCoupon,
    object_tags=frozenset(("coupon",)),
    needs_id=True,
    deletes=False,
)
"""GET /v1/coupons/{coupon}"""


def _parse_PostCouponsCoupon(data: Any) -> Coupon:
    Coupon = _class_Coupon()
    if type(data) is dict:
        return Coupon.from_dict(data)
    raise TypeError(f"PostCouponsCoupon: unexpected {type(data).__name__} in a 200 response")


def _check_PostCouponsCoupon(params: Mapping[str, Any]) -> list[Problem]:
    return check_request("PostCouponsCoupon", params)


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
    parse=_parse_PostCouponsCoupon,
    check=_check_PostCouponsCoupon,
    object_tags=frozenset(("coupon",)),
    needs_id=True,
    deletes=False,
)
"""POST /v1/coupons/{coupon}"""


def _parse_DeleteCouponsCoupon(data: Any) -> DeletedCoupon:
    DeletedCoupon = _class_DeletedCoupon()
    if type(data) is dict:
        return DeletedCoupon.from_dict(data)
    raise TypeError(f"DeleteCouponsCoupon: unexpected {type(data).__name__} in a 200 response")


def _check_DeleteCouponsCoupon(params: Mapping[str, Any]) -> list[Problem]:
    return check_request("DeleteCouponsCoupon", params)


DeleteCouponsCoupon: Endpoint[DeletedCoupon] = Endpoint(
    operation_id="DeleteCouponsCoupon",
    method="DELETE",
    path="/v1/coupons/{coupon}",
    path_params=("coupon",),
    query_params=frozenset(()),
    body_params=frozenset(),
    required_params=frozenset(()),
    parse=_parse_DeleteCouponsCoupon,
    check=_check_DeleteCouponsCoupon,
    object_tags=frozenset(("coupon",)),
    needs_id=True,
    deletes=True,
)
"""DELETE /v1/coupons/{coupon}"""


def _parse_GetProducts(data: Any) -> GetProductsResponse200:
    GetProductsResponse200 = _class_GetProductsResponse200()
    if type(data) is dict:
        return GetProductsResponse200.from_dict(data)
    raise TypeError(f"GetProducts: unexpected {type(data).__name__} in a 200 response")


def _check_GetProducts(params: Mapping[str, Any]) -> list[Problem]:
    return check_request("GetProducts", params)


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
    parse=_parse_GetProducts,
    check=_check_GetProducts,
    object_tags=frozenset(("list",)),
    needs_id=False,
    deletes=False,
)
"""GET /v1/products"""


def _parse_PostProducts(data: Any) -> Product:
    Product = _class_Product()
    if type(data) is dict:
        return Product.from_dict(data)
    raise TypeError(f"PostProducts: unexpected {type(data).__name__} in a 200 response")


def _check_PostProducts(params: Mapping[str, Any]) -> list[Problem]:
    return check_request("PostProducts", params)


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
    parse=_parse_PostProducts,
    check=_check_PostProducts,
    object_tags=frozenset(("product",)),
    needs_id=True,
    deletes=False,
)
"""POST /v1/products"""


def _parse_GetProductsSearch(data: Any) -> GetProductsSearchResponse200:
    GetProductsSearchResponse200 = _class_GetProductsSearchResponse200()
    if type(data) is dict:
        return GetProductsSearchResponse200.from_dict(data)
    raise TypeError(f"GetProductsSearch: unexpected {type(data).__name__} in a 200 response")


def _check_GetProductsSearch(params: Mapping[str, Any]) -> list[Problem]:
    return check_request("GetProductsSearch", params)


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
    parse=_parse_GetProductsSearch,
    check=_check_GetProductsSearch,
    object_tags=frozenset(("search_result",)),
    needs_id=False,
    deletes=False,
)
"""GET /v1/products/search"""


def _parse_GetProductsId(data: Any) -> Product:
    Product = _class_Product()
    if type(data) is dict:
        return Product.from_dict(data)
    raise TypeError(f"GetProductsId: unexpected {type(data).__name__} in a 200 response")


def _check_GetProductsId(params: Mapping[str, Any]) -> list[Problem]:
    return check_request("GetProductsId", params)


GetProductsId: Endpoint[Product] = Endpoint(
    operation_id="GetProductsId",
    method="GET",
    path="/v1/products/{id}",
    path_params=("id",),
    query_params=frozenset(("expand",)),
    body_params=frozenset(),
    required_params=frozenset(()),
    parse=_parse_GetProductsId,
    check=_check_GetProductsId,
    object_tags=frozenset(("product",)),
    needs_id=True,
    deletes=False,
)
"""GET /v1/products/{id}"""


def _parse_PostProductsId(data: Any) -> Product:
    Product = _class_Product()
    if type(data) is dict:
        return Product.from_dict(data)
    raise TypeError(f"PostProductsId: unexpected {type(data).__name__} in a 200 response")


def _check_PostProductsId(params: Mapping[str, Any]) -> list[Problem]:
    return check_request("PostProductsId", params)


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
    parse=_parse_PostProductsId,
    check=_check_PostProductsId,
    object_tags=frozenset(("product",)),
    needs_id=True,
    deletes=False,
)
"""POST /v1/products/{id}"""


def _parse_DeleteProductsId(data: Any) -> DeletedProduct:
    DeletedProduct = _class_DeletedProduct()
    if type(data) is dict:
        return DeletedProduct.from_dict(data)
    raise TypeError(f"DeleteProductsId: unexpected {type(data).__name__} in a 200 response")


def _check_DeleteProductsId(params: Mapping[str, Any]) -> list[Problem]:
    return check_request("DeleteProductsId", params)


DeleteProductsId: Endpoint[DeletedProduct] = Endpoint(
    operation_id="DeleteProductsId",
    method="DELETE",
    path="/v1/products/{id}",
    path_params=("id",),
    query_params=frozenset(()),
    body_params=frozenset(),
    required_params=frozenset(()),
    parse=_parse_DeleteProductsId,
    check=_check_DeleteProductsId,
    object_tags=frozenset(("product",)),
    needs_id=True,
    deletes=True,
)
"""DELETE /v1/products/{id}"""


def _parse_GetPrices(data: Any) -> GetPricesResponse200:
    GetPricesResponse200 = _class_GetPricesResponse200()
    if type(data) is dict:
        return GetPricesResponse200.from_dict(data)
    raise TypeError(f"GetPrices: unexpected {type(data).__name__} in a 200 response")


def _check_GetPrices(params: Mapping[str, Any]) -> list[Problem]:
    return check_request("GetPrices", params)


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
    parse=_parse_GetPrices,
    check=_check_GetPrices,
    object_tags=frozenset(("list",)),
    needs_id=False,
    deletes=False,
)
"""GET /v1/prices"""


def _parse_PostPrices(data: Any) -> Price:
    Price = _class_Price()
    if type(data) is dict:
        return Price.from_dict(data)
    raise TypeError(f"PostPrices: unexpected {type(data).__name__} in a 200 response")


def _check_PostPrices(params: Mapping[str, Any]) -> list[Problem]:
    return check_request("PostPrices", params)


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
    parse=_parse_PostPrices,
    check=_check_PostPrices,
    object_tags=frozenset(("price",)),
    needs_id=True,
    deletes=False,
)
"""POST /v1/prices"""


def _parse_GetPricesSearch(data: Any) -> GetPricesSearchResponse200:
    GetPricesSearchResponse200 = _class_GetPricesSearchResponse200()
    if type(data) is dict:
        return GetPricesSearchResponse200.from_dict(data)
    raise TypeError(f"GetPricesSearch: unexpected {type(data).__name__} in a 200 response")


def _check_GetPricesSearch(params: Mapping[str, Any]) -> list[Problem]:
    return check_request("GetPricesSearch", params)


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
    parse=_parse_GetPricesSearch,
    check=_check_GetPricesSearch,
    object_tags=frozenset(("search_result",)),
    needs_id=False,
    deletes=False,
)
"""GET /v1/prices/search"""


def _parse_GetPricesPrice(data: Any) -> Price:
    Price = _class_Price()
    if type(data) is dict:
        return Price.from_dict(data)
    raise TypeError(f"GetPricesPrice: unexpected {type(data).__name__} in a 200 response")


def _check_GetPricesPrice(params: Mapping[str, Any]) -> list[Problem]:
    return check_request("GetPricesPrice", params)


GetPricesPrice: Endpoint[Price] = Endpoint(
    operation_id="GetPricesPrice",
    method="GET",
    path="/v1/prices/{price}",
    path_params=("price",),
    query_params=frozenset(("expand",)),
    body_params=frozenset(),
    required_params=frozenset(()),
    parse=_parse_GetPricesPrice,
    check=_check_GetPricesPrice,
    object_tags=frozenset(("price",)),
    needs_id=True,
    deletes=False,
)
"""GET /v1/prices/{price}"""


def _parse_PostPricesPrice(data: Any) -> Price:
    Price = _class_Price()
    if type(data) is dict:
        return Price.from_dict(data)
    raise TypeError(f"PostPricesPrice: unexpected {type(data).__name__} in a 200 response")


def _check_PostPricesPrice(params: Mapping[str, Any]) -> list[Problem]:
    return check_request("PostPricesPrice", params)


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
    parse=_parse_PostPricesPrice,
    check=_check_PostPricesPrice,
    object_tags=frozenset(("price",)),
    needs_id=True,
    deletes=False,
)
"""POST /v1/prices/{price}"""


def _parse_GetCustomersCustomerTaxIds(data: Any) -> GetCustomersCustomerTaxIdsResponse200:
    GetCustomersCustomerTaxIdsResponse200 = _class_GetCustomersCustomerTaxIdsResponse200()
    if type(data) is dict:
        return GetCustomersCustomerTaxIdsResponse200.from_dict(data)
    raise TypeError(
        f"GetCustomersCustomerTaxIds: unexpected {type(data).__name__} in a 200 response"
    )


def _check_GetCustomersCustomerTaxIds(params: Mapping[str, Any]) -> list[Problem]:
    return check_request("GetCustomersCustomerTaxIds", params)


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
    parse=_parse_GetCustomersCustomerTaxIds,
    check=_check_GetCustomersCustomerTaxIds,
    object_tags=frozenset(("list",)),
    needs_id=False,
    deletes=False,
)
"""GET /v1/customers/{customer}/tax_ids"""


def _parse_PostCustomersCustomerTaxIds(data: Any) -> TaxId:
    TaxId = _class_TaxId()
    if type(data) is dict:
        return TaxId.from_dict(data)
    raise TypeError(
        f"PostCustomersCustomerTaxIds: unexpected {type(data).__name__} in a 200 response"
    )


def _check_PostCustomersCustomerTaxIds(params: Mapping[str, Any]) -> list[Problem]:
    return check_request("PostCustomersCustomerTaxIds", params)


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
    parse=_parse_PostCustomersCustomerTaxIds,
    check=_check_PostCustomersCustomerTaxIds,
    object_tags=frozenset(("tax_id",)),
    needs_id=True,
    deletes=False,
)
"""POST /v1/customers/{customer}/tax_ids"""


def _parse_GetCustomersCustomerTaxIdsId(data: Any) -> TaxId:
    TaxId = _class_TaxId()
    if type(data) is dict:
        return TaxId.from_dict(data)
    raise TypeError(
        f"GetCustomersCustomerTaxIdsId: unexpected {type(data).__name__} in a 200 response"
    )


def _check_GetCustomersCustomerTaxIdsId(params: Mapping[str, Any]) -> list[Problem]:
    return check_request("GetCustomersCustomerTaxIdsId", params)


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
    parse=_parse_GetCustomersCustomerTaxIdsId,
    check=_check_GetCustomersCustomerTaxIdsId,
    object_tags=frozenset(("tax_id",)),
    needs_id=True,
    deletes=False,
)
"""GET /v1/customers/{customer}/tax_ids/{id}"""


def _parse_DeleteCustomersCustomerTaxIdsId(data: Any) -> DeletedTaxId:
    DeletedTaxId = _class_DeletedTaxId()
    if type(data) is dict:
        return DeletedTaxId.from_dict(data)
    raise TypeError(
        f"DeleteCustomersCustomerTaxIdsId: unexpected {type(data).__name__} in a 200 response"
    )


def _check_DeleteCustomersCustomerTaxIdsId(params: Mapping[str, Any]) -> list[Problem]:
    return check_request("DeleteCustomersCustomerTaxIdsId", params)


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
    parse=_parse_DeleteCustomersCustomerTaxIdsId,
    check=_check_DeleteCustomersCustomerTaxIdsId,
    object_tags=frozenset(("tax_id",)),
    needs_id=True,
    deletes=True,
)
"""DELETE /v1/customers/{customer}/tax_ids/{id}"""


def _parse_GetCustomersCustomerBalanceTransactions(
    data: Any,
) -> GetCustomersCustomerBalanceTransactionsResponse200:
    GetCustomersCustomerBalanceTransactionsResponse200 = (
        _class_GetCustomersCustomerBalanceTransactionsResponse200()
    )
    if type(data) is dict:
        return GetCustomersCustomerBalanceTransactionsResponse200.from_dict(data)
    raise TypeError(
        f"GetCustomersCustomerBalanceTransactions: unexpected {type(data).__name__} in a 200 response"
    )


def _check_GetCustomersCustomerBalanceTransactions(params: Mapping[str, Any]) -> list[Problem]:
    return check_request("GetCustomersCustomerBalanceTransactions", params)


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
    parse=_parse_GetCustomersCustomerBalanceTransactions,
    check=_check_GetCustomersCustomerBalanceTransactions,
    object_tags=frozenset(("list",)),
    needs_id=False,
    deletes=False,
)
"""GET /v1/customers/{customer}/balance_transactions"""


def _parse_PostCustomersCustomerBalanceTransactions(data: Any) -> CustomerBalanceTransaction:
    CustomerBalanceTransaction = _class_CustomerBalanceTransaction()
    if type(data) is dict:
        return CustomerBalanceTransaction.from_dict(data)
    raise TypeError(
        f"PostCustomersCustomerBalanceTransactions: unexpected {type(data).__name__} in a 200 response"
    )


def _check_PostCustomersCustomerBalanceTransactions(params: Mapping[str, Any]) -> list[Problem]:
    return check_request("PostCustomersCustomerBalanceTransactions", params)


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
    parse=_parse_PostCustomersCustomerBalanceTransactions,
    check=_check_PostCustomersCustomerBalanceTransactions,
    object_tags=frozenset(("customer_balance_transaction",)),
    needs_id=True,
    deletes=False,
)
"""POST /v1/customers/{customer}/balance_transactions"""


def _parse_GetCustomersCustomerBalanceTransactionsTransaction(
    data: Any,
) -> CustomerBalanceTransaction:
    CustomerBalanceTransaction = _class_CustomerBalanceTransaction()
    if type(data) is dict:
        return CustomerBalanceTransaction.from_dict(data)
    raise TypeError(
        f"GetCustomersCustomerBalanceTransactionsTransaction: unexpected {type(data).__name__} in a 200 response"
    )


def _check_GetCustomersCustomerBalanceTransactionsTransaction(
    params: Mapping[str, Any],
) -> list[Problem]:
    return check_request("GetCustomersCustomerBalanceTransactionsTransaction", params)


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
    parse=_parse_GetCustomersCustomerBalanceTransactionsTransaction,
    check=_check_GetCustomersCustomerBalanceTransactionsTransaction,
    object_tags=frozenset(("customer_balance_transaction",)),
    needs_id=True,
    deletes=False,
)
"""GET /v1/customers/{customer}/balance_transactions/{transaction}"""


def _parse_PostCustomersCustomerBalanceTransactionsTransaction(
    data: Any,
) -> CustomerBalanceTransaction:
    CustomerBalanceTransaction = _class_CustomerBalanceTransaction()
    if type(data) is dict:
        return CustomerBalanceTransaction.from_dict(data)
    raise TypeError(
        f"PostCustomersCustomerBalanceTransactionsTransaction: unexpected {type(data).__name__} in a 200 response"
    )


def _check_PostCustomersCustomerBalanceTransactionsTransaction(
    params: Mapping[str, Any],
) -> list[Problem]:
    return check_request("PostCustomersCustomerBalanceTransactionsTransaction", params)


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
        parse=_parse_PostCustomersCustomerBalanceTransactionsTransaction,
        check=_check_PostCustomersCustomerBalanceTransactionsTransaction,
        object_tags=frozenset(("customer_balance_transaction",)),
        needs_id=True,
        deletes=False,
    )
)
"""POST /v1/customers/{customer}/balance_transactions/{transaction}"""


def _parse_GetEvents(data: Any) -> GetEventsResponse200:
    GetEventsResponse200 = _class_GetEventsResponse200()
    if type(data) is dict:
        return GetEventsResponse200.from_dict(data)
    raise TypeError(f"GetEvents: unexpected {type(data).__name__} in a 200 response")


def _check_GetEvents(params: Mapping[str, Any]) -> list[Problem]:
    return check_request("GetEvents", params)


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
    parse=_parse_GetEvents,
    check=_check_GetEvents,
    object_tags=frozenset(("list",)),
    needs_id=False,
    deletes=False,
)
"""GET /v1/events"""


def _parse_GetEventsId(data: Any) -> Event:
    Event = _class_Event()
    if type(data) is dict:
        return Event.from_dict(data)
    raise TypeError(f"GetEventsId: unexpected {type(data).__name__} in a 200 response")


def _check_GetEventsId(params: Mapping[str, Any]) -> list[Problem]:
    return check_request("GetEventsId", params)


GetEventsId: Endpoint[Event] = Endpoint(
    operation_id="GetEventsId",
    method="GET",
    path="/v1/events/{id}",
    path_params=("id",),
    query_params=frozenset(("expand",)),
    body_params=frozenset(),
    required_params=frozenset(()),
    parse=_parse_GetEventsId,
    check=_check_GetEventsId,
    object_tags=frozenset(("event",)),
    needs_id=True,
    deletes=False,
)
"""GET /v1/events/{id}"""
