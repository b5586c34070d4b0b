"""The integration tier: our clients against localstripe, a separate fake Stripe server.

`LOCALSTRIPE` names the `localstripe` executable (`./scripts/test` sets it). Without it the
tier is skipped locally and fails in CI, where it must run.
"""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import time
from collections.abc import AsyncIterator, Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from stripe_invoicing_client import AsyncStripeInvoicing, StripeInvoicing

from ._support import KEY, Client, close

HERE = Path(__file__).resolve().parent
START_TIMEOUT = 30.0


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "integration: runs against a real localstripe server (tests/integration)"
    )


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    # This hook sees the whole session; mark only the tests in this directory.
    for item in items:
        if HERE in item.path.resolve().parents:
            item.add_marker(pytest.mark.integration)


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _signal_group(process: subprocess.Popen[bytes], sig: int) -> None:
    # Its own session, so a wrapper script's children go too; the group id is its pid.
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, sig)


def _stop(process: subprocess.Popen[bytes]) -> None:
    _signal_group(process, signal.SIGTERM)
    try:
        process.wait(timeout=5)
    except subprocess.TimeoutExpired:
        _signal_group(process, signal.SIGKILL)
        process.wait(timeout=5)


def _wait_until_up(process: subprocess.Popen[bytes], url: str, log: Path) -> None:
    deadline = time.monotonic() + START_TIMEOUT
    with httpx.Client(auth=(KEY, ""), timeout=0.5) as http:
        while time.monotonic() < deadline:
            if process.poll() is not None:
                break
            try:
                if http.get(url + "/v1/customers", params={"limit": 1}).status_code == 200:
                    return
            except httpx.HTTPError:
                pass
            time.sleep(0.1)
    state = f"exited with {process.returncode}" if process.poll() is not None else "no answer"
    output = log.read_text(errors="replace")[-4000:]
    pytest.fail(f"localstripe did not come up at {url} ({state}); output:\n{output}")


@pytest.fixture(scope="session")
def localstripe_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    executable = os.environ.get("LOCALSTRIPE")
    if not executable:
        reason = "LOCALSTRIPE is not set (./scripts/test sets it to the localstripe executable)"
        if os.environ.get("CI"):
            pytest.fail(f"the integration tier must run in CI: {reason}", pytrace=False)
        pytest.skip(reason)
    port = _free_port()
    url = f"http://127.0.0.1:{port}"
    workdir = tmp_path_factory.mktemp("localstripe")
    log = workdir / "output.log"
    with log.open("wb") as out:
        # A file, not a pipe: localstripe logs every request and a full pipe would block it.
        # --from-scratch: never load the state it pickles to /tmp/localstripe.pickle.
        try:
            process = subprocess.Popen(
                [executable, "--port", str(port), "--from-scratch"],
                stdout=out,
                stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
                cwd=workdir,
                start_new_session=True,
            )
        except OSError as error:
            pytest.fail(f"cannot start localstripe ({executable}): {error}", pytrace=False)
    try:
        _wait_until_up(process, url, log)
        yield url
    finally:
        _stop(process)


@pytest.fixture(scope="session")
def admin(localstripe_url: str) -> Iterator[httpx.Client]:
    """Plain HTTP to localstripe, for set-up our SDK has no call for (plans, subscriptions)."""
    with httpx.Client(base_url=localstripe_url, auth=(KEY, ""), timeout=10) as http:
        yield http


@pytest.fixture(scope="session")
def plan_id(admin: httpx.Client) -> str:
    """A 20.00 USD monthly plan: localstripe only invoices customers with a subscription."""
    product = admin.post("/v1/products", data={"name": "Hosting", "type": "service"})
    product.raise_for_status()
    plan = admin.post(
        "/v1/plans",
        data={
            "id": "plan-hosting-monthly",
            "product": product.json()["id"],
            "amount": "2000",
            "currency": "usd",
            "interval": "month",
        },
    )
    plan.raise_for_status()
    return str(plan.json()["id"])


MakeClient = Callable[..., Client]


@pytest.fixture
async def make_client(kind: str, localstripe_url: str) -> AsyncIterator[MakeClient]:
    """Clients of the parametrized kind; `record=[...]` collects every request sent."""
    made: list[tuple[Client, Any]] = []

    def factory(
        api_key: str = KEY, *, record: list[httpx.Request] | None = None, **options: Any
    ) -> Client:
        options.setdefault("base_url", localstripe_url)
        options.setdefault("max_retries", 0)
        http: Any = None
        if record is not None:
            if kind == "sync":
                http = httpx.Client(event_hooks={"request": [record.append]})
            else:

                async def hook(request: httpx.Request) -> None:
                    record.append(request)

                http = httpx.AsyncClient(event_hooks={"request": [hook]})
            options["http_client"] = http
        cls = StripeInvoicing if kind == "sync" else AsyncStripeInvoicing
        client = cls(api_key, **options)
        made.append((client, http))
        return client

    yield factory
    for client, http in made:
        await close(client)
        if isinstance(http, httpx.Client):
            http.close()
        elif isinstance(http, httpx.AsyncClient):
            await http.aclose()


@pytest.fixture
def client(make_client: MakeClient) -> Client:
    return make_client()
