"""The clients' side of the limiter: one attempt, sent when the account's budget allows.

Each attempt (retries included) takes a place and a time slot from the limiter before it is
sent, and reports its status when it ends. A wait past the call's deadline ends the call with
its deadline error, and nothing was sent.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from typing import Any

from ._call import Call
from ._limiter import Limiter, PastDeadline
from ._limiter_budget import account_key, call_kind
from ._limiter_shells import acquire_async, acquire_sync, release_async, release_sync
from ._options import ClientOptions
from ._pipeline import Done, Progress, Step
from .errors import DeadlineExceededError, StripeError


def _status(
    step: Step[Any] | None,
) -> tuple[int | None, Mapping[str, str] | None, str | None]:
    """The HTTP status an attempt ended with (None: no answer, or it was cut short), its
    headers and its error code."""
    if isinstance(step, Done):
        return step.response.status_code, step.response.headers, None
    error: StripeError | None = getattr(step, "error", None)
    status = getattr(error, "http_status", None)
    headers = getattr(error, "headers", None)
    code = getattr(error, "code", None)
    return (
        (status if isinstance(status, int) else None),
        headers,
        code if isinstance(code, str) else None,
    )


def _resource(call: Call[Any]) -> str | None:
    """The object a call names: the value of its path's last parameter (`in_123` in
    /v1/invoices/in_123/send), or None for a call on a collection."""
    template = call.endpoint.path.split("/")
    for index in range(len(template) - 1, -1, -1):
        if template[index].startswith("{"):
            parts = call.path.split("/")
            return parts[index] if index < len(parts) else None
    return None


def _ask(call: Call[Any], progress: Progress) -> dict[str, Any]:
    return {
        "deadline": progress.deadline,
        "operation": call.endpoint.operation_id,
        "resource": _resource(call),
    }


def _past_deadline(progress: Progress) -> StripeError:
    """The call's turn would come after its deadline: nothing of this attempt was sent, but a
    retry's earlier attempts were (and may have been applied)."""
    call = progress.call
    text = (
        f"{call.method} {call.path}: total_timeout={call.total_timeout}s would run out "
        "waiting for the rate limit"
    )
    if not progress.retries_done:
        text += "; nothing was sent"
    elif progress.uncertain and call.idempotency_key is not None:
        text += (
            f" before retry {progress.retries_done}; an earlier attempt was sent and may "
            f"have been applied: resend with idempotency_key={call.idempotency_key!r} to get "
            "its outcome without applying it twice"
        )
    else:
        text += f" before retry {progress.retries_done}; an earlier attempt was sent"
    return progress.fail(DeadlineExceededError(text))


def paced_attempt(
    limiter: Limiter,
    options: ClientOptions,
    progress: Progress,
    attempt: Callable[[Progress], Step[Any]],
) -> Step[Any]:
    call = progress.call
    key = account_key(options.api_key, options.stripe_account)
    try:
        slot = acquire_sync(limiter, key, call_kind(call.method, call.path), **_ask(call, progress))
    except PastDeadline:
        raise _past_deadline(progress) from progress.last_error
    step: Step[Any] | None = None
    try:
        step = attempt(progress)
    finally:
        release_sync(limiter, slot, *_status(step))
    return step


async def paced_attempt_async(
    limiter: Limiter,
    options: ClientOptions,
    progress: Progress,
    attempt: Callable[[Progress], Awaitable[Step[Any]]],
) -> Step[Any]:
    call = progress.call
    key = account_key(options.api_key, options.stripe_account)
    try:
        slot = await acquire_async(
            limiter, key, call_kind(call.method, call.path), **_ask(call, progress)
        )
    except PastDeadline:
        raise _past_deadline(progress) from progress.last_error
    step: Step[Any] | None = None
    try:
        step = await attempt(progress)
    finally:
        release_async(limiter, slot, *_status(step))
    return step


__all__ = ["paced_attempt", "paced_attempt_async"]
