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
    from ..params import customers as params_customers


class Customers(SyncAPIResource):
    """Customers: who invoices are addressed to and how they pay."""

    tax_ids: CustomerTaxIds
    balance_transactions: CustomerBalanceTransactions

    def __init__(self, client: Requester) -> None:
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
        """Create a customer."""
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
        """Customers matching a search `query` (a str, or built from `CustomerSearch` fields)."""
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
        """Fetch one customer by its id (a deleted one comes back as `DeletedCustomer`)."""
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
        """Change a customer's fields."""
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
        """Delete a customer for good."""
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


class AsyncCustomers(AsyncAPIResource):
    """Customers: who invoices are addressed to and how they pay."""

    tax_ids: AsyncCustomerTaxIds
    balance_transactions: AsyncCustomerBalanceTransactions

    def __init__(self, client: AsyncRequester) -> None:
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
        """Create a customer."""
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
        """Customers matching a search `query` (a str, or built from `CustomerSearch` fields)."""
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
        """Fetch one customer by its id (a deleted one comes back as `DeletedCustomer`)."""
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
        """Change a customer's fields."""
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
        """Delete a customer for good."""
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


class CustomersWithRawResponse:
    """`with_raw_response` for Customers: the same methods, returning RawResponse."""

    tax_ids: CustomerTaxIdsWithRawResponse
    balance_transactions: CustomerBalanceTransactionsWithRawResponse

    def __init__(self, resource: Customers) -> None:
        self.tax_ids = CustomerTaxIdsWithRawResponse(resource.tax_ids)
        self.balance_transactions = CustomerBalanceTransactionsWithRawResponse(
            resource.balance_transactions
        )
        self.list = raw_first_page(resource.list, GetCustomers)
        self.create = raw(resource.create)
        self.search = raw_first_page(resource.search, GetCustomersSearch)
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
        self.list = async_raw_first_page(resource.list, GetCustomers)
        self.create = async_raw(resource.create)
        self.search = async_raw_first_page(resource.search, GetCustomersSearch)
        self.retrieve = async_raw(resource.retrieve)
        self.update = async_raw(resource.update)
        self.delete = async_raw(resource.delete)
