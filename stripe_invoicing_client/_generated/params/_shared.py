"""Shared request shapes, as TypedDicts (generated; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypedDict

from ..._core.key_docs import document_keys
from ..enums import MandatePurpose, RegistrationType, TaxIdTypeParam

if TYPE_CHECKING:
    from collections.abc import Mapping
    from decimal import Decimal

    from typing_extensions import Required


class RangeQuerySpecs(TypedDict, total=False):
    gt: int
    """Only those after this Unix timestamp in seconds."""
    gte: int
    """Only those at or after this Unix timestamp in seconds."""
    lt: int
    """Only those before this Unix timestamp in seconds."""
    lte: int
    """Only those at or before this Unix timestamp in seconds."""


class LiabilityParam(TypedDict, total=False):
    account: str
    """Id of the connected account, when `type` is `account`."""
    type: Required[Literal["account", "self"]]
    """Whether the account is your own (`self`) or a connected `account`."""


class AutomaticTaxParam(TypedDict, total=False):
    enabled: Required[bool]
    """Whether Stripe calculates the tax automatically."""
    liability: LiabilityParam
    """Account liable for the tax, whose tax settings and registrations apply."""


class CustomFieldParams(TypedDict, total=False):
    name: Required[str]
    """Label of the custom field, up to 40 characters."""
    value: Required[str]
    """Value of the custom field, up to 140 characters."""


class DiscountsDataParam(TypedDict, total=False):
    coupon: str
    """Id of the coupon to apply."""
    discount: str
    """Id of an existing discount to apply again."""
    promotion_code: str
    """Id of the promotion code to apply."""


class MandateOptionsParam(TypedDict, total=False):
    transaction_type: Literal["business", "personal"]
    """Whether the debit account is a business or a personal one."""


class InvoicePaymentMethodOptionsParam(TypedDict, total=False):
    mandate_options: MandateOptionsParam
    """Settings of the pre-authorized debit mandate."""
    verification_method: Literal["automatic", "instant", "microdeposits"]
    """How the bank account is verified: automatic, instant or by microdeposits."""


class PaymentSettingsPaymentMethodOptionsBancontact(TypedDict, total=False):
    preferred_language: Literal["de", "en", "fr", "nl"]
    """Language of the Bancontact authorization page."""


class RegisteredAddressParam(TypedDict, total=False):
    city: str
    """City, town or village of the address."""
    country: str
    """Country of the address, as a two-letter ISO 3166-1 code."""
    line1: str
    """First line of the address: street and number, or PO box."""
    line2: str
    """Second line of the address: apartment, suite or building."""
    postal_code: str
    """Postal or ZIP code of the address."""
    state: str
    """State, province, county or region of the address."""


class CompanyDetailsParam(TypedDict, total=False):
    registered_address: RegisteredAddressParam | Literal[""]
    """Registered address of the company; an empty string removes it."""
    registered_name: str
    """Registered legal name of the company."""
    registration_number: str
    """Registration number of the company in its register."""
    registration_type: RegistrationType | Literal[""]
    """Kind of company register the number is from."""
    vat: str
    """VAT number of the company."""


class EuBankTransferParam(TypedDict, total=False):
    country: Required[str]
    """Two-letter ISO code of the country of the bank account to transfer to."""


class BankTransferParam(TypedDict, total=False):
    eu_bank_transfer: EuBankTransferParam
    """Settings of EU bank transfers."""
    type: str
    """Kind of bank transfer, such as `eu_bank_transfer` or `us_bank_transfer`."""


class CustomerBalanceParam(TypedDict, total=False):
    bank_transfer: BankTransferParam
    """Settings of bank transfers into the cash balance."""
    funding_type: str
    """How the cash balance is funded; only `bank_transfer`."""


class PaymentSettingsPaymentMethodOptionsPaytoMandateOptions(TypedDict, total=False):
    amount: int
    """Amount of the mandate, in the smallest currency unit."""
    purpose: MandatePurpose
    """Purpose of the payments the mandate covers, from a fixed list."""


class PaytoParam(TypedDict, total=False):
    mandate_options: PaymentSettingsPaymentMethodOptionsPaytoMandateOptions
    """Settings of the PayTo mandate."""


class PaymentSettingsPaymentMethodOptionsUpiMandateOptions(TypedDict, total=False):
    amount: int
    """Amount of the mandate, in the smallest currency unit."""
    amount_type: Literal["fixed", "maximum"]
    """Whether the mandate amount is the exact amount (fixed) or a cap (maximum)."""
    description: str
    """Description of the mandate shown to the customer."""
    end_date: int
    """Date the mandate ends."""


class UpiParam(TypedDict, total=False):
    mandate_options: PaymentSettingsPaymentMethodOptionsUpiMandateOptions
    """Settings of the UPI mandate."""


class FiltersParam(TypedDict, total=False):
    account_subcategories: list[Literal["checking", "savings"]]
    """Kinds of account that may be linked: checking, savings or both."""


class FinancialConnectionsParam(TypedDict, total=False):
    filters: FiltersParam
    """Which accounts the customer may link."""
    permissions: list[Literal["balances", "ownership", "payment_method", "transactions"]]
    """Data of the linked account you may read."""
    prefetch: list[Literal["balances", "ownership", "transactions"]]
    """Data of the linked account to fetch as soon as it is linked."""


class PaymentSettingsPaymentMethodOptionsUsBankAccount(TypedDict, total=False):
    financial_connections: FinancialConnectionsParam
    """Settings of Financial Connections, which links the bank account."""
    verification_method: Literal["automatic", "instant", "microdeposits"]
    """How the bank account is verified: automatic, instant or by microdeposits."""


class ShippingParam(TypedDict, total=False):
    address: Required[RegisteredAddressParam]
    """Address the goods are shipped to."""
    name: Required[str]
    """Name of the recipient."""
    phone: str
    """Phone number of the recipient, with the country code."""


class TaxIdParam(TypedDict, total=False):
    type: Required[TaxIdTypeParam]
    """Kind of tax id, such as `eu_vat` or `us_ein`."""
    value: Required[str]
    """The tax id itself, such as `DE123456789`."""


class PeriodParam(TypedDict, total=False):
    end: Required[int]
    """End of the service period, a Unix timestamp in seconds."""
    start: Required[int]
    """Start of the service period, a Unix timestamp in seconds."""


class PriceDataParam(TypedDict, total=False):
    currency: Required[str]
    """Three-letter ISO code of the price's currency, in lowercase."""
    product: Required[str]
    """Id of the product the inline price is for."""
    tax_behavior: Literal["exclusive", "inclusive", "unspecified"]
    """Whether the amount includes tax (inclusive), excludes it (exclusive) or leaves it unspecified."""
    unit_amount: int
    """Price of one unit in the smallest currency unit (cents for USD)."""
    unit_amount_decimal: Decimal | str
    """Price of one unit in the smallest currency unit as a decimal string with up to 12 places, instead of `unit_amount`."""


class FlexibleParam(TypedDict, total=False):
    proration_discounts: Literal["included", "itemized"]
    """Whether prorations show discounts itemized or included in the amounts."""


class BillingModeParam(TypedDict, total=False):
    flexible: FlexibleParam
    """Settings of the flexible billing mode."""
    type: Required[Literal["classic", "flexible"]]
    """How the subscription computes prorations and invoices: classic or flexible."""


class PauseAtParam(TypedDict, total=False):
    timestamp: int
    """The moment, a Unix timestamp in seconds, when `type` is `timestamp`."""
    type: Required[Literal["now", "timestamp"]]
    """Whether the pause starts now or at a given `timestamp`."""


class OutstandingUsageThroughParam(TypedDict, total=False):
    type: Literal["none", "pause_at"]
    """Up to when outstanding usage is billed: not at all, or up to the pause."""


class UnusedTimeFromParam(TypedDict, total=False):
    type: Literal["item_current_period_start", "none", "pause_at"]
    """From when unused time is credited: not at all, from the pause, or from the item's period start."""


class BillForParam(TypedDict, total=False):
    outstanding_usage_through: OutstandingUsageThroughParam
    """Up to when usage recorded before the pause is billed."""
    unused_time_from: UnusedTimeFromParam
    """From when unused time of the period is credited."""


class SettingsParam(TypedDict, total=False):
    bill_for: BillForParam
    """What is billed when the subscription pauses."""
    invoicing_behavior: Literal["invoice", "pending_invoice_item"]
    """Whether the pause bills at once (invoice) or leaves pending invoice items."""
    type: Literal["subscription"]
    """What is paused; only `subscription`."""


class PauseParam(TypedDict, total=False):
    pause_at: PauseAtParam
    """When the pause starts."""
    settings: SettingsParam
    """How the subscription is billed while paused."""


class DurationParam(TypedDict, total=False):
    interval: Required[Literal["day", "month", "week", "year"]]
    """Unit of the interval: day, week, month or year."""
    interval_count: int
    """How many intervals make one period (3 with month is a quarter)."""


class ResumeAtParam(TypedDict, total=False):
    duration: DurationParam
    """A length of time: a count of intervals."""
    timestamp: int
    """The moment, a Unix timestamp in seconds, when `type` is `timestamp`."""
    type: Required[Literal["duration", "now", "timestamp"]]
    """Whether the subscription resumes now, at a given `timestamp` or after a `duration`."""


class InvoiceCreatePreviewSettingsParam(TypedDict, total=False):
    billing_cycle_anchor: Literal["resume_at", "unchanged"]
    """Whether the billing cycle restarts at the resumption or keeps its anchor."""
    payment_behavior: Literal["resume_on_payment_attempt", "resume_on_payment_success"]
    """Whether the subscription resumes on the payment attempt or only once the payment succeeds."""
    proration_behavior: Literal["always_invoice", "create_prorations", "none"]
    """How changes are prorated: prorations created, created and invoiced at once (always_invoice), or none."""


class ResumeParam(TypedDict, total=False):
    resume_at: ResumeAtParam
    """When the subscription resumes."""
    settings: InvoiceCreatePreviewSettingsParam
    """How billing restarts when the subscription resumes."""


class PauseScheduleParam(TypedDict, total=False):
    key: str
    """Your own key naming the planned pause."""
    pause: PauseParam
    """When the subscription pauses and how."""
    resume: ResumeParam | Literal[""]
    """When and how the subscription resumes; an empty string removes it."""


class EndParam(TypedDict, total=False):
    timestamp: int
    """The moment, a Unix timestamp in seconds, when `type` is `timestamp`."""
    type: Required[Literal["min_item_period_end", "phase_end", "timestamp"]]
    """What the end is: a given `timestamp`, or the end of the items' or phase's period."""


class StartParam(TypedDict, total=False):
    timestamp: int
    """The moment, a Unix timestamp in seconds, when `type` is `timestamp`."""
    type: Required[Literal["max_item_period_start", "phase_start", "timestamp"]]
    """What the start is: a given `timestamp`, now, or the start of the items' or phase's period."""


class InvoiceCreatePreviewPeriodParam(TypedDict, total=False):
    end: Required[EndParam]
    """When the item's service period ends."""
    start: Required[StartParam]
    """When the item's service period starts."""


class AddInvoiceItemParam(TypedDict, total=False):
    discountable: bool
    """Whether discounts of the invoice or subscription apply to this item."""
    discounts: list[DiscountsDataParam]
    """Discounts to apply, each a coupon, an existing discount or a promotion code."""
    metadata: Mapping[str, str]
    """Your own key-value pairs to store on this object."""
    period: InvoiceCreatePreviewPeriodParam
    """Service period of the one-off item; by default the first period of the subscription."""
    price: str
    """Id of the price to use."""
    price_data: PriceDataParam
    """A price given inline, created for this use only, instead of a `price` id."""
    quantity: int
    """Number of units."""
    tax_rates: list[str] | Literal[""]
    """Ids of the tax rates to apply; an empty string removes them."""


class BillingThresholdsParam(TypedDict, total=False):
    amount_gte: int
    """Amount due, in the smallest currency unit, at which an invoice is made early."""
    reset_billing_cycle_anchor: bool
    """Whether an early invoice starts a new billing cycle."""


class InvoiceCreatePreviewBillingThresholdsParam(TypedDict, total=False):
    usage_gte: Required[int]
    """Usage quantity of the item at which an invoice is made early."""


class ItemPriceData(TypedDict, total=False):
    currency: Required[str]
    """Three-letter ISO code of the price's currency, in lowercase."""
    product: Required[str]
    """Id of the product the inline price is for."""
    recurring: Required[DurationParam]
    """How often the inline price bills."""
    tax_behavior: Literal["exclusive", "inclusive", "unspecified"]
    """Whether the amount includes tax (inclusive), excludes it (exclusive) or leaves it unspecified."""
    unit_amount: int
    """Price of one unit in the smallest currency unit (cents for USD)."""
    unit_amount_decimal: Decimal | str
    """Price of one unit in the smallest currency unit as a decimal string with up to 12 places, instead of `unit_amount`."""


class ItemParam(TypedDict, total=False):
    billing_thresholds: InvoiceCreatePreviewBillingThresholdsParam | Literal[""]
    """Usage thresholds that make an early invoice for the item; an empty string removes them."""
    discounts: list[DiscountsDataParam] | Literal[""]
    """Discounts to apply, each a coupon, an existing discount or a promotion code."""
    metadata: Mapping[str, str]
    """Your own key-value pairs to store on this object."""
    plan: str
    """Id of a plan, the older form of a price; `price` is preferred."""
    price: str
    """Id of the price to use."""
    price_data: ItemPriceData
    """A price given inline, created for this use only, instead of a `price` id."""
    quantity: int
    """Number of units."""
    tax_rates: list[str] | Literal[""]
    """Ids of the tax rates to apply; an empty string removes them."""


class TransferDataParam(TypedDict, total=False):
    amount_percent: float
    """Percentage of the invoice amount transferred to the destination account."""
    destination: Required[str]
    """Id of the connected account the funds are transferred to."""


class AppliesToParam(TypedDict, total=False):
    price: str
    """Id of a price the billing schedule applies to."""
    type: Required[Literal["price"]]
    """Kind of object the schedule applies to; only `price`."""


class BillUntilParam(TypedDict, total=False):
    duration: DurationParam
    """A length of time: a count of intervals."""
    timestamp: int
    """The moment, a Unix timestamp in seconds, when `type` is `timestamp`."""
    type: Required[Literal["duration", "timestamp"]]
    """Whether `bill_until` is a `timestamp` or a `duration`."""


class BillingScheduleParam(TypedDict, total=False):
    applies_to: list[AppliesToParam]
    """What the billing schedule covers: the prices it applies to."""
    bill_until: BillUntilParam
    """How far ahead the schedule bills: until a timestamp or for a duration."""
    key: str
    """Your own key naming the billing schedule within the subscription."""


class CurrentTrialParam(TypedDict, total=False):
    trial_offer: Required[str]
    """Id of the trial offer to apply to the item."""


class Item(TypedDict, total=False):
    billing_thresholds: InvoiceCreatePreviewBillingThresholdsParam | Literal[""]
    """Usage thresholds that make an early invoice for the item; an empty string removes them."""
    clear_usage: bool
    """Whether usage recorded for a deleted item is cleared instead of billed."""
    current_trial: CurrentTrialParam
    """Trial applied to this item alone."""
    deleted: bool
    """Whether to remove the item given by `id` from the subscription."""
    discounts: list[DiscountsDataParam] | Literal[""]
    """Discounts to apply, each a coupon, an existing discount or a promotion code."""
    id: str
    """Id of the subscription item to change; leave out to add a new item."""
    metadata: Mapping[str, str] | Literal[""]
    """Your own key-value pairs to store on this object."""
    plan: str
    """Id of a plan, the older form of a price; `price` is preferred."""
    price: str
    """Id of the price to use."""
    price_data: ItemPriceData
    """A price given inline, created for this use only, instead of a `price` id."""
    quantity: int
    """Number of units."""
    tax_rates: list[str] | Literal[""]
    """Ids of the tax rates to apply; an empty string removes them."""


class InvoiceCreatePreviewOutstandingUsageThroughParam(TypedDict, total=False):
    type: Required[Literal["none", "now"]]
    """Up to when outstanding usage is billed: not at all, or up to the pause."""


class InvoiceCreatePreviewUnusedTimeFromParam(TypedDict, total=False):
    type: Required[Literal["item_current_period_start", "none", "now"]]
    """From when unused time is credited: not at all, from the pause, or from the item's period start."""


class InvoiceCreatePreviewBillForParam(TypedDict, total=False):
    outstanding_usage_through: InvoiceCreatePreviewOutstandingUsageThroughParam
    """Up to when usage recorded before the pause is billed."""
    unused_time_from: InvoiceCreatePreviewUnusedTimeFromParam
    """From when unused time of the period is credited."""


class TaxDetailsParam(TypedDict, total=False):
    performance_location: str
    """Id of the place the service is performed, for taxes that depend on it."""
    tax_code: str | Literal[""]
    """Tax code of the product; an empty string removes it."""


class PricingParam(TypedDict, total=False):
    price: str
    """Id of the price the line uses."""


class AutomaticTax(TypedDict, total=False):
    enabled: Required[bool]
    """Whether it is turned on."""


class PaymentSettingsPaymentMethodOptionsBlikMandateOptions(TypedDict, total=False):
    expires_at: int
    """When it expires, as a Unix timestamp in seconds."""


class DefaultPriceDataCurrencyOptionsCustomUnitAmount(TypedDict, total=False):
    enabled: Required[bool]
    """Whether the customer chooses the amount to pay (as for a donation)."""
    maximum: int
    """Largest amount the customer may choose, in the smallest currency unit."""
    minimum: int
    """Smallest amount the customer may choose, in the smallest currency unit."""
    preset: int
    """Amount suggested to the customer, in the smallest currency unit."""


class DefaultPriceDataCurrencyOptionsTier(TypedDict, total=False):
    flat_amount: int
    """Flat amount charged once for the tier, in the smallest currency unit."""
    flat_amount_decimal: Decimal | str
    """Flat amount of the tier as a decimal string, instead of `flat_amount`."""
    unit_amount: int
    """Price of one unit in the smallest currency unit (cents for USD)."""
    unit_amount_decimal: Decimal | str
    """Price of one unit in the smallest currency unit as a decimal string with up to 12 places, instead of `unit_amount`."""
    up_to: Required[int | Literal["inf"]]
    """Upper bound of units in the tier, or `inf` for the last tier."""


class DefaultPriceDataCurrencyOptions(TypedDict, total=False):
    custom_unit_amount: DefaultPriceDataCurrencyOptionsCustomUnitAmount
    """Lets the customer choose the amount paid in this currency."""
    tax_behavior: Literal["exclusive", "inclusive", "unspecified"]
    """Whether the amount includes tax (inclusive), excludes it (exclusive) or leaves it unspecified."""
    tiers: list[DefaultPriceDataCurrencyOptionsTier]
    """Pricing tiers in this currency."""
    unit_amount: int
    """Price of one unit in the smallest currency unit (cents for USD)."""
    unit_amount_decimal: Decimal | str
    """Price of one unit in the smallest currency unit as a decimal string with up to 12 places, instead of `unit_amount`."""


class ExpandParams(TypedDict, total=False):
    """Parameters: `expand` only. A shape 32 operations share: their own names (such as
    `InvoiceRetrieveParams`) are aliases of this class, and each method's docstring says what
    the parameters mean for it."""

    expand: list[str]
    """Dotted paths of fields to return as full objects instead of ids."""


class NoParams(TypedDict, total=False):
    """No parameters. A shape 9 operations share: their own names (such as `InvoiceDeleteParams`)
    are aliases of this class, and each method's docstring says what the parameters mean for it."""

    pass


class ListParams(TypedDict, total=False):
    """Parameters: `ending_before`, `expand`, `limit` and `starting_after`. A shape 6 operations
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


document_keys(__name__)

__all__ = [
    "AddInvoiceItemParam",
    "AppliesToParam",
    "AutomaticTax",
    "AutomaticTaxParam",
    "BankTransferParam",
    "BillForParam",
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
    "DiscountsDataParam",
    "DurationParam",
    "EndParam",
    "EuBankTransferParam",
    "ExpandParams",
    "FiltersParam",
    "FinancialConnectionsParam",
    "FlexibleParam",
    "InvoiceCreatePreviewBillForParam",
    "InvoiceCreatePreviewBillingThresholdsParam",
    "InvoiceCreatePreviewOutstandingUsageThroughParam",
    "InvoiceCreatePreviewPeriodParam",
    "InvoiceCreatePreviewSettingsParam",
    "InvoiceCreatePreviewUnusedTimeFromParam",
    "InvoicePaymentMethodOptionsParam",
    "Item",
    "ItemParam",
    "ItemPriceData",
    "LiabilityParam",
    "ListParams",
    "MandateOptionsParam",
    "NoParams",
    "OutstandingUsageThroughParam",
    "PauseAtParam",
    "PauseParam",
    "PauseScheduleParam",
    "PaymentSettingsPaymentMethodOptionsBancontact",
    "PaymentSettingsPaymentMethodOptionsBlikMandateOptions",
    "PaymentSettingsPaymentMethodOptionsPaytoMandateOptions",
    "PaymentSettingsPaymentMethodOptionsUpiMandateOptions",
    "PaymentSettingsPaymentMethodOptionsUsBankAccount",
    "PaytoParam",
    "PeriodParam",
    "PriceDataParam",
    "PricingParam",
    "RangeQuerySpecs",
    "RegisteredAddressParam",
    "ResumeAtParam",
    "ResumeParam",
    "SettingsParam",
    "ShippingParam",
    "StartParam",
    "TaxDetailsParam",
    "TaxIdParam",
    "TransferDataParam",
    "UnusedTimeFromParam",
    "UpiParam",
]
