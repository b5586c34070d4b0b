"""Request parameters of events, as TypedDicts (generated; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, TypedDict

from ..._core.key_docs import document_keys

if TYPE_CHECKING:
    from ._shared import RangeQuerySpecs

from ._shared import ExpandParams


class EventListParams(TypedDict, total=False):
    """Parameters of `events.list` (GetEvents)."""

    created: RangeQuerySpecs | int
    """Only objects created at this Unix timestamp in seconds, or within a range given as gt, gte, lt and lte bounds."""
    delivery_success: bool
    """Only events whose webhook deliveries all succeeded (true) or that still wait for one (false)."""
    ending_before: str
    """Object id to page backwards from: the page ends with the object listed right before it."""
    expand: list[str]
    """Dotted paths of fields to return as full objects instead of ids."""
    limit: int
    """How many objects to return on one page, from 1 to 100; 10 when omitted."""
    starting_after: str
    """Object id to page forwards from: the page begins with the object listed right after it."""
    type: str
    """Only events of this type; a `*` matches any part, as in `invoice.*`."""
    types: list[str]
    """Only events of one of these types (at most 20); not with `type`."""


# Operations whose parameters have the shape of another's.
EventRetrieveParams = ExpandParams

document_keys(__name__)

__all__ = [
    "EventListParams",
    "EventRetrieveParams",
]
