"""The shared request policy, as plain functions: no client, no I/O."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest

from stripe_invoicing_client import _operations
from stripe_invoicing_client._options import NO_OPTIONS, ClientOptions, request_options
from stripe_invoicing_client._pipeline import (
    Done,
    Fail,
    Progress,
    Retry,
    after_exception,
    after_response,
    build_call,
    outcome_unknown,
)
from stripe_invoicing_client.errors import (
    APIConnectionError,
    APIResponseError,
    APITimeoutError,
    InvalidParameterError,
    NotFoundError,
)
from stripe_invoicing_client.models import (
    DeletedCustomer,
    DeletedSubscriptionItem,
    DeletedTestClock,
    Invoice,
)

OPTIONS = ClientOptions.create(
    api_key="sk_test_pipeline",
    base_url="https://api.stripe.com",
    stripe_version=None,
    stripe_account="acct_1",
    timeout=10.0,
    max_retries=2,
)


def call(operation_id: str, path: dict[str, object], params: dict[str, Any], **kw: Any) -> Any:
    return build_call(OPTIONS, _operations.endpoint(operation_id), path, params, **kw)


def response(status: int, body: object, **headers: str) -> httpx.Response:
    content = body if isinstance(body, bytes) else json.dumps(body).encode()
    return httpx.Response(status, content=content, headers=headers)


def test_post_gets_headers_body_and_a_fresh_key() -> None:
    built = call("PostInvoicesInvoicePay", {"invoice": "in_1"}, {"paid_out_of_band": True})
    assert built.method == "POST"
    assert built.url == "https://api.stripe.com/v1/invoices/in_1/pay"
    assert built.content == b"paid_out_of_band=true"
    assert built.headers["Authorization"] == "Bearer sk_test_pipeline"
    assert built.headers["Stripe-Version"] == "2026-10-28.endive"
    assert built.headers["Stripe-Account"] == "acct_1"
    assert built.headers["Content-Type"] == "application/x-www-form-urlencoded"
    assert len(built.headers["Idempotency-Key"]) == 36
    again = call("PostInvoicesInvoicePay", {"invoice": "in_1"}, {"paid_out_of_band": True})
    assert again.headers["Idempotency-Key"] != built.headers["Idempotency-Key"]


def test_caller_key_is_used_and_get_takes_none() -> None:
    built = call("PostInvoicesInvoiceVoid", {"invoice": "in_1"}, {}, idempotency_key="k-1")
    assert built.headers["Idempotency-Key"] == "k-1"
    listed = call("GetInvoices", {}, {"limit": 3, "status": "open"})
    assert "Idempotency-Key" not in listed.headers
    assert listed.url.endswith("/v1/invoices?limit=3&status=open")
    assert listed.path == "/v1/invoices"
    with pytest.raises(InvalidParameterError):
        call("GetInvoices", {}, {}, idempotency_key="k")


def test_resource_keywords_share_the_empty_options_and_still_check_the_given_ones() -> None:
    # Resource methods call request_options with every keyword: the common call gives none.
    none = dict.fromkeys(
        ["idempotency_key", "total_timeout", "timeout", "extra_headers", "extra_query"]
    )
    assert request_options(**none, extra_body=None) is NO_OPTIONS
    given = request_options(**none, extra_body={"a": "1"})
    assert given is not NO_OPTIONS
    assert given.extra_body == {"a": "1"}
    assert request_options(idempotency_key="k-1").idempotency_key == "k-1"
    with pytest.raises(InvalidParameterError):
        request_options(total_timeout=-1.0)
    with pytest.raises(InvalidParameterError):
        request_options(extra_headers={"Authorization": "x"})


@pytest.mark.parametrize(
    ("params", "param"),
    [
        ({"customr": "cus_1"}, "customr"),
        ({"days_until_due": "30"}, "days_until_due"),
        ({"metadata": {"a": 1}}, "metadata[a]"),
        ({"automatic_tax": {"enabled": True, "bogus": 1}}, "automatic_tax[bogus]"),
    ],
)
def test_bad_params_are_refused_with_their_path(params: dict[str, Any], param: str) -> None:
    with pytest.raises(InvalidParameterError) as caught:
        call("PostInvoices", {}, params)
    assert caught.value.param == param


def test_success_parses_and_bad_bodies_retry_then_fail() -> None:
    built = call("GetInvoicesInvoice", {"invoice": "in_1"}, {})
    done = after_response(built, response(200, {"id": "in_1", "object": "invoice"}), 0, 0.0)
    assert isinstance(done, Done)
    assert isinstance(done.value, Invoice)
    assert done.value.id == "in_1"
    retry = after_response(built, response(200, b'{"id": "in_'), 0, 0.0, jitter=lambda: 0.0)
    assert retry == Retry(0.5, maybe_applied=True)
    failed = after_response(built, response(200, b"[]"), 2, 0.0)
    assert isinstance(failed, Fail)
    assert isinstance(failed.error, APIResponseError)


def test_status_and_transport_failures() -> None:
    built = call("PostInvoicesInvoiceSend", {"invoice": "in_1"}, {})
    busy = after_response(built, response(429, {}, **{"Retry-After": "3"}), 0, 0.0)
    assert busy == Retry(3.0)
    missing = after_response(built, response(404, {"error": {"code": "resource_missing"}}), 0, 0.0)
    assert isinstance(missing, Fail)
    assert isinstance(missing.error, NotFoundError)
    timeout = after_exception(built, httpx.ReadTimeout("slow"), 2, 0.0)
    assert isinstance(timeout, Fail)
    assert isinstance(timeout.error, APITimeoutError)
    refused = after_exception(built, httpx.ConnectError("refused"), 0, 0.0, jitter=lambda: 1.0)
    assert refused == Retry(0.375)
    assert isinstance(after_exception(built, httpx.ConnectError("x"), 2, 0.0), Fail)
    assert issubclass(APITimeoutError, APIConnectionError)


def test_a_retried_delete_that_finds_nothing_was_deleted() -> None:
    built = call("DeleteCustomersCustomer", {"customer": "cus_1"}, {})
    gone = response(404, {"error": {"type": "invalid_request_error", "code": "resource_missing"}})
    first = after_response(built, gone, 0, 0.0)
    assert isinstance(first, Fail)
    assert isinstance(first.error, NotFoundError)
    # After a 503 or a refused connection nothing was applied: the object really is missing.
    assert isinstance(after_response(built, gone, 1, 0.0), Fail)
    # After a lost answer (a read timeout), the earlier attempt is what deleted it.
    assert outcome_unknown(httpx.ReadTimeout("lost"))
    assert not outcome_unknown(httpx.ConnectError("refused"))
    retried = after_response(built, gone, 1, 0.0, uncertain=True)
    assert isinstance(retried, Done)
    assert retried.value == DeletedCustomer(deleted=True, id="cus_1", object_="customer")


def test_the_deletion_stub_carries_the_object_s_own_tag() -> None:
    # `{item}` and `{test_clock}` are not the object tags of what they delete.
    gone = response(404, {"error": {"type": "invalid_request_error", "code": "resource_missing"}})
    item = call("DeleteSubscriptionItemsItem", {"item": "si_1"}, {"proration_behavior": "none"})
    retried = after_response(item, gone, 1, 0.0, uncertain=True)
    assert isinstance(retried, Done)
    assert retried.value == DeletedSubscriptionItem(
        deleted=True, id="si_1", object_="subscription_item"
    )
    clock = call("DeleteTestHelpersTestClocksTestClock", {"test_clock": "clock_1"}, {})
    garbled = after_response(clock, response(200, b"{"), 0, 0.0)
    assert isinstance(garbled, Done)
    assert garbled.value == DeletedTestClock(
        deleted=True, id="clock_1", object_="test_helpers.test_clock"
    )


def test_cancelling_a_subscription_is_a_delete_that_deletes_nothing() -> None:
    # DELETE /v1/subscriptions/{id} answers with the canceled subscription: a lost answer is
    # not a deletion stub, and a 404 on retry is an error.
    built = call("DeleteSubscriptionsSubscriptionExposedId", {"subscription_exposed_id": "s"}, {})
    assert built.deleted is None
    gone = response(404, {"error": {"type": "invalid_request_error", "code": "resource_missing"}})
    retried = after_response(built, gone, 1, 0.0, uncertain=True)
    assert isinstance(retried, Fail)
    assert isinstance(retried.error, NotFoundError)
    garbled = after_response(built, response(200, b"{"), 0, 0.0, jitter=lambda: 0.0)
    assert isinstance(garbled, Retry)


def test_an_undecodable_body_is_retried_like_a_truncated_one_then_fails_with_the_key() -> None:
    # The client reads bodies as a stream; httpx.DecodingError while reading (a corrupt gzip)
    # reaches the pipeline as body=None. That is the path tested here, not is_retryable.
    built = call("PostInvoicesInvoicePay", {"invoice": "in_1"}, {})
    progress = Progress.start(built)
    garbled = httpx.Response(200, headers={"Content-Encoding": "gzip"})
    first = progress.after_response(garbled, None, 0.0, jitter=lambda: 0.0)
    assert first == Retry(0.5, maybe_applied=True)
    assert isinstance(first, Retry) and isinstance(first.error, APIResponseError)
    progress.retries_done = built.max_retries
    last = progress.after_response(garbled, None, 0.0)
    assert isinstance(last, Fail)
    assert isinstance(last.error, APIResponseError)
    assert last.error.idempotency_key == built.headers["Idempotency-Key"]
    # A 500 whose body can't be decoded is still a 500.
    failed = progress.after_response(httpx.Response(500), None, 0.0)
    assert isinstance(failed, Fail)
    assert failed.error.http_status == 500  # type: ignore[attr-defined]
