"""Benchmark: our build against stock Material on the same Markdown, in one run (README, "Benchmark").

Prints medians of several runs (these machines are noisy):
- full build time (generation and both languages) against the same generated Markdown built by
  stock Material (Material, mkdocs-static-i18n, search and offline plugins; none of our hooks,
  overrides or Markdown extension), and the ratio;
- per page type, the page weight and first-load transfer measured in Chromium over localhost
  (empty cache, every response counted), ours against the same page of the stock build;
- the size of the search indexes, and search latency in the browser (typing to first result);
- what each offline format costs (time to make, size): corpus and TEI, EPUBs, PDFs (each), and
  the build with the books from a cold cache, from a warm one, and without them.

Usage: .venv/bin/python scripts/benchmark.py [--runs 5] [--formats-only]
"""

from __future__ import annotations

import argparse
import copy
import functools
import http.server
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import yaml

from edition.project import Project

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
from helpers import BUILD_ENV, CHROMIUM, CHROMIUM_ARGS, ROOT

PAGES = {
    "home": "index.html",
    "report landing": "report-a/index.html",
    "chapter": "report-a/s2.html",
    "actor": "actors/kim-jong-un.html",
    "event": "events/2011-08-24-kim-jong-il-medvedev-summit.html",
    "timeline": "timeline.html",
}
QUERIES = {
    "ja": ["ガスプロム", "赤の広場", "ラヴロフ", "安保理", "パイプライン"],
    "en": ["Gazprom", "Lavrov", "pipeline"],
}
ENV = {**os.environ, **BUILD_ENV, "SITE_URL": "", "EDITION_BOOKS": "true"}  # the site as `make site` builds it


def stock_project(target: Path) -> Path:
    """The generated Markdown with a stock configuration: what Material alone does with it."""
    shutil.copytree(ROOT / "docs", target / "docs")
    config = copy.deepcopy(Project(ROOT).config)
    config.pop("extra", None)
    config.pop("extra_css")
    config.pop("extra_javascript")
    config["site_url"] = ""
    config["theme"].pop("custom_dir")
    config["markdown_extensions"] = [e for e in config["markdown_extensions"] if not str(e).startswith("edition.")]
    config["plugins"] = [
        p for p in config["plugins"] if not (isinstance(p, dict) and ({"edition", "redirects"} & set(p)))
    ]
    (target / "mkdocs.yml").write_text(yaml.safe_dump(config, allow_unicode=True), encoding="utf-8")
    return target


def build(project: Path, site: Path, env: dict[str, str] | None = None) -> float:
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(project / "mkdocs.yml"), "-d", str(site)],
        check=True,
        env={**ENV, **(env or {})},
        capture_output=True,
    )
    return time.perf_counter() - start


def serve(site: Path) -> str:
    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args: object) -> None:
            pass

    handler = functools.partial(Quiet, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return f"http://127.0.0.1:{server.server_address[1]}"


def transfer(browser, url: str) -> tuple[int, int]:
    """(bytes transferred on a first load with an empty cache, of which the HTML document)."""
    context = browser.new_context()
    page = context.new_page()
    responses = []
    page.on("requestfinished", lambda request: responses.append(request))
    page.goto(url, wait_until="networkidle")
    page.wait_for_timeout(300)
    total = sum(r.sizes()["responseBodySize"] + r.sizes()["responseHeadersSize"] for r in responses)
    document = next(r.sizes()["responseBodySize"] for r in responses if r.resource_type == "document")
    context.close()
    return total, document


def search_latency(browser, url: str, query: str) -> tuple[float, bool]:
    """(seconds from typing the query to the answer shown, whether it found anything)."""
    context = browser.new_context()
    page = context.new_page()
    page.goto(url, wait_until="networkidle")
    page.locator(".md-search__input").first.click()
    page.wait_for_timeout(500)  # the index is loaded: measure the search, not the download
    start = time.perf_counter()
    page.fill(".md-search__input", query)
    page.press(".md-search__input", "End")
    page.wait_for_function(
        "document.querySelector('.md-search-result__item') || "
        "/見つかりませんでした|No matching/.test(document.querySelector('.md-search-result__meta').textContent)",
        timeout=15000,
    )
    elapsed = time.perf_counter() - start
    found = page.locator(".md-search-result__item").count() > 0
    context.close()
    return elapsed, found


def size(path: Path) -> int:
    return path.stat().st_size if path.exists() else 0


def format_costs(tmp_path: Path) -> None:
    """Each offline format's time and size, in-process, then what the books add to a build."""
    from edition.edition import load
    from edition.render.books import text_files
    from edition.render.books.epub import epub_files
    from edition.render.books.pdf import pdf_sources, render
    from edition.render.fragments import Fragments

    edition = load(Project(ROOT))
    fragments = Fragments(edition.project.overrides)
    print("Offline formats (time to make, size):")
    start = time.perf_counter()
    texts = text_files(edition)
    print(f"  corpus, TEI, README     {time.perf_counter() - start:6.2f} s  "
          f"{sum(len(t.encode()) for t in texts.values()) / 1024:7.0f} KiB ({len(texts)} files)")  # fmt: skip
    start = time.perf_counter()
    epubs = epub_files(edition, fragments)
    print(f"  EPUB (all {len(epubs)})           {time.perf_counter() - start:6.2f} s  "
          f"{sum(map(len, epubs.values())) / 1024:7.0f} KiB")  # fmt: skip
    total = 0.0
    for path, html in pdf_sources(edition, fragments).items():
        start = time.perf_counter()
        data = render(html)
        elapsed = time.perf_counter() - start
        total += elapsed
        print(f"  {Path(path).name:23} {elapsed:6.2f} s  {len(data) / 1024:7.0f} KiB")
    print(f"  PDF (all)               {total:6.2f} s")
    without = build(ROOT, tmp_path / "no-books", {"EDITION_BOOKS": "false"})
    cold = build(ROOT, tmp_path / "cold", {"EDITION_BOOKS": "true", "EDITION_CACHE": str(tmp_path / "cache")})
    warm = build(ROOT, tmp_path / "warm", {"EDITION_BOOKS": "true", "EDITION_CACHE": str(tmp_path / "cache")})
    print(f"Build: without the books {without:.2f} s; with them, cold cache {cold:.2f} s (+{cold - without:.2f}, "
          f"budget 60), warm cache {warm:.2f} s (+{warm - without:.2f}, budget 1)\n")  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--formats-only", action="store_true", help="only what the offline formats cost")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        format_costs(Path(tmp))
    if args.formats_only:
        return
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        ours_site, stock_site = tmp_path / "ours", tmp_path / "stock"
        build(ROOT, ours_site)  # also generates docs/, which the stock build then copies
        stock = stock_project(tmp_path / "stock-project")
        ours_times, stock_times = [], []
        for _ in range(args.runs):  # interleaved, so both see the same machine
            ours_times.append(build(ROOT, ours_site))
            stock_times.append(build(stock, stock_site))
        ours_build, stock_build = statistics.median(ours_times), statistics.median(stock_times)
        print(f"Build (median of {args.runs}):   ours {ours_build:.2f} s   stock {stock_build:.2f} s   "
              f"ratio {ours_build / stock_build:.2f}  (budget 1.30)")  # fmt: skip

        ours_url, stock_url = serve(ours_site), serve(stock_site)
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            print("\nFirst load, empty cache (median of 3): total KiB (HTML KiB)")
            print(f"{'page type':16} {'ours':>16} {'stock':>16} {'ratio':>7}")
            for kind, path in PAGES.items():
                for lang, prefix in (("ja", ""), ("en", "en/")):
                    ours = [transfer(browser, f"{ours_url}/{prefix}{path}") for _ in range(3)]
                    theirs = [transfer(browser, f"{stock_url}/{prefix}{path}") for _ in range(3)]
                    o_total, o_html = statistics.median(t for t, _ in ours), statistics.median(h for _, h in ours)
                    s_total, s_html = statistics.median(t for t, _ in theirs), statistics.median(h for _, h in theirs)
                    print(f"{kind + ' (' + lang + ')':16} {o_total / 1024:9.0f} ({o_html / 1024:4.0f}) "
                          f"{s_total / 1024:9.0f} ({s_html / 1024:4.0f}) {o_total / s_total:7.2f}")  # fmt: skip

            print("\nSearch index (KiB):")
            ours_ja, ours_en = (
                size(ours_site / "search/search_index.json"),
                size(ours_site / "en/search/search_index.json"),
            )
            stock_index = size(stock_site / "search/search_index.json")
            print(f"  ours: ja {ours_ja / 1024:.0f}, en {ours_en / 1024:.0f}", end="   ")
            print(f"stock (one for both): {stock_index / 1024:.0f}")

            print("\nSearch latency in the browser, typing to first result (median, ms):")
            for lang, queries in QUERIES.items():
                prefix = "" if lang == "ja" else "en/"
                ours = [search_latency(browser, f"{ours_url}/{prefix}index.html", q) for q in queries]
                theirs = [search_latency(browser, f"{stock_url}/{prefix}index.html", q) for q in queries]
                ours_ms = statistics.median(t for t, _ in ours) * 1000
                stock_ms = statistics.median(t for t, _ in theirs) * 1000
                print(
                    f"  {lang}: ours {ours_ms:.0f} ({sum(f for _, f in ours)}/{len(queries)} found)   "
                    f"stock {stock_ms:.0f} ({sum(f for _, f in theirs)}/{len(queries)} found)"
                )
            browser.close()


if __name__ == "__main__":
    main()
