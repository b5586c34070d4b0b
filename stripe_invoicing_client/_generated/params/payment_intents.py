"""Request parameters of payment_intents, as TypedDicts (generated; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, TypedDict

from ..._core.key_docs import document_keys

if TYPE_CHECKING:
    from typing_extensions import Required

    from ..._core.search_query import SearchQuery
    from ..search import PaymentIntentSearch
    from ._shared import RangeQuerySpecs


class PaymentIntentListParams(TypedDict, total=False):
    """Parameters of `payment_intents.list` (GetPaymentIntents)."""

    created: RangeQuerySpecs | int
    """Only objects created at this Unix timestamp in seconds, or within a range given as gt, gte, lt and lte bounds."""
    customer: str
    """Only PaymentIntents of this customer id."""
    customer_account: str
    """Only PaymentIntents of this account, as a customer."""
    ending_before: str
    """Object id to page backwards from: the page ends with the object listed right before it."""
    expand: list[str]
    """Dotted paths of fields to return as full objects instead of ids."""
    limit: int
    """How many objects to return on one page, from 1 to 100; 10 when omitted."""
    starting_after: str
    """Object id to page forwards from: the page begins with the object listed right after it."""


class PaymentIntentSearchParams(TypedDict, total=False):
    """Parameters of `payment_intents.search` (GetPaymentIntentsSearch)."""

    expand: list[str]
    """Dotted paths of fields to return as full objects instead of ids."""
    limit: int
    """How many objects to return on one page, from 1 to 100; 10 when omitted."""
    page: str
    """Cursor for the next page, from a previous search result's `next_page`."""
    query: Required[str | SearchQuery[PaymentIntentSearch]]
    """The search query, in Stripe's search query language, on amount, created, currency, customer, metadata and status; or a query built with `PaymentIntentSearch`."""


class PaymentIntentRetrieveParams(TypedDict, total=False):
    """Parameters of `payment_intents.retrieve` (GetPaymentIntentsIntent)."""

    client_secret: str
    """The PaymentIntent's client secret, required when a publishable key is used."""
    expand: list[str]
    """Dotted paths of fields to return as full objects instead of ids."""


document_keys(__name__)

__all__ = [
    "PaymentIntentListParams",
    "PaymentIntentRetrieveParams",
    "PaymentIntentSearchParams",
]
