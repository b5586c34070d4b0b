"""`client.customers`: the people and companies invoices are billed to."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._operations import Operation
from .._options import RequestOptions
from .._resource import (
    AsyncAPIResource,
    SyncAPIResource,
    async_raw,
    async_raw_first_page,
    raw,
    raw_first_page,
)
from .._search_query import search_params

if TYPE_CHECKING:
    from collections.abc import Mapping

    import httpx
    from typing_extensions import Unpack

    from .._generated.models import (
        Customer,
        DeletedCustomer,
        GetCustomersResponse200,
        GetCustomersSearchResponse200,
    )
    from .._generated.params.customers import (
        CustomerCreateParams,
        CustomerListParams,
        CustomerRetrieveParams,
        CustomerSearchParams,
        CustomerUpdateParams,
    )
    from .._pagination import AsyncPager, SyncPager

CREATE: Operation[Customer] = Operation("PostCustomers")
RETRIEVE: Operation[Customer | DeletedCustomer] = Operation("GetCustomersCustomer")
UPDATE: Operation[Customer] = Operation("PostCustomersCustomer")
DELETE: Operation[DeletedCustomer] = Operation("DeleteCustomersCustomer")
LIST: Operation[GetCustomersResponse200] = Operation("GetCustomers")
SEARCH: Operation[GetCustomersSearchResponse200] = Operation("GetCustomersSearch")


class Customers(SyncAPIResource):
    """Customers: who invoices are addressed to and how they pay."""

    def create(
        self,
        *,
        idempotency_key: str | None = None,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        **params: Unpack[CustomerCreateParams],
    ) -> Customer:
        return self._call(
            CREATE,
            {},
            params,
            RequestOptions(
                idempotency_key,
                total_timeout,
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            ),
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
        **params: Unpack[CustomerRetrieveParams],
    ) -> Customer | DeletedCustomer:
        """The customer, or a DeletedCustomer if it was deleted."""
        return self._call(
            RETRIEVE,
            {"customer": customer},
            params,
            RequestOptions(
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
        **params: Unpack[CustomerUpdateParams],
    ) -> Customer:
        return self._call(
            UPDATE,
            {"customer": customer},
            params,
            RequestOptions(
                idempotency_key,
                total_timeout,
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
    ) -> DeletedCustomer:
        return self._call(
            DELETE,
            {"customer": customer},
            {},
            RequestOptions(
                idempotency_key,
                total_timeout,
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
        )

    def list(
        self,
        *,
        max_items: int | None = None,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        **params: Unpack[CustomerListParams],
    ) -> SyncPager[Customer]:
        return self._pager(
            LIST,
            {},
            params,
            max_items,
            RequestOptions(
                total_timeout=total_timeout,
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
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
        **params: Unpack[CustomerSearchParams],
    ) -> SyncPager[Customer]:
        return self._pager(
            SEARCH,
            {},
            search_params("customers", params),
            max_items,
            RequestOptions(
                total_timeout=total_timeout,
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
            search=True,
        )


class AsyncCustomers(AsyncAPIResource):
    async def create(
        self,
        *,
        idempotency_key: str | None = None,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        **params: Unpack[CustomerCreateParams],
    ) -> Customer:
        return await self._call(
            CREATE,
            {},
            params,
            RequestOptions(
                idempotency_key,
                total_timeout,
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            ),
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
        **params: Unpack[CustomerRetrieveParams],
    ) -> Customer | DeletedCustomer:
        return await self._call(
            RETRIEVE,
            {"customer": customer},
            params,
            RequestOptions(
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
        **params: Unpack[CustomerUpdateParams],
    ) -> Customer:
        return await self._call(
            UPDATE,
            {"customer": customer},
            params,
            RequestOptions(
                idempotency_key,
                total_timeout,
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
    ) -> DeletedCustomer:
        return await self._call(
            DELETE,
            {"customer": customer},
            {},
            RequestOptions(
                idempotency_key,
                total_timeout,
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
        )

    def list(
        self,
        *,
        max_items: int | None = None,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        **params: Unpack[CustomerListParams],
    ) -> AsyncPager[Customer]:
        return self._pager(
            LIST,
            {},
            params,
            max_items,
            RequestOptions(
                total_timeout=total_timeout,
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
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
        **params: Unpack[CustomerSearchParams],
    ) -> AsyncPager[Customer]:
        return self._pager(
            SEARCH,
            {},
            search_params("customers", params),
            max_items,
            RequestOptions(
                total_timeout=total_timeout,
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
            search=True,
        )


class CustomersWithRawResponse:
    def __init__(self, customers: Customers) -> None:
        self.create = raw(customers.create)
        self.list = raw_first_page(customers.list, LIST)
        self.search = raw_first_page(customers.search, SEARCH)
        self.retrieve = raw(customers.retrieve)
        self.update = raw(customers.update)
        self.delete = raw(customers.delete)


class AsyncCustomersWithRawResponse:
    def __init__(self, customers: AsyncCustomers) -> None:
        self.create = async_raw(customers.create)
        self.list = async_raw_first_page(customers.list, LIST)
        self.search = async_raw_first_page(customers.search, SEARCH)
        self.retrieve = async_raw(customers.retrieve)
        self.update = async_raw(customers.update)
        self.delete = async_raw(customers.delete)
