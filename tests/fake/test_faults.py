"""Injected failures, and that a write survives a lost response exactly once."""

from __future__ import annotations

import time

import httpx
import pytest

from stripe_invoicing_client.testing import (
    FAULT_EXTENSION,
    AddLatency,
    DropAfterWrite,
    DropBeforeWrite,
    FailAfterWrite,
    FailBeforeWrite,
    FailRequest,
    FakeStripe,
    TruncateResponse,
)

from .support import Api, error_of


def test_fail_next_calls_with_retry_headers(api: Api, fake: FakeStripe) -> None:
    fake.inject(FailRequest(status=503, retry_after=2, should_retry=True), times=2, method="POST")
    assert api.get("/v1/customers")["data"] == []  # GET doesn't match the rule
    for _ in range(2):
        response = api.raw("POST", "/v1/customers")
        assert response.status_code == 503
        assert response.headers["Retry-After"] == "2"
        assert response.headers["Stripe-Should-Retry"] == "true"
        assert response.headers["Request-Id"].startswith("req_")
        assert error_of(response.json())["type"] == "api_error"
    assert api.raw("POST", "/v1/customers").status_code == 200
    assert fake.write_count() == 1


def test_path_glob(api: Api, fake: FakeStripe) -> None:
    fake.inject(FailRequest(status=429, code="rate_limit"), path="/v1/invoices/*/pay")
    customer = api.customer()
    invoice = api.invoice(customer["id"])
    api.item(customer["id"], 100, invoice=invoice["id"])
    response = api.raw("POST", f"/v1/invoices/{invoice['id']}/pay")
    assert response.status_code == 429
    assert error_of(response.json())["code"] == "rate_limit"


def test_drop_before_write_stores_nothing(api: Api, fake: FakeStripe) -> None:
    fake.inject(DropBeforeWrite())
    with pytest.raises(httpx.ConnectError):
        api.raw("POST", "/v1/customers", {"email": "a@example.com"})
    assert api.get("/v1/customers")["data"] == []
    assert fake.write_count() == 0
    assert fake.requests[0].status is None


@pytest.mark.parametrize(
    ("error", "raised"),
    [("read_timeout", httpx.ReadTimeout), ("remote_protocol_error", httpx.RemoteProtocolError)],
)
def test_drop_after_write_then_retry_replays(
    api: Api, fake: FakeStripe, error: str, raised: type[Exception]
) -> None:
    fake.inject(DropAfterWrite(error=error))  # type: ignore[arg-type]
    headers = {"Idempotency-Key": "retry-me"}
    with pytest.raises(raised):
        api.raw("POST", "/v1/customers", {"email": "a@example.com"}, headers=headers)
    retry = api.raw("POST", "/v1/customers", {"email": "a@example.com"}, headers=headers)
    assert retry.status_code == 200
    assert retry.headers["Idempotent-Replayed"] == "true"
    assert len(api.get("/v1/customers")["data"]) == 1
    assert fake.write_count("PostCustomers", idempotency_key="retry-me") == 1
    assert [e["type"] for e in fake.events] == ["customer.created"]


def test_drop_after_write_without_a_key_writes_twice(api: Api, fake: FakeStripe) -> None:
    fake.inject(DropAfterWrite())
    with pytest.raises(httpx.ReadTimeout):
        api.raw("POST", "/v1/customers")
    api.raw("POST", "/v1/customers")
    assert fake.write_count("PostCustomers") == 2


def test_truncated_body(api: Api, fake: FakeStripe) -> None:
    fake.inject(TruncateResponse())
    response = api.raw("POST", "/v1/customers")
    assert response.status_code == 200
    with pytest.raises(ValueError):
        response.json()
    assert fake.write_count() == 1


def test_latency_sync(api: Api, fake: FakeStripe) -> None:
    fake.inject(AddLatency(0.05), times=None)
    started = time.monotonic()
    api.get("/v1/customers")
    api.get("/v1/customers")
    assert time.monotonic() - started >= 0.1


async def test_latency_async(fake: FakeStripe) -> None:
    fake.inject(AddLatency(0.05))
    async with fake.async_http_client() as http:
        started = time.monotonic()
        response = await http.get("/v1/customers")
    assert response.status_code == 200
    assert time.monotonic() - started >= 0.05


def test_random_faults_are_reproducible(fake: FakeStripe) -> None:
    def run(seed: int) -> list[int | None]:
        other = FakeStripe()
        other.inject_random_faults(
            0.5, [FailRequest(status=500), DropBeforeWrite(), AddLatency(0.0)], seed=seed
        )
        outcomes: list[int | None] = []
        with other.sync_http_client() as http:
            for _ in range(30):
                try:
                    outcomes.append(http.get("/v1/customers").status_code)
                except httpx.ConnectError:
                    outcomes.append(None)
        return outcomes

    first = run(7)
    assert first == run(7)
    assert None in first and 500 in first and 200 in first
    fake.inject_random_faults(1.0, [FailRequest()])
    fake.clear_faults()
    with fake.sync_http_client() as http:
        assert http.get("/v1/customers").status_code == 200


def test_500_after_write_is_saved_and_replayed_for_its_key(api: Api, fake: FakeStripe) -> None:
    """Stripe saves a 500 an endpoint gave once it began: the same key gets it back."""
    fake.inject(FailAfterWrite(500, should_retry=False))
    headers = {"Idempotency-Key": "five-hundred"}
    first = api.raw("POST", "/v1/customers", {"email": "a@example.com"}, headers=headers)
    assert first.status_code == 500
    assert first.headers["Stripe-Should-Retry"] == "false"
    assert error_of(first.json())["type"] == "api_error"
    assert fake.write_count("PostCustomers", idempotency_key="five-hundred") == 1
    again = api.raw("POST", "/v1/customers", {"email": "a@example.com"}, headers=headers)
    assert again.status_code == 500
    assert again.headers["Idempotent-Replayed"] == "true"
    assert again.headers["Stripe-Should-Retry"] == "false"
    assert again.content == first.content
    assert fake.write_count() == 1
    assert [e["type"] for e in fake.events] == ["customer.created"]
    assert [r.status for r in fake.requests] == [500, 500]


def test_500_before_write_is_saved_and_nothing_is_written_under_its_key(
    api: Api, fake: FakeStripe
) -> None:
    """An endpoint that began and failed before its write: its 500 is the key's result, so
    every retry with that key gets it back and the write never happens under it."""
    fake.inject(FailBeforeWrite(should_retry=True))
    headers = {"Idempotency-Key": "failed-early"}
    first = api.raw("POST", "/v1/customers", {"email": "a@example.com"}, headers=headers)
    assert first.status_code == 500
    assert first.headers["Stripe-Should-Retry"] == "true"
    assert "before the write" in error_of(first.json())["message"]
    again = api.raw("POST", "/v1/customers", {"email": "a@example.com"}, headers=headers)
    assert (again.status_code, again.headers["Idempotent-Replayed"]) == (500, "true")
    assert again.content == first.content
    assert fake.write_count() == 0
    assert fake.events == []
    assert api.get("/v1/customers")["data"] == []
    # Another key writes: only that key's result was the failure.
    fresh = api.raw(
        "POST", "/v1/customers", {"email": "a@example.com"}, headers={"Idempotency-Key": "k2"}
    )
    assert fresh.status_code == 200
    assert fake.write_count() == 1


def test_500_before_write_on_a_refused_request_is_not_saved(api: Api, fake: FakeStripe) -> None:
    # Refused while its parameters were checked, the endpoint never began: nothing is saved,
    # and the same key with good parameters is served.
    fake.inject(FailBeforeWrite())
    headers = {"Idempotency-Key": "bad-then-good"}
    assert api.raw("POST", "/v1/customers", {"nonsense": "x"}, headers=headers).status_code == 500
    good = api.raw("POST", "/v1/customers", {"email": "a@example.com"}, headers=headers)
    assert good.status_code == 200
    assert "Idempotent-Replayed" not in good.headers


@pytest.mark.parametrize("status", [502, 503])
def test_gateway_errors_after_write_keep_the_real_answer_saved(
    api: Api, fake: FakeStripe, status: int
) -> None:
    fake.inject(FailAfterWrite(status))
    headers = {"Idempotency-Key": f"gateway-{status}"}
    first = api.raw("POST", "/v1/customers", {"email": "a@example.com"}, headers=headers)
    assert first.status_code == status
    if status == 502:
        assert first.headers["Content-Type"] == "text/html"
    retry = api.raw("POST", "/v1/customers", {"email": "a@example.com"}, headers=headers)
    assert retry.status_code == 200
    assert retry.headers["Idempotent-Replayed"] == "true"
    assert len(api.get("/v1/customers")["data"]) == 1
    assert fake.write_count() == 1


def test_500_after_write_without_a_key_writes_again_on_retry(api: Api, fake: FakeStripe) -> None:
    fake.inject(FailAfterWrite())
    assert api.raw("POST", "/v1/customers").status_code == 500
    assert api.raw("POST", "/v1/customers").status_code == 200
    assert fake.write_count("PostCustomers") == 2


def test_fail_after_write_takes_only_statuses_stripe_gives_after_a_write() -> None:
    for status in (409, 429, 400):
        with pytest.raises(ValueError):
            FailAfterWrite(status)


def test_a_request_can_carry_its_own_fault(fake: FakeStripe) -> None:
    fake.inject(FailRequest(429), times=None)  # every request, except one with its own fault
    with fake.sync_http_client() as http:
        request = http.build_request("POST", "/v1/customers")
        request.extensions[FAULT_EXTENSION] = FailAfterWrite(503)
        assert http.send(request).status_code == 503
        assert http.post("/v1/customers").status_code == 429
    assert fake.write_count() == 1
