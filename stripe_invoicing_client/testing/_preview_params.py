"""`invoices.create_preview`'s parameters beyond what the invoice bills (stripe-python 16.1's
`InvoiceCreatePreviewParams`): who the preview is for, and what it may only show.

- `customer_details` overrides what the preview shows of an existing customer (`address`,
  `shipping`, `tax_exempt`, `tax_ids`); its `tax` (an IP address) only feeds Stripe Tax, which
  the fake doesn't compute, so it is accepted and changes nothing;
- `on_behalf_of` is shown as sent, as `invoices.create` keeps it;
- `automatic_tax[enabled]=false` and `issuer[type]=self` are what the fake's invoices always
  are, so accepted;
- what the fake doesn't model (schedules, automatic tax, another issuer, customers that are
  Accounts, a preview for no customer, the other `subscription_details`, a new
  subscription's `subscription_details[billing_cycle_anchor]`) is refused by name rather than
  ignored.
"""

from __future__ import annotations

from typing import Any

from ._errors import ApiError
from ._objects import address, shipping
from ._shapes import UNSET
from ._state import JsonObject

# What of `subscription_details` (and of each of its `items`) the fake models.
MODELLED_DETAILS = (
    "billing_cycle_anchor",  # `now` or `unchanged`, of an existing subscription
    "default_tax_rates",
    "items",
    "proration_behavior",
    "proration_date",
)
_MODELLED_ITEM_FIELDS = (
    "clear_usage",  # no effect on a price billed from a meter, the only usage the fake has
    "deleted",
    "discounts",
    "id",
    "metadata",
    "price",
    "price_data",
    "quantity",
    "tax_rates",
)
# Who a preview is for: with automatic tax, Stripe needs one of them.
_WHO = ("customer", "customer_account", "customer_details", "subscription", "schedule")
# What a preview for no customer previews: Stripe needs one of them.
_WHAT = ("subscription", "schedule", "subscription_details.items", "schedule_details.phases")


def not_modelled(param: str, what: str | None = None) -> ApiError:
    return ApiError.not_modelled(param, "invoices.create_preview", what)


def _check_who(params: dict[str, Any]) -> None:
    """Stripe's rules on who and what a preview is of, before the fake's own limits."""
    tax = params.get("automatic_tax") or {}
    if tax.get("enabled") and not any(name in params for name in _WHO):
        raise ApiError.invalid_request(
            "With automatic_tax[enabled], one of customer, customer_account, customer_details, "
            "subscription or schedule is required."
        )
    details = params.get("subscription_details") or {}
    phases = (params.get("schedule_details") or {}).get("phases")
    if not any(name in params for name in _WHO) and not (
        details.get("items") or phases or params.get("invoice_items")
    ):
        raise ApiError.invalid_request(
            "You must provide at least one of: " + ", ".join(_WHAT) + ", invoice_items."
        )


def _refuse_subscription_details(details: dict[str, Any]) -> None:
    for name in details:
        if name not in MODELLED_DETAILS:
            raise not_modelled(f"subscription_details[{name}]")
    anchor = details.get("billing_cycle_anchor") or {}
    if anchor and anchor.get("type") not in ("now", "unchanged"):
        name = "subscription_details[billing_cycle_anchor]"
        raise not_modelled(name, f"a new subscription's billing cycle anchor ({name})")
    for index, given in enumerate(details.get("items") or []):
        for name in given:
            if name not in _MODELLED_ITEM_FIELDS:
                raise not_modelled(f"subscription_details[items][{index}][{name}]")


def refuse_unmodelled(params: dict[str, Any]) -> None:
    """Stripe's errors first, then a 400 naming what the fake would otherwise ignore."""
    _check_who(params)
    for name in ("schedule", "schedule_details", "customer_account"):
        if name in params:
            raise not_modelled(name)
    if params.get("preview_mode", "next") != "next":
        raise not_modelled("preview_mode")
    tax = params.get("automatic_tax") or {}
    if tax.get("enabled"):
        raise not_modelled("automatic_tax[enabled]", "automatic tax")
    if "liability" in tax:
        raise not_modelled("automatic_tax[liability]")
    issuer = params.get("issuer") or {}
    if issuer.get("type", "self") != "self" or "account" in issuer:
        raise not_modelled("issuer", "an issuer other than self")
    if "customer" not in params and "subscription" not in params:
        name = "customer_details" if "customer_details" in params else "customer"
        raise not_modelled(name, "a preview for no customer")
    _refuse_subscription_details(params.get("subscription_details") or {})


def show_overrides(view: JsonObject, params: dict[str, Any]) -> None:
    """What the preview shows differently, as `customer_details` and `on_behalf_of` say."""
    if "on_behalf_of" in params:
        view["on_behalf_of"] = None if params["on_behalf_of"] is UNSET else params["on_behalf_of"]
    details = params.get("customer_details") or {}
    if "address" in details:
        view["customer_address"] = address(details["address"])
    if "shipping" in details:
        view["customer_shipping"] = shipping(details["shipping"])
    if "tax_exempt" in details:
        exempt = details["tax_exempt"]
        view["customer_tax_exempt"] = "none" if exempt is UNSET else exempt
    if "tax_ids" in details:
        view["customer_tax_ids"] = [
            {"type": t["type"], "value": t["value"]} for t in details["tax_ids"]
        ]


__all__ = ["MODELLED_DETAILS", "not_modelled", "refuse_unmodelled", "show_overrides"]
