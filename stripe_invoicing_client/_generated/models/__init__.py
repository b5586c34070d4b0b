"""Every generated model, imported on first use so that `import` stays cheap."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .address import Address
    from .api_errors import ApiErrors
    from .api_errors_code import ApiErrorsCode
    from .api_errors_type import ApiErrorsType
    from .automatic_tax import AutomaticTax
    from .automatic_tax_disabled_reason import AutomaticTaxDisabledReason
    from .automatic_tax_status import AutomaticTaxStatus
    from .billing_bill_resource_invoice_item_parents_invoice_item_parent import (
        BillingBillResourceInvoiceItemParentsInvoiceItemParent,
    )
    from .billing_bill_resource_invoice_item_parents_invoice_item_parent_type import (
        BillingBillResourceInvoiceItemParentsInvoiceItemParentType,
    )
    from .billing_bill_resource_invoice_item_parents_invoice_item_subscription_parent import (
        BillingBillResourceInvoiceItemParentsInvoiceItemSubscriptionParent,
    )
    from .billing_bill_resource_invoicing_lines_common_credited_items import (
        BillingBillResourceInvoicingLinesCommonCreditedItems,
    )
    from .billing_bill_resource_invoicing_lines_common_proration_details import (
        BillingBillResourceInvoicingLinesCommonProrationDetails,
    )
    from .billing_bill_resource_invoicing_lines_parents_invoice_line_item_invoice_item_parent import (
        BillingBillResourceInvoicingLinesParentsInvoiceLineItemInvoiceItemParent,
    )
    from .billing_bill_resource_invoicing_lines_parents_invoice_line_item_parent import (
        BillingBillResourceInvoicingLinesParentsInvoiceLineItemParent,
    )
    from .billing_bill_resource_invoicing_lines_parents_invoice_line_item_parent_type import (
        BillingBillResourceInvoicingLinesParentsInvoiceLineItemParentType,
    )
    from .billing_bill_resource_invoicing_lines_parents_invoice_line_item_subscription_item_parent import (
        BillingBillResourceInvoicingLinesParentsInvoiceLineItemSubscriptionItemParent,
    )
    from .billing_bill_resource_invoicing_parents_invoice_parent import (
        BillingBillResourceInvoicingParentsInvoiceParent,
    )
    from .billing_bill_resource_invoicing_parents_invoice_parent_type import (
        BillingBillResourceInvoicingParentsInvoiceParentType,
    )
    from .billing_bill_resource_invoicing_parents_invoice_quote_parent import (
        BillingBillResourceInvoicingParentsInvoiceQuoteParent,
    )
    from .billing_bill_resource_invoicing_parents_invoice_subscription_parent import (
        BillingBillResourceInvoicingParentsInvoiceSubscriptionParent,
    )
    from .billing_bill_resource_invoicing_parents_invoice_subscription_parent_metadata_type_0 import (
        BillingBillResourceInvoicingParentsInvoiceSubscriptionParentMetadataType0,
    )
    from .billing_bill_resource_invoicing_pricing_pricing import (
        BillingBillResourceInvoicingPricingPricing,
    )
    from .billing_bill_resource_invoicing_pricing_pricing_price_details import (
        BillingBillResourceInvoicingPricingPricingPriceDetails,
    )
    from .billing_bill_resource_invoicing_pricing_pricing_type import (
        BillingBillResourceInvoicingPricingPricingType,
    )
    from .billing_bill_resource_invoicing_taxes_tax import BillingBillResourceInvoicingTaxesTax
    from .billing_bill_resource_invoicing_taxes_tax_rate_details import (
        BillingBillResourceInvoicingTaxesTaxRateDetails,
    )
    from .billing_bill_resource_invoicing_taxes_tax_tax_behavior import (
        BillingBillResourceInvoicingTaxesTaxTaxBehavior,
    )
    from .billing_bill_resource_invoicing_taxes_tax_taxability_reason import (
        BillingBillResourceInvoicingTaxesTaxTaxabilityReason,
    )
    from .billing_bill_resource_invoicing_taxes_tax_type import (
        BillingBillResourceInvoicingTaxesTaxType,
    )
    from .cash_balance import CashBalance
    from .connect_account_reference import ConnectAccountReference
    from .connect_account_reference_type import ConnectAccountReferenceType
    from .coupon import Coupon
    from .coupon_applies_to import CouponAppliesTo
    from .coupon_currency_option import CouponCurrencyOption
    from .coupon_currency_options_type_0 import CouponCurrencyOptionsType0
    from .coupon_duration import CouponDuration
    from .coupon_metadata_type_0 import CouponMetadataType0
    from .coupon_object import CouponObject
    from .customer import Customer
    from .customer_invoice_credit_balance_type_0 import CustomerInvoiceCreditBalanceType0
    from .customer_metadata_type_0 import CustomerMetadataType0
    from .customer_object import CustomerObject
    from .customer_sources_type_0 import CustomerSourcesType0
    from .customer_sources_type_0_object import CustomerSourcesType0Object
    from .customer_subscriptions_type_0 import CustomerSubscriptionsType0
    from .customer_subscriptions_type_0_object import CustomerSubscriptionsType0Object
    from .customer_tax import CustomerTax
    from .customer_tax_automatic_tax import CustomerTaxAutomaticTax
    from .customer_tax_exempt import CustomerTaxExempt
    from .customer_tax_ids_type_0 import CustomerTaxIdsType0
    from .customer_tax_ids_type_0_object import CustomerTaxIdsType0Object
    from .customer_tax_location import CustomerTaxLocation
    from .customer_tax_location_source import CustomerTaxLocationSource
    from .customer_tax_provider import CustomerTaxProvider
    from .deleted_customer import DeletedCustomer
    from .deleted_customer_object import DeletedCustomerObject
    from .deleted_discount import DeletedDiscount
    from .deleted_discount_object import DeletedDiscountObject
    from .deleted_invoice import DeletedInvoice
    from .deleted_invoice_item import DeletedInvoiceItem
    from .deleted_invoice_item_object import DeletedInvoiceItemObject
    from .deleted_invoice_object import DeletedInvoiceObject
    from .discount import Discount
    from .discount_object import DiscountObject
    from .discount_source import DiscountSource
    from .discount_source_type import DiscountSourceType
    from .discounts_resource_discount_amount import DiscountsResourceDiscountAmount
    from .error import Error
    from .get_customers_created_type_0 import GetCustomersCreatedType0
    from .get_customers_response_200 import GetCustomersResponse200
    from .get_customers_response_200_object import GetCustomersResponse200Object
    from .get_customers_search_response_200 import GetCustomersSearchResponse200
    from .get_customers_search_response_200_object import GetCustomersSearchResponse200Object
    from .get_invoiceitems_created_type_0 import GetInvoiceitemsCreatedType0
    from .get_invoiceitems_response_200 import GetInvoiceitemsResponse200
    from .get_invoiceitems_response_200_object import GetInvoiceitemsResponse200Object
    from .get_invoices_collection_method import GetInvoicesCollectionMethod
    from .get_invoices_created_type_0 import GetInvoicesCreatedType0
    from .get_invoices_due_date_type_0 import GetInvoicesDueDateType0
    from .get_invoices_invoice_lines_response_200 import GetInvoicesInvoiceLinesResponse200
    from .get_invoices_invoice_lines_response_200_object import (
        GetInvoicesInvoiceLinesResponse200Object,
    )
    from .get_invoices_response_200 import GetInvoicesResponse200
    from .get_invoices_response_200_object import GetInvoicesResponse200Object
    from .get_invoices_search_response_200 import GetInvoicesSearchResponse200
    from .get_invoices_search_response_200_object import GetInvoicesSearchResponse200Object
    from .get_invoices_status import GetInvoicesStatus
    from .invoice import Invoice
    from .invoice_billing_reason import InvoiceBillingReason
    from .invoice_collection_method import InvoiceCollectionMethod
    from .invoice_customer_tax_exempt import InvoiceCustomerTaxExempt
    from .invoice_item import InvoiceItem
    from .invoice_item_frozen_fields_type_0_item import InvoiceItemFrozenFieldsType0Item
    from .invoice_item_invoicing_rule import InvoiceItemInvoicingRule
    from .invoice_item_invoicing_rule_type import InvoiceItemInvoicingRuleType
    from .invoice_item_metadata_type_0 import InvoiceItemMetadataType0
    from .invoice_item_object import InvoiceItemObject
    from .invoice_item_threshold_reason import InvoiceItemThresholdReason
    from .invoice_line_item_period import InvoiceLineItemPeriod
    from .invoice_lines import InvoiceLines
    from .invoice_lines_object import InvoiceLinesObject
    from .invoice_metadata_type_0 import InvoiceMetadataType0
    from .invoice_object import InvoiceObject
    from .invoice_payment_method_options_acss_debit import InvoicePaymentMethodOptionsAcssDebit
    from .invoice_payment_method_options_acss_debit_mandate_options import (
        InvoicePaymentMethodOptionsAcssDebitMandateOptions,
    )
    from .invoice_payment_method_options_acss_debit_mandate_options_transaction_type import (
        InvoicePaymentMethodOptionsAcssDebitMandateOptionsTransactionType,
    )
    from .invoice_payment_method_options_acss_debit_verification_method import (
        InvoicePaymentMethodOptionsAcssDebitVerificationMethod,
    )
    from .invoice_payment_method_options_bancontact import InvoicePaymentMethodOptionsBancontact
    from .invoice_payment_method_options_bancontact_preferred_language import (
        InvoicePaymentMethodOptionsBancontactPreferredLanguage,
    )
    from .invoice_payment_method_options_card import InvoicePaymentMethodOptionsCard
    from .invoice_payment_method_options_card_installments import (
        InvoicePaymentMethodOptionsCardInstallments,
    )
    from .invoice_payment_method_options_card_request_three_d_secure import (
        InvoicePaymentMethodOptionsCardRequestThreeDSecure,
    )
    from .invoice_payment_method_options_customer_balance import (
        InvoicePaymentMethodOptionsCustomerBalance,
    )
    from .invoice_payment_method_options_customer_balance_bank_transfer import (
        InvoicePaymentMethodOptionsCustomerBalanceBankTransfer,
    )
    from .invoice_payment_method_options_customer_balance_bank_transfer_eu_bank_transfer import (
        InvoicePaymentMethodOptionsCustomerBalanceBankTransferEuBankTransfer,
    )
    from .invoice_payment_method_options_customer_balance_bank_transfer_eu_bank_transfer_country import (
        InvoicePaymentMethodOptionsCustomerBalanceBankTransferEuBankTransferCountry,
    )
    from .invoice_payment_method_options_customer_balance_funding_type import (
        InvoicePaymentMethodOptionsCustomerBalanceFundingType,
    )
    from .invoice_payment_method_options_konbini import InvoicePaymentMethodOptionsKonbini
    from .invoice_payment_method_options_us_bank_account import (
        InvoicePaymentMethodOptionsUsBankAccount,
    )
    from .invoice_payment_method_options_us_bank_account_financial_connections import (
        InvoicePaymentMethodOptionsUsBankAccountFinancialConnections,
    )
    from .invoice_payment_method_options_us_bank_account_financial_connections_filters import (
        InvoicePaymentMethodOptionsUsBankAccountFinancialConnectionsFilters,
    )
    from .invoice_payment_method_options_us_bank_account_financial_connections_filters_account_subcategories_type_0_item import (
        InvoicePaymentMethodOptionsUsBankAccountFinancialConnectionsFiltersAccountSubcategoriesType0Item,
    )
    from .invoice_payment_method_options_us_bank_account_financial_connections_permissions_type_0_item import (
        InvoicePaymentMethodOptionsUsBankAccountFinancialConnectionsPermissionsType0Item,
    )
    from .invoice_payment_method_options_us_bank_account_financial_connections_prefetch_type_0_item import (
        InvoicePaymentMethodOptionsUsBankAccountFinancialConnectionsPrefetchType0Item,
    )
    from .invoice_payment_method_options_us_bank_account_verification_method import (
        InvoicePaymentMethodOptionsUsBankAccountVerificationMethod,
    )
    from .invoice_payments_type_0 import InvoicePaymentsType0
    from .invoice_payments_type_0_object import InvoicePaymentsType0Object
    from .invoice_rendering_pdf import InvoiceRenderingPdf
    from .invoice_rendering_pdf_page_size import InvoiceRenderingPdfPageSize
    from .invoice_setting_custom_field import InvoiceSettingCustomField
    from .invoice_setting_customer_rendering_options import InvoiceSettingCustomerRenderingOptions
    from .invoice_setting_customer_setting import InvoiceSettingCustomerSetting
    from .invoice_status import InvoiceStatus
    from .invoice_threshold_reason import InvoiceThresholdReason
    from .invoices_payment_method_options import InvoicesPaymentMethodOptions
    from .invoices_payment_method_options_billie import InvoicesPaymentMethodOptionsBillie
    from .invoices_payment_method_options_billie_company_details import (
        InvoicesPaymentMethodOptionsBillieCompanyDetails,
    )
    from .invoices_payment_method_options_billie_company_details_registration_type import (
        InvoicesPaymentMethodOptionsBillieCompanyDetailsRegistrationType,
    )
    from .invoices_payment_method_options_blik import InvoicesPaymentMethodOptionsBlik
    from .invoices_payment_method_options_payto import InvoicesPaymentMethodOptionsPayto
    from .invoices_payment_method_options_payto_mandate_options import (
        InvoicesPaymentMethodOptionsPaytoMandateOptions,
    )
    from .invoices_payment_method_options_payto_mandate_options_amount_type import (
        InvoicesPaymentMethodOptionsPaytoMandateOptionsAmountType,
    )
    from .invoices_payment_method_options_payto_mandate_options_purpose import (
        InvoicesPaymentMethodOptionsPaytoMandateOptionsPurpose,
    )
    from .invoices_payment_method_options_pix import InvoicesPaymentMethodOptionsPix
    from .invoices_payment_method_options_pix_amount_includes_iof import (
        InvoicesPaymentMethodOptionsPixAmountIncludesIof,
    )
    from .invoices_payment_method_options_sepa_debit import InvoicesPaymentMethodOptionsSepaDebit
    from .invoices_payment_method_options_upi import InvoicesPaymentMethodOptionsUpi
    from .invoices_payment_method_options_upi_mandate_options import (
        InvoicesPaymentMethodOptionsUpiMandateOptions,
    )
    from .invoices_payment_method_options_upi_mandate_options_amount_type import (
        InvoicesPaymentMethodOptionsUpiMandateOptionsAmountType,
    )
    from .invoices_payment_settings import InvoicesPaymentSettings
    from .invoices_payment_settings_payment_method_types_type_0_item import (
        InvoicesPaymentSettingsPaymentMethodTypesType0Item,
    )
    from .invoices_resource_confirmation_secret import InvoicesResourceConfirmationSecret
    from .invoices_resource_from_invoice import InvoicesResourceFromInvoice
    from .invoices_resource_invoice_rendering import InvoicesResourceInvoiceRendering
    from .invoices_resource_invoice_tax_id import InvoicesResourceInvoiceTaxId
    from .invoices_resource_invoice_tax_id_type import InvoicesResourceInvoiceTaxIdType
    from .invoices_resource_pretax_credit_amount import InvoicesResourcePretaxCreditAmount
    from .invoices_resource_pretax_credit_amount_type import InvoicesResourcePretaxCreditAmountType
    from .invoices_resource_shipping_cost import InvoicesResourceShippingCost
    from .invoices_resource_status_details import InvoicesResourceStatusDetails
    from .invoices_resource_status_details_uncollectible import (
        InvoicesResourceStatusDetailsUncollectible,
    )
    from .invoices_resource_status_details_uncollectible_reason import (
        InvoicesResourceStatusDetailsUncollectibleReason,
    )
    from .invoices_status_transitions import InvoicesStatusTransitions
    from .line_item import LineItem
    from .line_item_metadata import LineItemMetadata
    from .line_item_object import LineItemObject
    from .line_items_tax_amount import LineItemsTaxAmount
    from .line_items_tax_amount_taxability_reason import LineItemsTaxAmountTaxabilityReason
    from .post_customers_body import PostCustomersBody
    from .post_customers_body_address_type_0 import PostCustomersBodyAddressType0
    from .post_customers_body_address_type_1 import PostCustomersBodyAddressType1
    from .post_customers_body_business_name_type_1 import PostCustomersBodyBusinessNameType1
    from .post_customers_body_cash_balance import PostCustomersBodyCashBalance
    from .post_customers_body_cash_balance_settings import PostCustomersBodyCashBalanceSettings
    from .post_customers_body_cash_balance_settings_reconciliation_mode import (
        PostCustomersBodyCashBalanceSettingsReconciliationMode,
    )
    from .post_customers_body_individual_name_type_1 import PostCustomersBodyIndividualNameType1
    from .post_customers_body_invoice_settings import PostCustomersBodyInvoiceSettings
    from .post_customers_body_invoice_settings_custom_fields_type_0_item import (
        PostCustomersBodyInvoiceSettingsCustomFieldsType0Item,
    )
    from .post_customers_body_invoice_settings_custom_fields_type_1 import (
        PostCustomersBodyInvoiceSettingsCustomFieldsType1,
    )
    from .post_customers_body_invoice_settings_rendering_options_type_0 import (
        PostCustomersBodyInvoiceSettingsRenderingOptionsType0,
    )
    from .post_customers_body_invoice_settings_rendering_options_type_0_amount_tax_display_type_0 import (
        PostCustomersBodyInvoiceSettingsRenderingOptionsType0AmountTaxDisplayType0,
    )
    from .post_customers_body_invoice_settings_rendering_options_type_0_amount_tax_display_type_1 import (
        PostCustomersBodyInvoiceSettingsRenderingOptionsType0AmountTaxDisplayType1,
    )
    from .post_customers_body_invoice_settings_rendering_options_type_1 import (
        PostCustomersBodyInvoiceSettingsRenderingOptionsType1,
    )
    from .post_customers_body_metadata_type_0 import PostCustomersBodyMetadataType0
    from .post_customers_body_metadata_type_1 import PostCustomersBodyMetadataType1
    from .post_customers_body_shipping_type_0 import PostCustomersBodyShippingType0
    from .post_customers_body_shipping_type_0_address import PostCustomersBodyShippingType0Address
    from .post_customers_body_shipping_type_1 import PostCustomersBodyShippingType1
    from .post_customers_body_tax import PostCustomersBodyTax
    from .post_customers_body_tax_exempt_type_0 import PostCustomersBodyTaxExemptType0
    from .post_customers_body_tax_exempt_type_1 import PostCustomersBodyTaxExemptType1
    from .post_customers_body_tax_id_data_item import PostCustomersBodyTaxIdDataItem
    from .post_customers_body_tax_id_data_item_type import PostCustomersBodyTaxIdDataItemType
    from .post_customers_body_tax_ip_address_type_1 import PostCustomersBodyTaxIpAddressType1
    from .post_customers_body_tax_validate_location import PostCustomersBodyTaxValidateLocation
    from .post_customers_customer_body import PostCustomersCustomerBody
    from .post_customers_customer_body_address_type_0 import PostCustomersCustomerBodyAddressType0
    from .post_customers_customer_body_address_type_1 import PostCustomersCustomerBodyAddressType1
    from .post_customers_customer_body_business_name_type_1 import (
        PostCustomersCustomerBodyBusinessNameType1,
    )
    from .post_customers_customer_body_cash_balance import PostCustomersCustomerBodyCashBalance
    from .post_customers_customer_body_cash_balance_settings import (
        PostCustomersCustomerBodyCashBalanceSettings,
    )
    from .post_customers_customer_body_cash_balance_settings_reconciliation_mode import (
        PostCustomersCustomerBodyCashBalanceSettingsReconciliationMode,
    )
    from .post_customers_customer_body_individual_name_type_1 import (
        PostCustomersCustomerBodyIndividualNameType1,
    )
    from .post_customers_customer_body_invoice_settings import (
        PostCustomersCustomerBodyInvoiceSettings,
    )
    from .post_customers_customer_body_invoice_settings_custom_fields_type_0_item import (
        PostCustomersCustomerBodyInvoiceSettingsCustomFieldsType0Item,
    )
    from .post_customers_customer_body_invoice_settings_custom_fields_type_1 import (
        PostCustomersCustomerBodyInvoiceSettingsCustomFieldsType1,
    )
    from .post_customers_customer_body_invoice_settings_rendering_options_type_0 import (
        PostCustomersCustomerBodyInvoiceSettingsRenderingOptionsType0,
    )
    from .post_customers_customer_body_invoice_settings_rendering_options_type_0_amount_tax_display_type_0 import (
        PostCustomersCustomerBodyInvoiceSettingsRenderingOptionsType0AmountTaxDisplayType0,
    )
    from .post_customers_customer_body_invoice_settings_rendering_options_type_0_amount_tax_display_type_1 import (
        PostCustomersCustomerBodyInvoiceSettingsRenderingOptionsType0AmountTaxDisplayType1,
    )
    from .post_customers_customer_body_invoice_settings_rendering_options_type_1 import (
        PostCustomersCustomerBodyInvoiceSettingsRenderingOptionsType1,
    )
    from .post_customers_customer_body_metadata_type_0 import PostCustomersCustomerBodyMetadataType0
    from .post_customers_customer_body_metadata_type_1 import PostCustomersCustomerBodyMetadataType1
    from .post_customers_customer_body_shipping_type_0 import PostCustomersCustomerBodyShippingType0
    from .post_customers_customer_body_shipping_type_0_address import (
        PostCustomersCustomerBodyShippingType0Address,
    )
    from .post_customers_customer_body_shipping_type_1 import PostCustomersCustomerBodyShippingType1
    from .post_customers_customer_body_tax import PostCustomersCustomerBodyTax
    from .post_customers_customer_body_tax_exempt_type_0 import (
        PostCustomersCustomerBodyTaxExemptType0,
    )
    from .post_customers_customer_body_tax_exempt_type_1 import (
        PostCustomersCustomerBodyTaxExemptType1,
    )
    from .post_customers_customer_body_tax_ip_address_type_1 import (
        PostCustomersCustomerBodyTaxIpAddressType1,
    )
    from .post_customers_customer_body_tax_validate_location import (
        PostCustomersCustomerBodyTaxValidateLocation,
    )
    from .post_invoiceitems_body import PostInvoiceitemsBody
    from .post_invoiceitems_body_discounts_type_0_item import PostInvoiceitemsBodyDiscountsType0Item
    from .post_invoiceitems_body_discounts_type_1 import PostInvoiceitemsBodyDiscountsType1
    from .post_invoiceitems_body_metadata_type_0 import PostInvoiceitemsBodyMetadataType0
    from .post_invoiceitems_body_metadata_type_1 import PostInvoiceitemsBodyMetadataType1
    from .post_invoiceitems_body_period import PostInvoiceitemsBodyPeriod
    from .post_invoiceitems_body_price_data import PostInvoiceitemsBodyPriceData
    from .post_invoiceitems_body_price_data_tax_behavior import (
        PostInvoiceitemsBodyPriceDataTaxBehavior,
    )
    from .post_invoiceitems_body_pricing import PostInvoiceitemsBodyPricing
    from .post_invoiceitems_body_tax_behavior import PostInvoiceitemsBodyTaxBehavior
    from .post_invoiceitems_body_tax_code_type_1 import PostInvoiceitemsBodyTaxCodeType1
    from .post_invoiceitems_invoiceitem_body import PostInvoiceitemsInvoiceitemBody
    from .post_invoiceitems_invoiceitem_body_discounts_type_0_item import (
        PostInvoiceitemsInvoiceitemBodyDiscountsType0Item,
    )
    from .post_invoiceitems_invoiceitem_body_discounts_type_1 import (
        PostInvoiceitemsInvoiceitemBodyDiscountsType1,
    )
    from .post_invoiceitems_invoiceitem_body_invoicing_rules import (
        PostInvoiceitemsInvoiceitemBodyInvoicingRules,
    )
    from .post_invoiceitems_invoiceitem_body_metadata_type_0 import (
        PostInvoiceitemsInvoiceitemBodyMetadataType0,
    )
    from .post_invoiceitems_invoiceitem_body_metadata_type_1 import (
        PostInvoiceitemsInvoiceitemBodyMetadataType1,
    )
    from .post_invoiceitems_invoiceitem_body_period import PostInvoiceitemsInvoiceitemBodyPeriod
    from .post_invoiceitems_invoiceitem_body_price_data import (
        PostInvoiceitemsInvoiceitemBodyPriceData,
    )
    from .post_invoiceitems_invoiceitem_body_price_data_tax_behavior import (
        PostInvoiceitemsInvoiceitemBodyPriceDataTaxBehavior,
    )
    from .post_invoiceitems_invoiceitem_body_pricing import PostInvoiceitemsInvoiceitemBodyPricing
    from .post_invoiceitems_invoiceitem_body_tax_behavior import (
        PostInvoiceitemsInvoiceitemBodyTaxBehavior,
    )
    from .post_invoiceitems_invoiceitem_body_tax_code_type_1 import (
        PostInvoiceitemsInvoiceitemBodyTaxCodeType1,
    )
    from .post_invoiceitems_invoiceitem_body_tax_rates_type_1 import (
        PostInvoiceitemsInvoiceitemBodyTaxRatesType1,
    )
    from .post_invoices_body import PostInvoicesBody
    from .post_invoices_body_account_tax_ids_type_1 import PostInvoicesBodyAccountTaxIdsType1
    from .post_invoices_body_automatic_tax import PostInvoicesBodyAutomaticTax
    from .post_invoices_body_automatic_tax_liability import PostInvoicesBodyAutomaticTaxLiability
    from .post_invoices_body_automatic_tax_liability_type import (
        PostInvoicesBodyAutomaticTaxLiabilityType,
    )
    from .post_invoices_body_collection_method import PostInvoicesBodyCollectionMethod
    from .post_invoices_body_custom_fields_type_0_item import PostInvoicesBodyCustomFieldsType0Item
    from .post_invoices_body_custom_fields_type_1 import PostInvoicesBodyCustomFieldsType1
    from .post_invoices_body_discounts_type_0_item import PostInvoicesBodyDiscountsType0Item
    from .post_invoices_body_discounts_type_1 import PostInvoicesBodyDiscountsType1
    from .post_invoices_body_from_invoice import PostInvoicesBodyFromInvoice
    from .post_invoices_body_from_invoice_action import PostInvoicesBodyFromInvoiceAction
    from .post_invoices_body_issuer import PostInvoicesBodyIssuer
    from .post_invoices_body_issuer_type import PostInvoicesBodyIssuerType
    from .post_invoices_body_metadata_type_0 import PostInvoicesBodyMetadataType0
    from .post_invoices_body_metadata_type_1 import PostInvoicesBodyMetadataType1
    from .post_invoices_body_payment_settings import PostInvoicesBodyPaymentSettings
    from .post_invoices_body_payment_settings_default_mandate_type_1 import (
        PostInvoicesBodyPaymentSettingsDefaultMandateType1,
    )
    from .post_invoices_body_payment_settings_payment_method_options import (
        PostInvoicesBodyPaymentSettingsPaymentMethodOptions,
    )
    from .post_invoices_body_payment_settings_payment_method_options_acss_debit_type_0 import (
        PostInvoicesBodyPaymentSettingsPaymentMethodOptionsAcssDebitType0,
    )
    from .post_invoices_body_payment_settings_payment_method_options_acss_debit_type_0_mandate_options import (
        PostInvoicesBodyPaymentSettingsPaymentMethodOptionsAcssDebitType0MandateOptions,
    )
    from .post_invoices_body_payment_settings_payment_method_options_acss_debit_type_0_mandate_options_transaction_type import (
        PostInvoicesBodyPaymentSettingsPaymentMethodOptionsAcssDebitType0MandateOptionsTransactionType,
    )
    from .post_invoices_body_payment_settings_payment_method_options_acss_debit_type_0_verification_method import (
        PostInvoicesBodyPaymentSettingsPaymentMethodOptionsAcssDebitType0VerificationMethod,
    )
    from .post_invoices_body_payment_settings_payment_method_options_acss_debit_type_1 import (
        PostInvoicesBodyPaymentSettingsPaymentMethodOptionsAcssDebitType1,
    )
    from .post_invoices_body_payment_settings_payment_method_options_bancontact_type_0 import (
        PostInvoicesBodyPaymentSettingsPaymentMethodOptionsBancontactType0,
    )
    from .post_invoices_body_payment_settings_payment_method_options_bancontact_type_0_preferred_language import (
        PostInvoicesBodyPaymentSettingsPaymentMethodOptionsBancontactType0PreferredLanguage,
    )
    from .post_invoices_body_payment_settings_payment_method_options_bancontact_type_1 import (
        PostInvoicesBodyPaymentSettingsPaymentMethodOptionsBancontactType1,
    )
    from .post_invoices_body_payment_settings_payment_method_options_billie_type_0 import (
        PostInvoicesBodyPaymentSettingsPaymentMethodOptionsBillieType0,
    )
    from .post_invoices_body_payment_settings_payment_method_options_billie_type_0_company_details_type_0 import (
        PostInvoicesBodyPaymentSettingsPaymentMethodOptionsBillieType0CompanyDetailsType0,
    )
    from .post_invoices_body_payment_settings_payment_method_options_billie_type_0_company_details_type_0_registered_address_type_0 import (
        PostInvoicesBodyPaymentSettingsPaymentMethodOptionsBillieType0CompanyDetailsType0RegisteredAddressType0,
    )
    from .post_invoices_body_payment_settings_payment_method_options_billie_type_0_company_details_type_0_registered_address_type_1 import (
        PostInvoicesBodyPaymentSettingsPaymentMethodOptionsBillieType0CompanyDetailsType0RegisteredAddressType1,
    )
    from .post_invoices_body_payment_settings_payment_method_options_billie_type_0_company_details_type_0_registration_type_type_0 import (
        PostInvoicesBodyPaymentSettingsPaymentMethodOptionsBillieType0CompanyDetailsType0RegistrationTypeType0,
    )
    from .post_invoices_body_payment_settings_payment_method_options_billie_type_0_company_details_type_0_registration_type_type_1 import (
        PostInvoicesBodyPaymentSettingsPaymentMethodOptionsBillieType0CompanyDetailsType0RegistrationTypeType1,
    )
    from .post_invoices_body_payment_settings_payment_method_options_billie_type_0_company_details_type_1 import (
        PostInvoicesBodyPaymentSettingsPaymentMethodOptionsBillieType0CompanyDetailsType1,
    )
    from .post_invoices_body_payment_settings_payment_method_options_billie_type_1 import (
        PostInvoicesBodyPaymentSettingsPaymentMethodOptionsBillieType1,
    )
    from .post_invoices_body_payment_settings_payment_method_options_blik_type_0 import (
        PostInvoicesBodyPaymentSettingsPaymentMethodOptionsBlikType0,
    )
    from .post_invoices_body_payment_settings_payment_method_options_blik_type_1 import (
        PostInvoicesBodyPaymentSettingsPaymentMethodOptionsBlikType1,
    )
    from .post_invoices_body_payment_settings_payment_method_options_card_type_0 import (
        PostInvoicesBodyPaymentSettingsPaymentMethodOptionsCardType0,
    )
    from .post_invoices_body_payment_settings_payment_method_options_card_type_0_installments import (
        PostInvoicesBodyPaymentSettingsPaymentMethodOptionsCardType0Installments,
    )
    from .post_invoices_body_payment_settings_payment_method_options_card_type_0_installments_plan_type_0 import (
        PostInvoicesBodyPaymentSettingsPaymentMethodOptionsCardType0InstallmentsPlanType0,
    )
    from .post_invoices_body_payment_settings_payment_method_options_card_type_0_installments_plan_type_0_interval import (
        PostInvoicesBodyPaymentSettingsPaymentMethodOptionsCardType0InstallmentsPlanType0Interval,
    )
    from .post_invoices_body_payment_settings_payment_method_options_card_type_0_installments_plan_type_0_type import (
        PostInvoicesBodyPaymentSettingsPaymentMethodOptionsCardType0InstallmentsPlanType0Type,
    )
    from .post_invoices_body_payment_settings_payment_method_options_card_type_0_installments_plan_type_1 import (
        PostInvoicesBodyPaymentSettingsPaymentMethodOptionsCardType0InstallmentsPlanType1,
    )
    from .post_invoices_body_payment_settings_payment_method_options_card_type_0_request_three_d_secure import (
        PostInvoicesBodyPaymentSettingsPaymentMethodOptionsCardType0RequestThreeDSecure,
    )
    from .post_invoices_body_payment_settings_payment_method_options_card_type_1 import (
        PostInvoicesBodyPaymentSettingsPaymentMethodOptionsCardType1,
    )
    from .post_invoices_body_payment_settings_payment_method_options_customer_balance_type_0 import (
        PostInvoicesBodyPaymentSettingsPaymentMethodOptionsCustomerBalanceType0,
    )
    from .post_invoices_body_payment_settings_payment_method_options_customer_balance_type_0_bank_transfer import (
        PostInvoicesBodyPaymentSettingsPaymentMethodOptionsCustomerBalanceType0BankTransfer,
    )
    from .post_invoices_body_payment_settings_payment_method_options_customer_balance_type_0_bank_transfer_eu_bank_transfer import (
        PostInvoicesBodyPaymentSettingsPaymentMethodOptionsCustomerBalanceType0BankTransferEuBankTransfer,
    )
    from .post_invoices_body_payment_settings_payment_method_options_customer_balance_type_1 import (
        PostInvoicesBodyPaymentSettingsPaymentMethodOptionsCustomerBalanceType1,
    )
    from .post_invoices_body_payment_settings_payment_method_options_konbini_type_0 import (
        PostInvoicesBodyPaymentSettingsPaymentMethodOptionsKonbiniType0,
    )
    from .post_invoices_body_payment_settings_payment_method_options_konbini_type_1 import (
        PostInvoicesBodyPaymentSettingsPaymentMethodOptionsKonbiniType1,
    )
    from .post_invoices_body_payment_settings_payment_method_options_payto_type_0 import (
        PostInvoicesBodyPaymentSettingsPaymentMethodOptionsPaytoType0,
    )
    from .post_invoices_body_payment_settings_payment_method_options_payto_type_0_mandate_options import (
        PostInvoicesBodyPaymentSettingsPaymentMethodOptionsPaytoType0MandateOptions,
    )
    from .post_invoices_body_payment_settings_payment_method_options_payto_type_0_mandate_options_purpose import (
        PostInvoicesBodyPaymentSettingsPaymentMethodOptionsPaytoType0MandateOptionsPurpose,
    )
    from .post_invoices_body_payment_settings_payment_method_options_payto_type_1 import (
        PostInvoicesBodyPaymentSettingsPaymentMethodOptionsPaytoType1,
    )
    from .post_invoices_body_payment_settings_payment_method_options_pix_type_0 import (
        PostInvoicesBodyPaymentSettingsPaymentMethodOptionsPixType0,
    )
    from .post_invoices_body_payment_settings_payment_method_options_pix_type_0_amount_includes_iof import (
        PostInvoicesBodyPaymentSettingsPaymentMethodOptionsPixType0AmountIncludesIof,
    )
    from .post_invoices_body_payment_settings_payment_method_options_pix_type_1 import (
        PostInvoicesBodyPaymentSettingsPaymentMethodOptionsPixType1,
    )
    from .post_invoices_body_payment_settings_payment_method_options_sepa_debit_type_0 import (
        PostInvoicesBodyPaymentSettingsPaymentMethodOptionsSepaDebitType0,
    )
    from .post_invoices_body_payment_settings_payment_method_options_sepa_debit_type_1 import (
        PostInvoicesBodyPaymentSettingsPaymentMethodOptionsSepaDebitType1,
    )
    from .post_invoices_body_payment_settings_payment_method_options_upi_type_0 import (
        PostInvoicesBodyPaymentSettingsPaymentMethodOptionsUpiType0,
    )
    from .post_invoices_body_payment_settings_payment_method_options_upi_type_0_mandate_options import (
        PostInvoicesBodyPaymentSettingsPaymentMethodOptionsUpiType0MandateOptions,
    )
    from .post_invoices_body_payment_settings_payment_method_options_upi_type_0_mandate_options_amount_type import (
        PostInvoicesBodyPaymentSettingsPaymentMethodOptionsUpiType0MandateOptionsAmountType,
    )
    from .post_invoices_body_payment_settings_payment_method_options_upi_type_1 import (
        PostInvoicesBodyPaymentSettingsPaymentMethodOptionsUpiType1,
    )
    from .post_invoices_body_payment_settings_payment_method_options_us_bank_account_type_0 import (
        PostInvoicesBodyPaymentSettingsPaymentMethodOptionsUsBankAccountType0,
    )
    from .post_invoices_body_payment_settings_payment_method_options_us_bank_account_type_0_financial_connections import (
        PostInvoicesBodyPaymentSettingsPaymentMethodOptionsUsBankAccountType0FinancialConnections,
    )
    from .post_invoices_body_payment_settings_payment_method_options_us_bank_account_type_0_financial_connections_filters import (
        PostInvoicesBodyPaymentSettingsPaymentMethodOptionsUsBankAccountType0FinancialConnectionsFilters,
    )
    from .post_invoices_body_payment_settings_payment_method_options_us_bank_account_type_0_financial_connections_filters_account_subcategories_item import (
        PostInvoicesBodyPaymentSettingsPaymentMethodOptionsUsBankAccountType0FinancialConnectionsFiltersAccountSubcategoriesItem,
    )
    from .post_invoices_body_payment_settings_payment_method_options_us_bank_account_type_0_financial_connections_permissions_item import (
        PostInvoicesBodyPaymentSettingsPaymentMethodOptionsUsBankAccountType0FinancialConnectionsPermissionsItem,
    )
    from .post_invoices_body_payment_settings_payment_method_options_us_bank_account_type_0_financial_connections_prefetch_item import (
        PostInvoicesBodyPaymentSettingsPaymentMethodOptionsUsBankAccountType0FinancialConnectionsPrefetchItem,
    )
    from .post_invoices_body_payment_settings_payment_method_options_us_bank_account_type_0_verification_method import (
        PostInvoicesBodyPaymentSettingsPaymentMethodOptionsUsBankAccountType0VerificationMethod,
    )
    from .post_invoices_body_payment_settings_payment_method_options_us_bank_account_type_1 import (
        PostInvoicesBodyPaymentSettingsPaymentMethodOptionsUsBankAccountType1,
    )
    from .post_invoices_body_payment_settings_payment_method_types_type_0_item import (
        PostInvoicesBodyPaymentSettingsPaymentMethodTypesType0Item,
    )
    from .post_invoices_body_payment_settings_payment_method_types_type_1 import (
        PostInvoicesBodyPaymentSettingsPaymentMethodTypesType1,
    )
    from .post_invoices_body_pending_invoice_items_behavior import (
        PostInvoicesBodyPendingInvoiceItemsBehavior,
    )
    from .post_invoices_body_rendering import PostInvoicesBodyRendering
    from .post_invoices_body_rendering_amount_tax_display_type_0 import (
        PostInvoicesBodyRenderingAmountTaxDisplayType0,
    )
    from .post_invoices_body_rendering_amount_tax_display_type_1 import (
        PostInvoicesBodyRenderingAmountTaxDisplayType1,
    )
    from .post_invoices_body_rendering_pdf import PostInvoicesBodyRenderingPdf
    from .post_invoices_body_rendering_pdf_page_size import PostInvoicesBodyRenderingPdfPageSize
    from .post_invoices_body_rendering_template_version_type_1 import (
        PostInvoicesBodyRenderingTemplateVersionType1,
    )
    from .post_invoices_body_shipping_cost import PostInvoicesBodyShippingCost
    from .post_invoices_body_shipping_cost_shipping_rate_data import (
        PostInvoicesBodyShippingCostShippingRateData,
    )
    from .post_invoices_body_shipping_cost_shipping_rate_data_delivery_estimate import (
        PostInvoicesBodyShippingCostShippingRateDataDeliveryEstimate,
    )
    from .post_invoices_body_shipping_cost_shipping_rate_data_delivery_estimate_maximum import (
        PostInvoicesBodyShippingCostShippingRateDataDeliveryEstimateMaximum,
    )
    from .post_invoices_body_shipping_cost_shipping_rate_data_delivery_estimate_maximum_unit import (
        PostInvoicesBodyShippingCostShippingRateDataDeliveryEstimateMaximumUnit,
    )
    from .post_invoices_body_shipping_cost_shipping_rate_data_delivery_estimate_minimum import (
        PostInvoicesBodyShippingCostShippingRateDataDeliveryEstimateMinimum,
    )
    from .post_invoices_body_shipping_cost_shipping_rate_data_delivery_estimate_minimum_unit import (
        PostInvoicesBodyShippingCostShippingRateDataDeliveryEstimateMinimumUnit,
    )
    from .post_invoices_body_shipping_cost_shipping_rate_data_fixed_amount import (
        PostInvoicesBodyShippingCostShippingRateDataFixedAmount,
    )
    from .post_invoices_body_shipping_cost_shipping_rate_data_fixed_amount_currency_options import (
        PostInvoicesBodyShippingCostShippingRateDataFixedAmountCurrencyOptions,
    )
    from .post_invoices_body_shipping_cost_shipping_rate_data_fixed_amount_currency_options_additional_property import (
        PostInvoicesBodyShippingCostShippingRateDataFixedAmountCurrencyOptionsAdditionalProperty,
    )
    from .post_invoices_body_shipping_cost_shipping_rate_data_fixed_amount_currency_options_additional_property_tax_behavior import (
        PostInvoicesBodyShippingCostShippingRateDataFixedAmountCurrencyOptionsAdditionalPropertyTaxBehavior,
    )
    from .post_invoices_body_shipping_cost_shipping_rate_data_metadata import (
        PostInvoicesBodyShippingCostShippingRateDataMetadata,
    )
    from .post_invoices_body_shipping_cost_shipping_rate_data_tax_behavior import (
        PostInvoicesBodyShippingCostShippingRateDataTaxBehavior,
    )
    from .post_invoices_body_shipping_cost_shipping_rate_data_type import (
        PostInvoicesBodyShippingCostShippingRateDataType,
    )
    from .post_invoices_body_shipping_details import PostInvoicesBodyShippingDetails
    from .post_invoices_body_shipping_details_address import PostInvoicesBodyShippingDetailsAddress
    from .post_invoices_body_shipping_details_phone_type_1 import (
        PostInvoicesBodyShippingDetailsPhoneType1,
    )
    from .post_invoices_body_transfer_data import PostInvoicesBodyTransferData
    from .post_invoices_create_preview_body import PostInvoicesCreatePreviewBody
    from .post_invoices_create_preview_body_automatic_tax import (
        PostInvoicesCreatePreviewBodyAutomaticTax,
    )
    from .post_invoices_create_preview_body_automatic_tax_liability import (
        PostInvoicesCreatePreviewBodyAutomaticTaxLiability,
    )
    from .post_invoices_create_preview_body_automatic_tax_liability_type import (
        PostInvoicesCreatePreviewBodyAutomaticTaxLiabilityType,
    )
    from .post_invoices_create_preview_body_customer_details import (
        PostInvoicesCreatePreviewBodyCustomerDetails,
    )
    from .post_invoices_create_preview_body_customer_details_address_type_0 import (
        PostInvoicesCreatePreviewBodyCustomerDetailsAddressType0,
    )
    from .post_invoices_create_preview_body_customer_details_address_type_1 import (
        PostInvoicesCreatePreviewBodyCustomerDetailsAddressType1,
    )
    from .post_invoices_create_preview_body_customer_details_shipping_type_0 import (
        PostInvoicesCreatePreviewBodyCustomerDetailsShippingType0,
    )
    from .post_invoices_create_preview_body_customer_details_shipping_type_0_address import (
        PostInvoicesCreatePreviewBodyCustomerDetailsShippingType0Address,
    )
    from .post_invoices_create_preview_body_customer_details_shipping_type_1 import (
        PostInvoicesCreatePreviewBodyCustomerDetailsShippingType1,
    )
    from .post_invoices_create_preview_body_customer_details_tax import (
        PostInvoicesCreatePreviewBodyCustomerDetailsTax,
    )
    from .post_invoices_create_preview_body_customer_details_tax_exempt_type_0 import (
        PostInvoicesCreatePreviewBodyCustomerDetailsTaxExemptType0,
    )
    from .post_invoices_create_preview_body_customer_details_tax_exempt_type_1 import (
        PostInvoicesCreatePreviewBodyCustomerDetailsTaxExemptType1,
    )
    from .post_invoices_create_preview_body_customer_details_tax_ids_item import (
        PostInvoicesCreatePreviewBodyCustomerDetailsTaxIdsItem,
    )
    from .post_invoices_create_preview_body_customer_details_tax_ids_item_type import (
        PostInvoicesCreatePreviewBodyCustomerDetailsTaxIdsItemType,
    )
    from .post_invoices_create_preview_body_customer_details_tax_ip_address_type_1 import (
        PostInvoicesCreatePreviewBodyCustomerDetailsTaxIpAddressType1,
    )
    from .post_invoices_create_preview_body_discounts_type_0_item import (
        PostInvoicesCreatePreviewBodyDiscountsType0Item,
    )
    from .post_invoices_create_preview_body_discounts_type_1 import (
        PostInvoicesCreatePreviewBodyDiscountsType1,
    )
    from .post_invoices_create_preview_body_invoice_items_item import (
        PostInvoicesCreatePreviewBodyInvoiceItemsItem,
    )
    from .post_invoices_create_preview_body_invoice_items_item_discounts_type_0_item import (
        PostInvoicesCreatePreviewBodyInvoiceItemsItemDiscountsType0Item,
    )
    from .post_invoices_create_preview_body_invoice_items_item_discounts_type_1 import (
        PostInvoicesCreatePreviewBodyInvoiceItemsItemDiscountsType1,
    )
    from .post_invoices_create_preview_body_invoice_items_item_metadata_type_0 import (
        PostInvoicesCreatePreviewBodyInvoiceItemsItemMetadataType0,
    )
    from .post_invoices_create_preview_body_invoice_items_item_metadata_type_1 import (
        PostInvoicesCreatePreviewBodyInvoiceItemsItemMetadataType1,
    )
    from .post_invoices_create_preview_body_invoice_items_item_period import (
        PostInvoicesCreatePreviewBodyInvoiceItemsItemPeriod,
    )
    from .post_invoices_create_preview_body_invoice_items_item_price_data import (
        PostInvoicesCreatePreviewBodyInvoiceItemsItemPriceData,
    )
    from .post_invoices_create_preview_body_invoice_items_item_price_data_tax_behavior import (
        PostInvoicesCreatePreviewBodyInvoiceItemsItemPriceDataTaxBehavior,
    )
    from .post_invoices_create_preview_body_invoice_items_item_tax_behavior import (
        PostInvoicesCreatePreviewBodyInvoiceItemsItemTaxBehavior,
    )
    from .post_invoices_create_preview_body_invoice_items_item_tax_code_type_1 import (
        PostInvoicesCreatePreviewBodyInvoiceItemsItemTaxCodeType1,
    )
    from .post_invoices_create_preview_body_invoice_items_item_tax_rates_type_1 import (
        PostInvoicesCreatePreviewBodyInvoiceItemsItemTaxRatesType1,
    )
    from .post_invoices_create_preview_body_issuer import PostInvoicesCreatePreviewBodyIssuer
    from .post_invoices_create_preview_body_issuer_type import (
        PostInvoicesCreatePreviewBodyIssuerType,
    )
    from .post_invoices_create_preview_body_on_behalf_of_type_1 import (
        PostInvoicesCreatePreviewBodyOnBehalfOfType1,
    )
    from .post_invoices_create_preview_body_preview_mode import (
        PostInvoicesCreatePreviewBodyPreviewMode,
    )
    from .post_invoices_create_preview_body_schedule_details import (
        PostInvoicesCreatePreviewBodyScheduleDetails,
    )
    from .post_invoices_create_preview_body_schedule_details_billing_mode import (
        PostInvoicesCreatePreviewBodyScheduleDetailsBillingMode,
    )
    from .post_invoices_create_preview_body_schedule_details_billing_mode_flexible import (
        PostInvoicesCreatePreviewBodyScheduleDetailsBillingModeFlexible,
    )
    from .post_invoices_create_preview_body_schedule_details_billing_mode_flexible_proration_discounts import (
        PostInvoicesCreatePreviewBodyScheduleDetailsBillingModeFlexibleProrationDiscounts,
    )
    from .post_invoices_create_preview_body_schedule_details_billing_mode_type import (
        PostInvoicesCreatePreviewBodyScheduleDetailsBillingModeType,
    )
    from .post_invoices_create_preview_body_schedule_details_end_behavior import (
        PostInvoicesCreatePreviewBodyScheduleDetailsEndBehavior,
    )
    from .post_invoices_create_preview_body_schedule_details_pause_schedules_type_0_item import (
        PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0Item,
    )
    from .post_invoices_create_preview_body_schedule_details_pause_schedules_type_0_item_pause import (
        PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemPause,
    )
    from .post_invoices_create_preview_body_schedule_details_pause_schedules_type_0_item_pause_pause_at import (
        PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemPausePauseAt,
    )
    from .post_invoices_create_preview_body_schedule_details_pause_schedules_type_0_item_pause_pause_at_type import (
        PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemPausePauseAtType,
    )
    from .post_invoices_create_preview_body_schedule_details_pause_schedules_type_0_item_pause_settings import (
        PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemPauseSettings,
    )
    from .post_invoices_create_preview_body_schedule_details_pause_schedules_type_0_item_pause_settings_bill_for import (
        PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemPauseSettingsBillFor,
    )
    from .post_invoices_create_preview_body_schedule_details_pause_schedules_type_0_item_pause_settings_bill_for_outstanding_usage_through import (
        PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemPauseSettingsBillForOutstandingUsageThrough,
    )
    from .post_invoices_create_preview_body_schedule_details_pause_schedules_type_0_item_pause_settings_bill_for_outstanding_usage_through_type import (
        PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemPauseSettingsBillForOutstandingUsageThroughType,
    )
    from .post_invoices_create_preview_body_schedule_details_pause_schedules_type_0_item_pause_settings_bill_for_unused_time_from import (
        PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemPauseSettingsBillForUnusedTimeFrom,
    )
    from .post_invoices_create_preview_body_schedule_details_pause_schedules_type_0_item_pause_settings_bill_for_unused_time_from_type import (
        PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemPauseSettingsBillForUnusedTimeFromType,
    )
    from .post_invoices_create_preview_body_schedule_details_pause_schedules_type_0_item_pause_settings_invoicing_behavior import (
        PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemPauseSettingsInvoicingBehavior,
    )
    from .post_invoices_create_preview_body_schedule_details_pause_schedules_type_0_item_pause_settings_type import (
        PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemPauseSettingsType,
    )
    from .post_invoices_create_preview_body_schedule_details_pause_schedules_type_0_item_resume_type_0 import (
        PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemResumeType0,
    )
    from .post_invoices_create_preview_body_schedule_details_pause_schedules_type_0_item_resume_type_0_resume_at import (
        PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemResumeType0ResumeAt,
    )
    from .post_invoices_create_preview_body_schedule_details_pause_schedules_type_0_item_resume_type_0_resume_at_duration import (
        PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemResumeType0ResumeAtDuration,
    )
    from .post_invoices_create_preview_body_schedule_details_pause_schedules_type_0_item_resume_type_0_resume_at_duration_interval import (
        PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemResumeType0ResumeAtDurationInterval,
    )
    from .post_invoices_create_preview_body_schedule_details_pause_schedules_type_0_item_resume_type_0_resume_at_type import (
        PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemResumeType0ResumeAtType,
    )
    from .post_invoices_create_preview_body_schedule_details_pause_schedules_type_0_item_resume_type_0_settings import (
        PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemResumeType0Settings,
    )
    from .post_invoices_create_preview_body_schedule_details_pause_schedules_type_0_item_resume_type_0_settings_billing_cycle_anchor import (
        PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemResumeType0SettingsBillingCycleAnchor,
    )
    from .post_invoices_create_preview_body_schedule_details_pause_schedules_type_0_item_resume_type_0_settings_payment_behavior import (
        PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemResumeType0SettingsPaymentBehavior,
    )
    from .post_invoices_create_preview_body_schedule_details_pause_schedules_type_0_item_resume_type_0_settings_proration_behavior import (
        PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemResumeType0SettingsProrationBehavior,
    )
    from .post_invoices_create_preview_body_schedule_details_pause_schedules_type_0_item_resume_type_1 import (
        PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemResumeType1,
    )
    from .post_invoices_create_preview_body_schedule_details_pause_schedules_type_1 import (
        PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType1,
    )
    from .post_invoices_create_preview_body_schedule_details_phases_item import (
        PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItem,
    )
    from .post_invoices_create_preview_body_schedule_details_phases_item_add_invoice_items_item import (
        PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemAddInvoiceItemsItem,
    )
    from .post_invoices_create_preview_body_schedule_details_phases_item_add_invoice_items_item_discounts_item import (
        PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemAddInvoiceItemsItemDiscountsItem,
    )
    from .post_invoices_create_preview_body_schedule_details_phases_item_add_invoice_items_item_metadata import (
        PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemAddInvoiceItemsItemMetadata,
    )
    from .post_invoices_create_preview_body_schedule_details_phases_item_add_invoice_items_item_period import (
        PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemAddInvoiceItemsItemPeriod,
    )
    from .post_invoices_create_preview_body_schedule_details_phases_item_add_invoice_items_item_period_end import (
        PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemAddInvoiceItemsItemPeriodEnd,
    )
    from .post_invoices_create_preview_body_schedule_details_phases_item_add_invoice_items_item_period_end_type import (
        PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemAddInvoiceItemsItemPeriodEndType,
    )
    from .post_invoices_create_preview_body_schedule_details_phases_item_add_invoice_items_item_period_start import (
        PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemAddInvoiceItemsItemPeriodStart,
    )
    from .post_invoices_create_preview_body_schedule_details_phases_item_add_invoice_items_item_period_start_type import (
        PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemAddInvoiceItemsItemPeriodStartType,
    )
    from .post_invoices_create_preview_body_schedule_details_phases_item_add_invoice_items_item_price_data import (
        PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemAddInvoiceItemsItemPriceData,
    )
    from .post_invoices_create_preview_body_schedule_details_phases_item_add_invoice_items_item_price_data_tax_behavior import (
        PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemAddInvoiceItemsItemPriceDataTaxBehavior,
    )
    from .post_invoices_create_preview_body_schedule_details_phases_item_add_invoice_items_item_tax_rates_type_1 import (
        PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemAddInvoiceItemsItemTaxRatesType1,
    )
    from .post_invoices_create_preview_body_schedule_details_phases_item_automatic_tax import (
        PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemAutomaticTax,
    )
    from .post_invoices_create_preview_body_schedule_details_phases_item_automatic_tax_liability import (
        PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemAutomaticTaxLiability,
    )
    from .post_invoices_create_preview_body_schedule_details_phases_item_automatic_tax_liability_type import (
        PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemAutomaticTaxLiabilityType,
    )
    from .post_invoices_create_preview_body_schedule_details_phases_item_billing_cycle_anchor import (
        PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemBillingCycleAnchor,
    )
    from .post_invoices_create_preview_body_schedule_details_phases_item_billing_thresholds_type_0 import (
        PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemBillingThresholdsType0,
    )
    from .post_invoices_create_preview_body_schedule_details_phases_item_billing_thresholds_type_1 import (
        PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemBillingThresholdsType1,
    )
    from .post_invoices_create_preview_body_schedule_details_phases_item_collection_method import (
        PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemCollectionMethod,
    )
    from .post_invoices_create_preview_body_schedule_details_phases_item_default_tax_rates_type_1 import (
        PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemDefaultTaxRatesType1,
    )
    from .post_invoices_create_preview_body_schedule_details_phases_item_description_type_1 import (
        PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemDescriptionType1,
    )
    from .post_invoices_create_preview_body_schedule_details_phases_item_discounts_type_0_item import (
        PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemDiscountsType0Item,
    )
    from .post_invoices_create_preview_body_schedule_details_phases_item_discounts_type_1 import (
        PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemDiscountsType1,
    )
    from .post_invoices_create_preview_body_schedule_details_phases_item_duration import (
        PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemDuration,
    )
    from .post_invoices_create_preview_body_schedule_details_phases_item_duration_interval import (
        PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemDurationInterval,
    )
    from .post_invoices_create_preview_body_schedule_details_phases_item_end_date_type_1 import (
        PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemEndDateType1,
    )
    from .post_invoices_create_preview_body_schedule_details_phases_item_invoice_settings import (
        PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemInvoiceSettings,
    )
    from .post_invoices_create_preview_body_schedule_details_phases_item_invoice_settings_account_tax_ids_type_1 import (
        PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemInvoiceSettingsAccountTaxIdsType1,
    )
    from .post_invoices_create_preview_body_schedule_details_phases_item_invoice_settings_issuer import (
        PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemInvoiceSettingsIssuer,
    )
    from .post_invoices_create_preview_body_schedule_details_phases_item_invoice_settings_issuer_type import (
        PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemInvoiceSettingsIssuerType,
    )
    from .post_invoices_create_preview_body_schedule_details_phases_item_items_item import (
        PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemItemsItem,
    )
    from .post_invoices_create_preview_body_schedule_details_phases_item_items_item_billing_thresholds_type_0 import (
        PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemItemsItemBillingThresholdsType0,
    )
    from .post_invoices_create_preview_body_schedule_details_phases_item_items_item_billing_thresholds_type_1 import (
        PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemItemsItemBillingThresholdsType1,
    )
    from .post_invoices_create_preview_body_schedule_details_phases_item_items_item_discounts_type_0_item import (
        PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemItemsItemDiscountsType0Item,
    )
    from .post_invoices_create_preview_body_schedule_details_phases_item_items_item_discounts_type_1 import (
        PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemItemsItemDiscountsType1,
    )
    from .post_invoices_create_preview_body_schedule_details_phases_item_items_item_metadata import (
        PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemItemsItemMetadata,
    )
    from .post_invoices_create_preview_body_schedule_details_phases_item_items_item_price_data import (
        PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemItemsItemPriceData,
    )
    from .post_invoices_create_preview_body_schedule_details_phases_item_items_item_price_data_recurring import (
        PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemItemsItemPriceDataRecurring,
    )
    from .post_invoices_create_preview_body_schedule_details_phases_item_items_item_price_data_recurring_interval import (
        PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemItemsItemPriceDataRecurringInterval,
    )
    from .post_invoices_create_preview_body_schedule_details_phases_item_items_item_price_data_tax_behavior import (
        PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemItemsItemPriceDataTaxBehavior,
    )
    from .post_invoices_create_preview_body_schedule_details_phases_item_items_item_tax_rates_type_1 import (
        PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemItemsItemTaxRatesType1,
    )
    from .post_invoices_create_preview_body_schedule_details_phases_item_metadata import (
        PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemMetadata,
    )
    from .post_invoices_create_preview_body_schedule_details_phases_item_proration_behavior import (
        PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemProrationBehavior,
    )
    from .post_invoices_create_preview_body_schedule_details_phases_item_start_date_type_1 import (
        PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemStartDateType1,
    )
    from .post_invoices_create_preview_body_schedule_details_phases_item_transfer_data import (
        PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemTransferData,
    )
    from .post_invoices_create_preview_body_schedule_details_phases_item_trial_end_type_1 import (
        PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemTrialEndType1,
    )
    from .post_invoices_create_preview_body_schedule_details_proration_behavior import (
        PostInvoicesCreatePreviewBodyScheduleDetailsProrationBehavior,
    )
    from .post_invoices_create_preview_body_subscription_details import (
        PostInvoicesCreatePreviewBodySubscriptionDetails,
    )
    from .post_invoices_create_preview_body_subscription_details_billing_cycle_anchor import (
        PostInvoicesCreatePreviewBodySubscriptionDetailsBillingCycleAnchor,
    )
    from .post_invoices_create_preview_body_subscription_details_billing_cycle_anchor_type import (
        PostInvoicesCreatePreviewBodySubscriptionDetailsBillingCycleAnchorType,
    )
    from .post_invoices_create_preview_body_subscription_details_billing_mode import (
        PostInvoicesCreatePreviewBodySubscriptionDetailsBillingMode,
    )
    from .post_invoices_create_preview_body_subscription_details_billing_mode_flexible import (
        PostInvoicesCreatePreviewBodySubscriptionDetailsBillingModeFlexible,
    )
    from .post_invoices_create_preview_body_subscription_details_billing_mode_flexible_proration_discounts import (
        PostInvoicesCreatePreviewBodySubscriptionDetailsBillingModeFlexibleProrationDiscounts,
    )
    from .post_invoices_create_preview_body_subscription_details_billing_mode_type import (
        PostInvoicesCreatePreviewBodySubscriptionDetailsBillingModeType,
    )
    from .post_invoices_create_preview_body_subscription_details_billing_schedules_type_0_item import (
        PostInvoicesCreatePreviewBodySubscriptionDetailsBillingSchedulesType0Item,
    )
    from .post_invoices_create_preview_body_subscription_details_billing_schedules_type_0_item_applies_to_item import (
        PostInvoicesCreatePreviewBodySubscriptionDetailsBillingSchedulesType0ItemAppliesToItem,
    )
    from .post_invoices_create_preview_body_subscription_details_billing_schedules_type_0_item_applies_to_item_type import (
        PostInvoicesCreatePreviewBodySubscriptionDetailsBillingSchedulesType0ItemAppliesToItemType,
    )
    from .post_invoices_create_preview_body_subscription_details_billing_schedules_type_0_item_bill_until import (
        PostInvoicesCreatePreviewBodySubscriptionDetailsBillingSchedulesType0ItemBillUntil,
    )
    from .post_invoices_create_preview_body_subscription_details_billing_schedules_type_0_item_bill_until_duration import (
        PostInvoicesCreatePreviewBodySubscriptionDetailsBillingSchedulesType0ItemBillUntilDuration,
    )
    from .post_invoices_create_preview_body_subscription_details_billing_schedules_type_0_item_bill_until_duration_interval import (
        PostInvoicesCreatePreviewBodySubscriptionDetailsBillingSchedulesType0ItemBillUntilDurationInterval,
    )
    from .post_invoices_create_preview_body_subscription_details_billing_schedules_type_0_item_bill_until_type import (
        PostInvoicesCreatePreviewBodySubscriptionDetailsBillingSchedulesType0ItemBillUntilType,
    )
    from .post_invoices_create_preview_body_subscription_details_billing_schedules_type_1 import (
        PostInvoicesCreatePreviewBodySubscriptionDetailsBillingSchedulesType1,
    )
    from .post_invoices_create_preview_body_subscription_details_cancel_at_type_1 import (
        PostInvoicesCreatePreviewBodySubscriptionDetailsCancelAtType1,
    )
    from .post_invoices_create_preview_body_subscription_details_cancel_at_type_2 import (
        PostInvoicesCreatePreviewBodySubscriptionDetailsCancelAtType2,
    )
    from .post_invoices_create_preview_body_subscription_details_default_tax_rates_type_1 import (
        PostInvoicesCreatePreviewBodySubscriptionDetailsDefaultTaxRatesType1,
    )
    from .post_invoices_create_preview_body_subscription_details_items_item import (
        PostInvoicesCreatePreviewBodySubscriptionDetailsItemsItem,
    )
    from .post_invoices_create_preview_body_subscription_details_items_item_billing_thresholds_type_0 import (
        PostInvoicesCreatePreviewBodySubscriptionDetailsItemsItemBillingThresholdsType0,
    )
    from .post_invoices_create_preview_body_subscription_details_items_item_billing_thresholds_type_1 import (
        PostInvoicesCreatePreviewBodySubscriptionDetailsItemsItemBillingThresholdsType1,
    )
    from .post_invoices_create_preview_body_subscription_details_items_item_current_trial import (
        PostInvoicesCreatePreviewBodySubscriptionDetailsItemsItemCurrentTrial,
    )
    from .post_invoices_create_preview_body_subscription_details_items_item_discounts_type_0_item import (
        PostInvoicesCreatePreviewBodySubscriptionDetailsItemsItemDiscountsType0Item,
    )
    from .post_invoices_create_preview_body_subscription_details_items_item_discounts_type_1 import (
        PostInvoicesCreatePreviewBodySubscriptionDetailsItemsItemDiscountsType1,
    )
    from .post_invoices_create_preview_body_subscription_details_items_item_metadata_type_0 import (
        PostInvoicesCreatePreviewBodySubscriptionDetailsItemsItemMetadataType0,
    )
    from .post_invoices_create_preview_body_subscription_details_items_item_metadata_type_1 import (
        PostInvoicesCreatePreviewBodySubscriptionDetailsItemsItemMetadataType1,
    )
    from .post_invoices_create_preview_body_subscription_details_items_item_price_data import (
        PostInvoicesCreatePreviewBodySubscriptionDetailsItemsItemPriceData,
    )
    from .post_invoices_create_preview_body_subscription_details_items_item_price_data_recurring import (
        PostInvoicesCreatePreviewBodySubscriptionDetailsItemsItemPriceDataRecurring,
    )
    from .post_invoices_create_preview_body_subscription_details_items_item_price_data_recurring_interval import (
        PostInvoicesCreatePreviewBodySubscriptionDetailsItemsItemPriceDataRecurringInterval,
    )
    from .post_invoices_create_preview_body_subscription_details_items_item_price_data_tax_behavior import (
        PostInvoicesCreatePreviewBodySubscriptionDetailsItemsItemPriceDataTaxBehavior,
    )
    from .post_invoices_create_preview_body_subscription_details_items_item_tax_rates_type_1 import (
        PostInvoicesCreatePreviewBodySubscriptionDetailsItemsItemTaxRatesType1,
    )
    from .post_invoices_create_preview_body_subscription_details_metadata_type_0 import (
        PostInvoicesCreatePreviewBodySubscriptionDetailsMetadataType0,
    )
    from .post_invoices_create_preview_body_subscription_details_metadata_type_1 import (
        PostInvoicesCreatePreviewBodySubscriptionDetailsMetadataType1,
    )
    from .post_invoices_create_preview_body_subscription_details_pause import (
        PostInvoicesCreatePreviewBodySubscriptionDetailsPause,
    )
    from .post_invoices_create_preview_body_subscription_details_pause_bill_for import (
        PostInvoicesCreatePreviewBodySubscriptionDetailsPauseBillFor,
    )
    from .post_invoices_create_preview_body_subscription_details_pause_bill_for_outstanding_usage_through import (
        PostInvoicesCreatePreviewBodySubscriptionDetailsPauseBillForOutstandingUsageThrough,
    )
    from .post_invoices_create_preview_body_subscription_details_pause_bill_for_outstanding_usage_through_type import (
        PostInvoicesCreatePreviewBodySubscriptionDetailsPauseBillForOutstandingUsageThroughType,
    )
    from .post_invoices_create_preview_body_subscription_details_pause_bill_for_unused_time_from import (
        PostInvoicesCreatePreviewBodySubscriptionDetailsPauseBillForUnusedTimeFrom,
    )
    from .post_invoices_create_preview_body_subscription_details_pause_bill_for_unused_time_from_type import (
        PostInvoicesCreatePreviewBodySubscriptionDetailsPauseBillForUnusedTimeFromType,
    )
    from .post_invoices_create_preview_body_subscription_details_pause_invoicing_behavior import (
        PostInvoicesCreatePreviewBodySubscriptionDetailsPauseInvoicingBehavior,
    )
    from .post_invoices_create_preview_body_subscription_details_pause_type import (
        PostInvoicesCreatePreviewBodySubscriptionDetailsPauseType,
    )
    from .post_invoices_create_preview_body_subscription_details_proration_behavior import (
        PostInvoicesCreatePreviewBodySubscriptionDetailsProrationBehavior,
    )
    from .post_invoices_create_preview_body_subscription_details_resume_at import (
        PostInvoicesCreatePreviewBodySubscriptionDetailsResumeAt,
    )
    from .post_invoices_create_preview_body_subscription_details_trial_end_type_1 import (
        PostInvoicesCreatePreviewBodySubscriptionDetailsTrialEndType1,
    )
    from .post_invoices_invoice_add_lines_body import PostInvoicesInvoiceAddLinesBody
    from .post_invoices_invoice_add_lines_body_invoice_metadata_type_0 import (
        PostInvoicesInvoiceAddLinesBodyInvoiceMetadataType0,
    )
    from .post_invoices_invoice_add_lines_body_invoice_metadata_type_1 import (
        PostInvoicesInvoiceAddLinesBodyInvoiceMetadataType1,
    )
    from .post_invoices_invoice_add_lines_body_lines_item import (
        PostInvoicesInvoiceAddLinesBodyLinesItem,
    )
    from .post_invoices_invoice_add_lines_body_lines_item_discounts_type_0_item import (
        PostInvoicesInvoiceAddLinesBodyLinesItemDiscountsType0Item,
    )
    from .post_invoices_invoice_add_lines_body_lines_item_discounts_type_1 import (
        PostInvoicesInvoiceAddLinesBodyLinesItemDiscountsType1,
    )
    from .post_invoices_invoice_add_lines_body_lines_item_metadata_type_0 import (
        PostInvoicesInvoiceAddLinesBodyLinesItemMetadataType0,
    )
    from .post_invoices_invoice_add_lines_body_lines_item_metadata_type_1 import (
        PostInvoicesInvoiceAddLinesBodyLinesItemMetadataType1,
    )
    from .post_invoices_invoice_add_lines_body_lines_item_period import (
        PostInvoicesInvoiceAddLinesBodyLinesItemPeriod,
    )
    from .post_invoices_invoice_add_lines_body_lines_item_price_data import (
        PostInvoicesInvoiceAddLinesBodyLinesItemPriceData,
    )
    from .post_invoices_invoice_add_lines_body_lines_item_price_data_product_data import (
        PostInvoicesInvoiceAddLinesBodyLinesItemPriceDataProductData,
    )
    from .post_invoices_invoice_add_lines_body_lines_item_price_data_product_data_metadata import (
        PostInvoicesInvoiceAddLinesBodyLinesItemPriceDataProductDataMetadata,
    )
    from .post_invoices_invoice_add_lines_body_lines_item_price_data_product_data_tax_details import (
        PostInvoicesInvoiceAddLinesBodyLinesItemPriceDataProductDataTaxDetails,
    )
    from .post_invoices_invoice_add_lines_body_lines_item_price_data_product_data_tax_details_tax_code_type_1 import (
        PostInvoicesInvoiceAddLinesBodyLinesItemPriceDataProductDataTaxDetailsTaxCodeType1,
    )
    from .post_invoices_invoice_add_lines_body_lines_item_price_data_tax_behavior import (
        PostInvoicesInvoiceAddLinesBodyLinesItemPriceDataTaxBehavior,
    )
    from .post_invoices_invoice_add_lines_body_lines_item_pricing import (
        PostInvoicesInvoiceAddLinesBodyLinesItemPricing,
    )
    from .post_invoices_invoice_add_lines_body_lines_item_tax_amounts_type_0_item import (
        PostInvoicesInvoiceAddLinesBodyLinesItemTaxAmountsType0Item,
    )
    from .post_invoices_invoice_add_lines_body_lines_item_tax_amounts_type_0_item_tax_rate_data import (
        PostInvoicesInvoiceAddLinesBodyLinesItemTaxAmountsType0ItemTaxRateData,
    )
    from .post_invoices_invoice_add_lines_body_lines_item_tax_amounts_type_0_item_tax_rate_data_jurisdiction_level import (
        PostInvoicesInvoiceAddLinesBodyLinesItemTaxAmountsType0ItemTaxRateDataJurisdictionLevel,
    )
    from .post_invoices_invoice_add_lines_body_lines_item_tax_amounts_type_0_item_tax_rate_data_tax_type import (
        PostInvoicesInvoiceAddLinesBodyLinesItemTaxAmountsType0ItemTaxRateDataTaxType,
    )
    from .post_invoices_invoice_add_lines_body_lines_item_tax_amounts_type_0_item_taxability_reason import (
        PostInvoicesInvoiceAddLinesBodyLinesItemTaxAmountsType0ItemTaxabilityReason,
    )
    from .post_invoices_invoice_add_lines_body_lines_item_tax_amounts_type_1 import (
        PostInvoicesInvoiceAddLinesBodyLinesItemTaxAmountsType1,
    )
    from .post_invoices_invoice_add_lines_body_lines_item_tax_rates_type_1 import (
        PostInvoicesInvoiceAddLinesBodyLinesItemTaxRatesType1,
    )
    from .post_invoices_invoice_body import PostInvoicesInvoiceBody
    from .post_invoices_invoice_body_account_tax_ids_type_1 import (
        PostInvoicesInvoiceBodyAccountTaxIdsType1,
    )
    from .post_invoices_invoice_body_automatic_tax import PostInvoicesInvoiceBodyAutomaticTax
    from .post_invoices_invoice_body_automatic_tax_liability import (
        PostInvoicesInvoiceBodyAutomaticTaxLiability,
    )
    from .post_invoices_invoice_body_automatic_tax_liability_type import (
        PostInvoicesInvoiceBodyAutomaticTaxLiabilityType,
    )
    from .post_invoices_invoice_body_collection_method import (
        PostInvoicesInvoiceBodyCollectionMethod,
    )
    from .post_invoices_invoice_body_custom_fields_type_0_item import (
        PostInvoicesInvoiceBodyCustomFieldsType0Item,
    )
    from .post_invoices_invoice_body_custom_fields_type_1 import (
        PostInvoicesInvoiceBodyCustomFieldsType1,
    )
    from .post_invoices_invoice_body_default_source_type_1 import (
        PostInvoicesInvoiceBodyDefaultSourceType1,
    )
    from .post_invoices_invoice_body_default_tax_rates_type_1 import (
        PostInvoicesInvoiceBodyDefaultTaxRatesType1,
    )
    from .post_invoices_invoice_body_discounts_type_0_item import (
        PostInvoicesInvoiceBodyDiscountsType0Item,
    )
    from .post_invoices_invoice_body_discounts_type_1 import PostInvoicesInvoiceBodyDiscountsType1
    from .post_invoices_invoice_body_effective_at_type_1 import (
        PostInvoicesInvoiceBodyEffectiveAtType1,
    )
    from .post_invoices_invoice_body_issuer import PostInvoicesInvoiceBodyIssuer
    from .post_invoices_invoice_body_issuer_type import PostInvoicesInvoiceBodyIssuerType
    from .post_invoices_invoice_body_metadata_type_0 import PostInvoicesInvoiceBodyMetadataType0
    from .post_invoices_invoice_body_metadata_type_1 import PostInvoicesInvoiceBodyMetadataType1
    from .post_invoices_invoice_body_number_type_1 import PostInvoicesInvoiceBodyNumberType1
    from .post_invoices_invoice_body_on_behalf_of_type_1 import (
        PostInvoicesInvoiceBodyOnBehalfOfType1,
    )
    from .post_invoices_invoice_body_payment_settings import PostInvoicesInvoiceBodyPaymentSettings
    from .post_invoices_invoice_body_payment_settings_default_mandate_type_1 import (
        PostInvoicesInvoiceBodyPaymentSettingsDefaultMandateType1,
    )
    from .post_invoices_invoice_body_payment_settings_payment_method_options import (
        PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptions,
    )
    from .post_invoices_invoice_body_payment_settings_payment_method_options_acss_debit_type_0 import (
        PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsAcssDebitType0,
    )
    from .post_invoices_invoice_body_payment_settings_payment_method_options_acss_debit_type_0_mandate_options import (
        PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsAcssDebitType0MandateOptions,
    )
    from .post_invoices_invoice_body_payment_settings_payment_method_options_acss_debit_type_0_mandate_options_transaction_type import (
        PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsAcssDebitType0MandateOptionsTransactionType,
    )
    from .post_invoices_invoice_body_payment_settings_payment_method_options_acss_debit_type_0_verification_method import (
        PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsAcssDebitType0VerificationMethod,
    )
    from .post_invoices_invoice_body_payment_settings_payment_method_options_acss_debit_type_1 import (
        PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsAcssDebitType1,
    )
    from .post_invoices_invoice_body_payment_settings_payment_method_options_bancontact_type_0 import (
        PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsBancontactType0,
    )
    from .post_invoices_invoice_body_payment_settings_payment_method_options_bancontact_type_0_preferred_language import (
        PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsBancontactType0PreferredLanguage,
    )
    from .post_invoices_invoice_body_payment_settings_payment_method_options_bancontact_type_1 import (
        PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsBancontactType1,
    )
    from .post_invoices_invoice_body_payment_settings_payment_method_options_billie_type_0 import (
        PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsBillieType0,
    )
    from .post_invoices_invoice_body_payment_settings_payment_method_options_billie_type_0_company_details_type_0 import (
        PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsBillieType0CompanyDetailsType0,
    )
    from .post_invoices_invoice_body_payment_settings_payment_method_options_billie_type_0_company_details_type_0_registered_address_type_0 import (
        PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsBillieType0CompanyDetailsType0RegisteredAddressType0,
    )
    from .post_invoices_invoice_body_payment_settings_payment_method_options_billie_type_0_company_details_type_0_registered_address_type_1 import (
        PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsBillieType0CompanyDetailsType0RegisteredAddressType1,
    )
    from .post_invoices_invoice_body_payment_settings_payment_method_options_billie_type_0_company_details_type_0_registration_type_type_0 import (
        PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsBillieType0CompanyDetailsType0RegistrationTypeType0,
    )
    from .post_invoices_invoice_body_payment_settings_payment_method_options_billie_type_0_company_details_type_0_registration_type_type_1 import (
        PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsBillieType0CompanyDetailsType0RegistrationTypeType1,
    )
    from .post_invoices_invoice_body_payment_settings_payment_method_options_billie_type_0_company_details_type_1 import (
        PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsBillieType0CompanyDetailsType1,
    )
    from .post_invoices_invoice_body_payment_settings_payment_method_options_billie_type_1 import (
        PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsBillieType1,
    )
    from .post_invoices_invoice_body_payment_settings_payment_method_options_blik_type_0 import (
        PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsBlikType0,
    )
    from .post_invoices_invoice_body_payment_settings_payment_method_options_blik_type_1 import (
        PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsBlikType1,
    )
    from .post_invoices_invoice_body_payment_settings_payment_method_options_card_type_0 import (
        PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsCardType0,
    )
    from .post_invoices_invoice_body_payment_settings_payment_method_options_card_type_0_installments import (
        PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsCardType0Installments,
    )
    from .post_invoices_invoice_body_payment_settings_payment_method_options_card_type_0_installments_plan_type_0 import (
        PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsCardType0InstallmentsPlanType0,
    )
    from .post_invoices_invoice_body_payment_settings_payment_method_options_card_type_0_installments_plan_type_0_interval import (
        PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsCardType0InstallmentsPlanType0Interval,
    )
    from .post_invoices_invoice_body_payment_settings_payment_method_options_card_type_0_installments_plan_type_0_type import (
        PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsCardType0InstallmentsPlanType0Type,
    )
    from .post_invoices_invoice_body_payment_settings_payment_method_options_card_type_0_installments_plan_type_1 import (
        PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsCardType0InstallmentsPlanType1,
    )
    from .post_invoices_invoice_body_payment_settings_payment_method_options_card_type_0_request_three_d_secure import (
        PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsCardType0RequestThreeDSecure,
    )
    from .post_invoices_invoice_body_payment_settings_payment_method_options_card_type_1 import (
        PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsCardType1,
    )
    from .post_invoices_invoice_body_payment_settings_payment_method_options_customer_balance_type_0 import (
        PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsCustomerBalanceType0,
    )
    from .post_invoices_invoice_body_payment_settings_payment_method_options_customer_balance_type_0_bank_transfer import (
        PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsCustomerBalanceType0BankTransfer,
    )
    from .post_invoices_invoice_body_payment_settings_payment_method_options_customer_balance_type_0_bank_transfer_eu_bank_transfer import (
        PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsCustomerBalanceType0BankTransferEuBankTransfer,
    )
    from .post_invoices_invoice_body_payment_settings_payment_method_options_customer_balance_type_1 import (
        PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsCustomerBalanceType1,
    )
    from .post_invoices_invoice_body_payment_settings_payment_method_options_konbini_type_0 import (
        PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsKonbiniType0,
    )
    from .post_invoices_invoice_body_payment_settings_payment_method_options_konbini_type_1 import (
        PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsKonbiniType1,
    )
    from .post_invoices_invoice_body_payment_settings_payment_method_options_payto_type_0 import (
        PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsPaytoType0,
    )
    from .post_invoices_invoice_body_payment_settings_payment_method_options_payto_type_0_mandate_options import (
        PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsPaytoType0MandateOptions,
    )
    from .post_invoices_invoice_body_payment_settings_payment_method_options_payto_type_0_mandate_options_purpose import (
        PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsPaytoType0MandateOptionsPurpose,
    )
    from .post_invoices_invoice_body_payment_settings_payment_method_options_payto_type_1 import (
        PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsPaytoType1,
    )
    from .post_invoices_invoice_body_payment_settings_payment_method_options_pix_type_0 import (
        PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsPixType0,
    )
    from .post_invoices_invoice_body_payment_settings_payment_method_options_pix_type_0_amount_includes_iof import (
        PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsPixType0AmountIncludesIof,
    )
    from .post_invoices_invoice_body_payment_settings_payment_method_options_pix_type_1 import (
        PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsPixType1,
    )
    from .post_invoices_invoice_body_payment_settings_payment_method_options_sepa_debit_type_0 import (
        PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsSepaDebitType0,
    )
    from .post_invoices_invoice_body_payment_settings_payment_method_options_sepa_debit_type_1 import (
        PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsSepaDebitType1,
    )
    from .post_invoices_invoice_body_payment_settings_payment_method_options_upi_type_0 import (
        PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsUpiType0,
    )
    from .post_invoices_invoice_body_payment_settings_payment_method_options_upi_type_0_mandate_options import (
        PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsUpiType0MandateOptions,
    )
    from .post_invoices_invoice_body_payment_settings_payment_method_options_upi_type_0_mandate_options_amount_type import (
        PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsUpiType0MandateOptionsAmountType,
    )
    from .post_invoices_invoice_body_payment_settings_payment_method_options_upi_type_1 import (
        PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsUpiType1,
    )
    from .post_invoices_invoice_body_payment_settings_payment_method_options_us_bank_account_type_0 import (
        PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsUsBankAccountType0,
    )
    from .post_invoices_invoice_body_payment_settings_payment_method_options_us_bank_account_type_0_financial_connections import (
        PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsUsBankAccountType0FinancialConnections,
    )
    from .post_invoices_invoice_body_payment_settings_payment_method_options_us_bank_account_type_0_financial_connections_filters import (
        PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsUsBankAccountType0FinancialConnectionsFilters,
    )
    from .post_invoices_invoice_body_payment_settings_payment_method_options_us_bank_account_type_0_financial_connections_filters_account_subcategories_item import (
        PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsUsBankAccountType0FinancialConnectionsFiltersAccountSubcategoriesItem,
    )
    from .post_invoices_invoice_body_payment_settings_payment_method_options_us_bank_account_type_0_financial_connections_permissions_item import (
        PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsUsBankAccountType0FinancialConnectionsPermissionsItem,
    )
    from .post_invoices_invoice_body_payment_settings_payment_method_options_us_bank_account_type_0_financial_connections_prefetch_item import (
        PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsUsBankAccountType0FinancialConnectionsPrefetchItem,
    )
    from .post_invoices_invoice_body_payment_settings_payment_method_options_us_bank_account_type_0_verification_method import (
        PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsUsBankAccountType0VerificationMethod,
    )
    from .post_invoices_invoice_body_payment_settings_payment_method_options_us_bank_account_type_1 import (
        PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsUsBankAccountType1,
    )
    from .post_invoices_invoice_body_payment_settings_payment_method_types_type_0_item import (
        PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodTypesType0Item,
    )
    from .post_invoices_invoice_body_payment_settings_payment_method_types_type_1 import (
        PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodTypesType1,
    )
    from .post_invoices_invoice_body_rendering import PostInvoicesInvoiceBodyRendering
    from .post_invoices_invoice_body_rendering_amount_tax_display_type_0 import (
        PostInvoicesInvoiceBodyRenderingAmountTaxDisplayType0,
    )
    from .post_invoices_invoice_body_rendering_amount_tax_display_type_1 import (
        PostInvoicesInvoiceBodyRenderingAmountTaxDisplayType1,
    )
    from .post_invoices_invoice_body_rendering_pdf import PostInvoicesInvoiceBodyRenderingPdf
    from .post_invoices_invoice_body_rendering_pdf_page_size import (
        PostInvoicesInvoiceBodyRenderingPdfPageSize,
    )
    from .post_invoices_invoice_body_rendering_template_version_type_1 import (
        PostInvoicesInvoiceBodyRenderingTemplateVersionType1,
    )
    from .post_invoices_invoice_body_shipping_cost_type_0 import (
        PostInvoicesInvoiceBodyShippingCostType0,
    )
    from .post_invoices_invoice_body_shipping_cost_type_0_shipping_rate_data import (
        PostInvoicesInvoiceBodyShippingCostType0ShippingRateData,
    )
    from .post_invoices_invoice_body_shipping_cost_type_0_shipping_rate_data_delivery_estimate import (
        PostInvoicesInvoiceBodyShippingCostType0ShippingRateDataDeliveryEstimate,
    )
    from .post_invoices_invoice_body_shipping_cost_type_0_shipping_rate_data_delivery_estimate_maximum import (
        PostInvoicesInvoiceBodyShippingCostType0ShippingRateDataDeliveryEstimateMaximum,
    )
    from .post_invoices_invoice_body_shipping_cost_type_0_shipping_rate_data_delivery_estimate_maximum_unit import (
        PostInvoicesInvoiceBodyShippingCostType0ShippingRateDataDeliveryEstimateMaximumUnit,
    )
    from .post_invoices_invoice_body_shipping_cost_type_0_shipping_rate_data_delivery_estimate_minimum import (
        PostInvoicesInvoiceBodyShippingCostType0ShippingRateDataDeliveryEstimateMinimum,
    )
    from .post_invoices_invoice_body_shipping_cost_type_0_shipping_rate_data_delivery_estimate_minimum_unit import (
        PostInvoicesInvoiceBodyShippingCostType0ShippingRateDataDeliveryEstimateMinimumUnit,
    )
    from .post_invoices_invoice_body_shipping_cost_type_0_shipping_rate_data_fixed_amount import (
        PostInvoicesInvoiceBodyShippingCostType0ShippingRateDataFixedAmount,
    )
    from .post_invoices_invoice_body_shipping_cost_type_0_shipping_rate_data_fixed_amount_currency_options import (
        PostInvoicesInvoiceBodyShippingCostType0ShippingRateDataFixedAmountCurrencyOptions,
    )
    from .post_invoices_invoice_body_shipping_cost_type_0_shipping_rate_data_fixed_amount_currency_options_additional_property import (
        PostInvoicesInvoiceBodyShippingCostType0ShippingRateDataFixedAmountCurrencyOptionsAdditionalProperty,
    )
    from .post_invoices_invoice_body_shipping_cost_type_0_shipping_rate_data_fixed_amount_currency_options_additional_property_tax_behavior import (
        PostInvoicesInvoiceBodyShippingCostType0ShippingRateDataFixedAmountCurrencyOptionsAdditionalPropertyTaxBehavior,
    )
    from .post_invoices_invoice_body_shipping_cost_type_0_shipping_rate_data_metadata import (
        PostInvoicesInvoiceBodyShippingCostType0ShippingRateDataMetadata,
    )
    from .post_invoices_invoice_body_shipping_cost_type_0_shipping_rate_data_tax_behavior import (
        PostInvoicesInvoiceBodyShippingCostType0ShippingRateDataTaxBehavior,
    )
    from .post_invoices_invoice_body_shipping_cost_type_0_shipping_rate_data_type import (
        PostInvoicesInvoiceBodyShippingCostType0ShippingRateDataType,
    )
    from .post_invoices_invoice_body_shipping_cost_type_1 import (
        PostInvoicesInvoiceBodyShippingCostType1,
    )
    from .post_invoices_invoice_body_shipping_details_type_0 import (
        PostInvoicesInvoiceBodyShippingDetailsType0,
    )
    from .post_invoices_invoice_body_shipping_details_type_0_address import (
        PostInvoicesInvoiceBodyShippingDetailsType0Address,
    )
    from .post_invoices_invoice_body_shipping_details_type_0_phone_type_1 import (
        PostInvoicesInvoiceBodyShippingDetailsType0PhoneType1,
    )
    from .post_invoices_invoice_body_shipping_details_type_1 import (
        PostInvoicesInvoiceBodyShippingDetailsType1,
    )
    from .post_invoices_invoice_body_transfer_data_type_0 import (
        PostInvoicesInvoiceBodyTransferDataType0,
    )
    from .post_invoices_invoice_body_transfer_data_type_1 import (
        PostInvoicesInvoiceBodyTransferDataType1,
    )
    from .post_invoices_invoice_finalize_body import PostInvoicesInvoiceFinalizeBody
    from .post_invoices_invoice_lines_line_item_id_body import (
        PostInvoicesInvoiceLinesLineItemIdBody,
    )
    from .post_invoices_invoice_lines_line_item_id_body_discounts_type_0_item import (
        PostInvoicesInvoiceLinesLineItemIdBodyDiscountsType0Item,
    )
    from .post_invoices_invoice_lines_line_item_id_body_discounts_type_1 import (
        PostInvoicesInvoiceLinesLineItemIdBodyDiscountsType1,
    )
    from .post_invoices_invoice_lines_line_item_id_body_metadata_type_0 import (
        PostInvoicesInvoiceLinesLineItemIdBodyMetadataType0,
    )
    from .post_invoices_invoice_lines_line_item_id_body_metadata_type_1 import (
        PostInvoicesInvoiceLinesLineItemIdBodyMetadataType1,
    )
    from .post_invoices_invoice_lines_line_item_id_body_period import (
        PostInvoicesInvoiceLinesLineItemIdBodyPeriod,
    )
    from .post_invoices_invoice_lines_line_item_id_body_price_data import (
        PostInvoicesInvoiceLinesLineItemIdBodyPriceData,
    )
    from .post_invoices_invoice_lines_line_item_id_body_price_data_product_data import (
        PostInvoicesInvoiceLinesLineItemIdBodyPriceDataProductData,
    )
    from .post_invoices_invoice_lines_line_item_id_body_price_data_product_data_metadata import (
        PostInvoicesInvoiceLinesLineItemIdBodyPriceDataProductDataMetadata,
    )
    from .post_invoices_invoice_lines_line_item_id_body_price_data_product_data_tax_details import (
        PostInvoicesInvoiceLinesLineItemIdBodyPriceDataProductDataTaxDetails,
    )
    from .post_invoices_invoice_lines_line_item_id_body_price_data_product_data_tax_details_tax_code_type_1 import (
        PostInvoicesInvoiceLinesLineItemIdBodyPriceDataProductDataTaxDetailsTaxCodeType1,
    )
    from .post_invoices_invoice_lines_line_item_id_body_price_data_tax_behavior import (
        PostInvoicesInvoiceLinesLineItemIdBodyPriceDataTaxBehavior,
    )
    from .post_invoices_invoice_lines_line_item_id_body_pricing import (
        PostInvoicesInvoiceLinesLineItemIdBodyPricing,
    )
    from .post_invoices_invoice_lines_line_item_id_body_tax_amounts_type_0_item import (
        PostInvoicesInvoiceLinesLineItemIdBodyTaxAmountsType0Item,
    )
    from .post_invoices_invoice_lines_line_item_id_body_tax_amounts_type_0_item_tax_rate_data import (
        PostInvoicesInvoiceLinesLineItemIdBodyTaxAmountsType0ItemTaxRateData,
    )
    from .post_invoices_invoice_lines_line_item_id_body_tax_amounts_type_0_item_tax_rate_data_jurisdiction_level import (
        PostInvoicesInvoiceLinesLineItemIdBodyTaxAmountsType0ItemTaxRateDataJurisdictionLevel,
    )
    from .post_invoices_invoice_lines_line_item_id_body_tax_amounts_type_0_item_tax_rate_data_tax_type import (
        PostInvoicesInvoiceLinesLineItemIdBodyTaxAmountsType0ItemTaxRateDataTaxType,
    )
    from .post_invoices_invoice_lines_line_item_id_body_tax_amounts_type_0_item_taxability_reason import (
        PostInvoicesInvoiceLinesLineItemIdBodyTaxAmountsType0ItemTaxabilityReason,
    )
    from .post_invoices_invoice_lines_line_item_id_body_tax_amounts_type_1 import (
        PostInvoicesInvoiceLinesLineItemIdBodyTaxAmountsType1,
    )
    from .post_invoices_invoice_lines_line_item_id_body_tax_rates_type_1 import (
        PostInvoicesInvoiceLinesLineItemIdBodyTaxRatesType1,
    )
    from .post_invoices_invoice_mark_uncollectible_body import (
        PostInvoicesInvoiceMarkUncollectibleBody,
    )
    from .post_invoices_invoice_pay_body import PostInvoicesInvoicePayBody
    from .post_invoices_invoice_pay_body_mandate_type_1 import (
        PostInvoicesInvoicePayBodyMandateType1,
    )
    from .post_invoices_invoice_remove_lines_body import PostInvoicesInvoiceRemoveLinesBody
    from .post_invoices_invoice_remove_lines_body_invoice_metadata_type_0 import (
        PostInvoicesInvoiceRemoveLinesBodyInvoiceMetadataType0,
    )
    from .post_invoices_invoice_remove_lines_body_invoice_metadata_type_1 import (
        PostInvoicesInvoiceRemoveLinesBodyInvoiceMetadataType1,
    )
    from .post_invoices_invoice_remove_lines_body_lines_item import (
        PostInvoicesInvoiceRemoveLinesBodyLinesItem,
    )
    from .post_invoices_invoice_remove_lines_body_lines_item_behavior import (
        PostInvoicesInvoiceRemoveLinesBodyLinesItemBehavior,
    )
    from .post_invoices_invoice_send_body import PostInvoicesInvoiceSendBody
    from .post_invoices_invoice_update_lines_body import PostInvoicesInvoiceUpdateLinesBody
    from .post_invoices_invoice_update_lines_body_invoice_metadata_type_0 import (
        PostInvoicesInvoiceUpdateLinesBodyInvoiceMetadataType0,
    )
    from .post_invoices_invoice_update_lines_body_invoice_metadata_type_1 import (
        PostInvoicesInvoiceUpdateLinesBodyInvoiceMetadataType1,
    )
    from .post_invoices_invoice_update_lines_body_lines_item import (
        PostInvoicesInvoiceUpdateLinesBodyLinesItem,
    )
    from .post_invoices_invoice_update_lines_body_lines_item_discounts_type_0_item import (
        PostInvoicesInvoiceUpdateLinesBodyLinesItemDiscountsType0Item,
    )
    from .post_invoices_invoice_update_lines_body_lines_item_discounts_type_1 import (
        PostInvoicesInvoiceUpdateLinesBodyLinesItemDiscountsType1,
    )
    from .post_invoices_invoice_update_lines_body_lines_item_metadata_type_0 import (
        PostInvoicesInvoiceUpdateLinesBodyLinesItemMetadataType0,
    )
    from .post_invoices_invoice_update_lines_body_lines_item_metadata_type_1 import (
        PostInvoicesInvoiceUpdateLinesBodyLinesItemMetadataType1,
    )
    from .post_invoices_invoice_update_lines_body_lines_item_period import (
        PostInvoicesInvoiceUpdateLinesBodyLinesItemPeriod,
    )
    from .post_invoices_invoice_update_lines_body_lines_item_price_data import (
        PostInvoicesInvoiceUpdateLinesBodyLinesItemPriceData,
    )
    from .post_invoices_invoice_update_lines_body_lines_item_price_data_product_data import (
        PostInvoicesInvoiceUpdateLinesBodyLinesItemPriceDataProductData,
    )
    from .post_invoices_invoice_update_lines_body_lines_item_price_data_product_data_metadata import (
        PostInvoicesInvoiceUpdateLinesBodyLinesItemPriceDataProductDataMetadata,
    )
    from .post_invoices_invoice_update_lines_body_lines_item_price_data_product_data_tax_details import (
        PostInvoicesInvoiceUpdateLinesBodyLinesItemPriceDataProductDataTaxDetails,
    )
    from .post_invoices_invoice_update_lines_body_lines_item_price_data_product_data_tax_details_tax_code_type_1 import (
        PostInvoicesInvoiceUpdateLinesBodyLinesItemPriceDataProductDataTaxDetailsTaxCodeType1,
    )
    from .post_invoices_invoice_update_lines_body_lines_item_price_data_tax_behavior import (
        PostInvoicesInvoiceUpdateLinesBodyLinesItemPriceDataTaxBehavior,
    )
    from .post_invoices_invoice_update_lines_body_lines_item_pricing import (
        PostInvoicesInvoiceUpdateLinesBodyLinesItemPricing,
    )
    from .post_invoices_invoice_update_lines_body_lines_item_tax_amounts_type_0_item import (
        PostInvoicesInvoiceUpdateLinesBodyLinesItemTaxAmountsType0Item,
    )
    from .post_invoices_invoice_update_lines_body_lines_item_tax_amounts_type_0_item_tax_rate_data import (
        PostInvoicesInvoiceUpdateLinesBodyLinesItemTaxAmountsType0ItemTaxRateData,
    )
    from .post_invoices_invoice_update_lines_body_lines_item_tax_amounts_type_0_item_tax_rate_data_jurisdiction_level import (
        PostInvoicesInvoiceUpdateLinesBodyLinesItemTaxAmountsType0ItemTaxRateDataJurisdictionLevel,
    )
    from .post_invoices_invoice_update_lines_body_lines_item_tax_amounts_type_0_item_tax_rate_data_tax_type import (
        PostInvoicesInvoiceUpdateLinesBodyLinesItemTaxAmountsType0ItemTaxRateDataTaxType,
    )
    from .post_invoices_invoice_update_lines_body_lines_item_tax_amounts_type_0_item_taxability_reason import (
        PostInvoicesInvoiceUpdateLinesBodyLinesItemTaxAmountsType0ItemTaxabilityReason,
    )
    from .post_invoices_invoice_update_lines_body_lines_item_tax_amounts_type_1 import (
        PostInvoicesInvoiceUpdateLinesBodyLinesItemTaxAmountsType1,
    )
    from .post_invoices_invoice_update_lines_body_lines_item_tax_rates_type_1 import (
        PostInvoicesInvoiceUpdateLinesBodyLinesItemTaxRatesType1,
    )
    from .post_invoices_invoice_void_body import PostInvoicesInvoiceVoidBody
    from .proration_details import ProrationDetails
    from .proration_details_credited_items import ProrationDetailsCreditedItems
    from .proration_details_credited_items_invoice_line_item_details import (
        ProrationDetailsCreditedItemsInvoiceLineItemDetails,
    )
    from .proration_details_credited_items_type import ProrationDetailsCreditedItemsType
    from .setup_intent import SetupIntent
    from .shipping import Shipping
    from .stripe_object import StripeObject

_MODULES: dict[str, str] = {
    "Address": ".address",
    "ApiErrors": ".api_errors",
    "ApiErrorsCode": ".api_errors_code",
    "ApiErrorsType": ".api_errors_type",
    "AutomaticTax": ".automatic_tax",
    "AutomaticTaxDisabledReason": ".automatic_tax_disabled_reason",
    "AutomaticTaxStatus": ".automatic_tax_status",
    "BillingBillResourceInvoiceItemParentsInvoiceItemParent": ".billing_bill_resource_invoice_item_parents_invoice_item_parent",
    "BillingBillResourceInvoiceItemParentsInvoiceItemParentType": ".billing_bill_resource_invoice_item_parents_invoice_item_parent_type",
    "BillingBillResourceInvoiceItemParentsInvoiceItemSubscriptionParent": ".billing_bill_resource_invoice_item_parents_invoice_item_subscription_parent",
    "BillingBillResourceInvoicingLinesCommonCreditedItems": ".billing_bill_resource_invoicing_lines_common_credited_items",
    "BillingBillResourceInvoicingLinesCommonProrationDetails": ".billing_bill_resource_invoicing_lines_common_proration_details",
    "BillingBillResourceInvoicingLinesParentsInvoiceLineItemInvoiceItemParent": ".billing_bill_resource_invoicing_lines_parents_invoice_line_item_invoice_item_parent",
    "BillingBillResourceInvoicingLinesParentsInvoiceLineItemParent": ".billing_bill_resource_invoicing_lines_parents_invoice_line_item_parent",
    "BillingBillResourceInvoicingLinesParentsInvoiceLineItemParentType": ".billing_bill_resource_invoicing_lines_parents_invoice_line_item_parent_type",
    "BillingBillResourceInvoicingLinesParentsInvoiceLineItemSubscriptionItemParent": ".billing_bill_resource_invoicing_lines_parents_invoice_line_item_subscription_item_parent",
    "BillingBillResourceInvoicingParentsInvoiceParent": ".billing_bill_resource_invoicing_parents_invoice_parent",
    "BillingBillResourceInvoicingParentsInvoiceParentType": ".billing_bill_resource_invoicing_parents_invoice_parent_type",
    "BillingBillResourceInvoicingParentsInvoiceQuoteParent": ".billing_bill_resource_invoicing_parents_invoice_quote_parent",
    "BillingBillResourceInvoicingParentsInvoiceSubscriptionParent": ".billing_bill_resource_invoicing_parents_invoice_subscription_parent",
    "BillingBillResourceInvoicingParentsInvoiceSubscriptionParentMetadataType0": ".billing_bill_resource_invoicing_parents_invoice_subscription_parent_metadata_type_0",
    "BillingBillResourceInvoicingPricingPricing": ".billing_bill_resource_invoicing_pricing_pricing",
    "BillingBillResourceInvoicingPricingPricingPriceDetails": ".billing_bill_resource_invoicing_pricing_pricing_price_details",
    "BillingBillResourceInvoicingPricingPricingType": ".billing_bill_resource_invoicing_pricing_pricing_type",
    "BillingBillResourceInvoicingTaxesTax": ".billing_bill_resource_invoicing_taxes_tax",
    "BillingBillResourceInvoicingTaxesTaxRateDetails": ".billing_bill_resource_invoicing_taxes_tax_rate_details",
    "BillingBillResourceInvoicingTaxesTaxTaxBehavior": ".billing_bill_resource_invoicing_taxes_tax_tax_behavior",
    "BillingBillResourceInvoicingTaxesTaxTaxabilityReason": ".billing_bill_resource_invoicing_taxes_tax_taxability_reason",
    "BillingBillResourceInvoicingTaxesTaxType": ".billing_bill_resource_invoicing_taxes_tax_type",
    "CashBalance": ".cash_balance",
    "ConnectAccountReference": ".connect_account_reference",
    "ConnectAccountReferenceType": ".connect_account_reference_type",
    "Coupon": ".coupon",
    "CouponAppliesTo": ".coupon_applies_to",
    "CouponCurrencyOption": ".coupon_currency_option",
    "CouponCurrencyOptionsType0": ".coupon_currency_options_type_0",
    "CouponDuration": ".coupon_duration",
    "CouponMetadataType0": ".coupon_metadata_type_0",
    "CouponObject": ".coupon_object",
    "Customer": ".customer",
    "CustomerInvoiceCreditBalanceType0": ".customer_invoice_credit_balance_type_0",
    "CustomerMetadataType0": ".customer_metadata_type_0",
    "CustomerObject": ".customer_object",
    "CustomerSourcesType0": ".customer_sources_type_0",
    "CustomerSourcesType0Object": ".customer_sources_type_0_object",
    "CustomerSubscriptionsType0": ".customer_subscriptions_type_0",
    "CustomerSubscriptionsType0Object": ".customer_subscriptions_type_0_object",
    "CustomerTax": ".customer_tax",
    "CustomerTaxAutomaticTax": ".customer_tax_automatic_tax",
    "CustomerTaxExempt": ".customer_tax_exempt",
    "CustomerTaxIdsType0": ".customer_tax_ids_type_0",
    "CustomerTaxIdsType0Object": ".customer_tax_ids_type_0_object",
    "CustomerTaxLocation": ".customer_tax_location",
    "CustomerTaxLocationSource": ".customer_tax_location_source",
    "CustomerTaxProvider": ".customer_tax_provider",
    "DeletedCustomer": ".deleted_customer",
    "DeletedCustomerObject": ".deleted_customer_object",
    "DeletedDiscount": ".deleted_discount",
    "DeletedDiscountObject": ".deleted_discount_object",
    "DeletedInvoice": ".deleted_invoice",
    "DeletedInvoiceItem": ".deleted_invoice_item",
    "DeletedInvoiceItemObject": ".deleted_invoice_item_object",
    "DeletedInvoiceObject": ".deleted_invoice_object",
    "Discount": ".discount",
    "DiscountObject": ".discount_object",
    "DiscountSource": ".discount_source",
    "DiscountSourceType": ".discount_source_type",
    "DiscountsResourceDiscountAmount": ".discounts_resource_discount_amount",
    "Error": ".error",
    "GetCustomersCreatedType0": ".get_customers_created_type_0",
    "GetCustomersResponse200": ".get_customers_response_200",
    "GetCustomersResponse200Object": ".get_customers_response_200_object",
    "GetCustomersSearchResponse200": ".get_customers_search_response_200",
    "GetCustomersSearchResponse200Object": ".get_customers_search_response_200_object",
    "GetInvoiceitemsCreatedType0": ".get_invoiceitems_created_type_0",
    "GetInvoiceitemsResponse200": ".get_invoiceitems_response_200",
    "GetInvoiceitemsResponse200Object": ".get_invoiceitems_response_200_object",
    "GetInvoicesCollectionMethod": ".get_invoices_collection_method",
    "GetInvoicesCreatedType0": ".get_invoices_created_type_0",
    "GetInvoicesDueDateType0": ".get_invoices_due_date_type_0",
    "GetInvoicesInvoiceLinesResponse200": ".get_invoices_invoice_lines_response_200",
    "GetInvoicesInvoiceLinesResponse200Object": ".get_invoices_invoice_lines_response_200_object",
    "GetInvoicesResponse200": ".get_invoices_response_200",
    "GetInvoicesResponse200Object": ".get_invoices_response_200_object",
    "GetInvoicesSearchResponse200": ".get_invoices_search_response_200",
    "GetInvoicesSearchResponse200Object": ".get_invoices_search_response_200_object",
    "GetInvoicesStatus": ".get_invoices_status",
    "Invoice": ".invoice",
    "InvoiceBillingReason": ".invoice_billing_reason",
    "InvoiceCollectionMethod": ".invoice_collection_method",
    "InvoiceCustomerTaxExempt": ".invoice_customer_tax_exempt",
    "InvoiceItem": ".invoice_item",
    "InvoiceItemFrozenFieldsType0Item": ".invoice_item_frozen_fields_type_0_item",
    "InvoiceItemInvoicingRule": ".invoice_item_invoicing_rule",
    "InvoiceItemInvoicingRuleType": ".invoice_item_invoicing_rule_type",
    "InvoiceItemMetadataType0": ".invoice_item_metadata_type_0",
    "InvoiceItemObject": ".invoice_item_object",
    "InvoiceItemThresholdReason": ".invoice_item_threshold_reason",
    "InvoiceLineItemPeriod": ".invoice_line_item_period",
    "InvoiceLines": ".invoice_lines",
    "InvoiceLinesObject": ".invoice_lines_object",
    "InvoiceMetadataType0": ".invoice_metadata_type_0",
    "InvoiceObject": ".invoice_object",
    "InvoicePaymentMethodOptionsAcssDebit": ".invoice_payment_method_options_acss_debit",
    "InvoicePaymentMethodOptionsAcssDebitMandateOptions": ".invoice_payment_method_options_acss_debit_mandate_options",
    "InvoicePaymentMethodOptionsAcssDebitMandateOptionsTransactionType": ".invoice_payment_method_options_acss_debit_mandate_options_transaction_type",
    "InvoicePaymentMethodOptionsAcssDebitVerificationMethod": ".invoice_payment_method_options_acss_debit_verification_method",
    "InvoicePaymentMethodOptionsBancontact": ".invoice_payment_method_options_bancontact",
    "InvoicePaymentMethodOptionsBancontactPreferredLanguage": ".invoice_payment_method_options_bancontact_preferred_language",
    "InvoicePaymentMethodOptionsCard": ".invoice_payment_method_options_card",
    "InvoicePaymentMethodOptionsCardInstallments": ".invoice_payment_method_options_card_installments",
    "InvoicePaymentMethodOptionsCardRequestThreeDSecure": ".invoice_payment_method_options_card_request_three_d_secure",
    "InvoicePaymentMethodOptionsCustomerBalance": ".invoice_payment_method_options_customer_balance",
    "InvoicePaymentMethodOptionsCustomerBalanceBankTransfer": ".invoice_payment_method_options_customer_balance_bank_transfer",
    "InvoicePaymentMethodOptionsCustomerBalanceBankTransferEuBankTransfer": ".invoice_payment_method_options_customer_balance_bank_transfer_eu_bank_transfer",
    "InvoicePaymentMethodOptionsCustomerBalanceBankTransferEuBankTransferCountry": ".invoice_payment_method_options_customer_balance_bank_transfer_eu_bank_transfer_country",
    "InvoicePaymentMethodOptionsCustomerBalanceFundingType": ".invoice_payment_method_options_customer_balance_funding_type",
    "InvoicePaymentMethodOptionsKonbini": ".invoice_payment_method_options_konbini",
    "InvoicePaymentMethodOptionsUsBankAccount": ".invoice_payment_method_options_us_bank_account",
    "InvoicePaymentMethodOptionsUsBankAccountFinancialConnections": ".invoice_payment_method_options_us_bank_account_financial_connections",
    "InvoicePaymentMethodOptionsUsBankAccountFinancialConnectionsFilters": ".invoice_payment_method_options_us_bank_account_financial_connections_filters",
    "InvoicePaymentMethodOptionsUsBankAccountFinancialConnectionsFiltersAccountSubcategoriesType0Item": ".invoice_payment_method_options_us_bank_account_financial_connections_filters_account_subcategories_type_0_item",
    "InvoicePaymentMethodOptionsUsBankAccountFinancialConnectionsPermissionsType0Item": ".invoice_payment_method_options_us_bank_account_financial_connections_permissions_type_0_item",
    "InvoicePaymentMethodOptionsUsBankAccountFinancialConnectionsPrefetchType0Item": ".invoice_payment_method_options_us_bank_account_financial_connections_prefetch_type_0_item",
    "InvoicePaymentMethodOptionsUsBankAccountVerificationMethod": ".invoice_payment_method_options_us_bank_account_verification_method",
    "InvoicePaymentsType0": ".invoice_payments_type_0",
    "InvoicePaymentsType0Object": ".invoice_payments_type_0_object",
    "InvoiceRenderingPdf": ".invoice_rendering_pdf",
    "InvoiceRenderingPdfPageSize": ".invoice_rendering_pdf_page_size",
    "InvoiceSettingCustomField": ".invoice_setting_custom_field",
    "InvoiceSettingCustomerRenderingOptions": ".invoice_setting_customer_rendering_options",
    "InvoiceSettingCustomerSetting": ".invoice_setting_customer_setting",
    "InvoiceStatus": ".invoice_status",
    "InvoiceThresholdReason": ".invoice_threshold_reason",
    "InvoicesPaymentMethodOptions": ".invoices_payment_method_options",
    "InvoicesPaymentMethodOptionsBillie": ".invoices_payment_method_options_billie",
    "InvoicesPaymentMethodOptionsBillieCompanyDetails": ".invoices_payment_method_options_billie_company_details",
    "InvoicesPaymentMethodOptionsBillieCompanyDetailsRegistrationType": ".invoices_payment_method_options_billie_company_details_registration_type",
    "InvoicesPaymentMethodOptionsBlik": ".invoices_payment_method_options_blik",
    "InvoicesPaymentMethodOptionsPayto": ".invoices_payment_method_options_payto",
    "InvoicesPaymentMethodOptionsPaytoMandateOptions": ".invoices_payment_method_options_payto_mandate_options",
    "InvoicesPaymentMethodOptionsPaytoMandateOptionsAmountType": ".invoices_payment_method_options_payto_mandate_options_amount_type",
    "InvoicesPaymentMethodOptionsPaytoMandateOptionsPurpose": ".invoices_payment_method_options_payto_mandate_options_purpose",
    "InvoicesPaymentMethodOptionsPix": ".invoices_payment_method_options_pix",
    "InvoicesPaymentMethodOptionsPixAmountIncludesIof": ".invoices_payment_method_options_pix_amount_includes_iof",
    "InvoicesPaymentMethodOptionsSepaDebit": ".invoices_payment_method_options_sepa_debit",
    "InvoicesPaymentMethodOptionsUpi": ".invoices_payment_method_options_upi",
    "InvoicesPaymentMethodOptionsUpiMandateOptions": ".invoices_payment_method_options_upi_mandate_options",
    "InvoicesPaymentMethodOptionsUpiMandateOptionsAmountType": ".invoices_payment_method_options_upi_mandate_options_amount_type",
    "InvoicesPaymentSettings": ".invoices_payment_settings",
    "InvoicesPaymentSettingsPaymentMethodTypesType0Item": ".invoices_payment_settings_payment_method_types_type_0_item",
    "InvoicesResourceConfirmationSecret": ".invoices_resource_confirmation_secret",
    "InvoicesResourceFromInvoice": ".invoices_resource_from_invoice",
    "InvoicesResourceInvoiceRendering": ".invoices_resource_invoice_rendering",
    "InvoicesResourceInvoiceTaxId": ".invoices_resource_invoice_tax_id",
    "InvoicesResourceInvoiceTaxIdType": ".invoices_resource_invoice_tax_id_type",
    "InvoicesResourcePretaxCreditAmount": ".invoices_resource_pretax_credit_amount",
    "InvoicesResourcePretaxCreditAmountType": ".invoices_resource_pretax_credit_amount_type",
    "InvoicesResourceShippingCost": ".invoices_resource_shipping_cost",
    "InvoicesResourceStatusDetails": ".invoices_resource_status_details",
    "InvoicesResourceStatusDetailsUncollectible": ".invoices_resource_status_details_uncollectible",
    "InvoicesResourceStatusDetailsUncollectibleReason": ".invoices_resource_status_details_uncollectible_reason",
    "InvoicesStatusTransitions": ".invoices_status_transitions",
    "LineItem": ".line_item",
    "LineItemMetadata": ".line_item_metadata",
    "LineItemObject": ".line_item_object",
    "LineItemsTaxAmount": ".line_items_tax_amount",
    "LineItemsTaxAmountTaxabilityReason": ".line_items_tax_amount_taxability_reason",
    "PostCustomersBody": ".post_customers_body",
    "PostCustomersBodyAddressType0": ".post_customers_body_address_type_0",
    "PostCustomersBodyAddressType1": ".post_customers_body_address_type_1",
    "PostCustomersBodyBusinessNameType1": ".post_customers_body_business_name_type_1",
    "PostCustomersBodyCashBalance": ".post_customers_body_cash_balance",
    "PostCustomersBodyCashBalanceSettings": ".post_customers_body_cash_balance_settings",
    "PostCustomersBodyCashBalanceSettingsReconciliationMode": ".post_customers_body_cash_balance_settings_reconciliation_mode",
    "PostCustomersBodyIndividualNameType1": ".post_customers_body_individual_name_type_1",
    "PostCustomersBodyInvoiceSettings": ".post_customers_body_invoice_settings",
    "PostCustomersBodyInvoiceSettingsCustomFieldsType0Item": ".post_customers_body_invoice_settings_custom_fields_type_0_item",
    "PostCustomersBodyInvoiceSettingsCustomFieldsType1": ".post_customers_body_invoice_settings_custom_fields_type_1",
    "PostCustomersBodyInvoiceSettingsRenderingOptionsType0": ".post_customers_body_invoice_settings_rendering_options_type_0",
    "PostCustomersBodyInvoiceSettingsRenderingOptionsType0AmountTaxDisplayType0": ".post_customers_body_invoice_settings_rendering_options_type_0_amount_tax_display_type_0",
    "PostCustomersBodyInvoiceSettingsRenderingOptionsType0AmountTaxDisplayType1": ".post_customers_body_invoice_settings_rendering_options_type_0_amount_tax_display_type_1",
    "PostCustomersBodyInvoiceSettingsRenderingOptionsType1": ".post_customers_body_invoice_settings_rendering_options_type_1",
    "PostCustomersBodyMetadataType0": ".post_customers_body_metadata_type_0",
    "PostCustomersBodyMetadataType1": ".post_customers_body_metadata_type_1",
    "PostCustomersBodyShippingType0": ".post_customers_body_shipping_type_0",
    "PostCustomersBodyShippingType0Address": ".post_customers_body_shipping_type_0_address",
    "PostCustomersBodyShippingType1": ".post_customers_body_shipping_type_1",
    "PostCustomersBodyTax": ".post_customers_body_tax",
    "PostCustomersBodyTaxExemptType0": ".post_customers_body_tax_exempt_type_0",
    "PostCustomersBodyTaxExemptType1": ".post_customers_body_tax_exempt_type_1",
    "PostCustomersBodyTaxIdDataItem": ".post_customers_body_tax_id_data_item",
    "PostCustomersBodyTaxIdDataItemType": ".post_customers_body_tax_id_data_item_type",
    "PostCustomersBodyTaxIpAddressType1": ".post_customers_body_tax_ip_address_type_1",
    "PostCustomersBodyTaxValidateLocation": ".post_customers_body_tax_validate_location",
    "PostCustomersCustomerBody": ".post_customers_customer_body",
    "PostCustomersCustomerBodyAddressType0": ".post_customers_customer_body_address_type_0",
    "PostCustomersCustomerBodyAddressType1": ".post_customers_customer_body_address_type_1",
    "PostCustomersCustomerBodyBusinessNameType1": ".post_customers_customer_body_business_name_type_1",
    "PostCustomersCustomerBodyCashBalance": ".post_customers_customer_body_cash_balance",
    "PostCustomersCustomerBodyCashBalanceSettings": ".post_customers_customer_body_cash_balance_settings",
    "PostCustomersCustomerBodyCashBalanceSettingsReconciliationMode": ".post_customers_customer_body_cash_balance_settings_reconciliation_mode",
    "PostCustomersCustomerBodyIndividualNameType1": ".post_customers_customer_body_individual_name_type_1",
    "PostCustomersCustomerBodyInvoiceSettings": ".post_customers_customer_body_invoice_settings",
    "PostCustomersCustomerBodyInvoiceSettingsCustomFieldsType0Item": ".post_customers_customer_body_invoice_settings_custom_fields_type_0_item",
    "PostCustomersCustomerBodyInvoiceSettingsCustomFieldsType1": ".post_customers_customer_body_invoice_settings_custom_fields_type_1",
    "PostCustomersCustomerBodyInvoiceSettingsRenderingOptionsType0": ".post_customers_customer_body_invoice_settings_rendering_options_type_0",
    "PostCustomersCustomerBodyInvoiceSettingsRenderingOptionsType0AmountTaxDisplayType0": ".post_customers_customer_body_invoice_settings_rendering_options_type_0_amount_tax_display_type_0",
    "PostCustomersCustomerBodyInvoiceSettingsRenderingOptionsType0AmountTaxDisplayType1": ".post_customers_customer_body_invoice_settings_rendering_options_type_0_amount_tax_display_type_1",
    "PostCustomersCustomerBodyInvoiceSettingsRenderingOptionsType1": ".post_customers_customer_body_invoice_settings_rendering_options_type_1",
    "PostCustomersCustomerBodyMetadataType0": ".post_customers_customer_body_metadata_type_0",
    "PostCustomersCustomerBodyMetadataType1": ".post_customers_customer_body_metadata_type_1",
    "PostCustomersCustomerBodyShippingType0": ".post_customers_customer_body_shipping_type_0",
    "PostCustomersCustomerBodyShippingType0Address": ".post_customers_customer_body_shipping_type_0_address",
    "PostCustomersCustomerBodyShippingType1": ".post_customers_customer_body_shipping_type_1",
    "PostCustomersCustomerBodyTax": ".post_customers_customer_body_tax",
    "PostCustomersCustomerBodyTaxExemptType0": ".post_customers_customer_body_tax_exempt_type_0",
    "PostCustomersCustomerBodyTaxExemptType1": ".post_customers_customer_body_tax_exempt_type_1",
    "PostCustomersCustomerBodyTaxIpAddressType1": ".post_customers_customer_body_tax_ip_address_type_1",
    "PostCustomersCustomerBodyTaxValidateLocation": ".post_customers_customer_body_tax_validate_location",
    "PostInvoiceitemsBody": ".post_invoiceitems_body",
    "PostInvoiceitemsBodyDiscountsType0Item": ".post_invoiceitems_body_discounts_type_0_item",
    "PostInvoiceitemsBodyDiscountsType1": ".post_invoiceitems_body_discounts_type_1",
    "PostInvoiceitemsBodyMetadataType0": ".post_invoiceitems_body_metadata_type_0",
    "PostInvoiceitemsBodyMetadataType1": ".post_invoiceitems_body_metadata_type_1",
    "PostInvoiceitemsBodyPeriod": ".post_invoiceitems_body_period",
    "PostInvoiceitemsBodyPriceData": ".post_invoiceitems_body_price_data",
    "PostInvoiceitemsBodyPriceDataTaxBehavior": ".post_invoiceitems_body_price_data_tax_behavior",
    "PostInvoiceitemsBodyPricing": ".post_invoiceitems_body_pricing",
    "PostInvoiceitemsBodyTaxBehavior": ".post_invoiceitems_body_tax_behavior",
    "PostInvoiceitemsBodyTaxCodeType1": ".post_invoiceitems_body_tax_code_type_1",
    "PostInvoiceitemsInvoiceitemBody": ".post_invoiceitems_invoiceitem_body",
    "PostInvoiceitemsInvoiceitemBodyDiscountsType0Item": ".post_invoiceitems_invoiceitem_body_discounts_type_0_item",
    "PostInvoiceitemsInvoiceitemBodyDiscountsType1": ".post_invoiceitems_invoiceitem_body_discounts_type_1",
    "PostInvoiceitemsInvoiceitemBodyInvoicingRules": ".post_invoiceitems_invoiceitem_body_invoicing_rules",
    "PostInvoiceitemsInvoiceitemBodyMetadataType0": ".post_invoiceitems_invoiceitem_body_metadata_type_0",
    "PostInvoiceitemsInvoiceitemBodyMetadataType1": ".post_invoiceitems_invoiceitem_body_metadata_type_1",
    "PostInvoiceitemsInvoiceitemBodyPeriod": ".post_invoiceitems_invoiceitem_body_period",
    "PostInvoiceitemsInvoiceitemBodyPriceData": ".post_invoiceitems_invoiceitem_body_price_data",
    "PostInvoiceitemsInvoiceitemBodyPriceDataTaxBehavior": ".post_invoiceitems_invoiceitem_body_price_data_tax_behavior",
    "PostInvoiceitemsInvoiceitemBodyPricing": ".post_invoiceitems_invoiceitem_body_pricing",
    "PostInvoiceitemsInvoiceitemBodyTaxBehavior": ".post_invoiceitems_invoiceitem_body_tax_behavior",
    "PostInvoiceitemsInvoiceitemBodyTaxCodeType1": ".post_invoiceitems_invoiceitem_body_tax_code_type_1",
    "PostInvoiceitemsInvoiceitemBodyTaxRatesType1": ".post_invoiceitems_invoiceitem_body_tax_rates_type_1",
    "PostInvoicesBody": ".post_invoices_body",
    "PostInvoicesBodyAccountTaxIdsType1": ".post_invoices_body_account_tax_ids_type_1",
    "PostInvoicesBodyAutomaticTax": ".post_invoices_body_automatic_tax",
    "PostInvoicesBodyAutomaticTaxLiability": ".post_invoices_body_automatic_tax_liability",
    "PostInvoicesBodyAutomaticTaxLiabilityType": ".post_invoices_body_automatic_tax_liability_type",
    "PostInvoicesBodyCollectionMethod": ".post_invoices_body_collection_method",
    "PostInvoicesBodyCustomFieldsType0Item": ".post_invoices_body_custom_fields_type_0_item",
    "PostInvoicesBodyCustomFieldsType1": ".post_invoices_body_custom_fields_type_1",
    "PostInvoicesBodyDiscountsType0Item": ".post_invoices_body_discounts_type_0_item",
    "PostInvoicesBodyDiscountsType1": ".post_invoices_body_discounts_type_1",
    "PostInvoicesBodyFromInvoice": ".post_invoices_body_from_invoice",
    "PostInvoicesBodyFromInvoiceAction": ".post_invoices_body_from_invoice_action",
    "PostInvoicesBodyIssuer": ".post_invoices_body_issuer",
    "PostInvoicesBodyIssuerType": ".post_invoices_body_issuer_type",
    "PostInvoicesBodyMetadataType0": ".post_invoices_body_metadata_type_0",
    "PostInvoicesBodyMetadataType1": ".post_invoices_body_metadata_type_1",
    "PostInvoicesBodyPaymentSettings": ".post_invoices_body_payment_settings",
    "PostInvoicesBodyPaymentSettingsDefaultMandateType1": ".post_invoices_body_payment_settings_default_mandate_type_1",
    "PostInvoicesBodyPaymentSettingsPaymentMethodOptions": ".post_invoices_body_payment_settings_payment_method_options",
    "PostInvoicesBodyPaymentSettingsPaymentMethodOptionsAcssDebitType0": ".post_invoices_body_payment_settings_payment_method_options_acss_debit_type_0",
    "PostInvoicesBodyPaymentSettingsPaymentMethodOptionsAcssDebitType0MandateOptions": ".post_invoices_body_payment_settings_payment_method_options_acss_debit_type_0_mandate_options",
    "PostInvoicesBodyPaymentSettingsPaymentMethodOptionsAcssDebitType0MandateOptionsTransactionType": ".post_invoices_body_payment_settings_payment_method_options_acss_debit_type_0_mandate_options_transaction_type",
    "PostInvoicesBodyPaymentSettingsPaymentMethodOptionsAcssDebitType0VerificationMethod": ".post_invoices_body_payment_settings_payment_method_options_acss_debit_type_0_verification_method",
    "PostInvoicesBodyPaymentSettingsPaymentMethodOptionsAcssDebitType1": ".post_invoices_body_payment_settings_payment_method_options_acss_debit_type_1",
    "PostInvoicesBodyPaymentSettingsPaymentMethodOptionsBancontactType0": ".post_invoices_body_payment_settings_payment_method_options_bancontact_type_0",
    "PostInvoicesBodyPaymentSettingsPaymentMethodOptionsBancontactType0PreferredLanguage": ".post_invoices_body_payment_settings_payment_method_options_bancontact_type_0_preferred_language",
    "PostInvoicesBodyPaymentSettingsPaymentMethodOptionsBancontactType1": ".post_invoices_body_payment_settings_payment_method_options_bancontact_type_1",
    "PostInvoicesBodyPaymentSettingsPaymentMethodOptionsBillieType0": ".post_invoices_body_payment_settings_payment_method_options_billie_type_0",
    "PostInvoicesBodyPaymentSettingsPaymentMethodOptionsBillieType0CompanyDetailsType0": ".post_invoices_body_payment_settings_payment_method_options_billie_type_0_company_details_type_0",
    "PostInvoicesBodyPaymentSettingsPaymentMethodOptionsBillieType0CompanyDetailsType0RegisteredAddressType0": ".post_invoices_body_payment_settings_payment_method_options_billie_type_0_company_details_type_0_registered_address_type_0",
    "PostInvoicesBodyPaymentSettingsPaymentMethodOptionsBillieType0CompanyDetailsType0RegisteredAddressType1": ".post_invoices_body_payment_settings_payment_method_options_billie_type_0_company_details_type_0_registered_address_type_1",
    "PostInvoicesBodyPaymentSettingsPaymentMethodOptionsBillieType0CompanyDetailsType0RegistrationTypeType0": ".post_invoices_body_payment_settings_payment_method_options_billie_type_0_company_details_type_0_registration_type_type_0",
    "PostInvoicesBodyPaymentSettingsPaymentMethodOptionsBillieType0CompanyDetailsType0RegistrationTypeType1": ".post_invoices_body_payment_settings_payment_method_options_billie_type_0_company_details_type_0_registration_type_type_1",
    "PostInvoicesBodyPaymentSettingsPaymentMethodOptionsBillieType0CompanyDetailsType1": ".post_invoices_body_payment_settings_payment_method_options_billie_type_0_company_details_type_1",
    "PostInvoicesBodyPaymentSettingsPaymentMethodOptionsBillieType1": ".post_invoices_body_payment_settings_payment_method_options_billie_type_1",
    "PostInvoicesBodyPaymentSettingsPaymentMethodOptionsBlikType0": ".post_invoices_body_payment_settings_payment_method_options_blik_type_0",
    "PostInvoicesBodyPaymentSettingsPaymentMethodOptionsBlikType1": ".post_invoices_body_payment_settings_payment_method_options_blik_type_1",
    "PostInvoicesBodyPaymentSettingsPaymentMethodOptionsCardType0": ".post_invoices_body_payment_settings_payment_method_options_card_type_0",
    "PostInvoicesBodyPaymentSettingsPaymentMethodOptionsCardType0Installments": ".post_invoices_body_payment_settings_payment_method_options_card_type_0_installments",
    "PostInvoicesBodyPaymentSettingsPaymentMethodOptionsCardType0InstallmentsPlanType0": ".post_invoices_body_payment_settings_payment_method_options_card_type_0_installments_plan_type_0",
    "PostInvoicesBodyPaymentSettingsPaymentMethodOptionsCardType0InstallmentsPlanType0Interval": ".post_invoices_body_payment_settings_payment_method_options_card_type_0_installments_plan_type_0_interval",
    "PostInvoicesBodyPaymentSettingsPaymentMethodOptionsCardType0InstallmentsPlanType0Type": ".post_invoices_body_payment_settings_payment_method_options_card_type_0_installments_plan_type_0_type",
    "PostInvoicesBodyPaymentSettingsPaymentMethodOptionsCardType0InstallmentsPlanType1": ".post_invoices_body_payment_settings_payment_method_options_card_type_0_installments_plan_type_1",
    "PostInvoicesBodyPaymentSettingsPaymentMethodOptionsCardType0RequestThreeDSecure": ".post_invoices_body_payment_settings_payment_method_options_card_type_0_request_three_d_secure",
    "PostInvoicesBodyPaymentSettingsPaymentMethodOptionsCardType1": ".post_invoices_body_payment_settings_payment_method_options_card_type_1",
    "PostInvoicesBodyPaymentSettingsPaymentMethodOptionsCustomerBalanceType0": ".post_invoices_body_payment_settings_payment_method_options_customer_balance_type_0",
    "PostInvoicesBodyPaymentSettingsPaymentMethodOptionsCustomerBalanceType0BankTransfer": ".post_invoices_body_payment_settings_payment_method_options_customer_balance_type_0_bank_transfer",
    "PostInvoicesBodyPaymentSettingsPaymentMethodOptionsCustomerBalanceType0BankTransferEuBankTransfer": ".post_invoices_body_payment_settings_payment_method_options_customer_balance_type_0_bank_transfer_eu_bank_transfer",
    "PostInvoicesBodyPaymentSettingsPaymentMethodOptionsCustomerBalanceType1": ".post_invoices_body_payment_settings_payment_method_options_customer_balance_type_1",
    "PostInvoicesBodyPaymentSettingsPaymentMethodOptionsKonbiniType0": ".post_invoices_body_payment_settings_payment_method_options_konbini_type_0",
    "PostInvoicesBodyPaymentSettingsPaymentMethodOptionsKonbiniType1": ".post_invoices_body_payment_settings_payment_method_options_konbini_type_1",
    "PostInvoicesBodyPaymentSettingsPaymentMethodOptionsPaytoType0": ".post_invoices_body_payment_settings_payment_method_options_payto_type_0",
    "PostInvoicesBodyPaymentSettingsPaymentMethodOptionsPaytoType0MandateOptions": ".post_invoices_body_payment_settings_payment_method_options_payto_type_0_mandate_options",
    "PostInvoicesBodyPaymentSettingsPaymentMethodOptionsPaytoType0MandateOptionsPurpose": ".post_invoices_body_payment_settings_payment_method_options_payto_type_0_mandate_options_purpose",
    "PostInvoicesBodyPaymentSettingsPaymentMethodOptionsPaytoType1": ".post_invoices_body_payment_settings_payment_method_options_payto_type_1",
    "PostInvoicesBodyPaymentSettingsPaymentMethodOptionsPixType0": ".post_invoices_body_payment_settings_payment_method_options_pix_type_0",
    "PostInvoicesBodyPaymentSettingsPaymentMethodOptionsPixType0AmountIncludesIof": ".post_invoices_body_payment_settings_payment_method_options_pix_type_0_amount_includes_iof",
    "PostInvoicesBodyPaymentSettingsPaymentMethodOptionsPixType1": ".post_invoices_body_payment_settings_payment_method_options_pix_type_1",
    "PostInvoicesBodyPaymentSettingsPaymentMethodOptionsSepaDebitType0": ".post_invoices_body_payment_settings_payment_method_options_sepa_debit_type_0",
    "PostInvoicesBodyPaymentSettingsPaymentMethodOptionsSepaDebitType1": ".post_invoices_body_payment_settings_payment_method_options_sepa_debit_type_1",
    "PostInvoicesBodyPaymentSettingsPaymentMethodOptionsUpiType0": ".post_invoices_body_payment_settings_payment_method_options_upi_type_0",
    "PostInvoicesBodyPaymentSettingsPaymentMethodOptionsUpiType0MandateOptions": ".post_invoices_body_payment_settings_payment_method_options_upi_type_0_mandate_options",
    "PostInvoicesBodyPaymentSettingsPaymentMethodOptionsUpiType0MandateOptionsAmountType": ".post_invoices_body_payment_settings_payment_method_options_upi_type_0_mandate_options_amount_type",
    "PostInvoicesBodyPaymentSettingsPaymentMethodOptionsUpiType1": ".post_invoices_body_payment_settings_payment_method_options_upi_type_1",
    "PostInvoicesBodyPaymentSettingsPaymentMethodOptionsUsBankAccountType0": ".post_invoices_body_payment_settings_payment_method_options_us_bank_account_type_0",
    "PostInvoicesBodyPaymentSettingsPaymentMethodOptionsUsBankAccountType0FinancialConnections": ".post_invoices_body_payment_settings_payment_method_options_us_bank_account_type_0_financial_connections",
    "PostInvoicesBodyPaymentSettingsPaymentMethodOptionsUsBankAccountType0FinancialConnectionsFilters": ".post_invoices_body_payment_settings_payment_method_options_us_bank_account_type_0_financial_connections_filters",
    "PostInvoicesBodyPaymentSettingsPaymentMethodOptionsUsBankAccountType0FinancialConnectionsFiltersAccountSubcategoriesItem": ".post_invoices_body_payment_settings_payment_method_options_us_bank_account_type_0_financial_connections_filters_account_subcategories_item",
    "PostInvoicesBodyPaymentSettingsPaymentMethodOptionsUsBankAccountType0FinancialConnectionsPermissionsItem": ".post_invoices_body_payment_settings_payment_method_options_us_bank_account_type_0_financial_connections_permissions_item",
    "PostInvoicesBodyPaymentSettingsPaymentMethodOptionsUsBankAccountType0FinancialConnectionsPrefetchItem": ".post_invoices_body_payment_settings_payment_method_options_us_bank_account_type_0_financial_connections_prefetch_item",
    "PostInvoicesBodyPaymentSettingsPaymentMethodOptionsUsBankAccountType0VerificationMethod": ".post_invoices_body_payment_settings_payment_method_options_us_bank_account_type_0_verification_method",
    "PostInvoicesBodyPaymentSettingsPaymentMethodOptionsUsBankAccountType1": ".post_invoices_body_payment_settings_payment_method_options_us_bank_account_type_1",
    "PostInvoicesBodyPaymentSettingsPaymentMethodTypesType0Item": ".post_invoices_body_payment_settings_payment_method_types_type_0_item",
    "PostInvoicesBodyPaymentSettingsPaymentMethodTypesType1": ".post_invoices_body_payment_settings_payment_method_types_type_1",
    "PostInvoicesBodyPendingInvoiceItemsBehavior": ".post_invoices_body_pending_invoice_items_behavior",
    "PostInvoicesBodyRendering": ".post_invoices_body_rendering",
    "PostInvoicesBodyRenderingAmountTaxDisplayType0": ".post_invoices_body_rendering_amount_tax_display_type_0",
    "PostInvoicesBodyRenderingAmountTaxDisplayType1": ".post_invoices_body_rendering_amount_tax_display_type_1",
    "PostInvoicesBodyRenderingPdf": ".post_invoices_body_rendering_pdf",
    "PostInvoicesBodyRenderingPdfPageSize": ".post_invoices_body_rendering_pdf_page_size",
    "PostInvoicesBodyRenderingTemplateVersionType1": ".post_invoices_body_rendering_template_version_type_1",
    "PostInvoicesBodyShippingCost": ".post_invoices_body_shipping_cost",
    "PostInvoicesBodyShippingCostShippingRateData": ".post_invoices_body_shipping_cost_shipping_rate_data",
    "PostInvoicesBodyShippingCostShippingRateDataDeliveryEstimate": ".post_invoices_body_shipping_cost_shipping_rate_data_delivery_estimate",
    "PostInvoicesBodyShippingCostShippingRateDataDeliveryEstimateMaximum": ".post_invoices_body_shipping_cost_shipping_rate_data_delivery_estimate_maximum",
    "PostInvoicesBodyShippingCostShippingRateDataDeliveryEstimateMaximumUnit": ".post_invoices_body_shipping_cost_shipping_rate_data_delivery_estimate_maximum_unit",
    "PostInvoicesBodyShippingCostShippingRateDataDeliveryEstimateMinimum": ".post_invoices_body_shipping_cost_shipping_rate_data_delivery_estimate_minimum",
    "PostInvoicesBodyShippingCostShippingRateDataDeliveryEstimateMinimumUnit": ".post_invoices_body_shipping_cost_shipping_rate_data_delivery_estimate_minimum_unit",
    "PostInvoicesBodyShippingCostShippingRateDataFixedAmount": ".post_invoices_body_shipping_cost_shipping_rate_data_fixed_amount",
    "PostInvoicesBodyShippingCostShippingRateDataFixedAmountCurrencyOptions": ".post_invoices_body_shipping_cost_shipping_rate_data_fixed_amount_currency_options",
    "PostInvoicesBodyShippingCostShippingRateDataFixedAmountCurrencyOptionsAdditionalProperty": ".post_invoices_body_shipping_cost_shipping_rate_data_fixed_amount_currency_options_additional_property",
    "PostInvoicesBodyShippingCostShippingRateDataFixedAmountCurrencyOptionsAdditionalPropertyTaxBehavior": ".post_invoices_body_shipping_cost_shipping_rate_data_fixed_amount_currency_options_additional_property_tax_behavior",
    "PostInvoicesBodyShippingCostShippingRateDataMetadata": ".post_invoices_body_shipping_cost_shipping_rate_data_metadata",
    "PostInvoicesBodyShippingCostShippingRateDataTaxBehavior": ".post_invoices_body_shipping_cost_shipping_rate_data_tax_behavior",
    "PostInvoicesBodyShippingCostShippingRateDataType": ".post_invoices_body_shipping_cost_shipping_rate_data_type",
    "PostInvoicesBodyShippingDetails": ".post_invoices_body_shipping_details",
    "PostInvoicesBodyShippingDetailsAddress": ".post_invoices_body_shipping_details_address",
    "PostInvoicesBodyShippingDetailsPhoneType1": ".post_invoices_body_shipping_details_phone_type_1",
    "PostInvoicesBodyTransferData": ".post_invoices_body_transfer_data",
    "PostInvoicesCreatePreviewBody": ".post_invoices_create_preview_body",
    "PostInvoicesCreatePreviewBodyAutomaticTax": ".post_invoices_create_preview_body_automatic_tax",
    "PostInvoicesCreatePreviewBodyAutomaticTaxLiability": ".post_invoices_create_preview_body_automatic_tax_liability",
    "PostInvoicesCreatePreviewBodyAutomaticTaxLiabilityType": ".post_invoices_create_preview_body_automatic_tax_liability_type",
    "PostInvoicesCreatePreviewBodyCustomerDetails": ".post_invoices_create_preview_body_customer_details",
    "PostInvoicesCreatePreviewBodyCustomerDetailsAddressType0": ".post_invoices_create_preview_body_customer_details_address_type_0",
    "PostInvoicesCreatePreviewBodyCustomerDetailsAddressType1": ".post_invoices_create_preview_body_customer_details_address_type_1",
    "PostInvoicesCreatePreviewBodyCustomerDetailsShippingType0": ".post_invoices_create_preview_body_customer_details_shipping_type_0",
    "PostInvoicesCreatePreviewBodyCustomerDetailsShippingType0Address": ".post_invoices_create_preview_body_customer_details_shipping_type_0_address",
    "PostInvoicesCreatePreviewBodyCustomerDetailsShippingType1": ".post_invoices_create_preview_body_customer_details_shipping_type_1",
    "PostInvoicesCreatePreviewBodyCustomerDetailsTax": ".post_invoices_create_preview_body_customer_details_tax",
    "PostInvoicesCreatePreviewBodyCustomerDetailsTaxExemptType0": ".post_invoices_create_preview_body_customer_details_tax_exempt_type_0",
    "PostInvoicesCreatePreviewBodyCustomerDetailsTaxExemptType1": ".post_invoices_create_preview_body_customer_details_tax_exempt_type_1",
    "PostInvoicesCreatePreviewBodyCustomerDetailsTaxIdsItem": ".post_invoices_create_preview_body_customer_details_tax_ids_item",
    "PostInvoicesCreatePreviewBodyCustomerDetailsTaxIdsItemType": ".post_invoices_create_preview_body_customer_details_tax_ids_item_type",
    "PostInvoicesCreatePreviewBodyCustomerDetailsTaxIpAddressType1": ".post_invoices_create_preview_body_customer_details_tax_ip_address_type_1",
    "PostInvoicesCreatePreviewBodyDiscountsType0Item": ".post_invoices_create_preview_body_discounts_type_0_item",
    "PostInvoicesCreatePreviewBodyDiscountsType1": ".post_invoices_create_preview_body_discounts_type_1",
    "PostInvoicesCreatePreviewBodyInvoiceItemsItem": ".post_invoices_create_preview_body_invoice_items_item",
    "PostInvoicesCreatePreviewBodyInvoiceItemsItemDiscountsType0Item": ".post_invoices_create_preview_body_invoice_items_item_discounts_type_0_item",
    "PostInvoicesCreatePreviewBodyInvoiceItemsItemDiscountsType1": ".post_invoices_create_preview_body_invoice_items_item_discounts_type_1",
    "PostInvoicesCreatePreviewBodyInvoiceItemsItemMetadataType0": ".post_invoices_create_preview_body_invoice_items_item_metadata_type_0",
    "PostInvoicesCreatePreviewBodyInvoiceItemsItemMetadataType1": ".post_invoices_create_preview_body_invoice_items_item_metadata_type_1",
    "PostInvoicesCreatePreviewBodyInvoiceItemsItemPeriod": ".post_invoices_create_preview_body_invoice_items_item_period",
    "PostInvoicesCreatePreviewBodyInvoiceItemsItemPriceData": ".post_invoices_create_preview_body_invoice_items_item_price_data",
    "PostInvoicesCreatePreviewBodyInvoiceItemsItemPriceDataTaxBehavior": ".post_invoices_create_preview_body_invoice_items_item_price_data_tax_behavior",
    "PostInvoicesCreatePreviewBodyInvoiceItemsItemTaxBehavior": ".post_invoices_create_preview_body_invoice_items_item_tax_behavior",
    "PostInvoicesCreatePreviewBodyInvoiceItemsItemTaxCodeType1": ".post_invoices_create_preview_body_invoice_items_item_tax_code_type_1",
    "PostInvoicesCreatePreviewBodyInvoiceItemsItemTaxRatesType1": ".post_invoices_create_preview_body_invoice_items_item_tax_rates_type_1",
    "PostInvoicesCreatePreviewBodyIssuer": ".post_invoices_create_preview_body_issuer",
    "PostInvoicesCreatePreviewBodyIssuerType": ".post_invoices_create_preview_body_issuer_type",
    "PostInvoicesCreatePreviewBodyOnBehalfOfType1": ".post_invoices_create_preview_body_on_behalf_of_type_1",
    "PostInvoicesCreatePreviewBodyPreviewMode": ".post_invoices_create_preview_body_preview_mode",
    "PostInvoicesCreatePreviewBodyScheduleDetails": ".post_invoices_create_preview_body_schedule_details",
    "PostInvoicesCreatePreviewBodyScheduleDetailsBillingMode": ".post_invoices_create_preview_body_schedule_details_billing_mode",
    "PostInvoicesCreatePreviewBodyScheduleDetailsBillingModeFlexible": ".post_invoices_create_preview_body_schedule_details_billing_mode_flexible",
    "PostInvoicesCreatePreviewBodyScheduleDetailsBillingModeFlexibleProrationDiscounts": ".post_invoices_create_preview_body_schedule_details_billing_mode_flexible_proration_discounts",
    "PostInvoicesCreatePreviewBodyScheduleDetailsBillingModeType": ".post_invoices_create_preview_body_schedule_details_billing_mode_type",
    "PostInvoicesCreatePreviewBodyScheduleDetailsEndBehavior": ".post_invoices_create_preview_body_schedule_details_end_behavior",
    "PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0Item": ".post_invoices_create_preview_body_schedule_details_pause_schedules_type_0_item",
    "PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemPause": ".post_invoices_create_preview_body_schedule_details_pause_schedules_type_0_item_pause",
    "PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemPausePauseAt": ".post_invoices_create_preview_body_schedule_details_pause_schedules_type_0_item_pause_pause_at",
    "PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemPausePauseAtType": ".post_invoices_create_preview_body_schedule_details_pause_schedules_type_0_item_pause_pause_at_type",
    "PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemPauseSettings": ".post_invoices_create_preview_body_schedule_details_pause_schedules_type_0_item_pause_settings",
    "PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemPauseSettingsBillFor": ".post_invoices_create_preview_body_schedule_details_pause_schedules_type_0_item_pause_settings_bill_for",
    "PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemPauseSettingsBillForOutstandingUsageThrough": ".post_invoices_create_preview_body_schedule_details_pause_schedules_type_0_item_pause_settings_bill_for_outstanding_usage_through",
    "PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemPauseSettingsBillForOutstandingUsageThroughType": ".post_invoices_create_preview_body_schedule_details_pause_schedules_type_0_item_pause_settings_bill_for_outstanding_usage_through_type",
    "PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemPauseSettingsBillForUnusedTimeFrom": ".post_invoices_create_preview_body_schedule_details_pause_schedules_type_0_item_pause_settings_bill_for_unused_time_from",
    "PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemPauseSettingsBillForUnusedTimeFromType": ".post_invoices_create_preview_body_schedule_details_pause_schedules_type_0_item_pause_settings_bill_for_unused_time_from_type",
    "PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemPauseSettingsInvoicingBehavior": ".post_invoices_create_preview_body_schedule_details_pause_schedules_type_0_item_pause_settings_invoicing_behavior",
    "PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemPauseSettingsType": ".post_invoices_create_preview_body_schedule_details_pause_schedules_type_0_item_pause_settings_type",
    "PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemResumeType0": ".post_invoices_create_preview_body_schedule_details_pause_schedules_type_0_item_resume_type_0",
    "PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemResumeType0ResumeAt": ".post_invoices_create_preview_body_schedule_details_pause_schedules_type_0_item_resume_type_0_resume_at",
    "PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemResumeType0ResumeAtDuration": ".post_invoices_create_preview_body_schedule_details_pause_schedules_type_0_item_resume_type_0_resume_at_duration",
    "PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemResumeType0ResumeAtDurationInterval": ".post_invoices_create_preview_body_schedule_details_pause_schedules_type_0_item_resume_type_0_resume_at_duration_interval",
    "PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemResumeType0ResumeAtType": ".post_invoices_create_preview_body_schedule_details_pause_schedules_type_0_item_resume_type_0_resume_at_type",
    "PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemResumeType0Settings": ".post_invoices_create_preview_body_schedule_details_pause_schedules_type_0_item_resume_type_0_settings",
    "PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemResumeType0SettingsBillingCycleAnchor": ".post_invoices_create_preview_body_schedule_details_pause_schedules_type_0_item_resume_type_0_settings_billing_cycle_anchor",
    "PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemResumeType0SettingsPaymentBehavior": ".post_invoices_create_preview_body_schedule_details_pause_schedules_type_0_item_resume_type_0_settings_payment_behavior",
    "PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemResumeType0SettingsProrationBehavior": ".post_invoices_create_preview_body_schedule_details_pause_schedules_type_0_item_resume_type_0_settings_proration_behavior",
    "PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemResumeType1": ".post_invoices_create_preview_body_schedule_details_pause_schedules_type_0_item_resume_type_1",
    "PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType1": ".post_invoices_create_preview_body_schedule_details_pause_schedules_type_1",
    "PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItem": ".post_invoices_create_preview_body_schedule_details_phases_item",
    "PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemAddInvoiceItemsItem": ".post_invoices_create_preview_body_schedule_details_phases_item_add_invoice_items_item",
    "PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemAddInvoiceItemsItemDiscountsItem": ".post_invoices_create_preview_body_schedule_details_phases_item_add_invoice_items_item_discounts_item",
    "PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemAddInvoiceItemsItemMetadata": ".post_invoices_create_preview_body_schedule_details_phases_item_add_invoice_items_item_metadata",
    "PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemAddInvoiceItemsItemPeriod": ".post_invoices_create_preview_body_schedule_details_phases_item_add_invoice_items_item_period",
    "PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemAddInvoiceItemsItemPeriodEnd": ".post_invoices_create_preview_body_schedule_details_phases_item_add_invoice_items_item_period_end",
    "PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemAddInvoiceItemsItemPeriodEndType": ".post_invoices_create_preview_body_schedule_details_phases_item_add_invoice_items_item_period_end_type",
    "PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemAddInvoiceItemsItemPeriodStart": ".post_invoices_create_preview_body_schedule_details_phases_item_add_invoice_items_item_period_start",
    "PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemAddInvoiceItemsItemPeriodStartType": ".post_invoices_create_preview_body_schedule_details_phases_item_add_invoice_items_item_period_start_type",
    "PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemAddInvoiceItemsItemPriceData": ".post_invoices_create_preview_body_schedule_details_phases_item_add_invoice_items_item_price_data",
    "PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemAddInvoiceItemsItemPriceDataTaxBehavior": ".post_invoices_create_preview_body_schedule_details_phases_item_add_invoice_items_item_price_data_tax_behavior",
    "PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemAddInvoiceItemsItemTaxRatesType1": ".post_invoices_create_preview_body_schedule_details_phases_item_add_invoice_items_item_tax_rates_type_1",
    "PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemAutomaticTax": ".post_invoices_create_preview_body_schedule_details_phases_item_automatic_tax",
    "PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemAutomaticTaxLiability": ".post_invoices_create_preview_body_schedule_details_phases_item_automatic_tax_liability",
    "PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemAutomaticTaxLiabilityType": ".post_invoices_create_preview_body_schedule_details_phases_item_automatic_tax_liability_type",
    "PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemBillingCycleAnchor": ".post_invoices_create_preview_body_schedule_details_phases_item_billing_cycle_anchor",
    "PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemBillingThresholdsType0": ".post_invoices_create_preview_body_schedule_details_phases_item_billing_thresholds_type_0",
    "PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemBillingThresholdsType1": ".post_invoices_create_preview_body_schedule_details_phases_item_billing_thresholds_type_1",
    "PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemCollectionMethod": ".post_invoices_create_preview_body_schedule_details_phases_item_collection_method",
    "PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemDefaultTaxRatesType1": ".post_invoices_create_preview_body_schedule_details_phases_item_default_tax_rates_type_1",
    "PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemDescriptionType1": ".post_invoices_create_preview_body_schedule_details_phases_item_description_type_1",
    "PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemDiscountsType0Item": ".post_invoices_create_preview_body_schedule_details_phases_item_discounts_type_0_item",
    "PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemDiscountsType1": ".post_invoices_create_preview_body_schedule_details_phases_item_discounts_type_1",
    "PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemDuration": ".post_invoices_create_preview_body_schedule_details_phases_item_duration",
    "PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemDurationInterval": ".post_invoices_create_preview_body_schedule_details_phases_item_duration_interval",
    "PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemEndDateType1": ".post_invoices_create_preview_body_schedule_details_phases_item_end_date_type_1",
    "PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemInvoiceSettings": ".post_invoices_create_preview_body_schedule_details_phases_item_invoice_settings",
    "PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemInvoiceSettingsAccountTaxIdsType1": ".post_invoices_create_preview_body_schedule_details_phases_item_invoice_settings_account_tax_ids_type_1",
    "PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemInvoiceSettingsIssuer": ".post_invoices_create_preview_body_schedule_details_phases_item_invoice_settings_issuer",
    "PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemInvoiceSettingsIssuerType": ".post_invoices_create_preview_body_schedule_details_phases_item_invoice_settings_issuer_type",
    "PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemItemsItem": ".post_invoices_create_preview_body_schedule_details_phases_item_items_item",
    "PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemItemsItemBillingThresholdsType0": ".post_invoices_create_preview_body_schedule_details_phases_item_items_item_billing_thresholds_type_0",
    "PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemItemsItemBillingThresholdsType1": ".post_invoices_create_preview_body_schedule_details_phases_item_items_item_billing_thresholds_type_1",
    "PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemItemsItemDiscountsType0Item": ".post_invoices_create_preview_body_schedule_details_phases_item_items_item_discounts_type_0_item",
    "PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemItemsItemDiscountsType1": ".post_invoices_create_preview_body_schedule_details_phases_item_items_item_discounts_type_1",
    "PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemItemsItemMetadata": ".post_invoices_create_preview_body_schedule_details_phases_item_items_item_metadata",
    "PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemItemsItemPriceData": ".post_invoices_create_preview_body_schedule_details_phases_item_items_item_price_data",
    "PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemItemsItemPriceDataRecurring": ".post_invoices_create_preview_body_schedule_details_phases_item_items_item_price_data_recurring",
    "PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemItemsItemPriceDataRecurringInterval": ".post_invoices_create_preview_body_schedule_details_phases_item_items_item_price_data_recurring_interval",
    "PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemItemsItemPriceDataTaxBehavior": ".post_invoices_create_preview_body_schedule_details_phases_item_items_item_price_data_tax_behavior",
    "PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemItemsItemTaxRatesType1": ".post_invoices_create_preview_body_schedule_details_phases_item_items_item_tax_rates_type_1",
    "PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemMetadata": ".post_invoices_create_preview_body_schedule_details_phases_item_metadata",
    "PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemProrationBehavior": ".post_invoices_create_preview_body_schedule_details_phases_item_proration_behavior",
    "PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemStartDateType1": ".post_invoices_create_preview_body_schedule_details_phases_item_start_date_type_1",
    "PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemTransferData": ".post_invoices_create_preview_body_schedule_details_phases_item_transfer_data",
    "PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemTrialEndType1": ".post_invoices_create_preview_body_schedule_details_phases_item_trial_end_type_1",
    "PostInvoicesCreatePreviewBodyScheduleDetailsProrationBehavior": ".post_invoices_create_preview_body_schedule_details_proration_behavior",
    "PostInvoicesCreatePreviewBodySubscriptionDetails": ".post_invoices_create_preview_body_subscription_details",
    "PostInvoicesCreatePreviewBodySubscriptionDetailsBillingCycleAnchor": ".post_invoices_create_preview_body_subscription_details_billing_cycle_anchor",
    "PostInvoicesCreatePreviewBodySubscriptionDetailsBillingCycleAnchorType": ".post_invoices_create_preview_body_subscription_details_billing_cycle_anchor_type",
    "PostInvoicesCreatePreviewBodySubscriptionDetailsBillingMode": ".post_invoices_create_preview_body_subscription_details_billing_mode",
    "PostInvoicesCreatePreviewBodySubscriptionDetailsBillingModeFlexible": ".post_invoices_create_preview_body_subscription_details_billing_mode_flexible",
    "PostInvoicesCreatePreviewBodySubscriptionDetailsBillingModeFlexibleProrationDiscounts": ".post_invoices_create_preview_body_subscription_details_billing_mode_flexible_proration_discounts",
    "PostInvoicesCreatePreviewBodySubscriptionDetailsBillingModeType": ".post_invoices_create_preview_body_subscription_details_billing_mode_type",
    "PostInvoicesCreatePreviewBodySubscriptionDetailsBillingSchedulesType0Item": ".post_invoices_create_preview_body_subscription_details_billing_schedules_type_0_item",
    "PostInvoicesCreatePreviewBodySubscriptionDetailsBillingSchedulesType0ItemAppliesToItem": ".post_invoices_create_preview_body_subscription_details_billing_schedules_type_0_item_applies_to_item",
    "PostInvoicesCreatePreviewBodySubscriptionDetailsBillingSchedulesType0ItemAppliesToItemType": ".post_invoices_create_preview_body_subscription_details_billing_schedules_type_0_item_applies_to_item_type",
    "PostInvoicesCreatePreviewBodySubscriptionDetailsBillingSchedulesType0ItemBillUntil": ".post_invoices_create_preview_body_subscription_details_billing_schedules_type_0_item_bill_until",
    "PostInvoicesCreatePreviewBodySubscriptionDetailsBillingSchedulesType0ItemBillUntilDuration": ".post_invoices_create_preview_body_subscription_details_billing_schedules_type_0_item_bill_until_duration",
    "PostInvoicesCreatePreviewBodySubscriptionDetailsBillingSchedulesType0ItemBillUntilDurationInterval": ".post_invoices_create_preview_body_subscription_details_billing_schedules_type_0_item_bill_until_duration_interval",
    "PostInvoicesCreatePreviewBodySubscriptionDetailsBillingSchedulesType0ItemBillUntilType": ".post_invoices_create_preview_body_subscription_details_billing_schedules_type_0_item_bill_until_type",
    "PostInvoicesCreatePreviewBodySubscriptionDetailsBillingSchedulesType1": ".post_invoices_create_preview_body_subscription_details_billing_schedules_type_1",
    "PostInvoicesCreatePreviewBodySubscriptionDetailsCancelAtType1": ".post_invoices_create_preview_body_subscription_details_cancel_at_type_1",
    "PostInvoicesCreatePreviewBodySubscriptionDetailsCancelAtType2": ".post_invoices_create_preview_body_subscription_details_cancel_at_type_2",
    "PostInvoicesCreatePreviewBodySubscriptionDetailsDefaultTaxRatesType1": ".post_invoices_create_preview_body_subscription_details_default_tax_rates_type_1",
    "PostInvoicesCreatePreviewBodySubscriptionDetailsItemsItem": ".post_invoices_create_preview_body_subscription_details_items_item",
    "PostInvoicesCreatePreviewBodySubscriptionDetailsItemsItemBillingThresholdsType0": ".post_invoices_create_preview_body_subscription_details_items_item_billing_thresholds_type_0",
    "PostInvoicesCreatePreviewBodySubscriptionDetailsItemsItemBillingThresholdsType1": ".post_invoices_create_preview_body_subscription_details_items_item_billing_thresholds_type_1",
    "PostInvoicesCreatePreviewBodySubscriptionDetailsItemsItemCurrentTrial": ".post_invoices_create_preview_body_subscription_details_items_item_current_trial",
    "PostInvoicesCreatePreviewBodySubscriptionDetailsItemsItemDiscountsType0Item": ".post_invoices_create_preview_body_subscription_details_items_item_discounts_type_0_item",
    "PostInvoicesCreatePreviewBodySubscriptionDetailsItemsItemDiscountsType1": ".post_invoices_create_preview_body_subscription_details_items_item_discounts_type_1",
    "PostInvoicesCreatePreviewBodySubscriptionDetailsItemsItemMetadataType0": ".post_invoices_create_preview_body_subscription_details_items_item_metadata_type_0",
    "PostInvoicesCreatePreviewBodySubscriptionDetailsItemsItemMetadataType1": ".post_invoices_create_preview_body_subscription_details_items_item_metadata_type_1",
    "PostInvoicesCreatePreviewBodySubscriptionDetailsItemsItemPriceData": ".post_invoices_create_preview_body_subscription_details_items_item_price_data",
    "PostInvoicesCreatePreviewBodySubscriptionDetailsItemsItemPriceDataRecurring": ".post_invoices_create_preview_body_subscription_details_items_item_price_data_recurring",
    "PostInvoicesCreatePreviewBodySubscriptionDetailsItemsItemPriceDataRecurringInterval": ".post_invoices_create_preview_body_subscription_details_items_item_price_data_recurring_interval",
    "PostInvoicesCreatePreviewBodySubscriptionDetailsItemsItemPriceDataTaxBehavior": ".post_invoices_create_preview_body_subscription_details_items_item_price_data_tax_behavior",
    "PostInvoicesCreatePreviewBodySubscriptionDetailsItemsItemTaxRatesType1": ".post_invoices_create_preview_body_subscription_details_items_item_tax_rates_type_1",
    "PostInvoicesCreatePreviewBodySubscriptionDetailsMetadataType0": ".post_invoices_create_preview_body_subscription_details_metadata_type_0",
    "PostInvoicesCreatePreviewBodySubscriptionDetailsMetadataType1": ".post_invoices_create_preview_body_subscription_details_metadata_type_1",
    "PostInvoicesCreatePreviewBodySubscriptionDetailsPause": ".post_invoices_create_preview_body_subscription_details_pause",
    "PostInvoicesCreatePreviewBodySubscriptionDetailsPauseBillFor": ".post_invoices_create_preview_body_subscription_details_pause_bill_for",
    "PostInvoicesCreatePreviewBodySubscriptionDetailsPauseBillForOutstandingUsageThrough": ".post_invoices_create_preview_body_subscription_details_pause_bill_for_outstanding_usage_through",
    "PostInvoicesCreatePreviewBodySubscriptionDetailsPauseBillForOutstandingUsageThroughType": ".post_invoices_create_preview_body_subscription_details_pause_bill_for_outstanding_usage_through_type",
    "PostInvoicesCreatePreviewBodySubscriptionDetailsPauseBillForUnusedTimeFrom": ".post_invoices_create_preview_body_subscription_details_pause_bill_for_unused_time_from",
    "PostInvoicesCreatePreviewBodySubscriptionDetailsPauseBillForUnusedTimeFromType": ".post_invoices_create_preview_body_subscription_details_pause_bill_for_unused_time_from_type",
    "PostInvoicesCreatePreviewBodySubscriptionDetailsPauseInvoicingBehavior": ".post_invoices_create_preview_body_subscription_details_pause_invoicing_behavior",
    "PostInvoicesCreatePreviewBodySubscriptionDetailsPauseType": ".post_invoices_create_preview_body_subscription_details_pause_type",
    "PostInvoicesCreatePreviewBodySubscriptionDetailsProrationBehavior": ".post_invoices_create_preview_body_subscription_details_proration_behavior",
    "PostInvoicesCreatePreviewBodySubscriptionDetailsResumeAt": ".post_invoices_create_preview_body_subscription_details_resume_at",
    "PostInvoicesCreatePreviewBodySubscriptionDetailsTrialEndType1": ".post_invoices_create_preview_body_subscription_details_trial_end_type_1",
    "PostInvoicesInvoiceAddLinesBody": ".post_invoices_invoice_add_lines_body",
    "PostInvoicesInvoiceAddLinesBodyInvoiceMetadataType0": ".post_invoices_invoice_add_lines_body_invoice_metadata_type_0",
    "PostInvoicesInvoiceAddLinesBodyInvoiceMetadataType1": ".post_invoices_invoice_add_lines_body_invoice_metadata_type_1",
    "PostInvoicesInvoiceAddLinesBodyLinesItem": ".post_invoices_invoice_add_lines_body_lines_item",
    "PostInvoicesInvoiceAddLinesBodyLinesItemDiscountsType0Item": ".post_invoices_invoice_add_lines_body_lines_item_discounts_type_0_item",
    "PostInvoicesInvoiceAddLinesBodyLinesItemDiscountsType1": ".post_invoices_invoice_add_lines_body_lines_item_discounts_type_1",
    "PostInvoicesInvoiceAddLinesBodyLinesItemMetadataType0": ".post_invoices_invoice_add_lines_body_lines_item_metadata_type_0",
    "PostInvoicesInvoiceAddLinesBodyLinesItemMetadataType1": ".post_invoices_invoice_add_lines_body_lines_item_metadata_type_1",
    "PostInvoicesInvoiceAddLinesBodyLinesItemPeriod": ".post_invoices_invoice_add_lines_body_lines_item_period",
    "PostInvoicesInvoiceAddLinesBodyLinesItemPriceData": ".post_invoices_invoice_add_lines_body_lines_item_price_data",
    "PostInvoicesInvoiceAddLinesBodyLinesItemPriceDataProductData": ".post_invoices_invoice_add_lines_body_lines_item_price_data_product_data",
    "PostInvoicesInvoiceAddLinesBodyLinesItemPriceDataProductDataMetadata": ".post_invoices_invoice_add_lines_body_lines_item_price_data_product_data_metadata",
    "PostInvoicesInvoiceAddLinesBodyLinesItemPriceDataProductDataTaxDetails": ".post_invoices_invoice_add_lines_body_lines_item_price_data_product_data_tax_details",
    "PostInvoicesInvoiceAddLinesBodyLinesItemPriceDataProductDataTaxDetailsTaxCodeType1": ".post_invoices_invoice_add_lines_body_lines_item_price_data_product_data_tax_details_tax_code_type_1",
    "PostInvoicesInvoiceAddLinesBodyLinesItemPriceDataTaxBehavior": ".post_invoices_invoice_add_lines_body_lines_item_price_data_tax_behavior",
    "PostInvoicesInvoiceAddLinesBodyLinesItemPricing": ".post_invoices_invoice_add_lines_body_lines_item_pricing",
    "PostInvoicesInvoiceAddLinesBodyLinesItemTaxAmountsType0Item": ".post_invoices_invoice_add_lines_body_lines_item_tax_amounts_type_0_item",
    "PostInvoicesInvoiceAddLinesBodyLinesItemTaxAmountsType0ItemTaxRateData": ".post_invoices_invoice_add_lines_body_lines_item_tax_amounts_type_0_item_tax_rate_data",
    "PostInvoicesInvoiceAddLinesBodyLinesItemTaxAmountsType0ItemTaxRateDataJurisdictionLevel": ".post_invoices_invoice_add_lines_body_lines_item_tax_amounts_type_0_item_tax_rate_data_jurisdiction_level",
    "PostInvoicesInvoiceAddLinesBodyLinesItemTaxAmountsType0ItemTaxRateDataTaxType": ".post_invoices_invoice_add_lines_body_lines_item_tax_amounts_type_0_item_tax_rate_data_tax_type",
    "PostInvoicesInvoiceAddLinesBodyLinesItemTaxAmountsType0ItemTaxabilityReason": ".post_invoices_invoice_add_lines_body_lines_item_tax_amounts_type_0_item_taxability_reason",
    "PostInvoicesInvoiceAddLinesBodyLinesItemTaxAmountsType1": ".post_invoices_invoice_add_lines_body_lines_item_tax_amounts_type_1",
    "PostInvoicesInvoiceAddLinesBodyLinesItemTaxRatesType1": ".post_invoices_invoice_add_lines_body_lines_item_tax_rates_type_1",
    "PostInvoicesInvoiceBody": ".post_invoices_invoice_body",
    "PostInvoicesInvoiceBodyAccountTaxIdsType1": ".post_invoices_invoice_body_account_tax_ids_type_1",
    "PostInvoicesInvoiceBodyAutomaticTax": ".post_invoices_invoice_body_automatic_tax",
    "PostInvoicesInvoiceBodyAutomaticTaxLiability": ".post_invoices_invoice_body_automatic_tax_liability",
    "PostInvoicesInvoiceBodyAutomaticTaxLiabilityType": ".post_invoices_invoice_body_automatic_tax_liability_type",
    "PostInvoicesInvoiceBodyCollectionMethod": ".post_invoices_invoice_body_collection_method",
    "PostInvoicesInvoiceBodyCustomFieldsType0Item": ".post_invoices_invoice_body_custom_fields_type_0_item",
    "PostInvoicesInvoiceBodyCustomFieldsType1": ".post_invoices_invoice_body_custom_fields_type_1",
    "PostInvoicesInvoiceBodyDefaultSourceType1": ".post_invoices_invoice_body_default_source_type_1",
    "PostInvoicesInvoiceBodyDefaultTaxRatesType1": ".post_invoices_invoice_body_default_tax_rates_type_1",
    "PostInvoicesInvoiceBodyDiscountsType0Item": ".post_invoices_invoice_body_discounts_type_0_item",
    "PostInvoicesInvoiceBodyDiscountsType1": ".post_invoices_invoice_body_discounts_type_1",
    "PostInvoicesInvoiceBodyEffectiveAtType1": ".post_invoices_invoice_body_effective_at_type_1",
    "PostInvoicesInvoiceBodyIssuer": ".post_invoices_invoice_body_issuer",
    "PostInvoicesInvoiceBodyIssuerType": ".post_invoices_invoice_body_issuer_type",
    "PostInvoicesInvoiceBodyMetadataType0": ".post_invoices_invoice_body_metadata_type_0",
    "PostInvoicesInvoiceBodyMetadataType1": ".post_invoices_invoice_body_metadata_type_1",
    "PostInvoicesInvoiceBodyNumberType1": ".post_invoices_invoice_body_number_type_1",
    "PostInvoicesInvoiceBodyOnBehalfOfType1": ".post_invoices_invoice_body_on_behalf_of_type_1",
    "PostInvoicesInvoiceBodyPaymentSettings": ".post_invoices_invoice_body_payment_settings",
    "PostInvoicesInvoiceBodyPaymentSettingsDefaultMandateType1": ".post_invoices_invoice_body_payment_settings_default_mandate_type_1",
    "PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptions": ".post_invoices_invoice_body_payment_settings_payment_method_options",
    "PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsAcssDebitType0": ".post_invoices_invoice_body_payment_settings_payment_method_options_acss_debit_type_0",
    "PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsAcssDebitType0MandateOptions": ".post_invoices_invoice_body_payment_settings_payment_method_options_acss_debit_type_0_mandate_options",
    "PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsAcssDebitType0MandateOptionsTransactionType": ".post_invoices_invoice_body_payment_settings_payment_method_options_acss_debit_type_0_mandate_options_transaction_type",
    "PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsAcssDebitType0VerificationMethod": ".post_invoices_invoice_body_payment_settings_payment_method_options_acss_debit_type_0_verification_method",
    "PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsAcssDebitType1": ".post_invoices_invoice_body_payment_settings_payment_method_options_acss_debit_type_1",
    "PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsBancontactType0": ".post_invoices_invoice_body_payment_settings_payment_method_options_bancontact_type_0",
    "PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsBancontactType0PreferredLanguage": ".post_invoices_invoice_body_payment_settings_payment_method_options_bancontact_type_0_preferred_language",
    "PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsBancontactType1": ".post_invoices_invoice_body_payment_settings_payment_method_options_bancontact_type_1",
    "PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsBillieType0": ".post_invoices_invoice_body_payment_settings_payment_method_options_billie_type_0",
    "PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsBillieType0CompanyDetailsType0": ".post_invoices_invoice_body_payment_settings_payment_method_options_billie_type_0_company_details_type_0",
    "PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsBillieType0CompanyDetailsType0RegisteredAddressType0": ".post_invoices_invoice_body_payment_settings_payment_method_options_billie_type_0_company_details_type_0_registered_address_type_0",
    "PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsBillieType0CompanyDetailsType0RegisteredAddressType1": ".post_invoices_invoice_body_payment_settings_payment_method_options_billie_type_0_company_details_type_0_registered_address_type_1",
    "PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsBillieType0CompanyDetailsType0RegistrationTypeType0": ".post_invoices_invoice_body_payment_settings_payment_method_options_billie_type_0_company_details_type_0_registration_type_type_0",
    "PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsBillieType0CompanyDetailsType0RegistrationTypeType1": ".post_invoices_invoice_body_payment_settings_payment_method_options_billie_type_0_company_details_type_0_registration_type_type_1",
    "PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsBillieType0CompanyDetailsType1": ".post_invoices_invoice_body_payment_settings_payment_method_options_billie_type_0_company_details_type_1",
    "PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsBillieType1": ".post_invoices_invoice_body_payment_settings_payment_method_options_billie_type_1",
    "PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsBlikType0": ".post_invoices_invoice_body_payment_settings_payment_method_options_blik_type_0",
    "PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsBlikType1": ".post_invoices_invoice_body_payment_settings_payment_method_options_blik_type_1",
    "PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsCardType0": ".post_invoices_invoice_body_payment_settings_payment_method_options_card_type_0",
    "PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsCardType0Installments": ".post_invoices_invoice_body_payment_settings_payment_method_options_card_type_0_installments",
    "PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsCardType0InstallmentsPlanType0": ".post_invoices_invoice_body_payment_settings_payment_method_options_card_type_0_installments_plan_type_0",
    "PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsCardType0InstallmentsPlanType0Interval": ".post_invoices_invoice_body_payment_settings_payment_method_options_card_type_0_installments_plan_type_0_interval",
    "PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsCardType0InstallmentsPlanType0Type": ".post_invoices_invoice_body_payment_settings_payment_method_options_card_type_0_installments_plan_type_0_type",
    "PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsCardType0InstallmentsPlanType1": ".post_invoices_invoice_body_payment_settings_payment_method_options_card_type_0_installments_plan_type_1",
    "PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsCardType0RequestThreeDSecure": ".post_invoices_invoice_body_payment_settings_payment_method_options_card_type_0_request_three_d_secure",
    "PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsCardType1": ".post_invoices_invoice_body_payment_settings_payment_method_options_card_type_1",
    "PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsCustomerBalanceType0": ".post_invoices_invoice_body_payment_settings_payment_method_options_customer_balance_type_0",
    "PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsCustomerBalanceType0BankTransfer": ".post_invoices_invoice_body_payment_settings_payment_method_options_customer_balance_type_0_bank_transfer",
    "PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsCustomerBalanceType0BankTransferEuBankTransfer": ".post_invoices_invoice_body_payment_settings_payment_method_options_customer_balance_type_0_bank_transfer_eu_bank_transfer",
    "PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsCustomerBalanceType1": ".post_invoices_invoice_body_payment_settings_payment_method_options_customer_balance_type_1",
    "PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsKonbiniType0": ".post_invoices_invoice_body_payment_settings_payment_method_options_konbini_type_0",
    "PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsKonbiniType1": ".post_invoices_invoice_body_payment_settings_payment_method_options_konbini_type_1",
    "PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsPaytoType0": ".post_invoices_invoice_body_payment_settings_payment_method_options_payto_type_0",
    "PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsPaytoType0MandateOptions": ".post_invoices_invoice_body_payment_settings_payment_method_options_payto_type_0_mandate_options",
    "PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsPaytoType0MandateOptionsPurpose": ".post_invoices_invoice_body_payment_settings_payment_method_options_payto_type_0_mandate_options_purpose",
    "PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsPaytoType1": ".post_invoices_invoice_body_payment_settings_payment_method_options_payto_type_1",
    "PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsPixType0": ".post_invoices_invoice_body_payment_settings_payment_method_options_pix_type_0",
    "PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsPixType0AmountIncludesIof": ".post_invoices_invoice_body_payment_settings_payment_method_options_pix_type_0_amount_includes_iof",
    "PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsPixType1": ".post_invoices_invoice_body_payment_settings_payment_method_options_pix_type_1",
    "PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsSepaDebitType0": ".post_invoices_invoice_body_payment_settings_payment_method_options_sepa_debit_type_0",
    "PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsSepaDebitType1": ".post_invoices_invoice_body_payment_settings_payment_method_options_sepa_debit_type_1",
    "PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsUpiType0": ".post_invoices_invoice_body_payment_settings_payment_method_options_upi_type_0",
    "PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsUpiType0MandateOptions": ".post_invoices_invoice_body_payment_settings_payment_method_options_upi_type_0_mandate_options",
    "PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsUpiType0MandateOptionsAmountType": ".post_invoices_invoice_body_payment_settings_payment_method_options_upi_type_0_mandate_options_amount_type",
    "PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsUpiType1": ".post_invoices_invoice_body_payment_settings_payment_method_options_upi_type_1",
    "PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsUsBankAccountType0": ".post_invoices_invoice_body_payment_settings_payment_method_options_us_bank_account_type_0",
    "PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsUsBankAccountType0FinancialConnections": ".post_invoices_invoice_body_payment_settings_payment_method_options_us_bank_account_type_0_financial_connections",
    "PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsUsBankAccountType0FinancialConnectionsFilters": ".post_invoices_invoice_body_payment_settings_payment_method_options_us_bank_account_type_0_financial_connections_filters",
    "PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsUsBankAccountType0FinancialConnectionsFiltersAccountSubcategoriesItem": ".post_invoices_invoice_body_payment_settings_payment_method_options_us_bank_account_type_0_financial_connections_filters_account_subcategories_item",
    "PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsUsBankAccountType0FinancialConnectionsPermissionsItem": ".post_invoices_invoice_body_payment_settings_payment_method_options_us_bank_account_type_0_financial_connections_permissions_item",
    "PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsUsBankAccountType0FinancialConnectionsPrefetchItem": ".post_invoices_invoice_body_payment_settings_payment_method_options_us_bank_account_type_0_financial_connections_prefetch_item",
    "PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsUsBankAccountType0VerificationMethod": ".post_invoices_invoice_body_payment_settings_payment_method_options_us_bank_account_type_0_verification_method",
    "PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsUsBankAccountType1": ".post_invoices_invoice_body_payment_settings_payment_method_options_us_bank_account_type_1",
    "PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodTypesType0Item": ".post_invoices_invoice_body_payment_settings_payment_method_types_type_0_item",
    "PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodTypesType1": ".post_invoices_invoice_body_payment_settings_payment_method_types_type_1",
    "PostInvoicesInvoiceBodyRendering": ".post_invoices_invoice_body_rendering",
    "PostInvoicesInvoiceBodyRenderingAmountTaxDisplayType0": ".post_invoices_invoice_body_rendering_amount_tax_display_type_0",
    "PostInvoicesInvoiceBodyRenderingAmountTaxDisplayType1": ".post_invoices_invoice_body_rendering_amount_tax_display_type_1",
    "PostInvoicesInvoiceBodyRenderingPdf": ".post_invoices_invoice_body_rendering_pdf",
    "PostInvoicesInvoiceBodyRenderingPdfPageSize": ".post_invoices_invoice_body_rendering_pdf_page_size",
    "PostInvoicesInvoiceBodyRenderingTemplateVersionType1": ".post_invoices_invoice_body_rendering_template_version_type_1",
    "PostInvoicesInvoiceBodyShippingCostType0": ".post_invoices_invoice_body_shipping_cost_type_0",
    "PostInvoicesInvoiceBodyShippingCostType0ShippingRateData": ".post_invoices_invoice_body_shipping_cost_type_0_shipping_rate_data",
    "PostInvoicesInvoiceBodyShippingCostType0ShippingRateDataDeliveryEstimate": ".post_invoices_invoice_body_shipping_cost_type_0_shipping_rate_data_delivery_estimate",
    "PostInvoicesInvoiceBodyShippingCostType0ShippingRateDataDeliveryEstimateMaximum": ".post_invoices_invoice_body_shipping_cost_type_0_shipping_rate_data_delivery_estimate_maximum",
    "PostInvoicesInvoiceBodyShippingCostType0ShippingRateDataDeliveryEstimateMaximumUnit": ".post_invoices_invoice_body_shipping_cost_type_0_shipping_rate_data_delivery_estimate_maximum_unit",
    "PostInvoicesInvoiceBodyShippingCostType0ShippingRateDataDeliveryEstimateMinimum": ".post_invoices_invoice_body_shipping_cost_type_0_shipping_rate_data_delivery_estimate_minimum",
    "PostInvoicesInvoiceBodyShippingCostType0ShippingRateDataDeliveryEstimateMinimumUnit": ".post_invoices_invoice_body_shipping_cost_type_0_shipping_rate_data_delivery_estimate_minimum_unit",
    "PostInvoicesInvoiceBodyShippingCostType0ShippingRateDataFixedAmount": ".post_invoices_invoice_body_shipping_cost_type_0_shipping_rate_data_fixed_amount",
    "PostInvoicesInvoiceBodyShippingCostType0ShippingRateDataFixedAmountCurrencyOptions": ".post_invoices_invoice_body_shipping_cost_type_0_shipping_rate_data_fixed_amount_currency_options",
    "PostInvoicesInvoiceBodyShippingCostType0ShippingRateDataFixedAmountCurrencyOptionsAdditionalProperty": ".post_invoices_invoice_body_shipping_cost_type_0_shipping_rate_data_fixed_amount_currency_options_additional_property",
    "PostInvoicesInvoiceBodyShippingCostType0ShippingRateDataFixedAmountCurrencyOptionsAdditionalPropertyTaxBehavior": ".post_invoices_invoice_body_shipping_cost_type_0_shipping_rate_data_fixed_amount_currency_options_additional_property_tax_behavior",
    "PostInvoicesInvoiceBodyShippingCostType0ShippingRateDataMetadata": ".post_invoices_invoice_body_shipping_cost_type_0_shipping_rate_data_metadata",
    "PostInvoicesInvoiceBodyShippingCostType0ShippingRateDataTaxBehavior": ".post_invoices_invoice_body_shipping_cost_type_0_shipping_rate_data_tax_behavior",
    "PostInvoicesInvoiceBodyShippingCostType0ShippingRateDataType": ".post_invoices_invoice_body_shipping_cost_type_0_shipping_rate_data_type",
    "PostInvoicesInvoiceBodyShippingCostType1": ".post_invoices_invoice_body_shipping_cost_type_1",
    "PostInvoicesInvoiceBodyShippingDetailsType0": ".post_invoices_invoice_body_shipping_details_type_0",
    "PostInvoicesInvoiceBodyShippingDetailsType0Address": ".post_invoices_invoice_body_shipping_details_type_0_address",
    "PostInvoicesInvoiceBodyShippingDetailsType0PhoneType1": ".post_invoices_invoice_body_shipping_details_type_0_phone_type_1",
    "PostInvoicesInvoiceBodyShippingDetailsType1": ".post_invoices_invoice_body_shipping_details_type_1",
    "PostInvoicesInvoiceBodyTransferDataType0": ".post_invoices_invoice_body_transfer_data_type_0",
    "PostInvoicesInvoiceBodyTransferDataType1": ".post_invoices_invoice_body_transfer_data_type_1",
    "PostInvoicesInvoiceFinalizeBody": ".post_invoices_invoice_finalize_body",
    "PostInvoicesInvoiceLinesLineItemIdBody": ".post_invoices_invoice_lines_line_item_id_body",
    "PostInvoicesInvoiceLinesLineItemIdBodyDiscountsType0Item": ".post_invoices_invoice_lines_line_item_id_body_discounts_type_0_item",
    "PostInvoicesInvoiceLinesLineItemIdBodyDiscountsType1": ".post_invoices_invoice_lines_line_item_id_body_discounts_type_1",
    "PostInvoicesInvoiceLinesLineItemIdBodyMetadataType0": ".post_invoices_invoice_lines_line_item_id_body_metadata_type_0",
    "PostInvoicesInvoiceLinesLineItemIdBodyMetadataType1": ".post_invoices_invoice_lines_line_item_id_body_metadata_type_1",
    "PostInvoicesInvoiceLinesLineItemIdBodyPeriod": ".post_invoices_invoice_lines_line_item_id_body_period",
    "PostInvoicesInvoiceLinesLineItemIdBodyPriceData": ".post_invoices_invoice_lines_line_item_id_body_price_data",
    "PostInvoicesInvoiceLinesLineItemIdBodyPriceDataProductData": ".post_invoices_invoice_lines_line_item_id_body_price_data_product_data",
    "PostInvoicesInvoiceLinesLineItemIdBodyPriceDataProductDataMetadata": ".post_invoices_invoice_lines_line_item_id_body_price_data_product_data_metadata",
    "PostInvoicesInvoiceLinesLineItemIdBodyPriceDataProductDataTaxDetails": ".post_invoices_invoice_lines_line_item_id_body_price_data_product_data_tax_details",
    "PostInvoicesInvoiceLinesLineItemIdBodyPriceDataProductDataTaxDetailsTaxCodeType1": ".post_invoices_invoice_lines_line_item_id_body_price_data_product_data_tax_details_tax_code_type_1",
    "PostInvoicesInvoiceLinesLineItemIdBodyPriceDataTaxBehavior": ".post_invoices_invoice_lines_line_item_id_body_price_data_tax_behavior",
    "PostInvoicesInvoiceLinesLineItemIdBodyPricing": ".post_invoices_invoice_lines_line_item_id_body_pricing",
    "PostInvoicesInvoiceLinesLineItemIdBodyTaxAmountsType0Item": ".post_invoices_invoice_lines_line_item_id_body_tax_amounts_type_0_item",
    "PostInvoicesInvoiceLinesLineItemIdBodyTaxAmountsType0ItemTaxRateData": ".post_invoices_invoice_lines_line_item_id_body_tax_amounts_type_0_item_tax_rate_data",
    "PostInvoicesInvoiceLinesLineItemIdBodyTaxAmountsType0ItemTaxRateDataJurisdictionLevel": ".post_invoices_invoice_lines_line_item_id_body_tax_amounts_type_0_item_tax_rate_data_jurisdiction_level",
    "PostInvoicesInvoiceLinesLineItemIdBodyTaxAmountsType0ItemTaxRateDataTaxType": ".post_invoices_invoice_lines_line_item_id_body_tax_amounts_type_0_item_tax_rate_data_tax_type",
    "PostInvoicesInvoiceLinesLineItemIdBodyTaxAmountsType0ItemTaxabilityReason": ".post_invoices_invoice_lines_line_item_id_body_tax_amounts_type_0_item_taxability_reason",
    "PostInvoicesInvoiceLinesLineItemIdBodyTaxAmountsType1": ".post_invoices_invoice_lines_line_item_id_body_tax_amounts_type_1",
    "PostInvoicesInvoiceLinesLineItemIdBodyTaxRatesType1": ".post_invoices_invoice_lines_line_item_id_body_tax_rates_type_1",
    "PostInvoicesInvoiceMarkUncollectibleBody": ".post_invoices_invoice_mark_uncollectible_body",
    "PostInvoicesInvoicePayBody": ".post_invoices_invoice_pay_body",
    "PostInvoicesInvoicePayBodyMandateType1": ".post_invoices_invoice_pay_body_mandate_type_1",
    "PostInvoicesInvoiceRemoveLinesBody": ".post_invoices_invoice_remove_lines_body",
    "PostInvoicesInvoiceRemoveLinesBodyInvoiceMetadataType0": ".post_invoices_invoice_remove_lines_body_invoice_metadata_type_0",
    "PostInvoicesInvoiceRemoveLinesBodyInvoiceMetadataType1": ".post_invoices_invoice_remove_lines_body_invoice_metadata_type_1",
    "PostInvoicesInvoiceRemoveLinesBodyLinesItem": ".post_invoices_invoice_remove_lines_body_lines_item",
    "PostInvoicesInvoiceRemoveLinesBodyLinesItemBehavior": ".post_invoices_invoice_remove_lines_body_lines_item_behavior",
    "PostInvoicesInvoiceSendBody": ".post_invoices_invoice_send_body",
    "PostInvoicesInvoiceUpdateLinesBody": ".post_invoices_invoice_update_lines_body",
    "PostInvoicesInvoiceUpdateLinesBodyInvoiceMetadataType0": ".post_invoices_invoice_update_lines_body_invoice_metadata_type_0",
    "PostInvoicesInvoiceUpdateLinesBodyInvoiceMetadataType1": ".post_invoices_invoice_update_lines_body_invoice_metadata_type_1",
    "PostInvoicesInvoiceUpdateLinesBodyLinesItem": ".post_invoices_invoice_update_lines_body_lines_item",
    "PostInvoicesInvoiceUpdateLinesBodyLinesItemDiscountsType0Item": ".post_invoices_invoice_update_lines_body_lines_item_discounts_type_0_item",
    "PostInvoicesInvoiceUpdateLinesBodyLinesItemDiscountsType1": ".post_invoices_invoice_update_lines_body_lines_item_discounts_type_1",
    "PostInvoicesInvoiceUpdateLinesBodyLinesItemMetadataType0": ".post_invoices_invoice_update_lines_body_lines_item_metadata_type_0",
    "PostInvoicesInvoiceUpdateLinesBodyLinesItemMetadataType1": ".post_invoices_invoice_update_lines_body_lines_item_metadata_type_1",
    "PostInvoicesInvoiceUpdateLinesBodyLinesItemPeriod": ".post_invoices_invoice_update_lines_body_lines_item_period",
    "PostInvoicesInvoiceUpdateLinesBodyLinesItemPriceData": ".post_invoices_invoice_update_lines_body_lines_item_price_data",
    "PostInvoicesInvoiceUpdateLinesBodyLinesItemPriceDataProductData": ".post_invoices_invoice_update_lines_body_lines_item_price_data_product_data",
    "PostInvoicesInvoiceUpdateLinesBodyLinesItemPriceDataProductDataMetadata": ".post_invoices_invoice_update_lines_body_lines_item_price_data_product_data_metadata",
    "PostInvoicesInvoiceUpdateLinesBodyLinesItemPriceDataProductDataTaxDetails": ".post_invoices_invoice_update_lines_body_lines_item_price_data_product_data_tax_details",
    "PostInvoicesInvoiceUpdateLinesBodyLinesItemPriceDataProductDataTaxDetailsTaxCodeType1": ".post_invoices_invoice_update_lines_body_lines_item_price_data_product_data_tax_details_tax_code_type_1",
    "PostInvoicesInvoiceUpdateLinesBodyLinesItemPriceDataTaxBehavior": ".post_invoices_invoice_update_lines_body_lines_item_price_data_tax_behavior",
    "PostInvoicesInvoiceUpdateLinesBodyLinesItemPricing": ".post_invoices_invoice_update_lines_body_lines_item_pricing",
    "PostInvoicesInvoiceUpdateLinesBodyLinesItemTaxAmountsType0Item": ".post_invoices_invoice_update_lines_body_lines_item_tax_amounts_type_0_item",
    "PostInvoicesInvoiceUpdateLinesBodyLinesItemTaxAmountsType0ItemTaxRateData": ".post_invoices_invoice_update_lines_body_lines_item_tax_amounts_type_0_item_tax_rate_data",
    "PostInvoicesInvoiceUpdateLinesBodyLinesItemTaxAmountsType0ItemTaxRateDataJurisdictionLevel": ".post_invoices_invoice_update_lines_body_lines_item_tax_amounts_type_0_item_tax_rate_data_jurisdiction_level",
    "PostInvoicesInvoiceUpdateLinesBodyLinesItemTaxAmountsType0ItemTaxRateDataTaxType": ".post_invoices_invoice_update_lines_body_lines_item_tax_amounts_type_0_item_tax_rate_data_tax_type",
    "PostInvoicesInvoiceUpdateLinesBodyLinesItemTaxAmountsType0ItemTaxabilityReason": ".post_invoices_invoice_update_lines_body_lines_item_tax_amounts_type_0_item_taxability_reason",
    "PostInvoicesInvoiceUpdateLinesBodyLinesItemTaxAmountsType1": ".post_invoices_invoice_update_lines_body_lines_item_tax_amounts_type_1",
    "PostInvoicesInvoiceUpdateLinesBodyLinesItemTaxRatesType1": ".post_invoices_invoice_update_lines_body_lines_item_tax_rates_type_1",
    "PostInvoicesInvoiceVoidBody": ".post_invoices_invoice_void_body",
    "ProrationDetails": ".proration_details",
    "ProrationDetailsCreditedItems": ".proration_details_credited_items",
    "ProrationDetailsCreditedItemsInvoiceLineItemDetails": ".proration_details_credited_items_invoice_line_item_details",
    "ProrationDetailsCreditedItemsType": ".proration_details_credited_items_type",
    "SetupIntent": ".setup_intent",
    "Shipping": ".shipping",
    "StripeObject": ".stripe_object",
}


def __getattr__(name: str) -> Any:
    try:
        module = _MODULES[name]
    except KeyError:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


__all__ = (
    "Address",
    "ApiErrors",
    "ApiErrorsCode",
    "ApiErrorsType",
    "AutomaticTax",
    "AutomaticTaxDisabledReason",
    "AutomaticTaxStatus",
    "BillingBillResourceInvoiceItemParentsInvoiceItemParent",
    "BillingBillResourceInvoiceItemParentsInvoiceItemParentType",
    "BillingBillResourceInvoiceItemParentsInvoiceItemSubscriptionParent",
    "BillingBillResourceInvoicingLinesCommonCreditedItems",
    "BillingBillResourceInvoicingLinesCommonProrationDetails",
    "BillingBillResourceInvoicingLinesParentsInvoiceLineItemInvoiceItemParent",
    "BillingBillResourceInvoicingLinesParentsInvoiceLineItemParent",
    "BillingBillResourceInvoicingLinesParentsInvoiceLineItemParentType",
    "BillingBillResourceInvoicingLinesParentsInvoiceLineItemSubscriptionItemParent",
    "BillingBillResourceInvoicingParentsInvoiceParent",
    "BillingBillResourceInvoicingParentsInvoiceParentType",
    "BillingBillResourceInvoicingParentsInvoiceQuoteParent",
    "BillingBillResourceInvoicingParentsInvoiceSubscriptionParent",
    "BillingBillResourceInvoicingParentsInvoiceSubscriptionParentMetadataType0",
    "BillingBillResourceInvoicingPricingPricing",
    "BillingBillResourceInvoicingPricingPricingPriceDetails",
    "BillingBillResourceInvoicingPricingPricingType",
    "BillingBillResourceInvoicingTaxesTax",
    "BillingBillResourceInvoicingTaxesTaxRateDetails",
    "BillingBillResourceInvoicingTaxesTaxTaxabilityReason",
    "BillingBillResourceInvoicingTaxesTaxTaxBehavior",
    "BillingBillResourceInvoicingTaxesTaxType",
    "CashBalance",
    "ConnectAccountReference",
    "ConnectAccountReferenceType",
    "Coupon",
    "CouponAppliesTo",
    "CouponCurrencyOption",
    "CouponCurrencyOptionsType0",
    "CouponDuration",
    "CouponMetadataType0",
    "CouponObject",
    "Customer",
    "CustomerInvoiceCreditBalanceType0",
    "CustomerMetadataType0",
    "CustomerObject",
    "CustomerSourcesType0",
    "CustomerSourcesType0Object",
    "CustomerSubscriptionsType0",
    "CustomerSubscriptionsType0Object",
    "CustomerTax",
    "CustomerTaxAutomaticTax",
    "CustomerTaxExempt",
    "CustomerTaxIdsType0",
    "CustomerTaxIdsType0Object",
    "CustomerTaxLocation",
    "CustomerTaxLocationSource",
    "CustomerTaxProvider",
    "DeletedCustomer",
    "DeletedCustomerObject",
    "DeletedDiscount",
    "DeletedDiscountObject",
    "DeletedInvoice",
    "DeletedInvoiceItem",
    "DeletedInvoiceItemObject",
    "DeletedInvoiceObject",
    "Discount",
    "DiscountObject",
    "DiscountSource",
    "DiscountSourceType",
    "DiscountsResourceDiscountAmount",
    "Error",
    "GetCustomersCreatedType0",
    "GetCustomersResponse200",
    "GetCustomersResponse200Object",
    "GetCustomersSearchResponse200",
    "GetCustomersSearchResponse200Object",
    "GetInvoiceitemsCreatedType0",
    "GetInvoiceitemsResponse200",
    "GetInvoiceitemsResponse200Object",
    "GetInvoicesCollectionMethod",
    "GetInvoicesCreatedType0",
    "GetInvoicesDueDateType0",
    "GetInvoicesInvoiceLinesResponse200",
    "GetInvoicesInvoiceLinesResponse200Object",
    "GetInvoicesResponse200",
    "GetInvoicesResponse200Object",
    "GetInvoicesSearchResponse200",
    "GetInvoicesSearchResponse200Object",
    "GetInvoicesStatus",
    "Invoice",
    "InvoiceBillingReason",
    "InvoiceCollectionMethod",
    "InvoiceCustomerTaxExempt",
    "InvoiceItem",
    "InvoiceItemFrozenFieldsType0Item",
    "InvoiceItemInvoicingRule",
    "InvoiceItemInvoicingRuleType",
    "InvoiceItemMetadataType0",
    "InvoiceItemObject",
    "InvoiceItemThresholdReason",
    "InvoiceLineItemPeriod",
    "InvoiceLines",
    "InvoiceLinesObject",
    "InvoiceMetadataType0",
    "InvoiceObject",
    "InvoicePaymentMethodOptionsAcssDebit",
    "InvoicePaymentMethodOptionsAcssDebitMandateOptions",
    "InvoicePaymentMethodOptionsAcssDebitMandateOptionsTransactionType",
    "InvoicePaymentMethodOptionsAcssDebitVerificationMethod",
    "InvoicePaymentMethodOptionsBancontact",
    "InvoicePaymentMethodOptionsBancontactPreferredLanguage",
    "InvoicePaymentMethodOptionsCard",
    "InvoicePaymentMethodOptionsCardInstallments",
    "InvoicePaymentMethodOptionsCardRequestThreeDSecure",
    "InvoicePaymentMethodOptionsCustomerBalance",
    "InvoicePaymentMethodOptionsCustomerBalanceBankTransfer",
    "InvoicePaymentMethodOptionsCustomerBalanceBankTransferEuBankTransfer",
    "InvoicePaymentMethodOptionsCustomerBalanceBankTransferEuBankTransferCountry",
    "InvoicePaymentMethodOptionsCustomerBalanceFundingType",
    "InvoicePaymentMethodOptionsKonbini",
    "InvoicePaymentMethodOptionsUsBankAccount",
    "InvoicePaymentMethodOptionsUsBankAccountFinancialConnections",
    "InvoicePaymentMethodOptionsUsBankAccountFinancialConnectionsFilters",
    "InvoicePaymentMethodOptionsUsBankAccountFinancialConnectionsFiltersAccountSubcategoriesType0Item",
    "InvoicePaymentMethodOptionsUsBankAccountFinancialConnectionsPermissionsType0Item",
    "InvoicePaymentMethodOptionsUsBankAccountFinancialConnectionsPrefetchType0Item",
    "InvoicePaymentMethodOptionsUsBankAccountVerificationMethod",
    "InvoicePaymentsType0",
    "InvoicePaymentsType0Object",
    "InvoiceRenderingPdf",
    "InvoiceRenderingPdfPageSize",
    "InvoiceSettingCustomerRenderingOptions",
    "InvoiceSettingCustomerSetting",
    "InvoiceSettingCustomField",
    "InvoicesPaymentMethodOptions",
    "InvoicesPaymentMethodOptionsBillie",
    "InvoicesPaymentMethodOptionsBillieCompanyDetails",
    "InvoicesPaymentMethodOptionsBillieCompanyDetailsRegistrationType",
    "InvoicesPaymentMethodOptionsBlik",
    "InvoicesPaymentMethodOptionsPayto",
    "InvoicesPaymentMethodOptionsPaytoMandateOptions",
    "InvoicesPaymentMethodOptionsPaytoMandateOptionsAmountType",
    "InvoicesPaymentMethodOptionsPaytoMandateOptionsPurpose",
    "InvoicesPaymentMethodOptionsPix",
    "InvoicesPaymentMethodOptionsPixAmountIncludesIof",
    "InvoicesPaymentMethodOptionsSepaDebit",
    "InvoicesPaymentMethodOptionsUpi",
    "InvoicesPaymentMethodOptionsUpiMandateOptions",
    "InvoicesPaymentMethodOptionsUpiMandateOptionsAmountType",
    "InvoicesPaymentSettings",
    "InvoicesPaymentSettingsPaymentMethodTypesType0Item",
    "InvoicesResourceConfirmationSecret",
    "InvoicesResourceFromInvoice",
    "InvoicesResourceInvoiceRendering",
    "InvoicesResourceInvoiceTaxId",
    "InvoicesResourceInvoiceTaxIdType",
    "InvoicesResourcePretaxCreditAmount",
    "InvoicesResourcePretaxCreditAmountType",
    "InvoicesResourceShippingCost",
    "InvoicesResourceStatusDetails",
    "InvoicesResourceStatusDetailsUncollectible",
    "InvoicesResourceStatusDetailsUncollectibleReason",
    "InvoicesStatusTransitions",
    "InvoiceStatus",
    "InvoiceThresholdReason",
    "LineItem",
    "LineItemMetadata",
    "LineItemObject",
    "LineItemsTaxAmount",
    "LineItemsTaxAmountTaxabilityReason",
    "PostCustomersBody",
    "PostCustomersBodyAddressType0",
    "PostCustomersBodyAddressType1",
    "PostCustomersBodyBusinessNameType1",
    "PostCustomersBodyCashBalance",
    "PostCustomersBodyCashBalanceSettings",
    "PostCustomersBodyCashBalanceSettingsReconciliationMode",
    "PostCustomersBodyIndividualNameType1",
    "PostCustomersBodyInvoiceSettings",
    "PostCustomersBodyInvoiceSettingsCustomFieldsType0Item",
    "PostCustomersBodyInvoiceSettingsCustomFieldsType1",
    "PostCustomersBodyInvoiceSettingsRenderingOptionsType0",
    "PostCustomersBodyInvoiceSettingsRenderingOptionsType0AmountTaxDisplayType0",
    "PostCustomersBodyInvoiceSettingsRenderingOptionsType0AmountTaxDisplayType1",
    "PostCustomersBodyInvoiceSettingsRenderingOptionsType1",
    "PostCustomersBodyMetadataType0",
    "PostCustomersBodyMetadataType1",
    "PostCustomersBodyShippingType0",
    "PostCustomersBodyShippingType0Address",
    "PostCustomersBodyShippingType1",
    "PostCustomersBodyTax",
    "PostCustomersBodyTaxExemptType0",
    "PostCustomersBodyTaxExemptType1",
    "PostCustomersBodyTaxIdDataItem",
    "PostCustomersBodyTaxIdDataItemType",
    "PostCustomersBodyTaxIpAddressType1",
    "PostCustomersBodyTaxValidateLocation",
    "PostCustomersCustomerBody",
    "PostCustomersCustomerBodyAddressType0",
    "PostCustomersCustomerBodyAddressType1",
    "PostCustomersCustomerBodyBusinessNameType1",
    "PostCustomersCustomerBodyCashBalance",
    "PostCustomersCustomerBodyCashBalanceSettings",
    "PostCustomersCustomerBodyCashBalanceSettingsReconciliationMode",
    "PostCustomersCustomerBodyIndividualNameType1",
    "PostCustomersCustomerBodyInvoiceSettings",
    "PostCustomersCustomerBodyInvoiceSettingsCustomFieldsType0Item",
    "PostCustomersCustomerBodyInvoiceSettingsCustomFieldsType1",
    "PostCustomersCustomerBodyInvoiceSettingsRenderingOptionsType0",
    "PostCustomersCustomerBodyInvoiceSettingsRenderingOptionsType0AmountTaxDisplayType0",
    "PostCustomersCustomerBodyInvoiceSettingsRenderingOptionsType0AmountTaxDisplayType1",
    "PostCustomersCustomerBodyInvoiceSettingsRenderingOptionsType1",
    "PostCustomersCustomerBodyMetadataType0",
    "PostCustomersCustomerBodyMetadataType1",
    "PostCustomersCustomerBodyShippingType0",
    "PostCustomersCustomerBodyShippingType0Address",
    "PostCustomersCustomerBodyShippingType1",
    "PostCustomersCustomerBodyTax",
    "PostCustomersCustomerBodyTaxExemptType0",
    "PostCustomersCustomerBodyTaxExemptType1",
    "PostCustomersCustomerBodyTaxIpAddressType1",
    "PostCustomersCustomerBodyTaxValidateLocation",
    "PostInvoiceitemsBody",
    "PostInvoiceitemsBodyDiscountsType0Item",
    "PostInvoiceitemsBodyDiscountsType1",
    "PostInvoiceitemsBodyMetadataType0",
    "PostInvoiceitemsBodyMetadataType1",
    "PostInvoiceitemsBodyPeriod",
    "PostInvoiceitemsBodyPriceData",
    "PostInvoiceitemsBodyPriceDataTaxBehavior",
    "PostInvoiceitemsBodyPricing",
    "PostInvoiceitemsBodyTaxBehavior",
    "PostInvoiceitemsBodyTaxCodeType1",
    "PostInvoiceitemsInvoiceitemBody",
    "PostInvoiceitemsInvoiceitemBodyDiscountsType0Item",
    "PostInvoiceitemsInvoiceitemBodyDiscountsType1",
    "PostInvoiceitemsInvoiceitemBodyInvoicingRules",
    "PostInvoiceitemsInvoiceitemBodyMetadataType0",
    "PostInvoiceitemsInvoiceitemBodyMetadataType1",
    "PostInvoiceitemsInvoiceitemBodyPeriod",
    "PostInvoiceitemsInvoiceitemBodyPriceData",
    "PostInvoiceitemsInvoiceitemBodyPriceDataTaxBehavior",
    "PostInvoiceitemsInvoiceitemBodyPricing",
    "PostInvoiceitemsInvoiceitemBodyTaxBehavior",
    "PostInvoiceitemsInvoiceitemBodyTaxCodeType1",
    "PostInvoiceitemsInvoiceitemBodyTaxRatesType1",
    "PostInvoicesBody",
    "PostInvoicesBodyAccountTaxIdsType1",
    "PostInvoicesBodyAutomaticTax",
    "PostInvoicesBodyAutomaticTaxLiability",
    "PostInvoicesBodyAutomaticTaxLiabilityType",
    "PostInvoicesBodyCollectionMethod",
    "PostInvoicesBodyCustomFieldsType0Item",
    "PostInvoicesBodyCustomFieldsType1",
    "PostInvoicesBodyDiscountsType0Item",
    "PostInvoicesBodyDiscountsType1",
    "PostInvoicesBodyFromInvoice",
    "PostInvoicesBodyFromInvoiceAction",
    "PostInvoicesBodyIssuer",
    "PostInvoicesBodyIssuerType",
    "PostInvoicesBodyMetadataType0",
    "PostInvoicesBodyMetadataType1",
    "PostInvoicesBodyPaymentSettings",
    "PostInvoicesBodyPaymentSettingsDefaultMandateType1",
    "PostInvoicesBodyPaymentSettingsPaymentMethodOptions",
    "PostInvoicesBodyPaymentSettingsPaymentMethodOptionsAcssDebitType0",
    "PostInvoicesBodyPaymentSettingsPaymentMethodOptionsAcssDebitType0MandateOptions",
    "PostInvoicesBodyPaymentSettingsPaymentMethodOptionsAcssDebitType0MandateOptionsTransactionType",
    "PostInvoicesBodyPaymentSettingsPaymentMethodOptionsAcssDebitType0VerificationMethod",
    "PostInvoicesBodyPaymentSettingsPaymentMethodOptionsAcssDebitType1",
    "PostInvoicesBodyPaymentSettingsPaymentMethodOptionsBancontactType0",
    "PostInvoicesBodyPaymentSettingsPaymentMethodOptionsBancontactType0PreferredLanguage",
    "PostInvoicesBodyPaymentSettingsPaymentMethodOptionsBancontactType1",
    "PostInvoicesBodyPaymentSettingsPaymentMethodOptionsBillieType0",
    "PostInvoicesBodyPaymentSettingsPaymentMethodOptionsBillieType0CompanyDetailsType0",
    "PostInvoicesBodyPaymentSettingsPaymentMethodOptionsBillieType0CompanyDetailsType0RegisteredAddressType0",
    "PostInvoicesBodyPaymentSettingsPaymentMethodOptionsBillieType0CompanyDetailsType0RegisteredAddressType1",
    "PostInvoicesBodyPaymentSettingsPaymentMethodOptionsBillieType0CompanyDetailsType0RegistrationTypeType0",
    "PostInvoicesBodyPaymentSettingsPaymentMethodOptionsBillieType0CompanyDetailsType0RegistrationTypeType1",
    "PostInvoicesBodyPaymentSettingsPaymentMethodOptionsBillieType0CompanyDetailsType1",
    "PostInvoicesBodyPaymentSettingsPaymentMethodOptionsBillieType1",
    "PostInvoicesBodyPaymentSettingsPaymentMethodOptionsBlikType0",
    "PostInvoicesBodyPaymentSettingsPaymentMethodOptionsBlikType1",
    "PostInvoicesBodyPaymentSettingsPaymentMethodOptionsCardType0",
    "PostInvoicesBodyPaymentSettingsPaymentMethodOptionsCardType0Installments",
    "PostInvoicesBodyPaymentSettingsPaymentMethodOptionsCardType0InstallmentsPlanType0",
    "PostInvoicesBodyPaymentSettingsPaymentMethodOptionsCardType0InstallmentsPlanType0Interval",
    "PostInvoicesBodyPaymentSettingsPaymentMethodOptionsCardType0InstallmentsPlanType0Type",
    "PostInvoicesBodyPaymentSettingsPaymentMethodOptionsCardType0InstallmentsPlanType1",
    "PostInvoicesBodyPaymentSettingsPaymentMethodOptionsCardType0RequestThreeDSecure",
    "PostInvoicesBodyPaymentSettingsPaymentMethodOptionsCardType1",
    "PostInvoicesBodyPaymentSettingsPaymentMethodOptionsCustomerBalanceType0",
    "PostInvoicesBodyPaymentSettingsPaymentMethodOptionsCustomerBalanceType0BankTransfer",
    "PostInvoicesBodyPaymentSettingsPaymentMethodOptionsCustomerBalanceType0BankTransferEuBankTransfer",
    "PostInvoicesBodyPaymentSettingsPaymentMethodOptionsCustomerBalanceType1",
    "PostInvoicesBodyPaymentSettingsPaymentMethodOptionsKonbiniType0",
    "PostInvoicesBodyPaymentSettingsPaymentMethodOptionsKonbiniType1",
    "PostInvoicesBodyPaymentSettingsPaymentMethodOptionsPaytoType0",
    "PostInvoicesBodyPaymentSettingsPaymentMethodOptionsPaytoType0MandateOptions",
    "PostInvoicesBodyPaymentSettingsPaymentMethodOptionsPaytoType0MandateOptionsPurpose",
    "PostInvoicesBodyPaymentSettingsPaymentMethodOptionsPaytoType1",
    "PostInvoicesBodyPaymentSettingsPaymentMethodOptionsPixType0",
    "PostInvoicesBodyPaymentSettingsPaymentMethodOptionsPixType0AmountIncludesIof",
    "PostInvoicesBodyPaymentSettingsPaymentMethodOptionsPixType1",
    "PostInvoicesBodyPaymentSettingsPaymentMethodOptionsSepaDebitType0",
    "PostInvoicesBodyPaymentSettingsPaymentMethodOptionsSepaDebitType1",
    "PostInvoicesBodyPaymentSettingsPaymentMethodOptionsUpiType0",
    "PostInvoicesBodyPaymentSettingsPaymentMethodOptionsUpiType0MandateOptions",
    "PostInvoicesBodyPaymentSettingsPaymentMethodOptionsUpiType0MandateOptionsAmountType",
    "PostInvoicesBodyPaymentSettingsPaymentMethodOptionsUpiType1",
    "PostInvoicesBodyPaymentSettingsPaymentMethodOptionsUsBankAccountType0",
    "PostInvoicesBodyPaymentSettingsPaymentMethodOptionsUsBankAccountType0FinancialConnections",
    "PostInvoicesBodyPaymentSettingsPaymentMethodOptionsUsBankAccountType0FinancialConnectionsFilters",
    "PostInvoicesBodyPaymentSettingsPaymentMethodOptionsUsBankAccountType0FinancialConnectionsFiltersAccountSubcategoriesItem",
    "PostInvoicesBodyPaymentSettingsPaymentMethodOptionsUsBankAccountType0FinancialConnectionsPermissionsItem",
    "PostInvoicesBodyPaymentSettingsPaymentMethodOptionsUsBankAccountType0FinancialConnectionsPrefetchItem",
    "PostInvoicesBodyPaymentSettingsPaymentMethodOptionsUsBankAccountType0VerificationMethod",
    "PostInvoicesBodyPaymentSettingsPaymentMethodOptionsUsBankAccountType1",
    "PostInvoicesBodyPaymentSettingsPaymentMethodTypesType0Item",
    "PostInvoicesBodyPaymentSettingsPaymentMethodTypesType1",
    "PostInvoicesBodyPendingInvoiceItemsBehavior",
    "PostInvoicesBodyRendering",
    "PostInvoicesBodyRenderingAmountTaxDisplayType0",
    "PostInvoicesBodyRenderingAmountTaxDisplayType1",
    "PostInvoicesBodyRenderingPdf",
    "PostInvoicesBodyRenderingPdfPageSize",
    "PostInvoicesBodyRenderingTemplateVersionType1",
    "PostInvoicesBodyShippingCost",
    "PostInvoicesBodyShippingCostShippingRateData",
    "PostInvoicesBodyShippingCostShippingRateDataDeliveryEstimate",
    "PostInvoicesBodyShippingCostShippingRateDataDeliveryEstimateMaximum",
    "PostInvoicesBodyShippingCostShippingRateDataDeliveryEstimateMaximumUnit",
    "PostInvoicesBodyShippingCostShippingRateDataDeliveryEstimateMinimum",
    "PostInvoicesBodyShippingCostShippingRateDataDeliveryEstimateMinimumUnit",
    "PostInvoicesBodyShippingCostShippingRateDataFixedAmount",
    "PostInvoicesBodyShippingCostShippingRateDataFixedAmountCurrencyOptions",
    "PostInvoicesBodyShippingCostShippingRateDataFixedAmountCurrencyOptionsAdditionalProperty",
    "PostInvoicesBodyShippingCostShippingRateDataFixedAmountCurrencyOptionsAdditionalPropertyTaxBehavior",
    "PostInvoicesBodyShippingCostShippingRateDataMetadata",
    "PostInvoicesBodyShippingCostShippingRateDataTaxBehavior",
    "PostInvoicesBodyShippingCostShippingRateDataType",
    "PostInvoicesBodyShippingDetails",
    "PostInvoicesBodyShippingDetailsAddress",
    "PostInvoicesBodyShippingDetailsPhoneType1",
    "PostInvoicesBodyTransferData",
    "PostInvoicesCreatePreviewBody",
    "PostInvoicesCreatePreviewBodyAutomaticTax",
    "PostInvoicesCreatePreviewBodyAutomaticTaxLiability",
    "PostInvoicesCreatePreviewBodyAutomaticTaxLiabilityType",
    "PostInvoicesCreatePreviewBodyCustomerDetails",
    "PostInvoicesCreatePreviewBodyCustomerDetailsAddressType0",
    "PostInvoicesCreatePreviewBodyCustomerDetailsAddressType1",
    "PostInvoicesCreatePreviewBodyCustomerDetailsShippingType0",
    "PostInvoicesCreatePreviewBodyCustomerDetailsShippingType0Address",
    "PostInvoicesCreatePreviewBodyCustomerDetailsShippingType1",
    "PostInvoicesCreatePreviewBodyCustomerDetailsTax",
    "PostInvoicesCreatePreviewBodyCustomerDetailsTaxExemptType0",
    "PostInvoicesCreatePreviewBodyCustomerDetailsTaxExemptType1",
    "PostInvoicesCreatePreviewBodyCustomerDetailsTaxIdsItem",
    "PostInvoicesCreatePreviewBodyCustomerDetailsTaxIdsItemType",
    "PostInvoicesCreatePreviewBodyCustomerDetailsTaxIpAddressType1",
    "PostInvoicesCreatePreviewBodyDiscountsType0Item",
    "PostInvoicesCreatePreviewBodyDiscountsType1",
    "PostInvoicesCreatePreviewBodyInvoiceItemsItem",
    "PostInvoicesCreatePreviewBodyInvoiceItemsItemDiscountsType0Item",
    "PostInvoicesCreatePreviewBodyInvoiceItemsItemDiscountsType1",
    "PostInvoicesCreatePreviewBodyInvoiceItemsItemMetadataType0",
    "PostInvoicesCreatePreviewBodyInvoiceItemsItemMetadataType1",
    "PostInvoicesCreatePreviewBodyInvoiceItemsItemPeriod",
    "PostInvoicesCreatePreviewBodyInvoiceItemsItemPriceData",
    "PostInvoicesCreatePreviewBodyInvoiceItemsItemPriceDataTaxBehavior",
    "PostInvoicesCreatePreviewBodyInvoiceItemsItemTaxBehavior",
    "PostInvoicesCreatePreviewBodyInvoiceItemsItemTaxCodeType1",
    "PostInvoicesCreatePreviewBodyInvoiceItemsItemTaxRatesType1",
    "PostInvoicesCreatePreviewBodyIssuer",
    "PostInvoicesCreatePreviewBodyIssuerType",
    "PostInvoicesCreatePreviewBodyOnBehalfOfType1",
    "PostInvoicesCreatePreviewBodyPreviewMode",
    "PostInvoicesCreatePreviewBodyScheduleDetails",
    "PostInvoicesCreatePreviewBodyScheduleDetailsBillingMode",
    "PostInvoicesCreatePreviewBodyScheduleDetailsBillingModeFlexible",
    "PostInvoicesCreatePreviewBodyScheduleDetailsBillingModeFlexibleProrationDiscounts",
    "PostInvoicesCreatePreviewBodyScheduleDetailsBillingModeType",
    "PostInvoicesCreatePreviewBodyScheduleDetailsEndBehavior",
    "PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0Item",
    "PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemPause",
    "PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemPausePauseAt",
    "PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemPausePauseAtType",
    "PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemPauseSettings",
    "PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemPauseSettingsBillFor",
    "PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemPauseSettingsBillForOutstandingUsageThrough",
    "PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemPauseSettingsBillForOutstandingUsageThroughType",
    "PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemPauseSettingsBillForUnusedTimeFrom",
    "PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemPauseSettingsBillForUnusedTimeFromType",
    "PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemPauseSettingsInvoicingBehavior",
    "PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemPauseSettingsType",
    "PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemResumeType0",
    "PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemResumeType0ResumeAt",
    "PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemResumeType0ResumeAtDuration",
    "PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemResumeType0ResumeAtDurationInterval",
    "PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemResumeType0ResumeAtType",
    "PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemResumeType0Settings",
    "PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemResumeType0SettingsBillingCycleAnchor",
    "PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemResumeType0SettingsPaymentBehavior",
    "PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemResumeType0SettingsProrationBehavior",
    "PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemResumeType1",
    "PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType1",
    "PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItem",
    "PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemAddInvoiceItemsItem",
    "PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemAddInvoiceItemsItemDiscountsItem",
    "PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemAddInvoiceItemsItemMetadata",
    "PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemAddInvoiceItemsItemPeriod",
    "PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemAddInvoiceItemsItemPeriodEnd",
    "PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemAddInvoiceItemsItemPeriodEndType",
    "PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemAddInvoiceItemsItemPeriodStart",
    "PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemAddInvoiceItemsItemPeriodStartType",
    "PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemAddInvoiceItemsItemPriceData",
    "PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemAddInvoiceItemsItemPriceDataTaxBehavior",
    "PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemAddInvoiceItemsItemTaxRatesType1",
    "PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemAutomaticTax",
    "PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemAutomaticTaxLiability",
    "PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemAutomaticTaxLiabilityType",
    "PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemBillingCycleAnchor",
    "PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemBillingThresholdsType0",
    "PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemBillingThresholdsType1",
    "PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemCollectionMethod",
    "PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemDefaultTaxRatesType1",
    "PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemDescriptionType1",
    "PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemDiscountsType0Item",
    "PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemDiscountsType1",
    "PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemDuration",
    "PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemDurationInterval",
    "PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemEndDateType1",
    "PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemInvoiceSettings",
    "PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemInvoiceSettingsAccountTaxIdsType1",
    "PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemInvoiceSettingsIssuer",
    "PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemInvoiceSettingsIssuerType",
    "PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemItemsItem",
    "PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemItemsItemBillingThresholdsType0",
    "PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemItemsItemBillingThresholdsType1",
    "PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemItemsItemDiscountsType0Item",
    "PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemItemsItemDiscountsType1",
    "PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemItemsItemMetadata",
    "PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemItemsItemPriceData",
    "PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemItemsItemPriceDataRecurring",
    "PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemItemsItemPriceDataRecurringInterval",
    "PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemItemsItemPriceDataTaxBehavior",
    "PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemItemsItemTaxRatesType1",
    "PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemMetadata",
    "PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemProrationBehavior",
    "PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemStartDateType1",
    "PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemTransferData",
    "PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemTrialEndType1",
    "PostInvoicesCreatePreviewBodyScheduleDetailsProrationBehavior",
    "PostInvoicesCreatePreviewBodySubscriptionDetails",
    "PostInvoicesCreatePreviewBodySubscriptionDetailsBillingCycleAnchor",
    "PostInvoicesCreatePreviewBodySubscriptionDetailsBillingCycleAnchorType",
    "PostInvoicesCreatePreviewBodySubscriptionDetailsBillingMode",
    "PostInvoicesCreatePreviewBodySubscriptionDetailsBillingModeFlexible",
    "PostInvoicesCreatePreviewBodySubscriptionDetailsBillingModeFlexibleProrationDiscounts",
    "PostInvoicesCreatePreviewBodySubscriptionDetailsBillingModeType",
    "PostInvoicesCreatePreviewBodySubscriptionDetailsBillingSchedulesType0Item",
    "PostInvoicesCreatePreviewBodySubscriptionDetailsBillingSchedulesType0ItemAppliesToItem",
    "PostInvoicesCreatePreviewBodySubscriptionDetailsBillingSchedulesType0ItemAppliesToItemType",
    "PostInvoicesCreatePreviewBodySubscriptionDetailsBillingSchedulesType0ItemBillUntil",
    "PostInvoicesCreatePreviewBodySubscriptionDetailsBillingSchedulesType0ItemBillUntilDuration",
    "PostInvoicesCreatePreviewBodySubscriptionDetailsBillingSchedulesType0ItemBillUntilDurationInterval",
    "PostInvoicesCreatePreviewBodySubscriptionDetailsBillingSchedulesType0ItemBillUntilType",
    "PostInvoicesCreatePreviewBodySubscriptionDetailsBillingSchedulesType1",
    "PostInvoicesCreatePreviewBodySubscriptionDetailsCancelAtType1",
    "PostInvoicesCreatePreviewBodySubscriptionDetailsCancelAtType2",
    "PostInvoicesCreatePreviewBodySubscriptionDetailsDefaultTaxRatesType1",
    "PostInvoicesCreatePreviewBodySubscriptionDetailsItemsItem",
    "PostInvoicesCreatePreviewBodySubscriptionDetailsItemsItemBillingThresholdsType0",
    "PostInvoicesCreatePreviewBodySubscriptionDetailsItemsItemBillingThresholdsType1",
    "PostInvoicesCreatePreviewBodySubscriptionDetailsItemsItemCurrentTrial",
    "PostInvoicesCreatePreviewBodySubscriptionDetailsItemsItemDiscountsType0Item",
    "PostInvoicesCreatePreviewBodySubscriptionDetailsItemsItemDiscountsType1",
    "PostInvoicesCreatePreviewBodySubscriptionDetailsItemsItemMetadataType0",
    "PostInvoicesCreatePreviewBodySubscriptionDetailsItemsItemMetadataType1",
    "PostInvoicesCreatePreviewBodySubscriptionDetailsItemsItemPriceData",
    "PostInvoicesCreatePreviewBodySubscriptionDetailsItemsItemPriceDataRecurring",
    "PostInvoicesCreatePreviewBodySubscriptionDetailsItemsItemPriceDataRecurringInterval",
    "PostInvoicesCreatePreviewBodySubscriptionDetailsItemsItemPriceDataTaxBehavior",
    "PostInvoicesCreatePreviewBodySubscriptionDetailsItemsItemTaxRatesType1",
    "PostInvoicesCreatePreviewBodySubscriptionDetailsMetadataType0",
    "PostInvoicesCreatePreviewBodySubscriptionDetailsMetadataType1",
    "PostInvoicesCreatePreviewBodySubscriptionDetailsPause",
    "PostInvoicesCreatePreviewBodySubscriptionDetailsPauseBillFor",
    "PostInvoicesCreatePreviewBodySubscriptionDetailsPauseBillForOutstandingUsageThrough",
    "PostInvoicesCreatePreviewBodySubscriptionDetailsPauseBillForOutstandingUsageThroughType",
    "PostInvoicesCreatePreviewBodySubscriptionDetailsPauseBillForUnusedTimeFrom",
    "PostInvoicesCreatePreviewBodySubscriptionDetailsPauseBillForUnusedTimeFromType",
    "PostInvoicesCreatePreviewBodySubscriptionDetailsPauseInvoicingBehavior",
    "PostInvoicesCreatePreviewBodySubscriptionDetailsPauseType",
    "PostInvoicesCreatePreviewBodySubscriptionDetailsProrationBehavior",
    "PostInvoicesCreatePreviewBodySubscriptionDetailsResumeAt",
    "PostInvoicesCreatePreviewBodySubscriptionDetailsTrialEndType1",
    "PostInvoicesInvoiceAddLinesBody",
    "PostInvoicesInvoiceAddLinesBodyInvoiceMetadataType0",
    "PostInvoicesInvoiceAddLinesBodyInvoiceMetadataType1",
    "PostInvoicesInvoiceAddLinesBodyLinesItem",
    "PostInvoicesInvoiceAddLinesBodyLinesItemDiscountsType0Item",
    "PostInvoicesInvoiceAddLinesBodyLinesItemDiscountsType1",
    "PostInvoicesInvoiceAddLinesBodyLinesItemMetadataType0",
    "PostInvoicesInvoiceAddLinesBodyLinesItemMetadataType1",
    "PostInvoicesInvoiceAddLinesBodyLinesItemPeriod",
    "PostInvoicesInvoiceAddLinesBodyLinesItemPriceData",
    "PostInvoicesInvoiceAddLinesBodyLinesItemPriceDataProductData",
    "PostInvoicesInvoiceAddLinesBodyLinesItemPriceDataProductDataMetadata",
    "PostInvoicesInvoiceAddLinesBodyLinesItemPriceDataProductDataTaxDetails",
    "PostInvoicesInvoiceAddLinesBodyLinesItemPriceDataProductDataTaxDetailsTaxCodeType1",
    "PostInvoicesInvoiceAddLinesBodyLinesItemPriceDataTaxBehavior",
    "PostInvoicesInvoiceAddLinesBodyLinesItemPricing",
    "PostInvoicesInvoiceAddLinesBodyLinesItemTaxAmountsType0Item",
    "PostInvoicesInvoiceAddLinesBodyLinesItemTaxAmountsType0ItemTaxabilityReason",
    "PostInvoicesInvoiceAddLinesBodyLinesItemTaxAmountsType0ItemTaxRateData",
    "PostInvoicesInvoiceAddLinesBodyLinesItemTaxAmountsType0ItemTaxRateDataJurisdictionLevel",
    "PostInvoicesInvoiceAddLinesBodyLinesItemTaxAmountsType0ItemTaxRateDataTaxType",
    "PostInvoicesInvoiceAddLinesBodyLinesItemTaxAmountsType1",
    "PostInvoicesInvoiceAddLinesBodyLinesItemTaxRatesType1",
    "PostInvoicesInvoiceBody",
    "PostInvoicesInvoiceBodyAccountTaxIdsType1",
    "PostInvoicesInvoiceBodyAutomaticTax",
    "PostInvoicesInvoiceBodyAutomaticTaxLiability",
    "PostInvoicesInvoiceBodyAutomaticTaxLiabilityType",
    "PostInvoicesInvoiceBodyCollectionMethod",
    "PostInvoicesInvoiceBodyCustomFieldsType0Item",
    "PostInvoicesInvoiceBodyCustomFieldsType1",
    "PostInvoicesInvoiceBodyDefaultSourceType1",
    "PostInvoicesInvoiceBodyDefaultTaxRatesType1",
    "PostInvoicesInvoiceBodyDiscountsType0Item",
    "PostInvoicesInvoiceBodyDiscountsType1",
    "PostInvoicesInvoiceBodyEffectiveAtType1",
    "PostInvoicesInvoiceBodyIssuer",
    "PostInvoicesInvoiceBodyIssuerType",
    "PostInvoicesInvoiceBodyMetadataType0",
    "PostInvoicesInvoiceBodyMetadataType1",
    "PostInvoicesInvoiceBodyNumberType1",
    "PostInvoicesInvoiceBodyOnBehalfOfType1",
    "PostInvoicesInvoiceBodyPaymentSettings",
    "PostInvoicesInvoiceBodyPaymentSettingsDefaultMandateType1",
    "PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptions",
    "PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsAcssDebitType0",
    "PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsAcssDebitType0MandateOptions",
    "PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsAcssDebitType0MandateOptionsTransactionType",
    "PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsAcssDebitType0VerificationMethod",
    "PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsAcssDebitType1",
    "PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsBancontactType0",
    "PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsBancontactType0PreferredLanguage",
    "PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsBancontactType1",
    "PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsBillieType0",
    "PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsBillieType0CompanyDetailsType0",
    "PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsBillieType0CompanyDetailsType0RegisteredAddressType0",
    "PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsBillieType0CompanyDetailsType0RegisteredAddressType1",
    "PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsBillieType0CompanyDetailsType0RegistrationTypeType0",
    "PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsBillieType0CompanyDetailsType0RegistrationTypeType1",
    "PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsBillieType0CompanyDetailsType1",
    "PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsBillieType1",
    "PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsBlikType0",
    "PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsBlikType1",
    "PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsCardType0",
    "PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsCardType0Installments",
    "PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsCardType0InstallmentsPlanType0",
    "PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsCardType0InstallmentsPlanType0Interval",
    "PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsCardType0InstallmentsPlanType0Type",
    "PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsCardType0InstallmentsPlanType1",
    "PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsCardType0RequestThreeDSecure",
    "PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsCardType1",
    "PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsCustomerBalanceType0",
    "PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsCustomerBalanceType0BankTransfer",
    "PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsCustomerBalanceType0BankTransferEuBankTransfer",
    "PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsCustomerBalanceType1",
    "PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsKonbiniType0",
    "PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsKonbiniType1",
    "PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsPaytoType0",
    "PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsPaytoType0MandateOptions",
    "PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsPaytoType0MandateOptionsPurpose",
    "PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsPaytoType1",
    "PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsPixType0",
    "PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsPixType0AmountIncludesIof",
    "PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsPixType1",
    "PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsSepaDebitType0",
    "PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsSepaDebitType1",
    "PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsUpiType0",
    "PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsUpiType0MandateOptions",
    "PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsUpiType0MandateOptionsAmountType",
    "PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsUpiType1",
    "PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsUsBankAccountType0",
    "PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsUsBankAccountType0FinancialConnections",
    "PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsUsBankAccountType0FinancialConnectionsFilters",
    "PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsUsBankAccountType0FinancialConnectionsFiltersAccountSubcategoriesItem",
    "PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsUsBankAccountType0FinancialConnectionsPermissionsItem",
    "PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsUsBankAccountType0FinancialConnectionsPrefetchItem",
    "PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsUsBankAccountType0VerificationMethod",
    "PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsUsBankAccountType1",
    "PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodTypesType0Item",
    "PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodTypesType1",
    "PostInvoicesInvoiceBodyRendering",
    "PostInvoicesInvoiceBodyRenderingAmountTaxDisplayType0",
    "PostInvoicesInvoiceBodyRenderingAmountTaxDisplayType1",
    "PostInvoicesInvoiceBodyRenderingPdf",
    "PostInvoicesInvoiceBodyRenderingPdfPageSize",
    "PostInvoicesInvoiceBodyRenderingTemplateVersionType1",
    "PostInvoicesInvoiceBodyShippingCostType0",
    "PostInvoicesInvoiceBodyShippingCostType0ShippingRateData",
    "PostInvoicesInvoiceBodyShippingCostType0ShippingRateDataDeliveryEstimate",
    "PostInvoicesInvoiceBodyShippingCostType0ShippingRateDataDeliveryEstimateMaximum",
    "PostInvoicesInvoiceBodyShippingCostType0ShippingRateDataDeliveryEstimateMaximumUnit",
    "PostInvoicesInvoiceBodyShippingCostType0ShippingRateDataDeliveryEstimateMinimum",
    "PostInvoicesInvoiceBodyShippingCostType0ShippingRateDataDeliveryEstimateMinimumUnit",
    "PostInvoicesInvoiceBodyShippingCostType0ShippingRateDataFixedAmount",
    "PostInvoicesInvoiceBodyShippingCostType0ShippingRateDataFixedAmountCurrencyOptions",
    "PostInvoicesInvoiceBodyShippingCostType0ShippingRateDataFixedAmountCurrencyOptionsAdditionalProperty",
    "PostInvoicesInvoiceBodyShippingCostType0ShippingRateDataFixedAmountCurrencyOptionsAdditionalPropertyTaxBehavior",
    "PostInvoicesInvoiceBodyShippingCostType0ShippingRateDataMetadata",
    "PostInvoicesInvoiceBodyShippingCostType0ShippingRateDataTaxBehavior",
    "PostInvoicesInvoiceBodyShippingCostType0ShippingRateDataType",
    "PostInvoicesInvoiceBodyShippingCostType1",
    "PostInvoicesInvoiceBodyShippingDetailsType0",
    "PostInvoicesInvoiceBodyShippingDetailsType0Address",
    "PostInvoicesInvoiceBodyShippingDetailsType0PhoneType1",
    "PostInvoicesInvoiceBodyShippingDetailsType1",
    "PostInvoicesInvoiceBodyTransferDataType0",
    "PostInvoicesInvoiceBodyTransferDataType1",
    "PostInvoicesInvoiceFinalizeBody",
    "PostInvoicesInvoiceLinesLineItemIdBody",
    "PostInvoicesInvoiceLinesLineItemIdBodyDiscountsType0Item",
    "PostInvoicesInvoiceLinesLineItemIdBodyDiscountsType1",
    "PostInvoicesInvoiceLinesLineItemIdBodyMetadataType0",
    "PostInvoicesInvoiceLinesLineItemIdBodyMetadataType1",
    "PostInvoicesInvoiceLinesLineItemIdBodyPeriod",
    "PostInvoicesInvoiceLinesLineItemIdBodyPriceData",
    "PostInvoicesInvoiceLinesLineItemIdBodyPriceDataProductData",
    "PostInvoicesInvoiceLinesLineItemIdBodyPriceDataProductDataMetadata",
    "PostInvoicesInvoiceLinesLineItemIdBodyPriceDataProductDataTaxDetails",
    "PostInvoicesInvoiceLinesLineItemIdBodyPriceDataProductDataTaxDetailsTaxCodeType1",
    "PostInvoicesInvoiceLinesLineItemIdBodyPriceDataTaxBehavior",
    "PostInvoicesInvoiceLinesLineItemIdBodyPricing",
    "PostInvoicesInvoiceLinesLineItemIdBodyTaxAmountsType0Item",
    "PostInvoicesInvoiceLinesLineItemIdBodyTaxAmountsType0ItemTaxabilityReason",
    "PostInvoicesInvoiceLinesLineItemIdBodyTaxAmountsType0ItemTaxRateData",
    "PostInvoicesInvoiceLinesLineItemIdBodyTaxAmountsType0ItemTaxRateDataJurisdictionLevel",
    "PostInvoicesInvoiceLinesLineItemIdBodyTaxAmountsType0ItemTaxRateDataTaxType",
    "PostInvoicesInvoiceLinesLineItemIdBodyTaxAmountsType1",
    "PostInvoicesInvoiceLinesLineItemIdBodyTaxRatesType1",
    "PostInvoicesInvoiceMarkUncollectibleBody",
    "PostInvoicesInvoicePayBody",
    "PostInvoicesInvoicePayBodyMandateType1",
    "PostInvoicesInvoiceRemoveLinesBody",
    "PostInvoicesInvoiceRemoveLinesBodyInvoiceMetadataType0",
    "PostInvoicesInvoiceRemoveLinesBodyInvoiceMetadataType1",
    "PostInvoicesInvoiceRemoveLinesBodyLinesItem",
    "PostInvoicesInvoiceRemoveLinesBodyLinesItemBehavior",
    "PostInvoicesInvoiceSendBody",
    "PostInvoicesInvoiceUpdateLinesBody",
    "PostInvoicesInvoiceUpdateLinesBodyInvoiceMetadataType0",
    "PostInvoicesInvoiceUpdateLinesBodyInvoiceMetadataType1",
    "PostInvoicesInvoiceUpdateLinesBodyLinesItem",
    "PostInvoicesInvoiceUpdateLinesBodyLinesItemDiscountsType0Item",
    "PostInvoicesInvoiceUpdateLinesBodyLinesItemDiscountsType1",
    "PostInvoicesInvoiceUpdateLinesBodyLinesItemMetadataType0",
    "PostInvoicesInvoiceUpdateLinesBodyLinesItemMetadataType1",
    "PostInvoicesInvoiceUpdateLinesBodyLinesItemPeriod",
    "PostInvoicesInvoiceUpdateLinesBodyLinesItemPriceData",
    "PostInvoicesInvoiceUpdateLinesBodyLinesItemPriceDataProductData",
    "PostInvoicesInvoiceUpdateLinesBodyLinesItemPriceDataProductDataMetadata",
    "PostInvoicesInvoiceUpdateLinesBodyLinesItemPriceDataProductDataTaxDetails",
    "PostInvoicesInvoiceUpdateLinesBodyLinesItemPriceDataProductDataTaxDetailsTaxCodeType1",
    "PostInvoicesInvoiceUpdateLinesBodyLinesItemPriceDataTaxBehavior",
    "PostInvoicesInvoiceUpdateLinesBodyLinesItemPricing",
    "PostInvoicesInvoiceUpdateLinesBodyLinesItemTaxAmountsType0Item",
    "PostInvoicesInvoiceUpdateLinesBodyLinesItemTaxAmountsType0ItemTaxabilityReason",
    "PostInvoicesInvoiceUpdateLinesBodyLinesItemTaxAmountsType0ItemTaxRateData",
    "PostInvoicesInvoiceUpdateLinesBodyLinesItemTaxAmountsType0ItemTaxRateDataJurisdictionLevel",
    "PostInvoicesInvoiceUpdateLinesBodyLinesItemTaxAmountsType0ItemTaxRateDataTaxType",
    "PostInvoicesInvoiceUpdateLinesBodyLinesItemTaxAmountsType1",
    "PostInvoicesInvoiceUpdateLinesBodyLinesItemTaxRatesType1",
    "PostInvoicesInvoiceVoidBody",
    "ProrationDetails",
    "ProrationDetailsCreditedItems",
    "ProrationDetailsCreditedItemsInvoiceLineItemDetails",
    "ProrationDetailsCreditedItemsType",
    "SetupIntent",
    "Shipping",
    "StripeObject",
)
