"""Making a client costs little (issue 23.7): a serverless function pays it on every cold start.

`StripeInvoicing(key)` in a fresh interpreter imports httpx and the client's own small modules,
but not attrs, the request path or the limiter, and makes no connection pool and no TLS
context: those come with the first request. (How long it takes is measured by bench/, as
`ready/ours` against stripe-python's `StripeClient(key)`; tests assert what is done, not time.)
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from ._support import KEY

_PROBE = """
import json, sys
from stripe_invoicing_client import {cls}
client = {cls}({key!r})
from stripe_invoicing_client import _http_pools
print(json.dumps({{
    "modules": sorted(sys.modules),
    "tls_contexts_made": _http_pools.shared_ssl_context.cache_info().currsize,
}}))
"""

# Imported by the first request, never by the constructor.
DEFERRED = [
    "attr",
    "attrs",
    "asyncio",
    "stripe_invoicing_client._pipeline",
    "stripe_invoicing_client._limiter",
    "stripe_invoicing_client._limiter_budget",
    "stripe_invoicing_client._limiter_shells",
    "stripe_invoicing_client._rate_limit",
    "stripe_invoicing_client._pacing",
    "stripe_invoicing_client._generated.operations",
    "stripe_invoicing_client._core.wire",
    "stripe_invoicing_client._core.resource",
    "stripe_invoicing_client._core.pagination",
]


@pytest.mark.parametrize("cls", ["StripeInvoicing", "AsyncStripeInvoicing"])
def test_making_a_client_imports_little_and_opens_nothing(cls: str) -> None:
    done = subprocess.run(
        [sys.executable, "-c", _PROBE.format(cls=cls, key=KEY)],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    found = json.loads(done.stdout)
    assert [name for name in DEFERRED if name in found["modules"]] == []
    assert found["tls_contexts_made"] == 0
