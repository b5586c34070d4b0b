from typing import Literal

AutomaticTaxDisabledReason = Literal[
    "finalization_requires_location_inputs", "finalization_system_error"
]
"""Values known to this client. A value from a newer API version is kept as it is."""

AUTOMATIC_TAX_DISABLED_REASON_VALUES: frozenset[str] = frozenset(
    {
        "finalization_requires_location_inputs",
        "finalization_system_error",
    }
)
