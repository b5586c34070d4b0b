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
        """Every matching tax rate, newest first, page by page.

        Args:
            active (bool): Only active tax rates (true) or only archived ones (false).
            created (RangeQuerySpecs | int): Only objects created at this Unix timestamp in seconds, or within a range given as gt, gte, lt and lte bounds.
            ending_before (str): Object id to page backwards from: the page ends with the object listed right before it.
            expand (list[str]): Dotted paths of fields to return as full objects instead of ids.
            inclusive (bool): Only tax rates included in prices (true) or added on top (false).
            limit (int): How many objects to return on one page, from 1 to 100; 10 when omitted.
            starting_after (str): Object id to page forwards from: the page begins with the object listed right after it.

        Per-call options:
            total_timeout: seconds for the whole call, retries and waits included.
            timeout: seconds for each step of an attempt (connect, read, write).
            extra_headers: headers sent as given.
            extra_query: query parameters sent as given.

        Returns:
            SyncPager[TaxRate]: iterate it for every match, one TaxRate at a time; pages are fetched as needed (`max_items` caps the count).

        Raises:
            InvalidParameterError: a parameter was refused before anything was sent.
            InvalidRequestError: Stripe refused the request.
            APIStatusError: any other error status (AuthenticationError, RateLimitError, ...).
            APIConnectionError: no answer after the retries (APITimeoutError, DeadlineExceededError).
        """
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
        """Create a tax rate, inclusive or exclusive.

        Args:
            active (bool): Whether the rate can be applied to new invoices and items.
            country (str): Two-letter ISO country code of the tax jurisdiction.
            description (str): Internal note about the tax rate, not shown to customers.
            display_name (str, required): Name of the tax shown on invoices, such as `VAT` or `Sales tax`.
            expand (list[str]): Dotted paths of fields to return as full objects instead of ids.
            inclusive (bool, required): Whether the tax is included in the prices it applies to rather than added on top.
            jurisdiction (str): Name of the tax jurisdiction, shown on invoices.
            metadata (Mapping[str, str]): Your own key-value pairs stored on the object.
            percentage (float, required): The tax rate in percent.
            state (str): ISO 3166-2 subdivision code of the tax jurisdiction, without the country prefix.
            tax_type (Literal['admissions_tax', 'amusement_tax', 'attendance_tax', 'communications_tax', 'digital_excise_tax', 'entertainment_tax', 'get_fund', 'gross_receipts_tax', 'gst', 'hospitality_tax', 'hst', 'igst', 'jct', 'lease_tax', 'luxury_tax', 'mass_transit_parking_tax', 'nhil', 'parking_tax', 'pst', 'qst', 'resort_tax', 'retail_delivery_fee', 'rst', 'sales_tax', 'service_tax', 'tourism_tax', 'utility_users_tax', 'vat']): Kind of tax, such as `vat` or `sales_tax`.

        Per-call options:
            idempotency_key: the key every retry of this call sends (a UUID4 when omitted).
            total_timeout: seconds for the whole call, retries and waits included.
            timeout: seconds for each step of an attempt (connect, read, write).
            extra_headers: headers sent as given.
            extra_query: query parameters sent as given.
            extra_body: form fields sent as given.

        Returns:
            TaxRate: the object as Stripe answered.

        Raises:
            InvalidParameterError: a parameter was refused before anything was sent.
            InvalidRequestError: Stripe refused the request.
            APIStatusError: any other error status (AuthenticationError, RateLimitError, ...).
            APIConnectionError: no answer after the retries (APITimeoutError, DeadlineExceededError).
        """
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
        """Fetch one tax rate by its id.

        Args:
            tax_rate (str, required): Id of the tax rate (starts with `txr_`).
            expand (list[str]): Dotted paths of fields to return as full objects instead of ids.

        Per-call options:
            total_timeout: seconds for the whole call, retries and waits included.
            timeout: seconds for each step of an attempt (connect, read, write).
            extra_headers: headers sent as given.
            extra_query: query parameters sent as given.

        Returns:
            TaxRate: the object as Stripe answered.

        Raises:
            InvalidParameterError: a parameter was refused before anything was sent.
            InvalidRequestError: Stripe refused the request (NotFoundError: no object with that id).
            APIStatusError: any other error status (AuthenticationError, RateLimitError, ...).
            APIConnectionError: no answer after the retries (APITimeoutError, DeadlineExceededError).
        """
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
        """Change a tax rate's names or archive it; its percentage is fixed.

        Args:
            tax_rate (str, required): Id of the tax rate (starts with `txr_`).
            active (bool): Whether the rate can be applied to new invoices and items; false archives it.
            country (str): Two-letter ISO country code of the tax jurisdiction.
            description (str): Internal note about the tax rate, not shown to customers.
            display_name (str): Name of the tax shown on invoices, such as `VAT` or `Sales tax`.
            expand (list[str]): Dotted paths of fields to return as full objects instead of ids.
            jurisdiction (str): Name of the tax jurisdiction, shown on invoices.
            metadata (Mapping[str, str] | Literal['']): Your own key-value pairs stored on the object.
            state (str): ISO 3166-2 subdivision code of the tax jurisdiction, without the country prefix.
            tax_type (Literal['admissions_tax', 'amusement_tax', 'attendance_tax', 'communications_tax', 'digital_excise_tax', 'entertainment_tax', 'get_fund', 'gross_receipts_tax', 'gst', 'hospitality_tax', 'hst', 'igst', 'jct', 'lease_tax', 'luxury_tax', 'mass_transit_parking_tax', 'nhil', 'parking_tax', 'pst', 'qst', 'resort_tax', 'retail_delivery_fee', 'rst', 'sales_tax', 'service_tax', 'tourism_tax', 'utility_users_tax', 'vat']): Kind of tax, such as `vat` or `sales_tax`.

        Per-call options:
            idempotency_key: the key every retry of this call sends (a UUID4 when omitted).
            total_timeout: seconds for the whole call, retries and waits included.
            timeout: seconds for each step of an attempt (connect, read, write).
            extra_headers: headers sent as given.
            extra_query: query parameters sent as given.
            extra_body: form fields sent as given.

        Returns:
            TaxRate: the object as Stripe answered.

        Raises:
            InvalidParameterError: a parameter was refused before anything was sent.
            InvalidRequestError: Stripe refused the request (NotFoundError: no object with that id).
            APIStatusError: any other error status (AuthenticationError, RateLimitError, ...).
            APIConnectionError: no answer after the retries (APITimeoutError, DeadlineExceededError).
        """
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
        """Every matching tax rate, newest first, page by page.

        Args:
            active (bool): Only active tax rates (true) or only archived ones (false).
            created (RangeQuerySpecs | int): Only objects created at this Unix timestamp in seconds, or within a range given as gt, gte, lt and lte bounds.
            ending_before (str): Object id to page backwards from: the page ends with the object listed right before it.
            expand (list[str]): Dotted paths of fields to return as full objects instead of ids.
            inclusive (bool): Only tax rates included in prices (true) or added on top (false).
            limit (int): How many objects to return on one page, from 1 to 100; 10 when omitted.
            starting_after (str): Object id to page forwards from: the page begins with the object listed right after it.

        Per-call options:
            total_timeout: seconds for the whole call, retries and waits included.
            timeout: seconds for each step of an attempt (connect, read, write).
            extra_headers: headers sent as given.
            extra_query: query parameters sent as given.

        Returns:
            AsyncPager[TaxRate]: iterate it for every match, one TaxRate at a time; pages are fetched as needed (`max_items` caps the count).

        Raises:
            InvalidParameterError: a parameter was refused before anything was sent.
            InvalidRequestError: Stripe refused the request.
            APIStatusError: any other error status (AuthenticationError, RateLimitError, ...).
            APIConnectionError: no answer after the retries (APITimeoutError, DeadlineExceededError).
        """
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
        """Create a tax rate, inclusive or exclusive.

        Args:
            active (bool): Whether the rate can be applied to new invoices and items.
            country (str): Two-letter ISO country code of the tax jurisdiction.
            description (str): Internal note about the tax rate, not shown to customers.
            display_name (str, required): Name of the tax shown on invoices, such as `VAT` or `Sales tax`.
            expand (list[str]): Dotted paths of fields to return as full objects instead of ids.
            inclusive (bool, required): Whether the tax is included in the prices it applies to rather than added on top.
            jurisdiction (str): Name of the tax jurisdiction, shown on invoices.
            metadata (Mapping[str, str]): Your own key-value pairs stored on the object.
            percentage (float, required): The tax rate in percent.
            state (str): ISO 3166-2 subdivision code of the tax jurisdiction, without the country prefix.
            tax_type (Literal['admissions_tax', 'amusement_tax', 'attendance_tax', 'communications_tax', 'digital_excise_tax', 'entertainment_tax', 'get_fund', 'gross_receipts_tax', 'gst', 'hospitality_tax', 'hst', 'igst', 'jct', 'lease_tax', 'luxury_tax', 'mass_transit_parking_tax', 'nhil', 'parking_tax', 'pst', 'qst', 'resort_tax', 'retail_delivery_fee', 'rst', 'sales_tax', 'service_tax', 'tourism_tax', 'utility_users_tax', 'vat']): Kind of tax, such as `vat` or `sales_tax`.

        Per-call options:
            idempotency_key: the key every retry of this call sends (a UUID4 when omitted).
            total_timeout: seconds for the whole call, retries and waits included.
            timeout: seconds for each step of an attempt (connect, read, write).
            extra_headers: headers sent as given.
            extra_query: query parameters sent as given.
            extra_body: form fields sent as given.

        Returns:
            TaxRate: the object as Stripe answered.

        Raises:
            InvalidParameterError: a parameter was refused before anything was sent.
            InvalidRequestError: Stripe refused the request.
            APIStatusError: any other error status (AuthenticationError, RateLimitError, ...).
            APIConnectionError: no answer after the retries (APITimeoutError, DeadlineExceededError).
        """
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
        """Fetch one tax rate by its id.

        Args:
            tax_rate (str, required): Id of the tax rate (starts with `txr_`).
            expand (list[str]): Dotted paths of fields to return as full objects instead of ids.

        Per-call options:
            total_timeout: seconds for the whole call, retries and waits included.
            timeout: seconds for each step of an attempt (connect, read, write).
            extra_headers: headers sent as given.
            extra_query: query parameters sent as given.

        Returns:
            TaxRate: the object as Stripe answered.

        Raises:
            InvalidParameterError: a parameter was refused before anything was sent.
            InvalidRequestError: Stripe refused the request (NotFoundError: no object with that id).
            APIStatusError: any other error status (AuthenticationError, RateLimitError, ...).
            APIConnectionError: no answer after the retries (APITimeoutError, DeadlineExceededError).
        """
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
        """Change a tax rate's names or archive it; its percentage is fixed.

        Args:
            tax_rate (str, required): Id of the tax rate (starts with `txr_`).
            active (bool): Whether the rate can be applied to new invoices and items; false archives it.
            country (str): Two-letter ISO country code of the tax jurisdiction.
            description (str): Internal note about the tax rate, not shown to customers.
            display_name (str): Name of the tax shown on invoices, such as `VAT` or `Sales tax`.
            expand (list[str]): Dotted paths of fields to return as full objects instead of ids.
            jurisdiction (str): Name of the tax jurisdiction, shown on invoices.
            metadata (Mapping[str, str] | Literal['']): Your own key-value pairs stored on the object.
            state (str): ISO 3166-2 subdivision code of the tax jurisdiction, without the country prefix.
            tax_type (Literal['admissions_tax', 'amusement_tax', 'attendance_tax', 'communications_tax', 'digital_excise_tax', 'entertainment_tax', 'get_fund', 'gross_receipts_tax', 'gst', 'hospitality_tax', 'hst', 'igst', 'jct', 'lease_tax', 'luxury_tax', 'mass_transit_parking_tax', 'nhil', 'parking_tax', 'pst', 'qst', 'resort_tax', 'retail_delivery_fee', 'rst', 'sales_tax', 'service_tax', 'tourism_tax', 'utility_users_tax', 'vat']): Kind of tax, such as `vat` or `sales_tax`.

        Per-call options:
            idempotency_key: the key every retry of this call sends (a UUID4 when omitted).
            total_timeout: seconds for the whole call, retries and waits included.
            timeout: seconds for each step of an attempt (connect, read, write).
            extra_headers: headers sent as given.
            extra_query: query parameters sent as given.
            extra_body: form fields sent as given.

        Returns:
            TaxRate: the object as Stripe answered.

        Raises:
            InvalidParameterError: a parameter was refused before anything was sent.
            InvalidRequestError: Stripe refused the request (NotFoundError: no object with that id).
            APIStatusError: any other error status (AuthenticationError, RateLimitError, ...).
            APIConnectionError: no answer after the retries (APITimeoutError, DeadlineExceededError).
        """
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
