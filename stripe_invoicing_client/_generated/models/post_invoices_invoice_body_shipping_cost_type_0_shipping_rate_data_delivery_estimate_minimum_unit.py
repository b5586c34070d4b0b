from typing import Literal

PostInvoicesInvoiceBodyShippingCostType0ShippingRateDataDeliveryEstimateMinimumUnit = Literal[
    "business_day", "day", "hour", "month", "week"
]
"""Values known to this client (`typing.get_args` lists them). A value from a newer API
version is kept as it is."""
