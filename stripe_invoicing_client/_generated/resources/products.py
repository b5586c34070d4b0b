"""`client.products` (generated from the operations table; do not edit)."""

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
    DeleteProductsId,
    GetProducts,
    GetProductsId,
    GetProductsSearch,
    PostProducts,
    PostProductsId,
)

if TYPE_CHECKING:
    from collections.abc import Mapping

    import httpx
    from typing_extensions import Unpack

    from ..._core.pagination import AsyncPager, SyncPager
    from ..models import product as models_product
    from ..params import products as params_products


class Products(SyncAPIResource):
    """Products: the goods and services prices are for."""

    def list(
        self,
        *,
        max_items: int | None = None,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        **params: Unpack[params_products.ProductListParams],
    ) -> SyncPager[models_product.Product]:
        """Every matching product, newest first, page by page."""
        return self._pager(
            GetProducts,
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
        **params: Unpack[params_products.ProductCreateParams],
    ) -> models_product.Product:
        """Create a product, optionally with a default price."""
        return self._call(
            PostProducts,
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
        **params: Unpack[params_products.ProductSearchParams],
    ) -> SyncPager[models_product.Product]:
        """Products matching a search `query` (a str, or built from `ProductSearch` fields)."""
        return self._pager(
            GetProductsSearch,
            {},
            search_params("products", params),
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
        id: str,
        /,
        *,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        **params: Unpack[params_products.ProductRetrieveParams],
    ) -> models_product.Product:
        """Fetch one product by its id."""
        return self._call(
            GetProductsId,
            {"id": id},
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
        id: str,
        /,
        *,
        idempotency_key: str | None = None,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        **params: Unpack[params_products.ProductUpdateParams],
    ) -> models_product.Product:
        """Change a product's fields, its default price, or archive it."""
        return self._call(
            PostProductsId,
            {"id": id},
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
        id: str,
        /,
        *,
        idempotency_key: str | None = None,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
    ) -> models_product.DeletedProduct:
        """Delete a product that has no prices."""
        return self._call(
            DeleteProductsId,
            {"id": id},
            {},
            request_options(
                idempotency_key=idempotency_key,
                total_timeout=total_timeout,
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
        )


class AsyncProducts(AsyncAPIResource):
    """Products: the goods and services prices are for."""

    def list(
        self,
        *,
        max_items: int | None = None,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        **params: Unpack[params_products.ProductListParams],
    ) -> AsyncPager[models_product.Product]:
        """Every matching product, newest first, page by page."""
        return self._pager(
            GetProducts,
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
        **params: Unpack[params_products.ProductCreateParams],
    ) -> models_product.Product:
        """Create a product, optionally with a default price."""
        return await self._call(
            PostProducts,
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
        **params: Unpack[params_products.ProductSearchParams],
    ) -> AsyncPager[models_product.Product]:
        """Products matching a search `query` (a str, or built from `ProductSearch` fields)."""
        return self._pager(
            GetProductsSearch,
            {},
            search_params("products", params),
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
        id: str,
        /,
        *,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        **params: Unpack[params_products.ProductRetrieveParams],
    ) -> models_product.Product:
        """Fetch one product by its id."""
        return await self._call(
            GetProductsId,
            {"id": id},
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
        id: str,
        /,
        *,
        idempotency_key: str | None = None,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        **params: Unpack[params_products.ProductUpdateParams],
    ) -> models_product.Product:
        """Change a product's fields, its default price, or archive it."""
        return await self._call(
            PostProductsId,
            {"id": id},
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
        id: str,
        /,
        *,
        idempotency_key: str | None = None,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
    ) -> models_product.DeletedProduct:
        """Delete a product that has no prices."""
        return await self._call(
            DeleteProductsId,
            {"id": id},
            {},
            request_options(
                idempotency_key=idempotency_key,
                total_timeout=total_timeout,
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
        )


class ProductsWithRawResponse:
    """`with_raw_response` for Products: the same methods, returning RawResponse."""

    def __init__(self, resource: Products) -> None:
        self.list = raw_first_page(resource.list, GetProducts)
        self.create = raw(resource.create)
        self.search = raw_first_page(resource.search, GetProductsSearch)
        self.retrieve = raw(resource.retrieve)
        self.update = raw(resource.update)
        self.delete = raw(resource.delete)


class AsyncProductsWithRawResponse:
    """`with_raw_response` for Products: the same methods, returning RawResponse."""

    def __init__(self, resource: AsyncProducts) -> None:
        self.list = async_raw_first_page(resource.list, GetProducts)
        self.create = async_raw(resource.create)
        self.search = async_raw_first_page(resource.search, GetProductsSearch)
        self.retrieve = async_raw(resource.retrieve)
        self.update = async_raw(resource.update)
        self.delete = async_raw(resource.delete)
