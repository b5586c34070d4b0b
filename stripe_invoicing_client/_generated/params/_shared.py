"""Shared request shapes, as TypedDicts (generated; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypedDict

from ..enums import MandatePurpose, RegistrationType, TaxIdTypeParam

if TYPE_CHECKING:
    from collections.abc import Mapping
    from decimal import Decimal

    from typing_extensions import Required


class RangeQuerySpecs(TypedDict, total=False):
    gt: int
    gte: int
    lt: int
    lte: int


class LiabilityParam(TypedDict, total=False):
    account: str
    type: Required[Literal["account", "self"]]


class AutomaticTaxParam(TypedDict, total=False):
    enabled: Required[bool]
    liability: LiabilityParam


class CustomFieldParams(TypedDict, total=False):
    name: Required[str]
    value: Required[str]


class DiscountsDataParam(TypedDict, total=False):
    coupon: str
    discount: str
    promotion_code: str


class MandateOptionsParam(TypedDict, total=False):
    transaction_type: Literal["business", "personal"]


class InvoicePaymentMethodOptionsParam(TypedDict, total=False):
    mandate_options: MandateOptionsParam
    verification_method: Literal["automatic", "instant", "microdeposits"]


class PaymentSettingsPaymentMethodOptionsBancontact(TypedDict, total=False):
    preferred_language: Literal["de", "en", "fr", "nl"]


class RegisteredAddressParam(TypedDict, total=False):
    city: str
    country: str
    line1: str
    line2: str
    postal_code: str
    state: str


class CompanyDetailsParam(TypedDict, total=False):
    registered_address: RegisteredAddressParam | Literal[""]
    registered_name: str
    registration_number: str
    registration_type: RegistrationType | Literal[""]
    vat: str


class EuBankTransferParam(TypedDict, total=False):
    country: Required[str]


class BankTransferParam(TypedDict, total=False):
    eu_bank_transfer: EuBankTransferParam
    type: str


class CustomerBalanceParam(TypedDict, total=False):
    bank_transfer: BankTransferParam
    funding_type: str


class PaymentSettingsPaymentMethodOptionsPaytoMandateOptions(TypedDict, total=False):
    amount: int
    purpose: MandatePurpose


class PaytoParam(TypedDict, total=False):
    mandate_options: PaymentSettingsPaymentMethodOptionsPaytoMandateOptions


class PaymentSettingsPaymentMethodOptionsUpiMandateOptions(TypedDict, total=False):
    amount: int
    amount_type: Literal["fixed", "maximum"]
    description: str
    end_date: int


class UpiParam(TypedDict, total=False):
    mandate_options: PaymentSettingsPaymentMethodOptionsUpiMandateOptions


class FiltersParam(TypedDict, total=False):
    account_subcategories: list[Literal["checking", "savings"]]


class FinancialConnectionsParam(TypedDict, total=False):
    filters: FiltersParam
    permissions: list[Literal["balances", "ownership", "payment_method", "transactions"]]
    prefetch: list[Literal["balances", "ownership", "transactions"]]


class PaymentSettingsPaymentMethodOptionsUsBankAccount(TypedDict, total=False):
    financial_connections: FinancialConnectionsParam
    verification_method: Literal["automatic", "instant", "microdeposits"]


class ShippingParam(TypedDict, total=False):
    address: Required[RegisteredAddressParam]
    name: Required[str]
    phone: str


class TaxIdParam(TypedDict, total=False):
    type: Required[TaxIdTypeParam]
    value: Required[str]


class PeriodParam(TypedDict, total=False):
    end: Required[int]
    start: Required[int]


class PriceDataParam(TypedDict, total=False):
    currency: Required[str]
    product: Required[str]
    tax_behavior: Literal["exclusive", "inclusive", "unspecified"]
    unit_amount: int
    unit_amount_decimal: Decimal | str


class FlexibleParam(TypedDict, total=False):
    proration_discounts: Literal["included", "itemized"]


class BillingModeParam(TypedDict, total=False):
    flexible: FlexibleParam
    type: Required[Literal["classic", "flexible"]]


class DurationParam(TypedDict, total=False):
    interval: Required[Literal["day", "month", "week", "year"]]
    interval_count: int


class BillingThresholdsParam(TypedDict, total=False):
    amount_gte: int
    reset_billing_cycle_anchor: bool


class InvoiceCreatePreviewBillingThresholdsParam(TypedDict, total=False):
    usage_gte: Required[int]


class ItemPriceData(TypedDict, total=False):
    currency: Required[str]
    product: Required[str]
    recurring: Required[DurationParam]
    tax_behavior: Literal["exclusive", "inclusive", "unspecified"]
    unit_amount: int
    unit_amount_decimal: Decimal | str


class TransferDataParam(TypedDict, total=False):
    amount_percent: float
    destination: Required[str]


class AppliesToParam(TypedDict, total=False):
    price: str
    type: Required[Literal["price"]]


class BillUntilParam(TypedDict, total=False):
    duration: DurationParam
    timestamp: int
    type: Required[Literal["duration", "timestamp"]]


class BillingScheduleParam(TypedDict, total=False):
    applies_to: list[AppliesToParam]
    bill_until: BillUntilParam
    key: str


class CurrentTrialParam(TypedDict, total=False):
    trial_offer: Required[str]


class ItemParam(TypedDict, total=False):
    billing_thresholds: InvoiceCreatePreviewBillingThresholdsParam | Literal[""]
    clear_usage: bool
    current_trial: CurrentTrialParam
    deleted: bool
    discounts: list[DiscountsDataParam] | Literal[""]
    id: str
    metadata: Mapping[str, str] | Literal[""]
    plan: str
    price: str
    price_data: ItemPriceData
    quantity: int
    tax_rates: list[str] | Literal[""]


class TaxDetailsParam(TypedDict, total=False):
    performance_location: str
    tax_code: str | Literal[""]


class PricingParam(TypedDict, total=False):
    price: str


class DefaultPriceDataCurrencyOptionsCustomUnitAmount(TypedDict, total=False):
    enabled: Required[bool]
    maximum: int
    minimum: int
    preset: int


class DefaultPriceDataCurrencyOptionsTier(TypedDict, total=False):
    flat_amount: int
    flat_amount_decimal: Decimal | str
    unit_amount: int
    unit_amount_decimal: Decimal | str
    up_to: Required[int | Literal["inf"]]


class DefaultPriceDataCurrencyOptions(TypedDict, total=False):
    custom_unit_amount: DefaultPriceDataCurrencyOptionsCustomUnitAmount
    tax_behavior: Literal["exclusive", "inclusive", "unspecified"]
    tiers: list[DefaultPriceDataCurrencyOptionsTier]
    unit_amount: int
    unit_amount_decimal: Decimal | str


class SearchParams(TypedDict, total=False):
    """Parameters: `expand`, `limit`, `page` and `query`. A shape 5 operations share: their own
    names (such as `InvoiceSearchParams`) are aliases of this class, and each method's docstring
    says what the parameters mean for it."""

    expand: list[str]
    """Dotted paths of fields to return as full objects instead of ids."""
    limit: int
    """How many objects to return on one page, from 1 to 100; 10 when omitted."""
    page: str
    """Cursor from the `next_page` of the previous search result; leave out for the first page."""
    query: Required[str]
    """The search query, in Stripe's search language."""


class ExpandParams(TypedDict, total=False):
    """Parameters: `expand` only. A shape 19 operations share: their own names (such as
    `InvoiceRetrieveParams`) are aliases of this class, and each method's docstring says what
    the parameters mean for it."""

    expand: list[str]
    """Dotted paths of fields to return as full objects instead of ids."""


class DeleteParams(TypedDict, total=False):
    """No parameters. A shape 7 operations share: their own names (such as `InvoiceDeleteParams`)
    are aliases of this class, and each method's docstring says what the parameters mean for it."""

    pass


class ListParams(TypedDict, total=False):
    """Parameters: `ending_before`, `expand`, `limit` and `starting_after`. A shape 4 operations
    share: their own names (such as `InvoiceListLinesParams`) are aliases of this class, and
    each method's docstring says what the parameters mean for it."""

    ending_before: str
    """Object id to page backwards from: the page ends with the object listed right before it."""
    expand: list[str]
    """Dotted paths of fields to return as full objects instead of ids."""
    limit: int
    """How many objects to return on one page, from 1 to 100; 10 when omitted."""
    starting_after: str
    """Object id to page forwards from: the page begins with the object listed right after it."""


__all__ = [
    "AppliesToParam",
    "AutomaticTaxParam",
    "BankTransferParam",
    "BillUntilParam",
    "BillingModeParam",
    "BillingScheduleParam",
    "BillingThresholdsParam",
    "CompanyDetailsParam",
    "CurrentTrialParam",
    "CustomFieldParams",
    "CustomerBalanceParam",
    "DefaultPriceDataCurrencyOptions",
    "DefaultPriceDataCurrencyOptionsCustomUnitAmount",
    "DefaultPriceDataCurrencyOptionsTier",
    "DeleteParams",
    "DiscountsDataParam",
    "DurationParam",
    "EuBankTransferParam",
    "ExpandParams",
    "FiltersParam",
    "FinancialConnectionsParam",
    "FlexibleParam",
    "InvoiceCreatePreviewBillingThresholdsParam",
    "InvoicePaymentMethodOptionsParam",
    "ItemParam",
    "ItemPriceData",
    "LiabilityParam",
    "ListParams",
    "MandateOptionsParam",
    "PaymentSettingsPaymentMethodOptionsBancontact",
    "PaymentSettingsPaymentMethodOptionsPaytoMandateOptions",
    "PaymentSettingsPaymentMethodOptionsUpiMandateOptions",
    "PaymentSettingsPaymentMethodOptionsUsBankAccount",
    "PaytoParam",
    "PeriodParam",
    "PriceDataParam",
    "PricingParam",
    "RangeQuerySpecs",
    "RegisteredAddressParam",
    "SearchParams",
    "ShippingParam",
    "TaxDetailsParam",
    "TaxIdParam",
    "TransferDataParam",
    "UpiParam",
]
