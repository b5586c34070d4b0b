"""What `import stripe_invoicing_client` shows: dir(), completion (rlcompleter, Jedi), exports.

dir() and completion are read in a fresh interpreter, where the lazily loaded names (the
clients, send_invoices, ...) have not been touched yet, as a user's REPL sees them.
"""

from __future__ import annotations

import inspect
import json
import re
import subprocess
import sys
import typing
from pathlib import Path

import jedi
import pytest

import stripe_invoicing_client
from stripe_invoicing_client import _bulk
from tests.source_trees import parse_source

ROOT = Path(__file__).resolve().parents[2]

_FRESH = """
import json, rlcompleter
import stripe_invoicing_client as sic
completer = rlcompleter.Completer({"sic": sic})

def complete(text):
    found, state = [], 0
    while (match := completer.complete(text, state)) is not None:
        found.append(match)
        state += 1
    return found

shown = dir(sic)
print(json.dumps({
    "dir": shown,
    "completions": {text: complete(text) for text in ["sic.StripeInv", "sic.send_", "sic.Progr",
                                                      "sic.TYPE_", "sic.Any"]},
}))
"""


@pytest.fixture(scope="module")
def fresh() -> dict[str, typing.Any]:
    done = subprocess.run(
        [sys.executable, "-c", _FRESH], capture_output=True, text=True, timeout=60, check=True
    )
    result: dict[str, typing.Any] = json.loads(done.stdout)
    return result


def test_dir_lists_the_public_names_and_not_the_module_plumbing(
    fresh: dict[str, typing.Any],
) -> None:
    shown = set(fresh["dir"])
    assert set(stripe_invoicing_client.__all__) <= shown
    assert {"StripeInvoicing", "AsyncStripeInvoicing", "send_invoices", "Progress"} <= shown
    assert not {"Any", "TYPE_CHECKING", "_LAZY"} & shown


def test_every_exported_name_resolves() -> None:
    for name in stripe_invoicing_client.__all__:
        assert getattr(stripe_invoicing_client, name) is not None, name


def test_dir_is_all_plus_loaded_public_submodules() -> None:
    shown = dir(stripe_invoicing_client)
    assert shown == sorted(shown)
    extra = set(shown) - set(stripe_invoicing_client.__all__)
    assert "errors" in extra  # loaded by the package itself
    assert all(inspect.ismodule(getattr(stripe_invoicing_client, n)) for n in extra)


def test_rlcompleter_completes_lazy_names(fresh: dict[str, typing.Any]) -> None:
    completions = fresh["completions"]
    assert completions["sic.StripeInv"] == ["sic.StripeInvoicing("]
    assert completions["sic.send_"] == ["sic.send_invoices("]
    assert completions["sic.Progr"] == ["sic.Progress("]  # a Callable alias: callable
    assert completions["sic.TYPE_"] == []
    assert "sic.Any" not in completions["sic.Any"]


WANTED = {"StripeInvoicing", "AsyncStripeInvoicing", "send_invoices", "Progress", "__version__"}


def test_jedi_static_completion() -> None:
    # What an editor sees: the source, not a live module.
    source = "import stripe_invoicing_client as sic\nsic."
    script = jedi.Script(
        source,
        path=ROOT / "example.py",
        project=jedi.Project(ROOT),  # else Jedi looks for a project above the tree
        environment=jedi.InterpreterEnvironment(),
    )
    names = {c.name for c in script.complete(2, 4)}
    assert names >= WANTED
    assert not {"Any", "TYPE_CHECKING"} & names


_JEDI_INTERPRETER = """
import json, sys, jedi
import stripe_invoicing_client as sic
project = jedi.Project(sys.argv[1])  # else Jedi looks for a project above the tree
found = jedi.Interpreter("sic.", [{"sic": sic}], project=project).complete()
print(json.dumps(sorted({c.name for c in found})))
"""


def test_jedi_interpreter_completion() -> None:
    # What IPython and notebooks use: a live namespace, read through dir().
    done = subprocess.run(
        [sys.executable, "-c", _JEDI_INTERPRETER, str(ROOT)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    names = set(json.loads(done.stdout))
    assert names >= WANTED
    assert not {"Any", "TYPE_CHECKING"} & names


def test_progress_is_the_type_of_send_invoices_progress() -> None:
    assert stripe_invoicing_client.Progress is _bulk.Progress
    annotation = inspect.signature(_bulk.send_invoices).parameters["progress"].annotation
    assert annotation == "Progress | None"  # postponed annotations: the name in _bulk


def test_version_is_the_distribution_version() -> None:
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    match = re.search(r'^version = "([^"]+)"$', pyproject, re.MULTILINE)
    assert match
    assert stripe_invoicing_client.__version__ == match.group(1)


def _typed_names(module_path: Path) -> set[str]:
    """The names a module imports for type checkers (its `if TYPE_CHECKING:` block)."""
    import ast

    names: set[str] = set()
    for node in ast.walk(parse_source(module_path.read_text())):
        if isinstance(node, ast.If) and ast.unparse(node.test) == "TYPE_CHECKING":
            for statement in ast.walk(node):
                if isinstance(statement, ast.ImportFrom):
                    names |= {alias.asname or alias.name for alias in statement.names}
                if isinstance(statement, ast.ImportFrom) and "*" in names:
                    # A star import: what the module it names gives type checkers.
                    names.discard("*")
                    source = module_path.parent.joinpath(*(statement.module or "").split("."))
                    names |= _typed_names(source / "__init__.py")
    return names


def _objects_answered() -> set[str]:
    """Every model an operation answers, with a list's items in place of its envelope."""
    import ast

    generated = ROOT / "stripe_invoicing_client" / "_generated"
    answered = _typed_names(generated / "operations.py")
    items: dict[str, str] = {}
    for path in (generated / "models").glob("*.py"):
        for node in parse_source(path.read_text()).body:
            if not isinstance(node, ast.ClassDef):
                continue
            for field in node.body:
                if (
                    isinstance(field, ast.AnnAssign)
                    and ast.unparse(field.target) == "data"
                    and (found := re.fullmatch(r"list\[(\w+)\]", ast.unparse(field.annotation)))
                ):
                    items[node.name] = found.group(1)
    return {items.get(name, name) for name in answered}


def test_every_object_an_operation_answers_is_a_typed_public_model() -> None:
    from stripe_invoicing_client import models

    answered = _objects_answered()
    assert {"Invoice", "Quote", "QuoteLineItem", "PaymentIntent", "BillingMeter"} <= answered
    assert not any(name.endswith("Response200") for name in answered)
    # Listed for type checkers, not only reachable at run time: otherwise a user's
    # `from stripe_invoicing_client.models import Quote` is `Any` under mypy and pyright.
    typed = _typed_names(ROOT / "stripe_invoicing_client" / "models.py")
    assert sorted(answered - typed) == []
    assert sorted(answered - set(models.__all__)) == []


def test_every_public_model_is_a_model_of_the_public_base() -> None:
    from stripe_invoicing_client import models

    classes = {name: getattr(models, name) for name in models.__all__}
    classes = {name: value for name, value in classes.items() if isinstance(value, type)}
    assert len(classes) > 400  # nested models too, not only those operations answer
    others = sorted(name for name, cls in classes.items() if not issubclass(cls, models.Model))
    assert others == ["Unset"]
    assert models.Invoice.from_dict({"id": "in_1"}).get("id") == "in_1"
