from typing import Literal

AutomaticTaxStatus = Literal["complete", "failed", "requires_location_inputs"]
"""Values known to this client (`typing.get_args` lists them). A value from a newer API
version is kept as it is."""
