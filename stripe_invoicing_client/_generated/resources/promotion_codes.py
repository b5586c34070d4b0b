"""`client.promotion_codes` (generated from the operations table; do not edit)."""

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
    GetPromotionCodes,
    GetPromotionCodesPromotionCode,
    PostPromotionCodes,
    PostPromotionCodesPromotionCode,
)

if TYPE_CHECKING:
    from collections.abc import Mapping

    import httpx
    from typing_extensions import Unpack

    from ..._core.pagination import AsyncPager, SyncPager
    from ..models import discount as models_discount
    from ..params import promotion_codes as params_promotion_codes


class PromotionCodes(SyncAPIResource):
    """Promotion codes: codes customers enter to get a coupon, with their own limits."""

    def list(
        self,
        *,
        max_items: int | None = None,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        **params: Unpack[params_promotion_codes.PromotionCodeListParams],
    ) -> SyncPager[models_discount.PromotionCode]:
        """Every matching promotion code, newest first, page by page.

        Args:
            active (bool): Only active (true) or inactive (false) codes.
            code (str): Only the code with this text.
            coupon (str): Only codes applying this coupon id.
            created (RangeQuerySpecs | int): Only objects created at this Unix timestamp in seconds, or within a range given as gt, gte, lt and lte bounds.
            customer (str): Only codes restricted to this customer id.
            customer_account (str): Only codes restricted to this account, as a customer.
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
            SyncPager[PromotionCode]: iterate it for every match, one PromotionCode at a time; pages are fetched as needed (`max_items` caps the count).

        Raises:
            InvalidParameterError: a parameter was refused before anything was sent.
            InvalidRequestError: Stripe refused the request.
            APIStatusError: any other error status (AuthenticationError, RateLimitError, ...).
            APIConnectionError: no answer after the retries (APITimeoutError, DeadlineExceededError).
        """
        return self._pager(
            GetPromotionCodes,
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
        **params: Unpack[params_promotion_codes.PromotionCodeCreateParams],
    ) -> models_discount.PromotionCode:
        """Create a promotion code for a coupon, optionally limited to a customer or first orders.

        Args:
            active (bool): Whether the code can be redeemed at once; true when omitted.
            code (str): The text customers enter; generated when omitted.
            customer (str): Only this customer id may redeem it.
            customer_account (str): Only this account, as a customer, may redeem it.
            expand (list[str]): Dotted paths of fields to return as full objects instead of ids.
            expires_at (int): When the code stops being redeemable, as a Unix timestamp in seconds.
            max_redemptions (int): How many times it may be redeemed in all.
            metadata (Mapping[str, str]): Key-value pairs to store with the object; an empty value removes a key.
            promotion (Promotion, required): What the code grants: the coupon to apply.
            restrictions (Restrictions): Conditions on redeeming it: first-time customers only, a minimum amount.

        Per-call options:
            idempotency_key: the key every retry of this call sends (a UUID4 when omitted).
            total_timeout: seconds for the whole call, retries and waits included.
            timeout: seconds for each step of an attempt (connect, read, write).
            extra_headers: headers sent as given.
            extra_query: query parameters sent as given.
            extra_body: form fields sent as given.

        Returns:
            PromotionCode: the object as Stripe answered.

        Raises:
            InvalidParameterError: a parameter was refused before anything was sent.
            InvalidRequestError: Stripe refused the request.
            APIStatusError: any other error status (AuthenticationError, RateLimitError, ...).
            APIConnectionError: no answer after the retries (APITimeoutError, DeadlineExceededError).
        """
        return self._call(
            PostPromotionCodes,
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
        promotion_code: str,
        /,
        *,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        **params: Unpack[params_promotion_codes.PromotionCodeRetrieveParams],
    ) -> models_discount.PromotionCode:
        """Fetch one promotion code by its id.

        Args:
            promotion_code (str, required): Id of the promotion code (starts with `promo_`).
            expand (list[str]): Dotted paths of fields to return as full objects instead of ids.

        Per-call options:
            total_timeout: seconds for the whole call, retries and waits included.
            timeout: seconds for each step of an attempt (connect, read, write).
            extra_headers: headers sent as given.
            extra_query: query parameters sent as given.

        Returns:
            PromotionCode: the object as Stripe answered.

        Raises:
            InvalidParameterError: a parameter was refused before anything was sent.
            InvalidRequestError: Stripe refused the request (NotFoundError: no object with that id).
            APIStatusError: any other error status (AuthenticationError, RateLimitError, ...).
            APIConnectionError: no answer after the retries (APITimeoutError, DeadlineExceededError).
        """
        return self._call(
            GetPromotionCodesPromotionCode,
            {"promotion_code": promotion_code},
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
        promotion_code: str,
        /,
        *,
        idempotency_key: str | None = None,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        **params: Unpack[params_promotion_codes.PromotionCodeUpdateParams],
    ) -> models_discount.PromotionCode:
        """Change a promotion code's active flag, restrictions or metadata.

        Args:
            promotion_code (str, required): Id of the promotion code (starts with `promo_`).
            active (bool): False deactivates the code; true reactivates it unless its coupon is no longer valid.
            expand (list[str]): Dotted paths of fields to return as full objects instead of ids.
            metadata (Mapping[str, str] | Literal['']): Key-value pairs to store with the object; an empty value removes a key.
            restrictions (RestrictionsParam): Per-currency minimum amounts for redeeming it.

        Per-call options:
            idempotency_key: the key every retry of this call sends (a UUID4 when omitted).
            total_timeout: seconds for the whole call, retries and waits included.
            timeout: seconds for each step of an attempt (connect, read, write).
            extra_headers: headers sent as given.
            extra_query: query parameters sent as given.
            extra_body: form fields sent as given.

        Returns:
            PromotionCode: the object as Stripe answered.

        Raises:
            InvalidParameterError: a parameter was refused before anything was sent.
            InvalidRequestError: Stripe refused the request (NotFoundError: no object with that id).
            APIStatusError: any other error status (AuthenticationError, RateLimitError, ...).
            APIConnectionError: no answer after the retries (APITimeoutError, DeadlineExceededError).
        """
        return self._call(
            PostPromotionCodesPromotionCode,
            {"promotion_code": promotion_code},
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


class AsyncPromotionCodes(AsyncAPIResource):
    """Promotion codes: codes customers enter to get a coupon, with their own limits."""

    def list(
        self,
        *,
        max_items: int | None = None,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        **params: Unpack[params_promotion_codes.PromotionCodeListParams],
    ) -> AsyncPager[models_discount.PromotionCode]:
        """Every matching promotion code, newest first, page by page.

        Args:
            active (bool): Only active (true) or inactive (false) codes.
            code (str): Only the code with this text.
            coupon (str): Only codes applying this coupon id.
            created (RangeQuerySpecs | int): Only objects created at this Unix timestamp in seconds, or within a range given as gt, gte, lt and lte bounds.
            customer (str): Only codes restricted to this customer id.
            customer_account (str): Only codes restricted to this account, as a customer.
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
            AsyncPager[PromotionCode]: iterate it for every match, one PromotionCode at a time; pages are fetched as needed (`max_items` caps the count).

        Raises:
            InvalidParameterError: a parameter was refused before anything was sent.
            InvalidRequestError: Stripe refused the request.
            APIStatusError: any other error status (AuthenticationError, RateLimitError, ...).
            APIConnectionError: no answer after the retries (APITimeoutError, DeadlineExceededError).
        """
        return self._pager(
            GetPromotionCodes,
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
        **params: Unpack[params_promotion_codes.PromotionCodeCreateParams],
    ) -> models_discount.PromotionCode:
        """Create a promotion code for a coupon, optionally limited to a customer or first orders.

        Args:
            active (bool): Whether the code can be redeemed at once; true when omitted.
            code (str): The text customers enter; generated when omitted.
            customer (str): Only this customer id may redeem it.
            customer_account (str): Only this account, as a customer, may redeem it.
            expand (list[str]): Dotted paths of fields to return as full objects instead of ids.
            expires_at (int): When the code stops being redeemable, as a Unix timestamp in seconds.
            max_redemptions (int): How many times it may be redeemed in all.
            metadata (Mapping[str, str]): Key-value pairs to store with the object; an empty value removes a key.
            promotion (Promotion, required): What the code grants: the coupon to apply.
            restrictions (Restrictions): Conditions on redeeming it: first-time customers only, a minimum amount.

        Per-call options:
            idempotency_key: the key every retry of this call sends (a UUID4 when omitted).
            total_timeout: seconds for the whole call, retries and waits included.
            timeout: seconds for each step of an attempt (connect, read, write).
            extra_headers: headers sent as given.
            extra_query: query parameters sent as given.
            extra_body: form fields sent as given.

        Returns:
            PromotionCode: the object as Stripe answered.

        Raises:
            InvalidParameterError: a parameter was refused before anything was sent.
            InvalidRequestError: Stripe refused the request.
            APIStatusError: any other error status (AuthenticationError, RateLimitError, ...).
            APIConnectionError: no answer after the retries (APITimeoutError, DeadlineExceededError).
        """
        return await self._call(
            PostPromotionCodes,
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
        promotion_code: str,
        /,
        *,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        **params: Unpack[params_promotion_codes.PromotionCodeRetrieveParams],
    ) -> models_discount.PromotionCode:
        """Fetch one promotion code by its id.

        Args:
            promotion_code (str, required): Id of the promotion code (starts with `promo_`).
            expand (list[str]): Dotted paths of fields to return as full objects instead of ids.

        Per-call options:
            total_timeout: seconds for the whole call, retries and waits included.
            timeout: seconds for each step of an attempt (connect, read, write).
            extra_headers: headers sent as given.
            extra_query: query parameters sent as given.

        Returns:
            PromotionCode: the object as Stripe answered.

        Raises:
            InvalidParameterError: a parameter was refused before anything was sent.
            InvalidRequestError: Stripe refused the request (NotFoundError: no object with that id).
            APIStatusError: any other error status (AuthenticationError, RateLimitError, ...).
            APIConnectionError: no answer after the retries (APITimeoutError, DeadlineExceededError).
        """
        return await self._call(
            GetPromotionCodesPromotionCode,
            {"promotion_code": promotion_code},
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
        promotion_code: str,
        /,
        *,
        idempotency_key: str | None = None,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        **params: Unpack[params_promotion_codes.PromotionCodeUpdateParams],
    ) -> models_discount.PromotionCode:
        """Change a promotion code's active flag, restrictions or metadata.

        Args:
            promotion_code (str, required): Id of the promotion code (starts with `promo_`).
            active (bool): False deactivates the code; true reactivates it unless its coupon is no longer valid.
            expand (list[str]): Dotted paths of fields to return as full objects instead of ids.
            metadata (Mapping[str, str] | Literal['']): Key-value pairs to store with the object; an empty value removes a key.
            restrictions (RestrictionsParam): Per-currency minimum amounts for redeeming it.

        Per-call options:
            idempotency_key: the key every retry of this call sends (a UUID4 when omitted).
            total_timeout: seconds for the whole call, retries and waits included.
            timeout: seconds for each step of an attempt (connect, read, write).
            extra_headers: headers sent as given.
            extra_query: query parameters sent as given.
            extra_body: form fields sent as given.

        Returns:
            PromotionCode: the object as Stripe answered.

        Raises:
            InvalidParameterError: a parameter was refused before anything was sent.
            InvalidRequestError: Stripe refused the request (NotFoundError: no object with that id).
            APIStatusError: any other error status (AuthenticationError, RateLimitError, ...).
            APIConnectionError: no answer after the retries (APITimeoutError, DeadlineExceededError).
        """
        return await self._call(
            PostPromotionCodesPromotionCode,
            {"promotion_code": promotion_code},
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


class PromotionCodesWithRawResponse:
    """`with_raw_response` for PromotionCodes: the same methods, returning RawResponse."""

    def __init__(self, resource: PromotionCodes) -> None:
        self.list = raw_first_page(resource.list, GetPromotionCodes)
        self.create = raw(resource.create)
        self.retrieve = raw(resource.retrieve)
        self.update = raw(resource.update)


class AsyncPromotionCodesWithRawResponse:
    """`with_raw_response` for PromotionCodes: the same methods, returning RawResponse."""

    def __init__(self, resource: AsyncPromotionCodes) -> None:
        self.list = async_raw_first_page(resource.list, GetPromotionCodes)
        self.create = async_raw(resource.create)
        self.retrieve = async_raw(resource.retrieve)
        self.update = async_raw(resource.update)
