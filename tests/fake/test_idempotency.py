from __future__ import annotations

import httpx

from stripe_invoicing_client.testing import FakeStripe

from .support import Api, error_of


def test_same_key_same_request_replays(api: Api, fake: FakeStripe) -> None:
    headers = {"Idempotency-Key": "key-1"}
    first = api.raw("POST", "/v1/customers", {"email": "a@example.com"}, headers=headers)
    second = api.raw("POST", "/v1/customers", {"email": "a@example.com"}, headers=headers)
    assert second.status_code == first.status_code == 200
    assert second.content == first.content
    assert second.headers["Idempotent-Replayed"] == "true"
    assert "Idempotent-Replayed" not in first.headers
    assert second.headers["Request-Id"] == first.headers["Request-Id"]
    assert len(api.get("/v1/customers")["data"]) == 1
    assert fake.write_count("PostCustomers") == 1
    assert [r.replayed for r in fake.requests[:2]] == [False, True]


def test_errors_once_begun_are_replayed_too(api: Api) -> None:
    headers = {"Idempotency-Key": "key-404"}
    first = api.raw("POST", "/v1/invoices/in_missing/pay", headers=headers)
    second = api.raw("POST", "/v1/invoices/in_missing/pay", headers=headers)
    assert first.status_code == second.status_code == 404
    assert second.headers["Idempotent-Replayed"] == "true"


def test_refused_parameters_are_not_saved(api: Api) -> None:
    headers = {"Idempotency-Key": "key-bad"}
    bad = api.raw("POST", "/v1/customers", {"balance": "lots"}, headers=headers)
    assert bad.status_code == 400
    assert error_of(bad.json())["code"] == "parameter_invalid_integer"
    good = api.raw("POST", "/v1/customers", {"balance": 5}, headers=headers)
    assert good.status_code == 200


def test_same_key_other_parameters_is_a_conflict(api: Api) -> None:
    headers = {"Idempotency-Key": "key-2"}
    api.raw("POST", "/v1/customers", {"email": "a@example.com"}, headers=headers)
    clash = api.raw("POST", "/v1/customers", {"email": "b@example.com"}, headers=headers)
    assert clash.status_code == 400
    assert error_of(clash.json())["type"] == "idempotency_error"
    other_path = api.raw("POST", "/v1/invoiceitems", {"email": "a@example.com"}, headers=headers)
    assert error_of(other_path.json())["type"] == "idempotency_error"


def test_keys_belong_to_one_api_key(fake: FakeStripe) -> None:
    def create(key: str) -> httpx.Response:
        with fake.sync_http_client(api_key=key) as http:
            return http.post(
                "/v1/customers",
                content=b"email=x%40example.com",
                headers={
                    "Idempotency-Key": "shared",
                    "Content-Type": "application/x-www-form-urlencoded",
                },
            )

    first, second = create("sk_test_one"), create("sk_test_two")
    assert "Idempotent-Replayed" not in second.headers
    assert first.json()["id"] != second.json()["id"]


def test_keys_expire_after_a_day(api: Api, fake: FakeStripe) -> None:
    headers = {"Idempotency-Key": "old"}
    first = api.raw("POST", "/v1/customers", headers=headers)
    fake.clock.advance(24 * 3600)
    again = api.raw("POST", "/v1/customers", headers=headers)
    assert again.json()["id"] != first.json()["id"]
