"""`client.test_helpers` (generated from the operations table; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._core.resource import (
    AsyncAPIResource,
    SyncAPIResource,
)
from .test_clocks import (
    AsyncTestClocks,
    AsyncTestClocksWithRawResponse,
    TestClocks,
    TestClocksWithRawResponse,
)

if TYPE_CHECKING:
    from ..._core.resource import AsyncRequester, Requester


class TestHelpers(SyncAPIResource):
    """Test helpers: tools for test mode only."""

    __test__ = False

    test_clocks: TestClocks

    def __init__(self, client: Requester) -> None:
        super().__init__(client)
        self.test_clocks = TestClocks(client)


class AsyncTestHelpers(AsyncAPIResource):
    """Test helpers: tools for test mode only."""

    __test__ = False

    test_clocks: AsyncTestClocks

    def __init__(self, client: AsyncRequester) -> None:
        super().__init__(client)
        self.test_clocks = AsyncTestClocks(client)


class TestHelpersWithRawResponse:
    """`with_raw_response` for TestHelpers: the same methods, returning RawResponse."""

    __test__ = False

    test_clocks: TestClocksWithRawResponse

    def __init__(self, resource: TestHelpers) -> None:
        self.test_clocks = TestClocksWithRawResponse(resource.test_clocks)


class AsyncTestHelpersWithRawResponse:
    """`with_raw_response` for TestHelpers: the same methods, returning RawResponse."""

    __test__ = False

    test_clocks: AsyncTestClocksWithRawResponse

    def __init__(self, resource: AsyncTestHelpers) -> None:
        self.test_clocks = AsyncTestClocksWithRawResponse(resource.test_clocks)
