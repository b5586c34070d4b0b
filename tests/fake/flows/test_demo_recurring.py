"""The demo's recurring step against a Stripe that advances test clocks in the background:
the clock is polled until `ready`, and a clock that never gets there ends the run cleanly."""

from __future__ import annotations

import json
import re
from typing import Any

import httpx
import pytest

from stripe_invoicing_client import AsyncStripeInvoicing, StripeInvoicing, _cli, _demo
from stripe_invoicing_client import _demo_recurring as recurring
from stripe_invoicing_client.testing import BASE_URL, FakeStripe

from .test_demo import check_output

SECRET = "sk_test_51DemoRecurringKeyNeverPrinted"
CLOCK = re.compile(r"^/v1/test_helpers/test_clocks/[^/]+(/advance)?$")


class Rewriting(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """The fake's transport, with some of its answers rewritten by `_rewrite`."""

    def __init__(self, fake: FakeStripe) -> None:
        self.inner = fake.transport

    def _rewrite(self, request: httpx.Request, response: httpx.Response) -> httpx.Response:
        raise NotImplementedError

    @staticmethod
    def _answer(request: httpx.Request, response: httpx.Response, body: Any) -> httpx.Response:
        """`response` with `body` instead of its own."""
        headers = {"request-id": response.headers.get("request-id", "req_x")}
        return httpx.Response(200, json=body, headers=headers, request=request)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = self.inner.handle_request(request)
        response.read()
        return self._rewrite(request, response)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        response = await self.inner.handle_async_request(request)
        await response.aread()
        return self._rewrite(request, response)


class BackgroundClocks(Rewriting):
    """After each advance the clock reads `status` for the next `polls` retrievals (the fake
    itself has already done the advancing)."""

    def __init__(self, fake: FakeStripe, status: str, polls: int | None) -> None:
        super().__init__(fake)
        self.status = status
        self.polls = polls
        self.left = 0
        self.retrievals = 0

    def _rewrite(self, request: httpx.Request, response: httpx.Response) -> httpx.Response:
        match = CLOCK.match(request.url.path)
        if match is None or response.status_code != 200:
            return response
        if match.group(1):
            self.left = self.polls if self.polls is not None else -1
        else:
            self.retrievals += 1
            if self.left == 0:
                return response
            self.left -= 1 if self.left > 0 else 0
        return self._answer(
            request, response, {**json.loads(response.content), "status": self.status}
        )


def route(monkeypatch: pytest.MonkeyPatch, transport: Rewriting) -> None:
    """The demo's clients, given a test key, talk to `transport`."""

    def sync_client(api_key: str | None = None, **options: Any) -> StripeInvoicing:
        http = httpx.Client(transport=transport, base_url=BASE_URL)
        return StripeInvoicing(api_key, http_client=http, **options)

    def async_client(api_key: str | None = None, **options: Any) -> AsyncStripeInvoicing:
        http = httpx.AsyncClient(transport=transport, base_url=BASE_URL)
        return AsyncStripeInvoicing(api_key, http_client=http, **options)

    monkeypatch.setattr(_demo, "StripeInvoicing", sync_client)
    monkeypatch.setattr(_demo, "AsyncStripeInvoicing", async_client)


def run_demo(
    monkeypatch: pytest.MonkeyPatch, argv: list[str], status: str, polls: int | None
) -> tuple[int, BackgroundClocks]:
    """The demo's exit code when its clocks read `status` for `polls` retrievals per advance."""
    transport = BackgroundClocks(FakeStripe(api_keys={SECRET}), status, polls)
    route(monkeypatch, transport)
    monkeypatch.setenv("STRIPE_API_KEY", SECRET)
    return _cli.main([*argv, "--use-env-key"]), transport


def test_an_advancing_clock_is_polled_until_ready(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    waits: list[float],
    argv: list[str],
) -> None:
    code, transport = run_demo(monkeypatch, argv, "advancing", polls=2)
    assert code == 0
    out, err = capsys.readouterr()
    assert err == ""
    check_output(out)
    # Four advances (three months of step 8, one of step 9), each answered "advancing" and
    # read back three times: twice more "advancing", then "ready".
    assert transport.retrievals == 12
    assert waits == [recurring.CLOCK_POLL_INTERVAL] * 12


def test_a_clock_that_stays_advancing_ends_the_run_with_a_clear_message(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    waits: list[float],
    argv: list[str],
) -> None:
    assert run_demo(monkeypatch, argv, "advancing", polls=None)[0] == 1
    out, err = capsys.readouterr()
    assert re.fullmatch(
        r"stripe-invoicing demo failed: test clock clock_\w+ is still advancing after 120 s; "
        r"Stripe may be busy: look at the clock in the Dashboard and run the demo again\n",
        err,
    )
    assert sum(waits) >= recurring.CLOCK_TIMEOUT
    assert len(waits) == int(recurring.CLOCK_TIMEOUT / recurring.CLOCK_POLL_INTERVAL)
    assert SECRET not in out + err


def test_a_clock_stripe_failed_to_advance_ends_the_run(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, waits: list[float]
) -> None:
    assert run_demo(monkeypatch, ["demo"], "internal_failure", polls=1)[0] == 1
    err = capsys.readouterr().err
    assert re.fullmatch(
        r"stripe-invoicing demo failed: Stripe could not advance test clock "
        r"clock_\w+\n",
        err,
    )
    assert waits == []
