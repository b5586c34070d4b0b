from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.invoice_billing_reason import InvoiceBillingReason
from ..models.invoice_collection_method import (
    InvoiceCollectionMethod,
)
from ..models.invoice_customer_tax_exempt import (
    InvoiceCustomerTaxExempt,
)
from ..models.invoice_object import InvoiceObject
from ..models.invoice_status import InvoiceStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from typing_extensions import Required

    from ..models.address import Address, AddressParams
    from ..models.api_errors import ApiErrors, ApiErrorsParams
    from ..models.automatic_tax import AutomaticTax, AutomaticTaxParams
    from ..models.billing_bill_resource_invoicing_parents_invoice_parent import (
        BillingBillResourceInvoicingParentsInvoiceParent,
        BillingBillResourceInvoicingParentsInvoiceParentParams,
    )
    from ..models.billing_bill_resource_invoicing_taxes_tax import (
        BillingBillResourceInvoicingTaxesTax,
        BillingBillResourceInvoicingTaxesTaxParams,
    )
    from ..models.connect_account_reference import (
        ConnectAccountReference,
        ConnectAccountReferenceParams,
    )
    from ..models.customer import Customer, CustomerParams
    from ..models.deleted_customer import DeletedCustomer, DeletedCustomerParams
    from ..models.deleted_discount import DeletedDiscount, DeletedDiscountParams
    from ..models.discount import Discount, DiscountParams
    from ..models.discounts_resource_discount_amount import (
        DiscountsResourceDiscountAmount,
        DiscountsResourceDiscountAmountParams,
    )
    from ..models.invoice_lines import InvoiceLines, InvoiceLinesParams
    from ..models.invoice_metadata_type_0 import InvoiceMetadataType0
    from ..models.invoice_payments_type_0 import InvoicePaymentsType0, InvoicePaymentsType0Params
    from ..models.invoice_setting_custom_field import (
        InvoiceSettingCustomField,
        InvoiceSettingCustomFieldParams,
    )
    from ..models.invoice_threshold_reason import (
        InvoiceThresholdReason,
        InvoiceThresholdReasonParams,
    )
    from ..models.invoices_payment_settings import (
        InvoicesPaymentSettings,
        InvoicesPaymentSettingsParams,
    )
    from ..models.invoices_resource_confirmation_secret import (
        InvoicesResourceConfirmationSecret,
        InvoicesResourceConfirmationSecretParams,
    )
    from ..models.invoices_resource_from_invoice import (
        InvoicesResourceFromInvoice,
        InvoicesResourceFromInvoiceParams,
    )
    from ..models.invoices_resource_invoice_rendering import (
        InvoicesResourceInvoiceRendering,
        InvoicesResourceInvoiceRenderingParams,
    )
    from ..models.invoices_resource_invoice_tax_id import (
        InvoicesResourceInvoiceTaxId,
        InvoicesResourceInvoiceTaxIdParams,
    )
    from ..models.invoices_resource_pretax_credit_amount import (
        InvoicesResourcePretaxCreditAmount,
        InvoicesResourcePretaxCreditAmountParams,
    )
    from ..models.invoices_resource_shipping_cost import (
        InvoicesResourceShippingCost,
        InvoicesResourceShippingCostParams,
    )
    from ..models.invoices_resource_status_details import (
        InvoicesResourceStatusDetails,
        InvoicesResourceStatusDetailsParams,
    )
    from ..models.invoices_status_transitions import (
        InvoicesStatusTransitions,
        InvoicesStatusTransitionsParams,
    )
    from ..models.shipping import Shipping, ShippingParams
    from ..models.stripe_object import StripeObject


@_attrs_define
class Invoice:
    """A statement of what a customer owes, built from line items, with its payment and collection
    state.

    Parsing is tolerant: a field missing from the data, or of another type than described,
    reads as `UNSET`, and anything not modelled is kept in `additional_properties`, so
    `from_dict(data).to_dict() == data`.
    """

    account_country: None | str
    account_name: None | str
    account_tax_ids: list[str | StripeObject] | None
    amount_due: int
    amount_overpaid: int
    amount_paid: int
    amount_remaining: int
    amount_shipping: int
    application: None | str | StripeObject
    attempt_count: int
    attempted: bool
    auto_advance: bool | None
    automatic_tax: AutomaticTax
    billing_reason: InvoiceBillingReason | None
    collection_method: InvoiceCollectionMethod
    created: int
    currency: str
    custom_fields: list[InvoiceSettingCustomField] | None
    customer: Customer | DeletedCustomer | None | str
    customer_address: Address | None
    customer_email: None | str
    customer_name: None | str
    customer_phone: None | str
    customer_shipping: None | Shipping
    customer_tax_exempt: InvoiceCustomerTaxExempt | None
    customer_tax_ids: list[InvoicesResourceInvoiceTaxId] | None
    default_payment_method: None | str | StripeObject
    default_source: None | str | StripeObject
    default_tax_rates: list[StripeObject]
    description: None | str
    discounts: list[DeletedDiscount | Discount | str]
    due_date: int | None
    ending_balance: int | None
    footer: None | str
    from_invoice: InvoicesResourceFromInvoice | None
    hosted_invoice_url: None | str
    id: str
    invoice_pdf: None | str
    issuer: ConnectAccountReference
    last_finalization_error: ApiErrors | None
    latest_revision: Invoice | None | str
    lines: InvoiceLines
    livemode: bool
    metadata: InvoiceMetadataType0 | None
    next_payment_attempt: int | None
    number: None | str
    object_: InvoiceObject
    on_behalf_of: None | str | StripeObject
    parent: BillingBillResourceInvoicingParentsInvoiceParent | None
    payment_settings: InvoicesPaymentSettings
    period_end: int
    period_start: int
    post_payment_credit_notes_amount: int
    pre_payment_credit_notes_amount: int
    receipt_number: None | str
    shipping_cost: InvoicesResourceShippingCost | None
    shipping_details: None | Shipping
    starting_balance: int
    statement_descriptor: None | str
    status: InvoiceStatus | None
    status_transitions: InvoicesStatusTransitions
    subtotal: int
    subtotal_excluding_tax: int | None
    test_clock: None | str | StripeObject
    total: int
    total_discount_amounts: list[DiscountsResourceDiscountAmount] | None
    total_excluding_tax: int | None
    total_taxes: list[BillingBillResourceInvoicingTaxesTax] | None
    webhooks_delivered_at: int | None
    amount_paid_off_stripe: int | None | Unset = UNSET
    automatically_finalizes_at: int | None | Unset = UNSET
    confirmation_secret: InvoicesResourceConfirmationSecret | None | Unset = UNSET
    customer_account: None | str | Unset = UNSET
    effective_at: int | None | Unset = UNSET
    payments: InvoicePaymentsType0 | None | Unset = UNSET
    rendering: InvoicesResourceInvoiceRendering | None | Unset = UNSET
    status_details: InvoicesResourceStatusDetails | None | Unset = UNSET
    threshold_reason: InvoiceThresholdReason | None | Unset = UNSET
    total_pretax_credit_amounts: list[InvoicesResourcePretaxCreditAmount] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = dict(self.additional_properties)
        v_account_country = self.account_country
        if not isinstance(v_account_country, Unset):
            data["account_country"] = v_account_country
        v_account_name = self.account_name
        if not isinstance(v_account_name, Unset):
            data["account_name"] = v_account_name
        v_account_tax_ids = self.account_tax_ids
        if not isinstance(v_account_tax_ids, Unset):
            data["account_tax_ids"] = v_account_tax_ids
        v_amount_due = self.amount_due
        if not isinstance(v_amount_due, Unset):
            data["amount_due"] = v_amount_due
        v_amount_overpaid = self.amount_overpaid
        if not isinstance(v_amount_overpaid, Unset):
            data["amount_overpaid"] = v_amount_overpaid
        v_amount_paid = self.amount_paid
        if not isinstance(v_amount_paid, Unset):
            data["amount_paid"] = v_amount_paid
        v_amount_remaining = self.amount_remaining
        if not isinstance(v_amount_remaining, Unset):
            data["amount_remaining"] = v_amount_remaining
        v_amount_shipping = self.amount_shipping
        if not isinstance(v_amount_shipping, Unset):
            data["amount_shipping"] = v_amount_shipping
        v_application = self.application
        if not isinstance(v_application, Unset):
            data["application"] = v_application
        v_attempt_count = self.attempt_count
        if not isinstance(v_attempt_count, Unset):
            data["attempt_count"] = v_attempt_count
        v_attempted = self.attempted
        if not isinstance(v_attempted, Unset):
            data["attempted"] = v_attempted
        v_auto_advance = self.auto_advance
        if not isinstance(v_auto_advance, Unset):
            data["auto_advance"] = v_auto_advance
        v_automatic_tax = self.automatic_tax
        if not isinstance(v_automatic_tax, Unset):
            data["automatic_tax"] = v_automatic_tax.to_dict()
        v_billing_reason = self.billing_reason
        if not isinstance(v_billing_reason, Unset):
            data["billing_reason"] = v_billing_reason
        v_collection_method = self.collection_method
        if not isinstance(v_collection_method, Unset):
            data["collection_method"] = v_collection_method
        v_created = self.created
        if not isinstance(v_created, Unset):
            data["created"] = v_created
        v_currency = self.currency
        if not isinstance(v_currency, Unset):
            data["currency"] = v_currency
        v_custom_fields = self.custom_fields
        if not isinstance(v_custom_fields, Unset):
            data["custom_fields"] = (
                [item0.to_dict() for item0 in v_custom_fields]
                if isinstance(v_custom_fields, list)
                else v_custom_fields
            )
        v_customer = self.customer
        if not isinstance(v_customer, Unset):
            data["customer"] = (
                v_customer.to_dict()
                if isinstance(v_customer, Customer)
                else (
                    v_customer.to_dict() if isinstance(v_customer, DeletedCustomer) else v_customer
                )
            )
        v_customer_address = self.customer_address
        if not isinstance(v_customer_address, Unset):
            data["customer_address"] = (
                v_customer_address.to_dict()
                if isinstance(v_customer_address, Address)
                else v_customer_address
            )
        v_customer_email = self.customer_email
        if not isinstance(v_customer_email, Unset):
            data["customer_email"] = v_customer_email
        v_customer_name = self.customer_name
        if not isinstance(v_customer_name, Unset):
            data["customer_name"] = v_customer_name
        v_customer_phone = self.customer_phone
        if not isinstance(v_customer_phone, Unset):
            data["customer_phone"] = v_customer_phone
        v_customer_shipping = self.customer_shipping
        if not isinstance(v_customer_shipping, Unset):
            data["customer_shipping"] = (
                v_customer_shipping.to_dict()
                if isinstance(v_customer_shipping, Shipping)
                else v_customer_shipping
            )
        v_customer_tax_exempt = self.customer_tax_exempt
        if not isinstance(v_customer_tax_exempt, Unset):
            data["customer_tax_exempt"] = v_customer_tax_exempt
        v_customer_tax_ids = self.customer_tax_ids
        if not isinstance(v_customer_tax_ids, Unset):
            data["customer_tax_ids"] = (
                [item0.to_dict() for item0 in v_customer_tax_ids]
                if isinstance(v_customer_tax_ids, list)
                else v_customer_tax_ids
            )
        v_default_payment_method = self.default_payment_method
        if not isinstance(v_default_payment_method, Unset):
            data["default_payment_method"] = v_default_payment_method
        v_default_source = self.default_source
        if not isinstance(v_default_source, Unset):
            data["default_source"] = v_default_source
        v_default_tax_rates = self.default_tax_rates
        if not isinstance(v_default_tax_rates, Unset):
            data["default_tax_rates"] = v_default_tax_rates
        v_description = self.description
        if not isinstance(v_description, Unset):
            data["description"] = v_description
        v_discounts = self.discounts
        if not isinstance(v_discounts, Unset):
            data["discounts"] = [
                (
                    item0.to_dict()
                    if isinstance(item0, Discount)
                    else (item0.to_dict() if isinstance(item0, DeletedDiscount) else item0)
                )
                for item0 in v_discounts
            ]
        v_due_date = self.due_date
        if not isinstance(v_due_date, Unset):
            data["due_date"] = v_due_date
        v_ending_balance = self.ending_balance
        if not isinstance(v_ending_balance, Unset):
            data["ending_balance"] = v_ending_balance
        v_footer = self.footer
        if not isinstance(v_footer, Unset):
            data["footer"] = v_footer
        v_from_invoice = self.from_invoice
        if not isinstance(v_from_invoice, Unset):
            data["from_invoice"] = (
                v_from_invoice.to_dict()
                if isinstance(v_from_invoice, InvoicesResourceFromInvoice)
                else v_from_invoice
            )
        v_hosted_invoice_url = self.hosted_invoice_url
        if not isinstance(v_hosted_invoice_url, Unset):
            data["hosted_invoice_url"] = v_hosted_invoice_url
        v_id = self.id
        if not isinstance(v_id, Unset):
            data["id"] = v_id
        v_invoice_pdf = self.invoice_pdf
        if not isinstance(v_invoice_pdf, Unset):
            data["invoice_pdf"] = v_invoice_pdf
        v_issuer = self.issuer
        if not isinstance(v_issuer, Unset):
            data["issuer"] = v_issuer.to_dict()
        v_last_finalization_error = self.last_finalization_error
        if not isinstance(v_last_finalization_error, Unset):
            data["last_finalization_error"] = (
                v_last_finalization_error.to_dict()
                if isinstance(v_last_finalization_error, ApiErrors)
                else v_last_finalization_error
            )
        v_latest_revision = self.latest_revision
        if not isinstance(v_latest_revision, Unset):
            data["latest_revision"] = (
                v_latest_revision.to_dict()
                if isinstance(v_latest_revision, Invoice)
                else v_latest_revision
            )
        v_lines = self.lines
        if not isinstance(v_lines, Unset):
            data["lines"] = v_lines.to_dict()
        v_livemode = self.livemode
        if not isinstance(v_livemode, Unset):
            data["livemode"] = v_livemode
        v_metadata = self.metadata
        if not isinstance(v_metadata, Unset):
            data["metadata"] = v_metadata
        v_next_payment_attempt = self.next_payment_attempt
        if not isinstance(v_next_payment_attempt, Unset):
            data["next_payment_attempt"] = v_next_payment_attempt
        v_number = self.number
        if not isinstance(v_number, Unset):
            data["number"] = v_number
        v_object_ = self.object_
        if not isinstance(v_object_, Unset):
            data["object"] = v_object_
        v_on_behalf_of = self.on_behalf_of
        if not isinstance(v_on_behalf_of, Unset):
            data["on_behalf_of"] = v_on_behalf_of
        v_parent = self.parent
        if not isinstance(v_parent, Unset):
            data["parent"] = (
                v_parent.to_dict()
                if isinstance(v_parent, BillingBillResourceInvoicingParentsInvoiceParent)
                else v_parent
            )
        v_payment_settings = self.payment_settings
        if not isinstance(v_payment_settings, Unset):
            data["payment_settings"] = v_payment_settings.to_dict()
        v_period_end = self.period_end
        if not isinstance(v_period_end, Unset):
            data["period_end"] = v_period_end
        v_period_start = self.period_start
        if not isinstance(v_period_start, Unset):
            data["period_start"] = v_period_start
        v_post_payment_credit_notes_amount = self.post_payment_credit_notes_amount
        if not isinstance(v_post_payment_credit_notes_amount, Unset):
            data["post_payment_credit_notes_amount"] = v_post_payment_credit_notes_amount
        v_pre_payment_credit_notes_amount = self.pre_payment_credit_notes_amount
        if not isinstance(v_pre_payment_credit_notes_amount, Unset):
            data["pre_payment_credit_notes_amount"] = v_pre_payment_credit_notes_amount
        v_receipt_number = self.receipt_number
        if not isinstance(v_receipt_number, Unset):
            data["receipt_number"] = v_receipt_number
        v_shipping_cost = self.shipping_cost
        if not isinstance(v_shipping_cost, Unset):
            data["shipping_cost"] = (
                v_shipping_cost.to_dict()
                if isinstance(v_shipping_cost, InvoicesResourceShippingCost)
                else v_shipping_cost
            )
        v_shipping_details = self.shipping_details
        if not isinstance(v_shipping_details, Unset):
            data["shipping_details"] = (
                v_shipping_details.to_dict()
                if isinstance(v_shipping_details, Shipping)
                else v_shipping_details
            )
        v_starting_balance = self.starting_balance
        if not isinstance(v_starting_balance, Unset):
            data["starting_balance"] = v_starting_balance
        v_statement_descriptor = self.statement_descriptor
        if not isinstance(v_statement_descriptor, Unset):
            data["statement_descriptor"] = v_statement_descriptor
        v_status = self.status
        if not isinstance(v_status, Unset):
            data["status"] = v_status
        v_status_transitions = self.status_transitions
        if not isinstance(v_status_transitions, Unset):
            data["status_transitions"] = v_status_transitions.to_dict()
        v_subtotal = self.subtotal
        if not isinstance(v_subtotal, Unset):
            data["subtotal"] = v_subtotal
        v_subtotal_excluding_tax = self.subtotal_excluding_tax
        if not isinstance(v_subtotal_excluding_tax, Unset):
            data["subtotal_excluding_tax"] = v_subtotal_excluding_tax
        v_test_clock = self.test_clock
        if not isinstance(v_test_clock, Unset):
            data["test_clock"] = v_test_clock
        v_total = self.total
        if not isinstance(v_total, Unset):
            data["total"] = v_total
        v_total_discount_amounts = self.total_discount_amounts
        if not isinstance(v_total_discount_amounts, Unset):
            data["total_discount_amounts"] = (
                [item0.to_dict() for item0 in v_total_discount_amounts]
                if isinstance(v_total_discount_amounts, list)
                else v_total_discount_amounts
            )
        v_total_excluding_tax = self.total_excluding_tax
        if not isinstance(v_total_excluding_tax, Unset):
            data["total_excluding_tax"] = v_total_excluding_tax
        v_total_taxes = self.total_taxes
        if not isinstance(v_total_taxes, Unset):
            data["total_taxes"] = (
                [item0.to_dict() for item0 in v_total_taxes]
                if isinstance(v_total_taxes, list)
                else v_total_taxes
            )
        v_webhooks_delivered_at = self.webhooks_delivered_at
        if not isinstance(v_webhooks_delivered_at, Unset):
            data["webhooks_delivered_at"] = v_webhooks_delivered_at
        v_amount_paid_off_stripe = self.amount_paid_off_stripe
        if not isinstance(v_amount_paid_off_stripe, Unset):
            data["amount_paid_off_stripe"] = v_amount_paid_off_stripe
        v_automatically_finalizes_at = self.automatically_finalizes_at
        if not isinstance(v_automatically_finalizes_at, Unset):
            data["automatically_finalizes_at"] = v_automatically_finalizes_at
        v_confirmation_secret = self.confirmation_secret
        if not isinstance(v_confirmation_secret, Unset):
            data["confirmation_secret"] = (
                v_confirmation_secret.to_dict()
                if isinstance(v_confirmation_secret, InvoicesResourceConfirmationSecret)
                else v_confirmation_secret
            )
        v_customer_account = self.customer_account
        if not isinstance(v_customer_account, Unset):
            data["customer_account"] = v_customer_account
        v_effective_at = self.effective_at
        if not isinstance(v_effective_at, Unset):
            data["effective_at"] = v_effective_at
        v_payments = self.payments
        if not isinstance(v_payments, Unset):
            data["payments"] = (
                v_payments.to_dict() if isinstance(v_payments, InvoicePaymentsType0) else v_payments
            )
        v_rendering = self.rendering
        if not isinstance(v_rendering, Unset):
            data["rendering"] = (
                v_rendering.to_dict()
                if isinstance(v_rendering, InvoicesResourceInvoiceRendering)
                else v_rendering
            )
        v_status_details = self.status_details
        if not isinstance(v_status_details, Unset):
            data["status_details"] = (
                v_status_details.to_dict()
                if isinstance(v_status_details, InvoicesResourceStatusDetails)
                else v_status_details
            )
        v_threshold_reason = self.threshold_reason
        if not isinstance(v_threshold_reason, Unset):
            data["threshold_reason"] = (
                v_threshold_reason.to_dict()
                if isinstance(v_threshold_reason, InvoiceThresholdReason)
                else v_threshold_reason
            )
        v_total_pretax_credit_amounts = self.total_pretax_credit_amounts
        if not isinstance(v_total_pretax_credit_amounts, Unset):
            data["total_pretax_credit_amounts"] = (
                [item0.to_dict() for item0 in v_total_pretax_credit_amounts]
                if isinstance(v_total_pretax_credit_amounts, list)
                else v_total_pretax_credit_amounts
            )
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Invoice:
        d = dict(src_dict)
        v_account_country = d.pop("account_country", UNSET)
        if v_account_country is not UNSET and not (
            (type(v_account_country) is str) or (v_account_country is None)
        ):
            d["account_country"] = v_account_country
            v_account_country = UNSET
        v_account_name = d.pop("account_name", UNSET)
        if v_account_name is not UNSET and not (
            (type(v_account_name) is str) or (v_account_name is None)
        ):
            d["account_name"] = v_account_name
            v_account_name = UNSET
        v_account_tax_ids = d.pop("account_tax_ids", UNSET)
        if v_account_tax_ids is not UNSET and not (
            (
                type(v_account_tax_ids) is list
                and all(
                    (type(item0) is str) or (type(item0) is dict) for item0 in v_account_tax_ids
                )
            )
            or (v_account_tax_ids is None)
        ):
            d["account_tax_ids"] = v_account_tax_ids
            v_account_tax_ids = UNSET
        v_amount_due = d.pop("amount_due", UNSET)
        if v_amount_due is not UNSET and not (type(v_amount_due) is int):
            d["amount_due"] = v_amount_due
            v_amount_due = UNSET
        v_amount_overpaid = d.pop("amount_overpaid", UNSET)
        if v_amount_overpaid is not UNSET and not (type(v_amount_overpaid) is int):
            d["amount_overpaid"] = v_amount_overpaid
            v_amount_overpaid = UNSET
        v_amount_paid = d.pop("amount_paid", UNSET)
        if v_amount_paid is not UNSET and not (type(v_amount_paid) is int):
            d["amount_paid"] = v_amount_paid
            v_amount_paid = UNSET
        v_amount_remaining = d.pop("amount_remaining", UNSET)
        if v_amount_remaining is not UNSET and not (type(v_amount_remaining) is int):
            d["amount_remaining"] = v_amount_remaining
            v_amount_remaining = UNSET
        v_amount_shipping = d.pop("amount_shipping", UNSET)
        if v_amount_shipping is not UNSET and not (type(v_amount_shipping) is int):
            d["amount_shipping"] = v_amount_shipping
            v_amount_shipping = UNSET
        v_application = d.pop("application", UNSET)
        if v_application is not UNSET and not (
            (type(v_application) is str) or (type(v_application) is dict) or (v_application is None)
        ):
            d["application"] = v_application
            v_application = UNSET
        v_attempt_count = d.pop("attempt_count", UNSET)
        if v_attempt_count is not UNSET and not (type(v_attempt_count) is int):
            d["attempt_count"] = v_attempt_count
            v_attempt_count = UNSET
        v_attempted = d.pop("attempted", UNSET)
        if v_attempted is not UNSET and not (type(v_attempted) is bool):
            d["attempted"] = v_attempted
            v_attempted = UNSET
        v_auto_advance = d.pop("auto_advance", UNSET)
        if v_auto_advance is not UNSET and not (
            (type(v_auto_advance) is bool) or (v_auto_advance is None)
        ):
            d["auto_advance"] = v_auto_advance
            v_auto_advance = UNSET
        v_automatic_tax = d.pop("automatic_tax", UNSET)
        if v_automatic_tax is not UNSET:
            if type(v_automatic_tax) is dict:
                v_automatic_tax = AutomaticTax.from_dict(v_automatic_tax)
            else:
                d["automatic_tax"] = v_automatic_tax
                v_automatic_tax = UNSET
        v_billing_reason = d.pop("billing_reason", UNSET)
        if v_billing_reason is not UNSET and not (
            (type(v_billing_reason) is str) or (v_billing_reason is None)
        ):
            d["billing_reason"] = v_billing_reason
            v_billing_reason = UNSET
        v_collection_method = d.pop("collection_method", UNSET)
        if v_collection_method is not UNSET and not (type(v_collection_method) is str):
            d["collection_method"] = v_collection_method
            v_collection_method = UNSET
        v_created = d.pop("created", UNSET)
        if v_created is not UNSET and not (type(v_created) is int):
            d["created"] = v_created
            v_created = UNSET
        v_currency = d.pop("currency", UNSET)
        if v_currency is not UNSET and not (type(v_currency) is str):
            d["currency"] = v_currency
            v_currency = UNSET
        v_custom_fields = d.pop("custom_fields", UNSET)
        if v_custom_fields is not UNSET:
            if (
                type(v_custom_fields) is list
                and all(type(item0) is dict for item0 in v_custom_fields)
            ) or (v_custom_fields is None):
                v_custom_fields = (
                    [InvoiceSettingCustomField.from_dict(item0) for item0 in v_custom_fields]
                    if type(v_custom_fields) is list
                    and all(type(item0) is dict for item0 in v_custom_fields)
                    else v_custom_fields
                )
            else:
                d["custom_fields"] = v_custom_fields
                v_custom_fields = UNSET
        v_customer = d.pop("customer", UNSET)
        if v_customer is not UNSET:
            if (
                (type(v_customer) is dict)
                or (type(v_customer) is dict)
                or (type(v_customer) is str)
                or (v_customer is None)
            ):
                v_customer = (
                    DeletedCustomer.from_dict(v_customer)
                    if type(v_customer) is dict
                    and v_customer.get("deleted") is True
                    and v_customer.get("object") == "customer"
                    else (
                        Customer.from_dict(v_customer) if type(v_customer) is dict else v_customer
                    )
                )
            else:
                d["customer"] = v_customer
                v_customer = UNSET
        v_customer_address = d.pop("customer_address", UNSET)
        if v_customer_address is not UNSET:
            if (type(v_customer_address) is dict) or (v_customer_address is None):
                v_customer_address = (
                    Address.from_dict(v_customer_address)
                    if type(v_customer_address) is dict
                    else v_customer_address
                )
            else:
                d["customer_address"] = v_customer_address
                v_customer_address = UNSET
        v_customer_email = d.pop("customer_email", UNSET)
        if v_customer_email is not UNSET and not (
            (type(v_customer_email) is str) or (v_customer_email is None)
        ):
            d["customer_email"] = v_customer_email
            v_customer_email = UNSET
        v_customer_name = d.pop("customer_name", UNSET)
        if v_customer_name is not UNSET and not (
            (type(v_customer_name) is str) or (v_customer_name is None)
        ):
            d["customer_name"] = v_customer_name
            v_customer_name = UNSET
        v_customer_phone = d.pop("customer_phone", UNSET)
        if v_customer_phone is not UNSET and not (
            (type(v_customer_phone) is str) or (v_customer_phone is None)
        ):
            d["customer_phone"] = v_customer_phone
            v_customer_phone = UNSET
        v_customer_shipping = d.pop("customer_shipping", UNSET)
        if v_customer_shipping is not UNSET:
            if (type(v_customer_shipping) is dict) or (v_customer_shipping is None):
                v_customer_shipping = (
                    Shipping.from_dict(v_customer_shipping)
                    if type(v_customer_shipping) is dict
                    else v_customer_shipping
                )
            else:
                d["customer_shipping"] = v_customer_shipping
                v_customer_shipping = UNSET
        v_customer_tax_exempt = d.pop("customer_tax_exempt", UNSET)
        if v_customer_tax_exempt is not UNSET and not (
            (type(v_customer_tax_exempt) is str) or (v_customer_tax_exempt is None)
        ):
            d["customer_tax_exempt"] = v_customer_tax_exempt
            v_customer_tax_exempt = UNSET
        v_customer_tax_ids = d.pop("customer_tax_ids", UNSET)
        if v_customer_tax_ids is not UNSET:
            if (
                type(v_customer_tax_ids) is list
                and all(type(item0) is dict for item0 in v_customer_tax_ids)
            ) or (v_customer_tax_ids is None):
                v_customer_tax_ids = (
                    [InvoicesResourceInvoiceTaxId.from_dict(item0) for item0 in v_customer_tax_ids]
                    if type(v_customer_tax_ids) is list
                    and all(type(item0) is dict for item0 in v_customer_tax_ids)
                    else v_customer_tax_ids
                )
            else:
                d["customer_tax_ids"] = v_customer_tax_ids
                v_customer_tax_ids = UNSET
        v_default_payment_method = d.pop("default_payment_method", UNSET)
        if v_default_payment_method is not UNSET and not (
            (type(v_default_payment_method) is str)
            or (type(v_default_payment_method) is dict)
            or (v_default_payment_method is None)
        ):
            d["default_payment_method"] = v_default_payment_method
            v_default_payment_method = UNSET
        v_default_source = d.pop("default_source", UNSET)
        if v_default_source is not UNSET and not (
            (type(v_default_source) is str)
            or (type(v_default_source) is dict)
            or (v_default_source is None)
        ):
            d["default_source"] = v_default_source
            v_default_source = UNSET
        v_default_tax_rates = d.pop("default_tax_rates", UNSET)
        if v_default_tax_rates is not UNSET and not (
            type(v_default_tax_rates) is list
            and all(type(item0) is dict for item0 in v_default_tax_rates)
        ):
            d["default_tax_rates"] = v_default_tax_rates
            v_default_tax_rates = UNSET
        v_description = d.pop("description", UNSET)
        if v_description is not UNSET and not (
            (type(v_description) is str) or (v_description is None)
        ):
            d["description"] = v_description
            v_description = UNSET
        v_discounts = d.pop("discounts", UNSET)
        if v_discounts is not UNSET:
            if type(v_discounts) is list and all(
                (type(item0) is dict) or (type(item0) is dict) or (type(item0) is str)
                for item0 in v_discounts
            ):
                v_discounts = [
                    (
                        DeletedDiscount.from_dict(item0)
                        if type(item0) is dict
                        and item0.get("deleted") is True
                        and item0.get("object") == "discount"
                        else (Discount.from_dict(item0) if type(item0) is dict else item0)
                    )
                    for item0 in v_discounts
                ]
            else:
                d["discounts"] = v_discounts
                v_discounts = UNSET
        v_due_date = d.pop("due_date", UNSET)
        if v_due_date is not UNSET and not ((type(v_due_date) is int) or (v_due_date is None)):
            d["due_date"] = v_due_date
            v_due_date = UNSET
        v_ending_balance = d.pop("ending_balance", UNSET)
        if v_ending_balance is not UNSET and not (
            (type(v_ending_balance) is int) or (v_ending_balance is None)
        ):
            d["ending_balance"] = v_ending_balance
            v_ending_balance = UNSET
        v_footer = d.pop("footer", UNSET)
        if v_footer is not UNSET and not ((type(v_footer) is str) or (v_footer is None)):
            d["footer"] = v_footer
            v_footer = UNSET
        v_from_invoice = d.pop("from_invoice", UNSET)
        if v_from_invoice is not UNSET:
            if (type(v_from_invoice) is dict) or (v_from_invoice is None):
                v_from_invoice = (
                    InvoicesResourceFromInvoice.from_dict(v_from_invoice)
                    if type(v_from_invoice) is dict
                    else v_from_invoice
                )
            else:
                d["from_invoice"] = v_from_invoice
                v_from_invoice = UNSET
        v_hosted_invoice_url = d.pop("hosted_invoice_url", UNSET)
        if v_hosted_invoice_url is not UNSET and not (
            (type(v_hosted_invoice_url) is str) or (v_hosted_invoice_url is None)
        ):
            d["hosted_invoice_url"] = v_hosted_invoice_url
            v_hosted_invoice_url = UNSET
        v_id = d.pop("id", UNSET)
        if v_id is not UNSET and not (type(v_id) is str):
            d["id"] = v_id
            v_id = UNSET
        v_invoice_pdf = d.pop("invoice_pdf", UNSET)
        if v_invoice_pdf is not UNSET and not (
            (type(v_invoice_pdf) is str) or (v_invoice_pdf is None)
        ):
            d["invoice_pdf"] = v_invoice_pdf
            v_invoice_pdf = UNSET
        v_issuer = d.pop("issuer", UNSET)
        if v_issuer is not UNSET:
            if type(v_issuer) is dict:
                v_issuer = ConnectAccountReference.from_dict(v_issuer)
            else:
                d["issuer"] = v_issuer
                v_issuer = UNSET
        v_last_finalization_error = d.pop("last_finalization_error", UNSET)
        if v_last_finalization_error is not UNSET:
            if (type(v_last_finalization_error) is dict) or (v_last_finalization_error is None):
                v_last_finalization_error = (
                    ApiErrors.from_dict(v_last_finalization_error)
                    if type(v_last_finalization_error) is dict
                    else v_last_finalization_error
                )
            else:
                d["last_finalization_error"] = v_last_finalization_error
                v_last_finalization_error = UNSET
        v_latest_revision = d.pop("latest_revision", UNSET)
        if v_latest_revision is not UNSET:
            if (
                (type(v_latest_revision) is dict)
                or (type(v_latest_revision) is str)
                or (v_latest_revision is None)
            ):
                v_latest_revision = (
                    Invoice.from_dict(v_latest_revision)
                    if type(v_latest_revision) is dict
                    else v_latest_revision
                )
            else:
                d["latest_revision"] = v_latest_revision
                v_latest_revision = UNSET
        v_lines = d.pop("lines", UNSET)
        if v_lines is not UNSET:
            if type(v_lines) is dict:
                v_lines = InvoiceLines.from_dict(v_lines)
            else:
                d["lines"] = v_lines
                v_lines = UNSET
        v_livemode = d.pop("livemode", UNSET)
        if v_livemode is not UNSET and not (type(v_livemode) is bool):
            d["livemode"] = v_livemode
            v_livemode = UNSET
        v_metadata = d.pop("metadata", UNSET)
        if v_metadata is not UNSET and not (
            (type(v_metadata) is dict and all(type(item0) is str for item0 in v_metadata.values()))
            or (v_metadata is None)
        ):
            d["metadata"] = v_metadata
            v_metadata = UNSET
        v_next_payment_attempt = d.pop("next_payment_attempt", UNSET)
        if v_next_payment_attempt is not UNSET and not (
            (type(v_next_payment_attempt) is int) or (v_next_payment_attempt is None)
        ):
            d["next_payment_attempt"] = v_next_payment_attempt
            v_next_payment_attempt = UNSET
        v_number = d.pop("number", UNSET)
        if v_number is not UNSET and not ((type(v_number) is str) or (v_number is None)):
            d["number"] = v_number
            v_number = UNSET
        v_object_ = d.pop("object", UNSET)
        if v_object_ is not UNSET and not (type(v_object_) is str):
            d["object"] = v_object_
            v_object_ = UNSET
        v_on_behalf_of = d.pop("on_behalf_of", UNSET)
        if v_on_behalf_of is not UNSET and not (
            (type(v_on_behalf_of) is str)
            or (type(v_on_behalf_of) is dict)
            or (v_on_behalf_of is None)
        ):
            d["on_behalf_of"] = v_on_behalf_of
            v_on_behalf_of = UNSET
        v_parent = d.pop("parent", UNSET)
        if v_parent is not UNSET:
            if (type(v_parent) is dict) or (v_parent is None):
                v_parent = (
                    BillingBillResourceInvoicingParentsInvoiceParent.from_dict(v_parent)
                    if type(v_parent) is dict
                    else v_parent
                )
            else:
                d["parent"] = v_parent
                v_parent = UNSET
        v_payment_settings = d.pop("payment_settings", UNSET)
        if v_payment_settings is not UNSET:
            if type(v_payment_settings) is dict:
                v_payment_settings = InvoicesPaymentSettings.from_dict(v_payment_settings)
            else:
                d["payment_settings"] = v_payment_settings
                v_payment_settings = UNSET
        v_period_end = d.pop("period_end", UNSET)
        if v_period_end is not UNSET and not (type(v_period_end) is int):
            d["period_end"] = v_period_end
            v_period_end = UNSET
        v_period_start = d.pop("period_start", UNSET)
        if v_period_start is not UNSET and not (type(v_period_start) is int):
            d["period_start"] = v_period_start
            v_period_start = UNSET
        v_post_payment_credit_notes_amount = d.pop("post_payment_credit_notes_amount", UNSET)
        if v_post_payment_credit_notes_amount is not UNSET and not (
            type(v_post_payment_credit_notes_amount) is int
        ):
            d["post_payment_credit_notes_amount"] = v_post_payment_credit_notes_amount
            v_post_payment_credit_notes_amount = UNSET
        v_pre_payment_credit_notes_amount = d.pop("pre_payment_credit_notes_amount", UNSET)
        if v_pre_payment_credit_notes_amount is not UNSET and not (
            type(v_pre_payment_credit_notes_amount) is int
        ):
            d["pre_payment_credit_notes_amount"] = v_pre_payment_credit_notes_amount
            v_pre_payment_credit_notes_amount = UNSET
        v_receipt_number = d.pop("receipt_number", UNSET)
        if v_receipt_number is not UNSET and not (
            (type(v_receipt_number) is str) or (v_receipt_number is None)
        ):
            d["receipt_number"] = v_receipt_number
            v_receipt_number = UNSET
        v_shipping_cost = d.pop("shipping_cost", UNSET)
        if v_shipping_cost is not UNSET:
            if (type(v_shipping_cost) is dict) or (v_shipping_cost is None):
                v_shipping_cost = (
                    InvoicesResourceShippingCost.from_dict(v_shipping_cost)
                    if type(v_shipping_cost) is dict
                    else v_shipping_cost
                )
            else:
                d["shipping_cost"] = v_shipping_cost
                v_shipping_cost = UNSET
        v_shipping_details = d.pop("shipping_details", UNSET)
        if v_shipping_details is not UNSET:
            if (type(v_shipping_details) is dict) or (v_shipping_details is None):
                v_shipping_details = (
                    Shipping.from_dict(v_shipping_details)
                    if type(v_shipping_details) is dict
                    else v_shipping_details
                )
            else:
                d["shipping_details"] = v_shipping_details
                v_shipping_details = UNSET
        v_starting_balance = d.pop("starting_balance", UNSET)
        if v_starting_balance is not UNSET and not (type(v_starting_balance) is int):
            d["starting_balance"] = v_starting_balance
            v_starting_balance = UNSET
        v_statement_descriptor = d.pop("statement_descriptor", UNSET)
        if v_statement_descriptor is not UNSET and not (
            (type(v_statement_descriptor) is str) or (v_statement_descriptor is None)
        ):
            d["statement_descriptor"] = v_statement_descriptor
            v_statement_descriptor = UNSET
        v_status = d.pop("status", UNSET)
        if v_status is not UNSET and not ((type(v_status) is str) or (v_status is None)):
            d["status"] = v_status
            v_status = UNSET
        v_status_transitions = d.pop("status_transitions", UNSET)
        if v_status_transitions is not UNSET:
            if type(v_status_transitions) is dict:
                v_status_transitions = InvoicesStatusTransitions.from_dict(v_status_transitions)
            else:
                d["status_transitions"] = v_status_transitions
                v_status_transitions = UNSET
        v_subtotal = d.pop("subtotal", UNSET)
        if v_subtotal is not UNSET and not (type(v_subtotal) is int):
            d["subtotal"] = v_subtotal
            v_subtotal = UNSET
        v_subtotal_excluding_tax = d.pop("subtotal_excluding_tax", UNSET)
        if v_subtotal_excluding_tax is not UNSET and not (
            (type(v_subtotal_excluding_tax) is int) or (v_subtotal_excluding_tax is None)
        ):
            d["subtotal_excluding_tax"] = v_subtotal_excluding_tax
            v_subtotal_excluding_tax = UNSET
        v_test_clock = d.pop("test_clock", UNSET)
        if v_test_clock is not UNSET and not (
            (type(v_test_clock) is str) or (type(v_test_clock) is dict) or (v_test_clock is None)
        ):
            d["test_clock"] = v_test_clock
            v_test_clock = UNSET
        v_total = d.pop("total", UNSET)
        if v_total is not UNSET and not (type(v_total) is int):
            d["total"] = v_total
            v_total = UNSET
        v_total_discount_amounts = d.pop("total_discount_amounts", UNSET)
        if v_total_discount_amounts is not UNSET:
            if (
                type(v_total_discount_amounts) is list
                and all(type(item0) is dict for item0 in v_total_discount_amounts)
            ) or (v_total_discount_amounts is None):
                v_total_discount_amounts = (
                    [
                        DiscountsResourceDiscountAmount.from_dict(item0)
                        for item0 in v_total_discount_amounts
                    ]
                    if type(v_total_discount_amounts) is list
                    and all(type(item0) is dict for item0 in v_total_discount_amounts)
                    else v_total_discount_amounts
                )
            else:
                d["total_discount_amounts"] = v_total_discount_amounts
                v_total_discount_amounts = UNSET
        v_total_excluding_tax = d.pop("total_excluding_tax", UNSET)
        if v_total_excluding_tax is not UNSET and not (
            (type(v_total_excluding_tax) is int) or (v_total_excluding_tax is None)
        ):
            d["total_excluding_tax"] = v_total_excluding_tax
            v_total_excluding_tax = UNSET
        v_total_taxes = d.pop("total_taxes", UNSET)
        if v_total_taxes is not UNSET:
            if (
                type(v_total_taxes) is list and all(type(item0) is dict for item0 in v_total_taxes)
            ) or (v_total_taxes is None):
                v_total_taxes = (
                    [
                        BillingBillResourceInvoicingTaxesTax.from_dict(item0)
                        for item0 in v_total_taxes
                    ]
                    if type(v_total_taxes) is list
                    and all(type(item0) is dict for item0 in v_total_taxes)
                    else v_total_taxes
                )
            else:
                d["total_taxes"] = v_total_taxes
                v_total_taxes = UNSET
        v_webhooks_delivered_at = d.pop("webhooks_delivered_at", UNSET)
        if v_webhooks_delivered_at is not UNSET and not (
            (type(v_webhooks_delivered_at) is int) or (v_webhooks_delivered_at is None)
        ):
            d["webhooks_delivered_at"] = v_webhooks_delivered_at
            v_webhooks_delivered_at = UNSET
        v_amount_paid_off_stripe = d.pop("amount_paid_off_stripe", UNSET)
        if v_amount_paid_off_stripe is not UNSET and not (
            (type(v_amount_paid_off_stripe) is int) or (v_amount_paid_off_stripe is None)
        ):
            d["amount_paid_off_stripe"] = v_amount_paid_off_stripe
            v_amount_paid_off_stripe = UNSET
        v_automatically_finalizes_at = d.pop("automatically_finalizes_at", UNSET)
        if v_automatically_finalizes_at is not UNSET and not (
            (type(v_automatically_finalizes_at) is int) or (v_automatically_finalizes_at is None)
        ):
            d["automatically_finalizes_at"] = v_automatically_finalizes_at
            v_automatically_finalizes_at = UNSET
        v_confirmation_secret = d.pop("confirmation_secret", UNSET)
        if v_confirmation_secret is not UNSET:
            if (type(v_confirmation_secret) is dict) or (v_confirmation_secret is None):
                v_confirmation_secret = (
                    InvoicesResourceConfirmationSecret.from_dict(v_confirmation_secret)
                    if type(v_confirmation_secret) is dict
                    else v_confirmation_secret
                )
            else:
                d["confirmation_secret"] = v_confirmation_secret
                v_confirmation_secret = UNSET
        v_customer_account = d.pop("customer_account", UNSET)
        if v_customer_account is not UNSET and not (
            (type(v_customer_account) is str) or (v_customer_account is None)
        ):
            d["customer_account"] = v_customer_account
            v_customer_account = UNSET
        v_effective_at = d.pop("effective_at", UNSET)
        if v_effective_at is not UNSET and not (
            (type(v_effective_at) is int) or (v_effective_at is None)
        ):
            d["effective_at"] = v_effective_at
            v_effective_at = UNSET
        v_payments = d.pop("payments", UNSET)
        if v_payments is not UNSET:
            if (type(v_payments) is dict) or (v_payments is None):
                v_payments = (
                    InvoicePaymentsType0.from_dict(v_payments)
                    if type(v_payments) is dict
                    else v_payments
                )
            else:
                d["payments"] = v_payments
                v_payments = UNSET
        v_rendering = d.pop("rendering", UNSET)
        if v_rendering is not UNSET:
            if (type(v_rendering) is dict) or (v_rendering is None):
                v_rendering = (
                    InvoicesResourceInvoiceRendering.from_dict(v_rendering)
                    if type(v_rendering) is dict
                    else v_rendering
                )
            else:
                d["rendering"] = v_rendering
                v_rendering = UNSET
        v_status_details = d.pop("status_details", UNSET)
        if v_status_details is not UNSET:
            if (type(v_status_details) is dict) or (v_status_details is None):
                v_status_details = (
                    InvoicesResourceStatusDetails.from_dict(v_status_details)
                    if type(v_status_details) is dict
                    else v_status_details
                )
            else:
                d["status_details"] = v_status_details
                v_status_details = UNSET
        v_threshold_reason = d.pop("threshold_reason", UNSET)
        if v_threshold_reason is not UNSET:
            if (type(v_threshold_reason) is dict) or (v_threshold_reason is None):
                v_threshold_reason = (
                    InvoiceThresholdReason.from_dict(v_threshold_reason)
                    if type(v_threshold_reason) is dict
                    else v_threshold_reason
                )
            else:
                d["threshold_reason"] = v_threshold_reason
                v_threshold_reason = UNSET
        v_total_pretax_credit_amounts = d.pop("total_pretax_credit_amounts", UNSET)
        if v_total_pretax_credit_amounts is not UNSET:
            if (
                type(v_total_pretax_credit_amounts) is list
                and all(type(item0) is dict for item0 in v_total_pretax_credit_amounts)
            ) or (v_total_pretax_credit_amounts is None):
                v_total_pretax_credit_amounts = (
                    [
                        InvoicesResourcePretaxCreditAmount.from_dict(item0)
                        for item0 in v_total_pretax_credit_amounts
                    ]
                    if type(v_total_pretax_credit_amounts) is list
                    and all(type(item0) is dict for item0 in v_total_pretax_credit_amounts)
                    else v_total_pretax_credit_amounts
                )
            else:
                d["total_pretax_credit_amounts"] = v_total_pretax_credit_amounts
                v_total_pretax_credit_amounts = UNSET
        obj = cls(
            account_country=v_account_country,
            account_name=v_account_name,
            account_tax_ids=v_account_tax_ids,
            amount_due=v_amount_due,
            amount_overpaid=v_amount_overpaid,
            amount_paid=v_amount_paid,
            amount_remaining=v_amount_remaining,
            amount_shipping=v_amount_shipping,
            application=v_application,
            attempt_count=v_attempt_count,
            attempted=v_attempted,
            auto_advance=v_auto_advance,
            automatic_tax=v_automatic_tax,
            billing_reason=v_billing_reason,
            collection_method=v_collection_method,
            created=v_created,
            currency=v_currency,
            custom_fields=v_custom_fields,
            customer=v_customer,
            customer_address=v_customer_address,
            customer_email=v_customer_email,
            customer_name=v_customer_name,
            customer_phone=v_customer_phone,
            customer_shipping=v_customer_shipping,
            customer_tax_exempt=v_customer_tax_exempt,
            customer_tax_ids=v_customer_tax_ids,
            default_payment_method=v_default_payment_method,
            default_source=v_default_source,
            default_tax_rates=v_default_tax_rates,
            description=v_description,
            discounts=v_discounts,
            due_date=v_due_date,
            ending_balance=v_ending_balance,
            footer=v_footer,
            from_invoice=v_from_invoice,
            hosted_invoice_url=v_hosted_invoice_url,
            id=v_id,
            invoice_pdf=v_invoice_pdf,
            issuer=v_issuer,
            last_finalization_error=v_last_finalization_error,
            latest_revision=v_latest_revision,
            lines=v_lines,
            livemode=v_livemode,
            metadata=v_metadata,
            next_payment_attempt=v_next_payment_attempt,
            number=v_number,
            object_=v_object_,
            on_behalf_of=v_on_behalf_of,
            parent=v_parent,
            payment_settings=v_payment_settings,
            period_end=v_period_end,
            period_start=v_period_start,
            post_payment_credit_notes_amount=v_post_payment_credit_notes_amount,
            pre_payment_credit_notes_amount=v_pre_payment_credit_notes_amount,
            receipt_number=v_receipt_number,
            shipping_cost=v_shipping_cost,
            shipping_details=v_shipping_details,
            starting_balance=v_starting_balance,
            statement_descriptor=v_statement_descriptor,
            status=v_status,
            status_transitions=v_status_transitions,
            subtotal=v_subtotal,
            subtotal_excluding_tax=v_subtotal_excluding_tax,
            test_clock=v_test_clock,
            total=v_total,
            total_discount_amounts=v_total_discount_amounts,
            total_excluding_tax=v_total_excluding_tax,
            total_taxes=v_total_taxes,
            webhooks_delivered_at=v_webhooks_delivered_at,
            amount_paid_off_stripe=v_amount_paid_off_stripe,
            automatically_finalizes_at=v_automatically_finalizes_at,
            confirmation_secret=v_confirmation_secret,
            customer_account=v_customer_account,
            effective_at=v_effective_at,
            payments=v_payments,
            rendering=v_rendering,
            status_details=v_status_details,
            threshold_reason=v_threshold_reason,
            total_pretax_credit_amounts=v_total_pretax_credit_amounts,
        )
        obj.additional_properties = d
        return obj

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


class InvoiceParams(TypedDict, total=False):
    """Invoice as plain data, for request parameters."""

    account_country: Required[str]
    account_name: Required[str]
    account_tax_ids: Required[list[str | Mapping[str, Any]]]
    amount_due: Required[int]
    amount_overpaid: Required[int]
    amount_paid: Required[int]
    amount_remaining: Required[int]
    amount_shipping: Required[int]
    application: Required[str | Mapping[str, Any]]
    attempt_count: Required[int]
    attempted: Required[bool]
    auto_advance: Required[bool]
    automatic_tax: Required[AutomaticTaxParams | AutomaticTax]
    billing_reason: Required[InvoiceBillingReason]
    collection_method: Required[InvoiceCollectionMethod]
    created: Required[int]
    currency: Required[str]
    custom_fields: Required[list[InvoiceSettingCustomFieldParams | InvoiceSettingCustomField]]
    customer: Required[str | CustomerParams | Customer | DeletedCustomerParams | DeletedCustomer]
    customer_address: Required[AddressParams | Address]
    customer_email: Required[str]
    customer_name: Required[str]
    customer_phone: Required[str]
    customer_shipping: Required[ShippingParams | Shipping]
    customer_tax_exempt: Required[InvoiceCustomerTaxExempt]
    customer_tax_ids: Required[
        list[InvoicesResourceInvoiceTaxIdParams | InvoicesResourceInvoiceTaxId]
    ]
    default_payment_method: Required[str | Mapping[str, Any]]
    default_source: Required[str | Mapping[str, Any]]
    default_tax_rates: Required[list[Mapping[str, Any]]]
    description: Required[str]
    discounts: Required[
        list[str | DiscountParams | Discount | DeletedDiscountParams | DeletedDiscount]
    ]
    due_date: Required[int]
    ending_balance: Required[int]
    footer: Required[str]
    from_invoice: Required[InvoicesResourceFromInvoiceParams | InvoicesResourceFromInvoice]
    hosted_invoice_url: Required[str]
    id: Required[str]
    invoice_pdf: Required[str]
    issuer: Required[ConnectAccountReferenceParams | ConnectAccountReference]
    last_finalization_error: Required[ApiErrorsParams | ApiErrors]
    latest_revision: Required[str | InvoiceParams | Invoice]
    lines: Required[InvoiceLinesParams | InvoiceLines]
    livemode: Required[bool]
    metadata: Required[Mapping[str, str]]
    next_payment_attempt: Required[int]
    number: Required[str]
    object: Required[InvoiceObject]
    on_behalf_of: Required[str | Mapping[str, Any]]
    parent: Required[
        BillingBillResourceInvoicingParentsInvoiceParentParams
        | BillingBillResourceInvoicingParentsInvoiceParent
    ]
    payment_settings: Required[InvoicesPaymentSettingsParams | InvoicesPaymentSettings]
    period_end: Required[int]
    period_start: Required[int]
    post_payment_credit_notes_amount: Required[int]
    pre_payment_credit_notes_amount: Required[int]
    receipt_number: Required[str]
    shipping_cost: Required[InvoicesResourceShippingCostParams | InvoicesResourceShippingCost]
    shipping_details: Required[ShippingParams | Shipping]
    starting_balance: Required[int]
    statement_descriptor: Required[str]
    status: Required[InvoiceStatus]
    status_transitions: Required[InvoicesStatusTransitionsParams | InvoicesStatusTransitions]
    subtotal: Required[int]
    subtotal_excluding_tax: Required[int]
    test_clock: Required[str | Mapping[str, Any]]
    total: Required[int]
    total_discount_amounts: Required[
        list[DiscountsResourceDiscountAmountParams | DiscountsResourceDiscountAmount]
    ]
    total_excluding_tax: Required[int]
    total_taxes: Required[
        list[BillingBillResourceInvoicingTaxesTaxParams | BillingBillResourceInvoicingTaxesTax]
    ]
    webhooks_delivered_at: Required[int]
    amount_paid_off_stripe: int
    automatically_finalizes_at: int
    confirmation_secret: (
        InvoicesResourceConfirmationSecretParams | InvoicesResourceConfirmationSecret
    )
    customer_account: str
    effective_at: int
    payments: InvoicePaymentsType0Params | InvoicePaymentsType0
    rendering: InvoicesResourceInvoiceRenderingParams | InvoicesResourceInvoiceRendering
    status_details: InvoicesResourceStatusDetailsParams | InvoicesResourceStatusDetails
    threshold_reason: InvoiceThresholdReasonParams | InvoiceThresholdReason
    total_pretax_credit_amounts: list[
        InvoicesResourcePretaxCreditAmountParams | InvoicesResourcePretaxCreditAmount
    ]


# Imported last: models refer to each other in cycles, and are only needed at call time.
from ..models.address import Address  # noqa: E402
from ..models.api_errors import ApiErrors  # noqa: E402
from ..models.automatic_tax import AutomaticTax  # noqa: E402
from ..models.billing_bill_resource_invoicing_parents_invoice_parent import (
    BillingBillResourceInvoicingParentsInvoiceParent,  # noqa: E402
)
from ..models.billing_bill_resource_invoicing_taxes_tax import BillingBillResourceInvoicingTaxesTax  # noqa: E402
from ..models.connect_account_reference import ConnectAccountReference  # noqa: E402
from ..models.customer import Customer  # noqa: E402
from ..models.deleted_customer import DeletedCustomer  # noqa: E402
from ..models.deleted_discount import DeletedDiscount  # noqa: E402
from ..models.discount import Discount  # noqa: E402
from ..models.discounts_resource_discount_amount import DiscountsResourceDiscountAmount  # noqa: E402
from ..models.invoice_lines import InvoiceLines  # noqa: E402
from ..models.invoice_metadata_type_0 import InvoiceMetadataType0  # noqa: E402
from ..models.invoice_payments_type_0 import InvoicePaymentsType0  # noqa: E402
from ..models.invoice_setting_custom_field import InvoiceSettingCustomField  # noqa: E402
from ..models.invoice_threshold_reason import InvoiceThresholdReason  # noqa: E402
from ..models.invoices_payment_settings import InvoicesPaymentSettings  # noqa: E402
from ..models.invoices_resource_confirmation_secret import InvoicesResourceConfirmationSecret  # noqa: E402
from ..models.invoices_resource_from_invoice import InvoicesResourceFromInvoice  # noqa: E402
from ..models.invoices_resource_invoice_rendering import InvoicesResourceInvoiceRendering  # noqa: E402
from ..models.invoices_resource_invoice_tax_id import InvoicesResourceInvoiceTaxId  # noqa: E402
from ..models.invoices_resource_pretax_credit_amount import InvoicesResourcePretaxCreditAmount  # noqa: E402
from ..models.invoices_resource_shipping_cost import InvoicesResourceShippingCost  # noqa: E402
from ..models.invoices_resource_status_details import InvoicesResourceStatusDetails  # noqa: E402
from ..models.invoices_status_transitions import InvoicesStatusTransitions  # noqa: E402
from ..models.shipping import Shipping  # noqa: E402
from ..models.stripe_object import StripeObject  # noqa: E402
