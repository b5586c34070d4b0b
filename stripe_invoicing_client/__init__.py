"""A typed Python client for Stripe's invoicing API.

    from stripe_invoicing_client import StripeInvoicing

    with StripeInvoicing() as client:  # the key comes from STRIPE_API_KEY
        invoice = client.invoices.send("in_123")

Models are in `stripe_invoicing_client.models`, exceptions in `stripe_invoicing_client.errors`,
webhook verification in `stripe_invoicing_client.webhooks`, and an offline, in-memory Stripe
for tests in `stripe_invoicing_client.testing`.
"""

# `typing` under a private name: dir() and editors' completion of the package show its API,
# not the names its annotations use.
import typing as _typing
from types import ModuleType as _ModuleType

from ._core.field_error import use_api_version as _use_api_version
from ._generated import API_VERSION as _API_VERSION
from ._version import __version__
from .errors import (
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
)

_use_api_version(_API_VERSION)  # named in FieldNotAvailableError's messages

if _typing.TYPE_CHECKING:
    from ._async_client import AsyncStripeInvoicing
    from ._bulk import Progress, SendSummary, send_invoices
    from ._client_base import NOT_GIVEN
    from ._core.pagination import AsyncPager, SyncPager
    from ._core.response import RawResponse
    from ._core.search_query import AllOf, AnyOf, Clause, SearchQuery, all_of, any_of
    from ._generated import API_VERSION
    from ._generated.search import (
        CustomerSearch,
        InvoiceSearch,
        PaymentIntentSearch,
        PriceSearch,
        ProductSearch,
        SubscriptionSearch,
    )
    from ._rate_limit import RateLimit
    from ._sync_client import StripeInvoicing

# The clients and what they need (httpx among it) load on first use, so that importing the
# package, for its errors or models say, stays cheap.
_LAZY = {
    "NOT_GIVEN": "._client_base",
    "AsyncStripeInvoicing": "._async_client",
    "StripeInvoicing": "._sync_client",
    "API_VERSION": "._generated",
    "RateLimit": "._rate_limit",
    "Progress": "._bulk",
    "SendSummary": "._bulk",
    "send_invoices": "._bulk",
    "AsyncPager": "._core.pagination",
    "SyncPager": "._core.pagination",
    "RawResponse": "._core.response",
    "CustomerSearch": "._generated.search",
    "InvoiceSearch": "._generated.search",
    "PaymentIntentSearch": "._generated.search",
    "PriceSearch": "._generated.search",
    "ProductSearch": "._generated.search",
    "SubscriptionSearch": "._generated.search",
    "AllOf": "._core.search_query",
    "AnyOf": "._core.search_query",
    "Clause": "._core.search_query",
    "SearchQuery": "._core.search_query",
    "all_of": "._core.search_query",
    "any_of": "._core.search_query",
}


# Hidden from type checkers, so that a misspelt import from the package is an error there
# (a module `__getattr__` makes every name `Any`): they read the imports above instead.
if not _typing.TYPE_CHECKING:

    def __getattr__(name: str) -> _typing.Any:
        module = _LAZY.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        from importlib import import_module

        value = getattr(import_module(module, __name__), name)
        globals()[name] = value
        return value


def __dir__() -> list[str]:
    # The lazy names are not globals until first read: without this, dir() and the REPL's and
    # IPython's completion (both read dir()) would miss the clients.
    loaded = (n for n, v in globals().items() if isinstance(v, _ModuleType) and n[0] != "_")
    return sorted({*__all__, *loaded})


__all__ = [
    "API_VERSION",
    "NOT_GIVEN",
    "APIConnectionError",
    "APIResponseError",
    "APIServerError",
    "APIStatusError",
    "APITimeoutError",
    "AllOf",
    "AnyOf",
    "AsyncPager",
    "AsyncStripeInvoicing",
    "AuthenticationError",
    "CardError",
    "Clause",
    "ClientClosedError",
    "ConflictError",
    "CustomerSearch",
    "DeadlineExceededError",
    "FieldNotAvailableError",
    "IdempotencyError",
    "InvalidParameterError",
    "InvalidRequestError",
    "InvoiceSearch",
    "NotFoundError",
    "OperationNotAvailableError",
    "PaginationError",
    "PaymentIntentSearch",
    "PermissionDeniedError",
    "PriceSearch",
    "ProductSearch",
    "Progress",
    "RateLimit",
    "RateLimitError",
    "RawResponse",
    "SearchQuery",
    "SendSummary",
    "SignatureVerificationError",
    "StripeError",
    "StripeInvoicing",
    "SubscriptionSearch",
    "SyncPager",
    "__version__",
    "all_of",
    "any_of",
    "send_invoices",
]
