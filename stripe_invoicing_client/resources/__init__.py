"""The resource classes of a client (`client.invoices` is an `Invoices`), generated from the
operations table into `_generated/resources/`; re-exported here under their public names."""

from .._generated.resources import *  # noqa: F403
from .._generated.resources import __all__ as __all__
