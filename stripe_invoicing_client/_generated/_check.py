"""Finding what did not fit a model, to refuse bad request parameters before sending them.

Models parse tolerantly: a value of the wrong type, or a name the spec doesn't know, is kept in
`additional_properties` instead of raising. For requests that is exactly the list of problems.
"""

from __future__ import annotations

from typing import Any

import attrs


def _wire_name(python_name: str) -> str:
    # The generator appends `_` to names that clash with Python (`object` -> `object_`).
    return python_name[:-1] if python_name.endswith("_") else python_name


def _join(path: str, name: str) -> str:
    return f"{path}[{name}]" if path else name


def drift(value: Any, path: str = "") -> list[str]:
    """Bracketed paths (`lines[0][price]`) of every value that did not fit its model."""
    if isinstance(value, (list, tuple)):
        return [p for i, item in enumerate(value) for p in drift(item, _join(path, str(i)))]
    if isinstance(value, dict):
        return [p for key, item in value.items() for p in drift(item, _join(path, str(key)))]
    if not attrs.has(type(value)):
        return []
    found = [_join(path, str(key)) for key in getattr(value, "additional_properties", {})]
    for field in attrs.fields(type(value)):
        if field.name != "additional_properties":
            found.extend(drift(getattr(value, field.name), _join(path, _wire_name(field.name))))
    return found


__all__ = ["drift"]
