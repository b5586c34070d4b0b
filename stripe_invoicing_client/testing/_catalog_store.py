"""The catalog aggregates as the fake keeps them (products, prices, tax rates, coupons and the
discounts they make), and the one function per aggregate that renders it as Stripe's JSON."""

from __future__ import annotations

from collections.abc import Set as AbstractSet
from decimal import Decimal
from typing import Any

from attrs import define, field, frozen

from ._money import plain
from ._stored import AT_CREATION, INTERNAL, StoredWithMetadata, render_stored
from ._tiers import TIERED, Tier, amount_for, render_tiers


@define
class Product(StoredWithMetadata):
    name: str
    type: str
    updated: int = AT_CREATION
    active: bool = True
    default_price: str | None = None
    description: str | None = None
    images: list[str] = field(factory=list)
    marketing_features: list[str | None] = field(factory=list)  # each feature's name
    package_dimensions: dict[str, Any] | None = None
    shippable: bool | None = None
    statement_descriptor: str | None = None
    tax_code: str | None = None
    # `performance_location` and `tax_code`, when sent.
    tax_details: dict[str, Any] | None = None
    unit_label: str | None = None
    url: str | None = None


def render_product(product: Product) -> dict[str, Any]:
    features = [{"name": name} for name in product.marketing_features]
    return render_stored(product, "product", marketing_features=features)


@frozen
class Recurring:
    interval: str
    interval_count: int = 1
    meter: str | None = None
    trial_period_days: int | None = None
    usage_type: str = "licensed"


@define
class Price(StoredWithMetadata):
    """A price: made through the prices API, or registered with `FakeStripe.create_price`
    (`registered`: not in the prices API, billed monthly by subscriptions)."""

    currency: str
    product: str
    # The unit amount; None for tiered or customer-chosen prices.
    unit: Decimal | None = field(metadata=INTERNAL)
    registered: bool = field(default=False, metadata=INTERNAL)
    # A tiered price's tiers (`_tiers`); rendered only when `expand[]=tiers` includes them.
    tiers: tuple[Tier, ...] = field(default=(), metadata=INTERNAL)
    active: bool = True
    billing_scheme: str = "per_unit"
    custom_unit_amount: dict[str, Any] | None = None
    lookup_key: str | None = None
    nickname: str | None = None
    recurring: Recurring | None = None
    tax_behavior: str | None = "unspecified"
    tiers_mode: str | None = None
    transform_quantity: dict[str, Any] | None = None

    @property
    def type(self) -> str:
        return "one_time" if self.recurring is None else "recurring"

    @property
    def bills_quantity(self) -> bool:
        """Whether it prices a quantity by itself: per unit with a unit amount, or tiered (a
        customer-chosen price has no amount until the customer chooses one)."""
        return self.unit is not None or self.billing_scheme == TIERED


def price_amount(price: Price, quantity: Decimal, param: str) -> int:
    """What `quantity` of the price costs (`_tiers.amount_for`)."""
    return amount_for(price.unit, price.tiers_mode, price.tiers, quantity, param)


def render_recurring(recurring: Recurring) -> dict[str, Any]:
    return {
        "interval": recurring.interval,
        "interval_count": recurring.interval_count,
        "meter": recurring.meter,
        "trial_period_days": recurring.trial_period_days,
        "usage_type": recurring.usage_type,
    }


def render_price(price: Price, expand: AbstractSet[str] = frozenset()) -> dict[str, Any]:
    """The price as answered; `tiers` (null for a per-unit price) only when `expand` has it."""
    unit = price.unit
    rendered = render_stored(
        price,
        "price",
        recurring=None if price.recurring is None else render_recurring(price.recurring),
        type=price.type,
        unit_amount=int(unit) if unit is not None and unit == unit.to_integral() else None,
        unit_amount_decimal=plain(unit) if unit is not None else None,
    )
    if "tiers" in expand:
        rendered["tiers"] = render_tiers(price.tiers) if price.tiers else None
    return rendered


@define
class TaxRate(StoredWithMetadata):
    display_name: str
    percentage: float  # fixed once created
    inclusive: bool
    active: bool = True
    country: str | None = None
    description: str | None = None
    jurisdiction: str | None = None
    state: str | None = None
    tax_type: str | None = None


def render_tax_rate(rate: TaxRate) -> dict[str, Any]:
    return render_stored(
        rate,
        "tax_rate",
        effective_percentage=rate.percentage,
        flat_amount=None,
        jurisdiction_level=None,
        rate_type="percentage",
    )


@define
class Coupon(StoredWithMetadata):
    duration: str
    amount_off: int | None = None
    currency: str | None = None
    percent_off: float | None = None
    duration_in_months: int | None = None
    max_redemptions: int | None = None
    redeem_by: int | None = None
    name: str | None = None
    times_redeemed: int = 0
    valid: bool = True
    # The products it is limited to; None: not limited (and no `applies_to` on the wire).
    applies_to_products: list[str] | None = field(default=None, metadata=INTERNAL)


def render_coupon(coupon: Coupon) -> dict[str, Any]:
    rendered = render_stored(coupon, "coupon")
    if coupon.applies_to_products is not None:
        rendered["applies_to"] = {"products": list(coupon.applies_to_products)}
    return rendered


@define
class Discount:
    """A coupon applied to an invoice, invoice item, subscription or customer, directly or
    through a promotion code."""

    id: str
    start: int
    # The coupon as it was when applied: a deleted or renamed coupon still discounts the same.
    coupon: Coupon
    customer: str | None = None
    invoice: str | None = None
    invoice_item: str | None = None
    subscription: str | None = None
    subscription_item: str | None = None
    promotion_code: str | None = None
    # A `repeating` coupon's end, its months after `start`; null for `once` and `forever`, as
    # stripe-python 16.1's `Discount.end` says.
    end: int | None = None
    # A `once` coupon's: the end of the one period it discounted (set then), when it is used up.
    used_up_at: int | None = None

    def ended_by(self, start: int) -> bool:
        """Whether it no longer applies to an invoice or line for a period from `start`."""
        stop = self.end if self.end is not None else self.used_up_at
        return stop is not None and start >= stop


def render_discount(discount: Discount) -> dict[str, Any]:
    return {
        "id": discount.id,
        "object": "discount",
        "checkout_session": None,
        "customer": discount.customer,
        "customer_account": None,
        "end": discount.end,
        "invoice": discount.invoice,
        "invoice_item": discount.invoice_item,
        "promotion_code": discount.promotion_code,
        "source": {"coupon": discount.coupon.id, "type": "coupon"},
        "start": discount.start,
        "subscription": discount.subscription,
        "subscription_item": discount.subscription_item,
    }


__all__ = [
    "Coupon",
    "Discount",
    "Price",
    "Product",
    "Recurring",
    "TaxRate",
    "price_amount",
    "render_coupon",
    "render_discount",
    "render_price",
    "render_product",
    "render_recurring",
    "render_tax_rate",
]
