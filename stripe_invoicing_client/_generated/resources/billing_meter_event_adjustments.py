"""`client.billing.meter_event_adjustments` (generated from the operations table; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._core.options import request_options
from ..._core.resource import (
    AsyncAPIResource,
    SyncAPIResource,
    async_raw,
    raw,
)
from ..operations import PostBillingMeterEventAdjustments

if TYPE_CHECKING:
    from collections.abc import Mapping

    import httpx
    from typing_extensions import Unpack

    from ..models import meter as models_meter
    from ..params import billing_meter_event_adjustments as params_billing_meter_event_adjustments


class BillingMeterEventAdjustments(SyncAPIResource):
    """Meter event adjustments: corrections to reported usage."""

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
            params_billing_meter_event_adjustments.BillingMeterEventAdjustmentCreateParams
        ],
    ) -> models_meter.BillingMeterEventAdjustment:
        """Correct reported usage, such as by cancelling an event.

        Args:
            cancel (Cancel): Which event to cancel, by its identifier.
            event_name (str, required): The name of the meter whose event is adjusted.
            expand (list[str]): Dotted paths of fields to return as full objects instead of ids.
            type (Literal['cancel'], required): What the adjustment does: cancel an event.

        Per-call options:
            idempotency_key: the key every retry of this call sends (a UUID4 when omitted).
            total_timeout: seconds for the whole call, retries and waits included.
            timeout: seconds for each step of an attempt (connect, read, write).
            extra_headers: headers sent as given.
            extra_query: query parameters sent as given.
            extra_body: form fields sent as given.

        Returns:
            BillingMeterEventAdjustment: the object as Stripe answered.

        Raises:
            InvalidParameterError: a parameter was refused before anything was sent.
            InvalidRequestError: Stripe refused the request.
            APIStatusError: any other error status (AuthenticationError, RateLimitError, ...).
            APIConnectionError: no answer after the retries (APITimeoutError, DeadlineExceededError).
        """
        return self._call(
            PostBillingMeterEventAdjustments,
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


class AsyncBillingMeterEventAdjustments(AsyncAPIResource):
    """Meter event adjustments: corrections to reported usage."""

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
            params_billing_meter_event_adjustments.BillingMeterEventAdjustmentCreateParams
        ],
    ) -> models_meter.BillingMeterEventAdjustment:
        """Correct reported usage, such as by cancelling an event.

        Args:
            cancel (Cancel): Which event to cancel, by its identifier.
            event_name (str, required): The name of the meter whose event is adjusted.
            expand (list[str]): Dotted paths of fields to return as full objects instead of ids.
            type (Literal['cancel'], required): What the adjustment does: cancel an event.

        Per-call options:
            idempotency_key: the key every retry of this call sends (a UUID4 when omitted).
            total_timeout: seconds for the whole call, retries and waits included.
            timeout: seconds for each step of an attempt (connect, read, write).
            extra_headers: headers sent as given.
            extra_query: query parameters sent as given.
            extra_body: form fields sent as given.

        Returns:
            BillingMeterEventAdjustment: the object as Stripe answered.

        Raises:
            InvalidParameterError: a parameter was refused before anything was sent.
            InvalidRequestError: Stripe refused the request.
            APIStatusError: any other error status (AuthenticationError, RateLimitError, ...).
            APIConnectionError: no answer after the retries (APITimeoutError, DeadlineExceededError).
        """
        return await self._call(
            PostBillingMeterEventAdjustments,
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


class BillingMeterEventAdjustmentsWithRawResponse:
    """`with_raw_response` for BillingMeterEventAdjustments: the same methods, returning RawResponse."""

    def __init__(self, resource: BillingMeterEventAdjustments) -> None:
        self.create = raw(resource.create)


class AsyncBillingMeterEventAdjustmentsWithRawResponse:
    """`with_raw_response` for BillingMeterEventAdjustments: the same methods, returning RawResponse."""

    def __init__(self, resource: AsyncBillingMeterEventAdjustments) -> None:
        self.create = async_raw(resource.create)
