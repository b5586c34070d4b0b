"""`client.subscription_schedules` (generated from the operations table; do not edit)."""

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
    GetSubscriptionSchedules,
    GetSubscriptionSchedulesSchedule,
    PostSubscriptionSchedules,
    PostSubscriptionSchedulesSchedule,
    PostSubscriptionSchedulesScheduleCancel,
    PostSubscriptionSchedulesScheduleRelease,
)

if TYPE_CHECKING:
    from collections.abc import Mapping

    import httpx
    from typing_extensions import Unpack

    from ..._core.pagination import AsyncPager, SyncPager
    from ..models import subscription_schedule as models_subscription_schedule
    from ..params import subscription_schedules as params_subscription_schedules


class SubscriptionSchedules(SyncAPIResource):
    """Subscription schedules: phases that change a subscription at set dates."""

    def list(
        self,
        *,
        max_items: int | None = None,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        **params: Unpack[params_subscription_schedules.SubscriptionScheduleListParams],
    ) -> SyncPager[models_subscription_schedule.SubscriptionSchedule]:
        """Every matching subscription schedule, newest first, page by page.

        Args:
            canceled_at (RangeQuerySpecs | int): Only schedules canceled at this Unix timestamp, or within a range.
            completed_at (RangeQuerySpecs | int): Only schedules completed at this Unix timestamp, or within a range.
            created (RangeQuerySpecs | int): Only objects created at this Unix timestamp in seconds, or within a range given as gt, gte, lt and lte bounds.
            customer (str): Only schedules of this customer id.
            customer_account (str): Only schedules of this account, as a customer.
            ending_before (str): Object id to page backwards from: the page ends with the object listed right before it.
            expand (list[str]): Dotted paths of fields to return as full objects instead of ids.
            limit (int): How many objects to return on one page, from 1 to 100; 10 when omitted.
            released_at (RangeQuerySpecs | int): Only schedules released at this Unix timestamp, or within a range.
            scheduled (bool): Only schedules that have not started yet (true).
            starting_after (str): Object id to page forwards from: the page begins with the object listed right after it.

        Per-call options:
            total_timeout: seconds for the whole call, retries and waits included.
            timeout: seconds for each step of an attempt (connect, read, write).
            extra_headers: headers sent as given.
            extra_query: query parameters sent as given.

        Returns:
            SyncPager[SubscriptionSchedule]: iterate it for every match, one SubscriptionSchedule at a time; pages are fetched as needed (`max_items` caps the count).

        Raises:
            InvalidParameterError: a parameter was refused before anything was sent.
            InvalidRequestError: Stripe refused the request.
            APIStatusError: any other error status (AuthenticationError, RateLimitError, ...).
            APIConnectionError: no answer after the retries (APITimeoutError, DeadlineExceededError).
        """
        return self._pager(
            GetSubscriptionSchedules,
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
        **params: Unpack[params_subscription_schedules.SubscriptionScheduleCreateParams],
    ) -> models_subscription_schedule.SubscriptionSchedule:
        """Create a schedule of phases, for a customer or taking over a subscription.

        Args:
            billing_mode (BillingModeParam): How the subscription's periods and prorations are computed.
            customer (str): Id of the customer to make the subscription for.
            customer_account (str): Id of the account, as a customer, to make the subscription for.
            default_settings (DefaultSettings): Settings each phase takes unless it sets its own.
            end_behavior (Literal['cancel', 'none', 'release', 'renew']): What happens to the subscription after the last phase: release it or cancel it.
            expand (list[str]): Dotted paths of fields to return as full objects instead of ids.
            from_subscription (str): Id of an existing subscription the schedule takes over.
            metadata (Mapping[str, str] | Literal['']): Key-value pairs to store with the object; an empty value removes a key.
            pause_schedules (list[PauseSchedule]): The pauses to plan for the subscription.
            phases (list[Phase]): The schedule's phases in order, each with its items and dates.
            start_date (int | Literal['now']): When the first phase starts: a Unix timestamp, or `now`.

        Per-call options:
            idempotency_key: the key every retry of this call sends (a UUID4 when omitted).
            total_timeout: seconds for the whole call, retries and waits included.
            timeout: seconds for each step of an attempt (connect, read, write).
            extra_headers: headers sent as given.
            extra_query: query parameters sent as given.
            extra_body: form fields sent as given.

        Returns:
            SubscriptionSchedule: the object as Stripe answered.

        Raises:
            InvalidParameterError: a parameter was refused before anything was sent.
            InvalidRequestError: Stripe refused the request.
            APIStatusError: any other error status (AuthenticationError, RateLimitError, ...).
            APIConnectionError: no answer after the retries (APITimeoutError, DeadlineExceededError).
        """
        return self._call(
            PostSubscriptionSchedules,
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
        schedule: str,
        /,
        *,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        **params: Unpack[params_subscription_schedules.SubscriptionScheduleRetrieveParams],
    ) -> models_subscription_schedule.SubscriptionSchedule:
        """Fetch one subscription schedule by its id.

        Args:
            schedule (str, required): Id of the subscription schedule (starts with `sub_sched_`).
            expand (list[str]): Dotted paths of fields to return as full objects instead of ids.

        Per-call options:
            total_timeout: seconds for the whole call, retries and waits included.
            timeout: seconds for each step of an attempt (connect, read, write).
            extra_headers: headers sent as given.
            extra_query: query parameters sent as given.

        Returns:
            SubscriptionSchedule: the object as Stripe answered.

        Raises:
            InvalidParameterError: a parameter was refused before anything was sent.
            InvalidRequestError: Stripe refused the request (NotFoundError: no object with that id).
            APIStatusError: any other error status (AuthenticationError, RateLimitError, ...).
            APIConnectionError: no answer after the retries (APITimeoutError, DeadlineExceededError).
        """
        return self._call(
            GetSubscriptionSchedulesSchedule,
            {"schedule": schedule},
            params,
            request_options(
                total_timeout=total_timeout,
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
        )

    def update(
        self,
        schedule: str,
        /,
        *,
        idempotency_key: str | None = None,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        **params: Unpack[params_subscription_schedules.SubscriptionScheduleUpdateParams],
    ) -> models_subscription_schedule.SubscriptionSchedule:
        """Change a schedule's phases or settings.

        Args:
            schedule (str, required): Id of the subscription schedule (starts with `sub_sched_`).
            default_settings (DefaultSettings): Settings each phase takes unless it sets its own.
            end_behavior (Literal['cancel', 'none', 'release', 'renew']): What happens to the subscription after the last phase: release it or cancel it.
            expand (list[str]): Dotted paths of fields to return as full objects instead of ids.
            metadata (Mapping[str, str] | Literal['']): Key-value pairs to store with the object; an empty value removes a key.
            pause_schedules (list[PauseScheduleParam] | Literal['']): The pauses to plan for the subscription.
            phases (list[PhasesParam]): The schedule's phases in order, each with its items and dates.
            proration_behavior (Literal['always_invoice', 'create_prorations', 'none']): Whether changing the current phase prorates the subscription.

        Per-call options:
            idempotency_key: the key every retry of this call sends (a UUID4 when omitted).
            total_timeout: seconds for the whole call, retries and waits included.
            timeout: seconds for each step of an attempt (connect, read, write).
            extra_headers: headers sent as given.
            extra_query: query parameters sent as given.
            extra_body: form fields sent as given.

        Returns:
            SubscriptionSchedule: the object as Stripe answered.

        Raises:
            InvalidParameterError: a parameter was refused before anything was sent.
            InvalidRequestError: Stripe refused the request (NotFoundError: no object with that id).
            APIStatusError: any other error status (AuthenticationError, RateLimitError, ...).
            APIConnectionError: no answer after the retries (APITimeoutError, DeadlineExceededError).
        """
        return self._call(
            PostSubscriptionSchedulesSchedule,
            {"schedule": schedule},
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

    def cancel(
        self,
        schedule: str,
        /,
        *,
        idempotency_key: str | None = None,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        **params: Unpack[params_subscription_schedules.SubscriptionScheduleCancelParams],
    ) -> models_subscription_schedule.SubscriptionSchedule:
        """Cancel a schedule and its subscription.

        Args:
            schedule (str, required): Id of the subscription schedule (starts with `sub_sched_`).
            expand (list[str]): Dotted paths of fields to return as full objects instead of ids.
            invoice_now (bool): Whether to invoice pending usage and proration now.
            prorate (bool): Whether to credit the unused time of the current period.

        Per-call options:
            idempotency_key: the key every retry of this call sends (a UUID4 when omitted).
            total_timeout: seconds for the whole call, retries and waits included.
            timeout: seconds for each step of an attempt (connect, read, write).
            extra_headers: headers sent as given.
            extra_query: query parameters sent as given.
            extra_body: form fields sent as given.

        Returns:
            SubscriptionSchedule: the object as Stripe answered.

        Raises:
            InvalidParameterError: a parameter was refused before anything was sent.
            InvalidRequestError: Stripe refused the request (NotFoundError: no object with that id).
            APIStatusError: any other error status (AuthenticationError, RateLimitError, ...).
            APIConnectionError: no answer after the retries (APITimeoutError, DeadlineExceededError).
        """
        return self._call(
            PostSubscriptionSchedulesScheduleCancel,
            {"schedule": schedule},
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

    def release(
        self,
        schedule: str,
        /,
        *,
        idempotency_key: str | None = None,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        **params: Unpack[params_subscription_schedules.SubscriptionScheduleReleaseParams],
    ) -> models_subscription_schedule.SubscriptionSchedule:
        """Stop a schedule, leaving its subscription to run on its own.

        Args:
            schedule (str, required): Id of the subscription schedule (starts with `sub_sched_`).
            expand (list[str]): Dotted paths of fields to return as full objects instead of ids.
            preserve_cancel_date (bool): Whether the subscription keeps a cancellation date the schedule set.

        Per-call options:
            idempotency_key: the key every retry of this call sends (a UUID4 when omitted).
            total_timeout: seconds for the whole call, retries and waits included.
            timeout: seconds for each step of an attempt (connect, read, write).
            extra_headers: headers sent as given.
            extra_query: query parameters sent as given.
            extra_body: form fields sent as given.

        Returns:
            SubscriptionSchedule: the object as Stripe answered.

        Raises:
            InvalidParameterError: a parameter was refused before anything was sent.
            InvalidRequestError: Stripe refused the request (NotFoundError: no object with that id).
            APIStatusError: any other error status (AuthenticationError, RateLimitError, ...).
            APIConnectionError: no answer after the retries (APITimeoutError, DeadlineExceededError).
        """
        return self._call(
            PostSubscriptionSchedulesScheduleRelease,
            {"schedule": schedule},
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


class AsyncSubscriptionSchedules(AsyncAPIResource):
    """Subscription schedules: phases that change a subscription at set dates."""

    def list(
        self,
        *,
        max_items: int | None = None,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        **params: Unpack[params_subscription_schedules.SubscriptionScheduleListParams],
    ) -> AsyncPager[models_subscription_schedule.SubscriptionSchedule]:
        """Every matching subscription schedule, newest first, page by page.

        Args:
            canceled_at (RangeQuerySpecs | int): Only schedules canceled at this Unix timestamp, or within a range.
            completed_at (RangeQuerySpecs | int): Only schedules completed at this Unix timestamp, or within a range.
            created (RangeQuerySpecs | int): Only objects created at this Unix timestamp in seconds, or within a range given as gt, gte, lt and lte bounds.
            customer (str): Only schedules of this customer id.
            customer_account (str): Only schedules of this account, as a customer.
            ending_before (str): Object id to page backwards from: the page ends with the object listed right before it.
            expand (list[str]): Dotted paths of fields to return as full objects instead of ids.
            limit (int): How many objects to return on one page, from 1 to 100; 10 when omitted.
            released_at (RangeQuerySpecs | int): Only schedules released at this Unix timestamp, or within a range.
            scheduled (bool): Only schedules that have not started yet (true).
            starting_after (str): Object id to page forwards from: the page begins with the object listed right after it.

        Per-call options:
            total_timeout: seconds for the whole call, retries and waits included.
            timeout: seconds for each step of an attempt (connect, read, write).
            extra_headers: headers sent as given.
            extra_query: query parameters sent as given.

        Returns:
            AsyncPager[SubscriptionSchedule]: iterate it for every match, one SubscriptionSchedule at a time; pages are fetched as needed (`max_items` caps the count).

        Raises:
            InvalidParameterError: a parameter was refused before anything was sent.
            InvalidRequestError: Stripe refused the request.
            APIStatusError: any other error status (AuthenticationError, RateLimitError, ...).
            APIConnectionError: no answer after the retries (APITimeoutError, DeadlineExceededError).
        """
        return self._pager(
            GetSubscriptionSchedules,
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
        **params: Unpack[params_subscription_schedules.SubscriptionScheduleCreateParams],
    ) -> models_subscription_schedule.SubscriptionSchedule:
        """Create a schedule of phases, for a customer or taking over a subscription.

        Args:
            billing_mode (BillingModeParam): How the subscription's periods and prorations are computed.
            customer (str): Id of the customer to make the subscription for.
            customer_account (str): Id of the account, as a customer, to make the subscription for.
            default_settings (DefaultSettings): Settings each phase takes unless it sets its own.
            end_behavior (Literal['cancel', 'none', 'release', 'renew']): What happens to the subscription after the last phase: release it or cancel it.
            expand (list[str]): Dotted paths of fields to return as full objects instead of ids.
            from_subscription (str): Id of an existing subscription the schedule takes over.
            metadata (Mapping[str, str] | Literal['']): Key-value pairs to store with the object; an empty value removes a key.
            pause_schedules (list[PauseSchedule]): The pauses to plan for the subscription.
            phases (list[Phase]): The schedule's phases in order, each with its items and dates.
            start_date (int | Literal['now']): When the first phase starts: a Unix timestamp, or `now`.

        Per-call options:
            idempotency_key: the key every retry of this call sends (a UUID4 when omitted).
            total_timeout: seconds for the whole call, retries and waits included.
            timeout: seconds for each step of an attempt (connect, read, write).
            extra_headers: headers sent as given.
            extra_query: query parameters sent as given.
            extra_body: form fields sent as given.

        Returns:
            SubscriptionSchedule: the object as Stripe answered.

        Raises:
            InvalidParameterError: a parameter was refused before anything was sent.
            InvalidRequestError: Stripe refused the request.
            APIStatusError: any other error status (AuthenticationError, RateLimitError, ...).
            APIConnectionError: no answer after the retries (APITimeoutError, DeadlineExceededError).
        """
        return await self._call(
            PostSubscriptionSchedules,
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
        schedule: str,
        /,
        *,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        **params: Unpack[params_subscription_schedules.SubscriptionScheduleRetrieveParams],
    ) -> models_subscription_schedule.SubscriptionSchedule:
        """Fetch one subscription schedule by its id.

        Args:
            schedule (str, required): Id of the subscription schedule (starts with `sub_sched_`).
            expand (list[str]): Dotted paths of fields to return as full objects instead of ids.

        Per-call options:
            total_timeout: seconds for the whole call, retries and waits included.
            timeout: seconds for each step of an attempt (connect, read, write).
            extra_headers: headers sent as given.
            extra_query: query parameters sent as given.

        Returns:
            SubscriptionSchedule: the object as Stripe answered.

        Raises:
            InvalidParameterError: a parameter was refused before anything was sent.
            InvalidRequestError: Stripe refused the request (NotFoundError: no object with that id).
            APIStatusError: any other error status (AuthenticationError, RateLimitError, ...).
            APIConnectionError: no answer after the retries (APITimeoutError, DeadlineExceededError).
        """
        return await self._call(
            GetSubscriptionSchedulesSchedule,
            {"schedule": schedule},
            params,
            request_options(
                total_timeout=total_timeout,
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
        )

    async def update(
        self,
        schedule: str,
        /,
        *,
        idempotency_key: str | None = None,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        **params: Unpack[params_subscription_schedules.SubscriptionScheduleUpdateParams],
    ) -> models_subscription_schedule.SubscriptionSchedule:
        """Change a schedule's phases or settings.

        Args:
            schedule (str, required): Id of the subscription schedule (starts with `sub_sched_`).
            default_settings (DefaultSettings): Settings each phase takes unless it sets its own.
            end_behavior (Literal['cancel', 'none', 'release', 'renew']): What happens to the subscription after the last phase: release it or cancel it.
            expand (list[str]): Dotted paths of fields to return as full objects instead of ids.
            metadata (Mapping[str, str] | Literal['']): Key-value pairs to store with the object; an empty value removes a key.
            pause_schedules (list[PauseScheduleParam] | Literal['']): The pauses to plan for the subscription.
            phases (list[PhasesParam]): The schedule's phases in order, each with its items and dates.
            proration_behavior (Literal['always_invoice', 'create_prorations', 'none']): Whether changing the current phase prorates the subscription.

        Per-call options:
            idempotency_key: the key every retry of this call sends (a UUID4 when omitted).
            total_timeout: seconds for the whole call, retries and waits included.
            timeout: seconds for each step of an attempt (connect, read, write).
            extra_headers: headers sent as given.
            extra_query: query parameters sent as given.
            extra_body: form fields sent as given.

        Returns:
            SubscriptionSchedule: the object as Stripe answered.

        Raises:
            InvalidParameterError: a parameter was refused before anything was sent.
            InvalidRequestError: Stripe refused the request (NotFoundError: no object with that id).
            APIStatusError: any other error status (AuthenticationError, RateLimitError, ...).
            APIConnectionError: no answer after the retries (APITimeoutError, DeadlineExceededError).
        """
        return await self._call(
            PostSubscriptionSchedulesSchedule,
            {"schedule": schedule},
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

    async def cancel(
        self,
        schedule: str,
        /,
        *,
        idempotency_key: str | None = None,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        **params: Unpack[params_subscription_schedules.SubscriptionScheduleCancelParams],
    ) -> models_subscription_schedule.SubscriptionSchedule:
        """Cancel a schedule and its subscription.

        Args:
            schedule (str, required): Id of the subscription schedule (starts with `sub_sched_`).
            expand (list[str]): Dotted paths of fields to return as full objects instead of ids.
            invoice_now (bool): Whether to invoice pending usage and proration now.
            prorate (bool): Whether to credit the unused time of the current period.

        Per-call options:
            idempotency_key: the key every retry of this call sends (a UUID4 when omitted).
            total_timeout: seconds for the whole call, retries and waits included.
            timeout: seconds for each step of an attempt (connect, read, write).
            extra_headers: headers sent as given.
            extra_query: query parameters sent as given.
            extra_body: form fields sent as given.

        Returns:
            SubscriptionSchedule: the object as Stripe answered.

        Raises:
            InvalidParameterError: a parameter was refused before anything was sent.
            InvalidRequestError: Stripe refused the request (NotFoundError: no object with that id).
            APIStatusError: any other error status (AuthenticationError, RateLimitError, ...).
            APIConnectionError: no answer after the retries (APITimeoutError, DeadlineExceededError).
        """
        return await self._call(
            PostSubscriptionSchedulesScheduleCancel,
            {"schedule": schedule},
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

    async def release(
        self,
        schedule: str,
        /,
        *,
        idempotency_key: str | None = None,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        **params: Unpack[params_subscription_schedules.SubscriptionScheduleReleaseParams],
    ) -> models_subscription_schedule.SubscriptionSchedule:
        """Stop a schedule, leaving its subscription to run on its own.

        Args:
            schedule (str, required): Id of the subscription schedule (starts with `sub_sched_`).
            expand (list[str]): Dotted paths of fields to return as full objects instead of ids.
            preserve_cancel_date (bool): Whether the subscription keeps a cancellation date the schedule set.

        Per-call options:
            idempotency_key: the key every retry of this call sends (a UUID4 when omitted).
            total_timeout: seconds for the whole call, retries and waits included.
            timeout: seconds for each step of an attempt (connect, read, write).
            extra_headers: headers sent as given.
            extra_query: query parameters sent as given.
            extra_body: form fields sent as given.

        Returns:
            SubscriptionSchedule: the object as Stripe answered.

        Raises:
            InvalidParameterError: a parameter was refused before anything was sent.
            InvalidRequestError: Stripe refused the request (NotFoundError: no object with that id).
            APIStatusError: any other error status (AuthenticationError, RateLimitError, ...).
            APIConnectionError: no answer after the retries (APITimeoutError, DeadlineExceededError).
        """
        return await self._call(
            PostSubscriptionSchedulesScheduleRelease,
            {"schedule": schedule},
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


class SubscriptionSchedulesWithRawResponse:
    """`with_raw_response` for SubscriptionSchedules: the same methods, returning RawResponse."""

    def __init__(self, resource: SubscriptionSchedules) -> None:
        self.list = raw_first_page(resource.list, GetSubscriptionSchedules)
        self.create = raw(resource.create)
        self.retrieve = raw(resource.retrieve)
        self.update = raw(resource.update)
        self.cancel = raw(resource.cancel)
        self.release = raw(resource.release)


class AsyncSubscriptionSchedulesWithRawResponse:
    """`with_raw_response` for SubscriptionSchedules: the same methods, returning RawResponse."""

    def __init__(self, resource: AsyncSubscriptionSchedules) -> None:
        self.list = async_raw_first_page(resource.list, GetSubscriptionSchedules)
        self.create = async_raw(resource.create)
        self.retrieve = async_raw(resource.retrieve)
        self.update = async_raw(resource.update)
        self.cancel = async_raw(resource.cancel)
        self.release = async_raw(resource.release)
