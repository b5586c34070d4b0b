"""`client.customers` (generated from the operations table; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._operations import Operation
from ..._options import request_options
from ..._resource import (
    AsyncAPIResource,
    SyncAPIResource,
    async_raw,
    async_raw_first_page,
    raw,
    raw_first_page,
)
from ..._search_query import search_params
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

if TYPE_CHECKING:
    from collections.abc import Mapping

    import httpx
    from typing_extensions import Unpack

    from ..._client import AsyncStripeInvoicing, StripeInvoicing
    from ..._pagination import AsyncPager, SyncPager
    from ..models import customer as models_customer
    from ..models import pages as models_pages
    from ..params import customers as params_customers

LIST: Operation[models_pages.GetCustomersResponse200] = Operation("GetCustomers")
CREATE: Operation[models_customer.Customer] = Operation("PostCustomers")
SEARCH: Operation[models_pages.GetCustomersSearchResponse200] = Operation("GetCustomersSearch")
RETRIEVE: Operation[models_customer.Customer | models_customer.DeletedCustomer] = Operation(
    "GetCustomersCustomer"
)
UPDATE: Operation[models_customer.Customer] = Operation("PostCustomersCustomer")
DELETE: Operation[models_customer.DeletedCustomer] = Operation("DeleteCustomersCustomer")


class Customers(SyncAPIResource):
    """Customers: who invoices are addressed to and how they pay."""

    tax_ids: CustomerTaxIds
    balance_transactions: CustomerBalanceTransactions

    def __init__(self, client: StripeInvoicing) -> None:
        super().__init__(client)
        self.tax_ids = CustomerTaxIds(client)
        self.balance_transactions = CustomerBalanceTransactions(client)

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
        """Every matching customer, newest first, page by page."""
        return self._pager(
            LIST,
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
        """Create a customer."""
        return self._call(
            CREATE,
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
        """Customers matching a search `query` (a str, or built from `CustomerSearch` fields)."""
        return self._pager(
            SEARCH,
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
        """Fetch one customer by its id (a deleted one comes back as `DeletedCustomer`)."""
        return self._call(
            RETRIEVE,
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
        """Change a customer's fields."""
        return self._call(
            UPDATE,
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
        """Delete a customer for good."""
        return self._call(
            DELETE,
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

    def __init__(self, client: AsyncStripeInvoicing) -> None:
        super().__init__(client)
        self.tax_ids = AsyncCustomerTaxIds(client)
        self.balance_transactions = AsyncCustomerBalanceTransactions(client)

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
        """Every matching customer, newest first, page by page."""
        return self._pager(
            LIST,
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
        """Create a customer."""
        return await self._call(
            CREATE,
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
        """Customers matching a search `query` (a str, or built from `CustomerSearch` fields)."""
        return self._pager(
            SEARCH,
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
        """Fetch one customer by its id (a deleted one comes back as `DeletedCustomer`)."""
        return await self._call(
            RETRIEVE,
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
        """Change a customer's fields."""
        return await self._call(
            UPDATE,
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
        """Delete a customer for good."""
        return await self._call(
            DELETE,
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

    def __init__(self, resource: Customers) -> None:
        self.tax_ids = CustomerTaxIdsWithRawResponse(resource.tax_ids)
        self.balance_transactions = CustomerBalanceTransactionsWithRawResponse(
            resource.balance_transactions
        )
        self.list = raw_first_page(resource.list, LIST)
        self.create = raw(resource.create)
        self.search = raw_first_page(resource.search, SEARCH)
        self.retrieve = raw(resource.retrieve)
        self.update = raw(resource.update)
        self.delete = raw(resource.delete)


class AsyncCustomersWithRawResponse:
    """`with_raw_response` for Customers: the same methods, returning RawResponse."""

    tax_ids: AsyncCustomerTaxIdsWithRawResponse
    balance_transactions: AsyncCustomerBalanceTransactionsWithRawResponse

    def __init__(self, resource: AsyncCustomers) -> None:
        self.tax_ids = AsyncCustomerTaxIdsWithRawResponse(resource.tax_ids)
        self.balance_transactions = AsyncCustomerBalanceTransactionsWithRawResponse(
            resource.balance_transactions
        )
        self.list = async_raw_first_page(resource.list, LIST)
        self.create = async_raw(resource.create)
        self.search = async_raw_first_page(resource.search, SEARCH)
        self.retrieve = async_raw(resource.retrieve)
        self.update = async_raw(resource.update)
        self.delete = async_raw(resource.delete)
