"""A subscription schedule's input read and checked: its phases (items priced, dates laid end
to end), its default settings and end behavior. Nothing here changes the store: a request is
refused (400) before anything it asks for is made.

Served: per-unit recurring prices, `end_date` or `duration` (one period of the first item's
price when neither is given), collection method, days until due, description, default payment
method, metadata, proration behavior, tax rates (a phase's `default_tax_rates`, its items'
`tax_rates`: checked as a subscription's are, kept as they were set) and a phase's
`billing_cycle_anchor` (kept as it was set; what entering the phase does with it:
`_schedule_anchor`). `phase_start` in a phase with a trial is refused, as Stripe refuses it.
Trials, discounts, automatic tax, one-off invoice items, Connect settings, thresholds, pauses
and `default_settings[billing_cycle_anchor]=phase_start` are refused as not served yet.
"""

from __future__ import annotations

from typing import Any

from attrs import evolve

from ._errors import ApiError
from ._invoice_math import tax_rates
from ._objects import merged_metadata
from ._recurring import add_interval
from ._shapes import UNSET
from ._state import RequestContext
from ._subscription_prices import price_for
from ._subscription_schedule_store import Phase, PhaseItem, Settings

# Phase fields the fake does not serve; an empty or false value is let through.
_NOT_SERVED = (
    "add_invoice_items",
    "application_fee_percent",
    "automatic_tax",
    "billing_thresholds",
    "discounts",
    "on_behalf_of",
    "transfer_data",
    "trial",
    "trial_end",
)
_NOT_SERVED_DEFAULTS = (
    "application_fee_percent",
    "automatic_tax",
    "billing_thresholds",
    "on_behalf_of",
    "transfer_data",
)
END_BEHAVIORS = ("release", "cancel")


def not_served(param: str) -> ApiError:
    return ApiError.invalid_request(
        f"FakeStripe does not serve {param} on subscription schedules yet.", param=param
    )


def _refuse_not_served(given: dict[str, Any], names: tuple[str, ...], prefix: str) -> None:
    for name in names:
        value = given.get(name)
        if value in (None, UNSET, False, []):
            continue
        if isinstance(value, dict) and not value.get("enabled", True):
            continue  # automatic_tax[enabled]=false
        raise not_served(f"{prefix}[{name}]" if prefix else name)


def _anchor(given: dict[str, Any], prefix: str) -> str | None:
    """The phase's `billing_cycle_anchor`: Stripe refuses `phase_start` with a trial (before
    the fake refuses the trial as not served)."""
    anchor = given.get("billing_cycle_anchor")
    trial = given.get("trial") or given.get("trial_end") not in (None, UNSET)
    if anchor == "phase_start" and trial:
        raise ApiError.invalid_request(
            "billing_cycle_anchor can't be phase_start in a phase that specifies a trial.",
            param=f"{prefix}[billing_cycle_anchor]",
        )
    return None if anchor is None else str(anchor)


def _text(value: Any) -> str | None:
    return None if value in (UNSET, "") else str(value)


def read_settings(given: dict[str, Any], prefix: str, base: Settings | None = None) -> Settings:
    """Settings from a phase's or `default_settings`' parameters, over `base`'s."""
    settings = Settings() if base is None else evolve(base)
    if "collection_method" in given:
        settings.collection_method = given["collection_method"]
    days = (given.get("invoice_settings") or {}).get("days_until_due")
    if days is not None:
        settings.days_until_due = days
    if "description" in given:
        settings.description = _text(given["description"])
    if "default_payment_method" in given:
        settings.default_payment_method = _text(given["default_payment_method"])
    return settings


def read_defaults(params: dict[str, Any], base: Settings | None = None) -> Settings:
    given = params.get("default_settings") or {}
    _refuse_not_served(given, _NOT_SERVED_DEFAULTS, "default_settings")
    if given.get("billing_cycle_anchor") == "phase_start":
        raise not_served("default_settings[billing_cycle_anchor]")
    return read_settings(given, "default_settings", base)


def read_end_behavior(params: dict[str, Any], current: str = "release") -> str:
    behavior = str(params.get("end_behavior", current))
    if behavior not in END_BEHAVIORS:
        raise ApiError.invalid_request(
            f"FakeStripe serves end_behavior release or cancel, not {behavior}.",
            param="end_behavior",
        )
    return behavior


def _items(call: RequestContext, given: dict[str, Any], prefix: str) -> list[PhaseItem]:
    items = given.get("items") or []
    if not items:
        raise ApiError.missing_param(f"{prefix}[items]")
    made = []
    for index, item in enumerate(items):
        where = f"{prefix}[items][{index}]"
        for name in ("discounts", "billing_thresholds"):
            if item.get(name) not in (None, UNSET, []):
                raise not_served(f"{where}[{name}]")
        if "plan" in item and "price" not in item:
            item = {**item, "price": item["plan"]}
        price = price_for(call, item, where)
        quantity = int(item.get("quantity", 1))
        if quantity < 0:
            raise ApiError.invalid_request(
                "Quantity cannot be negative.", param=f"{where}[quantity]"
            )
        metadata = merged_metadata({}, item.get("metadata") or {})
        rates = tax_rates(call.state, item.get("tax_rates", UNSET), f"{where}[tax_rates]")
        made.append(PhaseItem(price, quantity, metadata, rates))
    return made


def _end(call: RequestContext, given: dict[str, Any], start: int, items: list[PhaseItem]) -> int:
    if "end_date" in given:
        return call.now() if given["end_date"] == "now" else int(given["end_date"])
    duration = given.get("duration")
    if duration is not None:
        return add_interval(start, duration["interval"], int(duration.get("interval_count", 1)), 1)
    recurring = items[0].price["recurring"]
    return add_interval(start, recurring["interval"], recurring["interval_count"], 1)


def read_phases(
    call: RequestContext, given_phases: list[dict[str, Any]], start: int, *, first_fixed: bool
) -> list[Phase]:
    """The phases laid end to end from `start`. A phase's own `start_date` (update only) must
    be where the previous one ends; the first's must be `start` when `first_fixed`."""
    phases: list[Phase] = []
    currency: str | None = None
    for index, given in enumerate(given_phases):
        prefix = f"phases[{index}]"
        anchor = _anchor(given, prefix)
        _refuse_not_served(given, _NOT_SERVED, prefix)
        if "end_date" in given and "duration" in given:
            raise ApiError.exclusive(
                "Give a phase an end_date or a duration, not both.", f"{prefix}[duration]"
            )
        if "start_date" in given:
            own = call.now() if given["start_date"] == "now" else int(given["start_date"])
            if (index > 0 or first_fixed) and own != start:
                raise ApiError.invalid_request(
                    f"The phase must start at {start}: "
                    + (
                        "where the previous phase ends."
                        if index
                        else "the start of the current phase (past phases can't be changed)."
                    ),
                    param=f"{prefix}[start_date]",
                )
            start = own
        items = _items(call, given, prefix)
        currencies = {item.price["currency"] for item in items}
        if "currency" in given:
            currencies.add(str(given["currency"]).lower())
        if currency is not None:
            currencies.add(currency)
        if len(currencies) > 1:
            raise ApiError.invalid_request(
                "All of a schedule's prices must be in one currency.", param=f"{prefix}[items]"
            )
        currency = currencies.pop()
        end = _end(call, given, start, items)
        if end <= start:
            raise ApiError.invalid_request(
                f"The phase's end ({end}) must be after its start ({start}).",
                param=f"{prefix}[end_date]",
            )
        phases.append(
            Phase(
                start_date=start,
                end_date=end,
                currency=currency,
                items=items,
                settings=read_settings(given, prefix),
                metadata=merged_metadata({}, given.get("metadata") or {}),
                proration_behavior=given.get("proration_behavior", "create_prorations"),
                default_tax_rates=tax_rates(
                    call.state,
                    given.get("default_tax_rates", UNSET),
                    f"{prefix}[default_tax_rates]",
                ),
                billing_cycle_anchor=anchor,
            )
        )
        start = end
    return phases


def check_collection(phases: list[Phase], defaults: Settings, first: int = 0) -> None:
    """A phase billed by `send_invoice` needs its days until due (its own or the default).
    `first`: the index of `phases[0]` in the error's param (0 for the phases a request sent,
    which start at the current one; else its index in the schedule)."""
    for index, phase in enumerate(phases):
        method = phase.settings.collection_method or defaults.collection_method
        days = phase.settings.days_until_due
        if method == "send_invoice" and days is None and defaults.days_until_due is None:
            where = f"phases[{index + first}][invoice_settings][days_until_due]"
            raise ApiError.invalid_request(
                "Missing days_until_due, needed with collection_method send_invoice (on the "
                "phase or in default_settings[invoice_settings]).",
                param=where,
                code="parameter_missing",
            )


__all__ = [
    "END_BEHAVIORS",
    "check_collection",
    "not_served",
    "read_defaults",
    "read_end_behavior",
    "read_phases",
    "read_settings",
]
