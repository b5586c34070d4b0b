"""Request parameters of promotion_codes, as TypedDicts (generated; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypedDict

from ..._core.key_docs import document_keys

if TYPE_CHECKING:
    from collections.abc import Mapping

    from typing_extensions import Required

    from ._shared import RangeQuerySpecs

from ._shared import ExpandParams


class Promotion(TypedDict, total=False):
    coupon: str
    """Id of the coupon the promotion code applies."""
    type: Required[Literal["coupon"]]
    """What the code grants; only a coupon."""


class RestrictionsCurrencyOptions(TypedDict, total=False):
    minimum_amount: int
    """Smallest order amount in that currency that may redeem the code."""


class Restrictions(TypedDict, total=False):
    currency_options: Mapping[str, RestrictionsCurrencyOptions]
    """Per-currency minimum amounts for redeeming the code."""
    first_time_transaction: bool
    """Whether only customers who never paid before may redeem the code."""
    minimum_amount: int
    """Smallest order amount that may redeem the code, in the smallest currency unit."""
    minimum_amount_currency: str
    """Three-letter ISO currency code of the minimum amount."""


class RestrictionsParam(TypedDict, total=False):
    currency_options: Mapping[str, RestrictionsCurrencyOptions]
    """Per-currency minimum amounts for redeeming the code."""


class PromotionCodeListParams(TypedDict, total=False):
    """Parameters of `promotion_codes.list` (GetPromotionCodes)."""

    active: bool
    """Only active (true) or inactive (false) codes."""
    code: str
    """Only the code with this text."""
    coupon: str
    """Only codes applying this coupon id."""
    created: RangeQuerySpecs | int
    """Only objects created at this Unix timestamp in seconds, or within a range given as gt, gte, lt and lte bounds."""
    customer: str
    """Only codes restricted to this customer id."""
    customer_account: str
    """Only codes restricted to this account, as a customer."""
    ending_before: str
    """Object id to page backwards from: the page ends with the object listed right before it."""
    expand: list[str]
    """Dotted paths of fields to return as full objects instead of ids."""
    limit: int
    """How many objects to return on one page, from 1 to 100; 10 when omitted."""
    starting_after: str
    """Object id to page forwards from: the page begins with the object listed right after it."""


class PromotionCodeCreateParams(TypedDict, total=False):
    """Parameters of `promotion_codes.create` (PostPromotionCodes)."""

    active: bool
    """Whether the code can be redeemed at once; true when omitted."""
    code: str
    """The text customers enter; generated when omitted."""
    customer: str
    """Only this customer id may redeem it."""
    customer_account: str
    """Only this account, as a customer, may redeem it."""
    expand: list[str]
    """Dotted paths of fields to return as full objects instead of ids."""
    expires_at: int
    """When the code stops being redeemable, as a Unix timestamp in seconds."""
    max_redemptions: int
    """How many times it may be redeemed in all."""
    metadata: Mapping[str, str]
    """Key-value pairs to store with the object; an empty value removes a key."""
    promotion: Required[Promotion]
    """What the code grants: the coupon to apply."""
    restrictions: Restrictions
    """Conditions on redeeming it: first-time customers only, a minimum amount."""


class PromotionCodeUpdateParams(TypedDict, total=False):
    """Parameters of `promotion_codes.update` (PostPromotionCodesPromotionCode)."""

    active: bool
    """False deactivates the code; true reactivates it unless its coupon is no longer valid."""
    expand: list[str]
    """Dotted paths of fields to return as full objects instead of ids."""
    metadata: Mapping[str, str] | Literal[""]
    """Key-value pairs to store with the object; an empty value removes a key."""
    restrictions: RestrictionsParam
    """Per-currency minimum amounts for redeeming it."""


# Operations whose parameters have the shape of another's.
PromotionCodeRetrieveParams = ExpandParams

document_keys(__name__)

__all__ = [
    "Promotion",
    "PromotionCodeCreateParams",
    "PromotionCodeListParams",
    "PromotionCodeRetrieveParams",
    "PromotionCodeUpdateParams",
    "Restrictions",
    "RestrictionsCurrencyOptions",
    "RestrictionsParam",
]
