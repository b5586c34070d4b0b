"""The typed models of Stripe's invoicing objects, generated from the OpenAPI description.

`from stripe_invoicing_client.models import Invoice, LineItem, InvoiceItem, Customer`: every
generated model (what operations answer, nested objects, request bodies, list envelopes) is
here, typed. Models load on first use, which keeps `import stripe_invoicing_client` cheap.

`Model` is the base class of them all, for code that takes any of them (`to_dict()`,
`model["key"]`, `model.get("key")`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._core.model import Model
from ._generated import models as _generated_models

if TYPE_CHECKING:
    from ._core.types import UNSET, Unset

    # Every model by name for type checkers (through `__getattr__` below each would be
    # `Any`). A star import, not a list: a client regenerated from a spec without some model
    # names only the models it has.
    from ._generated.models import *  # noqa: F403

__all__ = ["UNSET", "Model", "Unset"]
# Every generated model is public (a type checker reads `__all__` for what is).
__all__ += _generated_models.__all__


# Hidden from type checkers, so that a misspelt model name is an error there (a module
# `__getattr__` makes every name `Any`): they read the imports above instead.
if not TYPE_CHECKING:

    def __getattr__(name: str) -> Any:
        if name in ("UNSET", "Unset"):
            from ._core import types

            return getattr(types, name)
        return getattr(_generated_models, name)


def __dir__() -> list[str]:
    return sorted(set(__all__))
