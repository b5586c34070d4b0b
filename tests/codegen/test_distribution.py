"""The generator runs from a clone: it is not in the wheel, so no extra offers its dependencies
(an extra would install them without the generator); the `codegen` dependency group does."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from codegen import config

tomllib = pytest.importorskip("tomllib")

ROOT = Path(__file__).resolve().parents[2]


def test_generator_dependencies_are_a_group_not_an_extra() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert "codegen" not in project["project"].get("optional-dependencies", {})
    group = project["dependency-groups"]["codegen"]
    # The templates are written against this exact openapi-python-client.
    assert any(
        re.match(rf"openapi-python-client=={re.escape(config.GENERATOR_VERSION)}\b", item)
        for item in group
    ), group
    included = project["tool"]["setuptools"]["packages"]["find"]["include"]
    assert all(not "codegen".startswith(pattern.rstrip("*")) for pattern in included), included
