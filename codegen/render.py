"""Run openapi-python-client on a normalized document, with our templates, into memory."""

from __future__ import annotations

import contextlib
import io
import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import Any

from openapi_python_client import Project
from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.errors import GeneratorError
from openapi_python_client.strings import snake_case

from . import config, expressions

HERE = Path(__file__).parent
TEMPLATES = HERE / "templates"
RUNTIME = HERE / "runtime"
PACKAGE = "_generated"
# The generator keeps only a snake_case name per endpoint; we want Stripe's operationId back.
OPERATION_IDS = {snake_case(operation_id): operation_id for operation_id in config.OPERATIONS}


class GenerationError(Exception):
    pass


def _config(output: Path) -> Config:
    return Config.from_sources(
        ConfigFile(
            literal_enums=True,
            post_hooks=[],
            package_name_override=PACKAGE,
            project_name_override=PACKAGE,
            field_prefix="field_",
        ),
        MetaType.NONE,
        document_source=output / "spec.json",
        file_encoding="utf-8",
        overwrite=True,
        output_path=output / PACKAGE,
    )


def _ruff_binary() -> str:
    # The ruff pinned in our environment; `python -m ruff` would run inside the package and
    # pick up its `types.py` instead of the standard library's.
    from ruff.__main__ import find_ruff_bin  # type: ignore[import-untyped]

    return str(find_ruff_bin())


def _ruff(*args: str, cwd: Path) -> None:
    done = subprocess.run(
        [_ruff_binary(), *args], cwd=cwd, capture_output=True, text=True, check=False
    )
    if done.returncode != 0:
        raise GenerationError(
            f"ruff {args[0]} failed on the generated code:\n{done.stdout}{done.stderr}"
        )


def render(
    document: dict[str, Any], header: str, extra: dict[str, str] | None = None
) -> dict[str, bytes]:
    """Generated files as {relative path: bytes}. Raises GenerationError on any warning."""
    with tempfile.TemporaryDirectory() as tmp:
        output = Path(tmp)
        config = _config(output)
        data = GeneratorData.from_dict(document, config=config)
        if isinstance(data, GeneratorError):
            raise GenerationError(f"{data.header}: {data.detail}")
        expressions.MODELS.clear()
        expressions.MODELS.update({expressions.class_name(m): m for m in data.models})
        project = Project(openapi=data, config=config, custom_template_path=TEMPLATES)
        project.env.globals.update(expressions.GLOBALS)
        project.env.globals["operation_id"] = lambda endpoint: OPERATION_IDS[
            expressions.text(endpoint.name)
        ]
        with contextlib.redirect_stdout(io.StringIO()):  # it prints progress we don't want
            errors = project.build()
        if errors:
            details = "\n".join(f"{e.header}: {e.detail}" for e in errors)
            raise GenerationError(f"openapi-python-client reported problems:\n{details}")
        package = output / PACKAGE
        for runtime in sorted(RUNTIME.glob("*.py")):
            (package / runtime.name).write_bytes(runtime.read_bytes())
        (package / "__init__.py").write_text(header, encoding="utf-8")
        for name, text in (extra or {}).items():
            (package / name).write_text(text, encoding="utf-8")
        # Same formatter, same pin, same settings: byte-identical output for the same input.
        try:
            _format(package)
        except GenerationError as error:
            kept = Path(tempfile.gettempdir()) / "codegen-failed"
            shutil.rmtree(kept, ignore_errors=True)
            shutil.copytree(package, kept)
            raise GenerationError(f"{error}\n(the unformatted output is in {kept})") from None
        return {
            path.relative_to(package).as_posix(): path.read_bytes()
            for path in sorted(package.rglob("*"))
            if path.is_file() and "__pycache__" not in path.parts
        }


def _format(package: Path) -> None:
    settings = ["--no-cache", "--isolated", "--line-length", "100", "--target-version", "py310"]
    _ruff("check", *settings, "--fix-only", "--select", "I,F401", "--quiet", ".", cwd=package)
    _ruff("format", *settings, "--quiet", ".", cwd=package)
