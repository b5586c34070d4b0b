"""Test clocks on the wire: every answer about one, and every event it and its customer's
objects send while it moves, at the pinned shape."""

from __future__ import annotations

from stripe_invoicing_client.testing import FakeStripe

from .support import Api, assert_pinned_shape

START = 1_767_225_600  # 2026-01-01 00:00 UTC
CLOCKS = "/v1/test_helpers/test_clocks"
CHANGES = ("created", "advancing", "ready", "deleted")


def test_every_test_clock_answer_and_event_is_at_the_pinned_shape(
    api: Api, fake: FakeStripe
) -> None:
    clock = api.post(CLOCKS, {"frozen_time": START, "name": "shapes"})
    api.customer(test_clock=clock["id"])
    at = f"{CLOCKS}/{clock['id']}"
    answers = [
        clock,
        api.get(at),
        api.get(CLOCKS),
        api.post(f"{at}/advance", {"frozen_time": START + 86_400}),
        api.delete(at),
    ]
    for answer in answers:
        assert_pinned_shape(answer)
    assert answers[-1] == {"id": clock["id"], "object": "test_helpers.test_clock", "deleted": True}
    about = [e["type"] for e in fake.events if e["type"].startswith("test_helpers.")]
    assert about == [f"test_helpers.test_clock.{what}" for what in CHANGES]
    for event in fake.events:
        assert_pinned_shape(event)
