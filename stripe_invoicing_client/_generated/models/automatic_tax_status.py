from typing import Literal

AutomaticTaxStatus = Literal["complete", "failed", "requires_location_inputs"]
"""Values known to this client. A value from a newer API version is kept as it is."""

AUTOMATIC_TAX_STATUS_VALUES: frozenset[str] = frozenset(
    {
        "complete",
        "failed",
        "requires_location_inputs",
    }
)
