"""Python source read as a syntax tree, for the tests that inspect code rather than run it."""

from __future__ import annotations

import ast
import gc
from typing import Literal, overload


@overload
def parse_source(source: str) -> ast.Module: ...
@overload
def parse_source(source: str, mode: Literal["eval"]) -> ast.Expression: ...
def parse_source(source: str, mode: Literal["exec", "eval"] = "exec") -> ast.AST:
    """`ast.parse`, with the garbage collector held off meanwhile: on CPython 3.11 a collection
    during the parse whose finalizers run Python code (event loops and coroutines that earlier
    tests left behind) fails with "AST constructor recursion depth mismatch"
    (python/cpython#106905)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        return ast.parse(source, mode=mode)
    finally:
        if enabled:
            gc.enable()
