"""Request parameters of test_clocks, as TypedDicts (generated; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, TypedDict

from ..._core.key_docs import document_keys

if TYPE_CHECKING:
    from typing_extensions import Required


from ._shared import ExpandParams, ListParams, NoParams


class TestClockCreateParams(TypedDict, total=False):
    """Parameters of `test_clocks.create` (PostTestHelpersTestClocks)."""

    customer: str
    """Id of an existing customer to put on the clock."""
    expand: list[str]
    """Dotted paths of fields to return as full objects instead of ids."""
    frozen_time: Required[int]
    """Unix timestamp the clock starts at."""
    name: str
    """A name for the clock, to tell it apart from others."""


class TestClockAdvanceParams(TypedDict, total=False):
    """Parameters of `test_clocks.advance` (PostTestHelpersTestClocksTestClockAdvance)."""

    expand: list[str]
    """Dotted paths of fields to return as full objects instead of ids."""
    frozen_time: Required[int]
    """Unix timestamp to move the clock to; it must be later than the clock's current time."""


# Operations whose parameters have the shape of another's.
TestClockListParams = ListParams
TestClockRetrieveParams = ExpandParams
TestClockDeleteParams = NoParams

document_keys(__name__)

__all__ = [
    "TestClockAdvanceParams",
    "TestClockCreateParams",
    "TestClockDeleteParams",
    "TestClockListParams",
    "TestClockRetrieveParams",
]
