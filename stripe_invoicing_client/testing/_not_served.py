"""Operations the client has and FakeStripe does not serve yet: a clear error, not a crash."""

from __future__ import annotations

from typing import Any

from ._errors import ApiError
from ._state import Handler, RequestContext


def handler_for(operation_id: str) -> Handler:
    """A handler that refuses the operation with a 404 naming it (as Stripe answers a URL it
    does not know), so a test reaching it fails with a message that says why."""

    def not_served(call: RequestContext, path: dict[str, str], params: dict[str, Any]) -> Any:
        raise ApiError.invalid_request(
            f"FakeStripe does not serve {operation_id} yet; test it against Stripe's test mode.",
            status=404,
        )

    return not_served
