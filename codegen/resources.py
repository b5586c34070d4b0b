"""The resource classes, from the operations table: `_generated/resources/<resource>.py`.

Each resource gets four classes: sync, async, and their raw-response twins. A method is a thin
wrapper: its signature (path parameters positional-only in the spec path's order, then the
per-call keywords of `keywords.PER_CALL_KEYWORDS`, then the operation's parameters) and one call
into the hand-written base class of `_core/resource.py`, which holds the policy (`_call`,
`_pager`), with the operation's Endpoint record imported straight from `operations.py`. An
operation the input spec lacks still gets its method, with loose parameters, typed as never
returning: calling it raises OperationNotAvailableError. `resources/__init__.py` holds the
client's wiring: the resource attributes, typed, and the webhook object-to-model table.

A resource module imports models and parameter TypedDicts through their module
(`models_subscription.SubscriptionItems`), never by name: a model may share its name with the
module's own resource class (the `items` list of a subscription and `SubscriptionItems`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from . import method_docs, operations
from .keywords import keywords_for
from .operations import Operation, Resource

Imports = dict[str, set[str]]  # module relative to _generated -> names


@dataclass(frozen=True)
class Answer:
    """The type of an operation's 200 body, and for a list or search the type of an item."""

    type: str
    imports: Imports
    item: str = ""
    item_imports: Imports = field(default_factory=dict)


_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def _merge(into: Imports, more: Imports) -> None:
    for module, names in more.items():
        into.setdefault(module, set()).update(names)


def _module_alias(module: str) -> str:
    """`.models.subscription` -> `models_subscription`, the name a resource module imports it
    as: no runtime import, constant (upper case) or class (capitalised) is spelled so."""
    return module.lstrip(".").replace(".", "_")


def _qualified(annotation: str, imports: Imports) -> str:
    """`SubscriptionItems | None` -> `models_subscription.SubscriptionItems | None`."""
    where = {name: _module_alias(module) for module, names in imports.items() for name in names}
    return _IDENTIFIER.sub(lambda m: f"{where[m[0]]}.{m[0]}" if m[0] in where else m[0], annotation)


def _resources() -> list[Resource]:
    return list(operations.RESOURCES.values())


def _children(resource: Resource) -> list[Resource]:
    return [r for r in _resources() if r.parent == resource.attribute]


def _not_a_test(class_name: str) -> list[str]:
    # `TestClocks`, `TestHelpers`: pytest would try to collect them from a test's namespace.
    return ["    __test__ = False", ""] if class_name.startswith(("Test", "AsyncTest")) else []


def _ops(resource: Resource) -> list[Operation]:
    return [op for op in operations.OPERATIONS if op.resource == resource.attribute]


@dataclass
class _Module:
    """One resource module's text, built method by method."""

    resource: Resource
    answers: dict[str, Answer]
    params: dict[str, tuple[str, str]]
    docs: dict[str, method_docs.MethodDoc] = field(default_factory=dict)
    typing: Imports = field(default_factory=dict)  # TYPE_CHECKING-only imports
    lines: list[str] = field(default_factory=list)

    def _answer(self, op: Operation) -> Answer | None:
        return self.answers.get(op.operation_id)

    def records(self) -> list[str]:
        """The Endpoint records of the operations the input spec has, by operationId."""
        return [op.operation_id for op in _ops(self.resource) if self._answer(op) is not None]

    def download(self, op: Operation, is_async: bool) -> list[str]:
        """A download's method: its bytes, or with `to=` the path its body was streamed to;
        overloaded so each form's return type follows from the call."""
        answer = self._answer(op)
        ref = self.params.get(op.operation_id)
        if answer is None or ref is None:
            return self.method(op, is_async, download=False)
        self.typing.setdefault(ref[0], set()).add(ref[1])
        params = f"**params: Unpack[{_module_alias(ref[0])}.{ref[1]}],"
        keywords = keywords_for(op.http_method)
        prefix = "async " if is_async else ""

        def head(to: str, returns: str) -> list[str]:
            lines = [f"    {prefix}def {op.method}(", "        self,"]
            lines += [f"        {name}: str," for name in op.path_params]
            lines += ["        /,"] if op.path_params else []
            lines += ["        *,", f"        to: {to},"]
            lines += [f"        {k.name}: {k.annotation} = None," for k in keywords]
            return [*lines, f"        {params}", f"    ) -> {returns}:"]

        lines = ["    @overload", *head("None = None", "bytes"), "        ..."]
        lines += ["", "    @overload", *head("str | os.PathLike[str]", "Path"), "        ..."]
        lines += [""]
        lines += head("str | os.PathLike[str] | None = None", "bytes | Path")
        names = ["to", *(k.name for k in keywords)]
        lines += method_docs.docstring(
            op, self.docs.get(op.operation_id), "bytes | Path", "", names
        )
        path = "{" + ", ".join(f'"{n}": {n}' for n in op.path_params) + "}"
        options = "request_options(" + ", ".join(f"{k.name}={k.name}" for k in keywords) + ")"
        call = f"self._download({op.operation_id}, {path}, params, {options}, to)"
        lines.append(f"        return {'await ' if is_async else ''}{call}")
        return lines

    def method(self, op: Operation, is_async: bool, download: bool = True) -> list[str]:
        if download and op.kind == "download":
            return self.download(op, is_async)
        answer = self._answer(op)
        pager = op.kind in ("list", "search")
        if answer is None:
            returns = "NoReturn"
        elif pager:
            _merge(self.typing, answer.item_imports)
            item = _qualified(answer.item, answer.item_imports)
            returns = f"{'AsyncPager' if is_async else 'SyncPager'}[{item}]"
        else:
            _merge(self.typing, answer.imports)
            returns = _qualified(answer.type, answer.imports)
        ref = self.params.get(op.operation_id)
        takes_params = op.kind != "delete"
        if ref is not None and takes_params:
            self.typing.setdefault(ref[0], set()).add(ref[1])
            params_annotation = f"Unpack[{_module_alias(ref[0])}.{ref[1]}]"
        else:
            params_annotation = "Any"
        keywords = keywords_for(op.http_method)
        awaits = is_async and not pager
        lines = [f"    {'async ' if awaits else ''}def {op.method}(", "        self,"]
        lines += [f"        {name}: str," for name in op.path_params]
        if op.path_params:
            lines.append("        /,")
        lines.append("        *,")
        if pager:
            lines.append("        max_items: int | None = None,")
        lines += [f"        {k.name}: {k.annotation} = None," for k in keywords]
        if takes_params or answer is None:
            lines.append(f"        **params: {params_annotation},")
        lines.append(f"    ) -> {returns}:")
        if answer is None:
            lines.append(f'        """{op.doc}"""')
        else:
            shown = answer.item if pager else answer.type
            if pager:
                shown = f"{'AsyncPager' if is_async else 'SyncPager'}[{answer.item}]"
            names = [k.name for k in keywords]
            lines += method_docs.docstring(
                op, self.docs.get(op.operation_id), shown, answer.item, names
            )
        path = "{" + ", ".join(f'"{n}": {n}' for n in op.path_params) + "}"
        sent = "params" if takes_params or answer is None else "{}"
        if op.kind == "search":
            sent = f'search_params("{self.resource.attribute}", params)'
        options = "request_options(" + ", ".join(f"{k.name}={k.name}" for k in keywords) + ")"
        record = op.operation_id
        if answer is None:
            # Not in the input spec: the same signature, and calling it says so.
            lines.append(f'        unavailable("{op.operation_id}")')
            return lines
        if pager:
            call = f"self._pager({record}, {path}, {sent}, max_items, {options}"
            call += ", search=True)" if op.kind == "search" else ")"
        else:
            call = f"{'await ' if awaits else ''}self._call({record}, {path}, {sent}, {options})"
        lines.append(f"        return {call}")
        return lines

    def resource_class(self, is_async: bool) -> list[str]:
        r = self.resource
        name = f"{'Async' if is_async else ''}{r.classes}"
        base = "AsyncAPIResource" if is_async else "SyncAPIResource"
        client = "AsyncRequester" if is_async else "Requester"
        lines = ["", "", f"class {name}({base}):", f'    """{r.doc}"""', ""]
        lines += _not_a_test(name)
        children = _children(r)
        for child in children:
            lines.append(
                f"    {child.client_path[-1]}: {'Async' if is_async else ''}{child.classes}"
            )
        if children:
            lines += [
                "",
                f"    def __init__(self, client: {client}) -> None:",
                "        super().__init__(client)",
            ]
            for child in children:
                child_class = f"{'Async' if is_async else ''}{child.classes}"
                lines.append(f"        self.{child.client_path[-1]} = {child_class}(client)")
        for op in _ops(r):
            lines.append("")
            lines += self.method(op, is_async)
        return lines

    def raw_class(self, is_async: bool) -> list[str]:
        r = self.resource
        prefix = "Async" if is_async else ""
        name = f"{prefix}{r.classes}WithRawResponse"
        lines = [
            "",
            "",
            f"class {name}:",
            f'    """`with_raw_response` for {r.classes}: the same methods, returning '
            'RawResponse."""',
            "",
            *_not_a_test(name),
        ]
        children = _children(r)
        for child in children:
            lines.append(f"    {child.client_path[-1]}: {prefix}{child.classes}WithRawResponse")
        lines += ["", f"    def __init__(self, resource: {prefix}{r.classes}) -> None:"]
        for child in children:
            attribute = child.client_path[-1]
            lines.append(
                f"        self.{attribute} = {prefix}{child.classes}WithRawResponse("
                f"resource.{attribute})"
            )
        wrap = "async_raw" if is_async else "raw"
        for op in _ops(r):
            if self._answer(op) is None:
                # Not in the input spec: raises as the resource's method does.
                lines.append(f"        self.{op.method} = resource.{op.method}")
            elif op.kind in ("list", "search"):
                lines.append(
                    f"        self.{op.method} = {wrap}_first_page(resource.{op.method}, "
                    f"{op.operation_id})"
                )
            else:
                lines.append(f"        self.{op.method} = {wrap}(resource.{op.method})")
        if not children and not _ops(r):
            lines.append("        pass")
        return lines

    def source(self) -> str:
        r = self.resource
        records = self.records()
        body: list[str] = []
        for is_async in (False, True):
            body += self.resource_class(is_async)
        for is_async in (False, True):
            body += self.raw_class(is_async)
        children = _children(r)
        text = "\n".join(body)
        runtime = [
            "from ..._core.options import request_options",
            "from ..._core.resource import (",
            "    AsyncAPIResource,",
            "    SyncAPIResource,",
            "    async_raw,",
            "    async_raw_first_page,",
            "    raw,",
            "    raw_first_page,",
            "    unavailable,",
            ")",
        ]
        if "search_params(" in text:
            runtime.append("from ..._core.search_query import search_params")
        if records:
            runtime.append(f"from ..operations import {', '.join(records)}")
        for child in children:
            c = child.classes
            runtime.append(
                f"from .{child.attribute} import Async{c}, Async{c}WithRawResponse, {c}, "
                f"{c}WithRawResponse"
            )
        typing = [
            *(["    import os", "    from pathlib import Path", ""] if "@overload" in text else []),
            "    from collections.abc import Mapping",
            "",
            "    import httpx",
            "    from typing_extensions import Unpack",
            "",
            "    from ..._core.pagination import AsyncPager, SyncPager",
            "    from ..._core.resource import AsyncRequester, Requester",
        ]
        for module in sorted(self.typing):
            package, _, name = module.rpartition(".")
            typing.append(f"    from .{package} import {name} as {_module_alias(module)}")
        lines = [
            f'"""`client.{".".join(r.client_path)}` (generated from the operations table; '
            'do not edit)."""',
            "",
            "from __future__ import annotations",
            "",
            "from typing import TYPE_CHECKING, Any, NoReturn"
            + (", overload" if "@overload" in text else ""),
            "",
            *runtime,
            "",
            "if TYPE_CHECKING:",
            *typing,
            "",
            text,
            "",
        ]
        return "\n".join(lines)


def _wiring() -> str:
    """resources/__init__.py: the client's resource attributes, typed, made on first use.

    Each resource module loads when its attribute is first read, so importing the client class
    doesn't import every resource (nor the models their signatures name)."""
    top = [r for r in _resources() if r.parent is None]
    lines = [
        '"""The client\'s resources, from the operations table (generated; do not edit)."""',
        "",
        "from __future__ import annotations",
        "",
        "import importlib",
        "from functools import cached_property",
        "from typing import TYPE_CHECKING, Any",
        "",
        "if TYPE_CHECKING:",
        "    from ..._core.resource import AsyncRequester, Requester",
    ]
    for r in _resources():
        c = r.classes
        lines.append(
            f"    from .{r.attribute} import Async{c}, Async{c}WithRawResponse, {c}, "
            f"{c}WithRawResponse"
        )
    lines += ["", "# Exported class -> the module defining it, loaded on first use."]
    lines += ["_MODULES = {"]
    for r in _resources():
        c = r.classes
        for name in (c, f"{c}WithRawResponse", f"Async{c}", f"Async{c}WithRawResponse"):
            lines.append(f"    {name!r}: {'.' + r.attribute!r},")
    lines += ["}", ""]
    for prefix, client in (("", "Requester"), ("Async", "AsyncRequester")):
        lines += [
            "",
            f"class {prefix}Resources:",
            f'    """The resource attributes of a {prefix.lower() or "sync"} client, each made '
            'when first read."""',
            "",
            f"    def _as_client(self) -> {client}:",
            "        raise NotImplementedError",
        ]
        for r in top:
            cls = f"{prefix}{r.classes}"
            lines += [
                "",
                "    @cached_property",
                f"    def {r.attribute}(self) -> {cls}:",
                f"        from .{r.attribute} import {cls}",
                "",
                f"        return {cls}(self._as_client())",
            ]
        lines += [
            "",
            "",
            f"class {prefix}RawResources:",
            '    """The resource attributes of a client\'s with_raw_response."""',
            "",
            f"    def __init__(self, client: {prefix}Resources) -> None:",
            "        self._client = client",
        ]
        for r in top:
            cls = f"{prefix}{r.classes}WithRawResponse"
            lines += [
                "",
                "    @cached_property",
                f"    def {r.attribute}(self) -> {cls}:",
                f"        from .{r.attribute} import {cls}",
                "",
                f"        return {cls}(self._client.{r.attribute})",
            ]
    names = ["AsyncRawResources", "AsyncResources", "RawResources", "Resources"]
    for r in _resources():
        c = r.classes
        names += [f"Async{c}", f"Async{c}WithRawResponse", c, f"{c}WithRawResponse"]
    lines += [
        "",
        "",
        # Hidden from type checkers (which would type any name through it as Any): they see
        # the imports under TYPE_CHECKING.
        "if not TYPE_CHECKING:",
        "",
        "    def __getattr__(name: str) -> Any:",
        "        module = _MODULES.get(name)",
        "        if module is None:",
        '            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")',
        "        return getattr(importlib.import_module(module, __name__), name)",
        "",
        "",
        "__all__ = [",
        *(f"    {n!r}," for n in sorted(names)),
        "]",
        "",
    ]
    return "\n".join(lines)


def _webhook_objects(webhooks: list[tuple[str, str, str, str | None, str | None]]) -> str:
    """models/webhook_objects.py: which model an event's `data.object` parses to, by its
    `object` tag (beside the models: the generated `Event` binds it).

    `webhooks`: (object tag, full model, its module, deletion stub model, its module)."""
    lines = [
        '"""Webhook event objects by their `object` tag (generated from the operations table)."""',
        "",
        "from __future__ import annotations",
        "",
        "from typing import Any, TypeAlias",
        "",
    ]
    models: Imports = {}
    for _, full, full_module, stub, stub_module in webhooks:
        models.setdefault(full_module, set()).add(full)
        if stub is not None and stub_module is not None:
            models.setdefault(stub_module, set()).add(stub)
    for module, names in sorted(models.items()):
        lines.append(f"from .{module.rpartition('.')[2]} import {', '.join(sorted(names))}")
    members = [full for _, full, _, _, _ in webhooks]
    members += [stub for _, _, _, stub, _ in webhooks if stub is not None]
    lines += [
        "",
        "EventObject: TypeAlias = " + " | ".join([*members, "dict[str, Any]"]),
        '"""What `event.data.object` can be: a model for the objects this package knows, else '
        'a dict."""',
        "",
        "# object tag -> (event type prefix, full model, deletion-stub model or None)",
        "WEBHOOK_OBJECTS: dict[str, tuple[str, Any, Any]] = {",
    ]
    prefixes = {r.webhook: r.event_prefix for r in _resources() if r.webhook}
    for tag, full, _, stub, _ in webhooks:
        lines.append(f'    "{tag}": ("{prefixes[tag]}", {full}, {stub}),')
    lines += ["}", "", '__all__ = ["WEBHOOK_OBJECTS", "EventObject"]', ""]
    return "\n".join(lines)


def modules(
    answers: dict[str, Answer],
    params: dict[str, tuple[str, str]],
    model_modules: dict[str, str],
    docs: dict[str, method_docs.MethodDoc] | None = None,
) -> dict[str, str]:
    """{path under _generated: text}. `model_modules`: response model name -> its module
    (`.models.invoice`), for the webhook table; `docs`: what each method's docstring lists."""
    files = {
        f"resources/{r.attribute}.py": _Module(r, answers, params, docs or {}).source()
        for r in _resources()
    }
    webhooks: list[tuple[str, str, str, str | None, str | None]] = []
    for r in _resources():
        if not r.webhook:
            continue
        full = _webhook_model(r, answers, model_modules)
        if full is None:
            continue
        stub = f"Deleted{full}" if f"Deleted{full}" in model_modules else None
        webhooks.append(
            (
                r.webhook,
                full,
                model_modules[full],
                stub,
                model_modules[stub] if stub is not None else None,
            )
        )
    files["resources/__init__.py"] = _wiring()
    files["models/webhook_objects.py"] = _webhook_objects(webhooks)
    return files


def _webhook_model(
    resource: Resource, answers: dict[str, Answer], model_modules: dict[str, str]
) -> str | None:
    """The model a resource's `retrieve` (else `create`) answers with: the event object's."""
    for method in ("retrieve", "create"):
        for op in _ops(resource):
            answer = answers.get(op.operation_id)
            if op.method == method and answer is not None:
                first = answer.type.split(" | ")[0]
                if first in model_modules:
                    return first
    return None
