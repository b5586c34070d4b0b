"""`client.customers.payment_methods` (generated from the operations table; do not edit)."""

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
    GetCustomersCustomerPaymentMethods,
    GetCustomersCustomerPaymentMethodsPaymentMethod,
)

if TYPE_CHECKING:
    from collections.abc import Mapping

    import httpx
    from typing_extensions import Unpack

    from ..._core.pagination import AsyncPager, SyncPager
    from ..models import payment_method as models_payment_method
    from ..params import customer_payment_methods as params_customer_payment_methods


class CustomerPaymentMethods(SyncAPIResource):
    """A customer's payment methods: the cards, bank accounts and wallets they pay with."""

    def list(
        self,
        customer: str,
        /,
        *,
        max_items: int | None = None,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        **params: Unpack[params_customer_payment_methods.CustomerPaymentMethodListParams],
    ) -> SyncPager[models_payment_method.PaymentMethod]:
        """Every payment method of a customer (of one type, say), page by page.

        Args:
            customer (str, required): Id of the customer (starts with `cus_`).
            allow_redisplay (Literal['always', 'limited', 'unspecified']): Only payment methods with this redisplay setting.
            ending_before (str): Object id to page backwards from: the page ends with the object listed right before it.
            expand (list[str]): Dotted paths of fields to return as full objects instead of ids.
            limit (int): How many objects to return on one page, from 1 to 100; 10 when omitted.
            starting_after (str): Object id to page forwards from: the page begins with the object listed right after it.
            type (Literal['acss_debit', 'affirm', 'afterpay_clearpay', 'alipay', 'alma', 'amazon_pay', 'au_becs_debit', 'bacs_debit', 'bancontact', 'billie', 'bizum', 'blik', 'boleto', 'card', 'cashapp', 'crypto', 'custom', 'customer_balance', 'eps', 'fpx', 'giropay', 'grabpay', 'ideal', 'kakao_pay', 'klarna', 'konbini', 'kr_card', 'link', 'mb_way', 'mobilepay', 'multibanco', 'naver_pay', 'nz_bank_account', 'oxxo', 'p24', 'pay_by_bank', 'payco', 'paynow', 'paypal', 'paypay', 'payto', 'pix', 'promptpay', 'revolut_pay', 'samsung_pay', 'satispay', 'scalapay', 'sepa_debit', 'sequra', 'sofort', 'sunbit', 'swish', 'twint', 'upi', 'us_bank_account', 'wechat_pay', 'zip']): Only payment methods of this type.

        Per-call options:
            total_timeout: seconds for the whole call, retries and waits included.
            timeout: seconds for each step of an attempt (connect, read, write).
            extra_headers: headers sent as given.
            extra_query: query parameters sent as given.

        Returns:
            SyncPager[PaymentMethod]: iterate it for every match, one PaymentMethod at a time; pages are fetched as needed (`max_items` caps the count).

        Raises:
            InvalidParameterError: a parameter was refused before anything was sent.
            InvalidRequestError: Stripe refused the request (NotFoundError: no object with that id).
            APIStatusError: any other error status (AuthenticationError, RateLimitError, ...).
            APIConnectionError: no answer after the retries (APITimeoutError, DeadlineExceededError).
        """
        return self._pager(
            GetCustomersCustomerPaymentMethods,
            {"customer": customer},
            params,
            max_items,
            request_options(
                total_timeout=total_timeout,
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
        )

    def retrieve(
        self,
        customer: str,
        payment_method: str,
        /,
        *,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        **params: Unpack[params_customer_payment_methods.CustomerPaymentMethodRetrieveParams],
    ) -> models_payment_method.PaymentMethod:
        """Fetch one payment method of a customer.

        Args:
            customer (str, required): Id of the customer (starts with `cus_`).
            payment_method (str, required): Id of the payment method (starts with `pm_`).
            expand (list[str]): Dotted paths of fields to return as full objects instead of ids.

        Per-call options:
            total_timeout: seconds for the whole call, retries and waits included.
            timeout: seconds for each step of an attempt (connect, read, write).
            extra_headers: headers sent as given.
            extra_query: query parameters sent as given.

        Returns:
            PaymentMethod: the object as Stripe answered.

        Raises:
            InvalidParameterError: a parameter was refused before anything was sent.
            InvalidRequestError: Stripe refused the request (NotFoundError: no object with that id).
            APIStatusError: any other error status (AuthenticationError, RateLimitError, ...).
            APIConnectionError: no answer after the retries (APITimeoutError, DeadlineExceededError).
        """
        return self._call(
            GetCustomersCustomerPaymentMethodsPaymentMethod,
            {"customer": customer, "payment_method": payment_method},
            params,
            request_options(
                total_timeout=total_timeout,
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
        )


class AsyncCustomerPaymentMethods(AsyncAPIResource):
    """A customer's payment methods: the cards, bank accounts and wallets they pay with."""

    def list(
        self,
        customer: str,
        /,
        *,
        max_items: int | None = None,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        **params: Unpack[params_customer_payment_methods.CustomerPaymentMethodListParams],
    ) -> AsyncPager[models_payment_method.PaymentMethod]:
        """Every payment method of a customer (of one type, say), page by page.

        Args:
            customer (str, required): Id of the customer (starts with `cus_`).
            allow_redisplay (Literal['always', 'limited', 'unspecified']): Only payment methods with this redisplay setting.
            ending_before (str): Object id to page backwards from: the page ends with the object listed right before it.
            expand (list[str]): Dotted paths of fields to return as full objects instead of ids.
            limit (int): How many objects to return on one page, from 1 to 100; 10 when omitted.
            starting_after (str): Object id to page forwards from: the page begins with the object listed right after it.
            type (Literal['acss_debit', 'affirm', 'afterpay_clearpay', 'alipay', 'alma', 'amazon_pay', 'au_becs_debit', 'bacs_debit', 'bancontact', 'billie', 'bizum', 'blik', 'boleto', 'card', 'cashapp', 'crypto', 'custom', 'customer_balance', 'eps', 'fpx', 'giropay', 'grabpay', 'ideal', 'kakao_pay', 'klarna', 'konbini', 'kr_card', 'link', 'mb_way', 'mobilepay', 'multibanco', 'naver_pay', 'nz_bank_account', 'oxxo', 'p24', 'pay_by_bank', 'payco', 'paynow', 'paypal', 'paypay', 'payto', 'pix', 'promptpay', 'revolut_pay', 'samsung_pay', 'satispay', 'scalapay', 'sepa_debit', 'sequra', 'sofort', 'sunbit', 'swish', 'twint', 'upi', 'us_bank_account', 'wechat_pay', 'zip']): Only payment methods of this type.

        Per-call options:
            total_timeout: seconds for the whole call, retries and waits included.
            timeout: seconds for each step of an attempt (connect, read, write).
            extra_headers: headers sent as given.
            extra_query: query parameters sent as given.

        Returns:
            AsyncPager[PaymentMethod]: iterate it for every match, one PaymentMethod at a time; pages are fetched as needed (`max_items` caps the count).

        Raises:
            InvalidParameterError: a parameter was refused before anything was sent.
            InvalidRequestError: Stripe refused the request (NotFoundError: no object with that id).
            APIStatusError: any other error status (AuthenticationError, RateLimitError, ...).
            APIConnectionError: no answer after the retries (APITimeoutError, DeadlineExceededError).
        """
        return self._pager(
            GetCustomersCustomerPaymentMethods,
            {"customer": customer},
            params,
            max_items,
            request_options(
                total_timeout=total_timeout,
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
        )

    async def retrieve(
        self,
        customer: str,
        payment_method: str,
        /,
        *,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        **params: Unpack[params_customer_payment_methods.CustomerPaymentMethodRetrieveParams],
    ) -> models_payment_method.PaymentMethod:
        """Fetch one payment method of a customer.

        Args:
            customer (str, required): Id of the customer (starts with `cus_`).
            payment_method (str, required): Id of the payment method (starts with `pm_`).
            expand (list[str]): Dotted paths of fields to return as full objects instead of ids.

        Per-call options:
            total_timeout: seconds for the whole call, retries and waits included.
            timeout: seconds for each step of an attempt (connect, read, write).
            extra_headers: headers sent as given.
            extra_query: query parameters sent as given.

        Returns:
            PaymentMethod: the object as Stripe answered.

        Raises:
            InvalidParameterError: a parameter was refused before anything was sent.
            InvalidRequestError: Stripe refused the request (NotFoundError: no object with that id).
            APIStatusError: any other error status (AuthenticationError, RateLimitError, ...).
            APIConnectionError: no answer after the retries (APITimeoutError, DeadlineExceededError).
        """
        return await self._call(
            GetCustomersCustomerPaymentMethodsPaymentMethod,
            {"customer": customer, "payment_method": payment_method},
            params,
            request_options(
                total_timeout=total_timeout,
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
        )


class CustomerPaymentMethodsWithRawResponse:
    """`with_raw_response` for CustomerPaymentMethods: the same methods, returning RawResponse."""

    def __init__(self, resource: CustomerPaymentMethods) -> None:
        self.list = raw_first_page(resource.list, GetCustomersCustomerPaymentMethods)
        self.retrieve = raw(resource.retrieve)


class AsyncCustomerPaymentMethodsWithRawResponse:
    """`with_raw_response` for CustomerPaymentMethods: the same methods, returning RawResponse."""

    def __init__(self, resource: AsyncCustomerPaymentMethods) -> None:
        self.list = async_raw_first_page(resource.list, GetCustomersCustomerPaymentMethods)
        self.retrieve = async_raw(resource.retrieve)
