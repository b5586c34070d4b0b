"""The fake's typed stores: one attrs class per aggregate, and the function that renders it
as the JSON Stripe answers (the only place its wire shape is spelled)."""

from __future__ import annotations

from typing import Any

from attrs import define


@define
class TestClock:
    id: str
    created: int
    deletes_after: int
    frozen_time: int
    name: str | None
    # Where an advance in progress is going; None when the clock is ready.
    advancing_to: int | None = None


def render_test_clock(clock: TestClock) -> dict[str, Any]:
    advancing = None if clock.advancing_to is None else {"target_frozen_time": clock.advancing_to}
    return {
        "id": clock.id,
        "object": "test_helpers.test_clock",
        "created": clock.created,
        "deletes_after": clock.deletes_after,
        "frozen_time": clock.frozen_time,
        "livemode": False,
        "name": clock.name,
        "status": "ready" if clock.advancing_to is None else "advancing",
        "status_details": {"advancing": advancing},
    }


__all__ = ["TestClock", "render_test_clock"]
