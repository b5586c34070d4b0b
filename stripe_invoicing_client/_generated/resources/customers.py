"""`client.customers` (generated from the operations table; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._core.options import request_options
from ..._core.resource import (
    AsyncAPIResource,
    SyncAPIResource,
    async_raw,
    async_raw_first_page,
    raw,
    raw_first_page,
)
from ..._core.search_query import search_params
from ..operations import (
    DeleteCustomersCustomer,
    DeleteCustomersCustomerDiscount,
    GetCustomers,
    GetCustomersCustomer,
    GetCustomersSearch,
    PostCustomers,
    PostCustomersCustomer,
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

if TYPE_CHECKING:
    from collections.abc import Mapping

    import httpx
    from typing_extensions import Unpack

    from ..._core.pagination import AsyncPager, SyncPager
    from ..._core.resource import AsyncRequester, Requester
    from ..models import customer as models_customer
    from ..models import discount as models_discount
    from ..params import customers as params_customers


class Customers(SyncAPIResource):
    """Customers: who invoices are addressed to and how they pay."""

    tax_ids: CustomerTaxIds
    balance_transactions: CustomerBalanceTransactions
    payment_methods: CustomerPaymentMethods

    def __init__(self, client: Requester) -> None:
        super().__init__(client)
        self.tax_ids = CustomerTaxIds(client)
        self.balance_transactions = CustomerBalanceTransactions(client)
        self.payment_methods = CustomerPaymentMethods(client)

    def list(
        self,
        *,
        max_items: int | None = None,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        **params: Unpack[params_customers.CustomerListParams],
    ) -> SyncPager[models_customer.Customer]:
        """Every matching customer, newest first, page by page.

        Args:
            created (RangeQuerySpecs | int): Only objects created at this Unix timestamp in seconds, or within a range given as gt, gte, lt and lte bounds.
            email (str): Only customers whose email is exactly this (case-sensitive).
            ending_before (str): Object id to page backwards from: the page ends with the object listed right before it.
            expand (list[str]): Dotted paths of fields to return as full objects instead of ids.
            limit (int): How many objects to return on one page, from 1 to 100; 10 when omitted.
            starting_after (str): Object id to page forwards from: the page begins with the object listed right after it.
            test_clock (str): Only customers attached to this test clock.

        Per-call options:
            total_timeout: seconds for the whole call, retries and waits included.
            timeout: seconds for each step of an attempt (connect, read, write).
            extra_headers: headers sent as given.
            extra_query: query parameters sent as given.

        Returns:
            SyncPager[Customer]: iterate it for every match, one Customer at a time; pages are fetched as needed (`max_items` caps the count).

        Raises:
            InvalidParameterError: a parameter was refused before anything was sent.
            InvalidRequestError: Stripe refused the request.
            APIStatusError: any other error status (AuthenticationError, RateLimitError, ...).
            APIConnectionError: no answer after the retries (APITimeoutError, DeadlineExceededError).
        """
        return self._pager(
            GetCustomers,
            {},
            params,
            max_items,
            request_options(
                total_timeout=total_timeout,
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
        )

    def create(
        self,
        *,
        idempotency_key: str | None = None,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        **params: Unpack[params_customers.CustomerCreateParams],
    ) -> models_customer.Customer:
        """Create a customer.

        Args:
            address (RegisteredAddressParam | Literal['']): Billing address of the customer; an empty string removes it.
            balance (int): Amount in the smallest currency unit added to the next invoices (positive) or credited against them (negative).
            business_name (str | Literal['']): Name of the business, when the customer is one; an empty string removes it.
            cash_balance (CashBalanceParam): Settings of the customer's cash balance, such as how incoming transfers are reconciled.
            description (str): Free-text note about the customer, shown in the Dashboard.
            email (str): Email address of the customer; invoices and receipts are sent to it.
            expand (list[str]): Dotted paths of fields to return as full objects instead of ids.
            individual_name (str | Literal['']): Name of the person, when the customer is an individual; an empty string removes it.
            invoice_prefix (str): Prefix of the customer's invoice numbers: 3 to 12 uppercase letters or digits.
            invoice_settings (CustomerParam): Defaults for the customer's invoices: custom fields, default payment method, footer and rendering.
            metadata (Mapping[str, str] | Literal['']): Your own key-value pairs to store on the object; an empty string removes all of them.
            name (str): Full name of the customer, or the business name.
            next_invoice_sequence (int): Sequence number that the customer's next invoice number will carry.
            payment_method (str): Id of a payment method to attach to the new customer.
            phone (str): Phone number of the customer.
            preferred_locales (list[str]): Locale codes the customer prefers, most preferred first; used for emails and PDFs.
            shipping (ShippingParam | Literal['']): Name, address and phone for shipping to the customer; an empty string removes them.
            source (str): Token of a card or bank account to save as the customer's default legacy source.
            tax (CustomerCreateTaxParam): The customer's IP address used to locate them for tax, and when that location is checked.
            tax_exempt (Literal['exempt', 'none', 'reverse'] | Literal['']): Tax status: `none`, `exempt`, or `reverse` for reverse charge; an empty string resets it.
            tax_id_data (list[TaxIdParam]): Tax ids to create for the new customer, each with its type and value.
            test_clock (str): Id of a test clock to attach the customer to (test mode only).
            validate (bool): Whether the card or bank account given as `source` is checked when it is saved.

        Per-call options:
            idempotency_key: the key every retry of this call sends (a UUID4 when omitted).
            total_timeout: seconds for the whole call, retries and waits included.
            timeout: seconds for each step of an attempt (connect, read, write).
            extra_headers: headers sent as given.
            extra_query: query parameters sent as given.
            extra_body: form fields sent as given.

        Returns:
            Customer: the object as Stripe answered.

        Raises:
            InvalidParameterError: a parameter was refused before anything was sent.
            InvalidRequestError: Stripe refused the request.
            APIStatusError: any other error status (AuthenticationError, RateLimitError, ...).
            APIConnectionError: no answer after the retries (APITimeoutError, DeadlineExceededError).
        """
        return self._call(
            PostCustomers,
            {},
            params,
            request_options(
                idempotency_key=idempotency_key,
                total_timeout=total_timeout,
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            ),
        )

    def search(
        self,
        *,
        max_items: int | None = None,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        **params: Unpack[params_customers.CustomerSearchParams],
    ) -> SyncPager[models_customer.Customer]:
        """Customers matching a search `query` (a str, or built from `CustomerSearch` fields).

        Args:
            expand (list[str]): Dotted paths of fields to return as full objects instead of ids.
            limit (int): How many objects to return on one page, from 1 to 100; 10 when omitted.
            page (str): Cursor from the `next_page` of the previous search result; leave out for the first page.
            query (str | SearchQuery[CustomerSearch], required): Search query in Stripe's search language, such as `email:'jane@example.com'`, on created, email, metadata, name and phone; or a query built with `CustomerSearch`.

        Per-call options:
            total_timeout: seconds for the whole call, retries and waits included.
            timeout: seconds for each step of an attempt (connect, read, write).
            extra_headers: headers sent as given.
            extra_query: query parameters sent as given.

        Returns:
            SyncPager[Customer]: iterate it for search results, one Customer at a time; pages are fetched as needed (`max_items` caps the count).

        Raises:
            InvalidParameterError: a parameter was refused before anything was sent.
            InvalidRequestError: Stripe refused the request.
            APIStatusError: any other error status (AuthenticationError, RateLimitError, ...).
            APIConnectionError: no answer after the retries (APITimeoutError, DeadlineExceededError).
        """
        return self._pager(
            GetCustomersSearch,
            {},
            search_params("customers", params),
            max_items,
            request_options(
                total_timeout=total_timeout,
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
            search=True,
        )

    def retrieve(
        self,
        customer: str,
        /,
        *,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        **params: Unpack[params_customers.CustomerRetrieveParams],
    ) -> models_customer.Customer | models_customer.DeletedCustomer:
        """Fetch one customer by its id (a deleted one comes back as `DeletedCustomer`).

        Args:
            customer (str, required): Id of the customer (starts with `cus_`).
            expand (list[str]): Dotted paths of fields to return as full objects instead of ids.

        Per-call options:
            total_timeout: seconds for the whole call, retries and waits included.
            timeout: seconds for each step of an attempt (connect, read, write).
            extra_headers: headers sent as given.
            extra_query: query parameters sent as given.

        Returns:
            Customer | DeletedCustomer: the object as Stripe answered.

        Raises:
            InvalidParameterError: a parameter was refused before anything was sent.
            InvalidRequestError: Stripe refused the request (NotFoundError: no object with that id).
            APIStatusError: any other error status (AuthenticationError, RateLimitError, ...).
            APIConnectionError: no answer after the retries (APITimeoutError, DeadlineExceededError).
        """
        return self._call(
            GetCustomersCustomer,
            {"customer": customer},
            params,
            request_options(
                total_timeout=total_timeout,
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
        )

    def update(
        self,
        customer: str,
        /,
        *,
        idempotency_key: str | None = None,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        **params: Unpack[params_customers.CustomerUpdateParams],
    ) -> models_customer.Customer:
        """Change a customer's fields.

        Args:
            customer (str, required): Id of the customer (starts with `cus_`).
            address (RegisteredAddressParam | Literal['']): Billing address of the customer; an empty string removes it.
            balance (int): Amount in the smallest currency unit added to the next invoices (positive) or credited against them (negative).
            business_name (str | Literal['']): Name of the business, when the customer is one; an empty string removes it.
            cash_balance (CashBalanceParam): Settings of the customer's cash balance, such as how incoming transfers are reconciled.
            default_source (str): Id of the legacy source to charge by default.
            description (str): Free-text note about the customer, shown in the Dashboard.
            email (str): Email address of the customer; invoices and receipts are sent to it.
            expand (list[str]): Dotted paths of fields to return as full objects instead of ids.
            individual_name (str | Literal['']): Name of the person, when the customer is an individual; an empty string removes it.
            invoice_prefix (str): Prefix of the customer's invoice numbers: 3 to 12 uppercase letters or digits.
            invoice_settings (CustomerParam): Defaults for the customer's invoices: custom fields, default payment method, footer and rendering.
            metadata (Mapping[str, str] | Literal['']): Your own key-value pairs to store on the object; an empty string removes all of them.
            name (str): Full name of the customer, or the business name.
            next_invoice_sequence (int): Sequence number that the customer's next invoice number will carry.
            phone (str): Phone number of the customer.
            preferred_locales (list[str]): Locale codes the customer prefers, most preferred first; used for emails and PDFs.
            shipping (ShippingParam | Literal['']): Name, address and phone for shipping to the customer; an empty string removes them.
            source (str): Token of a card or bank account to save as the customer's default legacy source.
            tax (CustomerUpdateTaxParam): The customer's IP address used to locate them for tax, and when that location is checked.
            tax_exempt (Literal['exempt', 'none', 'reverse'] | Literal['']): Tax status: `none`, `exempt`, or `reverse` for reverse charge; an empty string resets it.
            validate (bool): Whether the card or bank account given as `source` is checked when it is saved.

        Per-call options:
            idempotency_key: the key every retry of this call sends (a UUID4 when omitted).
            total_timeout: seconds for the whole call, retries and waits included.
            timeout: seconds for each step of an attempt (connect, read, write).
            extra_headers: headers sent as given.
            extra_query: query parameters sent as given.
            extra_body: form fields sent as given.

        Returns:
            Customer: the object as Stripe answered.

        Raises:
            InvalidParameterError: a parameter was refused before anything was sent.
            InvalidRequestError: Stripe refused the request (NotFoundError: no object with that id).
            APIStatusError: any other error status (AuthenticationError, RateLimitError, ...).
            APIConnectionError: no answer after the retries (APITimeoutError, DeadlineExceededError).
        """
        return self._call(
            PostCustomersCustomer,
            {"customer": customer},
            params,
            request_options(
                idempotency_key=idempotency_key,
                total_timeout=total_timeout,
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            ),
        )

    def delete(
        self,
        customer: str,
        /,
        *,
        idempotency_key: str | None = None,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
    ) -> models_customer.DeletedCustomer:
        """Delete a customer for good.

        Args:
            customer (str, required): Id of the customer (starts with `cus_`).

        Per-call options:
            idempotency_key: the key every retry of this call sends (a UUID4 when omitted).
            total_timeout: seconds for the whole call, retries and waits included.
            timeout: seconds for each step of an attempt (connect, read, write).
            extra_headers: headers sent as given.
            extra_query: query parameters sent as given.

        Returns:
            DeletedCustomer: the record of the deletion.

        Raises:
            InvalidParameterError: a parameter was refused before anything was sent.
            InvalidRequestError: Stripe refused the request (NotFoundError: no object with that id).
            APIStatusError: any other error status (AuthenticationError, RateLimitError, ...).
            APIConnectionError: no answer after the retries (APITimeoutError, DeadlineExceededError).
        """
        return self._call(
            DeleteCustomersCustomer,
            {"customer": customer},
            {},
            request_options(
                idempotency_key=idempotency_key,
                total_timeout=total_timeout,
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
        )

    def delete_discount(
        self,
        customer: str,
        /,
        *,
        idempotency_key: str | None = None,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
    ) -> models_discount.DeletedDiscount:
        """Remove the discount applied to a customer.

        Args:
            customer (str, required): Id of the customer (starts with `cus_`).

        Per-call options:
            idempotency_key: the key every retry of this call sends (a UUID4 when omitted).
            total_timeout: seconds for the whole call, retries and waits included.
            timeout: seconds for each step of an attempt (connect, read, write).
            extra_headers: headers sent as given.
            extra_query: query parameters sent as given.

        Returns:
            DeletedDiscount: the record of the deletion.

        Raises:
            InvalidParameterError: a parameter was refused before anything was sent.
            InvalidRequestError: Stripe refused the request (NotFoundError: no object with that id).
            APIStatusError: any other error status (AuthenticationError, RateLimitError, ...).
            APIConnectionError: no answer after the retries (APITimeoutError, DeadlineExceededError).
        """
        return self._call(
            DeleteCustomersCustomerDiscount,
            {"customer": customer},
            {},
            request_options(
                idempotency_key=idempotency_key,
                total_timeout=total_timeout,
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
        )


class AsyncCustomers(AsyncAPIResource):
    """Customers: who invoices are addressed to and how they pay."""

    tax_ids: AsyncCustomerTaxIds
    balance_transactions: AsyncCustomerBalanceTransactions
    payment_methods: AsyncCustomerPaymentMethods

    def __init__(self, client: AsyncRequester) -> None:
        super().__init__(client)
        self.tax_ids = AsyncCustomerTaxIds(client)
        self.balance_transactions = AsyncCustomerBalanceTransactions(client)
        self.payment_methods = AsyncCustomerPaymentMethods(client)

    def list(
        self,
        *,
        max_items: int | None = None,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        **params: Unpack[params_customers.CustomerListParams],
    ) -> AsyncPager[models_customer.Customer]:
        """Every matching customer, newest first, page by page.

        Args:
            created (RangeQuerySpecs | int): Only objects created at this Unix timestamp in seconds, or within a range given as gt, gte, lt and lte bounds.
            email (str): Only customers whose email is exactly this (case-sensitive).
            ending_before (str): Object id to page backwards from: the page ends with the object listed right before it.
            expand (list[str]): Dotted paths of fields to return as full objects instead of ids.
            limit (int): How many objects to return on one page, from 1 to 100; 10 when omitted.
            starting_after (str): Object id to page forwards from: the page begins with the object listed right after it.
            test_clock (str): Only customers attached to this test clock.

        Per-call options:
            total_timeout: seconds for the whole call, retries and waits included.
            timeout: seconds for each step of an attempt (connect, read, write).
            extra_headers: headers sent as given.
            extra_query: query parameters sent as given.

        Returns:
            AsyncPager[Customer]: iterate it for every match, one Customer at a time; pages are fetched as needed (`max_items` caps the count).

        Raises:
            InvalidParameterError: a parameter was refused before anything was sent.
            InvalidRequestError: Stripe refused the request.
            APIStatusError: any other error status (AuthenticationError, RateLimitError, ...).
            APIConnectionError: no answer after the retries (APITimeoutError, DeadlineExceededError).
        """
        return self._pager(
            GetCustomers,
            {},
            params,
            max_items,
            request_options(
                total_timeout=total_timeout,
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
        )

    async def create(
        self,
        *,
        idempotency_key: str | None = None,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        **params: Unpack[params_customers.CustomerCreateParams],
    ) -> models_customer.Customer:
        """Create a customer.

        Args:
            address (RegisteredAddressParam | Literal['']): Billing address of the customer; an empty string removes it.
            balance (int): Amount in the smallest currency unit added to the next invoices (positive) or credited against them (negative).
            business_name (str | Literal['']): Name of the business, when the customer is one; an empty string removes it.
            cash_balance (CashBalanceParam): Settings of the customer's cash balance, such as how incoming transfers are reconciled.
            description (str): Free-text note about the customer, shown in the Dashboard.
            email (str): Email address of the customer; invoices and receipts are sent to it.
            expand (list[str]): Dotted paths of fields to return as full objects instead of ids.
            individual_name (str | Literal['']): Name of the person, when the customer is an individual; an empty string removes it.
            invoice_prefix (str): Prefix of the customer's invoice numbers: 3 to 12 uppercase letters or digits.
            invoice_settings (CustomerParam): Defaults for the customer's invoices: custom fields, default payment method, footer and rendering.
            metadata (Mapping[str, str] | Literal['']): Your own key-value pairs to store on the object; an empty string removes all of them.
            name (str): Full name of the customer, or the business name.
            next_invoice_sequence (int): Sequence number that the customer's next invoice number will carry.
            payment_method (str): Id of a payment method to attach to the new customer.
            phone (str): Phone number of the customer.
            preferred_locales (list[str]): Locale codes the customer prefers, most preferred first; used for emails and PDFs.
            shipping (ShippingParam | Literal['']): Name, address and phone for shipping to the customer; an empty string removes them.
            source (str): Token of a card or bank account to save as the customer's default legacy source.
            tax (CustomerCreateTaxParam): The customer's IP address used to locate them for tax, and when that location is checked.
            tax_exempt (Literal['exempt', 'none', 'reverse'] | Literal['']): Tax status: `none`, `exempt`, or `reverse` for reverse charge; an empty string resets it.
            tax_id_data (list[TaxIdParam]): Tax ids to create for the new customer, each with its type and value.
            test_clock (str): Id of a test clock to attach the customer to (test mode only).
            validate (bool): Whether the card or bank account given as `source` is checked when it is saved.

        Per-call options:
            idempotency_key: the key every retry of this call sends (a UUID4 when omitted).
            total_timeout: seconds for the whole call, retries and waits included.
            timeout: seconds for each step of an attempt (connect, read, write).
            extra_headers: headers sent as given.
            extra_query: query parameters sent as given.
            extra_body: form fields sent as given.

        Returns:
            Customer: the object as Stripe answered.

        Raises:
            InvalidParameterError: a parameter was refused before anything was sent.
            InvalidRequestError: Stripe refused the request.
            APIStatusError: any other error status (AuthenticationError, RateLimitError, ...).
            APIConnectionError: no answer after the retries (APITimeoutError, DeadlineExceededError).
        """
        return await self._call(
            PostCustomers,
            {},
            params,
            request_options(
                idempotency_key=idempotency_key,
                total_timeout=total_timeout,
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            ),
        )

    def search(
        self,
        *,
        max_items: int | None = None,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        **params: Unpack[params_customers.CustomerSearchParams],
    ) -> AsyncPager[models_customer.Customer]:
        """Customers matching a search `query` (a str, or built from `CustomerSearch` fields).

        Args:
            expand (list[str]): Dotted paths of fields to return as full objects instead of ids.
            limit (int): How many objects to return on one page, from 1 to 100; 10 when omitted.
            page (str): Cursor from the `next_page` of the previous search result; leave out for the first page.
            query (str | SearchQuery[CustomerSearch], required): Search query in Stripe's search language, such as `email:'jane@example.com'`, on created, email, metadata, name and phone; or a query built with `CustomerSearch`.

        Per-call options:
            total_timeout: seconds for the whole call, retries and waits included.
            timeout: seconds for each step of an attempt (connect, read, write).
            extra_headers: headers sent as given.
            extra_query: query parameters sent as given.

        Returns:
            AsyncPager[Customer]: iterate it for search results, one Customer at a time; pages are fetched as needed (`max_items` caps the count).

        Raises:
            InvalidParameterError: a parameter was refused before anything was sent.
            InvalidRequestError: Stripe refused the request.
            APIStatusError: any other error status (AuthenticationError, RateLimitError, ...).
            APIConnectionError: no answer after the retries (APITimeoutError, DeadlineExceededError).
        """
        return self._pager(
            GetCustomersSearch,
            {},
            search_params("customers", params),
            max_items,
            request_options(
                total_timeout=total_timeout,
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
            search=True,
        )

    async def retrieve(
        self,
        customer: str,
        /,
        *,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        **params: Unpack[params_customers.CustomerRetrieveParams],
    ) -> models_customer.Customer | models_customer.DeletedCustomer:
        """Fetch one customer by its id (a deleted one comes back as `DeletedCustomer`).

        Args:
            customer (str, required): Id of the customer (starts with `cus_`).
            expand (list[str]): Dotted paths of fields to return as full objects instead of ids.

        Per-call options:
            total_timeout: seconds for the whole call, retries and waits included.
            timeout: seconds for each step of an attempt (connect, read, write).
            extra_headers: headers sent as given.
            extra_query: query parameters sent as given.

        Returns:
            Customer | DeletedCustomer: the object as Stripe answered.

        Raises:
            InvalidParameterError: a parameter was refused before anything was sent.
            InvalidRequestError: Stripe refused the request (NotFoundError: no object with that id).
            APIStatusError: any other error status (AuthenticationError, RateLimitError, ...).
            APIConnectionError: no answer after the retries (APITimeoutError, DeadlineExceededError).
        """
        return await self._call(
            GetCustomersCustomer,
            {"customer": customer},
            params,
            request_options(
                total_timeout=total_timeout,
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
        )

    async def update(
        self,
        customer: str,
        /,
        *,
        idempotency_key: str | None = None,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        **params: Unpack[params_customers.CustomerUpdateParams],
    ) -> models_customer.Customer:
        """Change a customer's fields.

        Args:
            customer (str, required): Id of the customer (starts with `cus_`).
            address (RegisteredAddressParam | Literal['']): Billing address of the customer; an empty string removes it.
            balance (int): Amount in the smallest currency unit added to the next invoices (positive) or credited against them (negative).
            business_name (str | Literal['']): Name of the business, when the customer is one; an empty string removes it.
            cash_balance (CashBalanceParam): Settings of the customer's cash balance, such as how incoming transfers are reconciled.
            default_source (str): Id of the legacy source to charge by default.
            description (str): Free-text note about the customer, shown in the Dashboard.
            email (str): Email address of the customer; invoices and receipts are sent to it.
            expand (list[str]): Dotted paths of fields to return as full objects instead of ids.
            individual_name (str | Literal['']): Name of the person, when the customer is an individual; an empty string removes it.
            invoice_prefix (str): Prefix of the customer's invoice numbers: 3 to 12 uppercase letters or digits.
            invoice_settings (CustomerParam): Defaults for the customer's invoices: custom fields, default payment method, footer and rendering.
            metadata (Mapping[str, str] | Literal['']): Your own key-value pairs to store on the object; an empty string removes all of them.
            name (str): Full name of the customer, or the business name.
            next_invoice_sequence (int): Sequence number that the customer's next invoice number will carry.
            phone (str): Phone number of the customer.
            preferred_locales (list[str]): Locale codes the customer prefers, most preferred first; used for emails and PDFs.
            shipping (ShippingParam | Literal['']): Name, address and phone for shipping to the customer; an empty string removes them.
            source (str): Token of a card or bank account to save as the customer's default legacy source.
            tax (CustomerUpdateTaxParam): The customer's IP address used to locate them for tax, and when that location is checked.
            tax_exempt (Literal['exempt', 'none', 'reverse'] | Literal['']): Tax status: `none`, `exempt`, or `reverse` for reverse charge; an empty string resets it.
            validate (bool): Whether the card or bank account given as `source` is checked when it is saved.

        Per-call options:
            idempotency_key: the key every retry of this call sends (a UUID4 when omitted).
            total_timeout: seconds for the whole call, retries and waits included.
            timeout: seconds for each step of an attempt (connect, read, write).
            extra_headers: headers sent as given.
            extra_query: query parameters sent as given.
            extra_body: form fields sent as given.

        Returns:
            Customer: the object as Stripe answered.

        Raises:
            InvalidParameterError: a parameter was refused before anything was sent.
            InvalidRequestError: Stripe refused the request (NotFoundError: no object with that id).
            APIStatusError: any other error status (AuthenticationError, RateLimitError, ...).
            APIConnectionError: no answer after the retries (APITimeoutError, DeadlineExceededError).
        """
        return await self._call(
            PostCustomersCustomer,
            {"customer": customer},
            params,
            request_options(
                idempotency_key=idempotency_key,
                total_timeout=total_timeout,
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            ),
        )

    async def delete(
        self,
        customer: str,
        /,
        *,
        idempotency_key: str | None = None,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
    ) -> models_customer.DeletedCustomer:
        """Delete a customer for good.

        Args:
            customer (str, required): Id of the customer (starts with `cus_`).

        Per-call options:
            idempotency_key: the key every retry of this call sends (a UUID4 when omitted).
            total_timeout: seconds for the whole call, retries and waits included.
            timeout: seconds for each step of an attempt (connect, read, write).
            extra_headers: headers sent as given.
            extra_query: query parameters sent as given.

        Returns:
            DeletedCustomer: the record of the deletion.

        Raises:
            InvalidParameterError: a parameter was refused before anything was sent.
            InvalidRequestError: Stripe refused the request (NotFoundError: no object with that id).
            APIStatusError: any other error status (AuthenticationError, RateLimitError, ...).
            APIConnectionError: no answer after the retries (APITimeoutError, DeadlineExceededError).
        """
        return await self._call(
            DeleteCustomersCustomer,
            {"customer": customer},
            {},
            request_options(
                idempotency_key=idempotency_key,
                total_timeout=total_timeout,
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
        )

    async def delete_discount(
        self,
        customer: str,
        /,
        *,
        idempotency_key: str | None = None,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
    ) -> models_discount.DeletedDiscount:
        """Remove the discount applied to a customer.

        Args:
            customer (str, required): Id of the customer (starts with `cus_`).

        Per-call options:
            idempotency_key: the key every retry of this call sends (a UUID4 when omitted).
            total_timeout: seconds for the whole call, retries and waits included.
            timeout: seconds for each step of an attempt (connect, read, write).
            extra_headers: headers sent as given.
            extra_query: query parameters sent as given.

        Returns:
            DeletedDiscount: the record of the deletion.

        Raises:
            InvalidParameterError: a parameter was refused before anything was sent.
            InvalidRequestError: Stripe refused the request (NotFoundError: no object with that id).
            APIStatusError: any other error status (AuthenticationError, RateLimitError, ...).
            APIConnectionError: no answer after the retries (APITimeoutError, DeadlineExceededError).
        """
        return await self._call(
            DeleteCustomersCustomerDiscount,
            {"customer": customer},
            {},
            request_options(
                idempotency_key=idempotency_key,
                total_timeout=total_timeout,
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
        )


class CustomersWithRawResponse:
    """`with_raw_response` for Customers: the same methods, returning RawResponse."""

    tax_ids: CustomerTaxIdsWithRawResponse
    balance_transactions: CustomerBalanceTransactionsWithRawResponse
    payment_methods: CustomerPaymentMethodsWithRawResponse

    def __init__(self, resource: Customers) -> None:
        self.tax_ids = CustomerTaxIdsWithRawResponse(resource.tax_ids)
        self.balance_transactions = CustomerBalanceTransactionsWithRawResponse(
            resource.balance_transactions
        )
        self.payment_methods = CustomerPaymentMethodsWithRawResponse(resource.payment_methods)
        self.list = raw_first_page(resource.list, GetCustomers)
        self.create = raw(resource.create)
        self.search = raw_first_page(resource.search, GetCustomersSearch)
        self.retrieve = raw(resource.retrieve)
        self.update = raw(resource.update)
        self.delete = raw(resource.delete)
        self.delete_discount = raw(resource.delete_discount)


class AsyncCustomersWithRawResponse:
    """`with_raw_response` for Customers: the same methods, returning RawResponse."""

    tax_ids: AsyncCustomerTaxIdsWithRawResponse
    balance_transactions: AsyncCustomerBalanceTransactionsWithRawResponse
    payment_methods: AsyncCustomerPaymentMethodsWithRawResponse

    def __init__(self, resource: AsyncCustomers) -> None:
        self.tax_ids = AsyncCustomerTaxIdsWithRawResponse(resource.tax_ids)
        self.balance_transactions = AsyncCustomerBalanceTransactionsWithRawResponse(
            resource.balance_transactions
        )
        self.payment_methods = AsyncCustomerPaymentMethodsWithRawResponse(resource.payment_methods)
        self.list = async_raw_first_page(resource.list, GetCustomers)
        self.create = async_raw(resource.create)
        self.search = async_raw_first_page(resource.search, GetCustomersSearch)
        self.retrieve = async_raw(resource.retrieve)
        self.update = async_raw(resource.update)
        self.delete = async_raw(resource.delete)
        self.delete_discount = async_raw(resource.delete_discount)
