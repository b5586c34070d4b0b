"""Request parameters: turned into plain data and checked against the spec before sending."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .errors import InvalidParameterError
from .options import has_control_characters
from .wire import Endpoint

# Stripe ids are short; anything this long is a mistake or an attack, not an id.
MAX_ID_LENGTH = 5000


def to_plain(value: Any) -> Any:
    """Models become dicts, tuples become lists; everything else is left for the checks."""
    to_dict = getattr(value, "to_dict", None)
    if to_dict is not None and callable(to_dict) and not isinstance(value, Mapping):
        return to_plain(to_dict())
    if isinstance(value, Mapping):
        return {key: to_plain(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [to_plain(item) for item in value]
    return value


def check_id(name: str, value: object) -> str:
    if not isinstance(value, str):
        raise InvalidParameterError(name, f"must be a str id, not {type(value).__name__}")
    if not value.strip():
        raise InvalidParameterError(name, "must not be empty")
    if len(value) > MAX_ID_LENGTH:
        raise InvalidParameterError(name, f"is {len(value)} characters long; not an id")
    if has_control_characters(value):
        raise InvalidParameterError(name, "contains control characters (line breaks, NUL, ...)")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise InvalidParameterError(name, "is not valid text (a lone surrogate)") from None
    return value


def prepare(endpoint: Endpoint[Any], params: Mapping[str, Any]) -> dict[str, Any]:
    """Plain, checked parameters for `endpoint`; InvalidParameterError names the first problem."""
    if not params and not endpoint.required_params:
        return {}
    try:
        plain: dict[str, Any] = {
            key: to_plain(value) for key, value in params.items() if value is not None
        }
    except RecursionError:
        raise InvalidParameterError("params", "nested too deeply, or contains itself") from None
    problems = endpoint.check(plain)
    if problems:
        path, reason = problems[0]
        if len(problems) > 1:
            others = ", ".join(other for other, _ in problems[1:4])
            reason += (
                f" (and {len(problems) - 1} more: {others}{', ...' if len(problems) > 4 else ''})"
            )
        raise InvalidParameterError(path, reason)
    limit = plain.get("limit")
    if isinstance(limit, int) and not 1 <= limit <= 100:
        raise InvalidParameterError("limit", "must be between 1 and 100")
    return plain
