from typing import Literal

DiscountSourceType = Literal["coupon"]
"""Values known to this client (`typing.get_args` lists them). A value from a newer API
version is kept as it is."""
