"""PostInvoicesInvoiceBodyShippingCostType0ShippingRateDataFixedAmountCurrencyOptions: a mapping, kept as a plain dict."""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeAlias

if TYPE_CHECKING:
    from ..models.post_invoices_invoice_body_shipping_cost_type_0_shipping_rate_data_fixed_amount_currency_options_additional_property import (
        PostInvoicesInvoiceBodyShippingCostType0ShippingRateDataFixedAmountCurrencyOptionsAdditionalProperty,
    )

    pass

PostInvoicesInvoiceBodyShippingCostType0ShippingRateDataFixedAmountCurrencyOptions: TypeAlias = "dict[str, PostInvoicesInvoiceBodyShippingCostType0ShippingRateDataFixedAmountCurrencyOptionsAdditionalProperty]"
