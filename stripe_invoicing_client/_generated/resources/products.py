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
        """Every matching product, newest first, page by page.

        Args:
            active (bool): Only active products (true) or only archived ones (false).
            created (RangeQuerySpecs | int): Only objects created at this Unix timestamp in seconds, or within a range given as gt, gte, lt and lte bounds.
            ending_before (str): Object id to page backwards from: the page ends with the object listed right before it.
            expand (list[str]): Dotted paths of fields to return as full objects instead of ids.
            ids (list[str]): Only products with these ids.
            limit (int): How many objects to return on one page, from 1 to 100; 10 when omitted.
            shippable (bool): Only products that can be shipped (true) or only those that cannot (false).
            starting_after (str): Object id to page forwards from: the page begins with the object listed right after it.
            type (Literal['good', 'service']): Only products of this type.
            url (str): Only products with this public URL.

        Per-call options:
            total_timeout: seconds for the whole call, retries and waits included.
            timeout: seconds for each step of an attempt (connect, read, write).
            extra_headers: headers sent as given.
            extra_query: query parameters sent as given.

        Returns:
            SyncPager[Product]: iterate it for every match, one Product at a time; pages are fetched as needed (`max_items` caps the count).

        Raises:
            InvalidParameterError: a parameter was refused before anything was sent.
            InvalidRequestError: Stripe refused the request.
            APIStatusError: any other error status (AuthenticationError, RateLimitError, ...).
            APIConnectionError: no answer after the retries (APITimeoutError, DeadlineExceededError).
        """
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
        """Create a product, optionally with a default price.

        Args:
            active (bool): Whether the product can be sold.
            default_price_data (DefaultPriceData): A price to create with the product and make its default.
            description (str): Longer text about the product, shown to customers.
            expand (list[str]): Dotted paths of fields to return as full objects instead of ids.
            id (str): Unique id of the object.
            images (list[str]): Up to eight URLs of images of the product.
            marketing_features (list[MarketingFeature]): Up to fifteen feature names listed with the product on pricing pages.
            metadata (Mapping[str, str]): Your own key-value pairs stored on the object.
            name (str, required): Name of the product, shown on invoices.
            package_dimensions (PackageDimensions): Height, length and width in inches and weight in ounces of the packed product.
            shippable (bool): Whether the product is a physical good that is shipped.
            statement_descriptor (str): Text shown on the customer's card statement for this product.
            tax_code (str): Id of the tax code that says how the product is taxed.
            tax_details (TaxDetailsParam): Details that help compute the product's tax.
            type (Literal['good', 'service']): Whether the product is a `service` or a `good`.
            unit_label (str): Name of one unit of the product, printed after the quantity.
            url (str): Public web page of the product.

        Per-call options:
            idempotency_key: the key every retry of this call sends (a UUID4 when omitted).
            total_timeout: seconds for the whole call, retries and waits included.
            timeout: seconds for each step of an attempt (connect, read, write).
            extra_headers: headers sent as given.
            extra_query: query parameters sent as given.
            extra_body: form fields sent as given.

        Returns:
            Product: the object as Stripe answered.

        Raises:
            InvalidParameterError: a parameter was refused before anything was sent.
            InvalidRequestError: Stripe refused the request.
            APIStatusError: any other error status (AuthenticationError, RateLimitError, ...).
            APIConnectionError: no answer after the retries (APITimeoutError, DeadlineExceededError).
        """
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
        """Products matching a search `query` (a str, or built from `ProductSearch` fields).

        Args:
            expand (list[str]): Dotted paths of fields to return as full objects instead of ids.
            limit (int): How many objects to return on one page, from 1 to 100; 10 when omitted.
            page (str): Cursor from the `next_page` of the previous search result; leave out for the first page.
            query (str | SearchQuery[ProductSearch], required): The search query, in Stripe's search language, on active, description, metadata, name, shippable and url; or a query built with `ProductSearch`.

        Per-call options:
            total_timeout: seconds for the whole call, retries and waits included.
            timeout: seconds for each step of an attempt (connect, read, write).
            extra_headers: headers sent as given.
            extra_query: query parameters sent as given.

        Returns:
            SyncPager[Product]: iterate it for search results, one Product at a time; pages are fetched as needed (`max_items` caps the count).

        Raises:
            InvalidParameterError: a parameter was refused before anything was sent.
            InvalidRequestError: Stripe refused the request.
            APIStatusError: any other error status (AuthenticationError, RateLimitError, ...).
            APIConnectionError: no answer after the retries (APITimeoutError, DeadlineExceededError).
        """
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
        """Fetch one product by its id.

        Args:
            id (str, required): Id of the product (starts with `prod_`).
            expand (list[str]): Dotted paths of fields to return as full objects instead of ids.

        Per-call options:
            total_timeout: seconds for the whole call, retries and waits included.
            timeout: seconds for each step of an attempt (connect, read, write).
            extra_headers: headers sent as given.
            extra_query: query parameters sent as given.

        Returns:
            Product: the object as Stripe answered.

        Raises:
            InvalidParameterError: a parameter was refused before anything was sent.
            InvalidRequestError: Stripe refused the request (NotFoundError: no object with that id).
            APIStatusError: any other error status (AuthenticationError, RateLimitError, ...).
            APIConnectionError: no answer after the retries (APITimeoutError, DeadlineExceededError).
        """
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
        """Change a product's fields, its default price, or archive it.

        Args:
            id (str, required): Id of the product (starts with `prod_`).
            active (bool): Whether the product can be sold; false archives it.
            default_price (str): Id of one of the product's prices to make its default.
            description (str | Literal['']): Longer text about the product, shown to customers.
            expand (list[str]): Dotted paths of fields to return as full objects instead of ids.
            images (list[str] | Literal['']): Up to eight URLs of images of the product.
            marketing_features (list[MarketingFeature] | Literal['']): Up to fifteen feature names listed with the product on pricing pages.
            metadata (Mapping[str, str] | Literal['']): Your own key-value pairs stored on the object.
            name (str): Name of the product, shown on invoices.
            package_dimensions (PackageDimensions | Literal['']): Height, length and width in inches and weight in ounces of the packed product.
            shippable (bool): Whether the product is a physical good that is shipped.
            statement_descriptor (str): Text shown on the customer's card statement for this product.
            tax_code (str | Literal['']): Id of the tax code that says how the product is taxed.
            tax_details (TaxDetailsParam | Literal['']): Details that help compute the product's tax.
            unit_label (str | Literal['']): Name of one unit of the product, printed after the quantity.
            url (str | Literal['']): Public web page of the product.

        Per-call options:
            idempotency_key: the key every retry of this call sends (a UUID4 when omitted).
            total_timeout: seconds for the whole call, retries and waits included.
            timeout: seconds for each step of an attempt (connect, read, write).
            extra_headers: headers sent as given.
            extra_query: query parameters sent as given.
            extra_body: form fields sent as given.

        Returns:
            Product: the object as Stripe answered.

        Raises:
            InvalidParameterError: a parameter was refused before anything was sent.
            InvalidRequestError: Stripe refused the request (NotFoundError: no object with that id).
            APIStatusError: any other error status (AuthenticationError, RateLimitError, ...).
            APIConnectionError: no answer after the retries (APITimeoutError, DeadlineExceededError).
        """
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
        """Delete a product that has no prices.

        Args:
            id (str, required): Id of the product (starts with `prod_`).

        Per-call options:
            idempotency_key: the key every retry of this call sends (a UUID4 when omitted).
            total_timeout: seconds for the whole call, retries and waits included.
            timeout: seconds for each step of an attempt (connect, read, write).
            extra_headers: headers sent as given.
            extra_query: query parameters sent as given.

        Returns:
            DeletedProduct: the record of the deletion.

        Raises:
            InvalidParameterError: a parameter was refused before anything was sent.
            InvalidRequestError: Stripe refused the request (NotFoundError: no object with that id).
            APIStatusError: any other error status (AuthenticationError, RateLimitError, ...).
            APIConnectionError: no answer after the retries (APITimeoutError, DeadlineExceededError).
        """
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
        """Every matching product, newest first, page by page.

        Args:
            active (bool): Only active products (true) or only archived ones (false).
            created (RangeQuerySpecs | int): Only objects created at this Unix timestamp in seconds, or within a range given as gt, gte, lt and lte bounds.
            ending_before (str): Object id to page backwards from: the page ends with the object listed right before it.
            expand (list[str]): Dotted paths of fields to return as full objects instead of ids.
            ids (list[str]): Only products with these ids.
            limit (int): How many objects to return on one page, from 1 to 100; 10 when omitted.
            shippable (bool): Only products that can be shipped (true) or only those that cannot (false).
            starting_after (str): Object id to page forwards from: the page begins with the object listed right after it.
            type (Literal['good', 'service']): Only products of this type.
            url (str): Only products with this public URL.

        Per-call options:
            total_timeout: seconds for the whole call, retries and waits included.
            timeout: seconds for each step of an attempt (connect, read, write).
            extra_headers: headers sent as given.
            extra_query: query parameters sent as given.

        Returns:
            AsyncPager[Product]: iterate it for every match, one Product at a time; pages are fetched as needed (`max_items` caps the count).

        Raises:
            InvalidParameterError: a parameter was refused before anything was sent.
            InvalidRequestError: Stripe refused the request.
            APIStatusError: any other error status (AuthenticationError, RateLimitError, ...).
            APIConnectionError: no answer after the retries (APITimeoutError, DeadlineExceededError).
        """
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
        """Create a product, optionally with a default price.

        Args:
            active (bool): Whether the product can be sold.
            default_price_data (DefaultPriceData): A price to create with the product and make its default.
            description (str): Longer text about the product, shown to customers.
            expand (list[str]): Dotted paths of fields to return as full objects instead of ids.
            id (str): Unique id of the object.
            images (list[str]): Up to eight URLs of images of the product.
            marketing_features (list[MarketingFeature]): Up to fifteen feature names listed with the product on pricing pages.
            metadata (Mapping[str, str]): Your own key-value pairs stored on the object.
            name (str, required): Name of the product, shown on invoices.
            package_dimensions (PackageDimensions): Height, length and width in inches and weight in ounces of the packed product.
            shippable (bool): Whether the product is a physical good that is shipped.
            statement_descriptor (str): Text shown on the customer's card statement for this product.
            tax_code (str): Id of the tax code that says how the product is taxed.
            tax_details (TaxDetailsParam): Details that help compute the product's tax.
            type (Literal['good', 'service']): Whether the product is a `service` or a `good`.
            unit_label (str): Name of one unit of the product, printed after the quantity.
            url (str): Public web page of the product.

        Per-call options:
            idempotency_key: the key every retry of this call sends (a UUID4 when omitted).
            total_timeout: seconds for the whole call, retries and waits included.
            timeout: seconds for each step of an attempt (connect, read, write).
            extra_headers: headers sent as given.
            extra_query: query parameters sent as given.
            extra_body: form fields sent as given.

        Returns:
            Product: the object as Stripe answered.

        Raises:
            InvalidParameterError: a parameter was refused before anything was sent.
            InvalidRequestError: Stripe refused the request.
            APIStatusError: any other error status (AuthenticationError, RateLimitError, ...).
            APIConnectionError: no answer after the retries (APITimeoutError, DeadlineExceededError).
        """
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
        """Products matching a search `query` (a str, or built from `ProductSearch` fields).

        Args:
            expand (list[str]): Dotted paths of fields to return as full objects instead of ids.
            limit (int): How many objects to return on one page, from 1 to 100; 10 when omitted.
            page (str): Cursor from the `next_page` of the previous search result; leave out for the first page.
            query (str | SearchQuery[ProductSearch], required): The search query, in Stripe's search language, on active, description, metadata, name, shippable and url; or a query built with `ProductSearch`.

        Per-call options:
            total_timeout: seconds for the whole call, retries and waits included.
            timeout: seconds for each step of an attempt (connect, read, write).
            extra_headers: headers sent as given.
            extra_query: query parameters sent as given.

        Returns:
            AsyncPager[Product]: iterate it for search results, one Product at a time; pages are fetched as needed (`max_items` caps the count).

        Raises:
            InvalidParameterError: a parameter was refused before anything was sent.
            InvalidRequestError: Stripe refused the request.
            APIStatusError: any other error status (AuthenticationError, RateLimitError, ...).
            APIConnectionError: no answer after the retries (APITimeoutError, DeadlineExceededError).
        """
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
        """Fetch one product by its id.

        Args:
            id (str, required): Id of the product (starts with `prod_`).
            expand (list[str]): Dotted paths of fields to return as full objects instead of ids.

        Per-call options:
            total_timeout: seconds for the whole call, retries and waits included.
            timeout: seconds for each step of an attempt (connect, read, write).
            extra_headers: headers sent as given.
            extra_query: query parameters sent as given.

        Returns:
            Product: the object as Stripe answered.

        Raises:
            InvalidParameterError: a parameter was refused before anything was sent.
            InvalidRequestError: Stripe refused the request (NotFoundError: no object with that id).
            APIStatusError: any other error status (AuthenticationError, RateLimitError, ...).
            APIConnectionError: no answer after the retries (APITimeoutError, DeadlineExceededError).
        """
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
        """Change a product's fields, its default price, or archive it.

        Args:
            id (str, required): Id of the product (starts with `prod_`).
            active (bool): Whether the product can be sold; false archives it.
            default_price (str): Id of one of the product's prices to make its default.
            description (str | Literal['']): Longer text about the product, shown to customers.
            expand (list[str]): Dotted paths of fields to return as full objects instead of ids.
            images (list[str] | Literal['']): Up to eight URLs of images of the product.
            marketing_features (list[MarketingFeature] | Literal['']): Up to fifteen feature names listed with the product on pricing pages.
            metadata (Mapping[str, str] | Literal['']): Your own key-value pairs stored on the object.
            name (str): Name of the product, shown on invoices.
            package_dimensions (PackageDimensions | Literal['']): Height, length and width in inches and weight in ounces of the packed product.
            shippable (bool): Whether the product is a physical good that is shipped.
            statement_descriptor (str): Text shown on the customer's card statement for this product.
            tax_code (str | Literal['']): Id of the tax code that says how the product is taxed.
            tax_details (TaxDetailsParam | Literal['']): Details that help compute the product's tax.
            unit_label (str | Literal['']): Name of one unit of the product, printed after the quantity.
            url (str | Literal['']): Public web page of the product.

        Per-call options:
            idempotency_key: the key every retry of this call sends (a UUID4 when omitted).
            total_timeout: seconds for the whole call, retries and waits included.
            timeout: seconds for each step of an attempt (connect, read, write).
            extra_headers: headers sent as given.
            extra_query: query parameters sent as given.
            extra_body: form fields sent as given.

        Returns:
            Product: the object as Stripe answered.

        Raises:
            InvalidParameterError: a parameter was refused before anything was sent.
            InvalidRequestError: Stripe refused the request (NotFoundError: no object with that id).
            APIStatusError: any other error status (AuthenticationError, RateLimitError, ...).
            APIConnectionError: no answer after the retries (APITimeoutError, DeadlineExceededError).
        """
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
        """Delete a product that has no prices.

        Args:
            id (str, required): Id of the product (starts with `prod_`).

        Per-call options:
            idempotency_key: the key every retry of this call sends (a UUID4 when omitted).
            total_timeout: seconds for the whole call, retries and waits included.
            timeout: seconds for each step of an attempt (connect, read, write).
            extra_headers: headers sent as given.
            extra_query: query parameters sent as given.

        Returns:
            DeletedProduct: the record of the deletion.

        Raises:
            InvalidParameterError: a parameter was refused before anything was sent.
            InvalidRequestError: Stripe refused the request (NotFoundError: no object with that id).
            APIStatusError: any other error status (AuthenticationError, RateLimitError, ...).
            APIConnectionError: no answer after the retries (APITimeoutError, DeadlineExceededError).
        """
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
