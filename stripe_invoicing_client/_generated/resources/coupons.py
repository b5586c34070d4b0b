"""`client.coupons` (generated from the operations table; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._operations import Operation
from ..._options import RequestOptions
from ..._resource import (
    AsyncAPIResource,
    SyncAPIResource,
    async_raw,
    async_raw_first_page,
    raw,
    raw_first_page,
)

if TYPE_CHECKING:
    from collections.abc import Mapping

    import httpx
    from typing_extensions import Unpack

    from ..._pagination import AsyncPager, SyncPager
    from ..models.discount import Coupon, DeletedCoupon
    from ..models.pages import GetCouponsResponse200
    from ..params.coupons import (
        CouponCreateParams,
        CouponListParams,
        CouponRetrieveParams,
        CouponUpdateParams,
    )

LIST: Operation[GetCouponsResponse200] = Operation("GetCoupons")
CREATE: Operation[Coupon] = Operation("PostCoupons")
RETRIEVE: Operation[Coupon] = Operation("GetCouponsCoupon")
UPDATE: Operation[Coupon] = Operation("PostCouponsCoupon")
DELETE: Operation[DeletedCoupon] = Operation("DeleteCouponsCoupon")


class Coupons(SyncAPIResource):
    """Coupons: an amount or percentage off, for invoices and their lines."""

    def list(
        self,
        *,
        max_items: int | None = None,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        **params: Unpack[CouponListParams],
    ) -> SyncPager[Coupon]:
        """Every coupon, newest first, page by page."""
        return self._pager(
            LIST,
            {},
            params,
            max_items,
            RequestOptions(
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
        **params: Unpack[CouponCreateParams],
    ) -> Coupon:
        """Create a coupon: an amount or a percentage off."""
        return self._call(
            CREATE,
            {},
            params,
            RequestOptions(
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
        coupon: str,
        /,
        *,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        **params: Unpack[CouponRetrieveParams],
    ) -> Coupon:
        """Fetch one coupon by its id."""
        return self._call(
            RETRIEVE,
            {"coupon": coupon},
            params,
            RequestOptions(
                total_timeout=total_timeout,
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
        )

    def update(
        self,
        coupon: str,
        /,
        *,
        idempotency_key: str | None = None,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        **params: Unpack[CouponUpdateParams],
    ) -> Coupon:
        """Change a coupon's name or metadata; its terms are fixed."""
        return self._call(
            UPDATE,
            {"coupon": coupon},
            params,
            RequestOptions(
                idempotency_key=idempotency_key,
                total_timeout=total_timeout,
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            ),
        )

    def delete(
        self,
        coupon: str,
        /,
        *,
        idempotency_key: str | None = None,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
    ) -> DeletedCoupon:
        """Delete a coupon: no new redemptions, discounts already given stay."""
        return self._call(
            DELETE,
            {"coupon": coupon},
            {},
            RequestOptions(
                idempotency_key=idempotency_key,
                total_timeout=total_timeout,
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
        )


class AsyncCoupons(AsyncAPIResource):
    """Coupons: an amount or percentage off, for invoices and their lines."""

    def list(
        self,
        *,
        max_items: int | None = None,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        **params: Unpack[CouponListParams],
    ) -> AsyncPager[Coupon]:
        """Every coupon, newest first, page by page."""
        return self._pager(
            LIST,
            {},
            params,
            max_items,
            RequestOptions(
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
        **params: Unpack[CouponCreateParams],
    ) -> Coupon:
        """Create a coupon: an amount or a percentage off."""
        return await self._call(
            CREATE,
            {},
            params,
            RequestOptions(
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
        coupon: str,
        /,
        *,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        **params: Unpack[CouponRetrieveParams],
    ) -> Coupon:
        """Fetch one coupon by its id."""
        return await self._call(
            RETRIEVE,
            {"coupon": coupon},
            params,
            RequestOptions(
                total_timeout=total_timeout,
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
        )

    async def update(
        self,
        coupon: str,
        /,
        *,
        idempotency_key: str | None = None,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        **params: Unpack[CouponUpdateParams],
    ) -> Coupon:
        """Change a coupon's name or metadata; its terms are fixed."""
        return await self._call(
            UPDATE,
            {"coupon": coupon},
            params,
            RequestOptions(
                idempotency_key=idempotency_key,
                total_timeout=total_timeout,
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            ),
        )

    async def delete(
        self,
        coupon: str,
        /,
        *,
        idempotency_key: str | None = None,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
    ) -> DeletedCoupon:
        """Delete a coupon: no new redemptions, discounts already given stay."""
        return await self._call(
            DELETE,
            {"coupon": coupon},
            {},
            RequestOptions(
                idempotency_key=idempotency_key,
                total_timeout=total_timeout,
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
        )


class CouponsWithRawResponse:
    """`with_raw_response` for Coupons: the same methods, returning RawResponse."""

    def __init__(self, resource: Coupons) -> None:
        self.list = raw_first_page(resource.list, LIST)
        self.create = raw(resource.create)
        self.retrieve = raw(resource.retrieve)
        self.update = raw(resource.update)
        self.delete = raw(resource.delete)


class AsyncCouponsWithRawResponse:
    """`with_raw_response` for Coupons: the same methods, returning RawResponse."""

    def __init__(self, resource: AsyncCoupons) -> None:
        self.list = async_raw_first_page(resource.list, LIST)
        self.create = async_raw(resource.create)
        self.retrieve = async_raw(resource.retrieve)
        self.update = async_raw(resource.update)
        self.delete = async_raw(resource.delete)
