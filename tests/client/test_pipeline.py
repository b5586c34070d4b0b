"""The shared request policy, as plain functions: no client, no I/O."""

from __future__ import annotations

import json
import logging
from collections.abc import Mapping
from typing import Any

import attrs
import httpx
import pytest

from stripe_invoicing_client import _pipeline
from stripe_invoicing_client._body import OutOfTime, ResponseTooLarge, UnsupportedEncoding
from stripe_invoicing_client._call import Call, build_call, build_request, encoded_extra
from stripe_invoicing_client._core.options import NO_OPTIONS, request_options
from stripe_invoicing_client._generated import operations
from stripe_invoicing_client._generated.models import GetInvoicesResponse200
from stripe_invoicing_client._http_pools import LOOP_ENDED
from stripe_invoicing_client._options import ClientOptions
from stripe_invoicing_client._pipeline import (
    Done,
    Fail,
    Progress,
    Retry,
    after_exception,
    after_response,
    closed_reason,
    outcome_unknown,
)
from stripe_invoicing_client.errors import (
    APIConnectionError,
    APIResponseError,
    APIServerError,
    APITimeoutError,
    ClientClosedError,
    DeadlineExceededError,
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


def call(
    operation_id: str, path: Mapping[str, object], params: Mapping[str, Any], **kw: Any
) -> Call[Any]:
    return build_call(OPTIONS, getattr(operations, operation_id), path, params, **kw)


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
    with pytest.raises(InvalidParameterError) as caught:
        call("GetInvoices", {}, {}, idempotency_key="k")
    assert caught.value.param == "idempotency_key"
    assert caught.value.reason == "GET requests take none"


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
    assert isinstance(failed, Fail) and isinstance(failed.error, APIServerError)
    assert failed.error.http_status == 500


# --- the decisions, one by one (issue 21 item 7) --------------------------------------------

GONE = {"error": {"type": "invalid_request_error", "code": "resource_missing"}}


class Clock:
    """Stands in for `time` in the pipeline: the time left is whatever a test says."""

    def __init__(self) -> None:
        self.now = 1000.0

    def monotonic(self) -> float:
        return self.now


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> Clock:
    fake = Clock()
    monkeypatch.setattr(_pipeline, "time", fake)
    return fake


@pytest.mark.parametrize(
    ("status", "deleted"), [(500, True), (502, True), (504, True), (503, False), (429, False)]
)
def test_a_delete_retried_after_a_lost_answer_and_then_missing_was_deleted(
    status: int, deleted: bool
) -> None:
    # Stripe calls a 500's outcome unknown, and 502/504 come from in front of it: the first
    # attempt may have deleted the object. A 503 or 429 applied nothing.
    built = call("DeleteCustomersCustomer", {"customer": "cus_1"}, {})
    progress = Progress.start(built)
    failed = response(status, {"error": {}})
    first = progress.after_response(failed, failed.content, 0.0, lambda: 0.0)
    assert isinstance(first, Retry) and first.maybe_applied is deleted
    assert progress.wait_before_retry(first) == first.delay
    assert progress.uncertain is deleted and progress.retries_done == 1
    missing = response(404, GONE)
    second = progress.after_response(missing, missing.content, 0.0)
    if deleted:
        assert isinstance(second, Done)
        assert second.value == DeletedCustomer(deleted=True, id="cus_1", object_="customer")
    else:
        assert isinstance(second, Fail) and isinstance(second.error, NotFoundError)


def test_only_resource_missing_counts_as_deleted() -> None:
    built = call("DeleteCustomersCustomer", {"customer": "cus_1"}, {})
    other = response(404, {"error": {"type": "invalid_request_error", "code": "other"}})
    assert isinstance(after_response(built, other, 1, 0.0, uncertain=True), Fail)


@pytest.mark.parametrize(
    ("message", "reason"),
    [
        ("Cannot send a request, as the client has been closed.", "the client was closed"),
        ("Event loop is closed", LOOP_ENDED),
    ],
    ids=["client closed", "loop ended"],
)
def test_a_closed_client_s_runtime_error_is_client_closed_with_the_key(
    message: str, reason: str
) -> None:
    assert closed_reason(RuntimeError(message)) == reason
    built = call("PostInvoicesInvoicePay", {"invoice": "in_1"}, {}, idempotency_key="pay-1")
    progress = Progress.start(built)
    with pytest.raises(ClientClosedError) as caught:
        progress.after_failed_attempt(RuntimeError(message), None, 0.0)
    assert str(caught.value) == f"POST /v1/invoices/in_1/pay was not sent: {reason}"
    assert caught.value.idempotency_key == "pay-1"
    assert caught.value.may_have_been_applied is False
    assert caught.value.__cause__ is None and caught.value.__suppress_context__


def test_any_other_exception_of_an_attempt_is_raised_as_it_is() -> None:
    assert closed_reason(RuntimeError("something else")) is None
    progress = Progress.start(call("PostInvoicesInvoicePay", {"invoice": "in_1"}, {}))
    for unexpected in (RuntimeError("something else"), ValueError("bug")):
        with pytest.raises(type(unexpected)) as caught:
            progress.after_failed_attempt(unexpected, None, 0.0)
        assert caught.value is unexpected


def test_transport_errors_of_an_attempt_become_steps() -> None:
    progress = Progress.start(call("PostInvoicesInvoicePay", {"invoice": "in_1"}, {}))
    retried = progress.after_failed_attempt(httpx.ReadError("reset"), None, 0.0)
    assert isinstance(retried, Retry) and isinstance(retried.error, APIConnectionError)
    for error in (httpx.InvalidURL("bad"), httpx.StreamConsumed()):
        step = progress.after_failed_attempt(error, None, 0.0)
        assert isinstance(step, Fail) and isinstance(step.error, APIConnectionError)


def test_with_no_deadline_the_configured_timeouts_are_used_as_they_are() -> None:
    built = call("GetInvoicesInvoice", {"invoice": "in_1"}, {})
    built.total_timeout = None
    progress = Progress.start(built)
    assert progress.deadline is None and progress.remaining() is None
    assert progress.attempt_timeout() is built.timeout
    assert not progress.out_of_time_now()


def test_each_phase_timeout_is_cut_to_the_time_left(clock: Clock) -> None:
    built = call("GetInvoicesInvoice", {"invoice": "in_1"}, {})
    built.timeout = httpx.Timeout(connect=1.0, read=4.0, write=1.5, pool=2.0)
    built.total_timeout = 10.0
    progress = Progress.start(built)
    assert progress.deadline == 1010.0
    clock.now = 1007.5  # 2.5 s left: shorter phases keep their own timeout
    assert progress.remaining() == 2.5
    assert progress.attempt_timeout() == httpx.Timeout(connect=1.0, read=2.5, write=1.5, pool=2.0)
    built.timeout = httpx.Timeout(connect=9.0, read=1.0, write=9.0, pool=9.0)
    assert progress.attempt_timeout() == httpx.Timeout(connect=2.5, read=1.0, write=2.5, pool=2.5)
    built.timeout = httpx.Timeout(None)  # no bound per phase: the time left is the bound
    assert progress.attempt_timeout() == httpx.Timeout(2.5)
    clock.now = 1010.0  # none left: the smallest timeout, never 0 (httpx reads 0 as "none")
    assert progress.out_of_time_now()
    assert progress.attempt_timeout() == httpx.Timeout(0.001)
    clock.now = 1009.999
    assert not progress.out_of_time_now()


def test_a_retry_due_after_the_deadline_is_the_deadline_error(clock: Clock) -> None:
    built = call("PostInvoicesInvoicePay", {"invoice": "in_1"}, {}, idempotency_key="pay-1")
    built.total_timeout = 10.0
    progress = Progress.start(built)
    clock.now = 1008.0
    cause = APIConnectionError("reset")
    assert progress.wait_before_retry(Retry(1.5, True, cause)) == 1.5
    assert progress.retries_done == 1 and progress.uncertain
    assert progress.wait_before_retry(Retry(1.0)) == 1.0
    assert progress.uncertain  # stays so once an attempt may have been applied
    with pytest.raises(DeadlineExceededError) as caught:
        progress.wait_before_retry(Retry(2.0, False, cause))
    assert str(caught.value) == (
        "POST /v1/invoices/in_1/pay: total_timeout=10.0s ran out (the next retry was due in "
        "2.00s, 2.00s were left); last error: reset"
    )
    assert caught.value.idempotency_key == "pay-1" and caught.value.__cause__ is cause
    assert progress.retries_done == 2
    clock.now = 1011.0
    with pytest.raises(DeadlineExceededError, match=r"0\.00s were left\)$"):
        progress.wait_before_retry(Retry(0.0))
    failed = Fail(APIConnectionError("x"))
    with pytest.raises(APIConnectionError) as raised:
        progress.wait_before_retry(failed)
    assert raised.value is failed.error


def test_running_out_of_time_during_an_attempt(clock: Clock) -> None:
    built = call("PostInvoicesInvoicePay", {"invoice": "in_1"}, {}, idempotency_key="pay-1")
    built.total_timeout = 5.0
    progress = Progress.start(built)
    expected = "POST /v1/invoices/in_1/pay: total_timeout=5.0s ran out during an attempt"
    with pytest.raises(DeadlineExceededError) as caught:
        progress.after_failed_attempt(OutOfTime(), None, 0.0)
    assert str(caught.value) == expected and caught.value.idempotency_key == "pay-1"
    # A socket read cut off by the deadline (the sync shell) says the same...
    clock.now = 1005.0
    with pytest.raises(DeadlineExceededError, match="during an attempt"):
        progress.after_failed_attempt(httpx.ReadTimeout("slow"), None, 0.0)
    # ...but one that timed out with time left is retried.
    clock.now = 1004.0
    step = progress.after_failed_attempt(httpx.ReadTimeout("slow"), None, 0.0)
    assert isinstance(step, Retry) and isinstance(step.error, APITimeoutError)


@pytest.mark.parametrize("request_id", ["req_1", None], ids=["with request id", "without"])
def test_answers_refused_unread_name_the_reason_and_the_key(request_id: str | None) -> None:
    built = call("PostInvoicesInvoicePay", {"invoice": "in_1"}, {}, idempotency_key="pay-1")
    built.max_response_bytes = 100
    progress = Progress.start(built)
    headers = {} if request_id is None else {"Request-Id": request_id}
    answer = httpx.Response(200, headers=headers)
    suffix = "" if request_id is None else f" (request_id={request_id})"
    with pytest.raises(APIResponseError) as caught:
        progress.after_failed_attempt(ResponseTooLarge(), answer, 0.0)
    assert str(caught.value) == (
        "POST /v1/invoices/in_1/pay: the 200 response is larger than max_response_bytes=100; "
        "it was not read" + suffix
    )
    assert caught.value.http_status == 200 and caught.value.request_id == request_id
    assert caught.value.idempotency_key == "pay-1"
    with pytest.raises(APIResponseError) as refused:
        progress.after_failed_attempt(UnsupportedEncoding("br"), answer, 0.0)
    assert str(refused.value) == (
        "POST /v1/invoices/in_1/pay: the 200 response has Content-Encoding 'br', which Stripe "
        "never sends; it was not read" + suffix
    )
    assert refused.value.http_status == 200 and refused.value.request_id == request_id
    assert refused.value.idempotency_key == "pay-1"


@pytest.mark.parametrize("refusal", [ResponseTooLarge(), UnsupportedEncoding("br")])
def test_an_error_status_refused_unread_is_that_status(refusal: Exception) -> None:
    # A gateway's 502 page too large (or in another encoding) is still a 502: retried, and
    # the write may have been applied behind it.
    built = call("PostInvoicesInvoicePay", {"invoice": "in_1"}, {}, idempotency_key="pay-1")
    built.max_response_bytes = 100
    step = Progress.start(built).after_failed_attempt(
        refusal, httpx.Response(502, headers={"Request-Id": "req_1"}), 0.0
    )
    assert isinstance(step, Retry) and step.maybe_applied
    assert isinstance(step.error, APIServerError) and step.error.http_status == 502
    assert step.error.request_id == "req_1"
    why = "max_response_bytes=100" if isinstance(refusal, ResponseTooLarge) else "'br'"
    assert why in str(step.error) and "Stripe's message is unknown" in str(step.error)


def test_a_page_larger_than_the_limit_fails_at_once() -> None:
    built = call("GetInvoices", {}, {"limit": 2})
    assert built.page_limit == 2
    items = [{"id": f"in_{i}", "object": "invoice"} for i in range(3)]
    page = {"object": "list", "url": "/v1/invoices", "has_more": False, "data": items}
    refused = after_response(built, response(200, page, **{"Request-Id": "req_9"}), 0, 0.0)
    assert isinstance(refused, Fail) and isinstance(refused.error, APIResponseError)
    assert str(refused.error) == (
        "GetInvoices: the page holds more than the 2 items asked for; it was refused "
        "unparsed (request_id=req_9)"
    )
    assert refused.error.http_status == 200
    page["data"] = items[:2]
    assert isinstance(after_response(built, response(200, page), 0, 0.0), Done)


@pytest.mark.parametrize(
    "items",
    [
        [{"id": "in_1", "object": "invoice", "total": 5}, {"id": "in_2", "object": "invoice"}],
        [{"id": "in_1", "object": "invoice"}, "in_2"],  # an item that fits no model
        [{"id": "in_1", "object": "invoice", "total": "5"}],  # a field that does not fit
        [],
    ],
    ids=["invoices", "mixed", "misfit", "empty"],
)
def test_a_page_read_through_the_pipeline_is_its_model_parsed(items: list[object]) -> None:
    built = call("GetInvoices", {}, {"limit": 10})
    page = {"object": "list", "url": "/v1/invoices", "has_more": False, "data": items}
    done = after_response(built, response(200, page), 0, 0.0)
    assert isinstance(done, Done)
    assert done.value == GetInvoicesResponse200.from_dict(json.loads(json.dumps(page)))
    assert done.value.to_dict() == page


@pytest.mark.parametrize(
    ("operation", "params", "extra", "limit"),
    [
        ("GetInvoices", {}, None, 10),
        ("GetInvoices", {"limit": 100}, None, 100),
        ("GetInvoices", {"limit": 1}, None, 1),
        ("GetInvoices", {}, {"limit": "50"}, 100),
        ("GetInvoices", {}, {"limit": 0}, 100),
        ("GetInvoices", {}, {"limit": 101}, 100),
        ("GetInvoicesSearch", {"query": "total>1", "limit": 5}, None, 5),
        ("GetInvoicesInvoice", {}, None, None),
    ],
    ids=str,
)
def test_the_page_limit_is_the_limit_asked_for(
    operation: str, params: dict[str, Any], extra: dict[str, Any] | None, limit: int | None
) -> None:
    path = {"invoice": "in_1"} if operation == "GetInvoicesInvoice" else {}
    options = request_options(extra_query=extra)
    assert call(operation, path, params, request_options=options).page_limit == limit


def test_extra_query_and_body_are_merged_and_win() -> None:
    listed = call(
        "GetInvoices",
        {},
        {"limit": 3},
        request_options=request_options(extra_query={"limit": 5, "x": "1"}),
    )
    assert listed.url.endswith("/v1/invoices?limit=5&x=1") and listed.content is None
    posted = call(
        "PostInvoicesInvoicePay",
        {"invoice": "in_1"},
        {"paid_out_of_band": True},
        request_options=request_options(
            extra_body={"paid_out_of_band": "false", "y": "2"}, extra_query={"q": "3"}
        ),
    )
    assert posted.content == b"paid_out_of_band=false&y=2"
    assert posted.url.endswith("/v1/invoices/in_1/pay?q=3") and posted.path.endswith("/pay")
    with pytest.raises(InvalidParameterError) as caught:
        call("GetInvoices", {}, {}, request_options=request_options(extra_body={"a": "1"}))
    assert caught.value.param == "extra_body"
    assert "GET requests have no body; use extra_query" in str(caught.value)
    assert encoded_extra("extra_query", None) == "" and encoded_extra("extra_query", {}) == ""
    with pytest.raises(InvalidParameterError) as bad:
        encoded_extra("extra_query", {"a": object()})
    assert bad.value.param == "extra_query"
    assert bad.value.reason == "a: cannot encode a value of type object"
    with pytest.raises(InvalidParameterError) as bad_query:
        call("GetInvoices", {}, {}, request_options=request_options(extra_query={"a": object()}))
    assert bad_query.value.param == "extra_query"
    with pytest.raises(InvalidParameterError) as bad_body:
        call(
            "PostInvoicesInvoicePay",
            {"invoice": "in_1"},
            {},
            request_options=request_options(extra_body={"a": object()}),
        )
    assert bad_body.value.param == "extra_body"


def test_extra_headers_replace_defaults_whatever_their_case() -> None:
    options = request_options(extra_headers={"user-agent": "mine/1", "X-Trace": "t"})
    built = call("GetInvoicesInvoice", {"invoice": "in_1"}, {}, request_options=options)
    assert [name for name in built.headers if name.lower() == "user-agent"] == ["user-agent"]
    assert built.headers["user-agent"] == "mine/1" and built.headers["X-Trace"] == "t"
    assert built.headers["Authorization"] == "Bearer sk_test_pipeline"


def test_per_call_timeouts_win_over_the_client_s() -> None:
    plain = call("GetInvoicesInvoice", {"invoice": "in_1"}, {})
    assert plain.timeout == OPTIONS.http_timeout and plain.total_timeout == OPTIONS.total_timeout
    assert plain.max_retries == 2 and plain.max_response_bytes == OPTIONS.max_response_bytes
    options = request_options(total_timeout=3.0, timeout=4.0, idempotency_key=None)
    given = call("GetInvoicesInvoice", {"invoice": "in_1"}, {}, request_options=options)
    assert given.total_timeout == 3.0 and given.timeout == httpx.Timeout(4.0)
    keyed = call(
        "PostInvoicesInvoicePay",
        {"invoice": "in_1"},
        {},
        request_options=request_options(idempotency_key="from-options"),
    )
    assert keyed.idempotency_key == "from-options"
    assert call("GetInvoicesInvoice", {"invoice": "in_1"}, {}).idempotency_key is None


def test_bad_ids_and_unencodable_params_are_refused_before_anything_is_built() -> None:
    with pytest.raises(InvalidParameterError) as caught:
        call("GetInvoicesInvoice", {"invoice": ""}, {})
    assert caught.value.param == "invoice"
    with pytest.raises(InvalidParameterError) as bad_key:
        call("PostInvoicesInvoicePay", {"invoice": "in_1"}, {}, idempotency_key="a\nb")
    assert bad_key.value.param == "idempotency_key"


def test_build_request_sends_the_call_with_the_attempt_s_timeout() -> None:
    built = call("PostInvoicesInvoicePay", {"invoice": "in_1"}, {"paid_out_of_band": True})
    with httpx.Client() as http:
        request = build_request(http, built)
        assert request.method == "POST" and str(request.url) == built.url
        assert request.content == b"paid_out_of_band=true"
        assert request.headers["Idempotency-Key"] == built.idempotency_key
        assert request.extensions["timeout"] == built.timeout.as_dict()
        shorter = httpx.Timeout(1.0)
        assert build_request(http, built, shorter).extensions["timeout"] == shorter.as_dict()


def _httpx_request(http: httpx.Client, built: Any) -> httpx.Request:
    """The request httpx's own `build_request` makes of a call: what ours must equal."""
    return http.build_request(
        built.method, built.url, content=built.content, headers=built.headers, timeout=built.timeout
    )


@pytest.mark.parametrize(
    "client_settings",
    [
        {},
        # A caller's defaults: kept, except those the call sets (User-Agent here, any case).
        {"headers": {"X-Team": "billing", "user-agent": "theirs/1.0", "Accept": "text/plain"}},
        {"cookies": {"session": "abc"}},
        {"params": {"trace": "1"}},
        {"base_url": "https://elsewhere.example"},
    ],
    ids=["plain", "headers", "cookies", "params", "base_url"],
)
@pytest.mark.parametrize(
    "operation", ["PostInvoicesInvoicePay", "PostInvoicesInvoiceSend", "GetInvoicesInvoice"]
)
def test_build_request_is_the_request_httpx_would_build(
    client_settings: dict[str, Any], operation: str
) -> None:
    params: dict[str, dict[str, Any]] = {
        "PostInvoicesInvoicePay": {"paid_out_of_band": True},
        "PostInvoicesInvoiceSend": {},  # an empty body
        "GetInvoicesInvoice": {"expand": ["x"]},
    }
    built = call(
        operation,
        {"invoice": "in_1"},
        params[operation],
        request_options=request_options(extra_headers={"X-Extra": "1"}),
    )
    with httpx.Client(**client_settings) as http:
        ours, theirs = build_request(http, built), _httpx_request(http, built)
        assert (ours.method, ours.url, ours.content) == (theirs.method, theirs.url, theirs.content)
        assert ours.headers.raw == theirs.headers.raw
        assert ours.extensions["timeout"] == theirs.extensions["timeout"]


def test_build_request_honours_a_client_whose_build_request_is_its_own() -> None:
    class Tagging(httpx.Client):
        def build_request(self, *args: Any, **kwargs: Any) -> httpx.Request:
            request = super().build_request(*args, **kwargs)
            request.headers["X-Tagged"] = "yes"
            return request

    built = call("PostInvoicesInvoicePay", {"invoice": "in_1"}, {})
    with Tagging() as http:
        assert build_request(http, built).headers["X-Tagged"] == "yes"


@pytest.mark.parametrize(
    "body",
    [
        {"id": "cus_1", "object": "customer"},
        {"object": "invoice"},
        {"id": "", "object": "invoice"},
        {"id": 5, "object": "invoice"},
        {"id": "in_1", "object": 5},
        [1],
    ],
    ids=["another object", "no id", "empty id", "id not a str", "tag not a str", "not a dict"],
)
def test_a_success_that_is_not_the_object_asked_for_is_retried(body: object) -> None:
    built = call("GetInvoicesInvoice", {"invoice": "in_1"}, {})
    step = after_response(built, response(200, body), 0, 0.0, jitter=lambda: 0.0)
    assert step == Retry(0.5, maybe_applied=True)
    assert str(step.error) == "GetInvoicesInvoice: the 200 response is not the object asked for"


def test_failures_are_logged_with_class_and_code_only(caplog: pytest.LogCaptureFixture) -> None:
    built = call("PostInvoicesInvoicePay", {"invoice": "in_1"}, {})
    caplog.set_level(logging.DEBUG, logger="stripe_invoicing_client")
    after_response(built, response(500, {"error": {"message": "secret"}}), 0, 0.0123, lambda: 0.0)
    after_exception(built, httpx.ConnectError("refused"), 1, 0.5, lambda: 0.0)
    deleted = call("DeleteCustomersCustomer", {"customer": "cus_1"}, {})
    after_response(deleted, response(404, GONE), 1, 0.0, uncertain=True)
    assert caplog.messages == [
        "POST /v1/invoices/in_1/pay -> 500 (request_id=None, attempt 1, 12.3 ms)",
        "retrying POST /v1/invoices/in_1/pay in 0.50s (retry 1 of 2) after APIServerError (500)",
        "POST /v1/invoices/in_1/pay -> ConnectError (attempt 2, 500.0 ms)",
        "retrying POST /v1/invoices/in_1/pay in 1.00s (retry 2 of 2) after APIConnectionError",
        "DELETE /v1/customers/cus_1 -> 404 (request_id=None, attempt 2, 0.0 ms)",
        "DELETE /v1/customers/cus_1: gone on retry, taken as deleted",
    ]
    assert [record.levelno for record in caplog.records] == [10, 20, 10, 20, 10, 20]


def test_what_was_not_sent_is_known_not_applied() -> None:
    for unsent in (
        httpx.ConnectError("x"),
        httpx.ConnectTimeout("x"),
        httpx.PoolTimeout("x"),
        httpx.UnsupportedProtocol("x"),
        httpx.InvalidURL("x"),
    ):
        assert not outcome_unknown(unsent)
    for maybe in (httpx.ReadTimeout("x"), httpx.WriteError("x"), httpx.RemoteProtocolError("x")):
        assert outcome_unknown(maybe)
    built = call("PostInvoicesInvoicePay", {"invoice": "in_1"}, {})
    refused = after_exception(built, httpx.ConnectError("x"), 0, 0.0)
    assert isinstance(refused, Retry) and not refused.maybe_applied
    lost = after_exception(built, httpx.ReadError("x"), 0, 0.0)
    assert isinstance(lost, Retry) and lost.maybe_applied
    failed = after_exception(built, httpx.ReadTimeout("slow"), 2, 0.0)
    assert isinstance(failed, Fail)
    assert str(failed.error) == "POST /v1/invoices/in_1/pay failed: ReadTimeout: slow"
    assert failed.error.idempotency_key == built.idempotency_key


def test_the_client_s_options_reach_the_call() -> None:
    options = ClientOptions.create(
        api_key="sk_test_pipeline",
        base_url="https://api.stripe.com",
        stripe_version=None,
        stripe_account=None,
        timeout=10.0,
        max_retries=0,
        total_timeout=7.0,
        max_response_bytes=1000,
    )
    built = build_call(options, operations.GetInvoices, {}, {})
    assert built.max_response_bytes == 1000 and built.total_timeout == 7.0
    assert built.max_retries == 0 and "Stripe-Account" not in built.headers


@pytest.mark.parametrize("status", [199, 300, 301])
def test_only_2xx_is_an_answer(status: int) -> None:
    built = call("GetInvoicesInvoice", {"invoice": "in_1"}, {})
    step = after_response(built, response(status, {"id": "in_1", "object": "invoice"}), 2, 0.0)
    assert isinstance(step, Fail)


@pytest.mark.parametrize("request_id", ["req_1", None], ids=["with request id", "without"])
def test_a_garbled_success_names_its_request(request_id: str | None) -> None:
    built = call("GetInvoicesInvoice", {"invoice": "in_1"}, {})
    headers = {} if request_id is None else {"Request-Id": request_id}
    suffix = "" if request_id is None else f" (request_id={request_id})"
    for undecodable, what in (
        (False, "is not the object asked for"),
        (True, "could not be decoded"),
    ):
        step = after_response(
            built, response(200, b"{", **headers), 2, 0.0, undecodable=undecodable
        )
        assert isinstance(step, Fail) and isinstance(step.error, APIResponseError)
        assert str(step.error) == f"GetInvoicesInvoice: the 200 response {what}{suffix}"
        assert step.error.http_status == 200
        assert step.error.request_id == request_id
    page = call("GetInvoices", {}, {"limit": 1})
    two = {"object": "list", "data": [{}, {}], "has_more": False, "url": "/v1/invoices"}
    refused = after_response(page, response(200, two, **headers), 0, 0.0)
    assert isinstance(refused, Fail) and isinstance(refused.error, APIResponseError)
    assert str(refused.error).endswith("it was refused unparsed" + suffix)
    assert refused.error.request_id == request_id


def test_the_answer_keeps_its_response() -> None:
    built = call("GetInvoicesInvoice", {"invoice": "in_1"}, {})
    answer = response(200, {"id": "in_1", "object": "invoice"})
    done = after_response(built, answer, 0, 0.0)
    assert isinstance(done, Done) and done.response is answer
    deleted = call("DeleteCustomersCustomer", {"customer": "cus_1"}, {})
    garbled = response(200, b"{")
    stub = after_response(deleted, garbled, 0, 0.0)
    assert isinstance(stub, Done) and stub.response is garbled
    gone = response(404, GONE)
    taken = after_response(deleted, gone, 1, 0.0, uncertain=True)
    assert isinstance(taken, Done) and taken.response is gone


def test_progress_reads_the_body_it_is_given() -> None:
    built = call("GetInvoicesInvoice", {"invoice": "in_1"}, {})
    progress = Progress.start(built)
    answer = response(200, b"not what was read")
    done = progress.after_response(answer, b'{"id": "in_2", "object": "invoice"}', 0.0)
    assert isinstance(done, Done) and done.value.id == "in_2"
    # None: the body could not be decoded, whatever the response holds.
    fine = response(200, {"id": "in_1", "object": "invoice"})
    assert isinstance(progress.after_response(fine, None, 0.0), Retry)
    lost = progress.after_exception(httpx.ReadError("x"), 0.0, lambda: 0.0)
    assert lost == after_exception(built, httpx.ReadError("x"), 0, 0.0, lambda: 0.0)
    assert progress.after_exception(httpx.ReadError("x"), 0.0, lambda: 1.0) != lost
    # A transport error reading a success body is still a transport error (an error status's
    # is that status's error: test_request_path).
    step = progress.after_failed_attempt(httpx.ReadError("reset"), answer, 0.0)
    assert isinstance(step, Retry)
    closing = ValueError("the client has been closed")  # the right words, the wrong type
    with pytest.raises(ValueError):
        progress.after_failed_attempt(closing, None, 0.0)


def test_a_retry_is_logged_with_the_error_code(caplog: pytest.LogCaptureFixture) -> None:
    built = call("PostInvoicesInvoicePay", {"invoice": "in_1"}, {})
    caplog.set_level(logging.DEBUG, logger="stripe_invoicing_client")
    locked = response(409, {"error": {"code": "lock_timeout"}}, **{"Request-Id": "req_7"})
    after_response(built, locked, 0, 0.25, lambda: 0.0)
    assert caplog.messages == [
        "POST /v1/invoices/in_1/pay -> 409 (request_id=req_7, attempt 1, 250.0 ms)",
        "retrying POST /v1/invoices/in_1/pay in 0.50s (retry 1 of 2) after ConflictError "
        "(lock_timeout)",
    ]


def test_params_the_encoder_refuses_are_refused_by_name() -> None:
    endpoint = operations.GetInvoices

    class Refusing(type(endpoint)):  # type: ignore[misc]
        def request(self, path_values: Any, params: Any) -> dict[str, Any]:
            raise ValueError("cannot encode x")

    # The record's fields, not its caches (init=False: the model and checker, filled on use).
    fields = attrs.asdict(endpoint, recurse=False, filter=lambda field, _: field.init)
    refusing = Refusing(**fields)
    with pytest.raises(InvalidParameterError) as caught:
        build_call(OPTIONS, refusing, {}, {})
    assert caught.value.param == "params" and caught.value.reason == "cannot encode x"


@pytest.mark.parametrize(
    ("uncertain", "answered", "applied"),
    [(False, False, False), (True, False, True), (False, True, True)],
    ids=["nothing sent", "an earlier attempt lost", "this attempt answered"],
)
def test_a_closed_client_says_whether_the_write_may_have_been_applied(
    uncertain: bool, answered: bool, applied: bool
) -> None:
    built = call("PostInvoicesInvoicePay", {"invoice": "in_1"}, {}, idempotency_key="pay-1")
    progress = Progress.start(built)
    progress.uncertain = uncertain
    response_ = httpx.Response(200) if answered else None
    closing = RuntimeError("Cannot send a request, as the client has been closed.")
    with pytest.raises(ClientClosedError) as caught:
        progress.after_failed_attempt(closing, response_, 0.0)
    if applied:
        assert str(caught.value) == (
            "POST /v1/invoices/in_1/pay: the client was closed before the call finished; an "
            "attempt reached Stripe, so the write may have been applied: resend with "
            "idempotency_key='pay-1' to get its outcome without applying it twice"
        )
    else:
        assert str(caught.value) == "POST /v1/invoices/in_1/pay was not sent: the client was closed"
    assert caught.value.idempotency_key == "pay-1"
    assert caught.value.may_have_been_applied is applied  # typed: no need to read the message
    # Refused before sending (the shells' own check): what earlier attempts did decides.
    before = progress.closed("the client was closed")
    assert isinstance(before, ClientClosedError)
    assert ("was not sent" in str(before)) is not uncertain
    assert before.may_have_been_applied is uncertain
    # A GET has no key: nothing it did can be applied twice.
    reading = Progress.start(call("GetInvoicesInvoice", {"invoice": "in_1"}, {}))
    reading.uncertain = uncertain
    with pytest.raises(ClientClosedError, match="was not sent") as read_caught:
        reading.after_failed_attempt(closing, response_, 0.0)
    assert read_caught.value.may_have_been_applied is False
