"""CHANGELOG.md (Keep a Changelog): an Unreleased section on top, then each release, newest
first; the newest is the package's version, and the README's upgrade notes name releases
before it."""

from __future__ import annotations

import re
from pathlib import Path

from stripe_invoicing_client import __version__

ROOT = Path(__file__).resolve().parents[2]
RELEASE = re.compile(r"^## \[(\d+\.\d+\.\d+)\] - (\d{4}-\d{2}-\d{2})$", re.MULTILINE)


def version(text: str) -> tuple[int, ...]:
    return tuple(int(part) for part in text.split("."))


def changelog() -> str:
    return (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")


def test_unreleased_comes_first_then_releases_newest_first() -> None:
    text = changelog()
    assert text.startswith("# Changelog\n")
    headings = re.findall(r"^## .*$", text, re.MULTILINE)
    assert headings[0] == "## [Unreleased]"
    releases = RELEASE.findall(text)
    assert len(releases) == len(headings) - 1, headings  # every other heading is a release
    assert [v for v, _ in releases] == sorted((v for v, _ in releases), key=version, reverse=True)
    assert [d for _, d in releases] == sorted((d for _, d in releases), reverse=True)


def test_the_newest_release_is_the_package_version() -> None:
    releases = RELEASE.findall(changelog())
    assert releases[0][0] == __version__


def test_readme_upgrade_notes_name_earlier_releases() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    released = {v for v, _ in RELEASE.findall(changelog())}
    notes = re.findall(r"^#+ Upgrading from (\d+\.\d+)$", readme, re.MULTILINE)
    assert notes
    for older in notes:
        assert version(older) < version(__version__)[:2], (older, __version__)
        assert any(v.startswith(older + ".") for v in released), older
