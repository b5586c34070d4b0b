from typing import Literal

CustomerSubscriptionsType0Object = Literal["list"]
"""Values known to this client. A value from a newer API version is kept as it is."""

CUSTOMER_SUBSCRIPTIONS_TYPE_0_OBJECT_VALUES: frozenset[str] = frozenset(
    {
        "list",
    }
)
