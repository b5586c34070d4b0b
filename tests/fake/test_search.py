from __future__ import annotations

from typing import Any

import pytest

from stripe_invoicing_client.testing import FakeStripe

from .support import Api, assert_pinned_shape, error_of


@pytest.fixture
def invoices(api: Api, fake: FakeStripe) -> dict[str, dict[str, Any]]:
    alice = api.customer(email="alice@example.com", name="Alice Smith")["id"]
    bob = api.customer(email="bob@example.org", name="Bob", metadata={"tier": "gold"})["id"]
    api.item(alice, 500)
    small = api.invoice(alice, metadata={"order": "6735"})
    fake.clock.advance(10)
    api.item(bob, 5000)
    big = api.invoice(bob)
    api.post(f"/v1/invoices/{big['id']}/finalize")
    return {"small": small, "big": big}


def _ids(api: Api, path: str, query: str, **params: Any) -> list[str]:
    result = api.get(path, {"query": query, **params})
    assert result["object"] == "search_result"
    assert_pinned_shape(result)
    return [obj["id"] for obj in result["data"]]


def test_each_clause_form(api: Api, invoices: dict[str, dict[str, Any]]) -> None:
    small, big = invoices["small"]["id"], invoices["big"]["id"]
    path = "/v1/invoices/search"
    assert _ids(api, path, "status:'open'") == [big]
    assert _ids(api, path, 'status:"draft"') == [small]
    assert _ids(api, path, "total>1000") == [big]
    assert _ids(api, path, "total<=500") == [small]
    assert _ids(api, path, "total>=500 AND total<5000") == [small]
    assert _ids(api, path, "metadata['order']:'6735'") == [small]
    assert _ids(api, path, "-status:'open'") == [small]
    assert _ids(api, path, "status:'open' OR metadata['order']:'6735'") == [big, small]
    assert _ids(api, path, "status:'draft' and total:500") == [small]
    assert _ids(api, path, "status:'paid'") == []


def test_customer_search(api: Api, invoices: dict[str, dict[str, Any]]) -> None:
    path = "/v1/customers/search"
    assert len(_ids(api, path, "email~'example'")) == 2
    assert len(_ids(api, path, "email:'bob@example.org'")) == 1
    assert len(_ids(api, path, "metadata[\"tier\"]:'gold' name:'Bob'")) == 1


def test_pages(api: Api, fake: FakeStripe) -> None:
    for _ in range(5):
        api.customer(email="same@example.com")
    seen: list[str] = []
    params: dict[str, Any] = {"query": "email:'same@example.com'", "limit": 2}
    pages = 0
    while True:
        result = api.get("/v1/customers/search", params)
        pages += 1
        seen += [c["id"] for c in result["data"]]
        if not result["has_more"]:
            assert result["next_page"] is None
            break
        params = {**params, "page": result["next_page"]}
    assert pages == 3
    assert len(set(seen)) == 5


@pytest.mark.parametrize(
    "query",
    [
        "status:open",  # unquoted string
        "status:'open' AND total>1 OR total<2",  # AND and OR mixed
        "(status:'open')",
        "color:'red'",  # not a searchable field
        "status>'open'",
        "total:'big'",
        "status:'open' garbage",
        "status:'open",  # unterminated quote
        "email~'ab'",
    ],
)
def test_unparseable_queries_are_refused(api: Api, query: str) -> None:
    path = "/v1/customers/search" if query.startswith("email") else "/v1/invoices/search"
    error = error_of(api.get(path, {"query": query}, expect=400))
    assert error["param"] == "query"
    assert error["message"]


def test_query_is_required(api: Api) -> None:
    error = error_of(api.get("/v1/invoices/search", expect=400))
    assert error["code"] == "parameter_missing"
