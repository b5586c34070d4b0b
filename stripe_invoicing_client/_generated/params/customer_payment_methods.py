"""Request parameters of customer_payment_methods, as TypedDicts (generated; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypedDict

from ..._core.key_docs import document_keys

if TYPE_CHECKING:
    pass


from ._shared import ExpandParams


class CustomerPaymentMethodListParams(TypedDict, total=False):
    """Parameters of `customer_payment_methods.list` (GetCustomersCustomerPaymentMethods)."""

    allow_redisplay: Literal["always", "limited", "unspecified"]
    """Only payment methods with this redisplay setting."""
    ending_before: str
    """Object id to page backwards from: the page ends with the object listed right before it."""
    expand: list[str]
    """Dotted paths of fields to return as full objects instead of ids."""
    limit: int
    """How many objects to return on one page, from 1 to 100; 10 when omitted."""
    starting_after: str
    """Object id to page forwards from: the page begins with the object listed right after it."""
    type: Literal[
        "acss_debit",
        "affirm",
        "afterpay_clearpay",
        "alipay",
        "alma",
        "amazon_pay",
        "au_becs_debit",
        "bacs_debit",
        "bancontact",
        "billie",
        "bizum",
        "blik",
        "boleto",
        "card",
        "cashapp",
        "crypto",
        "custom",
        "customer_balance",
        "eps",
        "fpx",
        "giropay",
        "grabpay",
        "ideal",
        "kakao_pay",
        "klarna",
        "konbini",
        "kr_card",
        "link",
        "mb_way",
        "mobilepay",
        "multibanco",
        "naver_pay",
        "nz_bank_account",
        "oxxo",
        "p24",
        "pay_by_bank",
        "payco",
        "paynow",
        "paypal",
        "paypay",
        "payto",
        "pix",
        "promptpay",
        "revolut_pay",
        "samsung_pay",
        "satispay",
        "scalapay",
        "sepa_debit",
        "sequra",
        "sofort",
        "sunbit",
        "swish",
        "twint",
        "upi",
        "us_bank_account",
        "wechat_pay",
        "zip",
    ]
    """Only payment methods of this type."""


# Operations whose parameters have the shape of another's.
CustomerPaymentMethodRetrieveParams = ExpandParams

document_keys(__name__)

__all__ = [
    "CustomerPaymentMethodListParams",
    "CustomerPaymentMethodRetrieveParams",
]
