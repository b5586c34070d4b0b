"""`client.billing_portal.configurations` (generated from the operations table; do not edit)."""

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
    GetBillingPortalConfigurations,
    GetBillingPortalConfigurationsConfiguration,
    PostBillingPortalConfigurations,
    PostBillingPortalConfigurationsConfiguration,
)

if TYPE_CHECKING:
    from collections.abc import Mapping

    import httpx
    from typing_extensions import Unpack

    from ..._core.pagination import AsyncPager, SyncPager
    from ..models import billing_portal as models_billing_portal
    from ..params import billing_portal_configurations as params_billing_portal_configurations


class BillingPortalConfigurations(SyncAPIResource):
    """Portal configurations: what customers can see and do in the portal."""

    def list(
        self,
        *,
        max_items: int | None = None,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        **params: Unpack[params_billing_portal_configurations.BillingPortalConfigurationListParams],
    ) -> SyncPager[models_billing_portal.BillingPortalConfiguration]:
        """Every portal configuration, newest first, page by page.

        Args:
            active (bool): Only active (true) or inactive (false) configurations.
            ending_before (str): Object id to page backwards from: the page ends with the object listed right before it.
            expand (list[str]): Dotted paths of fields to return as full objects instead of ids.
            is_default (bool): Only the default configuration (true) or the others.
            limit (int): How many objects to return on one page, from 1 to 100; 10 when omitted.
            starting_after (str): Object id to page forwards from: the page begins with the object listed right after it.

        Per-call options:
            total_timeout: seconds for the whole call, retries and waits included.
            timeout: seconds for each step of an attempt (connect, read, write).
            extra_headers: headers sent as given.
            extra_query: query parameters sent as given.

        Returns:
            SyncPager[BillingPortalConfiguration]: iterate it for every match, one BillingPortalConfiguration at a time; pages are fetched as needed (`max_items` caps the count).

        Raises:
            InvalidParameterError: a parameter was refused before anything was sent.
            InvalidRequestError: Stripe refused the request.
            APIStatusError: any other error status (AuthenticationError, RateLimitError, ...).
            APIConnectionError: no answer after the retries (APITimeoutError, DeadlineExceededError).
        """
        return self._pager(
            GetBillingPortalConfigurations,
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
        **params: Unpack[
            params_billing_portal_configurations.BillingPortalConfigurationCreateParams
        ],
    ) -> models_billing_portal.BillingPortalConfiguration:
        """Create a portal configuration: the features customers get.

        Args:
            business_profile (BusinessProfile): The business information shown in the portal.
            default_return_url (str | Literal['']): Where customers go back to when a session sets no return URL.
            expand (list[str]): Dotted paths of fields to return as full objects instead of ids.
            features (Features, required): What customers may do in the portal.
            login_page (AutomaticTax): Whether a shareable login link to the portal is enabled.
            metadata (Mapping[str, str]): Key-value pairs to store with the object; an empty value removes a key.
            name (str | Literal['']): A name for the configuration, for your own reference.

        Per-call options:
            idempotency_key: the key every retry of this call sends (a UUID4 when omitted).
            total_timeout: seconds for the whole call, retries and waits included.
            timeout: seconds for each step of an attempt (connect, read, write).
            extra_headers: headers sent as given.
            extra_query: query parameters sent as given.
            extra_body: form fields sent as given.

        Returns:
            BillingPortalConfiguration: the object as Stripe answered.

        Raises:
            InvalidParameterError: a parameter was refused before anything was sent.
            InvalidRequestError: Stripe refused the request.
            APIStatusError: any other error status (AuthenticationError, RateLimitError, ...).
            APIConnectionError: no answer after the retries (APITimeoutError, DeadlineExceededError).
        """
        return self._call(
            PostBillingPortalConfigurations,
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
        configuration: str,
        /,
        *,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        **params: Unpack[
            params_billing_portal_configurations.BillingPortalConfigurationRetrieveParams
        ],
    ) -> models_billing_portal.BillingPortalConfiguration:
        """Fetch one portal configuration by its id.

        Args:
            configuration (str, required): Id of the portal configuration (starts with `bpc_`).
            expand (list[str]): Dotted paths of fields to return as full objects instead of ids.

        Per-call options:
            total_timeout: seconds for the whole call, retries and waits included.
            timeout: seconds for each step of an attempt (connect, read, write).
            extra_headers: headers sent as given.
            extra_query: query parameters sent as given.

        Returns:
            BillingPortalConfiguration: the object as Stripe answered.

        Raises:
            InvalidParameterError: a parameter was refused before anything was sent.
            InvalidRequestError: Stripe refused the request (NotFoundError: no object with that id).
            APIStatusError: any other error status (AuthenticationError, RateLimitError, ...).
            APIConnectionError: no answer after the retries (APITimeoutError, DeadlineExceededError).
        """
        return self._call(
            GetBillingPortalConfigurationsConfiguration,
            {"configuration": configuration},
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
        configuration: str,
        /,
        *,
        idempotency_key: str | None = None,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        **params: Unpack[
            params_billing_portal_configurations.BillingPortalConfigurationUpdateParams
        ],
    ) -> models_billing_portal.BillingPortalConfiguration:
        """Change a portal configuration.

        Args:
            configuration (str, required): Id of the portal configuration (starts with `bpc_`).
            active (bool): Whether sessions can be created with it.
            business_profile (BusinessProfileParam): The business information shown in the portal.
            default_return_url (str | Literal['']): Where customers go back to when a session sets no return URL.
            expand (list[str]): Dotted paths of fields to return as full objects instead of ids.
            features (FeaturesParam): What customers may do in the portal.
            login_page (AutomaticTax): Whether a shareable login link to the portal is enabled.
            metadata (Mapping[str, str] | Literal['']): Key-value pairs to store with the object; an empty value removes a key.
            name (str | Literal['']): A name for the configuration, for your own reference.

        Per-call options:
            idempotency_key: the key every retry of this call sends (a UUID4 when omitted).
            total_timeout: seconds for the whole call, retries and waits included.
            timeout: seconds for each step of an attempt (connect, read, write).
            extra_headers: headers sent as given.
            extra_query: query parameters sent as given.
            extra_body: form fields sent as given.

        Returns:
            BillingPortalConfiguration: the object as Stripe answered.

        Raises:
            InvalidParameterError: a parameter was refused before anything was sent.
            InvalidRequestError: Stripe refused the request (NotFoundError: no object with that id).
            APIStatusError: any other error status (AuthenticationError, RateLimitError, ...).
            APIConnectionError: no answer after the retries (APITimeoutError, DeadlineExceededError).
        """
        return self._call(
            PostBillingPortalConfigurationsConfiguration,
            {"configuration": configuration},
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


class AsyncBillingPortalConfigurations(AsyncAPIResource):
    """Portal configurations: what customers can see and do in the portal."""

    def list(
        self,
        *,
        max_items: int | None = None,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        **params: Unpack[params_billing_portal_configurations.BillingPortalConfigurationListParams],
    ) -> AsyncPager[models_billing_portal.BillingPortalConfiguration]:
        """Every portal configuration, newest first, page by page.

        Args:
            active (bool): Only active (true) or inactive (false) configurations.
            ending_before (str): Object id to page backwards from: the page ends with the object listed right before it.
            expand (list[str]): Dotted paths of fields to return as full objects instead of ids.
            is_default (bool): Only the default configuration (true) or the others.
            limit (int): How many objects to return on one page, from 1 to 100; 10 when omitted.
            starting_after (str): Object id to page forwards from: the page begins with the object listed right after it.

        Per-call options:
            total_timeout: seconds for the whole call, retries and waits included.
            timeout: seconds for each step of an attempt (connect, read, write).
            extra_headers: headers sent as given.
            extra_query: query parameters sent as given.

        Returns:
            AsyncPager[BillingPortalConfiguration]: iterate it for every match, one BillingPortalConfiguration at a time; pages are fetched as needed (`max_items` caps the count).

        Raises:
            InvalidParameterError: a parameter was refused before anything was sent.
            InvalidRequestError: Stripe refused the request.
            APIStatusError: any other error status (AuthenticationError, RateLimitError, ...).
            APIConnectionError: no answer after the retries (APITimeoutError, DeadlineExceededError).
        """
        return self._pager(
            GetBillingPortalConfigurations,
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
        **params: Unpack[
            params_billing_portal_configurations.BillingPortalConfigurationCreateParams
        ],
    ) -> models_billing_portal.BillingPortalConfiguration:
        """Create a portal configuration: the features customers get.

        Args:
            business_profile (BusinessProfile): The business information shown in the portal.
            default_return_url (str | Literal['']): Where customers go back to when a session sets no return URL.
            expand (list[str]): Dotted paths of fields to return as full objects instead of ids.
            features (Features, required): What customers may do in the portal.
            login_page (AutomaticTax): Whether a shareable login link to the portal is enabled.
            metadata (Mapping[str, str]): Key-value pairs to store with the object; an empty value removes a key.
            name (str | Literal['']): A name for the configuration, for your own reference.

        Per-call options:
            idempotency_key: the key every retry of this call sends (a UUID4 when omitted).
            total_timeout: seconds for the whole call, retries and waits included.
            timeout: seconds for each step of an attempt (connect, read, write).
            extra_headers: headers sent as given.
            extra_query: query parameters sent as given.
            extra_body: form fields sent as given.

        Returns:
            BillingPortalConfiguration: the object as Stripe answered.

        Raises:
            InvalidParameterError: a parameter was refused before anything was sent.
            InvalidRequestError: Stripe refused the request.
            APIStatusError: any other error status (AuthenticationError, RateLimitError, ...).
            APIConnectionError: no answer after the retries (APITimeoutError, DeadlineExceededError).
        """
        return await self._call(
            PostBillingPortalConfigurations,
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
        configuration: str,
        /,
        *,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        **params: Unpack[
            params_billing_portal_configurations.BillingPortalConfigurationRetrieveParams
        ],
    ) -> models_billing_portal.BillingPortalConfiguration:
        """Fetch one portal configuration by its id.

        Args:
            configuration (str, required): Id of the portal configuration (starts with `bpc_`).
            expand (list[str]): Dotted paths of fields to return as full objects instead of ids.

        Per-call options:
            total_timeout: seconds for the whole call, retries and waits included.
            timeout: seconds for each step of an attempt (connect, read, write).
            extra_headers: headers sent as given.
            extra_query: query parameters sent as given.

        Returns:
            BillingPortalConfiguration: the object as Stripe answered.

        Raises:
            InvalidParameterError: a parameter was refused before anything was sent.
            InvalidRequestError: Stripe refused the request (NotFoundError: no object with that id).
            APIStatusError: any other error status (AuthenticationError, RateLimitError, ...).
            APIConnectionError: no answer after the retries (APITimeoutError, DeadlineExceededError).
        """
        return await self._call(
            GetBillingPortalConfigurationsConfiguration,
            {"configuration": configuration},
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
        configuration: str,
        /,
        *,
        idempotency_key: str | None = None,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        **params: Unpack[
            params_billing_portal_configurations.BillingPortalConfigurationUpdateParams
        ],
    ) -> models_billing_portal.BillingPortalConfiguration:
        """Change a portal configuration.

        Args:
            configuration (str, required): Id of the portal configuration (starts with `bpc_`).
            active (bool): Whether sessions can be created with it.
            business_profile (BusinessProfileParam): The business information shown in the portal.
            default_return_url (str | Literal['']): Where customers go back to when a session sets no return URL.
            expand (list[str]): Dotted paths of fields to return as full objects instead of ids.
            features (FeaturesParam): What customers may do in the portal.
            login_page (AutomaticTax): Whether a shareable login link to the portal is enabled.
            metadata (Mapping[str, str] | Literal['']): Key-value pairs to store with the object; an empty value removes a key.
            name (str | Literal['']): A name for the configuration, for your own reference.

        Per-call options:
            idempotency_key: the key every retry of this call sends (a UUID4 when omitted).
            total_timeout: seconds for the whole call, retries and waits included.
            timeout: seconds for each step of an attempt (connect, read, write).
            extra_headers: headers sent as given.
            extra_query: query parameters sent as given.
            extra_body: form fields sent as given.

        Returns:
            BillingPortalConfiguration: the object as Stripe answered.

        Raises:
            InvalidParameterError: a parameter was refused before anything was sent.
            InvalidRequestError: Stripe refused the request (NotFoundError: no object with that id).
            APIStatusError: any other error status (AuthenticationError, RateLimitError, ...).
            APIConnectionError: no answer after the retries (APITimeoutError, DeadlineExceededError).
        """
        return await self._call(
            PostBillingPortalConfigurationsConfiguration,
            {"configuration": configuration},
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


class BillingPortalConfigurationsWithRawResponse:
    """`with_raw_response` for BillingPortalConfigurations: the same methods, returning RawResponse."""

    def __init__(self, resource: BillingPortalConfigurations) -> None:
        self.list = raw_first_page(resource.list, GetBillingPortalConfigurations)
        self.create = raw(resource.create)
        self.retrieve = raw(resource.retrieve)
        self.update = raw(resource.update)


class AsyncBillingPortalConfigurationsWithRawResponse:
    """`with_raw_response` for BillingPortalConfigurations: the same methods, returning RawResponse."""

    def __init__(self, resource: AsyncBillingPortalConfigurations) -> None:
        self.list = async_raw_first_page(resource.list, GetBillingPortalConfigurations)
        self.create = async_raw(resource.create)
        self.retrieve = async_raw(resource.retrieve)
        self.update = async_raw(resource.update)
