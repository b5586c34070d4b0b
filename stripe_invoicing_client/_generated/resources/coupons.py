"""`client.coupons` (generated from the operations table; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._operations import Operation
from ..._options import request_options
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
    from ..models import discount as models_discount
    from ..models import pages as models_pages
    from ..params import coupons as params_coupons

LIST: Operation[models_pages.GetCouponsResponse200] = Operation("GetCoupons")
CREATE: Operation[models_discount.Coupon] = Operation("PostCoupons")
RETRIEVE: Operation[models_discount.Coupon] = Operation("GetCouponsCoupon")
UPDATE: Operation[models_discount.Coupon] = Operation("PostCouponsCoupon")
DELETE: Operation[models_discount.DeletedCoupon] = Operation("DeleteCouponsCoupon")


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
            LIST,
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
            CREATE,
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
            RETRIEVE,
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
            UPDATE,
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
            DELETE,
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
            LIST,
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
            CREATE,
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
            RETRIEVE,
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
            UPDATE,
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
            DELETE,
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
