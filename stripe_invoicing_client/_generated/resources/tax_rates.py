"""`client.tax_rates` (generated from the operations table; do not edit)."""

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
from ..operations import GetTaxRates, GetTaxRatesTaxRate, PostTaxRates, PostTaxRatesTaxRate

if TYPE_CHECKING:
    from collections.abc import Mapping

    import httpx
    from typing_extensions import Unpack

    from ..._core.pagination import AsyncPager, SyncPager
    from ..models import tax as models_tax
    from ..params import tax_rates as params_tax_rates


class TaxRates(SyncAPIResource):
    """Tax rates: percentages, included in prices or added on top, that lines apply."""

    def list(
        self,
        *,
        max_items: int | None = None,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        **params: Unpack[params_tax_rates.TaxRateListParams],
    ) -> SyncPager[models_tax.TaxRate]:
        """Every matching tax rate, newest first, page by page."""
        return self._pager(
            GetTaxRates,
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
        **params: Unpack[params_tax_rates.TaxRateCreateParams],
    ) -> models_tax.TaxRate:
        """Create a tax rate, inclusive or exclusive."""
        return self._call(
            PostTaxRates,
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

    def retrieve(
        self,
        tax_rate: str,
        /,
        *,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        **params: Unpack[params_tax_rates.TaxRateRetrieveParams],
    ) -> models_tax.TaxRate:
        """Fetch one tax rate by its id."""
        return self._call(
            GetTaxRatesTaxRate,
            {"tax_rate": tax_rate},
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
        tax_rate: str,
        /,
        *,
        idempotency_key: str | None = None,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        **params: Unpack[params_tax_rates.TaxRateUpdateParams],
    ) -> models_tax.TaxRate:
        """Change a tax rate's names or archive it; its percentage is fixed."""
        return self._call(
            PostTaxRatesTaxRate,
            {"tax_rate": tax_rate},
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


class AsyncTaxRates(AsyncAPIResource):
    """Tax rates: percentages, included in prices or added on top, that lines apply."""

    def list(
        self,
        *,
        max_items: int | None = None,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        **params: Unpack[params_tax_rates.TaxRateListParams],
    ) -> AsyncPager[models_tax.TaxRate]:
        """Every matching tax rate, newest first, page by page."""
        return self._pager(
            GetTaxRates,
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
        **params: Unpack[params_tax_rates.TaxRateCreateParams],
    ) -> models_tax.TaxRate:
        """Create a tax rate, inclusive or exclusive."""
        return await self._call(
            PostTaxRates,
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

    async def retrieve(
        self,
        tax_rate: str,
        /,
        *,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        **params: Unpack[params_tax_rates.TaxRateRetrieveParams],
    ) -> models_tax.TaxRate:
        """Fetch one tax rate by its id."""
        return await self._call(
            GetTaxRatesTaxRate,
            {"tax_rate": tax_rate},
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
        tax_rate: str,
        /,
        *,
        idempotency_key: str | None = None,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        **params: Unpack[params_tax_rates.TaxRateUpdateParams],
    ) -> models_tax.TaxRate:
        """Change a tax rate's names or archive it; its percentage is fixed."""
        return await self._call(
            PostTaxRatesTaxRate,
            {"tax_rate": tax_rate},
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


class TaxRatesWithRawResponse:
    """`with_raw_response` for TaxRates: the same methods, returning RawResponse."""

    def __init__(self, resource: TaxRates) -> None:
        self.list = raw_first_page(resource.list, GetTaxRates)
        self.create = raw(resource.create)
        self.retrieve = raw(resource.retrieve)
        self.update = raw(resource.update)


class AsyncTaxRatesWithRawResponse:
    """`with_raw_response` for TaxRates: the same methods, returning RawResponse."""

    def __init__(self, resource: AsyncTaxRates) -> None:
        self.list = async_raw_first_page(resource.list, GetTaxRates)
        self.create = async_raw(resource.create)
        self.retrieve = async_raw(resource.retrieve)
        self.update = async_raw(resource.update)
