"""Billing meters and the usage events they aggregate, as the fake keeps them, what a meter
makes of its events (sum, count, last), and the JSON Stripe answers for each (the only place
their wire shape is spelled)."""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal
from typing import Any

from attrs import define, field

from ._stored import AT_CREATION, INTERNAL, Stored, render_stored

ACTIVE, INACTIVE = "active", "inactive"
SUM, COUNT, LAST = "sum", "count", "last"
# What a meter reads from an event's payload when its settings name no other key.
DEFAULT_CUSTOMER_KEY = "stripe_customer_id"
DEFAULT_VALUE_KEY = "value"


@define
class Meter(Stored):
    display_name: str
    event_name: str
    updated: int = AT_CREATION
    formula: str = field(default=SUM, metadata=INTERNAL)  # `default_aggregation[formula]`
    customer_key: str = field(default=DEFAULT_CUSTOMER_KEY, metadata=INTERNAL)
    value_key: str = field(default=DEFAULT_VALUE_KEY, metadata=INTERNAL)
    event_time_window: str | None = None
    status: str = ACTIVE
    deactivated_at: int | None = field(default=None, metadata=INTERNAL)


@define
class MeterEvent:
    """One usage event, as received: `meter` is the active meter of its name then, `customer`
    and `value` what that meter read from its payload."""

    identifier: str
    event_name: str
    created: int  # when it was received (the customer's test clock time, if any)
    timestamp: int  # when the usage happened
    payload: dict[str, str]
    meter: str
    customer: str
    value: Decimal
    canceled: bool = False


def render_meter(meter: Meter) -> dict[str, Any]:
    return render_stored(
        meter,
        "billing.meter",
        customer_mapping={"event_payload_key": meter.customer_key, "type": "by_id"},
        default_aggregation={"formula": meter.formula},
        status_transitions={"deactivated_at": meter.deactivated_at},
        value_settings={"event_payload_key": meter.value_key},
    )


def render_meter_event(event: MeterEvent) -> dict[str, Any]:
    return {
        "object": "billing.meter_event",
        "created": event.created,
        "event_name": event.event_name,
        "identifier": event.identifier,
        "livemode": False,
        "payload": dict(event.payload),
        "timestamp": event.timestamp,
    }


def render_adjustment(event: MeterEvent, status: str) -> dict[str, Any]:
    return {
        "object": "billing.meter_event_adjustment",
        "cancel": {"identifier": event.identifier},
        "event_name": event.event_name,
        "livemode": False,
        "status": status,
        "type": "cancel",
    }


def number(value: Decimal) -> int | float:
    """An aggregate as JSON answers it: a whole number without a fraction."""
    return int(value) if value == value.to_integral_value() else float(value)


def render_summary(
    meter: Meter, customer: str, window: tuple[int, int], value: Decimal
) -> dict[str, Any]:
    start, end = window
    names = f"{meter.id.removeprefix('mtr_')}_{customer.removeprefix('cus_')}"
    return {
        # The same window of the same meter and customer always has the same id, so cursors
        # name it across pages.
        "id": f"mtrusg_{names}_{start}_{end}",
        "object": "billing.meter_event_summary",
        "aggregated_value": number(value),
        "end_time": end,
        "livemode": False,
        "meter": meter.id,
        "start_time": start,
    }


def aggregate(formula: str, events: Iterable[MeterEvent]) -> Decimal:
    """The meter's value over `events`: their sum, their count, or the value of the latest
    (by timestamp, then by arrival); 0 without any."""
    counted = list(events)
    if not counted:
        return Decimal(0)
    if formula == COUNT:
        return Decimal(len(counted))
    if formula == LAST:
        return max(enumerate(counted), key=lambda pair: (pair[1].timestamp, pair[0]))[1].value
    return sum((event.value for event in counted), Decimal(0))


def usage(
    meter: Meter, events: Iterable[MeterEvent], customer: str, start: int, end: int
) -> Decimal:
    """What `meter` counts for `customer` over [start, end): cancelled events left out."""
    return aggregate(
        meter.formula,
        (
            event
            for event in events
            if event.meter == meter.id
            and event.customer == customer
            and not event.canceled
            and start <= event.timestamp < end
        ),
    )


__all__ = [
    "ACTIVE",
    "COUNT",
    "DEFAULT_CUSTOMER_KEY",
    "DEFAULT_VALUE_KEY",
    "INACTIVE",
    "LAST",
    "SUM",
    "Meter",
    "MeterEvent",
    "aggregate",
    "number",
    "render_adjustment",
    "render_meter",
    "render_meter_event",
    "render_summary",
    "usage",
]
