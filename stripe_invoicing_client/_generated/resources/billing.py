"""`client.billing` (generated from the operations table; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._core.resource import (
    AsyncAPIResource,
    SyncAPIResource,
)
from .billing_meter_event_adjustments import (
    AsyncBillingMeterEventAdjustments,
    AsyncBillingMeterEventAdjustmentsWithRawResponse,
    BillingMeterEventAdjustments,
    BillingMeterEventAdjustmentsWithRawResponse,
)
from .billing_meter_events import (
    AsyncBillingMeterEvents,
    AsyncBillingMeterEventsWithRawResponse,
    BillingMeterEvents,
    BillingMeterEventsWithRawResponse,
)
from .billing_meters import (
    AsyncBillingMeters,
    AsyncBillingMetersWithRawResponse,
    BillingMeters,
    BillingMetersWithRawResponse,
)

if TYPE_CHECKING:
    from ..._core.resource import AsyncRequester, Requester


class Billing(SyncAPIResource):
    """Usage-based billing: meters and the usage events they aggregate."""

    meters: BillingMeters
    meter_events: BillingMeterEvents
    meter_event_adjustments: BillingMeterEventAdjustments

    def __init__(self, client: Requester) -> None:
        super().__init__(client)
        self.meters = BillingMeters(client)
        self.meter_events = BillingMeterEvents(client)
        self.meter_event_adjustments = BillingMeterEventAdjustments(client)


class AsyncBilling(AsyncAPIResource):
    """Usage-based billing: meters and the usage events they aggregate."""

    meters: AsyncBillingMeters
    meter_events: AsyncBillingMeterEvents
    meter_event_adjustments: AsyncBillingMeterEventAdjustments

    def __init__(self, client: AsyncRequester) -> None:
        super().__init__(client)
        self.meters = AsyncBillingMeters(client)
        self.meter_events = AsyncBillingMeterEvents(client)
        self.meter_event_adjustments = AsyncBillingMeterEventAdjustments(client)


class BillingWithRawResponse:
    """`with_raw_response` for Billing: the same methods, returning RawResponse."""

    meters: BillingMetersWithRawResponse
    meter_events: BillingMeterEventsWithRawResponse
    meter_event_adjustments: BillingMeterEventAdjustmentsWithRawResponse

    def __init__(self, resource: Billing) -> None:
        self.meters = BillingMetersWithRawResponse(resource.meters)
        self.meter_events = BillingMeterEventsWithRawResponse(resource.meter_events)
        self.meter_event_adjustments = BillingMeterEventAdjustmentsWithRawResponse(
            resource.meter_event_adjustments
        )


class AsyncBillingWithRawResponse:
    """`with_raw_response` for Billing: the same methods, returning RawResponse."""

    meters: AsyncBillingMetersWithRawResponse
    meter_events: AsyncBillingMeterEventsWithRawResponse
    meter_event_adjustments: AsyncBillingMeterEventAdjustmentsWithRawResponse

    def __init__(self, resource: AsyncBilling) -> None:
        self.meters = AsyncBillingMetersWithRawResponse(resource.meters)
        self.meter_events = AsyncBillingMeterEventsWithRawResponse(resource.meter_events)
        self.meter_event_adjustments = AsyncBillingMeterEventAdjustmentsWithRawResponse(
            resource.meter_event_adjustments
        )
