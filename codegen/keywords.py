"""The per-call keywords every resource method takes, in signature order.

Each is the field of the same name of the package's `RequestOptions` (tests hold the two
together), defaults to None, and is passed to `request_options(...)`."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Keyword:
    """One per-call keyword of the resource methods, as the method signatures spell it."""

    name: str
    annotation: str
    # Which methods take it: "all", "write" (POST and DELETE: they carry an idempotency key)
    # or "body" (POST: the only requests with a form body).
    methods: str

    def applies_to(self, http_method: str) -> bool:
        if self.methods == "write":
            return http_method in ("POST", "DELETE")
        if self.methods == "body":
            return http_method == "POST"
        return True


PER_CALL_KEYWORDS: tuple[Keyword, ...] = (
    Keyword("idempotency_key", "str | None", "write"),
    Keyword("total_timeout", "float | None", "all"),
    Keyword("timeout", "float | httpx.Timeout | None", "all"),
    Keyword("extra_headers", "Mapping[str, str] | None", "all"),
    Keyword("extra_query", "Mapping[str, object] | None", "all"),
    Keyword("extra_body", "Mapping[str, object] | None", "body"),
)


def keywords_for(http_method: str) -> tuple[Keyword, ...]:
    return tuple(keyword for keyword in PER_CALL_KEYWORDS if keyword.applies_to(http_method))
