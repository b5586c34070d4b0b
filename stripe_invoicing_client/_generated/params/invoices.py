"""Request parameters of invoices, as TypedDicts (generated; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, TypedDict

from ..enums import PaymentMethodType, TaxabilityReason, TaxType

if TYPE_CHECKING:
    from collections.abc import Mapping
    from decimal import Decimal

    from typing_extensions import Required

    from ._shared import (
        AutomaticTaxParam,
        BillingModeParam,
        BillingScheduleParam,
        BillingThresholdsParam,
        CompanyDetailsParam,
        CustomerBalanceParam,
        CustomFieldParams,
        DiscountsDataParam,
        DurationParam,
        InvoiceCreatePreviewBillingThresholdsParam,
        InvoicePaymentMethodOptionsParam,
        ItemParam,
        ItemPriceData,
        LiabilityParam,
        PaymentSettingsPaymentMethodOptionsBancontact,
        PaymentSettingsPaymentMethodOptionsUsBankAccount,
        PaytoParam,
        PeriodParam,
        PriceDataParam,
        PricingParam,
        RangeQuerySpecs,
        RegisteredAddressParam,
        ShippingParam,
        TaxDetailsParam,
        TaxIdParam,
        TransferDataParam,
        UpiParam,
    )

from ._shared import DeleteParams, ExpandParams, ListParams, SearchParams


class FromInvoiceParam(TypedDict, total=False):
    action: Required[Literal["revision"]]
    invoice: Required[str]


class BillieParam(TypedDict, total=False):
    company_details: CompanyDetailsParam | Literal[""]
    reference: str


class PlanParam(TypedDict, total=False):
    count: int
    interval: Literal["month"]
    type: Required[Literal["bonus", "fixed_count", "revolving"]]


class InstallmentsParam(TypedDict, total=False):
    enabled: bool
    plan: PlanParam | Literal[""]


class CardParam(TypedDict, total=False):
    installments: InstallmentsParam
    request_three_d_secure: Literal["any", "automatic", "challenge"]


class PixParam(TypedDict, total=False):
    amount_includes_iof: Literal["always", "never"]
    expires_after_seconds: int


class PaymentMethodOptions(TypedDict, total=False):
    acss_debit: InvoicePaymentMethodOptionsParam | Literal[""]
    bancontact: PaymentSettingsPaymentMethodOptionsBancontact | Literal[""]
    billie: BillieParam | Literal[""]
    blik: Mapping[str, Any] | Literal[""]
    card: CardParam | Literal[""]
    customer_balance: CustomerBalanceParam | Literal[""]
    konbini: Mapping[str, Any] | Literal[""]
    payto: PaytoParam | Literal[""]
    pix: PixParam | Literal[""]
    sepa_debit: Mapping[str, Any] | Literal[""]
    upi: UpiParam | Literal[""]
    us_bank_account: PaymentSettingsPaymentMethodOptionsUsBankAccount | Literal[""]


class PaymentSettings(TypedDict, total=False):
    default_mandate: str | Literal[""]
    payment_method_options: PaymentMethodOptions
    payment_method_types: list[PaymentMethodType] | Literal[""]


class PdfParam(TypedDict, total=False):
    page_size: Literal["a4", "auto", "letter"]


class RenderingParam(TypedDict, total=False):
    amount_tax_display: Literal["exclude_tax", "include_inclusive_tax"] | Literal[""]
    pdf: PdfParam
    template: str
    template_version: int | Literal[""]


class MaximumParam(TypedDict, total=False):
    unit: Required[Literal["business_day", "day", "hour", "month", "week"]]
    value: Required[int]


class DeliveryEstimateParam(TypedDict, total=False):
    maximum: MaximumParam
    minimum: MaximumParam


class CurrencyOptionsParam(TypedDict, total=False):
    amount: Required[int]
    tax_behavior: Literal["exclusive", "inclusive", "unspecified"]


class FixedAmountParam(TypedDict, total=False):
    amount: Required[int]
    currency: Required[str]
    currency_options: Mapping[str, CurrencyOptionsParam]


class ShippingRateDataParam(TypedDict, total=False):
    delivery_estimate: DeliveryEstimateParam
    display_name: Required[str]
    fixed_amount: FixedAmountParam
    metadata: Mapping[str, str]
    tax_behavior: Literal["exclusive", "inclusive", "unspecified"]
    tax_code: str
    type: Literal["fixed_amount"]


class ShippingCostParam(TypedDict, total=False):
    shipping_rate: str
    shipping_rate_data: ShippingRateDataParam


class ShippingDetailsParam(TypedDict, total=False):
    address: Required[RegisteredAddressParam]
    name: Required[str]
    phone: str | Literal[""]


class TransferDataSpecs(TypedDict, total=False):
    amount: int
    destination: Required[str]


class TaxParam(TypedDict, total=False):
    ip_address: str | Literal[""]


class CustomerDetailsParam(TypedDict, total=False):
    address: RegisteredAddressParam | Literal[""]
    shipping: ShippingParam | Literal[""]
    tax: TaxParam
    tax_exempt: Literal["exempt", "none", "reverse"] | Literal[""]
    tax_ids: list[TaxIdParam]


class InvoiceItemParam(TypedDict, total=False):
    amount: int
    currency: str
    description: str
    discountable: bool
    discounts: list[DiscountsDataParam] | Literal[""]
    invoiceitem: str
    metadata: Mapping[str, str] | Literal[""]
    period: PeriodParam
    price: str
    price_data: PriceDataParam
    quantity: int
    quantity_decimal: Decimal | str
    tax_behavior: Literal["exclusive", "inclusive", "unspecified"]
    tax_code: str | Literal[""]
    tax_rates: list[str] | Literal[""]
    unit_amount: int
    unit_amount_decimal: Decimal | str


class PauseAtParam(TypedDict, total=False):
    timestamp: int
    type: Required[Literal["now", "timestamp"]]


class OutstandingUsageThroughParam(TypedDict, total=False):
    type: Literal["none", "pause_at"]


class UnusedTimeFromParam(TypedDict, total=False):
    type: Literal["item_current_period_start", "none", "pause_at"]


class BillForParam(TypedDict, total=False):
    outstanding_usage_through: OutstandingUsageThroughParam
    unused_time_from: UnusedTimeFromParam


class SettingsParam(TypedDict, total=False):
    bill_for: BillForParam
    invoicing_behavior: Literal["invoice", "pending_invoice_item"]
    type: Literal["subscription"]


class PauseParam(TypedDict, total=False):
    pause_at: PauseAtParam
    settings: SettingsParam


class ResumeAtParam(TypedDict, total=False):
    duration: DurationParam
    timestamp: int
    type: Required[Literal["duration", "now", "timestamp"]]


class InvoiceCreatePreviewSettingsParam(TypedDict, total=False):
    billing_cycle_anchor: Literal["resume_at", "unchanged"]
    payment_behavior: Literal["resume_on_payment_attempt", "resume_on_payment_success"]
    proration_behavior: Literal["always_invoice", "create_prorations", "none"]


class ResumeParam(TypedDict, total=False):
    resume_at: ResumeAtParam
    settings: InvoiceCreatePreviewSettingsParam


class PauseScheduleParam(TypedDict, total=False):
    key: str
    pause: PauseParam
    resume: ResumeParam | Literal[""]


class EndParam(TypedDict, total=False):
    timestamp: int
    type: Required[Literal["min_item_period_end", "phase_end", "timestamp"]]


class StartParam(TypedDict, total=False):
    timestamp: int
    type: Required[Literal["max_item_period_start", "phase_start", "timestamp"]]


class InvoiceCreatePreviewPeriodParam(TypedDict, total=False):
    end: Required[EndParam]
    start: Required[StartParam]


class AddInvoiceItemParam(TypedDict, total=False):
    discountable: bool
    discounts: list[DiscountsDataParam]
    metadata: Mapping[str, str]
    period: InvoiceCreatePreviewPeriodParam
    price: str
    price_data: PriceDataParam
    quantity: int
    tax_rates: list[str] | Literal[""]


class InvoiceSettingsParam(TypedDict, total=False):
    account_tax_ids: list[str] | Literal[""]
    days_until_due: int
    issuer: LiabilityParam


class ItemsParam(TypedDict, total=False):
    billing_thresholds: InvoiceCreatePreviewBillingThresholdsParam | Literal[""]
    discounts: list[DiscountsDataParam] | Literal[""]
    metadata: Mapping[str, str]
    plan: str
    price: str
    price_data: ItemPriceData
    quantity: int
    tax_rates: list[str] | Literal[""]


class PhaseParam(TypedDict, total=False):
    add_invoice_items: list[AddInvoiceItemParam]
    application_fee_percent: float
    automatic_tax: AutomaticTaxParam
    billing_cycle_anchor: Literal["automatic", "phase_start"]
    billing_thresholds: BillingThresholdsParam | Literal[""]
    collection_method: Literal["charge_automatically", "send_invoice"]
    currency: str
    default_payment_method: str
    default_tax_rates: list[str] | Literal[""]
    description: str | Literal[""]
    discounts: list[DiscountsDataParam] | Literal[""]
    duration: DurationParam
    end_date: int | Literal["now"]
    invoice_settings: InvoiceSettingsParam
    items: Required[list[ItemsParam]]
    metadata: Mapping[str, str]
    on_behalf_of: str
    proration_behavior: Literal["always_invoice", "create_prorations", "none"]
    start_date: int | Literal["now"]
    transfer_data: TransferDataParam
    trial: bool
    trial_end: int | Literal["now"]


class ScheduleDetailsParam(TypedDict, total=False):
    billing_mode: BillingModeParam
    end_behavior: Literal["cancel", "release"]
    pause_schedules: list[PauseScheduleParam] | Literal[""]
    phases: list[PhaseParam]
    proration_behavior: Literal["always_invoice", "create_prorations", "none"]


class BillingCycleAnchorParam(TypedDict, total=False):
    timestamp: int
    type: Required[Literal["now", "timestamp", "unchanged"]]


class InvoiceCreatePreviewOutstandingUsageThroughParam(TypedDict, total=False):
    type: Required[Literal["none", "now"]]


class InvoiceCreatePreviewUnusedTimeFromParam(TypedDict, total=False):
    type: Required[Literal["item_current_period_start", "none", "now"]]


class InvoiceCreatePreviewBillForParam(TypedDict, total=False):
    outstanding_usage_through: InvoiceCreatePreviewOutstandingUsageThroughParam
    unused_time_from: InvoiceCreatePreviewUnusedTimeFromParam


class InvoiceCreatePreviewPauseParam(TypedDict, total=False):
    bill_for: InvoiceCreatePreviewBillForParam
    invoicing_behavior: Literal["invoice", "pending_invoice_item"]
    type: Literal["subscription"]


class SubscriptionDetailsParam(TypedDict, total=False):
    billing_cycle_anchor: BillingCycleAnchorParam
    billing_mode: BillingModeParam
    billing_schedules: list[BillingScheduleParam] | Literal[""]
    cancel_at: int | Literal["max_billed_until", "max_period_end", "min_period_end"] | Literal[""]
    cancel_at_period_end: bool
    cancel_now: bool
    default_tax_rates: list[str] | Literal[""]
    items: list[ItemParam]
    metadata: Mapping[str, str] | Literal[""]
    pause: InvoiceCreatePreviewPauseParam
    proration_behavior: Literal["always_invoice", "create_prorations", "none"]
    proration_date: int
    resume_at: Literal["now"]
    start_date: int
    trial_end: int | Literal["now"]


class ProductDataParam(TypedDict, total=False):
    description: str
    images: list[str]
    metadata: Mapping[str, str]
    name: Required[str]
    tax_code: str
    tax_details: TaxDetailsParam
    unit_label: str


class InvoiceUpdateLinePriceDataParam(TypedDict, total=False):
    currency: Required[str]
    product: str
    product_data: ProductDataParam
    tax_behavior: Literal["exclusive", "inclusive", "unspecified"]
    unit_amount: int
    unit_amount_decimal: Decimal | str


class TaxRateDataParam(TypedDict, total=False):
    country: str
    description: str
    display_name: Required[str]
    inclusive: Required[bool]
    jurisdiction: str
    jurisdiction_level: Literal["city", "country", "county", "district", "multiple", "state"]
    percentage: Required[float]
    state: str
    tax_type: TaxType


class TaxAmountParam(TypedDict, total=False):
    amount: Required[int]
    tax_rate_data: Required[TaxRateDataParam]
    taxability_reason: TaxabilityReason
    taxable_amount: Required[int]


class LineParam(TypedDict, total=False):
    amount: int
    description: str
    discountable: bool
    discounts: list[DiscountsDataParam] | Literal[""]
    invoice_item: str
    metadata: Mapping[str, str] | Literal[""]
    period: PeriodParam
    price_data: InvoiceUpdateLinePriceDataParam
    pricing: PricingParam
    quantity: int
    quantity_decimal: Decimal | str
    tax_amounts: list[TaxAmountParam] | Literal[""]
    tax_rates: list[str] | Literal[""]


class LinesParam(TypedDict, total=False):
    behavior: Required[Literal["delete", "unassign"]]
    id: Required[str]


class InvoiceUpdateLinesLinesParam(TypedDict, total=False):
    amount: int
    description: str
    discountable: bool
    discounts: list[DiscountsDataParam] | Literal[""]
    id: Required[str]
    metadata: Mapping[str, str] | Literal[""]
    period: PeriodParam
    price_data: InvoiceUpdateLinePriceDataParam
    pricing: PricingParam
    quantity: int
    quantity_decimal: Decimal | str
    tax_amounts: list[TaxAmountParam] | Literal[""]
    tax_rates: list[str] | Literal[""]


class InvoiceListParams(TypedDict, total=False):
    """Parameters of `invoices.list` (GetInvoices)."""

    collection_method: Literal["charge_automatically", "send_invoice"]
    """Only invoices with this collection method."""
    created: RangeQuerySpecs | int
    """Only objects created at this Unix timestamp in seconds, or within a range given as gt, gte, lt and lte bounds."""
    customer: str
    """Only invoices billed to this customer id."""
    customer_account: str
    """Only invoices billed to the customer that this Account id represents."""
    due_date: RangeQuerySpecs | int
    """Only invoices due at this Unix timestamp in seconds, or within a range given as gt, gte, lt and lte bounds."""
    ending_before: str
    """Object id to page backwards from: the page ends with the object listed right before it."""
    expand: list[str]
    """Dotted paths of fields to return as full objects instead of ids."""
    limit: int
    """How many objects to return on one page, from 1 to 100; 10 when omitted."""
    starting_after: str
    """Object id to page forwards from: the page begins with the object listed right after it."""
    status: Literal["draft", "open", "paid", "uncollectible", "void"]
    """Only invoices in this status."""
    subscription: str
    """Only invoices generated by this subscription."""


class InvoiceCreateParams(TypedDict, total=False):
    """Parameters of `invoices.create` (PostInvoices)."""

    account_tax_ids: list[str] | Literal[""]
    """Ids of your account's tax ids to print on the invoice; an empty string removes them."""
    application_fee_amount: int
    """Platform fee in the smallest currency unit taken from the payment of a Connect invoice."""
    auto_advance: bool
    """Whether Stripe moves the invoice forward on its own (finalizing, then charging or emailing it); when false each step needs a call."""
    automatic_tax: AutomaticTaxParam
    """Switches Stripe Tax calculation on or off for the invoice and says which account the tax is owed by."""
    automatically_finalizes_at: int
    """Unix timestamp in seconds at which Stripe is to finalize the draft invoice by itself."""
    collection_method: Literal["charge_automatically", "send_invoice"]
    """`charge_automatically` charges a stored payment method; `send_invoice` emails the invoice for the customer to pay."""
    currency: str
    """Three-letter lowercase ISO currency code of the invoice; the customer's currency when omitted."""
    custom_fields: list[CustomFieldParams] | Literal[""]
    """Name and value pairs (at most four) printed in the invoice header; an empty string removes them."""
    customer: str
    """Id of the customer who is billed."""
    customer_account: str
    """Id of the Account object that represents the billed customer, used instead of `customer`."""
    days_until_due: int
    """Number of days after finalization before payment is due; only with `send_invoice` collection."""
    default_payment_method: str
    """Id of the payment method to charge for this invoice, ahead of the subscription's and customer's defaults."""
    default_source: str
    """Id of a legacy source to charge for this invoice when no default payment method is set."""
    default_tax_rates: list[str]
    """Ids of tax rates applied to every line that has no tax rates of its own."""
    description: str
    """Free-text memo about the invoice, shown on it and in the Dashboard."""
    discounts: list[DiscountsDataParam] | Literal[""]
    """Coupons, existing discounts or promotion codes that apply to the whole invoice; an empty string removes them."""
    due_date: int
    """Unix timestamp in seconds by which payment is due; only with `send_invoice` collection."""
    effective_at: int
    """Unix timestamp in seconds printed as the date of issue instead of the finalization time."""
    expand: list[str]
    """Dotted paths of fields to return as full objects instead of ids."""
    footer: str
    """Text printed at the bottom of every page of the invoice."""
    from_invoice: FromInvoiceParam
    """Creates the invoice as a revision of a finalized invoice, named by its id."""
    issuer: LiabilityParam
    """Account that issues the invoice and is liable for it: your own (`self`) or a connected account."""
    metadata: Mapping[str, str] | Literal[""]
    """Your own key-value pairs to store on the object; an empty string removes all of them."""
    number: str
    """Number to give the invoice instead of the one Stripe assigns at finalization."""
    on_behalf_of: str
    """Id of the connected account the invoice is charged for; its branding and support details are shown."""
    payment_settings: PaymentSettings
    """Payment method types the invoice can be paid with, the mandate to use, and per-method options."""
    pending_invoice_items_behavior: Literal["exclude", "include"]
    """`include` pulls the customer's pending invoice items into the new invoice; `exclude` leaves them pending."""
    rendering: RenderingParam
    """How the PDF and hosted page are rendered: tax display, page size and invoice template."""
    shipping_cost: ShippingCostParam
    """Shipping charge to add, from a shipping rate id or an inline rate."""
    shipping_details: ShippingDetailsParam
    """Recipient name, address and phone printed on the invoice as where goods are shipped."""
    statement_descriptor: str
    """Text that appears on the customer's card or bank statement for the payment."""
    subscription: str
    """Id of a subscription; only its pending invoice items go onto the new invoice."""
    transfer_data: TransferDataSpecs
    """Connected account that receives the funds when the invoice is paid, and optionally how much of them."""


class InvoiceCreatePreviewParams(TypedDict, total=False):
    """Parameters of `invoices.create_preview` (PostInvoicesCreatePreview)."""

    automatic_tax: AutomaticTaxParam
    """Computes tax with Stripe Tax for the preview, and says which account the tax is owed by."""
    currency: str
    """Three-letter lowercase ISO currency code of the previewed invoice."""
    customer: str
    """Id of the customer to preview an invoice for."""
    customer_account: str
    """Id of the Account object that represents the customer to preview an invoice for."""
    customer_details: CustomerDetailsParam
    """Address, shipping, tax status and tax ids to assume for the customer, overriding or replacing a saved one."""
    discounts: list[DiscountsDataParam] | Literal[""]
    """Coupons, existing discounts or promotion codes to apply in the preview; an empty string applies none."""
    expand: list[str]
    """Dotted paths of fields to return as full objects instead of ids."""
    invoice_items: list[InvoiceItemParam]
    """Invoice items to add to the preview, or changes to the customer's pending ones."""
    issuer: LiabilityParam
    """Account that issues the invoice and is liable for it: your own (`self`) or a connected account."""
    on_behalf_of: str | Literal[""]
    """Id of the connected account the invoice would be charged for; an empty string means none."""
    preview_mode: Literal["next", "recurring"]
    """`next` (the default) previews everything the next invoice holds, prorations included; `recurring` only the recurring charges."""
    schedule: str
    """Id of a subscription schedule whose upcoming invoice to preview."""
    schedule_details: ScheduleDetailsParam
    """Changes to a subscription schedule to preview; not combinable with the subscription parameters."""
    subscription: str
    """Id of the subscription whose upcoming invoice to preview."""
    subscription_details: SubscriptionDetailsParam
    """Changes to the subscription (items, trial, cancellation, proration) whose resulting invoice to preview."""


class InvoiceUpdateParams(TypedDict, total=False):
    """Parameters of `invoices.update` (PostInvoicesInvoice)."""

    account_tax_ids: list[str] | Literal[""]
    """Ids of your account's tax ids to print on the invoice; an empty string removes them."""
    application_fee_amount: int
    """Platform fee in the smallest currency unit taken from the payment of a Connect invoice."""
    auto_advance: bool
    """Whether Stripe moves the invoice forward on its own (finalizing, then charging or emailing it); when false each step needs a call."""
    automatic_tax: AutomaticTaxParam
    """Switches Stripe Tax calculation on or off for the invoice and says which account the tax is owed by."""
    automatically_finalizes_at: int
    """Unix timestamp in seconds at which Stripe is to finalize the draft invoice by itself."""
    collection_method: Literal["charge_automatically", "send_invoice"]
    """`charge_automatically` charges a stored payment method; `send_invoice` emails the invoice for the customer to pay."""
    custom_fields: list[CustomFieldParams] | Literal[""]
    """Name and value pairs (at most four) printed in the invoice header; an empty string removes them."""
    days_until_due: int
    """Number of days after finalization before payment is due; only with `send_invoice` collection."""
    default_payment_method: str
    """Id of the payment method to charge for this invoice, ahead of the subscription's and customer's defaults."""
    default_source: str | Literal[""]
    """Id of a legacy source to charge for this invoice; an empty string removes it."""
    default_tax_rates: list[str] | Literal[""]
    """Ids of tax rates for every line without its own; an empty string removes them."""
    description: str
    """Free-text memo about the invoice, shown on it and in the Dashboard."""
    discounts: list[DiscountsDataParam] | Literal[""]
    """Coupons, existing discounts or promotion codes that apply to the whole invoice; an empty string removes them."""
    due_date: int
    """Unix timestamp in seconds by which payment is due; only with `send_invoice` collection."""
    effective_at: int | Literal[""]
    """Unix timestamp in seconds printed as the date of issue instead of the finalization time; an empty string removes it."""
    expand: list[str]
    """Dotted paths of fields to return as full objects instead of ids."""
    footer: str
    """Text printed at the bottom of every page of the invoice."""
    issuer: LiabilityParam
    """Account that issues the invoice and is liable for it: your own (`self`) or a connected account."""
    metadata: Mapping[str, str] | Literal[""]
    """Your own key-value pairs to store on the object; an empty string removes all of them."""
    number: str | Literal[""]
    """Number to give the invoice instead of the generated one; an empty string removes it."""
    on_behalf_of: str | Literal[""]
    """Id of the connected account the invoice is charged for; an empty string removes it."""
    payment_settings: PaymentSettings
    """Payment method types the invoice can be paid with, the mandate to use, and per-method options."""
    rendering: RenderingParam
    """How the PDF and hosted page are rendered: tax display, page size and invoice template."""
    shipping_cost: ShippingCostParam | Literal[""]
    """Shipping charge, from a shipping rate id or an inline rate; an empty string removes it."""
    shipping_details: ShippingDetailsParam | Literal[""]
    """Recipient name, address and phone for shipping; an empty string removes them."""
    statement_descriptor: str
    """Text that appears on the customer's card or bank statement for the payment."""
    transfer_data: TransferDataSpecs | Literal[""]
    """Connected account that receives the funds when the invoice is paid; an empty string removes it."""


class InvoiceFinalizeParams(TypedDict, total=False):
    """Parameters of `invoices.finalize` (PostInvoicesInvoiceFinalize)."""

    auto_advance: bool
    """Whether Stripe keeps advancing the invoice on its own after finalizing it; overrides the invoice's setting."""
    expand: list[str]
    """Dotted paths of fields to return as full objects instead of ids."""


class InvoicePayParams(TypedDict, total=False):
    """Parameters of `invoices.pay` (PostInvoicesInvoicePay)."""

    expand: list[str]
    """Dotted paths of fields to return as full objects instead of ids."""
    forgive: bool
    """When the source holds less than the amount due, charge what it holds and treat the rest as forgiven."""
    mandate: str | Literal[""]
    """Id of the mandate that authorizes charging the payment method; an empty string removes it."""
    off_session: bool
    """Whether the customer is absent during the payment, so no authentication can be asked of them; true when omitted."""
    paid_out_of_band: bool
    """Marks the invoice paid without charging anything, for money collected outside Stripe."""
    payment_method: str
    """Id of a payment method to charge now instead of the invoice's default."""
    source: str
    """Id of a legacy source to charge now instead of the invoice's default."""


class InvoiceUpdateLineParams(TypedDict, total=False):
    """Parameters of `invoices.update_line` (PostInvoicesInvoiceLinesLineItemId)."""

    amount: int
    """Amount of the line in the smallest currency unit; negative for a credit."""
    description: str
    """Text describing the line, shown on the invoice."""
    discountable: bool
    """Whether invoice-level discounts reduce this line; cannot be true for prorations."""
    discounts: list[DiscountsDataParam] | Literal[""]
    """Coupons, existing discounts or promotion codes for this line only; an empty string removes them."""
    expand: list[str]
    """Dotted paths of fields to return as full objects instead of ids."""
    metadata: Mapping[str, str] | Literal[""]
    """Your own key-value pairs to store on the object; an empty string removes all of them."""
    period: PeriodParam
    """Service period the line covers, as start and end Unix timestamps in seconds."""
    price_data: InvoiceUpdateLinePriceDataParam
    """A price given inline (currency, product, unit amount, tax behavior) instead of a price id."""
    pricing: PricingParam
    """The id of an existing price to bill the line at."""
    quantity: int
    """Number of units billed on the line."""
    quantity_decimal: Decimal | str
    """Number of units as a decimal string with at most 12 decimal places; use it or `quantity`, not both."""
    tax_amounts: list[TaxAmountParam] | Literal[""]
    """Tax amounts computed outside Stripe to record on the line; an empty string removes them."""
    tax_rates: list[str] | Literal[""]
    """Ids of tax rates for this line, replacing the invoice's default ones; an empty string removes them."""


class InvoiceAddLinesParams(TypedDict, total=False):
    """Parameters of `invoices.add_lines` (PostInvoicesInvoiceAddLines)."""

    expand: list[str]
    """Dotted paths of fields to return as full objects instead of ids."""
    invoice_metadata: Mapping[str, str] | Literal[""]
    """Metadata to set on the invoice itself in the same call; an empty string removes it."""
    lines: Required[list[LineParam]]
    """Lines to add, each an amount or a price with a quantity, or an existing pending invoice item."""


class InvoiceRemoveLinesParams(TypedDict, total=False):
    """Parameters of `invoices.remove_lines` (PostInvoicesInvoiceRemoveLines)."""

    expand: list[str]
    """Dotted paths of fields to return as full objects instead of ids."""
    invoice_metadata: Mapping[str, str] | Literal[""]
    """Metadata to set on the invoice itself in the same call; an empty string removes it."""
    lines: Required[list[LinesParam]]
    """Lines to take off, each by id, with whether its invoice item is deleted or left pending (`unassign`)."""


class InvoiceUpdateLinesParams(TypedDict, total=False):
    """Parameters of `invoices.update_lines` (PostInvoicesInvoiceUpdateLines)."""

    expand: list[str]
    """Dotted paths of fields to return as full objects instead of ids."""
    invoice_metadata: Mapping[str, str] | Literal[""]
    """Metadata to set on the invoice itself in the same call; an empty string removes it."""
    lines: Required[list[InvoiceUpdateLinesLinesParam]]
    """Lines to change, each named by its id together with the fields to set."""


class InvoiceAttachPaymentParams(TypedDict, total=False):
    """Parameters of `invoices.attach_payment` (PostInvoicesInvoiceAttachPayment)."""

    expand: list[str]
    """Dotted paths of fields to return as full objects instead of ids."""
    payment_intent: str
    """Id of the PaymentIntent to attach."""
    payment_record: str
    """Id of the payment record to attach, instead of a PaymentIntent."""


# Operations whose parameters have the shape of another's.
InvoiceSearchParams = SearchParams
InvoiceRetrieveParams = ExpandParams
InvoiceDeleteParams = DeleteParams
InvoiceSendParams = ExpandParams
InvoiceVoidParams = ExpandParams
InvoiceMarkUncollectibleParams = ExpandParams
InvoiceListLinesParams = ListParams

__all__ = [
    "AddInvoiceItemParam",
    "BillForParam",
    "BillieParam",
    "BillingCycleAnchorParam",
    "CardParam",
    "CurrencyOptionsParam",
    "CustomerDetailsParam",
    "DeliveryEstimateParam",
    "EndParam",
    "FixedAmountParam",
    "FromInvoiceParam",
    "InstallmentsParam",
    "InvoiceAddLinesParams",
    "InvoiceAttachPaymentParams",
    "InvoiceCreateParams",
    "InvoiceCreatePreviewBillForParam",
    "InvoiceCreatePreviewOutstandingUsageThroughParam",
    "InvoiceCreatePreviewParams",
    "InvoiceCreatePreviewPauseParam",
    "InvoiceCreatePreviewPeriodParam",
    "InvoiceCreatePreviewSettingsParam",
    "InvoiceCreatePreviewUnusedTimeFromParam",
    "InvoiceDeleteParams",
    "InvoiceFinalizeParams",
    "InvoiceItemParam",
    "InvoiceListLinesParams",
    "InvoiceListParams",
    "InvoiceMarkUncollectibleParams",
    "InvoicePayParams",
    "InvoiceRemoveLinesParams",
    "InvoiceRetrieveParams",
    "InvoiceSearchParams",
    "InvoiceSendParams",
    "InvoiceSettingsParam",
    "InvoiceUpdateLineParams",
    "InvoiceUpdateLinePriceDataParam",
    "InvoiceUpdateLinesLinesParam",
    "InvoiceUpdateLinesParams",
    "InvoiceUpdateParams",
    "InvoiceVoidParams",
    "ItemsParam",
    "LineParam",
    "LinesParam",
    "MaximumParam",
    "OutstandingUsageThroughParam",
    "PauseAtParam",
    "PauseParam",
    "PauseScheduleParam",
    "PaymentMethodOptions",
    "PaymentSettings",
    "PdfParam",
    "PhaseParam",
    "PixParam",
    "PlanParam",
    "ProductDataParam",
    "RenderingParam",
    "ResumeAtParam",
    "ResumeParam",
    "ScheduleDetailsParam",
    "SettingsParam",
    "ShippingCostParam",
    "ShippingDetailsParam",
    "ShippingRateDataParam",
    "StartParam",
    "SubscriptionDetailsParam",
    "TaxAmountParam",
    "TaxParam",
    "TaxRateDataParam",
    "TransferDataSpecs",
    "UnusedTimeFromParam",
]
