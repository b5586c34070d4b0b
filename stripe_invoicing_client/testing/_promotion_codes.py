"""Promotion codes: created for a coupon, retrieved, updated (metadata, `active`, per-currency
minimums) and listed; redeemed wherever discounts are (`_invoice_math.discounts`).

A code is checked when it is redeemed: active, not expired, under its redemption limit, for
this customer, for a first-time customer if it says so (one without an invoice finalized
before), and the amount it discounts at least its minimum in that currency. The coupon's own
limits apply as well (`_coupons.redeem`)."""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet
from typing import Any

from ._catalog_store import Coupon
from ._coupons import live_coupon, redeem, redeemable
from ._errors import ApiError, live
from ._listing import Listing, list_handler, retrieve_handler, update_handler
from ._objects import expand_customer, expand_paths, merged_metadata
from ._promotion_code_store import PromotionCode, Restrictions, render_promotion_code
from ._state import Finder, JsonObject, RequestContext, State

live_promotion_code = Finder(
    lambda state: state.promotion_codes, "promotion code", "promotion_code"
)

_CODE = re.compile(r"[A-Za-z0-9-]+")


def promotion_code_view(
    state: State, code: PromotionCode, expand: AbstractSet[str] = frozenset()
) -> JsonObject:
    # Of the expandable fields only `customer` is expanded, as elsewhere.
    return expand_customer(state, render_promotion_code(code), expand)


def _clashing(state: State, code: PromotionCode) -> PromotionCode | None:
    """Another active code with the same code, whatever its case, that the same customer
    could type: one for anyone, or for the same customer."""
    for other in state.promotion_codes.values():
        if other.id == code.id or not other.active or other.code.lower() != code.code.lower():
            continue
        if other.customer is None or code.customer is None or other.customer == code.customer:
            return other
    return None


def _refuse_clash(state: State, code: PromotionCode, param: str) -> None:
    if code.active and _clashing(state, code) is not None:
        raise ApiError.invalid_request(
            f"An active promotion code with code {code.code!r} already exists.",
            param=param,
            code="resource_already_exists",
        )


def _currency_options(given: dict[str, Any], minimum_currency: str | None) -> dict[str, int]:
    options: dict[str, int] = {}
    for currency, option in given.items():
        currency = str(currency).lower()
        if currency == minimum_currency:
            raise ApiError.invalid_request(
                "Each of currency_options must differ from minimum_amount_currency.",
                param="restrictions[currency_options]",
            )
        # Free-form in the spec, so sent as text: read here.
        amount = option.get("minimum_amount") if isinstance(option, dict) else None
        if not ((isinstance(amount, int) and amount >= 0) or str(amount).isdigit()):
            raise ApiError.invalid_request(
                "Each currency option needs a minimum_amount of 0 or more.",
                param=f"restrictions[currency_options][{currency}][minimum_amount]",
            )
        options[currency] = int(str(amount))
    return options


def _restrictions(given: dict[str, Any]) -> Restrictions:
    minimum = given.get("minimum_amount")
    currency = given.get("minimum_amount_currency")
    if (minimum is None) != (currency is None):
        missing = "minimum_amount_currency" if currency is None else "minimum_amount"
        raise ApiError.invalid_request(
            "minimum_amount and minimum_amount_currency go together.",
            param=f"restrictions[{missing}]",
            code="parameter_missing",
        )
    if minimum is not None and minimum < 0:
        raise ApiError.invalid_request(
            "minimum_amount must be 0 or more.", param="restrictions[minimum_amount]"
        )
    currency = None if currency is None else str(currency).lower()
    return Restrictions(
        first_time_transaction=bool(given.get("first_time_transaction", False)),
        minimum_amount=minimum,
        minimum_amount_currency=currency,
        currency_options=_currency_options(given.get("currency_options") or {}, currency),
    )


def _checked_limits(call: RequestContext, coupon: Coupon, params: dict[str, Any]) -> None:
    limit = params.get("max_redemptions")
    if limit is not None and limit <= 0:
        raise ApiError.invalid_request(
            "max_redemptions must be a positive integer.", param="max_redemptions"
        )
    if limit is not None and coupon.max_redemptions is not None and limit > coupon.max_redemptions:
        raise ApiError.invalid_request(
            f"max_redemptions cannot be more than the coupon's ({coupon.max_redemptions}).",
            param="max_redemptions",
        )
    expires_at = params.get("expires_at")
    if expires_at is not None and expires_at <= call.now():
        raise ApiError.invalid_request("expires_at must be in the future.", param="expires_at")
    if expires_at is not None and coupon.redeem_by is not None and expires_at > coupon.redeem_by:
        raise ApiError.invalid_request(
            "expires_at cannot be after the coupon's redeem_by.", param="expires_at"
        )


def create(call: RequestContext, ids: dict[str, str], params: dict[str, Any]) -> JsonObject:
    state = call.state
    if "coupon" not in params["promotion"]:
        raise ApiError.missing_param("promotion[coupon]")
    coupon = live_coupon(state, params["promotion"]["coupon"], "promotion[coupon]")
    customer = None
    if "customer" in params:  # looked up here: `_customers` stands above this module
        customer = live(state.customers, "customer", params["customer"], "customer").id
    given_code = params.get("code")
    if given_code is not None and not _CODE.fullmatch(given_code):
        raise ApiError.invalid_request(
            "A code may have only letters (a-z, A-Z), digits and dashes.", param="code"
        )
    _checked_limits(call, coupon, params)
    code = call.new(
        PromotionCode,
        "promo",
        code=given_code or call.new_id("code")[5:13].upper(),
        coupon=coupon.id,
        active=bool(params.get("active", True)),
        customer=customer,
        expires_at=params.get("expires_at"),
        max_redemptions=params.get("max_redemptions"),
        restrictions=_restrictions(params.get("restrictions") or {}),
        metadata=merged_metadata({}, params.get("metadata", {})),
    )
    _refuse_clash(state, code, "code")
    state.promotion_codes[code.id] = code
    call.emit("promotion_code.created", render_promotion_code(code))
    return promotion_code_view(state, code, expand_paths(params, in_list=False))


retrieve = retrieve_handler(live_promotion_code, "promotion_code", promotion_code_view)


def _reactivation_refused(call: RequestContext, code: PromotionCode) -> None:
    """A code is reactivated only while it could be redeemed and no other has its code."""
    code.active = True
    try:
        _refuse_clash(call.state, code, "active")
        reason = _unredeemable(call, code)
    finally:
        code.active = False
    if reason is not None:
        raise ApiError.invalid_request(
            f"This promotion code cannot be reactivated: {reason}", param="active"
        )


def _update(call: RequestContext, code: PromotionCode, params: dict[str, Any]) -> None:
    # Everything is checked before anything changes.
    given = (params.get("restrictions") or {}).get("currency_options")
    restrictions = code.restrictions
    options = (
        None if given is None else _currency_options(given, restrictions.minimum_amount_currency)
    )
    active = params.get("active")
    if active is True and not code.active:
        _reactivation_refused(call, code)
    if "metadata" in params:
        code.metadata = merged_metadata(code.metadata, params["metadata"])
    if options is not None:
        restrictions.currency_options = options
    if active is not None:
        code.active = bool(active)


update = update_handler(
    live_promotion_code,
    "promotion_code",
    "promotion_code.updated",
    promotion_code_view,
    _update,
)


def _matches(call: RequestContext, code: PromotionCode, params: dict[str, Any]) -> bool:
    if "active" in params and code.active != params["active"]:
        return False
    if "code" in params and code.code.lower() != str(params["code"]).lower():
        return False
    return "customer" not in params or code.customer == params["customer"]


list_all = list_handler(
    Listing(
        "/v1/promotion_codes",
        "promotion code",
        "promotion_codes",
        promotion_code_view,
        equal=("coupon",),
        keep=_matches,
    )
)


# -- redemption ------------------------------------------------------------------------------


def _first_time(state: State, customer: str | None, owner_invoice: str | None) -> bool:
    """Whether `customer` has no invoice finalized (open, paid, ...) before this one."""
    return not any(
        invoice.customer == customer and invoice.status != "draft" and invoice.id != owner_invoice
        for invoice in state.invoices.values()
    )


def _unredeemable(
    call: RequestContext,
    code: PromotionCode,
    *,
    customer: str | None = None,
    currency: str | None = None,
    amount: int | None = None,
    invoice: str | None = None,
) -> str | None:
    """Why `code` can't be redeemed now (by `customer`, for `amount` in `currency`), or None."""
    if not code.active:
        return "it is inactive."
    if code.expires_at is not None and call.now() >= code.expires_at:
        return "it has expired."
    if code.max_redemptions is not None and code.times_redeemed >= code.max_redemptions:
        return f"it has reached its redemption limit ({code.max_redemptions})."
    coupon = call.state.coupons.get(code.coupon)
    if coupon is None or not redeemable(call, coupon):
        return f"its coupon {code.coupon} is no longer valid (deleted, expired or used up)."
    if customer is None:
        return None
    if code.customer is not None and code.customer != customer:
        return "it is restricted to another customer."
    restrictions = code.restrictions
    if restrictions.first_time_transaction and not _first_time(call.state, customer, invoice):
        return "it is for first-time customers only, and this customer has been invoiced."
    if currency is None or amount is None or not restrictions.has_minimum:
        return None
    minimum = restrictions.minimum_in(currency)
    if minimum is None:
        return f"it has no minimum amount in {currency}, so it cannot be used in {currency}."
    if amount < minimum:
        return f"the minimum amount ({minimum} {currency}) is not met ({amount} {currency})."
    return None


def redeem_code(
    call: RequestContext,
    code_id: str,
    param: str,
    *,
    record: bool,
    customer: str | None,
    currency: str | None,
    amount: int | None,
    invoice: str | None = None,
) -> tuple[PromotionCode, Coupon]:
    """The code and its coupon, once checked; counted (the code and the coupon) when
    `record`. Refused with a 400 naming `param` when it can't be redeemed."""
    state = call.state
    code = live_promotion_code(state, code_id, param)
    reason = _unredeemable(
        call, code, customer=customer, currency=currency, amount=amount, invoice=invoice
    )
    if reason is not None:
        raise ApiError.invalid_request(
            f"This promotion code cannot be redeemed: {reason}", param=param
        )
    coupon = state.coupons[code.coupon]  # there: checked above
    if record:
        redeem(call, coupon, param)
        code.times_redeemed += 1
    return code, coupon


__all__ = [
    "create",
    "list_all",
    "live_promotion_code",
    "promotion_code_view",
    "redeem_code",
    "retrieve",
    "update",
]
