"""The demo's usage-based step against a Stripe that aggregates meter events in the background:
the event summaries are polled until they show the usage reported, and a meter that never
catches up within the timeout does not stop the run."""

from __future__ import annotations

import json
import re

import httpx
import pytest

from stripe_invoicing_client import _cli
from stripe_invoicing_client import _demo_recurring as recurring
from stripe_invoicing_client.testing import FakeStripe

from .test_demo import check_usage
from .test_demo_recurring import Rewriting, route

SECRET = "sk_test_51DemoUsageKeyNeverPrinted"
SUMMARIES = re.compile(r"^/v1/billing/meters/[^/]+/event_summaries$")


class LaggingMeter(Rewriting):
    """The first `lag` reads of event summaries show only the first event's usage (`None`:
    every read)."""

    def __init__(self, fake: FakeStripe, lag: int | None) -> None:
        super().__init__(fake)
        self.lag = lag
        self.reads = 0

    def _rewrite(self, request: httpx.Request, response: httpx.Response) -> httpx.Response:
        if not SUMMARIES.match(request.url.path) or response.status_code != 200:
            return response
        self.reads += 1
        if self.lag is not None and self.reads > self.lag:
            return response
        body = json.loads(response.content)
        for summary in body["data"]:
            summary["aggregated_value"] = 120
        return self._answer(request, response, body)


def test_summaries_are_polled_until_they_show_the_usage(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    waits: list[float],
    argv: list[str],
) -> None:
    transport = LaggingMeter(FakeStripe(api_keys={SECRET}), lag=2)
    route(monkeypatch, transport)
    monkeypatch.setenv("STRIPE_API_KEY", SECRET)
    assert _cli.main([*argv, "--use-env-key"]) == 0
    out, err = capsys.readouterr()
    assert err == ""
    check_usage(out.splitlines())
    assert transport.reads == 3
    assert waits == [recurring.CLOCK_POLL_INTERVAL] * 2


def test_a_meter_that_never_catches_up_shows_what_it_has(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, waits: list[float]
) -> None:
    transport = LaggingMeter(FakeStripe(api_keys={SECRET}), lag=None)
    route(monkeypatch, transport)
    monkeypatch.setenv("STRIPE_API_KEY", SECRET)
    assert _cli.main(["demo", "--use-env-key"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert "  usage so far           120 searches (the meter's event summaries)" in lines
    assert sum(waits) >= recurring.CLOCK_TIMEOUT
    # The renewal bills what the meter counted all the same.
    assert "  usage line             420 searches  21.00 USD" in lines
