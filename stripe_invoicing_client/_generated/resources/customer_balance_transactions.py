"""`client.customers.balance_transactions` (generated from the operations table; do not edit)."""

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
from ..operations import (
    GetCustomersCustomerBalanceTransactions,
    GetCustomersCustomerBalanceTransactionsTransaction,
    PostCustomersCustomerBalanceTransactions,
    PostCustomersCustomerBalanceTransactionsTransaction,
)

if TYPE_CHECKING:
    from collections.abc import Mapping

    import httpx
    from typing_extensions import Unpack

    from ..._core.pagination import AsyncPager, SyncPager
    from ..models import customer as models_customer
    from ..params import customer_balance_transactions as params_customer_balance_transactions


class CustomerBalanceTransactions(SyncAPIResource):
    """A customer's balance transactions: credits and debits their next invoices take."""

    def list(
        self,
        customer: str,
        /,
        *,
        max_items: int | None = None,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        **params: Unpack[params_customer_balance_transactions.CustomerBalanceTransactionListParams],
    ) -> SyncPager[models_customer.CustomerBalanceTransaction]:
        """Every change to a customer's balance, newest first, page by page.

        Args:
            customer (str, required): Id of the customer (starts with `cus_`).
            created (RangeQuerySpecs | int): Only objects created at this Unix timestamp in seconds, or within a range given as gt, gte, lt and lte bounds.
            ending_before (str): Object id to page backwards from: the page ends with the object listed right before it.
            expand (list[str]): Dotted paths of fields to return as full objects instead of ids.
            invoice (str): Only balance transactions linked to this invoice id.
            limit (int): How many objects to return on one page, from 1 to 100; 10 when omitted.
            starting_after (str): Object id to page forwards from: the page begins with the object listed right after it.

        Per-call options:
            total_timeout: seconds for the whole call, retries and waits included.
            timeout: seconds for each step of an attempt (connect, read, write).
            extra_headers: headers sent as given.
            extra_query: query parameters sent as given.

        Returns:
            SyncPager[CustomerBalanceTransaction]: iterate it for every match, one CustomerBalanceTransaction at a time; pages are fetched as needed (`max_items` caps the count).

        Raises:
            InvalidParameterError: a parameter was refused before anything was sent.
            InvalidRequestError: Stripe refused the request (NotFoundError: no object with that id).
            APIStatusError: any other error status (AuthenticationError, RateLimitError, ...).
            APIConnectionError: no answer after the retries (APITimeoutError, DeadlineExceededError).
        """
        return self._pager(
            GetCustomersCustomerBalanceTransactions,
            {"customer": customer},
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
        customer: str,
        /,
        *,
        idempotency_key: str | None = None,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        **params: Unpack[
            params_customer_balance_transactions.CustomerBalanceTransactionCreateParams
        ],
    ) -> models_customer.CustomerBalanceTransaction:
        """Credit (negative amount) or debit a customer's balance; invoices finalized next take it.

        Args:
            customer (str, required): Id of the customer (starts with `cus_`).
            amount (int, required): Change to the balance in the smallest currency unit; negative is a credit to the customer.
            currency (str, required): Three-letter lowercase ISO currency code; must match the customer's currency.
            description (str): Text describing the transaction.
            expand (list[str]): Dotted paths of fields to return as full objects instead of ids.
            metadata (Mapping[str, str] | Literal['']): Your own key-value pairs stored on the object.

        Per-call options:
            idempotency_key: the key every retry of this call sends (a UUID4 when omitted).
            total_timeout: seconds for the whole call, retries and waits included.
            timeout: seconds for each step of an attempt (connect, read, write).
            extra_headers: headers sent as given.
            extra_query: query parameters sent as given.
            extra_body: form fields sent as given.

        Returns:
            CustomerBalanceTransaction: the object as Stripe answered.

        Raises:
            InvalidParameterError: a parameter was refused before anything was sent.
            InvalidRequestError: Stripe refused the request (NotFoundError: no object with that id).
            APIStatusError: any other error status (AuthenticationError, RateLimitError, ...).
            APIConnectionError: no answer after the retries (APITimeoutError, DeadlineExceededError).
        """
        return self._call(
            PostCustomersCustomerBalanceTransactions,
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

    def retrieve(
        self,
        customer: str,
        transaction: str,
        /,
        *,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        **params: Unpack[
            params_customer_balance_transactions.CustomerBalanceTransactionRetrieveParams
        ],
    ) -> models_customer.CustomerBalanceTransaction:
        """Fetch one balance transaction of a customer.

        Args:
            customer (str, required): Id of the customer (starts with `cus_`).
            transaction (str, required): Id of the balance transaction (starts with `cbtxn_`).
            expand (list[str]): Dotted paths of fields to return as full objects instead of ids.

        Per-call options:
            total_timeout: seconds for the whole call, retries and waits included.
            timeout: seconds for each step of an attempt (connect, read, write).
            extra_headers: headers sent as given.
            extra_query: query parameters sent as given.

        Returns:
            CustomerBalanceTransaction: the object as Stripe answered.

        Raises:
            InvalidParameterError: a parameter was refused before anything was sent.
            InvalidRequestError: Stripe refused the request (NotFoundError: no object with that id).
            APIStatusError: any other error status (AuthenticationError, RateLimitError, ...).
            APIConnectionError: no answer after the retries (APITimeoutError, DeadlineExceededError).
        """
        return self._call(
            GetCustomersCustomerBalanceTransactionsTransaction,
            {"customer": customer, "transaction": transaction},
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
        transaction: str,
        /,
        *,
        idempotency_key: str | None = None,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        **params: Unpack[
            params_customer_balance_transactions.CustomerBalanceTransactionUpdateParams
        ],
    ) -> models_customer.CustomerBalanceTransaction:
        """Change a balance transaction's description or metadata.

        Args:
            customer (str, required): Id of the customer (starts with `cus_`).
            transaction (str, required): Id of the balance transaction (starts with `cbtxn_`).
            description (str): Text describing the transaction.
            expand (list[str]): Dotted paths of fields to return as full objects instead of ids.
            metadata (Mapping[str, str] | Literal['']): Your own key-value pairs stored on the object.

        Per-call options:
            idempotency_key: the key every retry of this call sends (a UUID4 when omitted).
            total_timeout: seconds for the whole call, retries and waits included.
            timeout: seconds for each step of an attempt (connect, read, write).
            extra_headers: headers sent as given.
            extra_query: query parameters sent as given.
            extra_body: form fields sent as given.

        Returns:
            CustomerBalanceTransaction: the object as Stripe answered.

        Raises:
            InvalidParameterError: a parameter was refused before anything was sent.
            InvalidRequestError: Stripe refused the request (NotFoundError: no object with that id).
            APIStatusError: any other error status (AuthenticationError, RateLimitError, ...).
            APIConnectionError: no answer after the retries (APITimeoutError, DeadlineExceededError).
        """
        return self._call(
            PostCustomersCustomerBalanceTransactionsTransaction,
            {"customer": customer, "transaction": transaction},
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


class AsyncCustomerBalanceTransactions(AsyncAPIResource):
    """A customer's balance transactions: credits and debits their next invoices take."""

    def list(
        self,
        customer: str,
        /,
        *,
        max_items: int | None = None,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        **params: Unpack[params_customer_balance_transactions.CustomerBalanceTransactionListParams],
    ) -> AsyncPager[models_customer.CustomerBalanceTransaction]:
        """Every change to a customer's balance, newest first, page by page.

        Args:
            customer (str, required): Id of the customer (starts with `cus_`).
            created (RangeQuerySpecs | int): Only objects created at this Unix timestamp in seconds, or within a range given as gt, gte, lt and lte bounds.
            ending_before (str): Object id to page backwards from: the page ends with the object listed right before it.
            expand (list[str]): Dotted paths of fields to return as full objects instead of ids.
            invoice (str): Only balance transactions linked to this invoice id.
            limit (int): How many objects to return on one page, from 1 to 100; 10 when omitted.
            starting_after (str): Object id to page forwards from: the page begins with the object listed right after it.

        Per-call options:
            total_timeout: seconds for the whole call, retries and waits included.
            timeout: seconds for each step of an attempt (connect, read, write).
            extra_headers: headers sent as given.
            extra_query: query parameters sent as given.

        Returns:
            AsyncPager[CustomerBalanceTransaction]: iterate it for every match, one CustomerBalanceTransaction at a time; pages are fetched as needed (`max_items` caps the count).

        Raises:
            InvalidParameterError: a parameter was refused before anything was sent.
            InvalidRequestError: Stripe refused the request (NotFoundError: no object with that id).
            APIStatusError: any other error status (AuthenticationError, RateLimitError, ...).
            APIConnectionError: no answer after the retries (APITimeoutError, DeadlineExceededError).
        """
        return self._pager(
            GetCustomersCustomerBalanceTransactions,
            {"customer": customer},
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
        customer: str,
        /,
        *,
        idempotency_key: str | None = None,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        **params: Unpack[
            params_customer_balance_transactions.CustomerBalanceTransactionCreateParams
        ],
    ) -> models_customer.CustomerBalanceTransaction:
        """Credit (negative amount) or debit a customer's balance; invoices finalized next take it.

        Args:
            customer (str, required): Id of the customer (starts with `cus_`).
            amount (int, required): Change to the balance in the smallest currency unit; negative is a credit to the customer.
            currency (str, required): Three-letter lowercase ISO currency code; must match the customer's currency.
            description (str): Text describing the transaction.
            expand (list[str]): Dotted paths of fields to return as full objects instead of ids.
            metadata (Mapping[str, str] | Literal['']): Your own key-value pairs stored on the object.

        Per-call options:
            idempotency_key: the key every retry of this call sends (a UUID4 when omitted).
            total_timeout: seconds for the whole call, retries and waits included.
            timeout: seconds for each step of an attempt (connect, read, write).
            extra_headers: headers sent as given.
            extra_query: query parameters sent as given.
            extra_body: form fields sent as given.

        Returns:
            CustomerBalanceTransaction: the object as Stripe answered.

        Raises:
            InvalidParameterError: a parameter was refused before anything was sent.
            InvalidRequestError: Stripe refused the request (NotFoundError: no object with that id).
            APIStatusError: any other error status (AuthenticationError, RateLimitError, ...).
            APIConnectionError: no answer after the retries (APITimeoutError, DeadlineExceededError).
        """
        return await self._call(
            PostCustomersCustomerBalanceTransactions,
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

    async def retrieve(
        self,
        customer: str,
        transaction: str,
        /,
        *,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        **params: Unpack[
            params_customer_balance_transactions.CustomerBalanceTransactionRetrieveParams
        ],
    ) -> models_customer.CustomerBalanceTransaction:
        """Fetch one balance transaction of a customer.

        Args:
            customer (str, required): Id of the customer (starts with `cus_`).
            transaction (str, required): Id of the balance transaction (starts with `cbtxn_`).
            expand (list[str]): Dotted paths of fields to return as full objects instead of ids.

        Per-call options:
            total_timeout: seconds for the whole call, retries and waits included.
            timeout: seconds for each step of an attempt (connect, read, write).
            extra_headers: headers sent as given.
            extra_query: query parameters sent as given.

        Returns:
            CustomerBalanceTransaction: the object as Stripe answered.

        Raises:
            InvalidParameterError: a parameter was refused before anything was sent.
            InvalidRequestError: Stripe refused the request (NotFoundError: no object with that id).
            APIStatusError: any other error status (AuthenticationError, RateLimitError, ...).
            APIConnectionError: no answer after the retries (APITimeoutError, DeadlineExceededError).
        """
        return await self._call(
            GetCustomersCustomerBalanceTransactionsTransaction,
            {"customer": customer, "transaction": transaction},
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
        transaction: str,
        /,
        *,
        idempotency_key: str | None = None,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        **params: Unpack[
            params_customer_balance_transactions.CustomerBalanceTransactionUpdateParams
        ],
    ) -> models_customer.CustomerBalanceTransaction:
        """Change a balance transaction's description or metadata.

        Args:
            customer (str, required): Id of the customer (starts with `cus_`).
            transaction (str, required): Id of the balance transaction (starts with `cbtxn_`).
            description (str): Text describing the transaction.
            expand (list[str]): Dotted paths of fields to return as full objects instead of ids.
            metadata (Mapping[str, str] | Literal['']): Your own key-value pairs stored on the object.

        Per-call options:
            idempotency_key: the key every retry of this call sends (a UUID4 when omitted).
            total_timeout: seconds for the whole call, retries and waits included.
            timeout: seconds for each step of an attempt (connect, read, write).
            extra_headers: headers sent as given.
            extra_query: query parameters sent as given.
            extra_body: form fields sent as given.

        Returns:
            CustomerBalanceTransaction: the object as Stripe answered.

        Raises:
            InvalidParameterError: a parameter was refused before anything was sent.
            InvalidRequestError: Stripe refused the request (NotFoundError: no object with that id).
            APIStatusError: any other error status (AuthenticationError, RateLimitError, ...).
            APIConnectionError: no answer after the retries (APITimeoutError, DeadlineExceededError).
        """
        return await self._call(
            PostCustomersCustomerBalanceTransactionsTransaction,
            {"customer": customer, "transaction": transaction},
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


class CustomerBalanceTransactionsWithRawResponse:
    """`with_raw_response` for CustomerBalanceTransactions: the same methods, returning RawResponse."""

    def __init__(self, resource: CustomerBalanceTransactions) -> None:
        self.list = raw_first_page(resource.list, GetCustomersCustomerBalanceTransactions)
        self.create = raw(resource.create)
        self.retrieve = raw(resource.retrieve)
        self.update = raw(resource.update)


class AsyncCustomerBalanceTransactionsWithRawResponse:
    """`with_raw_response` for CustomerBalanceTransactions: the same methods, returning RawResponse."""

    def __init__(self, resource: AsyncCustomerBalanceTransactions) -> None:
        self.list = async_raw_first_page(resource.list, GetCustomersCustomerBalanceTransactions)
        self.create = async_raw(resource.create)
        self.retrieve = async_raw(resource.retrieve)
        self.update = async_raw(resource.update)
