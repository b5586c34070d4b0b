"""`client.customers.tax_ids` (generated from the operations table; do not edit)."""

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
    DeleteCustomersCustomerTaxIdsId,
    GetCustomersCustomerTaxIds,
    GetCustomersCustomerTaxIdsId,
    PostCustomersCustomerTaxIds,
)

if TYPE_CHECKING:
    from collections.abc import Mapping

    import httpx
    from typing_extensions import Unpack

    from ..._core.pagination import AsyncPager, SyncPager
    from ..models import tax as models_tax
    from ..params import customer_tax_ids as params_customer_tax_ids


class CustomerTaxIds(SyncAPIResource):
    """A customer's tax IDs (VAT numbers and the like), printed on their invoices."""

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
        **params: Unpack[params_customer_tax_ids.CustomerTaxIdListParams],
    ) -> SyncPager[models_tax.TaxId]:
        """Every tax ID of a customer, page by page."""
        return self._pager(
            GetCustomersCustomerTaxIds,
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
        **params: Unpack[params_customer_tax_ids.CustomerTaxIdCreateParams],
    ) -> models_tax.TaxId:
        """Add a tax ID to a customer; finalized invoices then show it."""
        return self._call(
            PostCustomersCustomerTaxIds,
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
        id: str,
        /,
        *,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        **params: Unpack[params_customer_tax_ids.CustomerTaxIdRetrieveParams],
    ) -> models_tax.TaxId:
        """Fetch one tax ID of a customer."""
        return self._call(
            GetCustomersCustomerTaxIdsId,
            {"customer": customer, "id": id},
            params,
            request_options(
                total_timeout=total_timeout,
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
        )

    def delete(
        self,
        customer: str,
        id: str,
        /,
        *,
        idempotency_key: str | None = None,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
    ) -> models_tax.DeletedTaxId:
        """Remove a tax ID from a customer."""
        return self._call(
            DeleteCustomersCustomerTaxIdsId,
            {"customer": customer, "id": id},
            {},
            request_options(
                idempotency_key=idempotency_key,
                total_timeout=total_timeout,
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
        )


class AsyncCustomerTaxIds(AsyncAPIResource):
    """A customer's tax IDs (VAT numbers and the like), printed on their invoices."""

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
        **params: Unpack[params_customer_tax_ids.CustomerTaxIdListParams],
    ) -> AsyncPager[models_tax.TaxId]:
        """Every tax ID of a customer, page by page."""
        return self._pager(
            GetCustomersCustomerTaxIds,
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
        **params: Unpack[params_customer_tax_ids.CustomerTaxIdCreateParams],
    ) -> models_tax.TaxId:
        """Add a tax ID to a customer; finalized invoices then show it."""
        return await self._call(
            PostCustomersCustomerTaxIds,
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
        id: str,
        /,
        *,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        **params: Unpack[params_customer_tax_ids.CustomerTaxIdRetrieveParams],
    ) -> models_tax.TaxId:
        """Fetch one tax ID of a customer."""
        return await self._call(
            GetCustomersCustomerTaxIdsId,
            {"customer": customer, "id": id},
            params,
            request_options(
                total_timeout=total_timeout,
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
        )

    async def delete(
        self,
        customer: str,
        id: str,
        /,
        *,
        idempotency_key: str | None = None,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
    ) -> models_tax.DeletedTaxId:
        """Remove a tax ID from a customer."""
        return await self._call(
            DeleteCustomersCustomerTaxIdsId,
            {"customer": customer, "id": id},
            {},
            request_options(
                idempotency_key=idempotency_key,
                total_timeout=total_timeout,
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
        )


class CustomerTaxIdsWithRawResponse:
    """`with_raw_response` for CustomerTaxIds: the same methods, returning RawResponse."""

    def __init__(self, resource: CustomerTaxIds) -> None:
        self.list = raw_first_page(resource.list, GetCustomersCustomerTaxIds)
        self.create = raw(resource.create)
        self.retrieve = raw(resource.retrieve)
        self.delete = raw(resource.delete)


class AsyncCustomerTaxIdsWithRawResponse:
    """`with_raw_response` for CustomerTaxIds: the same methods, returning RawResponse."""

    def __init__(self, resource: AsyncCustomerTaxIds) -> None:
        self.list = async_raw_first_page(resource.list, GetCustomersCustomerTaxIds)
        self.create = async_raw(resource.create)
        self.retrieve = async_raw(resource.retrieve)
        self.delete = async_raw(resource.delete)
