"""A call the backend applied but that was reported as failed (the answer lost after the
write, or a saved 500 Stripe says not to retry) raises an error that tells the idempotency
key it was sent with: the caller's only way to retry it safely, or to find what it did."""

from __future__ import annotations

import pytest

from stripe_invoicing_client import APIServerError, APITimeoutError, StripeError, StripeInvoicing
from stripe_invoicing_client.testing import DropAfterWrite, FailRequest, FakeStripe

from ._soak import KEY
from ._support import SleepLog


@pytest.mark.parametrize("ending", ["timeout after write", "should-retry false after write"])
def test_an_applied_but_failed_call_tells_its_idempotency_key(
    ending: str, retry_sleeps: SleepLog
) -> None:
    fake = FakeStripe(api_keys=[KEY])
    client = StripeInvoicing(KEY, max_retries=1, http_client=fake.sync_http_client(api_key=None))
    fake.inject(DropAfterWrite(), times=1)
    if ending == "timeout after write":
        fake.inject(DropAfterWrite(), times=1)
        expected: type[StripeError] = APITimeoutError
    else:
        fake.inject(FailRequest(500, should_retry=False), times=1)
        expected = APIServerError
    with pytest.raises(expected) as caught:
        client.customers.create(email="ambiguous@example.com")
    key = fake.requests[0].headers["idempotency-key"]
    assert fake.write_count(idempotency_key=key) == 1  # applied, yet reported as failed
    assert getattr(caught.value, "idempotency_key", None) == key
