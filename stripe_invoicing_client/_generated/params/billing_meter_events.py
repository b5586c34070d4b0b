"""Request parameters of billing_meter_events, as TypedDicts (generated; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, TypedDict

from ..._core.key_docs import document_keys

if TYPE_CHECKING:
    from collections.abc import Mapping

    from typing_extensions import Required


class BillingMeterEventCreateParams(TypedDict, total=False):
    """Parameters of `billing_meter_events.create` (PostBillingMeterEvents)."""

    event_name: Required[str]
    """The name of the meter the event is for."""
    expand: list[str]
    """Dotted paths of fields to return as full objects instead of ids."""
    identifier: str
    """A unique identifier for the event, used to drop duplicates; generated when omitted."""
    payload: Required[Mapping[str, str]]
    """The event's values: the customer and the usage value, by key."""
    timestamp: int
    """When the usage happened, as a Unix timestamp in seconds; now when omitted."""


document_keys(__name__)

__all__ = [
    "BillingMeterEventCreateParams",
]
