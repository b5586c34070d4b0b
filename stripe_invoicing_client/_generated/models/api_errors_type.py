from typing import Literal

ApiErrorsType = Literal["api_error", "card_error", "idempotency_error", "invalid_request_error"]
"""Values known to this client (`typing.get_args` lists them). A value from a newer API
version is kept as it is."""
