"""PostInvoicesBodyShippingCostShippingRateDataFixedAmountCurrencyOptions: a mapping, kept as a plain dict."""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeAlias

if TYPE_CHECKING:
    from ..models.post_invoices_body_shipping_cost_shipping_rate_data_fixed_amount_currency_options_additional_property import (
        PostInvoicesBodyShippingCostShippingRateDataFixedAmountCurrencyOptionsAdditionalProperty,
    )

    pass

PostInvoicesBodyShippingCostShippingRateDataFixedAmountCurrencyOptions: TypeAlias = "dict[str, PostInvoicesBodyShippingCostShippingRateDataFixedAmountCurrencyOptionsAdditionalProperty]"
