"""send_invoices' arguments: a bad one is refused with a typed error before any request."""

from __future__ import annotations

import pytest

from stripe_invoicing_client import InvalidParameterError
from stripe_invoicing_client._bulk import send_invoices
from stripe_invoicing_client.testing import FakeStripe

from ._support import client_for


@pytest.mark.parametrize(
    ("options", "param", "reason"),
    [
        ({"concurrency": 0}, "concurrency", "must be an int >= 1"),
        ({"concurrency": True}, "concurrency", "must be an int >= 1"),
        ({"concurrency": 1.5}, "concurrency", "must be an int >= 1"),
        ({"customer": "cus_1' OR status:'open"}, "customer", "must be a customer id (cus_...)"),
        ({"query": " "}, "query", "must be a non-empty search query"),
        # A flag read from a config file as text is refused, not taken as true.
        ({"resend_uncertain": "false"}, "resend_uncertain", "must be True or False"),
        ({"resend_uncertain": 1}, "resend_uncertain", "must be True or False"),
        ({"dry_run": "no"}, "dry_run", "must be True or False"),
        ({"progress": "verbose"}, "progress", "must be a function (done, total) or None"),
    ],
)
async def test_bad_arguments_are_refused_before_anything_is_sent(
    options: dict[str, object], param: str, reason: str
) -> None:
    fake = FakeStripe()
    with pytest.raises(InvalidParameterError) as refused:
        await send_invoices(client_for(fake), **options)  # type: ignore[arg-type]
    assert (refused.value.param, refused.value.reason) == (param, reason)
    assert fake.requests == []
