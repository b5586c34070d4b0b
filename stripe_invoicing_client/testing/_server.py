"""Serving one request: faults, authentication, decoding, idempotency, dispatch, recording.

`serve` runs under the fake's lock; only the latency wait happens outside it.
"""

from __future__ import annotations

import base64
import binascii
import json
import traceback
from typing import Any

import httpx

from ._accepted_params import ACCEPTED_PARAMS
from ._errors import ApiError
from ._expand import check_expand
from ._faults import (
    DropAfterWrite,
    DropBeforeWrite,
    FailAfterWrite,
    FailBeforeWrite,
    FailRequest,
    Failure,
    SavedFailure,
    TruncateResponse,
)
from ._form import decode_form
from ._idempotency import IdempotencyStore, SavedResponse
from ._records import AppliedWrite, RecordedRequest
from ._recurring import may_be_due, run_until
from ._routes import find_route
from ._shapes import coerce_params
from ._state import API_VERSION, FileBody, RequestContext, State
from ._unmodelled_params import refuse_before_handler

AnyFault = Failure | None


def _failure_headers(fault: SavedFailure, headers: dict[str, str]) -> dict[str, str]:
    headers = dict(headers)
    if fault.should_retry is not None:
        headers["Stripe-Should-Retry"] = "true" if fault.should_retry else "false"
    return headers


class Server:
    def __init__(self, state: State, allowed_keys: frozenset[str] | None) -> None:
        self.state = state
        self.allowed_keys = allowed_keys
        self.idempotency = IdempotencyStore()
        self.requests: list[RecordedRequest] = []
        self.writes: list[AppliedWrite] = []
        self.internal_errors: list[str] = []

    def _api_key(self, request: httpx.Request) -> str:
        header = request.headers.get("authorization", "")
        scheme, _, credential = header.partition(" ")
        key = ""
        if scheme.lower() == "bearer":
            key = credential.strip()
        elif scheme.lower() == "basic":
            try:
                key = base64.b64decode(credential).decode().partition(":")[0]
            except (binascii.Error, UnicodeDecodeError):
                key = ""
        if not key:
            raise ApiError(
                401,
                "invalid_request_error",
                "No API key was provided. Send it as 'Authorization: Bearer sk_test_...'.",
                code="authentication_required",
            )
        # The key itself is never repeated back: error messages end up in logs.
        if not key.startswith(("sk_test_", "rk_test_")) or (
            self.allowed_keys is not None and key not in self.allowed_keys
        ):
            raise ApiError(
                401,
                "invalid_request_error",
                "The API key provided is not valid for this fake; it accepts test-mode secret "
                "keys (sk_test_...) only.",
                code="authentication_required",
            )
        return key

    def _params(self, request: httpx.Request) -> dict[str, Any]:
        query = decode_form(request.url.query.decode("ascii"))
        if request.method == "GET" or not request.content:
            return query
        content_type = request.headers.get("content-type", "").partition(";")[0].strip()
        if content_type != "application/x-www-form-urlencoded":
            raise ApiError.invalid_request(
                f"Request bodies must be application/x-www-form-urlencoded, not "
                f"'{content_type or 'unspecified'}'."
            )
        try:
            text = request.content.decode("ascii")
        except UnicodeDecodeError:
            raise ApiError.invalid_request("The form body must be percent-encoded ASCII.") from None
        body = decode_form(text)
        for key in query.keys() & body.keys():
            raise ApiError.invalid_request(
                f"{key} was sent both in the query string and in the body.", param=key
            )
        return {**query, **body}

    def _response(
        self, request: httpx.Request, status: int, body: Any, headers: dict[str, str]
    ) -> httpx.Response:
        if isinstance(body, FileBody):  # a download from the files host
            headers = {"Content-Type": body.content_type, **headers}
            return httpx.Response(status, headers=headers, content=body.content, request=request)
        content = json.dumps(body, indent=2, ensure_ascii=False).encode("utf-8")
        headers = {"Content-Type": "application/json", "Stripe-Version": API_VERSION, **headers}
        return httpx.Response(status, headers=headers, content=content, request=request)

    def serve(self, request: httpx.Request, fault: AnyFault) -> httpx.Response:
        request_id = self.state.ids.new("req", 14)
        path = request.url.raw_path.decode("ascii").partition("?")[0]
        record = RecordedRequest(
            method=request.method,
            path=request.url.path,
            headers={
                k.lower(): v for k, v in request.headers.items() if k.lower() != "authorization"
            },
            request_id=request_id,
        )
        self.requests.append(record)
        if isinstance(fault, DropBeforeWrite):
            raise httpx.ConnectError("fake: connection failed (injected)", request=request)
        headers = {"Request-Id": request_id}
        if isinstance(fault, FailRequest):
            record.status = fault.status
            if fault.retry_after is not None:
                headers["Retry-After"] = f"{fault.retry_after:g}"
            if fault.should_retry is not None:
                headers["Stripe-Should-Retry"] = "true" if fault.should_retry else "false"
            extra = {"decline_code": fault.decline_code} if fault.decline_code else None
            error = ApiError(
                fault.status, fault.error_type, fault.message, code=fault.code, extra=extra
            )
            return self._response(request, fault.status, error.body(request_id), headers)

        failing = fault if isinstance(fault, (FailBeforeWrite, FailAfterWrite)) else None
        response = self._dispatch(request, path, record, headers, failing)
        if failing is not None and response.status_code != failing.status:
            # From in front of the API (502, 503), or a 500 on a replay: the saved answer stays.
            record.status = failing.status
            return self._failure_answer(request, failing, headers)
        if isinstance(fault, DropAfterWrite):
            if fault.error == "remote_protocol_error":
                raise httpx.RemoteProtocolError(
                    "fake: server closed the connection mid-response (injected)", request=request
                )
            raise httpx.ReadTimeout("fake: response timed out (injected)", request=request)
        if isinstance(fault, TruncateResponse):
            content = response.content
            keep = fault.keep_bytes if fault.keep_bytes is not None else len(content) // 2
            return httpx.Response(
                response.status_code,
                headers=[(k, v) for k, v in response.headers.items() if k != "content-length"],
                content=content[: min(keep, max(len(content) - 1, 0))],
                request=request,
            )
        return response

    def _failure_answer(
        self, request: httpx.Request, fault: SavedFailure, headers: dict[str, str]
    ) -> httpx.Response:
        headers = _failure_headers(fault, headers)
        if fault.status == 502:  # a proxy's page, not Stripe's envelope
            headers["Content-Type"] = "text/html"
            page = b"<html><body><h1>502 Bad Gateway</h1></body></html>"
            return httpx.Response(502, headers=headers, content=page, request=request)
        applied = "before the write" if isinstance(fault, FailBeforeWrite) else "after the write"
        message = f"An unknown error occurred (injected {applied})."
        body = ApiError(fault.status, "api_error", message).body(headers["Request-Id"])
        return self._response(request, fault.status, body, headers)

    def _dispatch(
        self,
        request: httpx.Request,
        path: str,
        record: RecordedRequest,
        headers: dict[str, str],
        failing: SavedFailure | None = None,
    ) -> httpx.Response:
        request_id = record.request_id
        idempotency_key: str | None = None
        began = False
        try:
            api_key = self._api_key(request)
            raw_params = self._params(request)
            record.params = raw_params
            found = find_route(request.method, path)
            if found is None:
                raise ApiError.invalid_request(
                    f"Unrecognized request URL ({request.method}: {request.url.path}).",
                    status=404,
                )
            route, path_values = found
            record.operation = route.operation_id
            if request.method == "POST":
                idempotency_key = request.headers.get("idempotency-key")
            fingerprint = json.dumps(raw_params, sort_keys=True)
            if idempotency_key is not None:
                headers["Idempotency-Key"] = idempotency_key
                saved = self.idempotency.find(api_key, idempotency_key, self.state.clock.now())
                if saved is not None:
                    return self._replay(request, record, saved, idempotency_key, fingerprint, path)
            params = coerce_params(ACCEPTED_PARAMS[route.operation_id], raw_params)
            check_expand(route.operation_id, params)
            refuse_before_handler(route.operation_id, f"{route.method} {route.template}", params)
            call = RequestContext(self.state, request_id, idempotency_key, api_key)
            state = self.state
            if may_be_due(state):
                # Renewals, drafts to finalize, quotes expiring etc. due on the fake's own clock.
                run_until(call, None, call.now())
            began = True
            if isinstance(failing, FailBeforeWrite):
                raise ApiError(500, "api_error", "failed before the write")  # answered below
            status, body = 200, route.handler(call, path_values, params)
            if route.changes_state:
                self.writes.append(
                    AppliedWrite(
                        route.operation_id, request.method, path, idempotency_key, request_id
                    )
                )
        except ApiError as error:
            status, body = error.status, error.body(request_id)
        except Exception:  # a bug in the fake: answer 500 and keep the trace for the test
            self.internal_errors.append(traceback.format_exc())
            began = False
            status = 500
            body = ApiError(500, "api_error", "The fake Stripe server hit a bug.").body(request_id)
        record.status = status
        response = self._response(request, status, body, headers)
        if failing is not None and failing.status == 500 and began:
            # The endpoint failed (before its write or after it): this 500 is the result, saved.
            response = self._failure_answer(request, failing, headers)
            status, headers = 500, _failure_headers(failing, headers)
            record.status = status
        if idempotency_key is not None and began:
            self.idempotency.save(
                api_key,
                idempotency_key,
                SavedResponse(
                    method=request.method,
                    path=path,
                    fingerprint=fingerprint,
                    status=status,
                    body=response.content,
                    headers=tuple(headers.items()),
                    saved_at=self.state.clock.now(),
                ),
            )
        return response

    def _replay(
        self,
        request: httpx.Request,
        record: RecordedRequest,
        saved: SavedResponse,
        key: str,
        fingerprint: str,
        path: str,
    ) -> httpx.Response:
        if (saved.method, saved.path, saved.fingerprint) != (request.method, path, fingerprint):
            raise ApiError(
                400,
                "idempotency_error",
                f"The idempotency key '{key}' was first used with other parameters or another "
                "endpoint; a key can only be reused for the very same request.",
            )
        record.status = saved.status
        record.replayed = True
        headers = {**dict(saved.headers), "Idempotent-Replayed": "true"}
        return httpx.Response(
            saved.status,
            headers={"Content-Type": "application/json", "Stripe-Version": API_VERSION, **headers},
            content=saved.body,
            request=request,
        )


__all__ = ["AnyFault", "Server"]
