"""What the tests share: the project's paths, a strict build, a copy of the project to change,
the command line, parsed pages. One definition each (the benchmark uses them too)."""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

from bs4 import BeautifulSoup

ROOT = Path(__file__).resolve().parent.parent
REPORTS = tuple(path.stem for path in sorted((ROOT / "seeds").glob("*.yml")))
CHAPTERS = ("introduction", "s1", "s2", "conclusion")
# The tests build the site as published at this address (mkdocs.yml reads SITE_URL).
SITE_URL = "https://edition.example.org/ruskor/"
# and report errors to this tracker (data/edition.yml has none configured)
TRACKER = "https://tracker.example.org/ruskor/issues/new"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
# Every page type of the site, in the default language's paths (the browser and axe suites).
PAGES = (
    [
        "index.html",
        "editorial.html",
        "offline.html",
        "bibliography.html",
        "actors/index.html",
        "actors/kim-jong-un.html",
        "events/index.html",
        "events/2011-08-24-kim-jong-il-medvedev-summit.html",
        "timeline.html",
        "changelog.html",
        "errata.html",
    ]
    + [f"{r}/{c}.html" for r in REPORTS for c in ("index", *CHAPTERS, "bibliography")]
    + ["report-a/s2-parallel.html"]
)
# The copies of the project leave the EPUBs and PDFs out (EDITION_BOOKS) unless a test asks for
# them; every build shares one cache of PDFs, so an unchanged report's are not made again.
BOOKS_ENV = {"EDITION_BOOKS": "false", "EDITION_CACHE": str(ROOT / "build" / "cache")}
BUILD_ENV = {"NO_MKDOCS_2_WARNING": "1", "DISABLE_MKDOCS_2_WARNING": "true", "PATH": "/usr/bin:/bin", **BOOKS_ENV}


def mkdocs_build(
    project: Path, site: Path, site_url: str = SITE_URL, books: bool = False
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(project / "mkdocs.yml"), "-d", str(site)],
        capture_output=True,
        text=True,
        env={**BUILD_ENV, "SITE_URL": site_url, "EDITION_BOOKS": str(books).lower()},
    )


def run_edition(*args: str, root: Path = ROOT) -> subprocess.CompletedProcess[str]:
    """``python -m edition …`` on a project."""
    return subprocess.run(
        [sys.executable, "-m", "edition", *args, "--root", str(root)],
        capture_output=True,
        text=True,
        cwd=root,
        env={**os.environ, **BOOKS_ENV},
    )


def copy_project(target: Path) -> Path:
    """A copy of everything a build needs (the package is the installed one), for tests that
    change the input."""
    target.mkdir(parents=True, exist_ok=True)
    for name in ("mkdocs.yml", "seeds", "data", "docs", "overrides"):
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, target / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(source, target / name)
    return target


def edit_seed(project: Path, report: str, old: str, new: str) -> Path:
    """Replace text in a report's seed and re-sign its checksum in the metadata (as an editor
    correcting a witness would have to): the change reaches the parser."""
    meta = project / "seeds" / f"{report}.yml"
    seed_name = re.search(r"^seed: (\S+)$", meta.read_text(encoding="utf-8"), re.M)
    assert seed_name, meta
    seed = project / "seeds" / seed_name[1]
    text = seed.read_text(encoding="utf-8")
    assert old in text, old
    text = text.replace(old, new, 1)
    seed.write_text(text, encoding="utf-8")
    digest = hashlib.sha256(text.encode()).hexdigest()
    meta.write_text(re.sub(r"seed_sha256: \w+", f"seed_sha256: {digest}", meta.read_text(encoding="utf-8")))
    return seed


def page(site: Path, lang: str, path: str) -> BeautifulSoup:
    prefix = "" if lang == "ja" else f"{lang}/"
    return BeautifulSoup((site / f"{prefix}{path}").read_text(encoding="utf-8"), "html.parser")
