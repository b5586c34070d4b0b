"""Authentication, routing, parameter checking, headers, and the async path."""

from __future__ import annotations

import asyncio
import threading

import httpx
import pytest

from stripe_invoicing_client._core.wire import encode
from stripe_invoicing_client.testing import FakeClock, FakeStripe

from .support import Api, assert_pinned_shape, error_of


@pytest.mark.parametrize(
    "authorization",
    [None, "Bearer ", "Bearer sk_live_secret123", "Bearer pk_test_abc", "Token sk_test_x"],
)
def test_authentication_required(fake: FakeStripe, authorization: str | None) -> None:
    headers = {"Authorization": authorization} if authorization else {}
    with httpx.Client(transport=fake.transport, base_url="https://api.stripe.com") as http:
        response = http.get("/v1/customers", headers=headers)
    assert response.status_code == 401
    error = error_of(response.json())
    assert error["code"] == "authentication_required"
    assert "secret123" not in response.text
    assert response.headers["Request-Id"].startswith("req_")
    assert_pinned_shape(response.json())


def test_allowed_keys() -> None:
    fake = FakeStripe(api_keys={"sk_test_good"})
    with fake.sync_http_client(api_key="sk_test_other") as http:
        assert http.get("/v1/customers").status_code == 401
    with fake.sync_http_client(api_key="sk_test_good") as http:
        assert http.get("/v1/customers").status_code == 200


def test_unknown_url(api: Api) -> None:
    body = api.get("/v1/charges", expect=404)
    assert "Unrecognized request URL" in error_of(body)["message"]
    api.request("PUT", "/v1/customers", expect=404)


@pytest.mark.parametrize(
    ("params", "code", "param"),
    [
        ({"colour": "red"}, "parameter_unknown", "colour"),
        ({"address": {"planet": "Mars"}}, "parameter_unknown", "address[planet]"),
        ({"balance": "12abc"}, "parameter_invalid_integer", "balance"),
        (
            {"invoice_settings": {"custom_fields": [{"name": "a"}]}},
            "parameter_missing",
            "invoice_settings[custom_fields][0][value]",
        ),
    ],
)
def test_parameter_errors(api: Api, params: dict[str, object], code: str, param: str) -> None:
    error = error_of(api.post("/v1/customers", params, expect=400))
    assert (error["code"], error["param"]) == (code, param)
    assert error["doc_url"].endswith(code)


def test_wrong_boolean_and_enum(api: Api) -> None:
    customer = api.customer()
    error = error_of(
        api.post("/v1/invoices", {"customer": customer["id"], "auto_advance": "yes"}, expect=400)
    )
    assert error["param"] == "auto_advance"
    error = error_of(
        api.post(
            "/v1/invoices", {"customer": customer["id"], "collection_method": "cash"}, expect=400
        )
    )
    assert "charge_automatically" in error["message"]


def test_json_bodies_are_refused(http: httpx.Client) -> None:
    response = http.post("/v1/customers", json={"email": "a@example.com"})
    assert response.status_code == 400


def test_ids_in_paths_are_decoded(api: Api) -> None:
    body = api.get("/v1/customers/cus_%2E%2E", expect=404)
    assert error_of(body)["message"] == "No such customer: 'cus_..'"


def test_every_response_has_a_request_id(api: Api, fake: FakeStripe) -> None:
    ok = api.raw("GET", "/v1/customers")
    bad = api.raw("GET", "/v1/customers/cus_x")
    assert ok.headers["Request-Id"] != bad.headers["Request-Id"]
    assert [r.status for r in fake.requests] == [200, 404]
    assert "authorization" not in fake.requests[0].headers


def test_recorded_params_are_decoded(api: Api, fake: FakeStripe) -> None:
    api.post("/v1/customers", {"metadata": {"k": "v"}, "preferred_locales": ["fr"]})
    recorded = fake.requests[-1]
    assert recorded.params == {"metadata": {"k": "v"}, "preferred_locales": {"0": "fr"}}
    assert recorded.operation == "PostCustomers"


def test_clock_options() -> None:
    assert FakeStripe(clock=1_000).clock.now() == 1_000
    clock = FakeClock(5)
    fake = FakeStripe(clock=clock)
    clock.advance(10)
    assert fake.clock.now() == 15
    assert FakeStripe(clock=lambda: 42.9).clock.now() == 42


async def test_async_client_shares_the_same_state(fake: FakeStripe) -> None:
    async with fake.async_http_client() as http:
        created = await http.post(
            "/v1/customers",
            content=encode({"email": "async@example.com"}).encode(),
            headers={"Content-Type": "application/x-www-form-urlencoded"},
        )
        assert created.status_code == 200
        results = await asyncio.gather(*(http.get("/v1/customers") for _ in range(5)))
    assert all(r.json()["data"][0]["email"] == "async@example.com" for r in results)
    with fake.sync_http_client() as sync_http:
        assert sync_http.get(f"/v1/customers/{created.json()['id']}").status_code == 200


def test_threads_do_not_lose_writes(fake: FakeStripe) -> None:
    def work() -> None:
        with fake.sync_http_client() as http:
            for _ in range(20):
                http.post("/v1/customers")

    threads = [threading.Thread(target=work) for _ in range(5)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert fake.write_count("PostCustomers") == 100
    with fake.sync_http_client() as http:
        assert len(http.get("/v1/customers", params={"limit": 100}).json()["data"]) == 100
