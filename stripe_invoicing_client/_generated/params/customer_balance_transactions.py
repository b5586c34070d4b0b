"""Request parameters of customer_balance_transactions, as TypedDicts (generated; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypedDict

from ..._core.key_docs import document_keys

if TYPE_CHECKING:
    from collections.abc import Mapping

    from typing_extensions import Required

    from ._shared import RangeQuerySpecs

from ._shared import ExpandParams


class CustomerBalanceTransactionListParams(TypedDict, total=False):
    """Parameters of `customer_balance_transactions.list` (GetCustomersCustomerBalanceTransactions)."""

    created: RangeQuerySpecs | int
    """Only objects created at this Unix timestamp in seconds, or within a range given as gt, gte, lt and lte bounds."""
    ending_before: str
    """Object id to page backwards from: the page ends with the object listed right before it."""
    expand: list[str]
    """Dotted paths of fields to return as full objects instead of ids."""
    invoice: str
    """Only balance transactions linked to this invoice id."""
    limit: int
    """How many objects to return on one page, from 1 to 100; 10 when omitted."""
    starting_after: str
    """Object id to page forwards from: the page begins with the object listed right after it."""


class CustomerBalanceTransactionCreateParams(TypedDict, total=False):
    """Parameters of `customer_balance_transactions.create` (PostCustomersCustomerBalanceTransactions)."""

    amount: Required[int]
    """Change to the balance in the smallest currency unit; negative is a credit to the customer."""
    currency: Required[str]
    """Three-letter lowercase ISO currency code; must match the customer's currency."""
    description: str
    """Text describing the transaction."""
    expand: list[str]
    """Dotted paths of fields to return as full objects instead of ids."""
    metadata: Mapping[str, str] | Literal[""]
    """Your own key-value pairs stored on the object."""


class CustomerBalanceTransactionUpdateParams(TypedDict, total=False):
    """Parameters of `customer_balance_transactions.update` (PostCustomersCustomerBalanceTransactionsTransaction)."""

    description: str
    """Text describing the transaction."""
    expand: list[str]
    """Dotted paths of fields to return as full objects instead of ids."""
    metadata: Mapping[str, str] | Literal[""]
    """Your own key-value pairs stored on the object."""


# Operations whose parameters have the shape of another's.
CustomerBalanceTransactionRetrieveParams = ExpandParams

document_keys(__name__)

__all__ = [
    "CustomerBalanceTransactionCreateParams",
    "CustomerBalanceTransactionListParams",
    "CustomerBalanceTransactionRetrieveParams",
    "CustomerBalanceTransactionUpdateParams",
]
