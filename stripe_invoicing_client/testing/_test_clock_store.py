"""A test clock as the fake keeps it, and its JSON."""

from __future__ import annotations

from typing import Any

from attrs import define, field

from ._stored import INTERNAL, Stored, render_stored


@define
class TestClock(Stored):
    deletes_after: int
    frozen_time: int
    name: str | None
    # Where an advance in progress is going; None when the clock is ready.
    advancing_to: int | None = field(default=None, metadata=INTERNAL)


def render_test_clock(clock: TestClock) -> dict[str, Any]:
    advancing = None if clock.advancing_to is None else {"target_frozen_time": clock.advancing_to}
    return render_stored(
        clock,
        "test_helpers.test_clock",
        status="ready" if clock.advancing_to is None else "advancing",
        status_details={"advancing": advancing},
    )


__all__ = ["TestClock", "render_test_clock"]
