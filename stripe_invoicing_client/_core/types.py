"""Support types shared by the generated models and operations."""

from __future__ import annotations

from collections.abc import Mapping, MutableMapping
from http import HTTPStatus
from typing import Final, Generic, Literal, TypeVar

from attrs import define


class Unset:
    """The type of `UNSET`: an optional field (`X | Unset`) the server did not send, or a
    parameter not given. A required field is never UNSET: reading it unfilled raises."""

    __slots__ = ()

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"

    def __copy__(self) -> Unset:
        return self

    def __deepcopy__(self, memo: object) -> Unset:
        return self

    def __reduce__(self) -> str:
        return "UNSET"


UNSET: Final[Unset] = Unset()

T = TypeVar("T")


@define
class Response(Generic[T]):
    """A raw response with its parsed body."""

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


JsonObject = Mapping[str, object]

__all__ = ["UNSET", "JsonObject", "Response", "Unset"]
