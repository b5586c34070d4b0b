"""Response models: event (generated; do not edit).

Parsing is tolerant: anything not modelled, and any value of another type than its
field declares, is kept in `additional_properties`, so `from_dict(d).to_dict() == d`.
Reading a field that the data lacks, or held with another type, raises
`FieldNotAvailableError` (an AttributeError); optional fields read as `UNSET` when
absent."""

from __future__ import annotations

# The event's parsing is the core's; this package's table says which model `data.object` is.
from ..._core.event import BaseEvent, EventData, EventRequest  # noqa: E402
from .webhook_objects import WEBHOOK_OBJECTS, EventObject  # noqa: E402


class Event(BaseEvent[EventObject]):
    """A Stripe event, as delivered to a webhook endpoint or fetched from the API.

    `data.object` is a model (`Invoice`, `Customer`, ... or a `Deleted...` stub) when the event
    is about an object this package models; for any other event it stays a plain dict.
    """

    __slots__ = ()
    _OBJECTS = WEBHOOK_OBJECTS


__all__ = [
    "Event",
    "EventData",
    "EventRequest",
]
