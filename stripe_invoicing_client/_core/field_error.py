"""The error for reading a model field that the parsed data did not fill.

Kept apart from the models (no attrs here), so that `stripe_invoicing_client.errors` can export
it while `import stripe_invoicing_client` stays cheap.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

_FOUND_LIMIT = 60
# Scrubs credentials out of messages; the package installs its own (a value sent by the API
# could hold one, say in metadata).
_scrub: Callable[[str], str] = str
# The API version the models were generated for; the package installs it.
_api_version = "unknown"


def use_scrubber(scrub: Callable[[str], str]) -> None:
    """Pass every message through `scrub` from now on."""
    global _scrub
    _scrub = scrub


def use_api_version(version: str) -> None:
    """Name `version` as the client's in messages about absent fields."""
    global _api_version
    _api_version = version


def _excerpt(value: Any) -> str:
    text = repr(value)
    if len(text) > _FOUND_LIMIT:
        text = text[: _FOUND_LIMIT - 3] + "..."
    return f"{type(value).__name__} {text}"


class FieldNotAvailableError(AttributeError):
    """A model field the parsed data did not fill: absent, or of another type than declared.

    `model` is the class name, `name` the attribute, `key` the field's name in the JSON,
    `expected` the declared type, `present` whether the data had the key at all, and `value`
    what it held there (None when absent); that value also stays in `additional_properties`.
    """

    def __init__(
        self, model: str, name: str, key: str, expected: str, *, present: bool, value: Any = None
    ) -> None:
        if present:
            message = (
                f"{model}.{name}: expected {expected}, got {_excerpt(value)} "
                f"(kept as received in additional_properties[{key!r}])"
            )
        else:
            message = (
                f"{model}.{name}: expected {expected}, but the object has no {key!r} field; "
                f"it may come from another API version than this client's ({_api_version}). "
                f"Use getattr(obj, {name!r}, default) where it may be absent"
            )
        super().__init__(_scrub(message), name=name)
        self.model = model
        self.key = key
        self.expected = expected
        self.present = present
        self.value = value

    def __repr__(self) -> str:
        return f"{type(self).__name__}({str(self)!r})"

    def __reduce__(self) -> tuple[Any, ...]:
        # The keyword-only arguments need rebuilding explicitly for copy and pickle.
        fields = (self.model, self.name, self.key, self.expected, self.present, self.value)
        return (_rebuild, fields)


def no_such_field(model: str, name: str, *, held: bool) -> AttributeError:
    """The error for an attribute the model does not declare: a field this build's spec
    (API version) lacks, perhaps dropped on regeneration, or a misspelling. `held`: the parsed
    data has a key of that name, kept in additional_properties."""
    where = (
        f"this object holds {name!r} (kept as received): read it"
        if held
        else "if the API sends it, read it"
    )
    message = (
        f"{model} has no field {name!r}: it is not in this build's spec (API version "
        f"{_api_version}), perhaps gone from it, or misspelled; {where} by its JSON name, "
        f"obj[{name!r}] or obj.get({name!r})"
    )
    return AttributeError(_scrub(message), name=name)


def _rebuild(
    model: str, name: str, key: str, expected: str, present: bool, value: Any
) -> FieldNotAvailableError:
    return FieldNotAvailableError(model, name, key, expected, present=present, value=value)


__all__ = ["FieldNotAvailableError", "use_scrubber"]
