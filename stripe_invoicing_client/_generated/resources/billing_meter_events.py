"""`client.billing.meter_events` (generated from the operations table; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._core.options import request_options
from ..._core.resource import (
    AsyncAPIResource,
    SyncAPIResource,
    async_raw,
    raw,
)
from ..operations import PostBillingMeterEvents

if TYPE_CHECKING:
    from collections.abc import Mapping

    import httpx
    from typing_extensions import Unpack

    from ..models import meter as models_meter
    from ..params import billing_meter_events as params_billing_meter_events


class BillingMeterEvents(SyncAPIResource):
    """Meter events: usage reported to the meters of their name."""

    def create(
        self,
        *,
        idempotency_key: str | None = None,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        **params: Unpack[params_billing_meter_events.BillingMeterEventCreateParams],
    ) -> models_meter.BillingMeterEvent:
        """Report one usage event to the meters of its name.

        Args:
            event_name (str, required): The name of the meter the event is for.
            expand (list[str]): Dotted paths of fields to return as full objects instead of ids.
            identifier (str): A unique identifier for the event, used to drop duplicates; generated when omitted.
            payload (Mapping[str, str], required): The event's values: the customer and the usage value, by key.
            timestamp (int): When the usage happened, as a Unix timestamp in seconds; now when omitted.

        Per-call options:
            idempotency_key: the key every retry of this call sends (a UUID4 when omitted).
            total_timeout: seconds for the whole call, retries and waits included.
            timeout: seconds for each step of an attempt (connect, read, write).
            extra_headers: headers sent as given.
            extra_query: query parameters sent as given.
            extra_body: form fields sent as given.

        Returns:
            BillingMeterEvent: the object as Stripe answered.

        Raises:
            InvalidParameterError: a parameter was refused before anything was sent.
            InvalidRequestError: Stripe refused the request.
            APIStatusError: any other error status (AuthenticationError, RateLimitError, ...).
            APIConnectionError: no answer after the retries (APITimeoutError, DeadlineExceededError).
        """
        return self._call(
            PostBillingMeterEvents,
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


class AsyncBillingMeterEvents(AsyncAPIResource):
    """Meter events: usage reported to the meters of their name."""

    async def create(
        self,
        *,
        idempotency_key: str | None = None,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        **params: Unpack[params_billing_meter_events.BillingMeterEventCreateParams],
    ) -> models_meter.BillingMeterEvent:
        """Report one usage event to the meters of its name.

        Args:
            event_name (str, required): The name of the meter the event is for.
            expand (list[str]): Dotted paths of fields to return as full objects instead of ids.
            identifier (str): A unique identifier for the event, used to drop duplicates; generated when omitted.
            payload (Mapping[str, str], required): The event's values: the customer and the usage value, by key.
            timestamp (int): When the usage happened, as a Unix timestamp in seconds; now when omitted.

        Per-call options:
            idempotency_key: the key every retry of this call sends (a UUID4 when omitted).
            total_timeout: seconds for the whole call, retries and waits included.
            timeout: seconds for each step of an attempt (connect, read, write).
            extra_headers: headers sent as given.
            extra_query: query parameters sent as given.
            extra_body: form fields sent as given.

        Returns:
            BillingMeterEvent: the object as Stripe answered.

        Raises:
            InvalidParameterError: a parameter was refused before anything was sent.
            InvalidRequestError: Stripe refused the request.
            APIStatusError: any other error status (AuthenticationError, RateLimitError, ...).
            APIConnectionError: no answer after the retries (APITimeoutError, DeadlineExceededError).
        """
        return await self._call(
            PostBillingMeterEvents,
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


class BillingMeterEventsWithRawResponse:
    """`with_raw_response` for BillingMeterEvents: the same methods, returning RawResponse."""

    def __init__(self, resource: BillingMeterEvents) -> None:
        self.create = raw(resource.create)


class AsyncBillingMeterEventsWithRawResponse:
    """`with_raw_response` for BillingMeterEvents: the same methods, returning RawResponse."""

    def __init__(self, resource: AsyncBillingMeterEvents) -> None:
        self.create = async_raw(resource.create)
