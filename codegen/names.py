"""Class names of at most 60 characters, for every generated class and alias.

A longer name loses leading words (`PaymentSettingsPaymentMethodOptions...` -> `...Options...`)
until it fits, keeping the words that say what the class is; among the names that fit, the
first one not taken already is used, so two long names never end up as one.
"""

from __future__ import annotations

import re
from collections.abc import Collection

MAX_CLASS_NAME = 60

# Where a word starts: an upper-case letter after a lower-case letter or digit, or the last
# capital of a run followed by a lower-case letter (`APIError` -> `API`, `Error`).
_WORD_START = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")


def fit(name: str, taken: Collection[str] = ()) -> str:
    """`name` if it fits, else its longest tail of whole words that fits and is not `taken`
    (a number added to the longest fitting tail if every such tail is)."""
    if len(name) <= MAX_CLASS_NAME:
        return name
    starts = [match.start() for match in _WORD_START.finditer(name)]
    tails = [name[i:] for i in starts if len(name) - i <= MAX_CLASS_NAME]
    tails = [tail for tail in tails if tail.isidentifier()]
    for tail in tails:
        if tail not in taken:
            return tail
    base = tails[0] if tails else "Shape" + name[10 - MAX_CLASS_NAME :]
    number = 2
    while True:
        suffix = str(number)
        candidate = base[max(0, len(base) + len(suffix) - MAX_CLASS_NAME) :] + suffix
        if candidate[:1].isalpha() and candidate not in taken:
            return candidate
        number += 1
