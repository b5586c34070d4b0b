"""Response models: event (generated; do not edit).

Parsing is tolerant: anything not modelled, and any value of another type than its
field declares, is kept in `additional_properties`, so `from_dict(d).to_dict() == d`.
Reading a field that the data lacks, or held with another type, raises
`FieldNotAvailableError` (an AttributeError); optional fields read as `UNSET` when
absent."""

from __future__ import annotations

# Imported last: the modules refer to each other in cycles, needed at call time only.
from ...webhooks import (
    Event,  # noqa: E402
    EventData,  # noqa: E402
    EventRequest,  # noqa: E402
)

__all__ = [
    "Event",
    "EventData",
    "EventRequest",
]
