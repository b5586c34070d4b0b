"""Coupons: created, retrieved, renamed, deleted and listed; redeemed by discounts."""

from __future__ import annotations

from typing import Any

from ._catalog_store import Coupon, render_coupon
from ._errors import ApiError
from ._listing import Listing, list_handler, rendered_alone, update_handler
from ._objects import merged_metadata
from ._state import Finder, JsonObject, RequestContext

live_coupon = Finder(lambda state: state.coupons, "coupon", "coupon")


def _validity(call: RequestContext, coupon: Coupon) -> bool:
    if coupon.max_redemptions is not None and coupon.times_redeemed >= coupon.max_redemptions:
        return False
    return coupon.redeem_by is None or call.now() <= coupon.redeem_by


def redeemable(call: RequestContext, coupon: Coupon) -> bool:
    """Whether `coupon` can still be redeemed (not past `redeem_by`, under its limit)."""
    return _validity(call, coupon)


def redeem(call: RequestContext, coupon: Coupon, param: str) -> None:
    """Counts one use of `coupon`, or refuses it when it can no longer be redeemed."""
    if not _validity(call, coupon):
        raise ApiError.invalid_request(
            f"Coupon {coupon.id} is no longer valid (expired or fully redeemed).", param=param
        )
    coupon.times_redeemed += 1
    coupon.valid = _validity(call, coupon)


def create_coupon(call: RequestContext, ids: dict[str, str], params: dict[str, Any]) -> JsonObject:
    state = call.state
    given = [name for name in ("amount_off", "percent_off") if name in params]
    if len(given) != 1:
        raise ApiError.invalid_request(
            "Send exactly one of amount_off or percent_off.",
            param="percent_off",
            code="parameter_missing" if not given else "parameters_exclusive",
        )
    if "amount_off" in params and "currency" not in params:
        raise ApiError.invalid_request(
            "An amount_off coupon needs a currency.", param="currency", code="parameter_missing"
        )
    if "percent_off" in params and not 0 < params["percent_off"] <= 100:
        raise ApiError.invalid_request(
            "percent_off must be more than 0 and at most 100.", param="percent_off"
        )
    duration = params.get("duration", "once")
    if (duration == "repeating") != ("duration_in_months" in params):
        raise ApiError.invalid_request(
            "duration_in_months goes with duration=repeating, and only with it.",
            param="duration_in_months",
        )
    coupon_id = params.get("id") or call.new_id("co")[3:11].upper()
    if coupon_id in state.coupons:
        raise ApiError.invalid_request(
            f"Coupon already exists: {coupon_id}.", param="id", code="resource_already_exists"
        )
    applies_to = params.get("applies_to")
    coupon = Coupon(
        id=coupon_id,
        created=call.now(),
        duration=duration,
        amount_off=params.get("amount_off"),
        currency=str(params["currency"]).lower() if "currency" in params else None,
        percent_off=params.get("percent_off"),
        duration_in_months=params.get("duration_in_months"),
        max_redemptions=params.get("max_redemptions"),
        redeem_by=params.get("redeem_by"),
        name=params.get("name"),
        metadata=merged_metadata({}, params.get("metadata", {})),
        applies_to_products=None if applies_to is None else list(applies_to.get("products", [])),
    )
    coupon.valid = _validity(call, coupon)
    state.coupons[coupon.id] = coupon
    call.emit("coupon.created", render_coupon(coupon))
    return render_coupon(coupon)


def retrieve_coupon(
    call: RequestContext, ids: dict[str, str], params: dict[str, Any]
) -> JsonObject:
    return render_coupon(live_coupon(call.state, ids["coupon"]))


def _update_coupon(call: RequestContext, coupon: Coupon, params: dict[str, Any]) -> None:
    if "name" in params:
        coupon.name = params["name"]
    if "metadata" in params:
        coupon.metadata = merged_metadata(coupon.metadata, params["metadata"])


update_coupon = update_handler(
    live_coupon, "coupon", "coupon.updated", rendered_alone(render_coupon), _update_coupon
)


def delete_coupon(call: RequestContext, ids: dict[str, str], params: dict[str, Any]) -> JsonObject:
    coupon = live_coupon(call.state, ids["coupon"])
    del call.state.coupons[coupon.id]
    call.emit("coupon.deleted", render_coupon(coupon))
    return {"id": coupon.id, "object": "coupon", "deleted": True}


list_coupons = list_handler(
    Listing(
        "/v1/coupons",
        "coupon",
        "coupons",
        rendered_alone(render_coupon),
    )
)


__all__ = [
    "create_coupon",
    "delete_coupon",
    "list_coupons",
    "live_coupon",
    "redeem",
    "redeemable",
    "retrieve_coupon",
    "update_coupon",
]
