"""A resource method's docstring: what it does, each parameter with its type and meaning, what
it returns and which errors to expect (Google style: `help()` prints it as it is, and editors
(Pylance, Jedi) show the `Args:` lines beside each keyword as it is typed)."""

from __future__ import annotations

from dataclasses import dataclass

from .operations import Operation


@dataclass(frozen=True)
class Param:
    """One parameter as a docstring lists it."""

    name: str
    annotation: str
    required: bool
    sentence: str


@dataclass(frozen=True)
class MethodDoc:
    """What the spec says of an operation's parameters: path ones first, then the others."""

    path: tuple[Param, ...]
    params: tuple[Param, ...]


# What each per-call keyword does, as a method's docstring says it (keywords.PER_CALL_KEYWORDS).
_KEYWORDS = {
    "idempotency_key": "the key every retry of this call sends (a UUID4 when omitted)",
    "total_timeout": "seconds for the whole call, retries and waits included",
    "timeout": "seconds for each step of an attempt (connect, read, write)",
    "extra_headers": "headers sent as given",
    "extra_query": "query parameters sent as given",
    "extra_body": "form fields sent as given",
    # A download's own keyword (not a per-call option of every method).
    "to": "a file path: the body is streamed there (whole, or not at all) instead of returned",
}


def _escape(line: str) -> str:
    # Spec text stays text: no backslash escape, no quote closing the docstring early.
    return line.replace("\\", "\\\\").replace('"""', '\\"\\"\\"')


def _arg(param: Param) -> str:
    kind = f"{param.annotation}, required" if param.required else param.annotation
    sentence = param.sentence or "(no description in the spec)"
    return f"    {param.name} ({kind}): {sentence}"


def _returns(op: Operation, returns: str, item: str) -> str:
    if op.kind in ("list", "search"):
        what = "search results" if op.kind == "search" else "every match"
        return (
            f"    {returns}: iterate it for {what}, one {item} at a time; pages are fetched as "
            "needed (`max_items` caps the count)."
        )
    if op.kind == "delete":
        return f"    {returns}: the record of the deletion."
    if op.kind == "download":
        return f"    {returns}: the file's bytes, or with `to` the path it was written to."
    return f"    {returns}: the object as Stripe answered."


def _raises(op: Operation) -> list[str]:
    lines = [
        "    InvalidParameterError: a parameter was refused before anything was sent.",
        "    InvalidRequestError: Stripe refused the request"
        + (" (NotFoundError: no object with that id)." if op.path_params else "."),
    ]
    if op.method == "pay":
        lines.append("    CardError: the payment was declined (`decline_code` says why).")
    lines += [
        "    APIStatusError: any other error status (AuthenticationError, RateLimitError, ...).",
        "    APIConnectionError: no answer after the retries (APITimeoutError,"
        " DeadlineExceededError).",
    ]
    return lines


def docstring(
    op: Operation, doc: MethodDoc | None, returns: str, item: str, keywords: list[str]
) -> list[str]:
    """The method's docstring as source lines, indented for a method body. `returns` is the
    return type as the reader should see it (no module prefixes), `item` a pager's item type,
    `keywords` the per-call keywords the method takes."""
    lines = [op.doc]
    if doc is not None and (doc.path or doc.params):
        lines += ["", "Args:", *(_arg(p) for p in (*doc.path, *doc.params))]
    lines += ["", "Per-call options:", *(f"    {k}: {_KEYWORDS[k]}." for k in keywords)]
    lines += [
        "",
        "Returns:",
        _returns(op, returns, item),
        "",
        "Raises:",
        *_raises(op),
    ]
    body = [_escape(line) for line in lines]
    indent = "        "
    out = [f'{indent}"""{body[0]}']
    out += [f"{indent}{line}" if line else "" for line in body[1:]]
    out.append(f'{indent}"""')
    return out
