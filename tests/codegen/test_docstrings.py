"""Docs where people read them (issue 23): `help()` of a resource method lists every parameter
with its type and the spec's sentence, what it returns and the errors to expect; `help()` of a
model gives each field its sentence, and of a parameter TypedDict each key (nested ones too)
its type and sentence; a parameter class shared by several operations says what it is; each
search's `query` names the fields its resource's search takes; and editors show the same words:
Jedi (completion in IPython, many editors) and pyright (Pylance's engine) on hover, asked
through their own APIs."""

from __future__ import annotations

import ast
import importlib
import inspect
import json
import os
import pydoc
import re
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from codegen import operations, search_fields
from codegen.docs import first_sentence
from stripe_invoicing_client import AsyncStripeInvoicing, StripeInvoicing, models
from stripe_invoicing_client._generated.params import _shared
from stripe_invoicing_client._generated.params import invoices as invoices_params
from tests.source_trees import parse_source

from ._support import attribute_docs

yaml = pytest.importorskip("yaml")

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "openapi" / "stripe-invoicing.yaml"
KEY = "sk_test_" + "docs" * 6


def _spec_operations() -> dict[str, dict[str, Any]]:
    document = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    return {
        operation["operationId"]: operation
        for item in document["paths"].values()
        for operation in item.values()
        if isinstance(operation, dict) and "operationId" in operation
    }


SPEC_OPERATIONS = _spec_operations()
AVAILABLE = [op for op in operations.OPERATIONS if op.operation_id in SPEC_OPERATIONS]


def _parameters(operation: dict[str, Any]) -> dict[str, str]:
    """name -> description of an operation's path, query and form parameters, as in the spec."""
    found = {
        p["name"]: str(p.get("description", ""))
        for p in operation.get("parameters", [])
        if p.get("in") in ("path", "query")
    }
    body = operation.get("requestBody", {}).get("content", {})
    form = body.get("application/x-www-form-urlencoded", {}).get("schema") or {}
    for name, schema in (form.get("properties") or {}).items():
        found[name] = str(schema.get("description", ""))
    return found


def _method(client: object, op: operations.Operation) -> Callable[..., object]:
    target: Any = client
    for attribute in operations.RESOURCES[op.resource].client_path:
        target = getattr(target, attribute)
    method: Callable[..., object] = getattr(target, op.method)
    return method


def _help(thing: object) -> str:
    return pydoc.plain(pydoc.render_doc(thing))


@pytest.fixture(params=["sync", "async"])
def client(request: pytest.FixtureRequest) -> Iterator[object]:
    made = StripeInvoicing(KEY) if request.param == "sync" else AsyncStripeInvoicing(KEY)
    yield made


def test_help_of_every_method_lists_its_parameters_return_and_errors(client: object) -> None:
    assert len(AVAILABLE) >= 80
    for op in AVAILABLE:
        text = _help(_method(client, op))
        where = f"{op.resource}.{op.method}"
        assert op.doc in text, where
        parameters = _parameters(SPEC_OPERATIONS[op.operation_id])
        if op.kind == "delete":
            parameters = {name: parameters[name] for name in op.path_params}
        for name, description in parameters.items():
            line = re.search(rf"^ *{name} \((.*?)\): (.*)$", text, re.MULTILINE)
            assert line is not None, f"{where}: no line for {name}"
            if op.kind == "search" and name == "query":
                # The spec's sentence, then the fields of this resource's search.
                assert line[2].startswith(first_sentence(description).rstrip(".")), where
                continue
            assert line[2] == (first_sentence(description) or "(no description in the spec)"), (
                where,
                name,
            )
        for heading in ("Args:" if parameters else "", "Returns:", "Raises:"):
            assert heading in text, (where, heading)
        assert "InvalidRequestError" in text and "APIConnectionError" in text, where
        assert ("NotFoundError" in text) == bool(op.path_params), where
        assert ("CardError" in text) == (op.method == "pay"), where
        assert "idempotency_key" in text.split("Returns:")[0] or op.http_method == "GET", where


def test_a_method_names_its_return_type_and_pages() -> None:
    client = StripeInvoicing(KEY)
    send = _help(client.invoices.send)
    assert re.search(r"Returns:\n *\| *Invoice: ", send) or "    Invoice: the object" in send
    listing = _help(client.invoices.list)
    assert "SyncPager[Invoice]: iterate it for every match" in listing
    asynchronous = _help(AsyncStripeInvoicing(KEY).invoices.list)
    assert "AsyncPager[Invoice]" in asynchronous
    assert "expand (list[str]): Dotted paths" in send
    assert "invoice (str, required): Id of the invoice" in send


def test_each_search_method_describes_its_own_query() -> None:
    # The five search operations share one TypedDict; each method's help keeps its own words.
    client = StripeInvoicing(KEY)
    invoices = _help(client.invoices.search)
    customers = _help(client.customers.search)
    assert "status:'open'" in invoices and "status:'open'" not in customers
    assert "email:'jane@example.com'" in customers


def _class_docs(module: object) -> dict[str, str]:
    return {
        name: inspect.getdoc(value) or ""
        for name, value in vars(module).items()
        if isinstance(value, type) and value.__module__ == getattr(module, "__name__", "")
    }


def _key_docs(path: Path) -> dict[tuple[str, str], str]:
    """(class, key) -> the string written right after the key, in a generated params module."""
    docs: dict[tuple[str, str], str] = {}
    for node in parse_source(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.ClassDef):
            for key, doc in attribute_docs(node):
                docs[(node.name, key)] = doc
    return docs


def test_a_shared_parameter_class_says_its_shape_not_who_uses_it() -> None:
    docs = _class_docs(_shared)
    expand = docs["ExpandParams"]
    assert "`expand`" in expand and "share" in expand
    operation_names = re.compile(r"`[a-z_]+\.[a-z_]+`")
    assert not operation_names.findall(expand), expand
    # `NoParams`: the deletes' and `subscriptions.delete_discount`'s (issue 24) empty shape.
    for name in ("ListParams", "NoParams"):
        assert not operation_names.findall(docs[name]), (name, docs[name])
    assert "No parameters" in docs["NoParams"]


@pytest.mark.parametrize("resource", search_fields.RESOURCES, ids=lambda r: r.name)
def test_each_search_query_names_its_fields_and_builder(resource: search_fields.Resource) -> None:
    # Each search has its own parameter class: `query` says which fields that resource's
    # search takes and which builder class makes one (and its type names that class).
    op = next(o for o in AVAILABLE if o.resource == resource.name and o.kind == "search")
    module = importlib.import_module(f"stripe_invoicing_client._generated.params.{op.resource}")
    sentence = _key_docs(Path(str(module.__file__)))[(op.params, "query")]
    assert f"`{resource.builder}`" in sentence, sentence
    for field in resource.fields:
        assert re.search(rf"\b{field.name}\b", sentence), (field.name, sentence)
    others = {f.name for r in search_fields.RESOURCES for f in r.fields} - {
        f.name for f in resource.fields
    }
    assert not [name for name in others if re.search(rf"\b{name}\b", sentence)], sentence
    method = _help(_method(StripeInvoicing(KEY), op))
    assert f"query (str | SearchQuery[{resource.builder}], required): " in method
    assert sentence in method


PARAMS_MODULES = sorted(
    path.stem
    for path in (ROOT / "stripe_invoicing_client" / "_generated" / "params").glob("*.py")
    if path.stem != "__init__"
)


def _class_keys(path: Path) -> dict[str, list[str]]:
    """class -> its keys, in a generated params module."""
    return {
        node.name: [
            key.target.id
            for key in node.body
            if isinstance(key, ast.AnnAssign) and isinstance(key.target, ast.Name)
        ]
        for node in parse_source(path.read_text(encoding="utf-8")).body
        if isinstance(node, ast.ClassDef)
    }


@pytest.mark.parametrize("name", PARAMS_MODULES)
def test_every_key_of_a_parameter_class_has_a_sentence(name: str) -> None:
    # Nested keys too (`automatic_tax.enabled`): the string after each key is what editors show.
    path = ROOT / "stripe_invoicing_client" / "_generated" / "params" / f"{name}.py"
    docs = _key_docs(path)
    missing = [
        f"{cls}.{key}"
        for cls, keys in _class_keys(path).items()
        for key in keys
        if not docs.get((cls, key))
    ]
    assert not missing, missing


@pytest.mark.parametrize("name", PARAMS_MODULES)
def test_help_of_a_parameter_class_lists_its_keys(name: str) -> None:
    module = importlib.import_module(f"stripe_invoicing_client._generated.params.{name}")
    path = Path(str(module.__file__))
    docs = _key_docs(path)
    for cls, keys in _class_keys(path).items():
        text = _help(getattr(module, cls))
        assert ("Keys:" in text) == bool(keys), cls
        for key in keys:
            pattern = rf"^ *\|? *{key} \((.*?)\): {re.escape(docs[(cls, key)])}$"
            assert re.search(pattern, text, re.MULTILINE), (cls, key)


def test_help_of_a_nested_parameter_class_gives_types_and_sentences() -> None:
    text = _help(_shared.AutomaticTaxParam)
    assert "enabled (bool, required): Whether Stripe calculates the tax automatically." in text
    assert "liability (LiabilityParam): Account liable for the tax" in text
    create = _help(invoices_params.InvoiceCreateParams)
    assert create.index("Parameters of `invoices.create`") < create.index("Keys:")
    assert "automatic_tax (AutomaticTaxParam): " in create


def test_a_parameter_class_without_source_keeps_its_own_docstring(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from stripe_invoicing_client._core import key_docs

    def no_source(_: object) -> str:
        raise OSError("no source")

    monkeypatch.setattr(inspect, "getsource", no_source)
    monkeypatch.setattr(key_docs, "_PARSED", {})
    monkeypatch.setattr(key_docs, "_DOCS", {})
    own = "Parameters of `invoices.create` (PostInvoices)."
    assert invoices_params.InvoiceCreateParams.__doc__ == own
    assert _shared.AutomaticTaxParam.__doc__ is None


MODELS = ["Invoice", "Customer", "LineItem", "TaxRate", "Subscription", "CreditNote"]


def _class_node(cls: type) -> ast.ClassDef:
    source = parse_source(inspect.getsource(sys.modules[cls.__module__]))
    return next(n for n in source.body if isinstance(n, ast.ClassDef) and n.name == cls.__name__)


@pytest.mark.parametrize("name", MODELS)
def test_help_of_a_model_gives_each_field_its_sentence(name: str) -> None:
    cls = getattr(models, name)
    text = _help(cls)
    node = _class_node(cls)
    documented = 0
    for field, doc in attribute_docs(node):
        pattern = rf"^ *\|? *{field} \(.*\): {re.escape(doc)}"
        assert re.search(pattern, text, re.MULTILINE), (name, field)
        documented += 1
    assert documented >= 5, name
    assert (cls.__doc__ or "").startswith(ast.get_docstring(node, clean=False) or "?")


def test_a_model_without_source_keeps_its_own_docstring(monkeypatch: pytest.MonkeyPatch) -> None:
    from stripe_invoicing_client._core import model

    own = ast.get_docstring(_class_node(models.TaxRate), clean=False)

    def no_source(_: object) -> str:
        raise OSError("no source")

    monkeypatch.setattr(inspect, "getsource", no_source)
    monkeypatch.setattr(model, "_DOCS", {})
    assert models.TaxRate.__doc__ == own


# --- editors ----------------------------------------------------------------------------------

PROGRAM = """\
from stripe_invoicing_client import StripeInvoicing
from stripe_invoicing_client.models import Invoice

client = StripeInvoicing("sk_test_x")


def show(invoice: Invoice) -> None:
    print(invoice.amount_due)


client.invoices.send("in_1")
client.customers.search(query="email:'a@example.com'")
client.invoices.create(customer="cus_1", automatic_tax={"enabled": True})
"""


def _position(word: str, after: str = "") -> tuple[int, int]:
    """0-based (line, column) of `word` in PROGRAM, on the first line holding `after` too."""
    for number, line in enumerate(PROGRAM.splitlines()):
        if word in line and after in line:
            return number, line.index(word)
    raise AssertionError(word)


def test_jedi_shows_field_and_method_docs() -> None:
    jedi = pytest.importorskip("jedi")
    # A project rooted here: Jedi would otherwise look for one in the parent directories.
    script = jedi.Script(
        PROGRAM, environment=jedi.InterpreterEnvironment(), project=jedi.Project(ROOT)
    )
    line, column = _position("amount_due")
    field = script.help(line + 1, column + 1)
    assert field and field[0].docstring().startswith("Amount the customer owes")
    line, column = _position("send")
    method = script.help(line + 1, column + 1)
    text = method[0].docstring()
    assert "Args:" in text and "expand (list[str]): Dotted paths" in text
    assert "Raises:" in text and "NotFoundError" in text


def test_jedi_in_a_repl_shows_a_parameter_class_keys() -> None:
    # IPython completes and shows help through jedi.Interpreter, which reads the live class's
    # __doc__: its keys with their types and sentences, nested keys too.
    jedi = pytest.importorskip("jedi")
    namespace = {
        "InvoiceCreateParams": invoices_params.InvoiceCreateParams,
        "AutomaticTaxParam": _shared.AutomaticTaxParam,
    }
    for name, expected in (
        ("InvoiceCreateParams", "automatic_tax (AutomaticTaxParam): "),
        ("AutomaticTaxParam", "enabled (bool, required): Whether Stripe calculates the tax"),
    ):
        shown = jedi.Interpreter(name, [namespace]).help(1, len(name))
        assert shown and expected in shown[0].docstring(), name


class _LanguageServer:
    """pyright's language server over stdio: just enough LSP to ask for hovers."""

    def __init__(self, work: Path) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "pyright.langserver", "--stdio"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            cwd=work,
        )
        self.next_id = 0

    def send(self, message: dict[str, Any]) -> None:
        assert self.process.stdin is not None
        body = json.dumps({"jsonrpc": "2.0", **message}).encode()
        self.process.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.process.stdin.flush()

    def _read(self) -> dict[str, Any]:
        assert self.process.stdout is not None
        length = 0
        while line := self.process.stdout.readline().strip():
            name, _, value = line.decode().partition(": ")
            if name == "Content-Length":
                length = int(value)
        if not length:
            raise AssertionError("the language server closed its output")
        message: dict[str, Any] = json.loads(self.process.stdout.read(length))
        return message

    def request(self, method: str, params: dict[str, Any]) -> Any:
        self.next_id += 1
        self.send({"id": self.next_id, "method": method, "params": params})
        for _ in range(10_000):
            message = self._read()
            if "method" in message and "id" in message:  # the server asks: answer plainly
                items = message.get("params", {}).get("items", [])
                settings = message["method"] == "workspace/configuration"
                result: list[dict[str, Any]] | None = [{} for _ in items] if settings else None
                self.send({"id": message["id"], "result": result})
            elif message.get("id") == self.next_id:
                return message.get("result")
        raise AssertionError(f"no answer to {method}")

    def close(self) -> None:
        self.process.kill()
        self.process.wait(timeout=30)


@pytest.fixture(scope="module")
def hovers(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Callable[[str, str], str]]:
    pytest.importorskip("pyright", reason="pyright (the test extra) is not installed")
    work = tmp_path_factory.mktemp("hover")
    program = work / "program.py"
    program.write_text(PROGRAM, encoding="utf-8")
    (work / "pyrightconfig.json").write_text(json.dumps({"extraPaths": [str(ROOT)]}))
    server = _LanguageServer(work)
    uri = program.as_uri()
    try:
        server.request(
            "initialize",
            {
                "processId": os.getpid(),
                "rootUri": work.as_uri(),
                "capabilities": {"textDocument": {"hover": {"contentFormat": ["plaintext"]}}},
                "workspaceFolders": [{"uri": work.as_uri(), "name": "hover"}],
            },
        )
    except (AssertionError, OSError) as error:
        server.close()
        pytest.skip(f"pyright's language server did not start here: {error}")
    server.send({"method": "initialized", "params": {}})
    document = {"uri": uri, "languageId": "python", "version": 1, "text": PROGRAM}
    server.send({"method": "textDocument/didOpen", "params": {"textDocument": document}})

    def hover(word: str, after: str = "") -> str:
        line, column = _position(word, after)
        result = server.request(
            "textDocument/hover",
            {"textDocument": {"uri": uri}, "position": {"line": line, "character": column + 1}},
        )
        assert result is not None, word
        return str(result["contents"]["value"])

    yield hover
    server.close()


def test_pyright_hover_shows_a_fields_sentence(hovers: Callable[[str, str], str]) -> None:
    text = hovers("amount_due", "print")
    assert "Amount the customer owes in the smallest currency unit" in text


def test_pyright_hover_shows_a_methods_parameters(hovers: Callable[[str, str], str]) -> None:
    text = hovers("send", "")
    assert "Args:" in text and "Returns:" in text and "Raises:" in text
    assert "Dotted paths of fields to return as full objects" in text


def test_pyright_hover_on_a_keyword_shows_its_sentence(hovers: Callable[[str, str], str]) -> None:
    # The keyword maps to a key of the unpacked TypedDict: its docstring is what shows.
    assert "Id of the customer who is billed." in hovers("customer", "create")
    query = hovers("query", "search")
    assert "search language" in query and "status:" not in query
    assert "email" in query and "`CustomerSearch`" in query


def test_pyright_hover_on_a_nested_key_shows_its_sentence(
    hovers: Callable[[str, str], str],
) -> None:
    # A key inside an object parameter: its sentence is ours (openapi/request-keys.yaml).
    assert "Whether Stripe calculates the tax automatically." in hovers("enabled", "create")
