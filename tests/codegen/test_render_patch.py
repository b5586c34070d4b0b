"""render's stand-in for openapi-python-client's `Endpoint.sort_parameters` (no deepcopy)."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("openapi_python_client")

from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.errors import ParseError
from openapi_python_client.parser.openapi import Endpoint

from codegen import render


def _document(path: str, names: list[str]) -> dict[str, Any]:
    parameters = [
        {"name": name, "in": "path", "required": True, "schema": {"type": "string"}}
        for name in names
    ]
    answer = {"200": {"description": "ok", "content": {"application/json": {"schema": {}}}}}
    return {
        "openapi": "3.0.0",
        "info": {"title": "t", "version": "1"},
        "paths": {
            path: {
                "get": {"operationId": "GetThing", "parameters": parameters, "responses": answer}
            }
        },
    }


def _endpoints(document: dict[str, Any], patched: bool, tmp: Path) -> list[Any]:
    config = render._config(tmp)
    if patched:
        with render._parsing():
            data = GeneratorData.from_dict(copy.deepcopy(document), config=config)
    else:
        data = GeneratorData.from_dict(copy.deepcopy(document), config=config)
    assert isinstance(data, GeneratorData)
    found = [e for c in data.endpoint_collections_by_tag.values() for e in c.endpoints]
    errors = [e for c in data.endpoint_collections_by_tag.values() for e in c.parse_errors]
    return [
        (e.path.get_untrusted_value(), [p.name.get_untrusted_value() for p in e.path_parameters])
        for e in found
    ] + [type(e).__name__ for e in errors]


@pytest.mark.parametrize(
    ("path", "names"),
    [
        ("/v1/a/{first}/b/{second_id}", ["second_id", "first"]),  # listed out of path order
        ("/v1/a/{first}/b/{second_id}", ["first", "second_id"]),
        ("/v1/a/{first}", ["first", "extra"]),  # not templated: a parse error, in both
    ],
)
def test_same_result_as_the_original(path: str, names: list[str], tmp_path: Path) -> None:
    ours = _endpoints(_document(path, names), True, tmp_path)
    original = _endpoints(_document(path, names), False, tmp_path)
    assert ours == original
    assert ours  # an endpoint or an error: the comparison compared something


def test_the_original_is_restored_after_parsing() -> None:
    before = Endpoint.__dict__["sort_parameters"]
    with render._parsing():
        assert Endpoint.__dict__["sort_parameters"] is not before
    assert Endpoint.__dict__["sort_parameters"] is before
    with pytest.raises(RuntimeError), render._parsing():
        raise RuntimeError
    assert Endpoint.__dict__["sort_parameters"] is before


def test_the_result_does_not_share_the_parameter_list() -> None:
    endpoint: Any = copy.copy(object.__new__(Endpoint))
    endpoint.path_parameters = []
    from openapi_python_client.schema.untrusted_string import UntrustedString

    endpoint.path = UntrustedString("/v1/x")
    result = render._sort_parameters(endpoint=endpoint)
    assert not isinstance(result, ParseError)
    assert result is not endpoint and result.path_parameters is not endpoint.path_parameters
