"""Fixtures: a real strict build of the project, a real browser, an HTTP server over the build.

Markers (pyproject.toml): tests under tests/unit/ are ``unit`` (fast, synthetic, in-process:
``make check``); tests that use the browser are ``browser``. `make test` runs everything.
"""

from __future__ import annotations

import functools
import http.server
import subprocess
import threading
from pathlib import Path

import pytest
from helpers import CHROMIUM, CHROMIUM_ARGS, ROOT, TRACKER, copy_project, mkdocs_build


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "browser" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def build(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, subprocess.CompletedProcess[str]]:
    site = tmp_path_factory.mktemp("site")
    result = mkdocs_build(ROOT, site, books=True)  # the one build that makes the EPUBs and PDFs
    assert result.returncode == 0, result.stderr
    return site, result


@pytest.fixture(scope="session")
def site(build: tuple[Path, subprocess.CompletedProcess[str]]) -> Path:
    return build[0]


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


def serve(site: Path):
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


@pytest.fixture(scope="session")
def http_root(site):
    yield from serve(site)


@pytest.fixture(scope="session")
def local_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The default build (no published address, as `make site` without SITE_URL) of the
    project with an error tracker configured."""
    project = copy_project(tmp_path_factory.mktemp("local-project"))
    identity = project / "data" / "edition.yml"
    text = identity.read_text(encoding="utf-8").replace("\ntracker:\n", f"\ntracker: {TRACKER}\n")
    identity.write_text(text, encoding="utf-8")
    site = tmp_path_factory.mktemp("local-site")
    result = mkdocs_build(project, site, site_url="")
    assert result.returncode == 0, result.stderr
    return site


@pytest.fixture(scope="session")
def local_http_root(local_site):
    yield from serve(local_site)
