"""Test ids that can be given back to pytest (`pytest 'path::test[id]'`, `--lf`).

pytest shows a backslash or a non-ASCII character of an id escaped, and the escaped id it
shows does not select the test again; so ids here have neither.
"""

from __future__ import annotations


def shown(value: object) -> str:
    """`repr(value)`, with each escape written with `%` instead of a backslash."""
    return repr(value).encode("ascii", "backslashreplace").decode("ascii").replace("\\", "%")
