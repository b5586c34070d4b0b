"""Failures the fake answers with, in Stripe's error envelope."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

Stored = TypeVar("Stored")

DOC_URL_BASE = "https://stripe.com/docs/error-codes/"


class ApiError(Exception):
    """An error response: raised anywhere while serving a request, rendered by the transport."""

    def __init__(
        self,
        status: int,
        error_type: str,
        message: str,
        *,
        code: str | None = None,
        param: str | None = None,
        extra: dict[str, Any] | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.error_type = error_type
        self.message = message
        self.code = code
        self.param = param
        self.extra = extra or {}

    @classmethod
    def invalid_request(
        cls, message: str, *, param: str | None = None, code: str | None = None, status: int = 400
    ) -> ApiError:
        return cls(status, "invalid_request_error", message, code=code, param=param)

    @classmethod
    def missing(cls, kind: str, object_id: str, param: str) -> ApiError:
        return cls.invalid_request(
            f"No such {kind}: '{object_id}'", param=param, code="resource_missing", status=404
        )

    @classmethod
    def no_discount(cls, owner: str, owner_id: str, param: str) -> ApiError:
        """A customer's or subscription's discount removed when it has none."""
        return cls.invalid_request(
            f"No active discount for {owner}: '{owner_id}'",
            param=param,
            code="resource_missing",
            status=404,
        )

    @classmethod
    def missing_param(cls, param: str) -> ApiError:
        return cls.invalid_request(
            f"Missing required param: {param}.", param=param, code="parameter_missing"
        )

    @classmethod
    def exclusive(cls, message: str, param: str) -> ApiError:
        return cls.invalid_request(message, param=param, code="parameters_exclusive")

    @classmethod
    def not_modelled(cls, param: str, scope: str, what: str | None = None) -> ApiError:
        """A parameter the fake would otherwise ignore, refused by name: a test that sends it
        fails with a message saying why instead of passing where Stripe would differ."""
        return cls.invalid_request(
            f"FakeStripe does not model {what or param} of {scope} yet; test that against "
            "Stripe's test mode.",
            param=param,
        )

    def body(self, request_id: str) -> dict[str, Any]:
        error: dict[str, Any] = {"type": self.error_type, "message": self.message}
        if self.code is not None:
            error["code"] = self.code
            error["doc_url"] = DOC_URL_BASE + self.code
        if self.param is not None:
            error["param"] = self.param
        error["request_log_url"] = (
            f"https://dashboard.stripe.com/test/logs/{request_id}?t=0"  # a link, never opened
        )
        error.update(self.extra)
        return {"error": error}


def live(objects: Mapping[str, Stored], kind: str, object_id: str, param: str) -> Stored:
    """The stored object, or the 404 Stripe answers for an id it doesn't know."""
    found = objects.get(object_id)
    if found is None:
        raise ApiError.missing(kind, object_id, param)
    return found


__all__ = ["ApiError", "live"]
