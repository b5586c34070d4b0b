from typing import Literal

CustomerTaxAutomaticTax = Literal["failed", "not_collecting", "supported", "unrecognized_location"]
"""Values known to this client (`typing.get_args` lists them). A value from a newer API
version is kept as it is."""
