from typing import Literal

GetCustomersSearchResponse200Object = Literal["search_result"]
"""Values known to this client (`typing.get_args` lists them). A value from a newer API
version is kept as it is."""
