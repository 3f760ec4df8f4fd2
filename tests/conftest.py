"""Shared fixtures: the real project, a real strict build of it, and a real browser."""

from __future__ import annotations

import functools
import http.server
import shutil
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

ROOT = Path(__file__).resolve().parent.parent
REPORTS = ("report-a", "report-b")
CHAPTERS = ("introduction", "s1", "s2", "conclusion")
# The tests build the site as published at this address (mkdocs.yml reads SITE_URL).
SITE_URL = "https://edition.example.org/ruskor/"
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


def mkdocs_build(project: Path, site: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(project / "mkdocs.yml"), "-d", str(site)],
        capture_output=True,
        text=True,
        env={
            "NO_MKDOCS_2_WARNING": "1",
            "DISABLE_MKDOCS_2_WARNING": "true",
            "PATH": "/usr/bin:/bin",
            "SITE_URL": SITE_URL,
        },
    )


def copy_project(target: Path) -> Path:
    """A copy of everything a build needs, for tests that change the input."""
    target.mkdir(parents=True, exist_ok=True)
    for name in ("mkdocs.yml", "seeds", "data", "docs", "overrides", "scripts"):
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, target / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(source, target / name)
    return target


@pytest.fixture(scope="session")
def build(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, subprocess.CompletedProcess[str]]:
    site = tmp_path_factory.mktemp("site")
    result = mkdocs_build(ROOT, site)
    assert result.returncode == 0, result.stderr
    return site, result


@pytest.fixture(scope="session")
def site(build: tuple[Path, subprocess.CompletedProcess[str]]) -> Path:
    return build[0]


def page(site: Path, lang: str, path: str) -> BeautifulSoup:
    prefix = "" if lang == "ja" else "en/"
    return BeautifulSoup((site / f"{prefix}{path}").read_text(encoding="utf-8"), "html.parser")


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture(scope="session")
def http_root(site):
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
