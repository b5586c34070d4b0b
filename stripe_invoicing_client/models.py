"""The typed models of Stripe's invoicing objects, generated from the OpenAPI description.

`from stripe_invoicing_client.models import Invoice, LineItem, InvoiceItem, Customer`. Every
other generated model (nested objects, request bodies, list envelopes) is reachable here too.
Models load on first use, which keeps `import stripe_invoicing_client` cheap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._generated import models as _generated_models

if TYPE_CHECKING:
    from ._core.types import UNSET, Unset
    from ._generated.models import (
        Address,
        ApiErrors,
        Customer,
        DeletedCustomer,
        DeletedInvoice,
        DeletedInvoiceItem,
        DeletedSubscriptionItem,
        DeletedTestClock,
        Discount,
        Error,
        Invoice,
        InvoiceItem,
        LineItem,
        Subscription,
        SubscriptionItem,
        TestClock,
    )

__all__ = [
    "UNSET",
    "Address",
    "ApiErrors",
    "Customer",
    "DeletedCustomer",
    "DeletedInvoice",
    "DeletedInvoiceItem",
    "DeletedSubscriptionItem",
    "DeletedTestClock",
    "Discount",
    "Error",
    "Invoice",
    "InvoiceItem",
    "LineItem",
    "Subscription",
    "SubscriptionItem",
    "TestClock",
    "Unset",
]


def __getattr__(name: str) -> Any:
    if name in ("UNSET", "Unset"):
        from ._core import types

        return getattr(types, name)
    return getattr(_generated_models, name)


def __dir__() -> list[str]:
    return sorted(set(__all__) | set(_generated_models.__all__))
