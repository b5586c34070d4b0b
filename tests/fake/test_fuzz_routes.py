"""Fuzzing the fake's routes: whatever the parameters, the answer is never a 5xx.

Each example picks a route, fills its path with a real id (of an invoice in some status, an
item, a customer) or a made-up one, and sends parameters drawn from the operation's accepted
shapes, with leaves that are often wrong (huge integers, exponents, unknown currencies,
unknown expand paths, empty strings). The fake must answer 2xx or 4xx, and record no bug.
The store is shared across examples, so later requests meet what earlier ones left.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from stripe_invoicing_client.testing import FakeStripe
from stripe_invoicing_client.testing._accepted_params import ACCEPTED_PARAMS
from stripe_invoicing_client.testing._routes import ROUTES
from stripe_invoicing_client.testing._shapes import (
    AnyOf,
    Fields,
    ListOf,
    OneOf,
    Scalar,
    Shape,
    StrMap,
    Unsettable,
)

EXAMPLES = 400
MAX_DEPTH = 3

ODD_LEAVES = [
    "",
    "0",
    "-1",
    "1.5",
    "1e400",
    "1e-07",
    "NaN",
    "-0",
    "9" * 25,
    "1" * 401,
    str(2**63),
    str(2**70),
    "99999999",
    "100000000",
    "usd",
    "zzz",
    "true",
    "customer",
    "data.customer",
    "nonsense",
    "include",
    "send_invoice",
    "delete",
    "ü",
]


def _form(params: dict[str, Any]) -> str:
    """Bracket notation written here, independently of the SDK's encoder."""
    pairs: list[str] = []

    def walk(value: Any, key: str) -> None:
        if isinstance(value, dict):
            for name, item in value.items():
                walk(item, f"{key}[{quote(str(name), safe='')}]")
        elif isinstance(value, list):
            for index, item in enumerate(value):
                walk(item, f"{key}[{index}]")
        else:
            pairs.append(f"{key}={quote(str(value), safe='')}")

    for name, value in params.items():
        walk(value, quote(name, safe=""))
    return "&".join(pairs)


def _values(shape: Shape, ids: st.SearchStrategy[str], depth: int) -> st.SearchStrategy[Any]:
    # Plausible values most of the time, so requests get past the checks into the handlers.
    wild = st.one_of(st.sampled_from(ODD_LEAVES), st.text(max_size=6))
    leaf = st.one_of(ids, st.sampled_from(["usd", "Fuzz", "1", "true"]), wild)
    if depth > MAX_DEPTH:
        return leaf
    if isinstance(shape, Unsettable):
        return st.one_of(_values(shape.inner, ids, depth), st.just(""))
    if isinstance(shape, Scalar):
        if shape.kind == "integer":
            return st.one_of(
                st.integers(0, 500).map(str), st.integers(-(2**70), 2**70).map(str), wild
            )
        if shape.kind == "boolean":
            return st.one_of(st.sampled_from(["true", "false"]), wild)
        return leaf
    if isinstance(shape, OneOf):
        return st.one_of(st.sampled_from(shape.values), wild) if shape.values else wild
    if isinstance(shape, StrMap):
        return st.dictionaries(st.text(min_size=1, max_size=5), leaf, max_size=3)
    if isinstance(shape, ListOf):
        return st.lists(_values(shape.item, ids, depth + 1), max_size=3)
    if isinstance(shape, AnyOf):
        return st.one_of(*(_values(option, ids, depth) for option in shape.options))
    if isinstance(shape, Fields):
        return _fields(shape, ids, depth)
    return leaf


def _fields(shape: Fields, ids: st.SearchStrategy[str], depth: int) -> st.SearchStrategy[Any]:
    names = sorted(shape.fields)

    @st.composite
    def build(draw: st.DrawFn) -> dict[str, Any]:
        chosen = draw(st.lists(st.sampled_from(names), max_size=4, unique=True)) if names else []
        out = {name: draw(_values(shape.fields[name], ids, depth + 1)) for name in chosen}
        if draw(st.integers(0, 9)) == 0:
            out["not_a_parameter"] = draw(st.sampled_from(ODD_LEAVES))
        return out

    return build()


def _seed(http: httpx.Client) -> list[str]:
    """A customer with invoices in every status and items on them; their ids."""

    def post(path: str, data: dict[str, Any] | None = None) -> Any:
        response = http.post(path, content=_form(data or {}), headers=_FORM)
        assert response.status_code == 200, response.text
        return response.json()

    customer = post("/v1/customers", {"email": "fuzz@example.com"})
    ids = [customer["id"]]
    for steps in ([], ["finalize"], ["finalize", "pay"], ["finalize", "void"]):
        invoice = post(
            "/v1/invoices", {"customer": customer["id"], "collection_method": "send_invoice"}
        )
        item = post(
            "/v1/invoiceitems",
            {
                "customer": customer["id"],
                "amount": 500,
                "currency": "usd",
                "invoice": invoice["id"],
            },
        )
        for step in steps:
            post(
                f"/v1/invoices/{invoice['id']}/{step}",
                {"paid_out_of_band": "true"} if step == "pay" else None,
            )
        lines = http.get(f"/v1/invoices/{invoice['id']}/lines").json()["data"]
        ids += [invoice["id"], item["id"], lines[0]["id"]]
    return ids


_FORM = {"Content-Type": "application/x-www-form-urlencoded"}


def test_no_route_answers_5xx() -> None:
    fake = FakeStripe(seed=7)
    statuses: dict[int, int] = {}
    with fake.sync_http_client() as http:
        known = _seed(http)
        ids = st.one_of(st.sampled_from(known), st.sampled_from(["x", "in_missing", "%2E%2E"]))

        @settings(
            max_examples=EXAMPLES,
            deadline=None,
            database=None,
            derandomize=True,
            suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
        )
        @given(st.data())
        def check(data: st.DataObject) -> None:
            route = data.draw(st.sampled_from(ROUTES), label="route")
            path = route.template
            for name in route.pattern.groupindex:
                path = path.replace("{" + name + "}", data.draw(ids, label=name))
            params = data.draw(_fields(ACCEPTED_PARAMS[route.operation_id], ids, 0))
            body = _form(params)
            if route.method in ("GET", "DELETE"):
                response = http.request(route.method, f"{path}?{body}" if body else path)
            else:
                response = http.post(path, content=body, headers=_FORM)
            statuses[response.status_code] = statuses.get(response.status_code, 0) + 1
            assert response.status_code < 500, (route.operation_id, params, response.text)
            assert fake.internal_errors == []

        check()
    assert sum(statuses.values()) >= EXAMPLES
    # The fuzz reached the handlers, not just the parameter checks.
    assert statuses.get(200, 0) > EXAMPLES // 100, statuses


@pytest.mark.parametrize(
    ("method", "path", "body"),
    [
        ("POST", "/v1/invoiceitems", "customer=cus_x&amount=" + "9" * 5000),
        ("POST", "/v1/invoices", "customer=cus_x&currency[a]=usd"),
        ("POST", "/v1/invoices", "metadata[a][b]=c"),
        ("GET", "/v1/invoices", "limit=1e3"),
        ("GET", "/v1/invoices", "created[gt]=" + "1" * 30),
    ],
)
def test_odd_bodies_are_4xx(method: str, path: str, body: str) -> None:
    fake = FakeStripe()
    with fake.sync_http_client() as http:
        if method == "GET":
            response = http.get(f"{path}?{body}")
        else:
            response = http.post(path, content=body, headers=_FORM)
    assert 400 <= response.status_code < 500, response.text
    assert fake.internal_errors == []
