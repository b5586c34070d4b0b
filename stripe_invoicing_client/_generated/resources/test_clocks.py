"""`client.test_helpers.test_clocks` (generated from the operations table; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._core.options import request_options
from ..._core.resource import (
    AsyncAPIResource,
    SyncAPIResource,
    async_raw,
    async_raw_first_page,
    raw,
    raw_first_page,
)
from ..operations import (
    DeleteTestHelpersTestClocksTestClock,
    GetTestHelpersTestClocks,
    GetTestHelpersTestClocksTestClock,
    PostTestHelpersTestClocks,
    PostTestHelpersTestClocksTestClockAdvance,
)

if TYPE_CHECKING:
    from collections.abc import Mapping

    import httpx
    from typing_extensions import Unpack

    from ..._core.pagination import AsyncPager, SyncPager
    from ..models import test_clock as models_test_clock
    from ..params import test_clocks as params_test_clocks


class TestClocks(SyncAPIResource):
    """Test clocks: move a test customer's time forward to see renewals and due dates."""

    __test__ = False

    def list(
        self,
        *,
        max_items: int | None = None,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        **params: Unpack[params_test_clocks.TestClockListParams],
    ) -> SyncPager[models_test_clock.TestClock]:
        """Every test clock, newest first, page by page.

        Args:
            ending_before (str): Object id to page backwards from: the page ends with the object listed right before it.
            expand (list[str]): Dotted paths of fields to return as full objects instead of ids.
            limit (int): How many objects to return on one page, from 1 to 100; 10 when omitted.
            starting_after (str): Object id to page forwards from: the page begins with the object listed right after it.

        Per-call options:
            total_timeout: seconds for the whole call, retries and waits included.
            timeout: seconds for each step of an attempt (connect, read, write).
            extra_headers: headers sent as given.
            extra_query: query parameters sent as given.

        Returns:
            SyncPager[TestClock]: iterate it for every match, one TestClock at a time; pages are fetched as needed (`max_items` caps the count).

        Raises:
            InvalidParameterError: a parameter was refused before anything was sent.
            InvalidRequestError: Stripe refused the request.
            APIStatusError: any other error status (AuthenticationError, RateLimitError, ...).
            APIConnectionError: no answer after the retries (APITimeoutError, DeadlineExceededError).
        """
        return self._pager(
            GetTestHelpersTestClocks,
            {},
            params,
            max_items,
            request_options(
                total_timeout=total_timeout,
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
        )

    def create(
        self,
        *,
        idempotency_key: str | None = None,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        **params: Unpack[params_test_clocks.TestClockCreateParams],
    ) -> models_test_clock.TestClock:
        """Create a test clock frozen at `frozen_time`; customers created on it follow it.

        Args:
            customer (str): Id of an existing customer to put on the clock.
            expand (list[str]): Dotted paths of fields to return as full objects instead of ids.
            frozen_time (int, required): Unix timestamp the clock starts at.
            name (str): A name for the clock, to tell it apart from others.

        Per-call options:
            idempotency_key: the key every retry of this call sends (a UUID4 when omitted).
            total_timeout: seconds for the whole call, retries and waits included.
            timeout: seconds for each step of an attempt (connect, read, write).
            extra_headers: headers sent as given.
            extra_query: query parameters sent as given.
            extra_body: form fields sent as given.

        Returns:
            TestClock: the object as Stripe answered.

        Raises:
            InvalidParameterError: a parameter was refused before anything was sent.
            InvalidRequestError: Stripe refused the request.
            APIStatusError: any other error status (AuthenticationError, RateLimitError, ...).
            APIConnectionError: no answer after the retries (APITimeoutError, DeadlineExceededError).
        """
        return self._call(
            PostTestHelpersTestClocks,
            {},
            params,
            request_options(
                idempotency_key=idempotency_key,
                total_timeout=total_timeout,
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            ),
        )

    def retrieve(
        self,
        test_clock: str,
        /,
        *,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        **params: Unpack[params_test_clocks.TestClockRetrieveParams],
    ) -> models_test_clock.TestClock:
        """Fetch one test clock by its id.

        Args:
            test_clock (str, required): Id of the test clock (starts with `clock_`).
            expand (list[str]): Dotted paths of fields to return as full objects instead of ids.

        Per-call options:
            total_timeout: seconds for the whole call, retries and waits included.
            timeout: seconds for each step of an attempt (connect, read, write).
            extra_headers: headers sent as given.
            extra_query: query parameters sent as given.

        Returns:
            TestClock: the object as Stripe answered.

        Raises:
            InvalidParameterError: a parameter was refused before anything was sent.
            InvalidRequestError: Stripe refused the request (NotFoundError: no object with that id).
            APIStatusError: any other error status (AuthenticationError, RateLimitError, ...).
            APIConnectionError: no answer after the retries (APITimeoutError, DeadlineExceededError).
        """
        return self._call(
            GetTestHelpersTestClocksTestClock,
            {"test_clock": test_clock},
            params,
            request_options(
                total_timeout=total_timeout,
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
        )

    def delete(
        self,
        test_clock: str,
        /,
        *,
        idempotency_key: str | None = None,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
    ) -> models_test_clock.DeletedTestClock:
        """Delete a test clock, with the customers and subscriptions on it.

        Args:
            test_clock (str, required): Id of the test clock (starts with `clock_`).

        Per-call options:
            idempotency_key: the key every retry of this call sends (a UUID4 when omitted).
            total_timeout: seconds for the whole call, retries and waits included.
            timeout: seconds for each step of an attempt (connect, read, write).
            extra_headers: headers sent as given.
            extra_query: query parameters sent as given.

        Returns:
            DeletedTestClock: the record of the deletion.

        Raises:
            InvalidParameterError: a parameter was refused before anything was sent.
            InvalidRequestError: Stripe refused the request (NotFoundError: no object with that id).
            APIStatusError: any other error status (AuthenticationError, RateLimitError, ...).
            APIConnectionError: no answer after the retries (APITimeoutError, DeadlineExceededError).
        """
        return self._call(
            DeleteTestHelpersTestClocksTestClock,
            {"test_clock": test_clock},
            {},
            request_options(
                idempotency_key=idempotency_key,
                total_timeout=total_timeout,
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
        )

    def advance(
        self,
        test_clock: str,
        /,
        *,
        idempotency_key: str | None = None,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        **params: Unpack[params_test_clocks.TestClockAdvanceParams],
    ) -> models_test_clock.TestClock:
        """Move a test clock forward to `frozen_time`: renewals, due dates and all happen.

        Args:
            test_clock (str, required): Id of the test clock (starts with `clock_`).
            expand (list[str]): Dotted paths of fields to return as full objects instead of ids.
            frozen_time (int, required): Unix timestamp to move the clock to; it must be later than the clock's current time.

        Per-call options:
            idempotency_key: the key every retry of this call sends (a UUID4 when omitted).
            total_timeout: seconds for the whole call, retries and waits included.
            timeout: seconds for each step of an attempt (connect, read, write).
            extra_headers: headers sent as given.
            extra_query: query parameters sent as given.
            extra_body: form fields sent as given.

        Returns:
            TestClock: the object as Stripe answered.

        Raises:
            InvalidParameterError: a parameter was refused before anything was sent.
            InvalidRequestError: Stripe refused the request (NotFoundError: no object with that id).
            APIStatusError: any other error status (AuthenticationError, RateLimitError, ...).
            APIConnectionError: no answer after the retries (APITimeoutError, DeadlineExceededError).
        """
        return self._call(
            PostTestHelpersTestClocksTestClockAdvance,
            {"test_clock": test_clock},
            params,
            request_options(
                idempotency_key=idempotency_key,
                total_timeout=total_timeout,
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            ),
        )


class AsyncTestClocks(AsyncAPIResource):
    """Test clocks: move a test customer's time forward to see renewals and due dates."""

    __test__ = False

    def list(
        self,
        *,
        max_items: int | None = None,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        **params: Unpack[params_test_clocks.TestClockListParams],
    ) -> AsyncPager[models_test_clock.TestClock]:
        """Every test clock, newest first, page by page.

        Args:
            ending_before (str): Object id to page backwards from: the page ends with the object listed right before it.
            expand (list[str]): Dotted paths of fields to return as full objects instead of ids.
            limit (int): How many objects to return on one page, from 1 to 100; 10 when omitted.
            starting_after (str): Object id to page forwards from: the page begins with the object listed right after it.

        Per-call options:
            total_timeout: seconds for the whole call, retries and waits included.
            timeout: seconds for each step of an attempt (connect, read, write).
            extra_headers: headers sent as given.
            extra_query: query parameters sent as given.

        Returns:
            AsyncPager[TestClock]: iterate it for every match, one TestClock at a time; pages are fetched as needed (`max_items` caps the count).

        Raises:
            InvalidParameterError: a parameter was refused before anything was sent.
            InvalidRequestError: Stripe refused the request.
            APIStatusError: any other error status (AuthenticationError, RateLimitError, ...).
            APIConnectionError: no answer after the retries (APITimeoutError, DeadlineExceededError).
        """
        return self._pager(
            GetTestHelpersTestClocks,
            {},
            params,
            max_items,
            request_options(
                total_timeout=total_timeout,
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
        )

    async def create(
        self,
        *,
        idempotency_key: str | None = None,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        **params: Unpack[params_test_clocks.TestClockCreateParams],
    ) -> models_test_clock.TestClock:
        """Create a test clock frozen at `frozen_time`; customers created on it follow it.

        Args:
            customer (str): Id of an existing customer to put on the clock.
            expand (list[str]): Dotted paths of fields to return as full objects instead of ids.
            frozen_time (int, required): Unix timestamp the clock starts at.
            name (str): A name for the clock, to tell it apart from others.

        Per-call options:
            idempotency_key: the key every retry of this call sends (a UUID4 when omitted).
            total_timeout: seconds for the whole call, retries and waits included.
            timeout: seconds for each step of an attempt (connect, read, write).
            extra_headers: headers sent as given.
            extra_query: query parameters sent as given.
            extra_body: form fields sent as given.

        Returns:
            TestClock: the object as Stripe answered.

        Raises:
            InvalidParameterError: a parameter was refused before anything was sent.
            InvalidRequestError: Stripe refused the request.
            APIStatusError: any other error status (AuthenticationError, RateLimitError, ...).
            APIConnectionError: no answer after the retries (APITimeoutError, DeadlineExceededError).
        """
        return await self._call(
            PostTestHelpersTestClocks,
            {},
            params,
            request_options(
                idempotency_key=idempotency_key,
                total_timeout=total_timeout,
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            ),
        )

    async def retrieve(
        self,
        test_clock: str,
        /,
        *,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        **params: Unpack[params_test_clocks.TestClockRetrieveParams],
    ) -> models_test_clock.TestClock:
        """Fetch one test clock by its id.

        Args:
            test_clock (str, required): Id of the test clock (starts with `clock_`).
            expand (list[str]): Dotted paths of fields to return as full objects instead of ids.

        Per-call options:
            total_timeout: seconds for the whole call, retries and waits included.
            timeout: seconds for each step of an attempt (connect, read, write).
            extra_headers: headers sent as given.
            extra_query: query parameters sent as given.

        Returns:
            TestClock: the object as Stripe answered.

        Raises:
            InvalidParameterError: a parameter was refused before anything was sent.
            InvalidRequestError: Stripe refused the request (NotFoundError: no object with that id).
            APIStatusError: any other error status (AuthenticationError, RateLimitError, ...).
            APIConnectionError: no answer after the retries (APITimeoutError, DeadlineExceededError).
        """
        return await self._call(
            GetTestHelpersTestClocksTestClock,
            {"test_clock": test_clock},
            params,
            request_options(
                total_timeout=total_timeout,
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
        )

    async def delete(
        self,
        test_clock: str,
        /,
        *,
        idempotency_key: str | None = None,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
    ) -> models_test_clock.DeletedTestClock:
        """Delete a test clock, with the customers and subscriptions on it.

        Args:
            test_clock (str, required): Id of the test clock (starts with `clock_`).

        Per-call options:
            idempotency_key: the key every retry of this call sends (a UUID4 when omitted).
            total_timeout: seconds for the whole call, retries and waits included.
            timeout: seconds for each step of an attempt (connect, read, write).
            extra_headers: headers sent as given.
            extra_query: query parameters sent as given.

        Returns:
            DeletedTestClock: the record of the deletion.

        Raises:
            InvalidParameterError: a parameter was refused before anything was sent.
            InvalidRequestError: Stripe refused the request (NotFoundError: no object with that id).
            APIStatusError: any other error status (AuthenticationError, RateLimitError, ...).
            APIConnectionError: no answer after the retries (APITimeoutError, DeadlineExceededError).
        """
        return await self._call(
            DeleteTestHelpersTestClocksTestClock,
            {"test_clock": test_clock},
            {},
            request_options(
                idempotency_key=idempotency_key,
                total_timeout=total_timeout,
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
        )

    async def advance(
        self,
        test_clock: str,
        /,
        *,
        idempotency_key: str | None = None,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        **params: Unpack[params_test_clocks.TestClockAdvanceParams],
    ) -> models_test_clock.TestClock:
        """Move a test clock forward to `frozen_time`: renewals, due dates and all happen.

        Args:
            test_clock (str, required): Id of the test clock (starts with `clock_`).
            expand (list[str]): Dotted paths of fields to return as full objects instead of ids.
            frozen_time (int, required): Unix timestamp to move the clock to; it must be later than the clock's current time.

        Per-call options:
            idempotency_key: the key every retry of this call sends (a UUID4 when omitted).
            total_timeout: seconds for the whole call, retries and waits included.
            timeout: seconds for each step of an attempt (connect, read, write).
            extra_headers: headers sent as given.
            extra_query: query parameters sent as given.
            extra_body: form fields sent as given.

        Returns:
            TestClock: the object as Stripe answered.

        Raises:
            InvalidParameterError: a parameter was refused before anything was sent.
            InvalidRequestError: Stripe refused the request (NotFoundError: no object with that id).
            APIStatusError: any other error status (AuthenticationError, RateLimitError, ...).
            APIConnectionError: no answer after the retries (APITimeoutError, DeadlineExceededError).
        """
        return await self._call(
            PostTestHelpersTestClocksTestClockAdvance,
            {"test_clock": test_clock},
            params,
            request_options(
                idempotency_key=idempotency_key,
                total_timeout=total_timeout,
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            ),
        )


class TestClocksWithRawResponse:
    """`with_raw_response` for TestClocks: the same methods, returning RawResponse."""

    __test__ = False

    def __init__(self, resource: TestClocks) -> None:
        self.list = raw_first_page(resource.list, GetTestHelpersTestClocks)
        self.create = raw(resource.create)
        self.retrieve = raw(resource.retrieve)
        self.delete = raw(resource.delete)
        self.advance = raw(resource.advance)


class AsyncTestClocksWithRawResponse:
    """`with_raw_response` for TestClocks: the same methods, returning RawResponse."""

    __test__ = False

    def __init__(self, resource: AsyncTestClocks) -> None:
        self.list = async_raw_first_page(resource.list, GetTestHelpersTestClocks)
        self.create = async_raw(resource.create)
        self.retrieve = async_raw(resource.retrieve)
        self.delete = async_raw(resource.delete)
        self.advance = async_raw(resource.advance)
