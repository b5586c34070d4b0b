"""`client.billing_portal.sessions` (generated from the operations table; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._core.options import request_options
from ..._core.resource import (
    AsyncAPIResource,
    SyncAPIResource,
    async_raw,
    raw,
)
from ..operations import PostBillingPortalSessions

if TYPE_CHECKING:
    from collections.abc import Mapping

    import httpx
    from typing_extensions import Unpack

    from ..models import billing_portal as models_billing_portal
    from ..params import billing_portal_sessions as params_billing_portal_sessions


class BillingPortalSessions(SyncAPIResource):
    """Portal sessions: short-lived links that let one customer into the portal."""

    def create(
        self,
        *,
        idempotency_key: str | None = None,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        **params: Unpack[params_billing_portal_sessions.BillingPortalSessionCreateParams],
    ) -> models_billing_portal.BillingPortalSession:
        """Create a portal session for a customer: send them to its `url`.

        Args:
            after_expiration (AfterExpiration): How a customer can get back to the portal after the session ends.
            configuration (str): Id of the configuration to use; the default one when omitted.
            customer (str): Id of the customer the session is for.
            customer_account (str): Id of the account, as a customer, the session is for.
            expand (list[str]): Dotted paths of fields to return as full objects instead of ids.
            flow_data (FlowData): A particular flow to open the portal on, such as cancelling a subscription.
            locale (Literal['auto', 'bg', 'cs', 'da', 'de', 'el', 'en', 'en-AU', 'en-CA', 'en-GB', 'en-IE', 'en-IN', 'en-NZ', 'en-SG', 'es', 'es-419', 'et', 'fi', 'fil', 'fr', 'fr-CA', 'hr', 'hu', 'id', 'it', 'ja', 'ko', 'lt', 'lv', 'ms', 'mt', 'nb', 'nl', 'pl', 'pt', 'pt-BR', 'ro', 'ru', 'sk', 'sl', 'sv', 'th', 'tr', 'vi', 'zh', 'zh-HK', 'zh-TW']): The language to show the portal in; the browser's when omitted.
            on_behalf_of (str): Id of the connected account whose branding the portal shows.
            return_url (str): Where the customer goes when leaving the portal.

        Per-call options:
            idempotency_key: the key every retry of this call sends (a UUID4 when omitted).
            total_timeout: seconds for the whole call, retries and waits included.
            timeout: seconds for each step of an attempt (connect, read, write).
            extra_headers: headers sent as given.
            extra_query: query parameters sent as given.
            extra_body: form fields sent as given.

        Returns:
            BillingPortalSession: the object as Stripe answered.

        Raises:
            InvalidParameterError: a parameter was refused before anything was sent.
            InvalidRequestError: Stripe refused the request.
            APIStatusError: any other error status (AuthenticationError, RateLimitError, ...).
            APIConnectionError: no answer after the retries (APITimeoutError, DeadlineExceededError).
        """
        return self._call(
            PostBillingPortalSessions,
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


class AsyncBillingPortalSessions(AsyncAPIResource):
    """Portal sessions: short-lived links that let one customer into the portal."""

    async def create(
        self,
        *,
        idempotency_key: str | None = None,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        **params: Unpack[params_billing_portal_sessions.BillingPortalSessionCreateParams],
    ) -> models_billing_portal.BillingPortalSession:
        """Create a portal session for a customer: send them to its `url`.

        Args:
            after_expiration (AfterExpiration): How a customer can get back to the portal after the session ends.
            configuration (str): Id of the configuration to use; the default one when omitted.
            customer (str): Id of the customer the session is for.
            customer_account (str): Id of the account, as a customer, the session is for.
            expand (list[str]): Dotted paths of fields to return as full objects instead of ids.
            flow_data (FlowData): A particular flow to open the portal on, such as cancelling a subscription.
            locale (Literal['auto', 'bg', 'cs', 'da', 'de', 'el', 'en', 'en-AU', 'en-CA', 'en-GB', 'en-IE', 'en-IN', 'en-NZ', 'en-SG', 'es', 'es-419', 'et', 'fi', 'fil', 'fr', 'fr-CA', 'hr', 'hu', 'id', 'it', 'ja', 'ko', 'lt', 'lv', 'ms', 'mt', 'nb', 'nl', 'pl', 'pt', 'pt-BR', 'ro', 'ru', 'sk', 'sl', 'sv', 'th', 'tr', 'vi', 'zh', 'zh-HK', 'zh-TW']): The language to show the portal in; the browser's when omitted.
            on_behalf_of (str): Id of the connected account whose branding the portal shows.
            return_url (str): Where the customer goes when leaving the portal.

        Per-call options:
            idempotency_key: the key every retry of this call sends (a UUID4 when omitted).
            total_timeout: seconds for the whole call, retries and waits included.
            timeout: seconds for each step of an attempt (connect, read, write).
            extra_headers: headers sent as given.
            extra_query: query parameters sent as given.
            extra_body: form fields sent as given.

        Returns:
            BillingPortalSession: the object as Stripe answered.

        Raises:
            InvalidParameterError: a parameter was refused before anything was sent.
            InvalidRequestError: Stripe refused the request.
            APIStatusError: any other error status (AuthenticationError, RateLimitError, ...).
            APIConnectionError: no answer after the retries (APITimeoutError, DeadlineExceededError).
        """
        return await self._call(
            PostBillingPortalSessions,
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


class BillingPortalSessionsWithRawResponse:
    """`with_raw_response` for BillingPortalSessions: the same methods, returning RawResponse."""

    def __init__(self, resource: BillingPortalSessions) -> None:
        self.create = raw(resource.create)


class AsyncBillingPortalSessionsWithRawResponse:
    """`with_raw_response` for BillingPortalSessions: the same methods, returning RawResponse."""

    def __init__(self, resource: AsyncBillingPortalSessions) -> None:
        self.create = async_raw(resource.create)
