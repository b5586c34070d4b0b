"""Downloads (issue 24): a quote's PDF comes from Stripe's files host as bytes, or streamed to a
file, under the same size cap, deadline, retries and typed errors as every call."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx
import pytest
import respx

from stripe_invoicing_client import (
    APIResponseError,
    AsyncStripeInvoicing,
    DeadlineExceededError,
    InvalidParameterError,
    NotFoundError,
    StripeInvoicing,
)

from ._support import API_VERSION, KEY, RawServer, close, dripped, http_answer, method_at, run
from ._wire_cases import DOWNLOADS, DownloadCase

FILES = "https://files.stripe.com"
PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"


def pdf_route(mock: respx.MockRouter, *answers: httpx.Response) -> respx.Route:
    route = mock.get(f"{FILES}/v1/quotes/qt_1/pdf")
    route.side_effect = list(answers)
    return route


def pdf_answer(body: bytes = PDF) -> httpx.Response:
    return httpx.Response(200, content=body, headers={"Content-Type": "application/pdf"})


@pytest.mark.parametrize("case", DOWNLOADS, ids=lambda c: c.id)
async def test_a_download_comes_from_the_files_host_as_bytes(
    client: Any, mock: respx.MockRouter, case: DownloadCase
) -> None:
    route = mock.get(FILES + case.raw_path).mock(return_value=pdf_answer())
    body = await run(method_at(client, case.path, case.method)(*case.args))
    assert body == PDF and type(body) is bytes
    request = route.calls.last.request
    assert request.method == "GET" and request.url.host == "files.stripe.com"
    assert request.headers["Authorization"] == f"Bearer {KEY}"
    assert request.headers["Stripe-Version"] == API_VERSION
    assert "Idempotency-Key" not in request.headers


async def test_to_a_file_streams_it_there_and_returns_the_path(
    client: Any, mock: respx.MockRouter, tmp_path: Path
) -> None:
    pdf_route(mock, pdf_answer())
    target = tmp_path / "quote.pdf"
    written = await run(client.quotes.pdf("qt_1", to=target))
    assert written == target and target.read_bytes() == PDF
    assert sorted(p.name for p in tmp_path.iterdir()) == ["quote.pdf"]  # no part file left


async def test_a_failed_attempt_is_retried_and_the_file_holds_only_the_answer(
    client: Any, mock: respx.MockRouter, tmp_path: Path, sleeps: list[float]
) -> None:
    error = {"error": {"type": "api_error", "message": "try again"}}
    route = pdf_route(mock, httpx.Response(500, json=error), pdf_answer())
    target = tmp_path / "quote.pdf"
    assert await run(client.quotes.pdf("qt_1", to=str(target))) == target
    assert route.call_count == 2 and len(sleeps) == 1
    assert target.read_bytes() == PDF


async def test_an_error_answer_raises_and_writes_nothing(
    client: Any, mock: respx.MockRouter, tmp_path: Path
) -> None:
    error = {
        "error": {
            "type": "invalid_request_error",
            "code": "resource_missing",
            "message": "No such quote: 'qt_1'",
        }
    }
    pdf_route(mock, httpx.Response(404, json=error))
    with pytest.raises(NotFoundError):
        await run(client.quotes.pdf("qt_1", to=tmp_path / "quote.pdf"))
    assert list(tmp_path.iterdir()) == []


async def test_a_pdf_over_the_size_cap_is_refused_and_nothing_is_left(
    make_client: Any, mock: respx.MockRouter, tmp_path: Path
) -> None:
    client = make_client(max_response_bytes=len(PDF) - 1)
    pdf_route(mock, pdf_answer(), pdf_answer())
    with pytest.raises(APIResponseError, match="max_response_bytes"):
        await run(client.quotes.pdf("qt_1"))
    with pytest.raises(APIResponseError, match="max_response_bytes"):
        await run(client.quotes.pdf("qt_1", to=tmp_path / "quote.pdf"))
    assert list(tmp_path.iterdir()) == []


async def test_a_raw_download_gives_the_response_and_the_bytes(
    client: Any, mock: respx.MockRouter
) -> None:
    pdf_route(mock, pdf_answer())
    raw = await run(client.with_raw_response.quotes.pdf("qt_1"))
    assert raw.parsed == PDF and raw.http_response.headers["Content-Type"] == "application/pdf"


async def test_a_pdf_dripping_past_the_deadline_stops_at_it(kind: str, tmp_path: Path) -> None:
    # A base_url other than Stripe's (a proxy, a local server) serves downloads too.
    server = RawServer([dripped(http_answer(200, PDF), 0.05)])
    cls = StripeInvoicing if kind == "sync" else AsyncStripeInvoicing
    client = cls(KEY, base_url=server.url, rate_limit=None, total_timeout=0.5, max_retries=0)
    try:
        with pytest.raises(DeadlineExceededError):
            await run(client.quotes.pdf("qt_1", to=tmp_path / "quote.pdf"))
        assert list(tmp_path.iterdir()) == []
    finally:
        await close(client)
        server.close()


async def test_a_directory_as_the_target_is_refused_before_sending(
    client: Any, mock: respx.MockRouter, tmp_path: Path
) -> None:
    route = pdf_route(mock, pdf_answer())
    with pytest.raises(InvalidParameterError, match="directory"):
        await run(client.quotes.pdf("qt_1", to=tmp_path))
    assert route.call_count == 0
