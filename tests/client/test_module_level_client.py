"""One `AsyncStripeInvoicing` made at import, used by tests that each run in their own event
loop (pytest-asyncio's function scope), as scripts, notebooks and test suites do (issue 21.3).

The owned client opens real connections to a loopback server under every loop; the other is
built on `FakeStripe.async_http_client()`, which holds no connection at all.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator

import pytest

from stripe_invoicing_client import AsyncStripeInvoicing
from stripe_invoicing_client.models import Customer
from stripe_invoicing_client.testing import FakeStripe, LoopbackServer

from ._support import KEY

_FAKE = FakeStripe()
_SERVER = LoopbackServer(_FAKE).start()  # a daemon thread; stopped after the module's tests

CLIENT = AsyncStripeInvoicing(KEY, base_url=_SERVER.base_url)
ON_FAKE = AsyncStripeInvoicing(KEY, http_client=_FAKE.async_http_client(KEY))

_loops: set[int] = set()


@pytest.fixture(scope="module", autouse=True)
def _server() -> Iterator[None]:
    yield
    _SERVER.stop()


@pytest.mark.parametrize("round", [1, 2, 3])
@pytest.mark.parametrize("client", [CLIENT, ON_FAKE], ids=["owned-pool", "fake-http-client"])
async def test_a_module_level_client_works_in_every_test_loop(
    client: AsyncStripeInvoicing, round: int
) -> None:
    _loops.add(id(asyncio.get_running_loop()))
    created = await client.customers.create(email=f"round{round}@example.com")
    retrieved = await client.customers.retrieve(created.id)
    assert isinstance(retrieved, Customer)  # not a DeletedCustomer
    assert retrieved.email == created.email


def test_the_tests_above_ran_in_several_loops() -> None:
    # The property under test needs loops that end between uses; guard the setup itself.
    assert len(_loops) >= 2
