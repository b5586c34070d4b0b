"""Request parameters of test_clocks, as TypedDicts (generated; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, TypedDict

if TYPE_CHECKING:
    from typing_extensions import Required


class TestClockListParams(TypedDict, total=False):
    """Parameters of `test_clocks.list` (GetTestHelpersTestClocks)."""

    ending_before: str
    """Object id to page backwards from: the page ends with the object listed right before it."""
    expand: list[str]
    """Dotted paths of fields to return as full objects instead of ids."""
    limit: int
    """How many objects to return on one page, from 1 to 100; 10 when omitted."""
    starting_after: str
    """Object id to page forwards from: the page begins with the object listed right after it."""


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


class TestClockRetrieveParams(TypedDict, total=False):
    """Parameters of `test_clocks.retrieve` (GetTestHelpersTestClocksTestClock)."""

    expand: list[str]
    """Dotted paths of fields to return as full objects instead of ids."""


class TestClockDeleteParams(TypedDict, total=False):
    """Parameters of `test_clocks.delete` (DeleteTestHelpersTestClocksTestClock)."""

    pass


class TestClockAdvanceParams(TypedDict, total=False):
    """Parameters of `test_clocks.advance` (PostTestHelpersTestClocksTestClockAdvance)."""

    expand: list[str]
    """Dotted paths of fields to return as full objects instead of ids."""
    frozen_time: Required[int]
    """Unix timestamp to move the clock to; it must be later than the clock's current time."""


__all__ = [
    "TestClockAdvanceParams",
    "TestClockCreateParams",
    "TestClockDeleteParams",
    "TestClockListParams",
    "TestClockRetrieveParams",
]
