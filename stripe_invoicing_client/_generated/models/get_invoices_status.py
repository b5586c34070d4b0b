from typing import Literal

GetInvoicesStatus = Literal["draft", "open", "paid", "uncollectible", "void"]
"""Values known to this client (`typing.get_args` lists them). A value from a newer API
version is kept as it is."""
