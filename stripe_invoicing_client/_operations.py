"""Generated operations, looked up by Stripe's operationId and imported on first use.

Import stays cheap, and a client regenerated from a spec that lacks an operation still imports:
only calling that operation fails, with an error naming it.
"""

from __future__ import annotations

import importlib
from typing import Any, Generic, TypeVar

import attrs

from . import _generated
from ._generated._wire import Endpoint
from .errors import OperationNotAvailableError

T = TypeVar("T")

_cache: dict[str, Endpoint[Any]] = {}


def endpoint(operation_id: str) -> Endpoint[Any]:
    found = _cache.get(operation_id)
    if found is None:
        module = _generated.OPERATIONS.get(operation_id)
        if module is None:
            raise OperationNotAvailableError(operation_id)
        found = getattr(importlib.import_module(module, _generated.__name__), operation_id)
        _cache[operation_id] = found
    return found


@attrs.frozen
class Operation(Generic[T]):
    """A typed handle on a generated operation: `Operation[Invoice]("PostInvoices")`.

    The type parameter is only for the checker; the operation itself is resolved on first call.
    """

    operation_id: str

    def endpoint(self) -> Endpoint[T]:
        return endpoint(self.operation_id)
