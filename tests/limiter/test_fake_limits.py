"""FakeStripe's rate limits: Stripe's 429, per account, for searches and requests in flight,
over the transport and over a loopback socket."""

from __future__ import annotations

import asyncio
import json

import httpx
import pytest

from stripe_invoicing_client.testing import (
    AddLatency,
    FakeStripe,
    LoopbackServer,
    RateLimits,
)

KEY = "sk_test_fakeLimits"


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def check_rate_limited(response: httpx.Response, reason: str) -> None:
    assert response.status_code == 429
    error = json.loads(response.content)["error"]
    assert error["type"] == "invalid_request_error"
    assert error["code"] == "rate_limit"
    assert error["message"]
    assert error["doc_url"].endswith("/rate_limit")
    assert response.headers["Stripe-Rate-Limited-Reason"] == reason
    assert response.headers["Request-Id"].startswith("req_")


def test_past_the_rate_the_fake_answers_429_and_stores_nothing() -> None:
    clock = Clock()
    fake = FakeStripe(rate_limits=RateLimits(requests_per_second=2, clock=clock))
    with fake.sync_http_client(KEY) as http:
        assert http.post("/v1/customers", data={"email": "a@example.com"}).status_code == 200
        assert http.post("/v1/customers", data={"email": "b@example.com"}).status_code == 200
        refused = http.post("/v1/customers", data={"email": "c@example.com"})
        check_rate_limited(refused, "global-rate")
        assert "Retry-After" not in refused.headers
        assert fake.write_count("PostCustomers") == 2
        assert [r.status for r in fake.requests] == [200, 200, 429]
        clock.now += 0.5  # one token back
        assert http.post("/v1/customers", data={"email": "c@example.com"}).status_code == 200
        check_rate_limited(http.get("/v1/customers"), "global-rate")
    counts = fake.rate_limit_counts
    assert (counts.admitted, counts.refused, counts.refused_total) == (3, {"global-rate": 2}, 2)


def test_searches_have_a_lower_limit_and_count_toward_the_total() -> None:
    clock = Clock()
    limits = RateLimits(requests_per_second=10, searches_per_second=1, clock=clock)
    fake = FakeStripe(rate_limits=limits)
    with fake.sync_http_client(KEY) as http:
        search = {"query": "email:'a@example.com'"}
        assert http.get("/v1/customers/search", params=search).status_code == 200
        check_rate_limited(http.get("/v1/customers/search", params=search), "endpoint-rate")
        for _ in range(9):  # the total has 9 tokens left after the search
            assert http.get("/v1/customers").status_code == 200
        check_rate_limited(http.get("/v1/customers"), "global-rate")


def test_each_account_has_its_own_budget() -> None:
    clock = Clock()
    fake = FakeStripe(rate_limits=RateLimits(requests_per_second=1, clock=clock))
    with fake.sync_http_client(KEY) as http:
        assert http.get("/v1/customers").status_code == 200
        check_rate_limited(http.get("/v1/customers"), "global-rate")
        connected = http.get("/v1/customers", headers={"Stripe-Account": "acct_1"})
        assert connected.status_code == 200
    with fake.sync_http_client("sk_test_anotherAccount") as other:
        assert other.get("/v1/customers").status_code == 200


def test_retry_after_is_sent_when_configured() -> None:
    clock = Clock()
    fake = FakeStripe(rate_limits=RateLimits(requests_per_second=1, retry_after=2, clock=clock))
    with fake.sync_http_client(KEY) as http:
        http.get("/v1/customers")
        assert http.get("/v1/customers").headers["Retry-After"] == "2"


async def test_requests_in_flight_past_the_cap_are_refused() -> None:
    fake = FakeStripe(rate_limits=RateLimits(requests_per_second=None, max_concurrent=2))
    fake.inject(AddLatency(0.2), times=3)
    async with fake.async_http_client(KEY) as http:
        responses = await asyncio.gather(*(http.get("/v1/customers") for _ in range(3)))
        statuses = sorted(r.status_code for r in responses)
        assert statuses == [200, 200, 429]
        check_rate_limited(next(r for r in responses if r.status_code == 429), "global-concurrency")
        # Once answered, the places are free again.
        assert (await http.get("/v1/customers")).status_code == 200


def test_limits_are_checked() -> None:
    for bad in ({"requests_per_second": 0}, {"max_concurrent": 0}, {"burst": -1}):
        with pytest.raises(ValueError):
            RateLimits(**bad)  # type: ignore[arg-type]


def test_the_same_429_comes_over_a_loopback_socket() -> None:
    clock = Clock()
    fake = FakeStripe(rate_limits=RateLimits(requests_per_second=1, clock=clock))
    with LoopbackServer(fake) as server, httpx.Client(base_url=server.base_url) as http:
        headers = {"Authorization": f"Bearer {KEY}"}
        assert http.get("/v1/customers", headers=headers).status_code == 200
        check_rate_limited(http.get("/v1/customers", headers=headers), "global-rate")
    assert fake.rate_limit_counts.refused == {"global-rate": 1}


def test_without_limits_nothing_is_refused() -> None:
    fake = FakeStripe()
    with fake.sync_http_client(KEY) as http:
        for _ in range(50):
            assert http.get("/v1/customers").status_code == 200
    assert fake.rate_limit_counts.refused_total == 0


def test_endpoint_and_object_limits_name_their_reason() -> None:
    clock = Clock()
    limits = RateLimits(
        requests_per_second=100, endpoint_per_second=1, object_writes_per_second=1, clock=clock
    )
    fake = FakeStripe(rate_limits=limits)
    with fake.sync_http_client(KEY) as http:
        first = http.post("/v1/customers", data={"email": "a@example.com"}).json()["id"]
        check_rate_limited(http.post("/v1/customers", data={}), "endpoint-rate")
        assert http.get(f"/v1/customers/{first}").status_code == 200  # another operation
        clock.now += 1.0
        second = http.post("/v1/customers", data={}).json()["id"]
        assert http.post(f"/v1/customers/{first}", data={"name": "A"}).status_code == 200
        clock.now += 1.0
        assert http.post(f"/v1/customers/{second}", data={"name": "B"}).status_code == 200
        check_rate_limited(
            http.post(f"/v1/customers/{second}", data={"name": "C"}), "endpoint-rate"
        )
    assert fake.rate_limit_counts.refused == {"endpoint-rate": 2}


def test_writes_to_one_object_past_its_limit_are_resource_specific() -> None:
    clock = Clock()
    limits = RateLimits(requests_per_second=100, object_writes_per_second=1, clock=clock)
    fake = FakeStripe(rate_limits=limits)
    with fake.sync_http_client(KEY) as http:
        ids = [http.post("/v1/customers", data={}).json()["id"] for _ in range(2)]
        assert http.post(f"/v1/customers/{ids[0]}", data={"name": "A"}).status_code == 200
        check_rate_limited(
            http.post(f"/v1/customers/{ids[0]}", data={"name": "B"}), "resource-specific"
        )
        assert http.post(f"/v1/customers/{ids[1]}", data={"name": "B"}).status_code == 200
        assert http.get(f"/v1/customers/{ids[0]}").status_code == 200  # reads are not counted


async def test_an_operation_past_its_concurrency_cap_is_refused() -> None:
    limits = RateLimits(requests_per_second=None, endpoint_concurrent=1)
    fake = FakeStripe(rate_limits=limits)
    fake.inject(AddLatency(0.2), times=3)
    async with fake.async_http_client(KEY) as http:
        lists = [http.get("/v1/customers") for _ in range(2)]
        responses = await asyncio.gather(*lists, http.get("/v1/invoices"))
        assert sorted(r.status_code for r in responses) == [200, 200, 429]
        check_rate_limited(responses[1], "endpoint-concurrency")
