from typing import Literal

CustomerTaxLocationSource = Literal[
    "billing_address", "ip_address", "payment_method", "shipping_destination"
]
"""Values known to this client (`typing.get_args` lists them). A value from a newer API
version is kept as it is."""
