"""Invoice rendering templates: listed (newest first, by `status`), retrieved (an older
`version` too), archived and unarchived; made in Stripe's Dashboard only, so tests add them
with `FakeStripe.add_invoice_rendering_template` (`add_template`).

Stripe documents that an archived template can't be referenced by new objects (customers,
invoices) until unarchived; `check_template` refuses one named on an invoice
(`rendering[template]`) or a customer (`invoice_settings[rendering_options][template]`), as
it refuses a template that doesn't exist or a `template_version` it doesn't have.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ._errors import ApiError
from ._listing import Listing, list_handler, rendered_alone
from ._rendering_template_store import (
    ACTIVE,
    ARCHIVED,
    RenderingTemplate,
    render_rendering_template,
)
from ._state import Finder, JsonHandler, JsonObject, RequestContext, State

live_template = Finder(
    lambda state: state.rendering_templates, "invoice rendering template", "template"
)


def add_template(state: State, nickname: object, version: object, metadata: object) -> str:
    """Checks the arguments of `FakeStripe.add_invoice_rendering_template` (TypeError,
    ValueError; nothing is kept then), keeps the template as made now, returns its id."""
    if nickname is not None and not isinstance(nickname, str):
        raise TypeError(f"nickname must be a str or None, not {type(nickname).__name__}")
    if isinstance(version, bool) or not isinstance(version, int):
        raise TypeError(f"version must be an int, not {type(version).__name__}")
    if version < 1:
        raise ValueError(f"version must be 1 or more, not {version}")
    if metadata is None:
        pairs: dict[str, str] = {}
    elif isinstance(metadata, Mapping) and all(
        isinstance(k, str) and isinstance(v, str) for k, v in metadata.items()
    ):
        pairs = dict(metadata)
    else:
        raise TypeError("metadata must be a mapping of str to str, or None")
    template = RenderingTemplate(
        id=state.ids.new("inrtem"),
        created=state.clock.now(),
        nickname=nickname,
        version=version,
        metadata=pairs,
    )
    state.rendering_templates[template.id] = template
    return template.id


def _no_version(template: RenderingTemplate, version: int, param: str) -> ApiError:
    return ApiError.invalid_request(
        f"The invoice rendering template {template.id} has no version {version}; its "
        f"versions are 1 to {template.version}.",
        param=param,
    )


def retrieve(call: RequestContext, ids: dict[str, str], params: dict[str, Any]) -> JsonObject:
    template = live_template(call.state, ids["template"])
    version = params.get("version", template.version)
    if not 1 <= version <= template.version:
        raise _no_version(template, version, "version")
    return render_rendering_template(template, version)


def _set_status(status: str) -> JsonHandler:
    def handle(call: RequestContext, ids: dict[str, str], params: dict[str, Any]) -> JsonObject:
        template = live_template(call.state, ids["template"])
        if template.status == status:
            raise ApiError.invalid_request(
                f"The invoice rendering template {template.id} is already {status}."
            )
        template.status = status
        return render_rendering_template(template)

    return handle


archive = _set_status(ARCHIVED)
unarchive = _set_status(ACTIVE)

list_all = list_handler(
    Listing(
        "/v1/invoice_rendering_templates",
        "invoice rendering template",
        "rendering_templates",
        rendered_alone(render_rendering_template),
        equal=("status",),
        ranges=(),
    )
)


def check_template(state: State, given: object, prefix: str) -> None:
    """The template `given` names (an invoice's `rendering`, a customer's
    `rendering_options`; `prefix` is where it was sent) exists and is active, and its
    `template_version`, if any, is one the template has."""
    if not isinstance(given, Mapping) or "template" not in given:
        return
    param = f"{prefix}[template]"
    template = live_template(state, given["template"], param)
    if template.status != ACTIVE:
        raise ApiError.invalid_request(
            f"The invoice rendering template {template.id} is archived: new objects can't "
            "use it until it is unarchived.",
            param=param,
        )
    version = given.get("template_version")
    if isinstance(version, int) and not 1 <= version <= template.version:
        raise _no_version(template, version, f"{prefix}[template_version]")


__all__ = ["add_template", "archive", "check_template", "list_all", "retrieve", "unarchive"]
