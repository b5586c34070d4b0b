from typing import Literal

InvoicePaymentMethodOptionsCustomerBalanceFundingType = Literal["bank_transfer"]
"""Values known to this client (`typing.get_args` lists them). A value from a newer API
version is kept as it is."""
