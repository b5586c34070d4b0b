from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
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


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class Invoice(Model):
    """A statement of what a customer owes, built from line items, with its payment and collection
    state.

    Parsing is tolerant: anything not modelled, and any value of another type than its field
    declares, is kept in `additional_properties`, so `from_dict(data).to_dict() == data`.
    Reading a field that the data lacks, or held with another type, raises
    `FieldNotAvailableError` (an AttributeError); optional fields read as `UNSET` when absent.
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
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("account_country", "account_country", "str | None"),
        ("account_name", "account_name", "str | None"),
        ("account_tax_ids", "account_tax_ids", "list[str | StripeObject] | None"),
        ("amount_due", "amount_due", "int"),
        ("amount_overpaid", "amount_overpaid", "int"),
        ("amount_paid", "amount_paid", "int"),
        ("amount_remaining", "amount_remaining", "int"),
        ("amount_shipping", "amount_shipping", "int"),
        ("application", "application", "str | StripeObject | None"),
        ("attempt_count", "attempt_count", "int"),
        ("attempted", "attempted", "bool"),
        ("auto_advance", "auto_advance", "bool | None"),
        ("automatic_tax", "automatic_tax", "AutomaticTax"),
        ("billing_reason", "billing_reason", "InvoiceBillingReason | None"),
        ("collection_method", "collection_method", "InvoiceCollectionMethod"),
        ("created", "created", "int"),
        ("currency", "currency", "str"),
        ("custom_fields", "custom_fields", "list[InvoiceSettingCustomField] | None"),
        ("customer", "customer", "Customer | DeletedCustomer | str | None"),
        ("customer_address", "customer_address", "Address | None"),
        ("customer_email", "customer_email", "str | None"),
        ("customer_name", "customer_name", "str | None"),
        ("customer_phone", "customer_phone", "str | None"),
        ("customer_shipping", "customer_shipping", "Shipping | None"),
        ("customer_tax_exempt", "customer_tax_exempt", "InvoiceCustomerTaxExempt | None"),
        ("customer_tax_ids", "customer_tax_ids", "list[InvoicesResourceInvoiceTaxId] | None"),
        ("default_payment_method", "default_payment_method", "str | StripeObject | None"),
        ("default_source", "default_source", "str | StripeObject | None"),
        ("default_tax_rates", "default_tax_rates", "list[StripeObject]"),
        ("description", "description", "str | None"),
        ("discounts", "discounts", "list[DeletedDiscount | Discount | str]"),
        ("due_date", "due_date", "int | None"),
        ("ending_balance", "ending_balance", "int | None"),
        ("footer", "footer", "str | None"),
        ("from_invoice", "from_invoice", "InvoicesResourceFromInvoice | None"),
        ("hosted_invoice_url", "hosted_invoice_url", "str | None"),
        ("id", "id", "str"),
        ("invoice_pdf", "invoice_pdf", "str | None"),
        ("issuer", "issuer", "ConnectAccountReference"),
        ("last_finalization_error", "last_finalization_error", "ApiErrors | None"),
        ("latest_revision", "latest_revision", "Invoice | str | None"),
        ("lines", "lines", "InvoiceLines"),
        ("livemode", "livemode", "bool"),
        ("metadata", "metadata", "InvoiceMetadataType0 | None"),
        ("next_payment_attempt", "next_payment_attempt", "int | None"),
        ("number", "number", "str | None"),
        ("object_", "object", "InvoiceObject"),
        ("on_behalf_of", "on_behalf_of", "str | StripeObject | None"),
        ("parent", "parent", "BillingBillResourceInvoicingParentsInvoiceParent | None"),
        ("payment_settings", "payment_settings", "InvoicesPaymentSettings"),
        ("period_end", "period_end", "int"),
        ("period_start", "period_start", "int"),
        ("post_payment_credit_notes_amount", "post_payment_credit_notes_amount", "int"),
        ("pre_payment_credit_notes_amount", "pre_payment_credit_notes_amount", "int"),
        ("receipt_number", "receipt_number", "str | None"),
        ("shipping_cost", "shipping_cost", "InvoicesResourceShippingCost | None"),
        ("shipping_details", "shipping_details", "Shipping | None"),
        ("starting_balance", "starting_balance", "int"),
        ("statement_descriptor", "statement_descriptor", "str | None"),
        ("status", "status", "InvoiceStatus | None"),
        ("status_transitions", "status_transitions", "InvoicesStatusTransitions"),
        ("subtotal", "subtotal", "int"),
        ("subtotal_excluding_tax", "subtotal_excluding_tax", "int | None"),
        ("test_clock", "test_clock", "str | StripeObject | None"),
        ("total", "total", "int"),
        (
            "total_discount_amounts",
            "total_discount_amounts",
            "list[DiscountsResourceDiscountAmount] | None",
        ),
        ("total_excluding_tax", "total_excluding_tax", "int | None"),
        ("total_taxes", "total_taxes", "list[BillingBillResourceInvoicingTaxesTax] | None"),
        ("webhooks_delivered_at", "webhooks_delivered_at", "int | None"),
        ("amount_paid_off_stripe", "amount_paid_off_stripe", "int | None"),
        ("automatically_finalizes_at", "automatically_finalizes_at", "int | None"),
        ("confirmation_secret", "confirmation_secret", "InvoicesResourceConfirmationSecret | None"),
        ("customer_account", "customer_account", "str | None"),
        ("effective_at", "effective_at", "int | None"),
        ("payments", "payments", "InvoicePaymentsType0 | None"),
        ("rendering", "rendering", "InvoicesResourceInvoiceRendering | None"),
        ("status_details", "status_details", "InvoicesResourceStatusDetails | None"),
        ("threshold_reason", "threshold_reason", "InvoiceThresholdReason | None"),
        (
            "total_pretax_credit_amounts",
            "total_pretax_credit_amounts",
            "list[InvoicesResourcePretaxCreditAmount] | None",
        ),
    )

    def to_dict(self) -> dict[str, Any]:
        # An unfilled field raises AttributeError; what was received for it, if anything, is
        # already in additional_properties.
        data: dict[str, Any] = dict(self.additional_properties)
        try:
            v_account_country = self.account_country
        except AttributeError:
            pass
        else:
            data["account_country"] = v_account_country
        try:
            v_account_name = self.account_name
        except AttributeError:
            pass
        else:
            data["account_name"] = v_account_name
        try:
            v_account_tax_ids = self.account_tax_ids
        except AttributeError:
            pass
        else:
            data["account_tax_ids"] = v_account_tax_ids
        try:
            v_amount_due = self.amount_due
        except AttributeError:
            pass
        else:
            data["amount_due"] = v_amount_due
        try:
            v_amount_overpaid = self.amount_overpaid
        except AttributeError:
            pass
        else:
            data["amount_overpaid"] = v_amount_overpaid
        try:
            v_amount_paid = self.amount_paid
        except AttributeError:
            pass
        else:
            data["amount_paid"] = v_amount_paid
        try:
            v_amount_remaining = self.amount_remaining
        except AttributeError:
            pass
        else:
            data["amount_remaining"] = v_amount_remaining
        try:
            v_amount_shipping = self.amount_shipping
        except AttributeError:
            pass
        else:
            data["amount_shipping"] = v_amount_shipping
        try:
            v_application = self.application
        except AttributeError:
            pass
        else:
            data["application"] = v_application
        try:
            v_attempt_count = self.attempt_count
        except AttributeError:
            pass
        else:
            data["attempt_count"] = v_attempt_count
        try:
            v_attempted = self.attempted
        except AttributeError:
            pass
        else:
            data["attempted"] = v_attempted
        try:
            v_auto_advance = self.auto_advance
        except AttributeError:
            pass
        else:
            data["auto_advance"] = v_auto_advance
        try:
            v_automatic_tax = self.automatic_tax
        except AttributeError:
            pass
        else:
            data["automatic_tax"] = v_automatic_tax.to_dict()
        try:
            v_billing_reason = self.billing_reason
        except AttributeError:
            pass
        else:
            data["billing_reason"] = v_billing_reason
        try:
            v_collection_method = self.collection_method
        except AttributeError:
            pass
        else:
            data["collection_method"] = v_collection_method
        try:
            v_created = self.created
        except AttributeError:
            pass
        else:
            data["created"] = v_created
        try:
            v_currency = self.currency
        except AttributeError:
            pass
        else:
            data["currency"] = v_currency
        try:
            v_custom_fields = self.custom_fields
        except AttributeError:
            pass
        else:
            data["custom_fields"] = (
                [item0.to_dict() for item0 in v_custom_fields]
                if isinstance(v_custom_fields, list)
                else v_custom_fields
            )
        try:
            v_customer = self.customer
        except AttributeError:
            pass
        else:
            data["customer"] = (
                v_customer.to_dict()
                if isinstance(v_customer, Customer)
                else (
                    v_customer.to_dict() if isinstance(v_customer, DeletedCustomer) else v_customer
                )
            )
        try:
            v_customer_address = self.customer_address
        except AttributeError:
            pass
        else:
            data["customer_address"] = (
                v_customer_address.to_dict()
                if isinstance(v_customer_address, Address)
                else v_customer_address
            )
        try:
            v_customer_email = self.customer_email
        except AttributeError:
            pass
        else:
            data["customer_email"] = v_customer_email
        try:
            v_customer_name = self.customer_name
        except AttributeError:
            pass
        else:
            data["customer_name"] = v_customer_name
        try:
            v_customer_phone = self.customer_phone
        except AttributeError:
            pass
        else:
            data["customer_phone"] = v_customer_phone
        try:
            v_customer_shipping = self.customer_shipping
        except AttributeError:
            pass
        else:
            data["customer_shipping"] = (
                v_customer_shipping.to_dict()
                if isinstance(v_customer_shipping, Shipping)
                else v_customer_shipping
            )
        try:
            v_customer_tax_exempt = self.customer_tax_exempt
        except AttributeError:
            pass
        else:
            data["customer_tax_exempt"] = v_customer_tax_exempt
        try:
            v_customer_tax_ids = self.customer_tax_ids
        except AttributeError:
            pass
        else:
            data["customer_tax_ids"] = (
                [item0.to_dict() for item0 in v_customer_tax_ids]
                if isinstance(v_customer_tax_ids, list)
                else v_customer_tax_ids
            )
        try:
            v_default_payment_method = self.default_payment_method
        except AttributeError:
            pass
        else:
            data["default_payment_method"] = v_default_payment_method
        try:
            v_default_source = self.default_source
        except AttributeError:
            pass
        else:
            data["default_source"] = v_default_source
        try:
            v_default_tax_rates = self.default_tax_rates
        except AttributeError:
            pass
        else:
            data["default_tax_rates"] = v_default_tax_rates
        try:
            v_description = self.description
        except AttributeError:
            pass
        else:
            data["description"] = v_description
        try:
            v_discounts = self.discounts
        except AttributeError:
            pass
        else:
            data["discounts"] = [
                (
                    item0.to_dict()
                    if isinstance(item0, Discount)
                    else (item0.to_dict() if isinstance(item0, DeletedDiscount) else item0)
                )
                for item0 in v_discounts
            ]
        try:
            v_due_date = self.due_date
        except AttributeError:
            pass
        else:
            data["due_date"] = v_due_date
        try:
            v_ending_balance = self.ending_balance
        except AttributeError:
            pass
        else:
            data["ending_balance"] = v_ending_balance
        try:
            v_footer = self.footer
        except AttributeError:
            pass
        else:
            data["footer"] = v_footer
        try:
            v_from_invoice = self.from_invoice
        except AttributeError:
            pass
        else:
            data["from_invoice"] = (
                v_from_invoice.to_dict()
                if isinstance(v_from_invoice, InvoicesResourceFromInvoice)
                else v_from_invoice
            )
        try:
            v_hosted_invoice_url = self.hosted_invoice_url
        except AttributeError:
            pass
        else:
            data["hosted_invoice_url"] = v_hosted_invoice_url
        try:
            v_id = self.id
        except AttributeError:
            pass
        else:
            data["id"] = v_id
        try:
            v_invoice_pdf = self.invoice_pdf
        except AttributeError:
            pass
        else:
            data["invoice_pdf"] = v_invoice_pdf
        try:
            v_issuer = self.issuer
        except AttributeError:
            pass
        else:
            data["issuer"] = v_issuer.to_dict()
        try:
            v_last_finalization_error = self.last_finalization_error
        except AttributeError:
            pass
        else:
            data["last_finalization_error"] = (
                v_last_finalization_error.to_dict()
                if isinstance(v_last_finalization_error, ApiErrors)
                else v_last_finalization_error
            )
        try:
            v_latest_revision = self.latest_revision
        except AttributeError:
            pass
        else:
            data["latest_revision"] = (
                v_latest_revision.to_dict()
                if isinstance(v_latest_revision, Invoice)
                else v_latest_revision
            )
        try:
            v_lines = self.lines
        except AttributeError:
            pass
        else:
            data["lines"] = v_lines.to_dict()
        try:
            v_livemode = self.livemode
        except AttributeError:
            pass
        else:
            data["livemode"] = v_livemode
        try:
            v_metadata = self.metadata
        except AttributeError:
            pass
        else:
            data["metadata"] = v_metadata
        try:
            v_next_payment_attempt = self.next_payment_attempt
        except AttributeError:
            pass
        else:
            data["next_payment_attempt"] = v_next_payment_attempt
        try:
            v_number = self.number
        except AttributeError:
            pass
        else:
            data["number"] = v_number
        try:
            v_object_ = self.object_
        except AttributeError:
            pass
        else:
            data["object"] = v_object_
        try:
            v_on_behalf_of = self.on_behalf_of
        except AttributeError:
            pass
        else:
            data["on_behalf_of"] = v_on_behalf_of
        try:
            v_parent = self.parent
        except AttributeError:
            pass
        else:
            data["parent"] = (
                v_parent.to_dict()
                if isinstance(v_parent, BillingBillResourceInvoicingParentsInvoiceParent)
                else v_parent
            )
        try:
            v_payment_settings = self.payment_settings
        except AttributeError:
            pass
        else:
            data["payment_settings"] = v_payment_settings.to_dict()
        try:
            v_period_end = self.period_end
        except AttributeError:
            pass
        else:
            data["period_end"] = v_period_end
        try:
            v_period_start = self.period_start
        except AttributeError:
            pass
        else:
            data["period_start"] = v_period_start
        try:
            v_post_payment_credit_notes_amount = self.post_payment_credit_notes_amount
        except AttributeError:
            pass
        else:
            data["post_payment_credit_notes_amount"] = v_post_payment_credit_notes_amount
        try:
            v_pre_payment_credit_notes_amount = self.pre_payment_credit_notes_amount
        except AttributeError:
            pass
        else:
            data["pre_payment_credit_notes_amount"] = v_pre_payment_credit_notes_amount
        try:
            v_receipt_number = self.receipt_number
        except AttributeError:
            pass
        else:
            data["receipt_number"] = v_receipt_number
        try:
            v_shipping_cost = self.shipping_cost
        except AttributeError:
            pass
        else:
            data["shipping_cost"] = (
                v_shipping_cost.to_dict()
                if isinstance(v_shipping_cost, InvoicesResourceShippingCost)
                else v_shipping_cost
            )
        try:
            v_shipping_details = self.shipping_details
        except AttributeError:
            pass
        else:
            data["shipping_details"] = (
                v_shipping_details.to_dict()
                if isinstance(v_shipping_details, Shipping)
                else v_shipping_details
            )
        try:
            v_starting_balance = self.starting_balance
        except AttributeError:
            pass
        else:
            data["starting_balance"] = v_starting_balance
        try:
            v_statement_descriptor = self.statement_descriptor
        except AttributeError:
            pass
        else:
            data["statement_descriptor"] = v_statement_descriptor
        try:
            v_status = self.status
        except AttributeError:
            pass
        else:
            data["status"] = v_status
        try:
            v_status_transitions = self.status_transitions
        except AttributeError:
            pass
        else:
            data["status_transitions"] = v_status_transitions.to_dict()
        try:
            v_subtotal = self.subtotal
        except AttributeError:
            pass
        else:
            data["subtotal"] = v_subtotal
        try:
            v_subtotal_excluding_tax = self.subtotal_excluding_tax
        except AttributeError:
            pass
        else:
            data["subtotal_excluding_tax"] = v_subtotal_excluding_tax
        try:
            v_test_clock = self.test_clock
        except AttributeError:
            pass
        else:
            data["test_clock"] = v_test_clock
        try:
            v_total = self.total
        except AttributeError:
            pass
        else:
            data["total"] = v_total
        try:
            v_total_discount_amounts = self.total_discount_amounts
        except AttributeError:
            pass
        else:
            data["total_discount_amounts"] = (
                [item0.to_dict() for item0 in v_total_discount_amounts]
                if isinstance(v_total_discount_amounts, list)
                else v_total_discount_amounts
            )
        try:
            v_total_excluding_tax = self.total_excluding_tax
        except AttributeError:
            pass
        else:
            data["total_excluding_tax"] = v_total_excluding_tax
        try:
            v_total_taxes = self.total_taxes
        except AttributeError:
            pass
        else:
            data["total_taxes"] = (
                [item0.to_dict() for item0 in v_total_taxes]
                if isinstance(v_total_taxes, list)
                else v_total_taxes
            )
        try:
            v_webhooks_delivered_at = self.webhooks_delivered_at
        except AttributeError:
            pass
        else:
            data["webhooks_delivered_at"] = v_webhooks_delivered_at
        try:
            v_amount_paid_off_stripe = self.amount_paid_off_stripe
        except AttributeError:
            pass
        else:
            if not isinstance(v_amount_paid_off_stripe, Unset):
                data["amount_paid_off_stripe"] = v_amount_paid_off_stripe
        try:
            v_automatically_finalizes_at = self.automatically_finalizes_at
        except AttributeError:
            pass
        else:
            if not isinstance(v_automatically_finalizes_at, Unset):
                data["automatically_finalizes_at"] = v_automatically_finalizes_at
        try:
            v_confirmation_secret = self.confirmation_secret
        except AttributeError:
            pass
        else:
            if not isinstance(v_confirmation_secret, Unset):
                data["confirmation_secret"] = (
                    v_confirmation_secret.to_dict()
                    if isinstance(v_confirmation_secret, InvoicesResourceConfirmationSecret)
                    else v_confirmation_secret
                )
        try:
            v_customer_account = self.customer_account
        except AttributeError:
            pass
        else:
            if not isinstance(v_customer_account, Unset):
                data["customer_account"] = v_customer_account
        try:
            v_effective_at = self.effective_at
        except AttributeError:
            pass
        else:
            if not isinstance(v_effective_at, Unset):
                data["effective_at"] = v_effective_at
        try:
            v_payments = self.payments
        except AttributeError:
            pass
        else:
            if not isinstance(v_payments, Unset):
                data["payments"] = (
                    v_payments.to_dict()
                    if isinstance(v_payments, InvoicePaymentsType0)
                    else v_payments
                )
        try:
            v_rendering = self.rendering
        except AttributeError:
            pass
        else:
            if not isinstance(v_rendering, Unset):
                data["rendering"] = (
                    v_rendering.to_dict()
                    if isinstance(v_rendering, InvoicesResourceInvoiceRendering)
                    else v_rendering
                )
        try:
            v_status_details = self.status_details
        except AttributeError:
            pass
        else:
            if not isinstance(v_status_details, Unset):
                data["status_details"] = (
                    v_status_details.to_dict()
                    if isinstance(v_status_details, InvoicesResourceStatusDetails)
                    else v_status_details
                )
        try:
            v_threshold_reason = self.threshold_reason
        except AttributeError:
            pass
        else:
            if not isinstance(v_threshold_reason, Unset):
                data["threshold_reason"] = (
                    v_threshold_reason.to_dict()
                    if isinstance(v_threshold_reason, InvoiceThresholdReason)
                    else v_threshold_reason
                )
        try:
            v_total_pretax_credit_amounts = self.total_pretax_credit_amounts
        except AttributeError:
            pass
        else:
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
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal; the checks below are what makes each stored value fit its field.
        # A value that does not fit stays in `d` (the additional properties), its field unfilled.
        fill: Any = obj
        v_account_country = d.pop("account_country", UNSET)
        if v_account_country is not UNSET:
            if (type(v_account_country) is str) or (v_account_country is None):
                fill.account_country = v_account_country
            else:
                d["account_country"] = v_account_country
        v_account_name = d.pop("account_name", UNSET)
        if v_account_name is not UNSET:
            if (type(v_account_name) is str) or (v_account_name is None):
                fill.account_name = v_account_name
            else:
                d["account_name"] = v_account_name
        v_account_tax_ids = d.pop("account_tax_ids", UNSET)
        if v_account_tax_ids is not UNSET:
            if (
                type(v_account_tax_ids) is list
                and all(
                    (type(item0) is str) or (type(item0) is dict) for item0 in v_account_tax_ids
                )
            ) or (v_account_tax_ids is None):
                fill.account_tax_ids = v_account_tax_ids
            else:
                d["account_tax_ids"] = v_account_tax_ids
        v_amount_due = d.pop("amount_due", UNSET)
        if v_amount_due is not UNSET:
            if type(v_amount_due) is int:
                fill.amount_due = v_amount_due
            else:
                d["amount_due"] = v_amount_due
        v_amount_overpaid = d.pop("amount_overpaid", UNSET)
        if v_amount_overpaid is not UNSET:
            if type(v_amount_overpaid) is int:
                fill.amount_overpaid = v_amount_overpaid
            else:
                d["amount_overpaid"] = v_amount_overpaid
        v_amount_paid = d.pop("amount_paid", UNSET)
        if v_amount_paid is not UNSET:
            if type(v_amount_paid) is int:
                fill.amount_paid = v_amount_paid
            else:
                d["amount_paid"] = v_amount_paid
        v_amount_remaining = d.pop("amount_remaining", UNSET)
        if v_amount_remaining is not UNSET:
            if type(v_amount_remaining) is int:
                fill.amount_remaining = v_amount_remaining
            else:
                d["amount_remaining"] = v_amount_remaining
        v_amount_shipping = d.pop("amount_shipping", UNSET)
        if v_amount_shipping is not UNSET:
            if type(v_amount_shipping) is int:
                fill.amount_shipping = v_amount_shipping
            else:
                d["amount_shipping"] = v_amount_shipping
        v_application = d.pop("application", UNSET)
        if v_application is not UNSET:
            if (
                (type(v_application) is str)
                or (type(v_application) is dict)
                or (v_application is None)
            ):
                fill.application = v_application
            else:
                d["application"] = v_application
        v_attempt_count = d.pop("attempt_count", UNSET)
        if v_attempt_count is not UNSET:
            if type(v_attempt_count) is int:
                fill.attempt_count = v_attempt_count
            else:
                d["attempt_count"] = v_attempt_count
        v_attempted = d.pop("attempted", UNSET)
        if v_attempted is not UNSET:
            if type(v_attempted) is bool:
                fill.attempted = v_attempted
            else:
                d["attempted"] = v_attempted
        v_auto_advance = d.pop("auto_advance", UNSET)
        if v_auto_advance is not UNSET:
            if (type(v_auto_advance) is bool) or (v_auto_advance is None):
                fill.auto_advance = v_auto_advance
            else:
                d["auto_advance"] = v_auto_advance
        v_automatic_tax = d.pop("automatic_tax", UNSET)
        if v_automatic_tax is not UNSET:
            if type(v_automatic_tax) is dict:
                fill.automatic_tax = AutomaticTax.from_dict(v_automatic_tax)
            else:
                d["automatic_tax"] = v_automatic_tax
        v_billing_reason = d.pop("billing_reason", UNSET)
        if v_billing_reason is not UNSET:
            if (type(v_billing_reason) is str) or (v_billing_reason is None):
                fill.billing_reason = v_billing_reason
            else:
                d["billing_reason"] = v_billing_reason
        v_collection_method = d.pop("collection_method", UNSET)
        if v_collection_method is not UNSET:
            if type(v_collection_method) is str:
                fill.collection_method = v_collection_method
            else:
                d["collection_method"] = v_collection_method
        v_created = d.pop("created", UNSET)
        if v_created is not UNSET:
            if type(v_created) is int:
                fill.created = v_created
            else:
                d["created"] = v_created
        v_currency = d.pop("currency", UNSET)
        if v_currency is not UNSET:
            if type(v_currency) is str:
                fill.currency = v_currency
            else:
                d["currency"] = v_currency
        v_custom_fields = d.pop("custom_fields", UNSET)
        if v_custom_fields is not UNSET:
            if (
                type(v_custom_fields) is list
                and all(type(item0) is dict for item0 in v_custom_fields)
            ) or (v_custom_fields is None):
                fill.custom_fields = (
                    [InvoiceSettingCustomField.from_dict(item0) for item0 in v_custom_fields]
                    if type(v_custom_fields) is list
                    and all(type(item0) is dict for item0 in v_custom_fields)
                    else v_custom_fields
                )
            else:
                d["custom_fields"] = v_custom_fields
        v_customer = d.pop("customer", UNSET)
        if v_customer is not UNSET:
            if (
                (type(v_customer) is dict)
                or (type(v_customer) is dict)
                or (type(v_customer) is str)
                or (v_customer is None)
            ):
                fill.customer = (
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
        v_customer_address = d.pop("customer_address", UNSET)
        if v_customer_address is not UNSET:
            if (type(v_customer_address) is dict) or (v_customer_address is None):
                fill.customer_address = (
                    Address.from_dict(v_customer_address)
                    if type(v_customer_address) is dict
                    else v_customer_address
                )
            else:
                d["customer_address"] = v_customer_address
        v_customer_email = d.pop("customer_email", UNSET)
        if v_customer_email is not UNSET:
            if (type(v_customer_email) is str) or (v_customer_email is None):
                fill.customer_email = v_customer_email
            else:
                d["customer_email"] = v_customer_email
        v_customer_name = d.pop("customer_name", UNSET)
        if v_customer_name is not UNSET:
            if (type(v_customer_name) is str) or (v_customer_name is None):
                fill.customer_name = v_customer_name
            else:
                d["customer_name"] = v_customer_name
        v_customer_phone = d.pop("customer_phone", UNSET)
        if v_customer_phone is not UNSET:
            if (type(v_customer_phone) is str) or (v_customer_phone is None):
                fill.customer_phone = v_customer_phone
            else:
                d["customer_phone"] = v_customer_phone
        v_customer_shipping = d.pop("customer_shipping", UNSET)
        if v_customer_shipping is not UNSET:
            if (type(v_customer_shipping) is dict) or (v_customer_shipping is None):
                fill.customer_shipping = (
                    Shipping.from_dict(v_customer_shipping)
                    if type(v_customer_shipping) is dict
                    else v_customer_shipping
                )
            else:
                d["customer_shipping"] = v_customer_shipping
        v_customer_tax_exempt = d.pop("customer_tax_exempt", UNSET)
        if v_customer_tax_exempt is not UNSET:
            if (type(v_customer_tax_exempt) is str) or (v_customer_tax_exempt is None):
                fill.customer_tax_exempt = v_customer_tax_exempt
            else:
                d["customer_tax_exempt"] = v_customer_tax_exempt
        v_customer_tax_ids = d.pop("customer_tax_ids", UNSET)
        if v_customer_tax_ids is not UNSET:
            if (
                type(v_customer_tax_ids) is list
                and all(type(item0) is dict for item0 in v_customer_tax_ids)
            ) or (v_customer_tax_ids is None):
                fill.customer_tax_ids = (
                    [InvoicesResourceInvoiceTaxId.from_dict(item0) for item0 in v_customer_tax_ids]
                    if type(v_customer_tax_ids) is list
                    and all(type(item0) is dict for item0 in v_customer_tax_ids)
                    else v_customer_tax_ids
                )
            else:
                d["customer_tax_ids"] = v_customer_tax_ids
        v_default_payment_method = d.pop("default_payment_method", UNSET)
        if v_default_payment_method is not UNSET:
            if (
                (type(v_default_payment_method) is str)
                or (type(v_default_payment_method) is dict)
                or (v_default_payment_method is None)
            ):
                fill.default_payment_method = v_default_payment_method
            else:
                d["default_payment_method"] = v_default_payment_method
        v_default_source = d.pop("default_source", UNSET)
        if v_default_source is not UNSET:
            if (
                (type(v_default_source) is str)
                or (type(v_default_source) is dict)
                or (v_default_source is None)
            ):
                fill.default_source = v_default_source
            else:
                d["default_source"] = v_default_source
        v_default_tax_rates = d.pop("default_tax_rates", UNSET)
        if v_default_tax_rates is not UNSET:
            if type(v_default_tax_rates) is list and all(
                type(item0) is dict for item0 in v_default_tax_rates
            ):
                fill.default_tax_rates = v_default_tax_rates
            else:
                d["default_tax_rates"] = v_default_tax_rates
        v_description = d.pop("description", UNSET)
        if v_description is not UNSET:
            if (type(v_description) is str) or (v_description is None):
                fill.description = v_description
            else:
                d["description"] = v_description
        v_discounts = d.pop("discounts", UNSET)
        if v_discounts is not UNSET:
            if type(v_discounts) is list and all(
                (type(item0) is dict) or (type(item0) is dict) or (type(item0) is str)
                for item0 in v_discounts
            ):
                fill.discounts = [
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
        v_due_date = d.pop("due_date", UNSET)
        if v_due_date is not UNSET:
            if (type(v_due_date) is int) or (v_due_date is None):
                fill.due_date = v_due_date
            else:
                d["due_date"] = v_due_date
        v_ending_balance = d.pop("ending_balance", UNSET)
        if v_ending_balance is not UNSET:
            if (type(v_ending_balance) is int) or (v_ending_balance is None):
                fill.ending_balance = v_ending_balance
            else:
                d["ending_balance"] = v_ending_balance
        v_footer = d.pop("footer", UNSET)
        if v_footer is not UNSET:
            if (type(v_footer) is str) or (v_footer is None):
                fill.footer = v_footer
            else:
                d["footer"] = v_footer
        v_from_invoice = d.pop("from_invoice", UNSET)
        if v_from_invoice is not UNSET:
            if (type(v_from_invoice) is dict) or (v_from_invoice is None):
                fill.from_invoice = (
                    InvoicesResourceFromInvoice.from_dict(v_from_invoice)
                    if type(v_from_invoice) is dict
                    else v_from_invoice
                )
            else:
                d["from_invoice"] = v_from_invoice
        v_hosted_invoice_url = d.pop("hosted_invoice_url", UNSET)
        if v_hosted_invoice_url is not UNSET:
            if (type(v_hosted_invoice_url) is str) or (v_hosted_invoice_url is None):
                fill.hosted_invoice_url = v_hosted_invoice_url
            else:
                d["hosted_invoice_url"] = v_hosted_invoice_url
        v_id = d.pop("id", UNSET)
        if v_id is not UNSET:
            if type(v_id) is str:
                fill.id = v_id
            else:
                d["id"] = v_id
        v_invoice_pdf = d.pop("invoice_pdf", UNSET)
        if v_invoice_pdf is not UNSET:
            if (type(v_invoice_pdf) is str) or (v_invoice_pdf is None):
                fill.invoice_pdf = v_invoice_pdf
            else:
                d["invoice_pdf"] = v_invoice_pdf
        v_issuer = d.pop("issuer", UNSET)
        if v_issuer is not UNSET:
            if type(v_issuer) is dict:
                fill.issuer = ConnectAccountReference.from_dict(v_issuer)
            else:
                d["issuer"] = v_issuer
        v_last_finalization_error = d.pop("last_finalization_error", UNSET)
        if v_last_finalization_error is not UNSET:
            if (type(v_last_finalization_error) is dict) or (v_last_finalization_error is None):
                fill.last_finalization_error = (
                    ApiErrors.from_dict(v_last_finalization_error)
                    if type(v_last_finalization_error) is dict
                    else v_last_finalization_error
                )
            else:
                d["last_finalization_error"] = v_last_finalization_error
        v_latest_revision = d.pop("latest_revision", UNSET)
        if v_latest_revision is not UNSET:
            if (
                (type(v_latest_revision) is dict)
                or (type(v_latest_revision) is str)
                or (v_latest_revision is None)
            ):
                fill.latest_revision = (
                    Invoice.from_dict(v_latest_revision)
                    if type(v_latest_revision) is dict
                    else v_latest_revision
                )
            else:
                d["latest_revision"] = v_latest_revision
        v_lines = d.pop("lines", UNSET)
        if v_lines is not UNSET:
            if type(v_lines) is dict:
                fill.lines = InvoiceLines.from_dict(v_lines)
            else:
                d["lines"] = v_lines
        v_livemode = d.pop("livemode", UNSET)
        if v_livemode is not UNSET:
            if type(v_livemode) is bool:
                fill.livemode = v_livemode
            else:
                d["livemode"] = v_livemode
        v_metadata = d.pop("metadata", UNSET)
        if v_metadata is not UNSET:
            if (
                type(v_metadata) is dict
                and all(type(item0) is str for item0 in v_metadata.values())
            ) or (v_metadata is None):
                fill.metadata = v_metadata
            else:
                d["metadata"] = v_metadata
        v_next_payment_attempt = d.pop("next_payment_attempt", UNSET)
        if v_next_payment_attempt is not UNSET:
            if (type(v_next_payment_attempt) is int) or (v_next_payment_attempt is None):
                fill.next_payment_attempt = v_next_payment_attempt
            else:
                d["next_payment_attempt"] = v_next_payment_attempt
        v_number = d.pop("number", UNSET)
        if v_number is not UNSET:
            if (type(v_number) is str) or (v_number is None):
                fill.number = v_number
            else:
                d["number"] = v_number
        v_object_ = d.pop("object", UNSET)
        if v_object_ is not UNSET:
            if type(v_object_) is str:
                fill.object_ = v_object_
            else:
                d["object"] = v_object_
        v_on_behalf_of = d.pop("on_behalf_of", UNSET)
        if v_on_behalf_of is not UNSET:
            if (
                (type(v_on_behalf_of) is str)
                or (type(v_on_behalf_of) is dict)
                or (v_on_behalf_of is None)
            ):
                fill.on_behalf_of = v_on_behalf_of
            else:
                d["on_behalf_of"] = v_on_behalf_of
        v_parent = d.pop("parent", UNSET)
        if v_parent is not UNSET:
            if (type(v_parent) is dict) or (v_parent is None):
                fill.parent = (
                    BillingBillResourceInvoicingParentsInvoiceParent.from_dict(v_parent)
                    if type(v_parent) is dict
                    else v_parent
                )
            else:
                d["parent"] = v_parent
        v_payment_settings = d.pop("payment_settings", UNSET)
        if v_payment_settings is not UNSET:
            if type(v_payment_settings) is dict:
                fill.payment_settings = InvoicesPaymentSettings.from_dict(v_payment_settings)
            else:
                d["payment_settings"] = v_payment_settings
        v_period_end = d.pop("period_end", UNSET)
        if v_period_end is not UNSET:
            if type(v_period_end) is int:
                fill.period_end = v_period_end
            else:
                d["period_end"] = v_period_end
        v_period_start = d.pop("period_start", UNSET)
        if v_period_start is not UNSET:
            if type(v_period_start) is int:
                fill.period_start = v_period_start
            else:
                d["period_start"] = v_period_start
        v_post_payment_credit_notes_amount = d.pop("post_payment_credit_notes_amount", UNSET)
        if v_post_payment_credit_notes_amount is not UNSET:
            if type(v_post_payment_credit_notes_amount) is int:
                fill.post_payment_credit_notes_amount = v_post_payment_credit_notes_amount
            else:
                d["post_payment_credit_notes_amount"] = v_post_payment_credit_notes_amount
        v_pre_payment_credit_notes_amount = d.pop("pre_payment_credit_notes_amount", UNSET)
        if v_pre_payment_credit_notes_amount is not UNSET:
            if type(v_pre_payment_credit_notes_amount) is int:
                fill.pre_payment_credit_notes_amount = v_pre_payment_credit_notes_amount
            else:
                d["pre_payment_credit_notes_amount"] = v_pre_payment_credit_notes_amount
        v_receipt_number = d.pop("receipt_number", UNSET)
        if v_receipt_number is not UNSET:
            if (type(v_receipt_number) is str) or (v_receipt_number is None):
                fill.receipt_number = v_receipt_number
            else:
                d["receipt_number"] = v_receipt_number
        v_shipping_cost = d.pop("shipping_cost", UNSET)
        if v_shipping_cost is not UNSET:
            if (type(v_shipping_cost) is dict) or (v_shipping_cost is None):
                fill.shipping_cost = (
                    InvoicesResourceShippingCost.from_dict(v_shipping_cost)
                    if type(v_shipping_cost) is dict
                    else v_shipping_cost
                )
            else:
                d["shipping_cost"] = v_shipping_cost
        v_shipping_details = d.pop("shipping_details", UNSET)
        if v_shipping_details is not UNSET:
            if (type(v_shipping_details) is dict) or (v_shipping_details is None):
                fill.shipping_details = (
                    Shipping.from_dict(v_shipping_details)
                    if type(v_shipping_details) is dict
                    else v_shipping_details
                )
            else:
                d["shipping_details"] = v_shipping_details
        v_starting_balance = d.pop("starting_balance", UNSET)
        if v_starting_balance is not UNSET:
            if type(v_starting_balance) is int:
                fill.starting_balance = v_starting_balance
            else:
                d["starting_balance"] = v_starting_balance
        v_statement_descriptor = d.pop("statement_descriptor", UNSET)
        if v_statement_descriptor is not UNSET:
            if (type(v_statement_descriptor) is str) or (v_statement_descriptor is None):
                fill.statement_descriptor = v_statement_descriptor
            else:
                d["statement_descriptor"] = v_statement_descriptor
        v_status = d.pop("status", UNSET)
        if v_status is not UNSET:
            if (type(v_status) is str) or (v_status is None):
                fill.status = v_status
            else:
                d["status"] = v_status
        v_status_transitions = d.pop("status_transitions", UNSET)
        if v_status_transitions is not UNSET:
            if type(v_status_transitions) is dict:
                fill.status_transitions = InvoicesStatusTransitions.from_dict(v_status_transitions)
            else:
                d["status_transitions"] = v_status_transitions
        v_subtotal = d.pop("subtotal", UNSET)
        if v_subtotal is not UNSET:
            if type(v_subtotal) is int:
                fill.subtotal = v_subtotal
            else:
                d["subtotal"] = v_subtotal
        v_subtotal_excluding_tax = d.pop("subtotal_excluding_tax", UNSET)
        if v_subtotal_excluding_tax is not UNSET:
            if (type(v_subtotal_excluding_tax) is int) or (v_subtotal_excluding_tax is None):
                fill.subtotal_excluding_tax = v_subtotal_excluding_tax
            else:
                d["subtotal_excluding_tax"] = v_subtotal_excluding_tax
        v_test_clock = d.pop("test_clock", UNSET)
        if v_test_clock is not UNSET:
            if (
                (type(v_test_clock) is str)
                or (type(v_test_clock) is dict)
                or (v_test_clock is None)
            ):
                fill.test_clock = v_test_clock
            else:
                d["test_clock"] = v_test_clock
        v_total = d.pop("total", UNSET)
        if v_total is not UNSET:
            if type(v_total) is int:
                fill.total = v_total
            else:
                d["total"] = v_total
        v_total_discount_amounts = d.pop("total_discount_amounts", UNSET)
        if v_total_discount_amounts is not UNSET:
            if (
                type(v_total_discount_amounts) is list
                and all(type(item0) is dict for item0 in v_total_discount_amounts)
            ) or (v_total_discount_amounts is None):
                fill.total_discount_amounts = (
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
        v_total_excluding_tax = d.pop("total_excluding_tax", UNSET)
        if v_total_excluding_tax is not UNSET:
            if (type(v_total_excluding_tax) is int) or (v_total_excluding_tax is None):
                fill.total_excluding_tax = v_total_excluding_tax
            else:
                d["total_excluding_tax"] = v_total_excluding_tax
        v_total_taxes = d.pop("total_taxes", UNSET)
        if v_total_taxes is not UNSET:
            if (
                type(v_total_taxes) is list and all(type(item0) is dict for item0 in v_total_taxes)
            ) or (v_total_taxes is None):
                fill.total_taxes = (
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
        v_webhooks_delivered_at = d.pop("webhooks_delivered_at", UNSET)
        if v_webhooks_delivered_at is not UNSET:
            if (type(v_webhooks_delivered_at) is int) or (v_webhooks_delivered_at is None):
                fill.webhooks_delivered_at = v_webhooks_delivered_at
            else:
                d["webhooks_delivered_at"] = v_webhooks_delivered_at
        v_amount_paid_off_stripe = d.pop("amount_paid_off_stripe", UNSET)
        if v_amount_paid_off_stripe is UNSET:
            fill.amount_paid_off_stripe = UNSET
        elif (type(v_amount_paid_off_stripe) is int) or (v_amount_paid_off_stripe is None):
            fill.amount_paid_off_stripe = v_amount_paid_off_stripe
        else:
            d["amount_paid_off_stripe"] = v_amount_paid_off_stripe
        v_automatically_finalizes_at = d.pop("automatically_finalizes_at", UNSET)
        if v_automatically_finalizes_at is UNSET:
            fill.automatically_finalizes_at = UNSET
        elif (type(v_automatically_finalizes_at) is int) or (v_automatically_finalizes_at is None):
            fill.automatically_finalizes_at = v_automatically_finalizes_at
        else:
            d["automatically_finalizes_at"] = v_automatically_finalizes_at
        v_confirmation_secret = d.pop("confirmation_secret", UNSET)
        if v_confirmation_secret is UNSET:
            fill.confirmation_secret = UNSET
        elif (type(v_confirmation_secret) is dict) or (v_confirmation_secret is None):
            fill.confirmation_secret = (
                InvoicesResourceConfirmationSecret.from_dict(v_confirmation_secret)
                if type(v_confirmation_secret) is dict
                else v_confirmation_secret
            )
        else:
            d["confirmation_secret"] = v_confirmation_secret
        v_customer_account = d.pop("customer_account", UNSET)
        if v_customer_account is UNSET:
            fill.customer_account = UNSET
        elif (type(v_customer_account) is str) or (v_customer_account is None):
            fill.customer_account = v_customer_account
        else:
            d["customer_account"] = v_customer_account
        v_effective_at = d.pop("effective_at", UNSET)
        if v_effective_at is UNSET:
            fill.effective_at = UNSET
        elif (type(v_effective_at) is int) or (v_effective_at is None):
            fill.effective_at = v_effective_at
        else:
            d["effective_at"] = v_effective_at
        v_payments = d.pop("payments", UNSET)
        if v_payments is UNSET:
            fill.payments = UNSET
        elif (type(v_payments) is dict) or (v_payments is None):
            fill.payments = (
                InvoicePaymentsType0.from_dict(v_payments)
                if type(v_payments) is dict
                else v_payments
            )
        else:
            d["payments"] = v_payments
        v_rendering = d.pop("rendering", UNSET)
        if v_rendering is UNSET:
            fill.rendering = UNSET
        elif (type(v_rendering) is dict) or (v_rendering is None):
            fill.rendering = (
                InvoicesResourceInvoiceRendering.from_dict(v_rendering)
                if type(v_rendering) is dict
                else v_rendering
            )
        else:
            d["rendering"] = v_rendering
        v_status_details = d.pop("status_details", UNSET)
        if v_status_details is UNSET:
            fill.status_details = UNSET
        elif (type(v_status_details) is dict) or (v_status_details is None):
            fill.status_details = (
                InvoicesResourceStatusDetails.from_dict(v_status_details)
                if type(v_status_details) is dict
                else v_status_details
            )
        else:
            d["status_details"] = v_status_details
        v_threshold_reason = d.pop("threshold_reason", UNSET)
        if v_threshold_reason is UNSET:
            fill.threshold_reason = UNSET
        elif (type(v_threshold_reason) is dict) or (v_threshold_reason is None):
            fill.threshold_reason = (
                InvoiceThresholdReason.from_dict(v_threshold_reason)
                if type(v_threshold_reason) is dict
                else v_threshold_reason
            )
        else:
            d["threshold_reason"] = v_threshold_reason
        v_total_pretax_credit_amounts = d.pop("total_pretax_credit_amounts", UNSET)
        if v_total_pretax_credit_amounts is UNSET:
            fill.total_pretax_credit_amounts = UNSET
        elif (
            type(v_total_pretax_credit_amounts) is list
            and all(type(item0) is dict for item0 in v_total_pretax_credit_amounts)
        ) or (v_total_pretax_credit_amounts is None):
            fill.total_pretax_credit_amounts = (
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
        fill.additional_properties = d
        return obj


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
