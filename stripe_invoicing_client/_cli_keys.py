"""Where the commands take a key from: a file, standard input or the environment, never the
command line, where `ps` and shell history show it."""

from __future__ import annotations

from typing import TextIO

KEY_IN_ARGV = "--api-key is not accepted: a key on the command line shows in ps and shell history"


class KeyFileError(Exception):
    """The key file cannot be read; the message names the option, never the contents."""


def read_key_file(path: str, stdin: TextIO) -> tuple[str, str]:
    """The key in `path` (`-`: the first line of standard input), stripped, and where it came
    from as messages name it."""
    if path == "-":
        return stdin.readline().strip(), "standard input"
    try:
        with open(path, encoding="utf-8") as file:
            return file.read().strip(), "--api-key-file"
    except OSError as error:
        raise KeyFileError(f"--api-key-file: cannot read it ({error.strerror})") from None


__all__ = ["KEY_IN_ARGV", "KeyFileError", "read_key_file"]
