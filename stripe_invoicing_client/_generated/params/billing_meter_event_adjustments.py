"""Request parameters of billing_meter_event_adjustments, as TypedDicts (generated; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypedDict

from ..._core.key_docs import document_keys

if TYPE_CHECKING:
    from typing_extensions import Required


class Cancel(TypedDict, total=False):
    identifier: str
    """The identifier of the meter event to cancel."""


class BillingMeterEventAdjustmentCreateParams(TypedDict, total=False):
    """Parameters of `billing_meter_event_adjustments.create` (PostBillingMeterEventAdjustments)."""

    cancel: Cancel
    """Which event to cancel, by its identifier."""
    event_name: Required[str]
    """The name of the meter whose event is adjusted."""
    expand: list[str]
    """Dotted paths of fields to return as full objects instead of ids."""
    type: Required[Literal["cancel"]]
    """What the adjustment does: cancel an event."""


document_keys(__name__)

__all__ = [
    "BillingMeterEventAdjustmentCreateParams",
    "Cancel",
]
