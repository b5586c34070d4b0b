"""`client.prices` (generated from the operations table; do not edit)."""

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
from ..operations import GetPrices, GetPricesPrice, GetPricesSearch, PostPrices, PostPricesPrice

if TYPE_CHECKING:
    from collections.abc import Mapping

    import httpx
    from typing_extensions import Unpack

    from ..._core.pagination import AsyncPager, SyncPager
    from ..models import product as models_product
    from ..params import prices as params_prices


class Prices(SyncAPIResource):
    """Prices: what a product costs, one-off or recurring, for invoice lines to take."""

    def list(
        self,
        *,
        max_items: int | None = None,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        **params: Unpack[params_prices.PriceListParams],
    ) -> SyncPager[models_product.Price]:
        """Every matching price, newest first, page by page."""
        return self._pager(
            GetPrices,
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
        **params: Unpack[params_prices.PriceCreateParams],
    ) -> models_product.Price:
        """Create a one-off or recurring price."""
        return self._call(
            PostPrices,
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
        **params: Unpack[params_prices.PriceSearchParams],
    ) -> SyncPager[models_product.Price]:
        """Prices matching a search `query` (a str, or built from `PriceSearch` fields)."""
        return self._pager(
            GetPricesSearch,
            {},
            search_params("prices", params),
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
        price: str,
        /,
        *,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        **params: Unpack[params_prices.PriceRetrieveParams],
    ) -> models_product.Price:
        """Fetch one price by its id."""
        return self._call(
            GetPricesPrice,
            {"price": price},
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
        price: str,
        /,
        *,
        idempotency_key: str | None = None,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        **params: Unpack[params_prices.PriceUpdateParams],
    ) -> models_product.Price:
        """Change a price's names, lookup key or archive it; its amounts are fixed."""
        return self._call(
            PostPricesPrice,
            {"price": price},
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


class AsyncPrices(AsyncAPIResource):
    """Prices: what a product costs, one-off or recurring, for invoice lines to take."""

    def list(
        self,
        *,
        max_items: int | None = None,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        **params: Unpack[params_prices.PriceListParams],
    ) -> AsyncPager[models_product.Price]:
        """Every matching price, newest first, page by page."""
        return self._pager(
            GetPrices,
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
        **params: Unpack[params_prices.PriceCreateParams],
    ) -> models_product.Price:
        """Create a one-off or recurring price."""
        return await self._call(
            PostPrices,
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
        **params: Unpack[params_prices.PriceSearchParams],
    ) -> AsyncPager[models_product.Price]:
        """Prices matching a search `query` (a str, or built from `PriceSearch` fields)."""
        return self._pager(
            GetPricesSearch,
            {},
            search_params("prices", params),
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
        price: str,
        /,
        *,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        **params: Unpack[params_prices.PriceRetrieveParams],
    ) -> models_product.Price:
        """Fetch one price by its id."""
        return await self._call(
            GetPricesPrice,
            {"price": price},
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
        price: str,
        /,
        *,
        idempotency_key: str | None = None,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        **params: Unpack[params_prices.PriceUpdateParams],
    ) -> models_product.Price:
        """Change a price's names, lookup key or archive it; its amounts are fixed."""
        return await self._call(
            PostPricesPrice,
            {"price": price},
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


class PricesWithRawResponse:
    """`with_raw_response` for Prices: the same methods, returning RawResponse."""

    def __init__(self, resource: Prices) -> None:
        self.list = raw_first_page(resource.list, GetPrices)
        self.create = raw(resource.create)
        self.search = raw_first_page(resource.search, GetPricesSearch)
        self.retrieve = raw(resource.retrieve)
        self.update = raw(resource.update)


class AsyncPricesWithRawResponse:
    """`with_raw_response` for Prices: the same methods, returning RawResponse."""

    def __init__(self, resource: AsyncPrices) -> None:
        self.list = async_raw_first_page(resource.list, GetPrices)
        self.create = async_raw(resource.create)
        self.search = async_raw_first_page(resource.search, GetPricesSearch)
        self.retrieve = async_raw(resource.retrieve)
        self.update = async_raw(resource.update)
