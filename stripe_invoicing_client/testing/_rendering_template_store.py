"""Invoice rendering templates as the fake keeps them, and the one function that renders one
as the JSON Stripe answers. Stripe makes them in the Dashboard only; tests add them with
`FakeStripe.add_invoice_rendering_template`."""

from __future__ import annotations

from typing import Any

from attrs import define

from ._stored import StoredWithMetadata, render_stored

ACTIVE, ARCHIVED = "active", "archived"


@define
class RenderingTemplate(StoredWithMetadata):
    nickname: str | None
    # The latest version: versions 1 to it may be asked for (the fake keeps no content per
    # version, so an older one differs only in its number).
    version: int = 1
    status: str = ACTIVE


def render_rendering_template(
    template: RenderingTemplate, version: int | None = None
) -> dict[str, Any]:
    """The template as its `version` (the latest by default)."""
    return render_stored(
        template, "invoice_rendering_template", version=version or template.version
    )


__all__ = ["ACTIVE", "ARCHIVED", "RenderingTemplate", "render_rendering_template"]
