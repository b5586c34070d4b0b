"""Exceptions raised by the client (defined in `_core/errors.py`, with the hierarchy)."""

from ._core.errors import (
    APIConnectionError,
    APIResponseError,
    APIServerError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    CardError,
    ClientClosedError,
    ConflictError,
    DeadlineExceededError,
    FieldNotAvailableError,
    IdempotencyError,
    InvalidParameterError,
    InvalidRequestError,
    NotFoundError,
    OperationNotAvailableError,
    PaginationError,
    PermissionDeniedError,
    RateLimitError,
    SignatureVerificationError,
    StripeError,
    error_from_response,
)

# For the modules that read responses.
from ._core.errors import error_without_body as error_without_body
from ._core.errors import get_header as get_header

__all__ = [
    "APIConnectionError",
    "APIResponseError",
    "APIServerError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "CardError",
    "ClientClosedError",
    "ConflictError",
    "DeadlineExceededError",
    "FieldNotAvailableError",
    "IdempotencyError",
    "InvalidParameterError",
    "InvalidRequestError",
    "NotFoundError",
    "OperationNotAvailableError",
    "PaginationError",
    "PermissionDeniedError",
    "RateLimitError",
    "SignatureVerificationError",
    "StripeError",
    "error_from_response",
]
