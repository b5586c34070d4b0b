"""A typed Python client for Stripe's invoicing API.

    from stripe_invoicing_client import StripeInvoicing

    with StripeInvoicing() as client:  # the key comes from STRIPE_API_KEY
        invoice = client.invoices.send("in_123")

Models are in `stripe_invoicing_client.models`, exceptions in `stripe_invoicing_client.errors`,
webhook verification in `stripe_invoicing_client.webhooks`, and an offline, in-memory Stripe
for tests in `stripe_invoicing_client.testing`.
"""

from ._client import NOT_GIVEN, AsyncStripeInvoicing, StripeInvoicing
from ._generated import API_VERSION
from ._pagination import AsyncPager, SyncPager
from ._response import RawResponse
from ._version import __version__
from .errors import (
    APIConnectionError,
    APIResponseError,
    APIServerError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    CardError,
    ConflictError,
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
)

__all__ = [
    "API_VERSION",
    "NOT_GIVEN",
    "APIConnectionError",
    "APIResponseError",
    "APIServerError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncPager",
    "AsyncStripeInvoicing",
    "AuthenticationError",
    "CardError",
    "ConflictError",
    "IdempotencyError",
    "InvalidParameterError",
    "InvalidRequestError",
    "NotFoundError",
    "OperationNotAvailableError",
    "PaginationError",
    "PermissionDeniedError",
    "RateLimitError",
    "RawResponse",
    "SignatureVerificationError",
    "StripeError",
    "StripeInvoicing",
    "SyncPager",
    "__version__",
]
