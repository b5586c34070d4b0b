from typing import Literal

CustomerTaxProvider = Literal["anrok", "avalara", "sphere", "stripe"]
"""Values known to this client (`typing.get_args` lists them). A value from a newer API
version is kept as it is."""
