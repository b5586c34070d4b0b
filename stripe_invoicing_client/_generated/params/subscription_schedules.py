"""Request parameters of subscription_schedules, as TypedDicts (generated; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypedDict

from ..._core.key_docs import document_keys

if TYPE_CHECKING:
    from collections.abc import Mapping

    from typing_extensions import Required

    from ._shared import (
        AddInvoiceItemParam,
        AutomaticTaxParam,
        BillingModeParam,
        BillingThresholdsParam,
        CustomFieldParams,
        DiscountsDataParam,
        DurationParam,
        InvoiceCreatePreviewSettingsParam,
        ItemParam,
        LiabilityParam,
        PauseAtParam,
        PauseScheduleParam,
        RangeQuerySpecs,
        ResumeAtParam,
        SettingsParam,
        TransferDataParam,
    )

from ._shared import ExpandParams


class DefaultSettingsInvoiceSettings(TypedDict, total=False):
    account_tax_ids: list[str] | Literal[""]
    """Ids of your account's tax ids shown on the invoices; an empty string removes them."""
    custom_fields: list[CustomFieldParams] | Literal[""]
    """Up to 4 label and value pairs shown on the invoices; an empty string removes them."""
    days_until_due: int
    """Days after the invoice is finalized until it is due, for invoices sent to the customer."""
    description: str | Literal[""]
    """Description put on each invoice; an empty string removes it."""
    footer: str | Literal[""]
    """Footer text shown on the invoices; an empty string removes it."""
    issuer: LiabilityParam
    """Account that issues the invoices: your own or a connected account."""


class DefaultSettings(TypedDict, total=False):
    application_fee_percent: float
    """Percentage of each invoice the platform's application takes."""
    automatic_tax: AutomaticTaxParam
    """Whether Stripe Tax computes the taxes of each phase's invoices."""
    billing_cycle_anchor: Literal["automatic", "phase_start"]
    """Whether a phase keeps the billing cycle or restarts it at its start."""
    billing_thresholds: BillingThresholdsParam | Literal[""]
    """Amount or usage that makes an invoice before the period ends."""
    collection_method: Literal["charge_automatically", "send_invoice"]
    """How each phase's invoices are paid, charged or sent."""
    default_payment_method: str
    """Id of the payment method the phases charge by default."""
    description: str | Literal[""]
    """Text for the subscription during the phases, shown to the customer."""
    invoice_settings: DefaultSettingsInvoiceSettings
    """Settings of the invoices the phases make."""
    on_behalf_of: str | Literal[""]
    """Id of the connected account the phases bill for."""
    transfer_data: TransferDataParam | Literal[""]
    """Where the funds of each phase's invoices go, for Connect."""


class PauseSchedulePause(TypedDict, total=False):
    pause_at: Required[PauseAtParam]
    """When the pause starts."""
    settings: SettingsParam
    """How the subscription is billed while paused."""


class PauseScheduleResume(TypedDict, total=False):
    resume_at: Required[ResumeAtParam]
    """When the subscription resumes."""
    settings: InvoiceCreatePreviewSettingsParam
    """How billing restarts when the subscription resumes."""


class PauseSchedule(TypedDict, total=False):
    key: str
    """Your own key naming the planned pause."""
    pause: PauseSchedulePause
    """When the subscription pauses and how."""
    resume: PauseScheduleResume
    """When and how the subscription resumes; an empty string removes it."""


class Phase(TypedDict, total=False):
    add_invoice_items: list[AddInvoiceItemParam]
    """One-off items added to the first invoice of the phase."""
    application_fee_percent: float
    """Percentage of each invoice's total sent to your platform account as an application fee."""
    automatic_tax: AutomaticTaxParam
    """Automatic tax settings of the phase."""
    billing_cycle_anchor: Literal["automatic", "phase_start"]
    """Whether the phase keeps the billing cycle anchor (automatic) or resets it at its start."""
    billing_thresholds: BillingThresholdsParam | Literal[""]
    """Amount thresholds that make an early invoice during the phase; an empty string removes them."""
    collection_method: Literal["charge_automatically", "send_invoice"]
    """How the phase's invoices are paid: charged automatically or sent to the customer."""
    currency: str
    """Three-letter ISO code of the phase's currency, in lowercase."""
    default_payment_method: str
    """Id of the payment method the phase's invoices are charged to."""
    default_tax_rates: list[str] | Literal[""]
    """Ids of the tax rates applied to items without their own; an empty string removes them."""
    description: str | Literal[""]
    """Description of the subscription during the phase; an empty string removes it."""
    discounts: list[DiscountsDataParam] | Literal[""]
    """Discounts to apply, each a coupon, an existing discount or a promotion code."""
    duration: DurationParam
    """Length of the phase, instead of an `end_date`."""
    end_date: int
    """End of the phase, a Unix timestamp in seconds, or `now`."""
    invoice_settings: DefaultSettingsInvoiceSettings
    """Settings of the invoices made during the phase."""
    items: Required[list[ItemParam]]
    """Items of the subscription during the phase."""
    metadata: Mapping[str, str]
    """Your own key-value pairs to store on this object."""
    on_behalf_of: str
    """Id of the connected account the charges are made for."""
    proration_behavior: Literal["always_invoice", "create_prorations", "none"]
    """How changes are prorated: prorations created, created and invoiced at once (always_invoice), or none."""
    transfer_data: TransferDataParam
    """Where the funds of the phase's invoices are transferred to."""
    trial: bool
    """Whether the phase is a trial."""
    trial_end: int
    """End of the trial during the phase, a Unix timestamp in seconds, or `now`."""


class PhasesParam(TypedDict, total=False):
    add_invoice_items: list[AddInvoiceItemParam]
    """One-off items added to the first invoice of the phase."""
    application_fee_percent: float
    """Percentage of each invoice's total sent to your platform account as an application fee."""
    automatic_tax: AutomaticTaxParam
    """Automatic tax settings of the phase."""
    billing_cycle_anchor: Literal["automatic", "phase_start"]
    """Whether the phase keeps the billing cycle anchor (automatic) or resets it at its start."""
    billing_thresholds: BillingThresholdsParam | Literal[""]
    """Amount thresholds that make an early invoice during the phase; an empty string removes them."""
    collection_method: Literal["charge_automatically", "send_invoice"]
    """How the phase's invoices are paid: charged automatically or sent to the customer."""
    currency: str
    """Three-letter ISO code of the phase's currency, in lowercase."""
    default_payment_method: str
    """Id of the payment method the phase's invoices are charged to."""
    default_tax_rates: list[str] | Literal[""]
    """Ids of the tax rates applied to items without their own; an empty string removes them."""
    description: str | Literal[""]
    """Description of the subscription during the phase; an empty string removes it."""
    discounts: list[DiscountsDataParam] | Literal[""]
    """Discounts to apply, each a coupon, an existing discount or a promotion code."""
    duration: DurationParam
    """Length of the phase, instead of an `end_date`."""
    end_date: int | Literal["now"]
    """End of the phase, a Unix timestamp in seconds, or `now`."""
    invoice_settings: DefaultSettingsInvoiceSettings
    """Settings of the invoices made during the phase."""
    items: Required[list[ItemParam]]
    """Items of the subscription during the phase."""
    metadata: Mapping[str, str]
    """Your own key-value pairs to store on this object."""
    on_behalf_of: str
    """Id of the connected account the charges are made for."""
    proration_behavior: Literal["always_invoice", "create_prorations", "none"]
    """How changes are prorated: prorations created, created and invoiced at once (always_invoice), or none."""
    start_date: int | Literal["now"]
    """Start of the phase, a Unix timestamp in seconds, or `now`."""
    transfer_data: TransferDataParam
    """Where the funds of the phase's invoices are transferred to."""
    trial: bool
    """Whether the phase is a trial."""
    trial_end: int | Literal["now"]
    """End of the trial during the phase, a Unix timestamp in seconds, or `now`."""


class SubscriptionScheduleListParams(TypedDict, total=False):
    """Parameters of `subscription_schedules.list` (GetSubscriptionSchedules)."""

    canceled_at: RangeQuerySpecs | int
    """Only schedules canceled at this Unix timestamp, or within a range."""
    completed_at: RangeQuerySpecs | int
    """Only schedules completed at this Unix timestamp, or within a range."""
    created: RangeQuerySpecs | int
    """Only objects created at this Unix timestamp in seconds, or within a range given as gt, gte, lt and lte bounds."""
    customer: str
    """Only schedules of this customer id."""
    customer_account: str
    """Only schedules of this account, as a customer."""
    ending_before: str
    """Object id to page backwards from: the page ends with the object listed right before it."""
    expand: list[str]
    """Dotted paths of fields to return as full objects instead of ids."""
    limit: int
    """How many objects to return on one page, from 1 to 100; 10 when omitted."""
    released_at: RangeQuerySpecs | int
    """Only schedules released at this Unix timestamp, or within a range."""
    scheduled: bool
    """Only schedules that have not started yet (true)."""
    starting_after: str
    """Object id to page forwards from: the page begins with the object listed right after it."""


class SubscriptionScheduleCreateParams(TypedDict, total=False):
    """Parameters of `subscription_schedules.create` (PostSubscriptionSchedules)."""

    billing_mode: BillingModeParam
    """How the subscription's periods and prorations are computed."""
    customer: str
    """Id of the customer to make the subscription for."""
    customer_account: str
    """Id of the account, as a customer, to make the subscription for."""
    default_settings: DefaultSettings
    """Settings each phase takes unless it sets its own."""
    end_behavior: Literal["cancel", "none", "release", "renew"]
    """What happens to the subscription after the last phase: release it or cancel it."""
    expand: list[str]
    """Dotted paths of fields to return as full objects instead of ids."""
    from_subscription: str
    """Id of an existing subscription the schedule takes over."""
    metadata: Mapping[str, str] | Literal[""]
    """Key-value pairs to store with the object; an empty value removes a key."""
    pause_schedules: list[PauseSchedule]
    """The pauses to plan for the subscription."""
    phases: list[Phase]
    """The schedule's phases in order, each with its items and dates."""
    start_date: int | Literal["now"]
    """When the first phase starts: a Unix timestamp, or `now`."""


class SubscriptionScheduleUpdateParams(TypedDict, total=False):
    """Parameters of `subscription_schedules.update` (PostSubscriptionSchedulesSchedule)."""

    default_settings: DefaultSettings
    """Settings each phase takes unless it sets its own."""
    end_behavior: Literal["cancel", "none", "release", "renew"]
    """What happens to the subscription after the last phase: release it or cancel it."""
    expand: list[str]
    """Dotted paths of fields to return as full objects instead of ids."""
    metadata: Mapping[str, str] | Literal[""]
    """Key-value pairs to store with the object; an empty value removes a key."""
    pause_schedules: list[PauseScheduleParam] | Literal[""]
    """The pauses to plan for the subscription."""
    phases: list[PhasesParam]
    """The schedule's phases in order, each with its items and dates."""
    proration_behavior: Literal["always_invoice", "create_prorations", "none"]
    """Whether changing the current phase prorates the subscription."""


class SubscriptionScheduleCancelParams(TypedDict, total=False):
    """Parameters of `subscription_schedules.cancel` (PostSubscriptionSchedulesScheduleCancel)."""

    expand: list[str]
    """Dotted paths of fields to return as full objects instead of ids."""
    invoice_now: bool
    """Whether to invoice pending usage and proration now."""
    prorate: bool
    """Whether to credit the unused time of the current period."""


class SubscriptionScheduleReleaseParams(TypedDict, total=False):
    """Parameters of `subscription_schedules.release` (PostSubscriptionSchedulesScheduleRelease)."""

    expand: list[str]
    """Dotted paths of fields to return as full objects instead of ids."""
    preserve_cancel_date: bool
    """Whether the subscription keeps a cancellation date the schedule set."""


# Operations whose parameters have the shape of another's.
SubscriptionScheduleRetrieveParams = ExpandParams

document_keys(__name__)

__all__ = [
    "DefaultSettings",
    "DefaultSettingsInvoiceSettings",
    "PauseSchedule",
    "PauseSchedulePause",
    "PauseScheduleResume",
    "Phase",
    "PhasesParam",
    "SubscriptionScheduleCancelParams",
    "SubscriptionScheduleCreateParams",
    "SubscriptionScheduleListParams",
    "SubscriptionScheduleReleaseParams",
    "SubscriptionScheduleRetrieveParams",
    "SubscriptionScheduleUpdateParams",
]
