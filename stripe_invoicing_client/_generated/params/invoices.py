"""Request parameters of invoices, as TypedDicts (generated; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, TypedDict

from ..._core.key_docs import document_keys
from ..enums import PaymentMethodType, TaxabilityReason, TaxType

if TYPE_CHECKING:
    from collections.abc import Mapping
    from decimal import Decimal

    from typing_extensions import Required

    from ..._core.search_query import SearchQuery
    from ..search import InvoiceSearch
    from ._shared import (
        AddInvoiceItemParam,
        AutomaticTaxParam,
        BillingModeParam,
        BillingScheduleParam,
        BillingThresholdsParam,
        CompanyDetailsParam,
        CustomerBalanceParam,
        CustomFieldParams,
        DiscountsDataParam,
        DurationParam,
        InvoiceCreatePreviewBillForParam,
        InvoicePaymentMethodOptionsParam,
        Item,
        ItemParam,
        LiabilityParam,
        PauseScheduleParam,
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

from ._shared import ExpandParams, ListParams, NoParams


class FromInvoiceParam(TypedDict, total=False):
    action: Required[Literal["revision"]]
    """What to do with the original invoice; only `revision`."""
    invoice: Required[str]
    """Id of the finalized invoice the new invoice revises."""


class BillieParam(TypedDict, total=False):
    company_details: CompanyDetailsParam | Literal[""]
    """Details of the business customer, for Billie; an empty string removes them."""
    reference: str
    """Your own reference for the Billie payment."""


class PlanParam(TypedDict, total=False):
    count: int
    """Number of installments."""
    interval: Literal["month"]
    """Time between two installments; only `month`."""
    type: Required[Literal["bonus", "fixed_count", "revolving"]]
    """Kind of installment plan: a fixed count, bonus or revolving."""


class InstallmentsParam(TypedDict, total=False):
    enabled: bool
    """Whether installment plans may be offered for the payment."""
    plan: PlanParam | Literal[""]
    """Installment plan to use; an empty string removes it."""


class CardParam(TypedDict, total=False):
    installments: InstallmentsParam
    """Settings of installment plans, where the card network offers them."""
    request_three_d_secure: Literal["any", "automatic", "challenge"]
    """When to ask for 3D Secure: automatic, on any eligible card, or as a challenge."""


class PixParam(TypedDict, total=False):
    amount_includes_iof: Literal["always", "never"]
    """Whether the amount includes the Brazilian IOF tax."""
    expires_after_seconds: int
    """Seconds a Pix payment code stays valid."""


class PaymentMethodOptions(TypedDict, total=False):
    acss_debit: InvoicePaymentMethodOptionsParam | Literal[""]
    """Options for Canadian pre-authorized debits; an empty string removes them."""
    bancontact: PaymentSettingsPaymentMethodOptionsBancontact | Literal[""]
    """Options for Bancontact; an empty string removes them."""
    billie: BillieParam | Literal[""]
    """Options for Billie; an empty string removes them."""
    blik: Mapping[str, Any] | Literal[""]
    """Options for BLIK; an empty string removes them."""
    card: CardParam | Literal[""]
    """Options for card payments; an empty string removes them."""
    customer_balance: CustomerBalanceParam | Literal[""]
    """Options for paying from the customer's cash balance; an empty string removes them."""
    konbini: Mapping[str, Any] | Literal[""]
    """Options for Konbini; an empty string removes them."""
    payto: PaytoParam | Literal[""]
    """Options for PayTo; an empty string removes them."""
    pix: PixParam | Literal[""]
    """Options for Pix; an empty string removes them."""
    sepa_debit: Mapping[str, Any] | Literal[""]
    """Options for SEPA Direct Debit; an empty string removes them."""
    upi: UpiParam | Literal[""]
    """Options for UPI; an empty string removes them."""
    us_bank_account: PaymentSettingsPaymentMethodOptionsUsBankAccount | Literal[""]
    """Options for US bank account debits; an empty string removes them."""


class PaymentSettings(TypedDict, total=False):
    default_mandate: str | Literal[""]
    """Id of the mandate used to pay the invoice; an empty string removes it."""
    payment_method_options: PaymentMethodOptions
    """Settings for each payment method type that pays the invoices."""
    payment_method_types: list[PaymentMethodType] | Literal[""]
    """Payment method types the customer may pay with; when omitted, your Dashboard settings decide."""


class PdfParam(TypedDict, total=False):
    page_size: Literal["a4", "auto", "letter"]
    """Page size of the PDF: a4, letter, or auto (from the customer's locale)."""


class RenderingParam(TypedDict, total=False):
    amount_tax_display: Literal["exclude_tax", "include_inclusive_tax"] | Literal[""]
    """Whether amounts on the invoice PDF exclude tax or include inclusive tax; an empty string removes it."""
    pdf: PdfParam
    """Settings of the invoice PDF."""
    template: str
    """Id of the invoice rendering template to use."""
    template_version: int | Literal[""]
    """Version of the template to use; an empty string means the latest."""


class MaximumParam(TypedDict, total=False):
    unit: Required[Literal["business_day", "day", "hour", "month", "week"]]
    """Unit of the estimate: hours, days, business days, weeks or months."""
    value: Required[int]
    """Number of units in the estimate."""


class DeliveryEstimateParam(TypedDict, total=False):
    maximum: MaximumParam
    """Latest estimated delivery."""
    minimum: MaximumParam
    """Earliest estimated delivery."""


class CurrencyOptionsParam(TypedDict, total=False):
    amount: Required[int]
    """Shipping amount in this currency, in its smallest unit."""
    tax_behavior: Literal["exclusive", "inclusive", "unspecified"]
    """Whether the amount includes tax (inclusive), excludes it (exclusive) or leaves it unspecified."""


class FixedAmountParam(TypedDict, total=False):
    amount: Required[int]
    """Shipping amount in the smallest currency unit."""
    currency: Required[str]
    """Three-letter ISO code of the shipping amount's currency, in lowercase."""
    currency_options: Mapping[str, CurrencyOptionsParam]
    """Shipping amounts in other currencies, by currency code."""


class ShippingRateDataParam(TypedDict, total=False):
    delivery_estimate: DeliveryEstimateParam
    """Estimated delivery time shown to the customer."""
    display_name: Required[str]
    """Name of the shipping rate shown to the customer, such as Ground shipping."""
    fixed_amount: FixedAmountParam
    """The fixed amount charged for shipping."""
    metadata: Mapping[str, str]
    """Your own key-value pairs to store on this object."""
    tax_behavior: Literal["exclusive", "inclusive", "unspecified"]
    """Whether the amount includes tax (inclusive), excludes it (exclusive) or leaves it unspecified."""
    tax_code: str
    """Tax code of the shipping, such as `txcd_92010001`."""
    type: Literal["fixed_amount"]
    """Kind of shipping rate; only `fixed_amount`."""


class ShippingCostParam(TypedDict, total=False):
    shipping_rate: str
    """Id of the shipping rate to charge."""
    shipping_rate_data: ShippingRateDataParam
    """A shipping rate given inline, created for this use only."""


class ShippingDetailsParam(TypedDict, total=False):
    address: Required[RegisteredAddressParam]
    """Address the goods are shipped to."""
    name: Required[str]
    """Name of the recipient."""
    phone: str | Literal[""]
    """Phone number of the recipient; an empty string removes it."""


class TransferDataSpecs(TypedDict, total=False):
    amount: int
    """Amount transferred to the destination account, in the smallest currency unit."""
    destination: Required[str]
    """Id of the connected account the funds are transferred to."""


class TaxParam(TypedDict, total=False):
    ip_address: str | Literal[""]
    """IP address the customer's tax location is found from; an empty string removes it."""


class CustomerDetailsParam(TypedDict, total=False):
    address: RegisteredAddressParam | Literal[""]
    """Billing address of the previewed customer; an empty string leaves it out."""
    shipping: ShippingParam | Literal[""]
    """Shipping details of the previewed customer; an empty string leaves them out."""
    tax: TaxParam
    """Tax details of the previewed customer."""
    tax_exempt: Literal["exempt", "none", "reverse"] | Literal[""]
    """Tax exemption of the previewed customer: none, exempt or reverse (charge)."""
    tax_ids: list[TaxIdParam]
    """Tax ids of the previewed customer."""


class InvoiceItemParam(TypedDict, total=False):
    amount: int
    """Amount of the item in the smallest currency unit, for an item without a price."""
    currency: str
    """Three-letter ISO code of the item's currency, in lowercase."""
    description: str
    """Description of the item, shown on the invoice."""
    discountable: bool
    """Whether discounts of the invoice or subscription apply to this item."""
    discounts: list[DiscountsDataParam] | Literal[""]
    """Discounts to apply, each a coupon, an existing discount or a promotion code."""
    invoiceitem: str
    """Id of an existing invoice item to change in the preview."""
    metadata: Mapping[str, str] | Literal[""]
    """Your own key-value pairs to store on this object."""
    period: PeriodParam
    """Service period the item covers, shown on the invoice."""
    price: str
    """Id of the price to use."""
    price_data: PriceDataParam
    """A price given inline, created for this use only, instead of a `price` id."""
    quantity: int
    """Number of units."""
    quantity_decimal: Decimal | str
    """Number of units as a decimal string, instead of `quantity`."""
    tax_behavior: Literal["exclusive", "inclusive", "unspecified"]
    """Whether the amount includes tax (inclusive), excludes it (exclusive) or leaves it unspecified."""
    tax_code: str | Literal[""]
    """Tax code of the item; an empty string removes it."""
    tax_rates: list[str] | Literal[""]
    """Ids of the tax rates to apply; an empty string removes them."""
    unit_amount: int
    """Price of one unit in the smallest currency unit (cents for USD)."""
    unit_amount_decimal: Decimal | str
    """Price of one unit in the smallest currency unit as a decimal string with up to 12 places, instead of `unit_amount`."""


class InvoiceSettingsParam(TypedDict, total=False):
    account_tax_ids: list[str] | Literal[""]
    """Ids of your account's tax ids shown on the invoices; an empty string removes them."""
    days_until_due: int
    """Days after the invoice is finalized until it is due, for invoices sent to the customer."""
    issuer: LiabilityParam
    """Account that issues the invoices: your own or a connected account."""


class PhaseParam(TypedDict, total=False):
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
    invoice_settings: InvoiceSettingsParam
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


class ScheduleDetailsParam(TypedDict, total=False):
    billing_mode: BillingModeParam
    """Billing mode of the subscription: classic or flexible."""
    end_behavior: Literal["cancel", "release"]
    """What happens after the last phase: the subscription is cancelled, or released from the schedule."""
    pause_schedules: list[PauseScheduleParam] | Literal[""]
    """Planned pauses of the previewed schedule; an empty string removes them."""
    phases: list[PhaseParam]
    """Phases of the previewed schedule, in order."""
    proration_behavior: Literal["always_invoice", "create_prorations", "none"]
    """How changes are prorated: prorations created, created and invoiced at once (always_invoice), or none."""


class BillingCycleAnchorParam(TypedDict, total=False):
    timestamp: int
    """The moment, a Unix timestamp in seconds, when `type` is `timestamp`."""
    type: Required[Literal["now", "timestamp", "unchanged"]]
    """Where the billing cycle anchor goes: now, unchanged, or a given `timestamp`."""


class InvoiceCreatePreviewPauseParam(TypedDict, total=False):
    bill_for: InvoiceCreatePreviewBillForParam
    """What is billed when the subscription pauses."""
    invoicing_behavior: Literal["invoice", "pending_invoice_item"]
    """Whether the pause bills at once (invoice) or leaves pending invoice items."""
    type: Literal["subscription"]
    """What is paused; only `subscription`."""


class SubscriptionDetailsParam(TypedDict, total=False):
    billing_cycle_anchor: BillingCycleAnchorParam
    """Where the previewed subscription's billing cycle is anchored."""
    billing_mode: BillingModeParam
    """Billing mode of the subscription: classic or flexible."""
    billing_schedules: list[BillingScheduleParam] | Literal[""]
    """Billing schedules of the previewed subscription; an empty string removes them."""
    cancel_at: int | Literal["max_billed_until", "max_period_end", "min_period_end"] | Literal[""]
    """When the previewed subscription is cancelled: a timestamp or a named moment; an empty string removes it."""
    cancel_at_period_end: bool
    """Whether the previewed subscription is cancelled at the end of its current period."""
    cancel_now: bool
    """Whether to preview cancelling the subscription at once."""
    default_tax_rates: list[str] | Literal[""]
    """Ids of the tax rates applied to items without their own; an empty string removes them."""
    items: list[Item]
    """Items of the previewed subscription: new ones, and changes to existing ones by `id`."""
    metadata: Mapping[str, str] | Literal[""]
    """Your own key-value pairs to store on this object."""
    pause: InvoiceCreatePreviewPauseParam
    """Pause of the previewed subscription."""
    proration_behavior: Literal["always_invoice", "create_prorations", "none"]
    """How changes are prorated: prorations created, created and invoiced at once (always_invoice), or none."""
    proration_date: int
    """Moment the proration is computed for, a Unix timestamp in seconds."""
    resume_at: Literal["now"]
    """Preview resuming the paused subscription; only `now`."""
    start_date: int
    """Start of the previewed subscription, a Unix timestamp in seconds."""
    trial_end: int | Literal["now"]
    """End of the previewed trial, a Unix timestamp in seconds, or `now` to end it at once."""


class ProductDataParam(TypedDict, total=False):
    description: str
    """Description of the new product, shown to customers."""
    images: list[str]
    """URLs of up to 8 images of the new product."""
    metadata: Mapping[str, str]
    """Your own key-value pairs to store on this object."""
    name: Required[str]
    """Name of the new product, shown to customers."""
    tax_code: str
    """Tax code of the new product, such as `txcd_10000000`."""
    tax_details: TaxDetailsParam
    """Tax settings of the new product."""
    unit_label: str
    """Label of one unit of the new product on receipts and invoices, such as seat."""


class InvoiceUpdateLinePriceDataParam(TypedDict, total=False):
    currency: Required[str]
    """Three-letter ISO code of the price's currency, in lowercase."""
    product: str
    """Id of the product the inline price is for."""
    product_data: ProductDataParam
    """A product created for this price, instead of an existing `product` id."""
    tax_behavior: Literal["exclusive", "inclusive", "unspecified"]
    """Whether the amount includes tax (inclusive), excludes it (exclusive) or leaves it unspecified."""
    unit_amount: int
    """Price of one unit in the smallest currency unit (cents for USD)."""
    unit_amount_decimal: Decimal | str
    """Price of one unit in the smallest currency unit as a decimal string with up to 12 places, instead of `unit_amount`."""


class TaxRateDataParam(TypedDict, total=False):
    country: str
    """Two-letter ISO code of the country the tax rate applies in."""
    description: str
    """Your own description of the tax rate, not shown to customers."""
    display_name: Required[str]
    """Name of the tax shown to customers, such as VAT or Sales Tax."""
    inclusive: Required[bool]
    """Whether the tax is included in the amount it applies to."""
    jurisdiction: str
    """Name of the tax jurisdiction, shown on invoices."""
    jurisdiction_level: Literal["city", "country", "county", "district", "multiple", "state"]
    """Level of the tax jurisdiction: city, county, state, country and so on."""
    percentage: Required[float]
    """The rate itself, as a percentage (19.0 for 19 percent)."""
    state: str
    """ISO 3166-2 code of the state or region the rate applies in, without the country prefix."""
    tax_type: TaxType
    """Kind of tax, such as `vat` or `sales_tax`."""


class TaxAmountParam(TypedDict, total=False):
    amount: Required[int]
    """Amount of tax, in the smallest currency unit."""
    tax_rate_data: Required[TaxRateDataParam]
    """The tax rate the amount was computed with, given inline."""
    taxability_reason: TaxabilityReason
    """Why the amount is taxed (or not), from a fixed list."""
    taxable_amount: Required[int]
    """Amount the tax was computed on, in the smallest currency unit."""


class LineParam(TypedDict, total=False):
    amount: int
    """Amount of the line in the smallest currency unit."""
    description: str
    """Description of the line, shown on the document."""
    discountable: bool
    """Whether discounts of the invoice or subscription apply to this item."""
    discounts: list[DiscountsDataParam] | Literal[""]
    """Discounts to apply, each a coupon, an existing discount or a promotion code."""
    invoice_item: str
    """Id of an existing pending invoice item to add as a line."""
    metadata: Mapping[str, str] | Literal[""]
    """Your own key-value pairs to store on this object."""
    period: PeriodParam
    """Service period the item covers, shown on the invoice."""
    price_data: InvoiceUpdateLinePriceDataParam
    """A price given inline, created for this use only, instead of a `price` id."""
    pricing: PricingParam
    """The price of the line, as a price id."""
    quantity: int
    """Number of units."""
    quantity_decimal: Decimal | str
    """Number of units as a decimal string, instead of `quantity`."""
    tax_amounts: list[TaxAmountParam] | Literal[""]
    """Tax amounts of the line, given by hand instead of from tax rates; an empty string removes them."""
    tax_rates: list[str] | Literal[""]
    """Ids of the tax rates to apply; an empty string removes them."""


class LinesParam(TypedDict, total=False):
    behavior: Required[Literal["delete", "unassign"]]
    """What happens to the removed line's invoice item: `delete` it, or `unassign` it from the invoice."""
    id: Required[str]
    """Id of the invoice line item."""


class InvoiceUpdateLinesLinesParam(TypedDict, total=False):
    amount: int
    """Amount of the line in the smallest currency unit."""
    description: str
    """Description of the line, shown on the document."""
    discountable: bool
    """Whether discounts of the invoice or subscription apply to this item."""
    discounts: list[DiscountsDataParam] | Literal[""]
    """Discounts to apply, each a coupon, an existing discount or a promotion code."""
    id: Required[str]
    """Id of the invoice line item."""
    metadata: Mapping[str, str] | Literal[""]
    """Your own key-value pairs to store on this object."""
    period: PeriodParam
    """Service period the item covers, shown on the invoice."""
    price_data: InvoiceUpdateLinePriceDataParam
    """A price given inline, created for this use only, instead of a `price` id."""
    pricing: PricingParam
    """The price of the line, as a price id."""
    quantity: int
    """Number of units."""
    quantity_decimal: Decimal | str
    """Number of units as a decimal string, instead of `quantity`."""
    tax_amounts: list[TaxAmountParam] | Literal[""]
    """Tax amounts of the line, given by hand instead of from tax rates; an empty string removes them."""
    tax_rates: list[str] | Literal[""]
    """Ids of the tax rates to apply; an empty string removes them."""


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


class InvoiceSearchParams(TypedDict, total=False):
    """Parameters of `invoices.search` (GetInvoicesSearch)."""

    expand: list[str]
    """Dotted paths of fields to return as full objects instead of ids."""
    limit: int
    """How many objects to return on one page, from 1 to 100; 10 when omitted."""
    page: str
    """Cursor from the `next_page` of the previous search result; leave out for the first page."""
    query: Required[str | SearchQuery[InvoiceSearch]]
    """Search query in Stripe's search language, such as `status:'open' AND total>1000`, on created, currency, customer, last_finalization_error_code, last_finalization_error_type, metadata, number, receipt_number, status, subscription and total; or a query built with `InvoiceSearch`."""


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
InvoiceRetrieveParams = ExpandParams
InvoiceDeleteParams = NoParams
InvoiceSendParams = ExpandParams
InvoiceVoidParams = ExpandParams
InvoiceMarkUncollectibleParams = ExpandParams
InvoiceListLinesParams = ListParams

document_keys(__name__)

__all__ = [
    "BillieParam",
    "BillingCycleAnchorParam",
    "CardParam",
    "CurrencyOptionsParam",
    "CustomerDetailsParam",
    "DeliveryEstimateParam",
    "FixedAmountParam",
    "FromInvoiceParam",
    "InstallmentsParam",
    "InvoiceAddLinesParams",
    "InvoiceAttachPaymentParams",
    "InvoiceCreateParams",
    "InvoiceCreatePreviewParams",
    "InvoiceCreatePreviewPauseParam",
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
    "LineParam",
    "LinesParam",
    "MaximumParam",
    "PaymentMethodOptions",
    "PaymentSettings",
    "PdfParam",
    "PhaseParam",
    "PixParam",
    "PlanParam",
    "ProductDataParam",
    "RenderingParam",
    "ScheduleDetailsParam",
    "ShippingCostParam",
    "ShippingDetailsParam",
    "ShippingRateDataParam",
    "SubscriptionDetailsParam",
    "TaxAmountParam",
    "TaxParam",
    "TaxRateDataParam",
    "TransferDataSpecs",
]
