"""`FakeStripe.give_customer_discount` refusing bad arguments: each refusal names the argument
and changes nothing (no discount, no event, no redemption counted, no id drawn)."""

from __future__ import annotations

from typing import Any

import pytest

from stripe_invoicing_client.testing import FakeStripe

from .support import Api

START = 1_767_225_600


def _world(api: Api, fake: FakeStripe) -> dict[str, str]:
    """Ada (who will be refused), Grace (with a discount already), a deleted customer, and
    coupons and codes that can't be redeemed, each by the name the cases use."""
    fake.clock.set(START)
    ada, grace, gone = (api.customer(name=name) for name in ("Ada", "Grace", "Gone"))
    api.delete(f"/v1/customers/{gone['id']}")

    def coupon(**params: Any) -> str:
        return str(api.post("/v1/coupons", {"percent_off": 10, **params})["id"])

    def code(coupon_id: str, **params: Any) -> str:
        promotion = {"type": "coupon", "coupon": coupon_id}
        return str(api.post("/v1/promotion_codes", {"promotion": promotion, **params})["id"])

    good = coupon()
    used_up = coupon(max_redemptions=1)
    fake.give_customer_discount(grace["id"], used_up)
    inactive = code(good)
    api.post(f"/v1/promotion_codes/{inactive}", {"active": False})
    return {
        "ada": ada["id"],
        "grace": grace["id"],
        "gone": gone["id"],
        "good": good,
        "used_up": used_up,
        "expired": coupon(redeem_by=START + 10),
        "inactive": inactive,
        "graces_code": code(good, customer=grace["id"]),
    }


def _seen(api: Api, world: dict[str, str]) -> tuple[Any, Any]:
    """The coupons (their redemptions) and Ada's discount, as answered."""
    return api.get("/v1/coupons")["data"], api.get(f"/v1/customers/{world['ada']}")["discount"]


# (customer, coupon, promotion_code, error, words): names taken from `_world`, others as given.
CASES = [
    (7, "good", None, TypeError, "customer_id must be a str"),
    ("ada", 7, None, TypeError, "coupon_id must be a str"),
    ("ada", None, 7, TypeError, "promotion_code must be a str"),
    ("ada", None, None, ValueError, "exactly one of coupon_id or promotion_code"),
    ("ada", "good", "inactive", ValueError, "exactly one of coupon_id or promotion_code"),
    ("cus_nobody", "good", None, KeyError, "customer_id: no such customer"),
    ("gone", "good", None, KeyError, "customer_id: no such customer"),
    ("grace", "good", None, ValueError, "customer_id: customer .* already has discount"),
    ("ada", "NOPE", None, KeyError, "coupon_id: No such coupon"),
    ("ada", "used_up", None, ValueError, "coupon_id: coupon .* is no longer valid"),
    ("ada", "expired", None, ValueError, "coupon_id: coupon .* is no longer valid"),
    ("ada", None, "promo_nope", KeyError, "promotion_code: No such promotion code"),
    ("ada", None, "inactive", ValueError, "promotion_code: .*it is inactive"),
    ("ada", None, "graces_code", ValueError, "promotion_code: .*restricted to another customer"),
]


@pytest.mark.parametrize(
    ("customer", "coupon", "code", "error", "words"),
    CASES,
    ids=[f"{c[3].__name__}-{c[4].split(':')[0].split()[0]}-{n}" for n, c in enumerate(CASES)],
)
def test_a_bad_argument_is_refused_changing_nothing(
    api: Api, fake: FakeStripe, customer: Any, coupon: Any, code: Any, error: type, words: str
) -> None:
    world = _world(api, fake)
    fake.clock.set(START + 20)  # past the `expired` coupon's redeem_by

    def named(value: Any) -> Any:
        return world.get(value, value) if isinstance(value, str) else value

    before = _seen(api, world)
    events = len(fake.events)
    with pytest.raises(error, match=words):
        fake.give_customer_discount(named(customer), named(coupon), promotion_code=named(code))
    assert len(fake.events) == events
    assert _seen(api, world) == before
    assert before[1] is None
    # No id was drawn: the next object made gets the id it would have got.
    twin = FakeStripe()
    twin_api = Api(twin.sync_http_client())
    twin_world = _world(twin_api, twin)
    for _ in range(2):
        _seen(twin_api, twin_world)
    assert api.customer()["id"] == twin_api.customer()["id"]
