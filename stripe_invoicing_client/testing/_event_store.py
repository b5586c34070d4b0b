"""An event as the fake records it, and the function that renders it as Stripe sends it (the
only place an event's wire shape is spelled)."""

from __future__ import annotations

from typing import Any

from attrs import define, field

from ._stored import INTERNAL, Stored, render_stored

API_VERSION = "2026-10-28.endive"


@define
class Event(Stored):
    type: str
    # The object as it was rendered when the event happened (a copy of its own).
    snapshot: dict[str, Any] = field(metadata=INTERNAL)
    # The old values of the fields that changed (`*.updated` events); None for other events.
    previous_attributes: dict[str, Any] | None = field(metadata=INTERNAL)
    request_id: str = field(metadata=INTERNAL)
    idempotency_key: str | None = field(metadata=INTERNAL)


def render_event(event: Event) -> dict[str, Any]:
    data: dict[str, Any] = {"object": event.snapshot}
    if event.previous_attributes is not None:
        data["previous_attributes"] = event.previous_attributes
    return render_stored(
        event,
        "event",
        api_version=API_VERSION,
        data=data,
        pending_webhooks=1,
        request={"id": event.request_id, "idempotency_key": event.idempotency_key},
    )


__all__ = ["API_VERSION", "Event", "render_event"]
