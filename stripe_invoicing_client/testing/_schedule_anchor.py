"""A subscription schedule phase's `billing_cycle_anchor` (stripe-python 16.1's
`SubscriptionScheduleCreateParamsPhase`): whether entering a phase resets its subscription's
anchor, by the rule a subscription update's item change follows (`_subscription_anchor_reset`,
the one implementation of it):

- `phase_start`: the anchor becomes the phase's start, when the schedule enters it;
- `automatic` (the default): only when needed, as an update's item change resets it (the
  billing period changes, or a paid price joins zero-amount ones), to the phase's start.

A reset is made as an update's: the unused time credited as the phase's `proration_behavior`
says, a new period from the phase's start and its invoice at once. What the fake doesn't
model is refused by name when the schedule is made or changed, before anything changes (a
billing period change with mixed-interval items; a subscription the update couldn't reset:
neither active nor past due, or in the flexible billing mode). When a phase is entered there
is no request to refuse: a reset the fake doesn't model then (the subscription changed since)
is not made, the anchor kept.
"""

from __future__ import annotations

from collections.abc import Sequence

from ._errors import ApiError
from ._state import JsonObject, State
from ._subscription_anchor_reset import MIXED_PERIODS, check_resettable, reset_made
from ._subscription_schedule_store import ACTIVE, Phase
from ._subscription_store import Subscription

SCOPE = "subscription schedules"
PHASE_START = "phase_start"


def _prices(phase: Phase) -> list[JsonObject]:
    return [item.price for item in phase.items]


def _entering(before: Sequence[JsonObject], phase: Phase) -> str | None:
    """Why entering `phase` from prices `before` resets the anchor (None: it doesn't); a
    period change of mixed-interval items is refused with `phase_start` too, as with `now`."""
    made = reset_made(before, _prices(phase))
    if phase.billing_cycle_anchor == PHASE_START and made != MIXED_PERIODS:
        return PHASE_START
    return made


def _checked(subscription: Subscription | None, reason: str | None, prefix: str) -> bool:
    """Whether a reset for `reason` is made, refused by name where the fake doesn't model it
    (`prefix`: the phase's parameter)."""
    if reason is None:
        return False
    param = f"{prefix}[billing_cycle_anchor]" if reason == PHASE_START else f"{prefix}[items]"
    if reason == MIXED_PERIODS:
        raise ApiError.not_modelled(param, SCOPE, MIXED_PERIODS)
    if subscription is not None:
        what = f"resetting the billing cycle anchor ({reason})"
        check_resettable(subscription, param, what, SCOPE)
    return True


def check_phase_anchors(
    subscription: Subscription | None, current: Phase | None, phases: Sequence[Phase]
) -> bool:
    """Before a schedule is made or changed: each later phase's entry checked (refused by name
    where the fake doesn't model it). For a running schedule (its `subscription`, its current
    phase as kept: `current`; `phases[0]` replaces it), whether the new current phase's items
    reset the anchor now, as an update's would; `phase_start` newly set on it is refused (the
    phase was entered already: Stripe doesn't say what it does then)."""
    resetting = False
    if subscription is not None and current is not None:
        if (
            phases[0].billing_cycle_anchor == PHASE_START
            and current.billing_cycle_anchor != PHASE_START
        ):
            raise ApiError.not_modelled(
                "phases[0][billing_cycle_anchor]", SCOPE, "phase_start set on the current phase"
            )
        before = [item.price for item in subscription.items]
        resetting = _checked(subscription, reset_made(before, _prices(phases[0])), "phases[0]")
    for index in range(1, len(phases)):
        reason = _entering(_prices(phases[index - 1]), phases[index])
        _checked(subscription, reason, f"phases[{index}]")
    return resetting


def _resets(subscription: Subscription, before: Sequence[JsonObject], phase: Phase) -> bool:
    try:
        return _checked(subscription, _entering(before, phase), "phase")
    except ApiError:  # no request to refuse when a phase starts: the anchor is kept
        return False


def resets_on_entry(subscription: Subscription, phase: Phase) -> bool:
    """Whether the schedule entering `phase` now resets the subscription's anchor."""
    return _resets(subscription, [item.price for item in subscription.items], phase)


def next_phase_reset(state: State, subscription: Subscription) -> int | None:
    """When the subscription's schedule next resets its anchor by entering a phase, if that is
    by its current period's end (None: not by then)."""
    schedule = state.subscription_schedules.get(subscription.schedule or "")
    if schedule is None or schedule.status != ACTIVE:
        return None
    before: Sequence[JsonObject] = [item.price for item in subscription.items]
    for phase in schedule.phases[schedule.current + 1 :]:
        if phase.start_date > subscription.period_end:
            return None
        if _resets(subscription, before, phase):
            return phase.start_date
        before = _prices(phase)
    return None


__all__ = ["check_phase_anchors", "next_phase_reset", "resets_on_entry"]
