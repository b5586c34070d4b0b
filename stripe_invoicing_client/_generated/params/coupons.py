"""Request parameters of coupons, as TypedDicts (generated; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypedDict

from ..._core.key_docs import document_keys

if TYPE_CHECKING:
    from collections.abc import Mapping

    from typing_extensions import Required

    from ._shared import RangeQuerySpecs

from ._shared import ExpandParams, NoParams


class AppliesTo(TypedDict, total=False):
    products: list[str]
    """Ids of the products the coupon applies to; other products are not discounted."""


class CurrencyOptions(TypedDict, total=False):
    amount_off: Required[int]
    """Amount taken off in this currency, in its smallest unit."""


class CouponListParams(TypedDict, total=False):
    """Parameters of `coupons.list` (GetCoupons)."""

    created: RangeQuerySpecs | int
    """Only objects created at this Unix timestamp in seconds, or within a range given as gt, gte, lt and lte bounds."""
    ending_before: str
    """Object id to page backwards from: the page ends with the object listed right before it."""
    expand: list[str]
    """Dotted paths of fields to return as full objects instead of ids."""
    limit: int
    """How many objects to return on one page, from 1 to 100; 10 when omitted."""
    starting_after: str
    """Object id to page forwards from: the page begins with the object listed right after it."""


class CouponCreateParams(TypedDict, total=False):
    """Parameters of `coupons.create` (PostCoupons)."""

    amount_off: int
    """Amount taken off in the smallest currency unit, for an amount-off coupon."""
    applies_to: AppliesTo
    """Products the coupon is limited to."""
    currency: str
    """Three-letter currency code of `amount_off`."""
    currency_options: Mapping[str, CurrencyOptions]
    """The `amount_off` in other currencies, keyed by currency code."""
    duration: Literal["forever", "once", "repeating"]
    """How long a discount from the coupon lasts: `once`, `repeating` or `forever`."""
    duration_in_months: int
    """Number of months a `repeating` coupon lasts."""
    expand: list[str]
    """Dotted paths of fields to return as full objects instead of ids."""
    id: str
    """Unique id of the object."""
    max_redemptions: int
    """How many times the coupon can be redeemed in all."""
    metadata: Mapping[str, str] | Literal[""]
    """Your own key-value pairs stored on the object."""
    name: str
    """Name of the coupon, shown on invoices and receipts."""
    percent_off: float
    """Percentage taken off, for a percent-off coupon."""
    redeem_by: int
    """Unix timestamp after which the coupon can no longer be redeemed."""


class CouponUpdateParams(TypedDict, total=False):
    """Parameters of `coupons.update` (PostCouponsCoupon)."""

    currency_options: Mapping[str, CurrencyOptions]
    """The `amount_off` in other currencies, keyed by currency code."""
    expand: list[str]
    """Dotted paths of fields to return as full objects instead of ids."""
    metadata: Mapping[str, str] | Literal[""]
    """Your own key-value pairs stored on the object."""
    name: str
    """Name of the coupon, shown on invoices and receipts."""


# Operations whose parameters have the shape of another's.
CouponRetrieveParams = ExpandParams
CouponDeleteParams = NoParams

document_keys(__name__)

__all__ = [
    "AppliesTo",
    "CouponCreateParams",
    "CouponDeleteParams",
    "CouponListParams",
    "CouponRetrieveParams",
    "CouponUpdateParams",
    "CurrencyOptions",
]
