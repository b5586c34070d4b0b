"""`client.coupons` (generated from the operations table; do not edit)."""

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
    DeleteCouponsCoupon,
    GetCoupons,
    GetCouponsCoupon,
    PostCoupons,
    PostCouponsCoupon,
)

if TYPE_CHECKING:
    from collections.abc import Mapping

    import httpx
    from typing_extensions import Unpack

    from ..._core.pagination import AsyncPager, SyncPager
    from ..models import discount as models_discount
    from ..params import coupons as params_coupons


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
        **params: Unpack[params_coupons.CouponListParams],
    ) -> SyncPager[models_discount.Coupon]:
        """Every coupon, newest first, page by page."""
        return self._pager(
            GetCoupons,
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
        **params: Unpack[params_coupons.CouponCreateParams],
    ) -> models_discount.Coupon:
        """Create a coupon: an amount or a percentage off."""
        return self._call(
            PostCoupons,
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
        coupon: str,
        /,
        *,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        **params: Unpack[params_coupons.CouponRetrieveParams],
    ) -> models_discount.Coupon:
        """Fetch one coupon by its id."""
        return self._call(
            GetCouponsCoupon,
            {"coupon": coupon},
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
        coupon: str,
        /,
        *,
        idempotency_key: str | None = None,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        **params: Unpack[params_coupons.CouponUpdateParams],
    ) -> models_discount.Coupon:
        """Change a coupon's name or metadata; its terms are fixed."""
        return self._call(
            PostCouponsCoupon,
            {"coupon": coupon},
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
    ) -> models_discount.DeletedCoupon:
        """Delete a coupon: no new redemptions, discounts already given stay."""
        return self._call(
            DeleteCouponsCoupon,
            {"coupon": coupon},
            {},
            request_options(
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
        **params: Unpack[params_coupons.CouponListParams],
    ) -> AsyncPager[models_discount.Coupon]:
        """Every coupon, newest first, page by page."""
        return self._pager(
            GetCoupons,
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
        **params: Unpack[params_coupons.CouponCreateParams],
    ) -> models_discount.Coupon:
        """Create a coupon: an amount or a percentage off."""
        return await self._call(
            PostCoupons,
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
        coupon: str,
        /,
        *,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        **params: Unpack[params_coupons.CouponRetrieveParams],
    ) -> models_discount.Coupon:
        """Fetch one coupon by its id."""
        return await self._call(
            GetCouponsCoupon,
            {"coupon": coupon},
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
        coupon: str,
        /,
        *,
        idempotency_key: str | None = None,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        **params: Unpack[params_coupons.CouponUpdateParams],
    ) -> models_discount.Coupon:
        """Change a coupon's name or metadata; its terms are fixed."""
        return await self._call(
            PostCouponsCoupon,
            {"coupon": coupon},
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
    ) -> models_discount.DeletedCoupon:
        """Delete a coupon: no new redemptions, discounts already given stay."""
        return await self._call(
            DeleteCouponsCoupon,
            {"coupon": coupon},
            {},
            request_options(
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
        self.list = raw_first_page(resource.list, GetCoupons)
        self.create = raw(resource.create)
        self.retrieve = raw(resource.retrieve)
        self.update = raw(resource.update)
        self.delete = raw(resource.delete)


class AsyncCouponsWithRawResponse:
    """`with_raw_response` for Coupons: the same methods, returning RawResponse."""

    def __init__(self, resource: AsyncCoupons) -> None:
        self.list = async_raw_first_page(resource.list, GetCoupons)
        self.create = async_raw(resource.create)
        self.retrieve = async_raw(resource.retrieve)
        self.update = async_raw(resource.update)
        self.delete = async_raw(resource.delete)
