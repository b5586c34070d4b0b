"""Run openapi-python-client on a normalized document, with our templates, into memory."""

from __future__ import annotations

import contextlib
import copy
import re
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from openapi_python_client import Project
from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.errors import GeneratorError, ParseError
from openapi_python_client.parser.openapi import Endpoint
from openapi_python_client.parser.properties.list_property import ListProperty
from openapi_python_client.parser.properties.literal_enum_property import LiteralEnumProperty
from openapi_python_client.parser.properties.model_property import ModelProperty
from openapi_python_client.parser.properties.schemas import Class
from openapi_python_client.parser.properties.union import UnionProperty
from openapi_python_client.schema.untrusted_string import UntrustedString
from openapi_python_client.strings import ClassName, snake_case

from . import config as config_module
from . import enums, expressions, normalize, resources, search_fields, shapes
from . import models as models_module
from .method_docs import MethodDoc
from .models import ModelsLayout, field_doc, ref_descriptions, response_models
from .names import MAX_CLASS_NAME, fit, rebound

HERE = Path(__file__).parent
TEMPLATES = HERE / "templates"
PACKAGE = "_generated"
# The generator keeps only a snake_case name per endpoint; we want Stripe's operationId back.
OPERATION_IDS = {snake_case(op): op for op in config_module.OPERATIONS}


class GenerationError(Exception):
    pass


def _sort_parameters(*, endpoint: Endpoint) -> Endpoint | ParseError:
    """`Endpoint.sort_parameters` of openapi-python-client 0.29.1 without its `deepcopy` of the
    whole endpoint (its operation, bodies and responses: half of the generation time). The
    caller replaces the endpoint with the result, so a shallow copy with its own parameter
    list, sorted, is the same result. Installed only while `render` parses (`_parsing`);
    tests/codegen/test_render_patch.py checks it against the original."""
    endpoint = copy.copy(endpoint)
    endpoint.path_parameters = list(endpoint.path_parameters)
    in_path = re.findall(_PATH_PARAM, endpoint.path.get_untrusted_value())
    with contextlib.suppress(ValueError):  # reported just below, as the original does
        endpoint.path_parameters.sort(key=lambda param: in_path.index(param.name))
    if in_path != [param.name for param in endpoint.path_parameters]:
        return ParseError(
            detail=f"Incorrect path templating for {endpoint.path.get_untrusted_value()} "
            "(Path parameters do not match with path)",
        )
    for parameter in endpoint.path_parameters:
        endpoint.path = UntrustedString(
            endpoint.path.get_untrusted_value().replace(
                f"{{{parameter.name.get_untrusted_value()}}}", f"{{{parameter.python_name}}}"
            )
        )
    return endpoint


_PATH_PARAM = re.compile("{([a-zA-Z_-][a-zA-Z0-9_-]*)}")


@contextlib.contextmanager
def _parsing() -> Iterator[None]:
    original = Endpoint.__dict__["sort_parameters"]
    Endpoint.sort_parameters = staticmethod(_sort_parameters)  # type: ignore[method-assign]
    try:
        yield
    finally:
        Endpoint.sort_parameters = original  # type: ignore[method-assign]


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


def _top_models(prop: Any, out: list[str]) -> None:
    """Class names a parse expression for `prop` calls `from_dict` on directly."""
    if isinstance(prop, ModelProperty):
        if expressions.is_map(prop):
            value = expressions.map_value(prop)
            if value is not None:
                _top_models(value, out)
        elif expressions.class_name(prop) not in out:
            out.append(expressions.class_name(prop))
    elif isinstance(prop, ListProperty):
        _top_models(prop.inner_property, out)
    elif isinstance(prop, UnionProperty):
        for inner in prop.inner_properties:
            _top_models(inner, out)


def _named_literals(models: list[Any]) -> dict[str, str]:
    wanted = search_fields.literal_names()
    found: dict[str, str] = {}
    pending: list[Any] = list(models)
    seen: set[int] = set()
    while pending:
        prop = pending.pop()
        if id(prop) in seen:
            continue
        seen.add(id(prop))
        if isinstance(prop, LiteralEnumProperty) and expressions.class_name(prop) in wanted:
            values = sorted(prop.values, key=repr)
            found[expressions.class_name(prop)] = (
                "Literal[" + ", ".join(repr(v) for v in values) + "]"
            )
        if isinstance(prop, ModelProperty):
            pending.extend(prop.required_properties or [])
            pending.extend(prop.optional_properties or [])
        elif isinstance(prop, ListProperty):
            pending.append(prop.inner_property)
        elif isinstance(prop, UnionProperty):
            pending.extend(prop.inner_properties)
    return dict(sorted(found.items()))


def _reachable(data: GeneratorData) -> list[Any]:
    """Every property the models and responses hold (unions and lists keep copies of models)."""
    pending: list[Any] = list(data.models) + list(data.enums)
    for collection in data.endpoint_collections_by_tag.values():
        for endpoint in collection.endpoints:
            pending.extend(response.prop for response in endpoint.responses.patterns)
            if endpoint.responses.default is not None:
                pending.append(endpoint.responses.default.prop)
    found: list[Any] = []
    seen: set[int] = set()
    while pending:
        prop = pending.pop()
        if id(prop) in seen:
            continue
        seen.add(id(prop))
        found.append(prop)
        if isinstance(prop, ModelProperty):
            pending.extend(prop.required_properties or [])
            pending.extend(prop.optional_properties or [])
            extra = prop.additional_properties
            if extra is not None and not isinstance(extra, bool):
                pending.append(extra)
        elif isinstance(prop, ListProperty):
            pending.append(prop.inner_property)
        elif isinstance(prop, UnionProperty):
            pending.extend(prop.inner_properties)
    return found


def _fit_class_names(data: GeneratorData) -> None:
    """Renames every model and enum class over 60 characters (leading words dropped, never
    onto another class's name), in the parsed tree, so every reference follows."""
    props = [p for p in _reachable(data) if getattr(p, "class_info", None) is not None]
    names = sorted({expressions.class_name(p) for p in props})
    taken = set(names)
    fitted: dict[str, str] = {}
    for name in names:
        if len(name) > MAX_CLASS_NAME:
            fitted[name] = fit(name, taken)
            taken.add(fitted[name])
    for prop in props:
        new = fitted.get(expressions.class_name(prop))
        if new is not None:
            prop.class_info = Class(
                name=ClassName(new, ""), module_name=prop.class_info.module_name
            )


_RENAME_HINT = "give it a class name of its own in CLASS_NAMES (codegen/normalize.py)"


def _schema_hints(names: list[str], schema_of: dict[str, str], why: str) -> list[str]:
    """What to do about class names that clash, for those a component schema gives."""
    return [
        f"schema {schema_of[name]!r} becomes class {name!r}, {why}: {_RENAME_HINT}"
        for name in names
        if name in schema_of
    ]


def _refuse_rebound_names(texts: dict[str, str], schema_of: dict[str, str] | None = None) -> None:
    """A generated module that binds a name twice (a model imported under a resource class's
    name) type-checks against the wrong one, or not at all: refuse it here, by name.
    `schema_of`: class name -> the component schema it is made from."""
    found = {
        path: names
        for path, text in sorted(texts.items())
        if path.endswith(".py") and (names := rebound(text))
    }
    if found:
        clashes = [f"  {path}: {', '.join(names)}" for path, names in found.items()]
        names = sorted({name for names in found.values() for name in names})
        hints = _schema_hints(names, schema_of or {}, "a name generated modules also bind")
        raise GenerationError("\n".join(["generated modules bind a name twice:", *clashes, *hints]))


# openapi-python-client's messages show some values as reprs of its own objects.
_INTERNAL_REPR = re.compile(r"<openapi_python_client\.[\w.]+ object at 0x[0-9a-f]+>")
_DUPLICATE_MODEL = re.compile(r'duplicate models with name "(\w+)"')
# An endpoint's answer lost with a schema that failed above: said once, as a count.
_LOST_ANSWER = "Could not find reference in parsed models or enums"


def _problems(data: GeneratorData, schema_of: dict[str, str]) -> str:
    """openapi-python-client's problems as one message: schema errors first, the answers they
    cost counted, not repeated per operation, and what to do about a duplicate class name."""
    endpoint_errors = [
        e
        for collection in data.endpoint_collections_by_tag.values()
        for e in collection.parse_errors
    ]
    lost = [e for e in endpoint_errors if data.errors and _LOST_ANSWER in str(e.detail)]
    shown = [*data.errors, *(e for e in endpoint_errors if e not in lost)]
    details = [_INTERNAL_REPR.sub("(a status)", f"{e.header}: {e.detail}") for e in shown]
    if lost:
        details.append(f"... and {len(lost)} operations' answers, which need those schemas")
    duplicates = sorted({m for d in details for m in _DUPLICATE_MODEL.findall(d)})
    hints = _schema_hints(duplicates, schema_of, "a name the generator also gives an inline object")
    return "\n".join(["openapi-python-client reported problems:", *details, *hints])


def _imports(pairs: list[tuple[str, list[str]]]) -> dict[str, set[str]]:
    return {module: set(names) for module, names in pairs}


def _answer(prop: Any, lazy_imports: Any) -> resources.Answer:
    """The 200 body's type; for a list envelope (a `data` list), also its item type."""
    item, item_imports = "", {}
    if isinstance(prop, ModelProperty):
        for field in prop.required_properties or []:
            if field.name == "data" and isinstance(field, ListProperty):
                inner = field.inner_property
                item = expressions.field_type(inner)
                item_imports = _imports(lazy_imports(inner))
    return resources.Answer(
        expressions.field_type(prop), _imports(lazy_imports(prop)), item, item_imports
    )


def render(
    document: dict[str, Any],
    header: str,
    extra: dict[str, str] | None = None,
    params_refs: dict[str, tuple[str, str]] | None = None,
    method_docs: dict[str, MethodDoc] | None = None,
) -> dict[str, bytes]:
    """Generated files as {relative path: bytes}. Raises GenerationError on any warning."""
    with tempfile.TemporaryDirectory() as tmp:
        output = Path(tmp)
        config = _config(output)
        with _parsing():
            data = GeneratorData.from_dict(document, config=config)
        if isinstance(data, GeneratorError):
            raise GenerationError(f"{data.header}: {data.detail}")
        schema_of = {
            str(schema.get("title", "")): key
            for key, schema in document["components"]["schemas"].items()
        }
        if data.errors or any(c.parse_errors for c in data.endpoint_collections_by_tag.values()):
            raise GenerationError(_problems(data, schema_of))
        _fit_class_names(data)
        expressions.MODELS.clear()
        expressions.MODELS.update({expressions.class_name(m): m for m in data.models})
        components = {str(s.get("title", "")) for s in document["components"]["schemas"].values()}
        answered = response_models(data)
        aliases, dropped = shapes.dedupe(
            [m for m in data.models if expressions.class_name(m) in answered],
            _reachable(data),
            components,
        )
        expressions.MODELS.clear()
        expressions.MODELS.update(
            {expressions.class_name(m): m for m in data.models if id(m) not in dropped}
        )
        expressions.NAMED_LITERALS.clear()
        expressions.NAMED_LITERALS.update(_named_literals(list(data.models)))
        project = Project(openapi=data, config=config, custom_template_path=TEMPLATES)
        env = project.env
        env.globals.update(expressions.GLOBALS)
        layout = ModelsLayout(data, aliases)

        def module_of(name: str) -> str:
            return f".models.{layout.group[name]}"

        def lazy_imports(prop: Any) -> list[tuple[str, list[str]]]:
            names: list[str] = []
            _top_models(prop, names)
            grouped: dict[str, list[str]] = {}
            for name in sorted(names):
                grouped.setdefault(module_of(name), []).append(name)
            return sorted(grouped.items())

        endpoints = {
            OPERATION_IDS[expressions.text(e.name)]: e
            for collection in data.endpoint_collections_by_tag.values()
            for e in collection.endpoints
        }
        ordered = [endpoints[op] for op in config_module.OPERATIONS if op in endpoints]
        every: dict[str, set[str]] = {}
        for endpoint in ordered:
            for module, names in lazy_imports(endpoint.responses.patterns[0].prop):
                every.setdefault(module, set()).update(names)
        models_module.REF_DESCRIPTIONS.clear()
        models_module.REF_DESCRIPTIONS.update(ref_descriptions(document))
        env.globals["field_doc"] = field_doc
        env.globals["python_repr"] = repr
        # Converted fields that are not decoded later (`_DECODE` names those).
        env.globals["converted_fields"] = lambda props: [
            p for p in props if not expressions.is_identity(p) and not expressions.decoded_later(p)
        ]
        env.globals["lazy_imports"] = lambda prop: lazy_imports(prop)
        env.globals["operation_id"] = lambda endpoint: OPERATION_IDS[
            expressions.text(endpoint.name)
        ]
        renamed = normalize.renamed_since_0_1(document["components"]["schemas"])
        texts = layout.modules(env, renamed)
        texts["operations.py"] = env.get_template("operations.py.jinja").render(
            endpoints=ordered,
            response_imports=[(m, sorted(n)) for m, n in sorted(every.items())],
        )
        answers = {
            op: _answer(
                next(p.prop for p in e.responses.patterns if p.status_code.range == (200, 200)),
                lazy_imports,
            )
            for op, e in endpoints.items()
        }
        texts.update(
            resources.modules(
                answers,
                params_refs or {},
                {name: module_of(name) for name in layout.group},
                method_docs,
            )
        )
        texts["__init__.py"] = header
        texts.update(extra or {})
        texts, enum_names = enums.hoist(texts)
        if "models" in enum_names:
            texts["models/__init__.py"] = layout.init_module(renamed, enum_names["models"])
        _refuse_rebound_names(texts, schema_of)
        package = output / PACKAGE
        package.mkdir()
        for name, text in texts.items():
            target = package / name
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, encoding="utf-8")
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
            if path.is_file() and not is_tool_cache(path.relative_to(package).parts)
        }


def is_tool_cache(parts: tuple[str, ...]) -> bool:
    """Whether a path (its parts below the package) is what a tool left there, not output:
    bytecode, or a hidden file or folder (`.ruff_cache`, `.mypy_cache`); none is generated."""
    return any(part == "__pycache__" or part.startswith(".") for part in parts)


def _format(package: Path) -> None:
    settings = ["--no-cache", "--isolated", "--line-length", "100", "--target-version", "py310"]
    _ruff("check", *settings, "--fix-only", "--select", "I,F401", "--quiet", ".", cwd=package)
    _ruff("format", *settings, "--quiet", ".", cwd=package)
