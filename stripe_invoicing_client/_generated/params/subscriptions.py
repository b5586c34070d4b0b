"""Request parameters of subscriptions, as TypedDicts (generated; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, TypedDict

from ..._core.key_docs import document_keys
from ..enums import CardNetwork, PaymentMethodType

if TYPE_CHECKING:
    from collections.abc import Mapping

    from typing_extensions import Required

    from ..._core.search_query import SearchQuery
    from ..search import SubscriptionSearch
    from ._shared import (
        AppliesToParam,
        AutomaticTax,
        AutomaticTaxParam,
        BillingModeParam,
        BillingScheduleParam,
        BillingThresholdsParam,
        BillUntilParam,
        CompanyDetailsParam,
        CurrentTrialParam,
        CustomerBalanceParam,
        CustomFieldParams,
        DiscountsDataParam,
        DurationParam,
        FlexibleParam,
        InvoiceCreatePreviewBillForParam,
        InvoiceCreatePreviewBillingThresholdsParam,
        InvoicePaymentMethodOptionsParam,
        Item,
        ItemPriceData,
        LiabilityParam,
        PaymentSettingsPaymentMethodOptionsBancontact,
        PaymentSettingsPaymentMethodOptionsBlikMandateOptions,
        PaymentSettingsPaymentMethodOptionsUsBankAccount,
        PaytoParam,
        PriceDataParam,
        RangeQuerySpecs,
        TransferDataParam,
        UpiParam,
    )

from ._shared import ExpandParams, NoParams


class AddInvoiceItemPeriodEnd(TypedDict, total=False):
    timestamp: int
    """The moment, a Unix timestamp in seconds, when `type` is `timestamp`."""
    type: Required[Literal["min_item_period_end", "timestamp"]]
    """What the end is: a given `timestamp`, or the end of the items' or phase's period."""


class AddInvoiceItemPeriodStart(TypedDict, total=False):
    timestamp: int
    """The moment, a Unix timestamp in seconds, when `type` is `timestamp`."""
    type: Required[Literal["max_item_period_start", "now", "timestamp"]]
    """What the start is: a given `timestamp`, now, or the start of the items' or phase's period."""


class AddInvoiceItemPeriod(TypedDict, total=False):
    end: Required[AddInvoiceItemPeriodEnd]
    """When the item's service period ends."""
    start: Required[AddInvoiceItemPeriodStart]
    """When the item's service period starts."""


class AddInvoiceItem(TypedDict, total=False):
    discountable: bool
    """Whether discounts of the invoice or subscription apply to this item."""
    discounts: list[DiscountsDataParam]
    """Discounts to apply, each a coupon, an existing discount or a promotion code."""
    metadata: Mapping[str, str]
    """Your own key-value pairs to store on this object."""
    period: AddInvoiceItemPeriod
    """Service period of the one-off item; by default the first period of the subscription."""
    price: str
    """Id of the price to use."""
    price_data: PriceDataParam
    """A price given inline, created for this use only, instead of a `price` id."""
    quantity: int
    """Number of units."""
    tax_rates: list[str] | Literal[""]
    """Ids of the tax rates to apply; an empty string removes them."""


class BillingCycleAnchorConfig(TypedDict, total=False):
    day_of_month: Required[int]
    """Day of the month the billing cycle anchors to, 1 to 31 (the last day in shorter months)."""
    hour: int
    """Hour of the day of the anchor, 0 to 23."""
    minute: int
    """Minute of the hour of the anchor, 0 to 59."""
    month: int
    """Month of the year of the anchor, 1 to 12, for yearly prices."""
    second: int
    """Second of the minute of the anchor, 0 to 59."""


class BillingSchedule(TypedDict, total=False):
    applies_to: list[AppliesToParam]
    """What the billing schedule covers: the prices it applies to."""
    bill_until: Required[BillUntilParam]
    """How far ahead the schedule bills: until a timestamp or for a duration."""
    key: str
    """Your own key naming the billing schedule within the subscription."""


class InvoiceSettings(TypedDict, total=False):
    account_tax_ids: list[str] | Literal[""]
    """Ids of your account's tax ids shown on the invoices; an empty string removes them."""
    custom_fields: list[CustomFieldParams] | Literal[""]
    """Up to 4 label and value pairs shown on the invoices; an empty string removes them."""
    description: str
    """Description put on each invoice; an empty string removes it."""
    footer: str
    """Footer text shown on the invoices; an empty string removes it."""
    issuer: LiabilityParam
    """Account that issues the invoices: your own or a connected account."""


class ItemsParam(TypedDict, total=False):
    billing_thresholds: InvoiceCreatePreviewBillingThresholdsParam | Literal[""]
    """Usage thresholds that make an early invoice for the item; an empty string removes them."""
    current_trial: CurrentTrialParam
    """Trial applied to this item alone."""
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


class PaymentSettingsPaymentMethodOptionsBillie(TypedDict, total=False):
    company_details: CompanyDetailsParam | Literal[""]
    """Details of the business customer, for Billie; an empty string removes them."""


class PaymentSettingsPaymentMethodOptionsBlik(TypedDict, total=False):
    mandate_options: PaymentSettingsPaymentMethodOptionsBlikMandateOptions
    """Settings of the mandate the customer agrees to for this payment method."""


class PaymentSettingsPaymentMethodOptionsCardMandateOptions(TypedDict, total=False):
    amount: int
    """Amount of the mandate, in the smallest currency unit."""
    amount_type: Literal["fixed", "maximum"]
    """Whether the mandate amount is the exact amount (fixed) or a cap (maximum)."""
    description: str
    """Description of the mandate shown to the customer."""


class PaymentSettingsPaymentMethodOptionsCard(TypedDict, total=False):
    mandate_options: PaymentSettingsPaymentMethodOptionsCardMandateOptions
    """Settings of the card mandate, where the card network requires one."""
    network: CardNetwork
    """Card network to route the payment through, when the card has several."""
    request_three_d_secure: Literal["any", "automatic", "challenge"]
    """When to ask for 3D Secure: automatic, on any eligible card, or as a challenge."""


class PaymentSettingsPaymentMethodOptionsPixMandateOptions(TypedDict, total=False):
    amount: int
    """Amount of the mandate, in the smallest currency unit."""
    amount_includes_iof: Literal["always", "never"]
    """Whether the mandate amount includes the Brazilian IOF tax."""
    end_date: str
    """Date the mandate ends."""
    payment_schedule: Literal["halfyearly", "monthly", "quarterly", "weekly", "yearly"]
    """How often payments are taken under the mandate."""


class PaymentSettingsPaymentMethodOptionsPix(TypedDict, total=False):
    expires_after_seconds: int
    """Seconds a Pix payment code stays valid."""
    mandate_options: PaymentSettingsPaymentMethodOptionsPixMandateOptions
    """Settings of the Pix automatic payments mandate."""


class PaymentSettingsPaymentMethodOptions(TypedDict, total=False):
    acss_debit: InvoicePaymentMethodOptionsParam | Literal[""]
    """Options for Canadian pre-authorized debits; an empty string removes them."""
    bancontact: PaymentSettingsPaymentMethodOptionsBancontact | Literal[""]
    """Options for Bancontact; an empty string removes them."""
    billie: PaymentSettingsPaymentMethodOptionsBillie | Literal[""]
    """Options for Billie; an empty string removes them."""
    blik: PaymentSettingsPaymentMethodOptionsBlik | Literal[""]
    """Options for BLIK; an empty string removes them."""
    card: PaymentSettingsPaymentMethodOptionsCard | Literal[""]
    """Options for card payments; an empty string removes them."""
    customer_balance: CustomerBalanceParam | Literal[""]
    """Options for paying from the customer's cash balance; an empty string removes them."""
    konbini: Mapping[str, Any] | Literal[""]
    """Options for Konbini; an empty string removes them."""
    payto: PaytoParam | Literal[""]
    """Options for PayTo; an empty string removes them."""
    pix: PaymentSettingsPaymentMethodOptionsPix | Literal[""]
    """Options for Pix; an empty string removes them."""
    sepa_debit: Mapping[str, Any] | Literal[""]
    """Options for SEPA Direct Debit; an empty string removes them."""
    upi: UpiParam | Literal[""]
    """Options for UPI; an empty string removes them."""
    us_bank_account: PaymentSettingsPaymentMethodOptionsUsBankAccount | Literal[""]
    """Options for US bank account debits; an empty string removes them."""


class PaymentSettingsParam(TypedDict, total=False):
    payment_method_options: PaymentSettingsPaymentMethodOptions
    """Settings for each payment method type that pays the invoices."""
    payment_method_types: list[PaymentMethodType] | Literal[""]
    """Payment method types the customer may pay with; when omitted, your Dashboard settings decide."""
    save_default_payment_method: Literal["off", "on_subscription"]
    """Whether the payment method of the first payment becomes the subscription's default."""


class TrialSettingsEndBehavior(TypedDict, total=False):
    billing_cycle_anchor: Literal["now", "unchanged"]
    """Whether the billing cycle starts again when the trial ends (now) or keeps its anchor."""
    missing_payment_method: Literal["cancel", "create_invoice", "pause"]
    """What happens when the trial ends and the customer has no payment method: cancel, pause or invoice."""


class TrialSettings(TypedDict, total=False):
    end_behavior: Required[TrialSettingsEndBehavior]
    """What happens when the trial ends."""


class BillingCycleAnchor(TypedDict, total=False):
    type: Required[Literal["now", "unchanged"]]
    """Where the billing cycle anchor goes: now, unchanged, or a given `timestamp`."""


class CancellationDetails(TypedDict, total=False):
    comment: str | Literal[""]
    """Free-text comment on why the subscription was cancelled; an empty string removes it."""
    feedback: (
        Literal[
            "customer_service",
            "low_quality",
            "missing_features",
            "other",
            "switched_service",
            "too_complex",
            "too_expensive",
            "unused",
        ]
        | Literal[""]
    )
    """The customer's reason for cancelling, from a fixed list."""
    feedback_option: str
    """The customer's reason for cancelling, as a free-form option key."""


class SubscriptionUpdateInvoiceSettingsParam(TypedDict, total=False):
    account_tax_ids: list[str] | Literal[""]
    """Ids of your account's tax ids shown on the invoices; an empty string removes them."""
    custom_fields: list[CustomFieldParams] | Literal[""]
    """Up to 4 label and value pairs shown on the invoices; an empty string removes them."""
    description: str | Literal[""]
    """Description put on each invoice; an empty string removes it."""
    footer: str | Literal[""]
    """Footer text shown on the invoices; an empty string removes it."""
    issuer: LiabilityParam
    """Account that issues the invoices: your own or a connected account."""


class PauseCollection(TypedDict, total=False):
    behavior: Required[Literal["keep_as_draft", "mark_uncollectible", "void"]]
    """What happens to invoices while collection is paused: kept as drafts, marked uncollectible or voided."""
    resumes_at: int
    """When collection resumes, a Unix timestamp in seconds."""


class BillingMode(TypedDict, total=False):
    flexible: FlexibleParam
    """Settings of the flexible billing mode."""
    type: Required[Literal["flexible"]]
    """How the subscription computes prorations and invoices: classic or flexible."""


class SubscriptionListParams(TypedDict, total=False):
    """Parameters of `subscriptions.list` (GetSubscriptions)."""

    automatic_tax: AutomaticTax
    """Only subscriptions whose automatic tax is on (or off)."""
    collection_method: Literal["charge_automatically", "send_invoice"]
    """Only subscriptions collected this way."""
    created: RangeQuerySpecs | int
    """Unix timestamp in seconds when the object was created."""
    current_period_end: RangeQuerySpecs | int
    """Only subscriptions whose current period ends at this time or in this range."""
    current_period_start: RangeQuerySpecs | int
    """Only subscriptions whose current period began at this time or in this range."""
    customer: str
    """Only this customer's subscriptions."""
    customer_account: str
    """Only subscriptions of the customer this Account stands for."""
    ending_before: str
    """Object id to page backwards from: the page ends with the object listed right before it."""
    expand: list[str]
    """Dotted paths of fields to return as full objects instead of ids."""
    limit: int
    """How many objects to return on one page, from 1 to 100; 10 when omitted."""
    plan: str
    """Only subscriptions that bill this legacy plan."""
    price: str
    """Only subscriptions that bill this price."""
    starting_after: str
    """Object id to page forwards from: the page begins with the object listed right after it."""
    status: Literal[
        "active",
        "all",
        "canceled",
        "ended",
        "incomplete",
        "incomplete_expired",
        "past_due",
        "paused",
        "trialing",
        "unpaid",
    ]
    """Only subscriptions in this status; `all` includes canceled ones, `ended` only the canceled and the expired (`incomplete_expired`) ones."""
    test_clock: str
    """Only subscriptions whose time follows this test clock."""


class SubscriptionCreateParams(TypedDict, total=False):
    """Parameters of `subscriptions.create` (PostSubscriptions)."""

    add_invoice_items: list[AddInvoiceItem]
    """One-off prices or amounts to put on the next invoice only (at most 20)."""
    application_fee_percent: float | Literal[""]
    """Share of each invoice total, in percent, that goes to the Connect platform."""
    automatic_tax: AutomaticTaxParam
    """Whether Stripe computes tax on the subscription's invoices, and who is liable for it."""
    backdate_start_date: int
    """A past Unix timestamp to start the subscription from; the first invoice bills the time since then."""
    billing_cycle_anchor: int
    """Unix timestamp the billing periods are aligned to."""
    billing_cycle_anchor_config: BillingCycleAnchorConfig
    """Day of the month (and time of day) the billing periods are aligned to, instead of a timestamp."""
    billing_mode: BillingModeParam
    """How prorations and invoices are computed: `classic` or `flexible`."""
    billing_schedules: list[BillingSchedule]
    """Schedules that bill several service periods ahead of time."""
    billing_thresholds: BillingThresholdsParam | Literal[""]
    """Usage amount or time at which an invoice is cut before the period ends."""
    cancel_at: int | Literal["max_billed_until", "max_period_end", "min_period_end"]
    """Unix timestamp at which the subscription is set to end."""
    cancel_at_period_end: bool
    """Whether the subscription ends when the current period does."""
    collection_method: Literal["charge_automatically", "send_invoice"]
    """How the invoices are collected: `charge_automatically` or `send_invoice` (emailed, paid by the customer)."""
    currency: str
    """Three-letter lowercase ISO currency code the subscription bills in."""
    customer: str
    """Id of the customer to bill."""
    customer_account: str
    """Id of the Account object that stands for the billed customer."""
    days_until_due: int
    """Days between an invoice's finalization and its due date, for `send_invoice` collection."""
    default_payment_method: str
    """Payment method charged for the invoices, ahead of the customer's default (an id unless expanded)."""
    default_source: str
    """Legacy source charged for the invoices when there is no default payment method (an id unless expanded)."""
    default_tax_rates: list[str] | Literal[""]
    """Tax rates applied to every item without rates of its own."""
    description: str
    """Text shown to the customer, for example on the invoices."""
    discounts: list[DiscountsDataParam] | Literal[""]
    """Coupons, discounts or promotion codes that apply to the whole subscription."""
    expand: list[str]
    """Dotted paths of fields to return as full objects instead of ids."""
    invoice_settings: InvoiceSettings
    """Settings copied onto every invoice: account tax ids and the issuer."""
    items: list[ItemsParam]
    """The prices the subscription bills, each with its quantity."""
    metadata: Mapping[str, str] | Literal[""]
    """Your own key-value pairs stored on the object."""
    off_session: bool
    """Whether the customer is away while the payment is attempted."""
    on_behalf_of: str | Literal[""]
    """Connected account the charges are made on behalf of (an id unless expanded)."""
    payment_behavior: Literal[
        "allow_incomplete", "default_incomplete", "error_if_incomplete", "pending_if_incomplete"
    ]
    """What happens when the first payment needs action or fails: `allow_incomplete`, `default_incomplete`, `error_if_incomplete` or `pending_if_incomplete`."""
    payment_settings: PaymentSettingsParam
    """Payment method types and options for the subscription's invoices."""
    pending_invoice_item_interval: DurationParam | Literal[""]
    """How often pending invoice items are invoiced between periods."""
    proration_behavior: Literal["always_invoice", "create_prorations", "none"]
    """How the change is prorated: `create_prorations`, `always_invoice` or `none`."""
    transfer_data: TransferDataParam
    """Connected account that receives part of each invoice's payment."""
    trial_end: int | Literal["now"]
    """Unix timestamp when the trial ends, or `now` to end it at once."""
    trial_from_plan: bool
    """Whether the trial length comes from the price's own trial period."""
    trial_period_days: int
    """Length of the trial, in days from now."""
    trial_settings: TrialSettings
    """What happens when the trial ends without a payment method."""


class SubscriptionSearchParams(TypedDict, total=False):
    """Parameters of `subscriptions.search` (GetSubscriptionsSearch)."""

    expand: list[str]
    """Dotted paths of fields to return as full objects instead of ids."""
    limit: int
    """How many objects to return on one page, from 1 to 100; 10 when omitted."""
    page: str
    """Cursor for the next page, from a previous search result's `next_page`."""
    query: Required[str | SearchQuery[SubscriptionSearch]]
    """The search query, in Stripe's search query language, on canceled_at, created, metadata and status; or a query built with `SubscriptionSearch`."""


class SubscriptionUpdateParams(TypedDict, total=False):
    """Parameters of `subscriptions.update` (PostSubscriptionsSubscriptionExposedId)."""

    add_invoice_items: list[AddInvoiceItem]
    """One-off prices or amounts to put on the next invoice only (at most 20)."""
    application_fee_percent: float | Literal[""]
    """Share of each invoice total, in percent, that goes to the Connect platform."""
    automatic_tax: AutomaticTaxParam
    """Whether Stripe computes tax on the subscription's invoices, and who is liable for it."""
    billing_cycle_anchor: BillingCycleAnchor
    """Unix timestamp the billing periods are aligned to."""
    billing_schedules: list[BillingScheduleParam] | Literal[""]
    """Schedules that bill several service periods ahead of time."""
    billing_thresholds: BillingThresholdsParam | Literal[""]
    """Usage amount or time at which an invoice is cut before the period ends."""
    cancel_at: int | Literal["max_billed_until", "max_period_end", "min_period_end"] | Literal[""]
    """Unix timestamp at which the subscription is set to end."""
    cancel_at_period_end: bool
    """True to end the subscription when the current period does; false to keep it going."""
    cancellation_details: CancellationDetails
    """Why the subscription was canceled, with the customer's feedback and comment."""
    collection_method: Literal["charge_automatically", "send_invoice"]
    """How the invoices are collected: `charge_automatically` or `send_invoice` (emailed, paid by the customer)."""
    days_until_due: int
    """Days between an invoice's finalization and its due date, for `send_invoice` collection."""
    default_payment_method: str
    """Payment method charged for the invoices, ahead of the customer's default (an id unless expanded)."""
    default_source: str | Literal[""]
    """Legacy source charged for the invoices when there is no default payment method (an id unless expanded)."""
    default_tax_rates: list[str] | Literal[""]
    """Tax rates applied to every item without rates of its own."""
    description: str | Literal[""]
    """Text shown to the customer, for example on the invoices."""
    discounts: list[DiscountsDataParam] | Literal[""]
    """Coupons, discounts or promotion codes that apply to the whole subscription."""
    expand: list[str]
    """Dotted paths of fields to return as full objects instead of ids."""
    invoice_settings: SubscriptionUpdateInvoiceSettingsParam
    """Settings copied onto every invoice: account tax ids and the issuer."""
    items: list[Item]
    """The prices the subscription bills, each with its quantity."""
    metadata: Mapping[str, str] | Literal[""]
    """Your own key-value pairs stored on the object."""
    off_session: bool
    """Whether the customer is away while the payment is attempted."""
    on_behalf_of: str | Literal[""]
    """Connected account the charges are made on behalf of (an id unless expanded)."""
    pause_collection: PauseCollection | Literal[""]
    """While set, invoices are drafted, voided or left uncollectible as `behavior` says; an empty string resumes collection."""
    payment_behavior: Literal[
        "allow_incomplete", "default_incomplete", "error_if_incomplete", "pending_if_incomplete"
    ]
    """What happens when the first payment needs action or fails: `allow_incomplete`, `default_incomplete`, `error_if_incomplete` or `pending_if_incomplete`."""
    payment_settings: PaymentSettingsParam
    """Payment method types and options for the subscription's invoices."""
    pending_invoice_item_interval: DurationParam | Literal[""]
    """How often pending invoice items are invoiced between periods."""
    proration_behavior: Literal["always_invoice", "create_prorations", "none"]
    """How the change is prorated: `create_prorations`, `always_invoice` or `none`."""
    proration_date: int
    """Unix timestamp the proration is computed as of, instead of now."""
    transfer_data: TransferDataParam | Literal[""]
    """Connected account that receives part of each invoice's payment."""
    trial_end: int | Literal["now"]
    """Unix timestamp when the trial ends, or `now` to end it at once."""
    trial_from_plan: bool
    """Whether the trial length comes from the price's own trial period."""
    trial_settings: TrialSettings
    """What happens when the trial ends without a payment method."""


class SubscriptionCancelParams(TypedDict, total=False):
    """Parameters of `subscriptions.cancel` (DeleteSubscriptionsSubscriptionExposedId)."""

    cancellation_details: CancellationDetails
    """Why the subscription is being canceled, recorded on it."""
    expand: list[str]
    """Dotted paths of fields to return as full objects instead of ids."""
    invoice_now: bool
    """Whether a final invoice for unbilled usage and prorations is issued now."""
    prorate: bool
    """Whether the unused time of the current period is credited."""


class SubscriptionResumeParams(TypedDict, total=False):
    """Parameters of `subscriptions.resume` (PostSubscriptionsSubscriptionResume)."""

    billing_cycle_anchor: BillingCycleAnchor
    """`now` to restart the billing cycle at resumption, or `unchanged`."""
    expand: list[str]
    """Dotted paths of fields to return as full objects instead of ids."""
    payment_behavior: Literal["resume_on_payment_attempt", "resume_on_payment_success"]
    """When the paused subscription becomes active: `resume_on_payment_attempt` (the default), or `resume_on_payment_success`, only once the resumption invoice is paid."""
    proration_behavior: Literal["always_invoice", "create_prorations", "none"]
    """How the change is prorated: `create_prorations`, `always_invoice` or `none`."""
    proration_date: int
    """Unix timestamp the proration is computed as of, instead of now."""


class SubscriptionPauseParams(TypedDict, total=False):
    """Parameters of `subscriptions.pause` (PostSubscriptionsSubscriptionPause)."""

    bill_for: InvoiceCreatePreviewBillForParam
    """What to bill for when pausing: usage so far and unused time."""
    expand: list[str]
    """Dotted paths of fields to return as full objects instead of ids."""
    invoicing_behavior: Literal["invoice", "pending_invoice_item"]
    """Whether what is billed on pausing makes an invoice now or pending invoice items."""
    type: Literal["subscription"]
    """What is paused: the whole subscription."""


class SubscriptionMigrateParams(TypedDict, total=False):
    """Parameters of `subscriptions.migrate` (PostSubscriptionsSubscriptionMigrate)."""

    billing_mode: Required[BillingMode]
    """The billing mode to move to, with its settings."""
    expand: list[str]
    """Dotted paths of fields to return as full objects instead of ids."""


# Operations whose parameters have the shape of another's.
SubscriptionRetrieveParams = ExpandParams
SubscriptionDeleteDiscountParams = NoParams

document_keys(__name__)

__all__ = [
    "AddInvoiceItem",
    "AddInvoiceItemPeriod",
    "AddInvoiceItemPeriodEnd",
    "AddInvoiceItemPeriodStart",
    "BillingCycleAnchor",
    "BillingCycleAnchorConfig",
    "BillingMode",
    "BillingSchedule",
    "CancellationDetails",
    "InvoiceSettings",
    "ItemsParam",
    "PauseCollection",
    "PaymentSettingsParam",
    "PaymentSettingsPaymentMethodOptions",
    "PaymentSettingsPaymentMethodOptionsBillie",
    "PaymentSettingsPaymentMethodOptionsBlik",
    "PaymentSettingsPaymentMethodOptionsCard",
    "PaymentSettingsPaymentMethodOptionsCardMandateOptions",
    "PaymentSettingsPaymentMethodOptionsPix",
    "PaymentSettingsPaymentMethodOptionsPixMandateOptions",
    "SubscriptionCancelParams",
    "SubscriptionCreateParams",
    "SubscriptionDeleteDiscountParams",
    "SubscriptionListParams",
    "SubscriptionMigrateParams",
    "SubscriptionPauseParams",
    "SubscriptionResumeParams",
    "SubscriptionRetrieveParams",
    "SubscriptionSearchParams",
    "SubscriptionUpdateInvoiceSettingsParam",
    "SubscriptionUpdateParams",
    "TrialSettings",
    "TrialSettingsEndBehavior",
]
