from typing import Literal

ApiErrorsType = Literal["api_error", "card_error", "idempotency_error", "invalid_request_error"]
"""Values known to this client. A value from a newer API version is kept as it is."""

API_ERRORS_TYPE_VALUES: frozenset[str] = frozenset(
    {
        "api_error",
        "card_error",
        "idempotency_error",
        "invalid_request_error",
    }
)
