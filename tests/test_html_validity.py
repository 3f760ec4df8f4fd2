"""HTML validity: the Nu HTML Checker (vnu.jar, pinned in package.json) over every page of the build.

vnu runs once, over the whole built site and one deliberately invalid page (which shows that the
checker runs and that the allowlists do not swallow an error of the kind the edition could make).
Every error it reports must be on one of two lists, each entry matching both vnu's message and the
element vnu points at:

- ``MATERIAL``: errors written by Material for MkDocs' own templates, which the edition does not
  override. They go when Material changes its markup (and then the entry has to go too).
- ``PENDING_EDITION_FIXES``: errors in the edition's own output, to be fixed in src/edition.
  Empty: the edition's markup validates (keep the list for an error that cannot be fixed at once).

An entry that matches nothing fails too, so that neither list outlives the errors it excuses.
`make test` installs Java (Debian's default-jre-headless) and the pinned vnu.jar (`npm ci`).
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlparse
from urllib.request import url2pathname

import pytest
from helpers import ROOT

VNU_JAR = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
PINNED = json.loads((ROOT / "package.json").read_text(encoding="utf-8"))["devDependencies"]["vnu-jar"]
# A page with one error the edition could make (an image without alt) and nothing else.
CANARY = (
    '<!DOCTYPE html>\n<html lang="en">\n<head><meta charset="utf-8"><title>Canary</title></head>\n'
    '<body><main><h1>Canary</h1><p><img src="map.png"></p></main></body>\n</html>\n'
)
CANARY_ERROR = "An “img” element must have an “alt” attribute"


@dataclass(frozen=True)
class Known:
    """An error vnu reports that is allowed for now: where it comes from and why it is there."""

    message: str  # regular expression, searched in vnu's message
    element: str  # regular expression, searched in the markup vnu highlights (the offending tag)
    source: str  # the template or function that writes the element
    reason: str


# Material for MkDocs (mkdocs-material, pinned in requirements.lock), templates under
# .venv/lib/python3.11/site-packages/material/templates/; the edition's overrides/main.html extends
# base.html and overrides none of these.
MATERIAL = (
    Known(
        message=r"^Attribute “autocomplete” is only allowed when the input type is ",
        element=r'^<input class="md-toggle" data-md-toggle="(drawer|search)" type="checkbox" id="__(drawer|search)" '
        r'autocomplete="off">$',
        source="base.html (the #__drawer and #__search toggles at the start of <body>)",
        reason="Material's CSS-only drawer and search toggles are checkboxes with autocomplete=off, which HTML "
        "allows on text-like inputs only (2 on every page)",
    ),
    Known(
        message=r"^Bad value “” for attribute “tabindex” on element “label”: The empty string is not a valid "
        r"integer\.$",
        element=r'^<label class="md-nav__link[^"]*" for="__nav_[0-9_]+" id="__nav_[0-9_]+_label" tabindex="">$',
        source='partials/nav-item.html (`{% set tabindex = "0" if not is_section %}`, then '
        '`tabindex="{{ tabindex }}"` on the section\'s <label>)',
        reason="with the navigation.sections feature, a section's label gets an empty tabindex (one per top-level "
        "section of the navigation, on every page)",
    ),
    Known(
        message=r"^The value of the “for” attribute of the “label” element must be the ID of a non-hidden form "
        r"control\.$",
        element=r'^<label class="md-nav__title" for="__toc">$',
        source="partials/toc.html (the title of the secondary table of contents)",
        reason="toc.html always labels #__toc, but only nav-item.html writes that checkbox, and only for a page "
        "listed as a page in the navigation: pages outside it (actor and event pages) and section index pages "
        "(navigation.indexes: report-*/index.html) have a table of contents and no #__toc",
    ),
)

# The edition's own markup, to be fixed in src/edition (then delete the entry: the test fails
# while an entry matches nothing).
PENDING_EDITION_FIXES: tuple[Known, ...] = ()


def _java() -> str:
    java = shutil.which("java") or "/usr/bin/java"
    if not Path(java).exists() or not VNU_JAR.exists():
        pytest.fail(f"needs java and {VNU_JAR.relative_to(ROOT)}: `make test` installs both")
    return java


@pytest.fixture(scope="module")
def vnu(site: Path, tmp_path_factory: pytest.TempPathFactory) -> dict:
    """One run of vnu over the site and the canary: its JSON report and the files it says it checked."""
    canary = tmp_path_factory.mktemp("vnu") / "canary.html"
    canary.write_text(CANARY, encoding="utf-8")
    options = ["--format", "json", "--errors-only", "--skip-non-html", "--stdout", "--verbose", "--no-langdetect"]
    result = subprocess.run(
        [_java(), "-jar", str(VNU_JAR), *options, str(site), str(canary)],
        capture_output=True,
        text=True,
        encoding="utf-8",
    )
    assert result.returncode in (0, 1), result.stderr  # 1: errors were found
    report = json.loads(result.stdout)
    # --verbose: vnu names each file it checks on stderr (a file it cannot find is skipped silently)
    report["checked"] = {Path(line) for line in result.stderr.splitlines() if line.endswith(".html")}
    report["site"], report["canary"] = site, canary
    return report


def _path(message: dict) -> Path:
    return Path(url2pathname(urlparse(message["url"]).path))


def _element(message: dict) -> str:
    extract, start = message.get("extract", ""), message.get("hiliteStart", 0)
    return extract[start : start + message.get("hiliteLength", 0)].strip()


def _entry(message: dict) -> Known | None:
    for known in MATERIAL + PENDING_EDITION_FIXES:
        if re.search(known.message, message["message"]) and re.search(known.element, _element(message)):
            return known
    return None


def _site_errors(vnu: dict) -> list[dict]:
    return [m for m in vnu["messages"] if _path(m) != vnu["canary"]]


def _describe(message: dict, site: Path) -> str:
    where = _path(message)
    where = where.relative_to(site) if where.is_relative_to(site) else where
    return f"{where}:{message.get('lastLine')}: {message['message']} — {_element(message)[:160]}"


def test_the_pinned_checker_ran_over_every_page(vnu):
    assert vnu["version"].split()[0] == PINNED
    pages = set(vnu["site"].rglob("*.html"))
    assert len(pages) > 300
    assert vnu["checked"] == pages | {vnu["canary"]}
    assert {m["type"] for m in vnu["messages"]} <= {"error"}  # no non-document-error (unreadable file, crash)


def test_the_checker_reports_an_error_no_allowlist_covers(vnu):
    canary = [m for m in vnu["messages"] if _path(m) == vnu["canary"]]
    assert [m["message"][: len(CANARY_ERROR)] for m in canary] == [CANARY_ERROR]
    assert _entry(canary[0]) is None


def test_no_html_error_outside_the_allowlists(vnu):
    unexplained = sorted(_describe(m, vnu["site"]) for m in _site_errors(vnu) if _entry(m) is None)
    assert not unexplained, f"{len(unexplained)} error(s):\n" + "\n".join(unexplained)


@pytest.mark.parametrize(
    "known",
    MATERIAL + PENDING_EDITION_FIXES,
    ids=[known.source.split()[0] for known in MATERIAL + PENDING_EDITION_FIXES],
)
def test_every_allowlist_entry_still_matches_an_error(vnu, known):
    assert any(_entry(m) == known for m in _site_errors(vnu)), f"no longer reported, remove the entry: {known}"
