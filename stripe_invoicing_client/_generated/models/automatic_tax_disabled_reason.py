from typing import Literal

AutomaticTaxDisabledReason = Literal[
    "finalization_requires_location_inputs", "finalization_system_error"
]
"""Values known to this client (`typing.get_args` lists them). A value from a newer API
version is kept as it is."""
