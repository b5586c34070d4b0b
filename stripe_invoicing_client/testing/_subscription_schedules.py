"""Subscription schedules: phases that make a subscription and change it as time passes them.

    not_started --start date reached--> active (its subscription made, billed its first period)
    active --a phase ends--> active in the next phase (the subscription's items, settings and
        tax rates become the phase's; prorated as the phase says unless it ends with a period)
    active --last phase ends--> released (end_behavior=release: the subscription runs on)
                             or completed (end_behavior=cancel: the subscription is canceled)
    not_started / active --release--> released;  --cancel--> canceled (and its subscription)
    active --its subscription canceled or expired--> canceled (`aborted` event when unpaid)

Time-driven steps are the `SCHEDULE_PHASE_DUE` reaction (`_recurring.run_until` finds them);
a subscription canceled elsewhere (or expired) is told by `SUBSCRIPTION_CANCELED`. Input is read and
checked by `_schedule_phases` before anything changes.
"""

from __future__ import annotations

import copy
from collections.abc import Set as AbstractSet
from typing import Any

from attrs import evolve

from ._clock_time import now_for
from ._customer_store import render_customer
from ._customers import live_customer
from ._errors import ApiError
from ._listing import Listing, list_handler
from ._objects import expand_paths, merged_metadata
from ._payment_behavior import ALLOW_INCOMPLETE
from ._proration import after_change, prorate_change
from ._reactions import SCHEDULE_PHASE_DUE, SUBSCRIPTION_CANCELED, reacts_to
from ._schedule_anchor import check_phase_anchors, resets_on_entry
from ._schedule_phases import check_collection, read_defaults, read_end_behavior, read_phases
from ._state import CallAt, Finder, JsonObject, RequestContext, State, at_time
from ._subscription_anchor_reset import AnchorReset
from ._subscription_cycle import cancel_now, cancel_requested
from ._subscription_lifecycle import ENDED as SUBSCRIPTION_ENDED
from ._subscription_schedule_store import (
    ACTIVE,
    CANCELED,
    COMPLETED,
    LIVE,
    NOT_STARTED,
    RELEASED,
    Phase,
    PhaseItem,
    Settings,
    SubscriptionSchedule,
    render_subscription_schedule,
)
from ._subscription_store import Subscription
from ._subscription_views import emit_updated, subscription_view
from ._subscriptions import new_item, start_subscription

live_schedule = Finder(
    lambda state: state.subscription_schedules, "subscription_schedule", "schedule"
)


def schedule_view(
    state: State, schedule: SubscriptionSchedule, expand: AbstractSet[str] = frozenset()
) -> JsonObject:
    view = render_subscription_schedule(schedule)
    if "customer" in expand and schedule.customer in state.customers:
        view["customer"] = render_customer(state.customers[schedule.customer])
    if "subscription" in expand and schedule.subscription in state.subscriptions:
        view["subscription"] = subscription_view(state, state.subscriptions[schedule.subscription])
    return view


def _answer(
    call: RequestContext, schedule: SubscriptionSchedule, params: dict[str, Any]
) -> JsonObject:
    return schedule_view(call.state, schedule, expand_paths(params, in_list=False))


def _refuse(schedule: SubscriptionSchedule, action: str) -> ApiError:
    done = {"cancel": "canceled", "release": "released", "update": "updated"}[action]
    return ApiError.invalid_request(
        f"You cannot {action} the subscription schedule {schedule.id}: it has a status of "
        f"{schedule.status}; only not_started or active schedules can be {done}."
    )


# -- driving the subscription ----------------------------------------------------------


def _subscription_params(schedule: SubscriptionSchedule, phase: Phase) -> dict[str, Any]:
    settings = schedule.effective(phase)
    # The phase's rates as kept (`_invoice_math.tax_rates` takes them as they are).
    params: dict[str, Any] = {
        "items": [
            {"quantity": item.quantity, "metadata": item.metadata, "tax_rates": item.tax_rates}
            for item in phase.items
        ],
        "collection_method": settings.collection_method or "charge_automatically",
        "metadata": phase.metadata,
        "default_tax_rates": phase.default_tax_rates,
    }
    if params["collection_method"] == "send_invoice":
        params["days_until_due"] = settings.days_until_due
    if settings.description is not None:
        params["description"] = settings.description
    if settings.default_payment_method is not None:
        params["default_payment_method"] = settings.default_payment_method
    return params


def _start(call: RequestContext, schedule: SubscriptionSchedule) -> None:
    """The first phase begins: the subscription is made from it and bills its first period."""
    state = call.state
    phase = schedule.phases[0]
    customer = live_customer(state, schedule.customer)
    prices = [copy.deepcopy(item.price) for item in phase.items]
    params = _subscription_params(schedule, phase)
    at = at_time(call, call.now())
    # Marked active first: what the subscription's first invoice sets off sees it so.
    schedule.status, schedule.current = ACTIVE, 0
    subscription = start_subscription(at, customer, params, prices, schedule=schedule.id)
    schedule.subscription = subscription.id


def _apply_settings(subscription: Subscription, settings: Settings, phase: Phase) -> None:
    subscription.collection_method = settings.collection_method or "charge_automatically"
    subscription.days_until_due = (
        settings.days_until_due if subscription.collection_method == "send_invoice" else None
    )
    subscription.description = settings.description
    subscription.default_payment_method = settings.default_payment_method
    subscription.default_tax_rates = copy.deepcopy(phase.default_tax_rates)
    if phase.metadata:
        subscription.metadata = merged_metadata(subscription.metadata, phase.metadata)


def _set_items(
    call: RequestContext, subscription: Subscription, items: list[PhaseItem], behavior: str
) -> None:
    """The subscription's items become `items` (matched by price); with a behavior other than
    `none`, the rest of the period is prorated."""
    now = call.now()
    prorate = behavior != "none" and now < subscription.period_end
    kept = []
    left = list(subscription.items)
    for index, wanted in enumerate(items):
        found = next((i for i in left if i.price["id"] == wanted.price["id"]), None)
        if found is None:
            given = {
                "quantity": wanted.quantity,
                "metadata": wanted.metadata,
                "tax_rates": wanted.tax_rates,
            }
            item = new_item(
                call, subscription, given, f"items[{index}]", copy.deepcopy(wanted.price)
            )
            if prorate:
                prorate_change(
                    call, subscription, evolve(item, quantity=0), item.price, item.quantity, now
                )
            kept.append(item)
            continue
        left.remove(found)
        rates = copy.deepcopy(wanted.tax_rates)
        if prorate and found.quantity != wanted.quantity:
            prorate_change(call, subscription, found, found.price, wanted.quantity, now, rates)
        found.quantity, found.tax_rates = wanted.quantity, rates
        found.metadata = merged_metadata(found.metadata, wanted.metadata)
        kept.append(found)
    for gone in left:
        if prorate:
            prorate_change(call, subscription, gone, gone.price, 0, now)
    subscription.items = kept
    after_change(call, subscription, behavior if prorate else "none")


def _enter(
    call: RequestContext,
    schedule: SubscriptionSchedule,
    subscription: Subscription,
    behavior: str,
    resetting: bool,
) -> None:
    """The subscription takes the current phase's items and settings; `resetting`, its anchor
    is reset now as an update's item change resets it (`_schedule_anchor`)."""
    phase = schedule.phases[schedule.current]
    before = subscription_view(call.state, subscription)
    reset = AnchorReset(subscription, resetting=resetting)
    _apply_settings(subscription, schedule.effective(phase), phase)
    with reset.changing_items(call, behavior, call.now()) as item_behavior:
        _set_items(call, subscription, phase.items, item_behavior)
    emit_updated(call, before, subscription)
    reset.bill(at_time(call, call.now()), ALLOW_INCOMPLETE)


def _release(call: RequestContext, schedule: SubscriptionSchedule) -> None:
    subscription = call.state.subscriptions.get(schedule.subscription or "")
    schedule.status = RELEASED
    schedule.released_at = call.now()
    schedule.released_subscription = schedule.subscription
    schedule.subscription = None
    if subscription is not None:
        before = subscription_view(call.state, subscription)
        subscription.schedule = None
        emit_updated(call, before, subscription)
    call.emit("subscription_schedule.released", render_subscription_schedule(schedule))


def _finish(call: RequestContext, schedule: SubscriptionSchedule) -> None:
    """The last phase ended: released, or completed with its subscription canceled."""
    if schedule.end_behavior == "release":
        _release(call, schedule)
        return
    last = schedule.phases[-1]
    schedule.status = COMPLETED
    schedule.completed_at = call.now()
    subscription = call.state.subscriptions.get(schedule.subscription or "")
    if subscription is not None and subscription.status not in SUBSCRIPTION_ENDED:
        prorate = last.proration_behavior != "none"
        cancel_now(call, subscription, invoice_now=prorate, prorate=prorate)
    call.emit("subscription_schedule.completed", render_subscription_schedule(schedule))


@reacts_to(SCHEDULE_PHASE_DUE)
def phase_due(call: RequestContext, schedule: SubscriptionSchedule) -> None:
    """The schedule's start, or the end of its current phase, has come."""
    before = render_subscription_schedule(schedule)
    if schedule.status == NOT_STARTED and schedule.customer not in call.state.customers:
        # Its customer was deleted before it started: nothing to subscribe.
        schedule.status, schedule.canceled_at = CANCELED, call.now()
        call.emit("subscription_schedule.canceled", render_subscription_schedule(schedule))
        return
    if schedule.status == NOT_STARTED:
        _start(call, schedule)
    else:
        subscription = call.state.subscriptions.get(schedule.subscription or "")
        if subscription is None or schedule.current + 1 >= len(schedule.phases):
            _finish(call, schedule)
            return
        schedule.current += 1
        phase = schedule.phases[schedule.current]
        resetting = resets_on_entry(subscription, phase)
        _enter(call, schedule, subscription, phase.proration_behavior, resetting)
    call.emit_update(
        "subscription_schedule.updated", before, render_subscription_schedule(schedule)
    )


@reacts_to(SUBSCRIPTION_CANCELED)
def subscription_canceled(call: RequestContext, subscription: Subscription) -> None:
    """A subscription canceled (or expired) while its schedule is active cancels the schedule
    (`aborted` when dunning gave up on the subscription's payments)."""
    schedule = call.state.subscription_schedules.get(subscription.schedule or "")
    if schedule is None or schedule.status != ACTIVE:
        return
    schedule.status = CANCELED
    schedule.canceled_at = call.now()
    unpaid = subscription.cancellation_details.reason == "payment_failed"
    event = "subscription_schedule.aborted" if unpaid else "subscription_schedule.canceled"
    call.emit(event, render_subscription_schedule(schedule))


# -- handlers --------------------------------------------------------------------------


def _kept(
    at: RequestContext, params: dict[str, Any], customer: str, test_clock: str | None
) -> SubscriptionSchedule:
    """A schedule made now for `customer` (with the `metadata` sent), kept; the caller gives
    it its phases."""
    metadata = merged_metadata({}, params.get("metadata") or {})
    schedule = at.new(
        SubscriptionSchedule,
        "sub_sched",
        customer=customer,
        test_clock=test_clock,
        metadata=metadata,
    )
    at.state.subscription_schedules[schedule.id] = schedule
    return schedule


def _live(
    call: RequestContext, ids: dict[str, str], action: str
) -> tuple[SubscriptionSchedule, CallAt]:
    """The schedule named in the path and the call at its time, refused unless it is live."""
    schedule = live_schedule(call.state, ids["schedule"])
    at = now_for(call, schedule.test_clock)
    if schedule.status not in LIVE:
        raise _refuse(schedule, action)
    return schedule, at


def _served(params: dict[str, Any]) -> None:
    if params.get("pause_schedules"):
        raise ApiError.invalid_request(
            "FakeStripe does not serve pause_schedules yet.", param="pause_schedules"
        )


def _from_subscription(call: RequestContext, params: dict[str, Any]) -> JsonObject:
    state = call.state
    for name in ("customer", "phases", "start_date", "default_settings", "end_behavior"):
        if name in params:
            raise ApiError.invalid_request(
                f"You cannot set {name} together with from_subscription.", param="from_subscription"
            )
    subscription = state.subscriptions.get(params["from_subscription"])
    if subscription is None:
        raise ApiError.missing("subscription", params["from_subscription"], "from_subscription")
    at = now_for(call, subscription.test_clock)
    if subscription.status in SUBSCRIPTION_ENDED:
        raise ApiError.invalid_request(
            f"The subscription {subscription.id} is {subscription.status}; it can't be scheduled.",
            param="from_subscription",
        )
    if subscription.schedule is not None:
        raise ApiError.invalid_request(
            f"The subscription {subscription.id} already has a subscription schedule "
            f"({subscription.schedule}).",
            param="from_subscription",
        )
    # Its phase carries its items and tax rates, as the subscription has them.
    phase = Phase(
        start_date=subscription.period_start,
        end_date=subscription.period_end,
        currency=subscription.currency,
        items=[
            PhaseItem(
                copy.deepcopy(item.price),
                item.quantity,
                dict(item.metadata),
                copy.deepcopy(item.tax_rates),
            )
            for item in subscription.items
        ],
        default_tax_rates=copy.deepcopy(subscription.default_tax_rates),
    )
    schedule = _kept(at, params, subscription.customer, subscription.test_clock)
    schedule.status, schedule.subscription, schedule.phases = ACTIVE, subscription.id, [phase]
    schedule.default_settings = Settings(
        collection_method=subscription.collection_method,
        days_until_due=subscription.days_until_due,
        description=subscription.description,
        default_payment_method=subscription.default_payment_method,
    )
    before = subscription_view(state, subscription)
    subscription.schedule = schedule.id
    at.emit("subscription_schedule.created", render_subscription_schedule(schedule))
    emit_updated(at, before, subscription)
    return _answer(at, schedule, params)


def create(call: RequestContext, ids: dict[str, str], params: dict[str, Any]) -> JsonObject:
    state = call.state
    if "from_subscription" in params:
        return _from_subscription(call, params)
    if "customer" not in params:
        raise ApiError.missing_param("customer")
    _served(params)
    if (params.get("billing_mode") or {}).get("type", "classic") != "classic":
        raise ApiError.invalid_request(
            "FakeStripe serves billing_mode classic only.", param="billing_mode[type]"
        )
    customer = live_customer(state, params["customer"])
    at = now_for(call, customer.test_clock)
    if not params.get("phases"):
        raise ApiError.missing_param("phases")
    start = params.get("start_date", "now")
    start = at.now() if start == "now" else int(start)
    if start < at.now():
        raise ApiError.invalid_request(
            "FakeStripe does not backdate subscription schedules: start_date must be now or later.",
            param="start_date",
        )
    end_behavior = read_end_behavior(params)
    defaults = read_defaults(params)
    phases = read_phases(at, params["phases"], start, first_fixed=False)
    check_collection(phases, defaults)
    check_phase_anchors(None, None, phases)
    schedule = _kept(at, params, customer.id, customer.test_clock)
    schedule.end_behavior, schedule.default_settings = end_behavior, defaults
    schedule.phases = phases
    if start <= at.now():
        _start(at, schedule)
    at.emit("subscription_schedule.created", render_subscription_schedule(schedule))
    return _answer(at, schedule, params)


def retrieve(call: RequestContext, ids: dict[str, str], params: dict[str, Any]) -> JsonObject:
    schedule = live_schedule(call.state, ids["schedule"])
    return _answer(now_for(call, schedule.test_clock), schedule, params)


def update(call: RequestContext, ids: dict[str, str], params: dict[str, Any]) -> JsonObject:
    state = call.state
    schedule, at = _live(call, ids, "update")
    _served(params)
    # Everything is read and checked before the schedule changes.
    end_behavior = read_end_behavior(params, schedule.end_behavior)
    defaults = read_defaults(params, schedule.default_settings)
    kept = schedule.phases[: schedule.current]
    phases = schedule.phases[schedule.current :]
    subscription = state.subscriptions.get(schedule.subscription or "")
    if "phases" in params:
        if not params["phases"]:
            raise ApiError.missing_param("phases")
        active = schedule.status == ACTIVE
        # The current phase (or, not started, the first) starts where it did, unless a
        # schedule not started yet is given another start.
        start = schedule.phases[schedule.current].start_date
        phases = read_phases(at, params["phases"], start, first_fixed=active)
        if not active and phases[0].start_date < at.now():
            raise ApiError.invalid_request(
                "A schedule's start_date must be now or later.", param="phases[0][start_date]"
            )
        if subscription is not None and phases[0].currency != subscription.currency:
            raise ApiError.invalid_request(
                "The phases' prices must be in the subscription's currency "
                f"({subscription.currency}).",
                param="phases[0][items]",
            )
    if schedule.status == NOT_STARTED:
        live_customer(state, schedule.customer)  # a schedule starting now needs its customer
    check_collection(phases, defaults, 0 if "phases" in params else len(kept))
    running = subscription if schedule.status == ACTIVE else None
    checked = phases if "phases" in params else phases[:1]  # the later ones were checked
    resetting = check_phase_anchors(running, schedule.current_phase, checked)
    metadata = merged_metadata(schedule.metadata, params.get("metadata") or {})
    if params.get("metadata") == "":
        metadata = {}

    before = render_subscription_schedule(schedule)
    schedule.end_behavior, schedule.default_settings = end_behavior, defaults
    schedule.metadata = metadata
    schedule.phases = kept + phases
    if running is not None:
        behavior = str(params.get("proration_behavior", "create_prorations"))
        _enter(at, schedule, running, behavior, resetting)
    elif schedule.status == NOT_STARTED and phases[0].start_date <= at.now():
        _start(at, schedule)
    at.emit_update("subscription_schedule.updated", before, render_subscription_schedule(schedule))
    return _answer(at, schedule, params)


def cancel(call: RequestContext, ids: dict[str, str], params: dict[str, Any]) -> JsonObject:
    state = call.state
    schedule, at = _live(call, ids, "cancel")
    schedule.status = CANCELED
    schedule.canceled_at = at.now()
    subscription = state.subscriptions.get(schedule.subscription or "")
    if subscription is not None and subscription.status not in SUBSCRIPTION_ENDED:
        cancel_requested(at, subscription, params, default=True)
    at.emit("subscription_schedule.canceled", render_subscription_schedule(schedule))
    return _answer(at, schedule, params)


def release(call: RequestContext, ids: dict[str, str], params: dict[str, Any]) -> JsonObject:
    schedule, at = _live(call, ids, "release")
    _release(at, schedule)
    return _answer(at, schedule, params)


def _keep(call: RequestContext, schedule: SubscriptionSchedule, params: dict[str, Any]) -> bool:
    return "scheduled" not in params or (schedule.status == NOT_STARTED) == params["scheduled"]


list_all = list_handler(
    Listing(
        "/v1/subscription_schedules",
        "subscription_schedule",
        "subscription_schedules",
        schedule_view,
        equal=("customer",),
        ranges=(
            ("created", "created"),
            ("canceled_at", "canceled_at"),
            ("completed_at", "completed_at"),
            ("released_at", "released_at"),
        ),
        keep=_keep,
    )
)


__all__ = [
    "cancel",
    "create",
    "list_all",
    "live_schedule",
    "phase_due",
    "release",
    "retrieve",
    "schedule_view",
    "subscription_canceled",
    "update",
]
