from typing import Literal

ConnectAccountReferenceType = Literal["account", "self"]
"""Values known to this client. A value from a newer API version is kept as it is."""

CONNECT_ACCOUNT_REFERENCE_TYPE_VALUES: frozenset[str] = frozenset(
    {
        "account",
        "self",
    }
)
