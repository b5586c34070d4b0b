from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from stripe_invoicing_client.testing import FakeStripe

from .support import Api

API_KEY = "sk_test_fake_123"


@pytest.fixture
def fake() -> Iterator[FakeStripe]:
    fake = FakeStripe()
    yield fake
    # A bug inside the fake shows up as a 500; fail loudly with its traceback.
    assert fake.internal_errors == []


@pytest.fixture
def http(fake: FakeStripe) -> Iterator[httpx.Client]:
    with httpx.Client(
        transport=fake.transport,
        base_url="https://api.stripe.com",
        headers={"Authorization": f"Bearer {API_KEY}"},
    ) as client:
        yield client


@pytest.fixture
def api(http: httpx.Client) -> Api:
    return Api(http)
