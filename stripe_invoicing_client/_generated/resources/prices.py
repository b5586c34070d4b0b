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
        """Every matching price, newest first, page by page.

        Args:
            active (bool): Only active prices (true) or only archived ones (false).
            created (RangeQuerySpecs | int): Only objects created at this Unix timestamp in seconds, or within a range given as gt, gte, lt and lte bounds.
            currency (str): Only prices in this three-letter currency code.
            ending_before (str): Object id to page backwards from: the page ends with the object listed right before it.
            expand (list[str]): Dotted paths of fields to return as full objects instead of ids.
            limit (int): How many objects to return on one page, from 1 to 100; 10 when omitted.
            lookup_keys (list[str]): Only prices with one of these lookup keys.
            product (str): Only prices of this product id.
            recurring (Recurring): Only recurring prices with this interval, meter or usage type.
            starting_after (str): Object id to page forwards from: the page begins with the object listed right after it.
            type (Literal['one_time', 'recurring']): Only one-off (`one_time`) or only recurring prices.

        Per-call options:
            total_timeout: seconds for the whole call, retries and waits included.
            timeout: seconds for each step of an attempt (connect, read, write).
            extra_headers: headers sent as given.
            extra_query: query parameters sent as given.

        Returns:
            SyncPager[Price]: iterate it for every match, one Price at a time; pages are fetched as needed (`max_items` caps the count).

        Raises:
            InvalidParameterError: a parameter was refused before anything was sent.
            InvalidRequestError: Stripe refused the request.
            APIStatusError: any other error status (AuthenticationError, RateLimitError, ...).
            APIConnectionError: no answer after the retries (APITimeoutError, DeadlineExceededError).
        """
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
        """Create a one-off or recurring price.

        Args:
            active (bool): Whether the price can be used for new purchases.
            billing_scheme (Literal['per_unit', 'tiered']): Whether the amount is per unit (`per_unit`) or taken from `tiers` (`tiered`).
            currency (str, required): Three-letter lowercase ISO currency code of the price.
            currency_options (Mapping[str, DefaultPriceDataCurrencyOptions]): The price's amounts in other currencies, keyed by currency code.
            custom_unit_amount (DefaultPriceDataCurrencyOptionsCustomUnitAmount): Lets the customer choose the amount, within optional bounds.
            expand (list[str]): Dotted paths of fields to return as full objects instead of ids.
            lookup_key (str): Your own key to fetch the price by, unique among active prices.
            metadata (Mapping[str, str]): Your own key-value pairs stored on the object.
            nickname (str): Internal name of the price, not shown to customers.
            product (str): Id of the product this price is for.
            product_data (ProductData): A product to create together with the price.
            recurring (RecurringParam): Billing interval and usage type of a recurring price.
            tax_behavior (Literal['exclusive', 'inclusive', 'unspecified']): Whether the price includes tax (`inclusive`), excludes it (`exclusive`) or is not yet set.
            tiers (list[DefaultPriceDataCurrencyOptionsTier]): Amount tiers of a tiered price, each up to a quantity.
            tiers_mode (Literal['graduated', 'volume']): Whether tiers apply to the whole quantity (`volume`) or piece by piece (`graduated`).
            transfer_lookup_key (bool): Whether to move the lookup key from the price that has it now.
            transform_quantity (TransformQuantity): Divides the quantity by a number before billing, rounding up or down.
            unit_amount (int): Amount per unit in the smallest currency unit.
            unit_amount_decimal (Decimal | str): Amount per unit in the smallest currency unit, with up to twelve decimals.

        Per-call options:
            idempotency_key: the key every retry of this call sends (a UUID4 when omitted).
            total_timeout: seconds for the whole call, retries and waits included.
            timeout: seconds for each step of an attempt (connect, read, write).
            extra_headers: headers sent as given.
            extra_query: query parameters sent as given.
            extra_body: form fields sent as given.

        Returns:
            Price: the object as Stripe answered.

        Raises:
            InvalidParameterError: a parameter was refused before anything was sent.
            InvalidRequestError: Stripe refused the request.
            APIStatusError: any other error status (AuthenticationError, RateLimitError, ...).
            APIConnectionError: no answer after the retries (APITimeoutError, DeadlineExceededError).
        """
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
        """Prices matching a search `query` (a str, or built from `PriceSearch` fields).

        Args:
            expand (list[str]): Dotted paths of fields to return as full objects instead of ids.
            limit (int): How many objects to return on one page, from 1 to 100; 10 when omitted.
            page (str): Cursor from the `next_page` of the previous search result; leave out for the first page.
            query (str | SearchQuery[PriceSearch], required): The search query, in Stripe's search language, on active, currency, lookup_key, metadata, product and type; or a query built with `PriceSearch`.

        Per-call options:
            total_timeout: seconds for the whole call, retries and waits included.
            timeout: seconds for each step of an attempt (connect, read, write).
            extra_headers: headers sent as given.
            extra_query: query parameters sent as given.

        Returns:
            SyncPager[Price]: iterate it for search results, one Price at a time; pages are fetched as needed (`max_items` caps the count).

        Raises:
            InvalidParameterError: a parameter was refused before anything was sent.
            InvalidRequestError: Stripe refused the request.
            APIStatusError: any other error status (AuthenticationError, RateLimitError, ...).
            APIConnectionError: no answer after the retries (APITimeoutError, DeadlineExceededError).
        """
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
        """Fetch one price by its id.

        Args:
            price (str, required): Id of the price (starts with `price_`).
            expand (list[str]): Dotted paths of fields to return as full objects instead of ids.

        Per-call options:
            total_timeout: seconds for the whole call, retries and waits included.
            timeout: seconds for each step of an attempt (connect, read, write).
            extra_headers: headers sent as given.
            extra_query: query parameters sent as given.

        Returns:
            Price: the object as Stripe answered.

        Raises:
            InvalidParameterError: a parameter was refused before anything was sent.
            InvalidRequestError: Stripe refused the request (NotFoundError: no object with that id).
            APIStatusError: any other error status (AuthenticationError, RateLimitError, ...).
            APIConnectionError: no answer after the retries (APITimeoutError, DeadlineExceededError).
        """
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
        """Change a price's names, lookup key or archive it; its amounts are fixed.

        Args:
            price (str, required): Id of the price (starts with `price_`).
            active (bool): Whether the price can be used for new purchases; false archives it.
            currency_options (Mapping[str, DefaultPriceDataCurrencyOptions] | Literal['']): The price's amounts in other currencies, keyed by currency code.
            expand (list[str]): Dotted paths of fields to return as full objects instead of ids.
            lookup_key (str): Your own key to fetch the price by, unique among active prices.
            metadata (Mapping[str, str] | Literal['']): Your own key-value pairs stored on the object.
            nickname (str): Internal name of the price, not shown to customers.
            tax_behavior (Literal['exclusive', 'inclusive', 'unspecified']): Whether the price includes tax (`inclusive`), excludes it (`exclusive`) or is not yet set.
            transfer_lookup_key (bool): Whether to move the lookup key from the price that has it now.

        Per-call options:
            idempotency_key: the key every retry of this call sends (a UUID4 when omitted).
            total_timeout: seconds for the whole call, retries and waits included.
            timeout: seconds for each step of an attempt (connect, read, write).
            extra_headers: headers sent as given.
            extra_query: query parameters sent as given.
            extra_body: form fields sent as given.

        Returns:
            Price: the object as Stripe answered.

        Raises:
            InvalidParameterError: a parameter was refused before anything was sent.
            InvalidRequestError: Stripe refused the request (NotFoundError: no object with that id).
            APIStatusError: any other error status (AuthenticationError, RateLimitError, ...).
            APIConnectionError: no answer after the retries (APITimeoutError, DeadlineExceededError).
        """
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
        """Every matching price, newest first, page by page.

        Args:
            active (bool): Only active prices (true) or only archived ones (false).
            created (RangeQuerySpecs | int): Only objects created at this Unix timestamp in seconds, or within a range given as gt, gte, lt and lte bounds.
            currency (str): Only prices in this three-letter currency code.
            ending_before (str): Object id to page backwards from: the page ends with the object listed right before it.
            expand (list[str]): Dotted paths of fields to return as full objects instead of ids.
            limit (int): How many objects to return on one page, from 1 to 100; 10 when omitted.
            lookup_keys (list[str]): Only prices with one of these lookup keys.
            product (str): Only prices of this product id.
            recurring (Recurring): Only recurring prices with this interval, meter or usage type.
            starting_after (str): Object id to page forwards from: the page begins with the object listed right after it.
            type (Literal['one_time', 'recurring']): Only one-off (`one_time`) or only recurring prices.

        Per-call options:
            total_timeout: seconds for the whole call, retries and waits included.
            timeout: seconds for each step of an attempt (connect, read, write).
            extra_headers: headers sent as given.
            extra_query: query parameters sent as given.

        Returns:
            AsyncPager[Price]: iterate it for every match, one Price at a time; pages are fetched as needed (`max_items` caps the count).

        Raises:
            InvalidParameterError: a parameter was refused before anything was sent.
            InvalidRequestError: Stripe refused the request.
            APIStatusError: any other error status (AuthenticationError, RateLimitError, ...).
            APIConnectionError: no answer after the retries (APITimeoutError, DeadlineExceededError).
        """
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
        """Create a one-off or recurring price.

        Args:
            active (bool): Whether the price can be used for new purchases.
            billing_scheme (Literal['per_unit', 'tiered']): Whether the amount is per unit (`per_unit`) or taken from `tiers` (`tiered`).
            currency (str, required): Three-letter lowercase ISO currency code of the price.
            currency_options (Mapping[str, DefaultPriceDataCurrencyOptions]): The price's amounts in other currencies, keyed by currency code.
            custom_unit_amount (DefaultPriceDataCurrencyOptionsCustomUnitAmount): Lets the customer choose the amount, within optional bounds.
            expand (list[str]): Dotted paths of fields to return as full objects instead of ids.
            lookup_key (str): Your own key to fetch the price by, unique among active prices.
            metadata (Mapping[str, str]): Your own key-value pairs stored on the object.
            nickname (str): Internal name of the price, not shown to customers.
            product (str): Id of the product this price is for.
            product_data (ProductData): A product to create together with the price.
            recurring (RecurringParam): Billing interval and usage type of a recurring price.
            tax_behavior (Literal['exclusive', 'inclusive', 'unspecified']): Whether the price includes tax (`inclusive`), excludes it (`exclusive`) or is not yet set.
            tiers (list[DefaultPriceDataCurrencyOptionsTier]): Amount tiers of a tiered price, each up to a quantity.
            tiers_mode (Literal['graduated', 'volume']): Whether tiers apply to the whole quantity (`volume`) or piece by piece (`graduated`).
            transfer_lookup_key (bool): Whether to move the lookup key from the price that has it now.
            transform_quantity (TransformQuantity): Divides the quantity by a number before billing, rounding up or down.
            unit_amount (int): Amount per unit in the smallest currency unit.
            unit_amount_decimal (Decimal | str): Amount per unit in the smallest currency unit, with up to twelve decimals.

        Per-call options:
            idempotency_key: the key every retry of this call sends (a UUID4 when omitted).
            total_timeout: seconds for the whole call, retries and waits included.
            timeout: seconds for each step of an attempt (connect, read, write).
            extra_headers: headers sent as given.
            extra_query: query parameters sent as given.
            extra_body: form fields sent as given.

        Returns:
            Price: the object as Stripe answered.

        Raises:
            InvalidParameterError: a parameter was refused before anything was sent.
            InvalidRequestError: Stripe refused the request.
            APIStatusError: any other error status (AuthenticationError, RateLimitError, ...).
            APIConnectionError: no answer after the retries (APITimeoutError, DeadlineExceededError).
        """
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
        """Prices matching a search `query` (a str, or built from `PriceSearch` fields).

        Args:
            expand (list[str]): Dotted paths of fields to return as full objects instead of ids.
            limit (int): How many objects to return on one page, from 1 to 100; 10 when omitted.
            page (str): Cursor from the `next_page` of the previous search result; leave out for the first page.
            query (str | SearchQuery[PriceSearch], required): The search query, in Stripe's search language, on active, currency, lookup_key, metadata, product and type; or a query built with `PriceSearch`.

        Per-call options:
            total_timeout: seconds for the whole call, retries and waits included.
            timeout: seconds for each step of an attempt (connect, read, write).
            extra_headers: headers sent as given.
            extra_query: query parameters sent as given.

        Returns:
            AsyncPager[Price]: iterate it for search results, one Price at a time; pages are fetched as needed (`max_items` caps the count).

        Raises:
            InvalidParameterError: a parameter was refused before anything was sent.
            InvalidRequestError: Stripe refused the request.
            APIStatusError: any other error status (AuthenticationError, RateLimitError, ...).
            APIConnectionError: no answer after the retries (APITimeoutError, DeadlineExceededError).
        """
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
        """Fetch one price by its id.

        Args:
            price (str, required): Id of the price (starts with `price_`).
            expand (list[str]): Dotted paths of fields to return as full objects instead of ids.

        Per-call options:
            total_timeout: seconds for the whole call, retries and waits included.
            timeout: seconds for each step of an attempt (connect, read, write).
            extra_headers: headers sent as given.
            extra_query: query parameters sent as given.

        Returns:
            Price: the object as Stripe answered.

        Raises:
            InvalidParameterError: a parameter was refused before anything was sent.
            InvalidRequestError: Stripe refused the request (NotFoundError: no object with that id).
            APIStatusError: any other error status (AuthenticationError, RateLimitError, ...).
            APIConnectionError: no answer after the retries (APITimeoutError, DeadlineExceededError).
        """
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
        """Change a price's names, lookup key or archive it; its amounts are fixed.

        Args:
            price (str, required): Id of the price (starts with `price_`).
            active (bool): Whether the price can be used for new purchases; false archives it.
            currency_options (Mapping[str, DefaultPriceDataCurrencyOptions] | Literal['']): The price's amounts in other currencies, keyed by currency code.
            expand (list[str]): Dotted paths of fields to return as full objects instead of ids.
            lookup_key (str): Your own key to fetch the price by, unique among active prices.
            metadata (Mapping[str, str] | Literal['']): Your own key-value pairs stored on the object.
            nickname (str): Internal name of the price, not shown to customers.
            tax_behavior (Literal['exclusive', 'inclusive', 'unspecified']): Whether the price includes tax (`inclusive`), excludes it (`exclusive`) or is not yet set.
            transfer_lookup_key (bool): Whether to move the lookup key from the price that has it now.

        Per-call options:
            idempotency_key: the key every retry of this call sends (a UUID4 when omitted).
            total_timeout: seconds for the whole call, retries and waits included.
            timeout: seconds for each step of an attempt (connect, read, write).
            extra_headers: headers sent as given.
            extra_query: query parameters sent as given.
            extra_body: form fields sent as given.

        Returns:
            Price: the object as Stripe answered.

        Raises:
            InvalidParameterError: a parameter was refused before anything was sent.
            InvalidRequestError: Stripe refused the request (NotFoundError: no object with that id).
            APIStatusError: any other error status (AuthenticationError, RateLimitError, ...).
            APIConnectionError: no answer after the retries (APITimeoutError, DeadlineExceededError).
        """
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
