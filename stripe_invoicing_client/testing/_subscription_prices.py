"""The prices a subscription item bills: a stored recurring price or inline `price_data`,
and the legacy `plan` mirror of a price."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from ._billing import named_price
from ._catalog_store import Price, render_price
from ._errors import ApiError
from ._money import plain, unit_amount
from ._state import JsonObject, RequestContext
from ._subscription_store import Subscription


def _price_from_store(call: RequestContext, stored: Price, param: str) -> JsonObject:
    """The recurring price a stored one (named by id) bills as: made through the prices API,
    or registered with `FakeStripe.create_price` (billed monthly)."""
    price_id = stored.id
    if stored.registered and stored.unit is not None:  # registered prices always have one
        recurring = {"interval": "month", "interval_count": 1}
        return _price_object(
            call, stored.id, stored.unit, stored.currency, stored.product, recurring
        )
    if stored.recurring is None:
        raise ApiError.invalid_request(
            f"The price {price_id} is a one-time price; subscriptions need a recurring one.",
            param=param,
        )
    if not stored.active:
        raise ApiError.invalid_request(
            f"The price {price_id} is archived (active=false); subscribe to an active price.",
            param=param,
        )
    if not stored.bills_quantity:
        raise ApiError.invalid_request(
            f"The price {price_id} is customer-chosen (custom_unit_amount); subscriptions "
            "need a price with its own amounts.",
            param=param,
        )
    # The copy the item bills at keeps a tiered price's tiers (`_recurring.line_amount`).
    return render_price(stored, {"tiers"} if stored.tiers else frozenset())


def _price_object(
    call: RequestContext,
    price_id: str,
    unit: Decimal,
    currency: str,
    product: str,
    recurring: dict[str, Any],
    tax_behavior: str = "unspecified",
) -> JsonObject:
    return {
        "id": price_id,
        "object": "price",
        "active": True,
        "billing_scheme": "per_unit",
        "created": call.now(),
        "currency": currency.lower(),
        "custom_unit_amount": None,
        "livemode": False,
        "lookup_key": None,
        "metadata": {},
        "nickname": None,
        "product": product,
        "recurring": {
            "interval": recurring["interval"],
            "interval_count": int(recurring.get("interval_count", 1)),
            "meter": None,
            "trial_period_days": None,
            "usage_type": "licensed",
        },
        "tax_behavior": tax_behavior,
        "tiers_mode": None,
        "transform_quantity": None,
        "type": "recurring",
        "unit_amount": int(unit) if unit == unit.to_integral_value() else None,
        "unit_amount_decimal": plain(unit),
    }


def _price_from_data(call: RequestContext, data: dict[str, Any], param: str) -> JsonObject:
    """An inline price (`price_data`) of a product made through the products API."""
    product_id = data["product"]
    if product_id not in call.state.products:
        raise ApiError.missing("product", product_id, f"{param}[product]")
    if "unit_amount" in data and "unit_amount_decimal" in data:
        raise ApiError.exclusive(
            "Send unit_amount or unit_amount_decimal, not both.", f"{param}[unit_amount_decimal]"
        )
    unit = unit_amount(data)
    if unit is None:
        raise ApiError.missing_param(f"{param}[unit_amount]")
    return _price_object(
        call,
        call.new_id("price"),
        unit,
        data["currency"],
        product_id,
        data["recurring"],
        data.get("tax_behavior", "unspecified"),
    )


def price_for(call: RequestContext, given: dict[str, Any], prefix: str) -> JsonObject:
    stored = named_price(call, given, prefix)
    if stored is not None:
        return _price_from_store(call, stored, f"{prefix}[price]")
    return _price_from_data(call, given["price_data"], f"{prefix}[price_data]")


def plan_of(price: JsonObject) -> JsonObject:
    """The legacy `plan` mirror of a recurring price."""
    recurring = price["recurring"]
    return {
        "id": price["id"],
        "object": "plan",
        "active": price["active"],
        "amount": price["unit_amount"],
        "amount_decimal": price["unit_amount_decimal"],
        "billing_scheme": price["billing_scheme"],
        "created": price["created"],
        "currency": price["currency"],
        "interval": recurring["interval"],
        "interval_count": recurring["interval_count"],
        "livemode": False,
        "metadata": {},
        "meter": recurring.get("meter"),
        "nickname": price["nickname"],
        "product": price["product"],
        "tiers_mode": price["tiers_mode"],
        "transform_usage": None,
        "trial_period_days": None,
        "usage_type": recurring.get("usage_type", "licensed"),
    }


def check_currency(subscription: Subscription, price: JsonObject, param: str) -> None:
    if price["currency"] != subscription.currency:
        raise ApiError.invalid_request(
            f"The price's currency ({price['currency']}) differs from the subscription's "
            f"({subscription.currency}).",
            param=param,
        )


__all__ = [
    "check_currency",
    "plan_of",
    "price_for",
]
