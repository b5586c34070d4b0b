"""Tiered prices at the HTTP level: what `prices.create` refuses (a 400 naming the parameter,
nothing made), and `tiers` shown only when `expand[]` includes them."""

from __future__ import annotations

from typing import Any

import pytest

from stripe_invoicing_client.testing import FakeStripe

from .support import Api, assert_pinned_shape, error_of

TIERS: list[dict[str, Any]] = [
    {"up_to": 5, "unit_amount": 1000, "flat_amount": 200},
    {"up_to": "inf", "unit_amount_decimal": "800.5"},
]
TIERED: dict[str, Any] = {"billing_scheme": "tiered", "tiers_mode": "graduated", "tiers": TIERS}


def _with_tier(**changes: Any) -> list[dict[str, Any]]:
    return [{**TIERS[0], **changes}, TIERS[1]]


REFUSED = [
    ({"billing_scheme": "tiered", "tiers_mode": "graduated"}, "tiers"),
    ({"billing_scheme": "tiered", "tiers": TIERS}, "tiers_mode"),
    ({"tiers_mode": "volume", "tiers": TIERS, "unit_amount": 5}, "tiers"),
    ({**TIERED, "unit_amount": 1000}, "unit_amount"),
    ({**TIERED, "transform_quantity": {"divide_by": 2, "round": "up"}}, "transform_quantity"),
    ({**TIERED, "tiers": [TIERS[0], {"up_to": 10, "unit_amount": 800}]}, "tiers[1][up_to]"),
    ({**TIERED, "tiers": [{"up_to": "inf", "unit_amount": 9}, TIERS[1]]}, "tiers[0][up_to]"),
    (
        {**TIERED, "tiers": [TIERS[0], {"up_to": 5, "unit_amount": 900}, TIERS[1]]},
        "tiers[1][up_to]",
    ),
    ({**TIERED, "tiers": _with_tier(unit_amount_decimal="9.5")}, "tiers[0][unit_amount_decimal]"),
    ({**TIERED, "tiers": _with_tier(flat_amount_decimal="200")}, "tiers[0][flat_amount_decimal]"),
    ({**TIERED, "tiers": [{"up_to": 5}, TIERS[1]]}, "tiers[0][unit_amount]"),
    (
        {**TIERED, "tiers": [{"up_to": 5, "flat_amount_decimal": "1.5"}, TIERS[1]]},
        "tiers[0][flat_amount_decimal]",
    ),
]


@pytest.mark.parametrize(("sent", "param"), REFUSED)
def test_a_tiered_price_stripe_would_refuse_is_refused_by_name(
    api: Api, fake: FakeStripe, sent: dict[str, Any], param: str
) -> None:
    product = api.post("/v1/products", {"name": "Seats"})
    body = {"product": product["id"], "currency": "usd", **sent}
    error = error_of(api.post("/v1/prices", body, expect=400))
    assert error["param"] == param, error
    assert api.get("/v1/prices")["data"] == []


def test_tiers_are_shown_only_when_expanded(api: Api) -> None:
    product = api.post("/v1/products", {"name": "Seats"})
    price = api.post("/v1/prices", {"product": product["id"], "currency": "usd", **TIERED})
    assert_pinned_shape(price)
    assert "tiers" not in price
    assert (price["billing_scheme"], price["tiers_mode"], price["unit_amount_decimal"]) == (
        "tiered",
        "graduated",
        None,
    )
    shown = api.get(f"/v1/prices/{price['id']}", {"expand": ["tiers"]})
    assert shown["tiers"] == [
        {
            "flat_amount": 200,
            "flat_amount_decimal": "200",
            "unit_amount": 1000,
            "unit_amount_decimal": "1000",
            "up_to": 5,
        },
        {
            "flat_amount": None,
            "flat_amount_decimal": None,
            "unit_amount": None,
            "unit_amount_decimal": "800.5",
            "up_to": None,
        },
    ]
    listed = api.get("/v1/prices", {"expand": ["data.tiers"]})["data"]
    assert [p["tiers"] for p in listed] == [shown["tiers"]]
    per_unit = api.monthly_price(product["id"], 500)
    assert api.get(f"/v1/prices/{per_unit['id']}", {"expand": ["tiers"]})["tiers"] is None
    error = error_of(api.get(f"/v1/prices/{price['id']}", {"expand": ["tiers.up_to"]}, expect=400))
    assert error["param"] == "expand"


@pytest.mark.parametrize(
    ("path", "expand", "lines_at"),
    [
        ("", "line_items.data.price.tiers", "line_items"),
        ("/line_items", "data.price.tiers", ""),
        ("/computed_upfront_line_items", "data.price.tiers", ""),
    ],
    ids=["quote", "line_items", "computed_upfront_line_items"],
)
def test_a_quote_line_s_tiered_price_shows_its_tiers_when_expanded(
    api: Api, path: str, expand: str, lines_at: str
) -> None:
    customer = api.customer()
    product = api.post("/v1/products", {"name": "Seats"})
    price = api.post("/v1/prices", {"product": product["id"], "currency": "usd", **TIERED})
    line = {"price": price["id"], "quantity": 6}
    quote = api.post("/v1/quotes", {"customer": customer["id"], "line_items": [line]})
    tiers = api.get(f"/v1/prices/{price['id']}", {"expand": ["tiers"]})["tiers"]
    shown = api.get(f"/v1/quotes/{quote['id']}{path}", {"expand": [expand]})
    [listed] = (shown[lines_at] if lines_at else shown)["data"]
    assert listed["price"]["tiers"] == tiers
    assert_pinned_shape(listed)
