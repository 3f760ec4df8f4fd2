"""Benchmark: our build against stock Material on the same Markdown, in one run (README, "Benchmark").

Prints medians of several runs (these machines are noisy):
- full build time (generation and both languages) against the same generated Markdown built by
  stock Material (Material, mkdocs-static-i18n, search and offline plugins; none of our hooks,
  overrides or Markdown extension), and the ratio;
- per page type, the page weight and first-load transfer measured in Chromium over localhost
  (empty cache, every response counted), ours against the same page of the stock build;
- what each offline format costs (time to make, size): corpus and TEI, EPUBs, PDFs (each), and
  the build with the books from a cold cache, from a warm one, and without them.
- search at scale (README, "Search"): the index of the site and of synthetic corpora 10 and 50
  times its size (``synthetic``: every page again under synthetic/copyN/, its sentences rotated
  and its digits shifted, deterministically), written by the edition's own indexer into a copy of
  the site; for each, the index's size on disk, and in Chromium over localhost, for a fixed list
  of queries (names, compounds, the commonest word): the bytes a first query fetches and the time
  from focusing the search box to its first result, and the query latency (p50/p95) once the
  query's files are loaded;
- with ``--lighthouse`` (npm ``lighthouse``, pinned in package.json, on Debian's chromium):
  Lighthouse's mobile and desktop presets on home, chapter, actor and timeline pages in both
  languages, median of 3 runs, the site served as a static host serves it (text gzipped);
  ``--uncompressed`` serves it as python's http.server does (no compression).

Usage: .venv/bin/python scripts/benchmark.py [--runs 5] [--formats-only]
       [--only scale] [--factors 1 10 50] [--lighthouse [--uncompressed]]
"""

from __future__ import annotations

import argparse
import copy
import functools
import gzip
import http.server
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import yaml

from edition.edition import load
from edition.project import Project
from edition.publish.search_index import Page, build_index, language_pages

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
# names, compounds, other spellings and the commonest word of each language
QUERIES = {
    "ja": ["ロシア", "金正恩", "ガスプロム", "赤の広場", "安保理", "ラブロフ", "ロシア 北朝鮮"],
    "en": ["Russia", "Kim Jong Un", "Gazprom", "pipelines", "Security Council", "Shoigu"],
}
FACTORS = (1, 10, 50)
LIGHTHOUSE_PAGES = {"home": "index.html", "chapter": "report-a/s2.html", "actor": "actors/kim-jong-un.html",
                    "timeline": "timeline.html"}  # fmt: skip
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


COMPRESSED = {".html", ".css", ".js", ".json", ".xml", ".svg", ".txt", ".map"}


def serve(site: Path, compress: bool = False) -> str:
    """The site over http on localhost; with ``compress``, text gzipped as a static host sends it
    (GitHub Pages, Netlify and the like: Content-Encoding gzip when the browser accepts it)."""

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args: object) -> None:
            pass

        def do_GET(self) -> None:
            path = Path(self.translate_path(self.path))
            if path.is_dir():
                path = path / "index.html"
            accepts = "gzip" in self.headers.get("Accept-Encoding", "")
            if not (compress and accepts and path.suffix in COMPRESSED and path.is_file()):
                super().do_GET()
                return
            body = gzip.compress(path.read_bytes(), 6, mtime=0)
            self.send_response(200)
            self.send_header("Content-Type", self.guess_type(str(path)))
            self.send_header("Content-Encoding", "gzip")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

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
    page.on("requestfailed", lambda request: print(f"  failed request: {request.url}"))
    page.goto(url, wait_until="networkidle")
    page.wait_for_timeout(300)
    total = sum(r.sizes()["responseBodySize"] + r.sizes()["responseHeadersSize"] for r in responses)
    document = next(r.sizes()["responseBodySize"] for r in responses if r.resource_type == "document")
    context.close()
    return total, document


def synthetic(pages: list[Page], factor: int) -> list[Page]:
    """The pages and factor − 1 copies of them (synthetic/copyN/…), each copy's entries with
    their sentences rotated by N and their digits shifted by N: deterministic, as varied as the
    text, with the same vocabulary (a corpus of similar reports, as the edition would grow)."""
    out = list(pages)
    for n in range(1, factor):
        digits = str.maketrans("0123456789", "".join(str((d + n) % 10) for d in range(10)))

        def vary(text: str, n: int = n, digits: dict[int, int] = digits) -> str:
            sentences = re.split(r"(?<=[。．.!?])\s*", text.translate(digits))
            turn = n % len(sentences)
            return " ".join(sentences[turn:] + sentences[:turn]).strip()

        for page in pages:
            entries = [(anchor, heading, own, vary(text)) for anchor, heading, own, text in page.entries]
            out.append(Page(f"synthetic/copy{n}/{page.url}", page.title.translate(digits), entries))
    return out


def scaled_site(site: Path, target: Path, factor: int, names: list[tuple[str | None, list[str]]]) -> dict[str, int]:
    """A copy of the site whose indexes are those of the corpus × factor; the index sizes."""
    shutil.copytree(site, target)
    sizes = {}
    for lang, prefix in (("ja", ""), ("en", "en/")):
        folder = target / prefix / "search"
        shutil.rmtree(folder)
        folder.mkdir()
        pages = language_pages(site, prefix, ["en/"] if not prefix else [])
        for name, content in build_index(synthetic(pages, factor), names).items():
            (folder / f"{name}.js").write_text(content, encoding="utf-8")
        sizes[lang] = sum(path.stat().st_size for path in folder.iterdir())
        sizes[f"{lang} files"] = len(list(folder.iterdir()))
    return sizes


KINDS = {"t": "terms", "p": "blocks", "c": "text", "d": "terms", "m": "meta"}  # search/<kind><n>.js


def first_query(browser, url: str, query: str) -> tuple[float, int, int, dict[str, int]]:
    """(ms from focusing the search box to the first result shown, bytes fetched meanwhile,
    result pages shown, bytes by kind of file), in a fresh browser context."""
    context = browser.new_context()
    page = context.new_page()
    page.goto(url, wait_until="networkidle")
    fetched: list = []
    page.on("requestfinished", lambda request: fetched.append(request))
    start = time.perf_counter()
    page.locator(".md-search__input").first.focus()
    page.fill(".md-search__input", query)
    page.locator(".md-search-result__item").first.wait_for(timeout=60000)
    elapsed = (time.perf_counter() - start) * 1000
    shown = page.locator(".md-search-result__item").count()
    page.wait_for_timeout(200)  # responses still arriving for the shown results
    kinds: dict[str, int] = {}
    for request in fetched:
        name = request.url.rsplit("/", 1)[1]
        kind = KINDS.get(name[0], "script") if "/search/" in request.url else "script"
        kinds[kind] = kinds.get(kind, 0) + request.sizes()["responseBodySize"] + request.sizes()["responseHeadersSize"]
    context.close()
    return elapsed, sum(kinds.values()), shown, kinds


def latencies(browser, url: str, queries: list[str], runs: int = 10) -> dict[str, list[float]]:
    """Query → ms of each run of ``editionSearch`` (the first 10 result pages), its files loaded."""
    context = browser.new_context()
    page = context.new_page()
    page.goto(url, wait_until="networkidle")
    page.locator(".md-search__input").first.focus()
    page.wait_for_function("typeof window.editionSearch === 'function'")
    out = page.evaluate(
        """async ([queries, runs]) => {
            const out = {};
            for (const query of queries) {
                await editionSearch(query);  // loads its files
                out[query] = [];
                for (let i = 0; i < runs; i++) {
                    const start = performance.now();
                    await editionSearch(query);
                    out[query].push(performance.now() - start);
                }
            }
            return out;
        }""",
        [queries, runs],
    )
    context.close()
    return out


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def scale(browser, site: Path, tmp: Path, factors: list[int]) -> None:
    edition = load(Project(ROOT))
    names = [
        (f"actors/{n.id}.html" if n.is_actor else None, [f for loc in edition.locales for f in n.forms_in(loc.lang)])
        for n in edition.names.root
    ]
    print("\nSearch at scale (Chromium over localhost; budgets at 50x: first query <= 300 KiB, p95 <= 50 ms)")
    for factor in factors:
        target = tmp / f"scale{factor}"
        started = time.perf_counter()
        sizes = scaled_site(site, target, factor, names)
        built = time.perf_counter() - started
        url = serve(target)
        print(f"\n{factor}x: index ja {sizes['ja'] / 1024:.0f} KiB ({sizes['ja files']} files), "
              f"en {sizes['en'] / 1024:.0f} KiB ({sizes['en files']} files); written in {built:.1f} s")  # fmt: skip
        print(f"  {'query':22} {'first result':>12} {'fetched':>9} {'pages':>5} {'p50':>7} {'p95':>7}  "
              "fetched: script+meta / terms / blocks / text KiB")  # fmt: skip
        for lang, prefix in (("ja", ""), ("en", "en/")):
            chapter = f"{url}/{prefix}report-a/s2.html"
            warm = latencies(browser, chapter, QUERIES[lang])
            for query in QUERIES[lang]:
                ms, fetched, shown, kinds = first_query(browser, chapter, query)
                split = " / ".join(f"{kinds.get(k, 0) / 1024:.0f}" for k in ("terms", "blocks", "text"))
                print(f"  {query:22} {ms:9.0f} ms {fetched / 1024:5.0f} KiB {shown:5} "
                      f"{percentile(warm[query], 50):4.1f} ms {percentile(warm[query], 95):4.1f} ms  "
                      f"{(kinds.get('script', 0) + kinds.get('meta', 0)) / 1024:.0f} / {split}")  # fmt: skip


def lighthouse(site_url: str, runs: int = 3, presets: tuple[str, ...] = ("mobile", "desktop")) -> None:
    """Lighthouse's scores, median of ``runs``, with Debian's chromium (npm lighthouse, package.json)."""
    binary = ROOT / "node_modules" / ".bin" / "lighthouse"
    if not binary.exists():
        print("\nLighthouse: not installed (npm ci)")
        return
    print(f"\nLighthouse (median of {runs}): performance / accessibility / SEO, FCP, LCP, total KiB")
    for preset in presets:
        for lang, prefix in (("ja", ""), ("en", "en/")):
            for kind, path in LIGHTHOUSE_PAGES.items():
                reports = []
                for _ in range(runs):
                    command = [str(binary), f"{site_url}/{prefix}{path}", "--output=json", "--quiet",
                               "--only-categories=performance,accessibility,seo",
                               f"--chrome-path={CHROMIUM}", "--chrome-flags=--headless=new --no-sandbox"]  # fmt: skip
                    if preset == "desktop":
                        command.append("--preset=desktop")
                    result = subprocess.run(
                        command, capture_output=True, text=True, env={**os.environ, "CHROME_PATH": CHROMIUM}
                    )
                    reports.append(json.loads(result.stdout))
                score = statistics.median(r["categories"]["performance"]["score"] * 100 for r in reports)
                a11y = statistics.median(r["categories"]["accessibility"]["score"] * 100 for r in reports)
                fcp = statistics.median(r["audits"]["first-contentful-paint"]["numericValue"] for r in reports)
                lcp = statistics.median(r["audits"]["largest-contentful-paint"]["numericValue"] for r in reports)
                weight = statistics.median(r["audits"]["total-byte-weight"]["numericValue"] for r in reports)
                seo = statistics.median(r["categories"]["seo"]["score"] * 100 for r in reports)
                print(f"  {preset:8} {kind + ' (' + lang + ')':16} {score:4.0f} / {a11y:3.0f} / {seo:3.0f}  "
                      f"FCP {fcp / 1000:4.2f} s  LCP {lcp / 1000:4.2f} s  {weight / 1024:5.0f} KiB")  # fmt: skip


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
    parser.add_argument("--only", choices=["scale"], help="only search at scale (one build)")
    parser.add_argument("--factors", type=int, nargs="+", default=list(FACTORS), help="corpus sizes (default 1 10 50)")
    parser.add_argument("--lighthouse", action="store_true")
    parser.add_argument("--uncompressed", action="store_true", help="Lighthouse without gzip (python's http.server)")
    args = parser.parse_args()
    if args.only != "scale":
        with tempfile.TemporaryDirectory() as tmp:
            format_costs(Path(tmp))
    if args.formats_only:
        return
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        ours_site, stock_site = tmp_path / "ours", tmp_path / "stock"
        build(ROOT, ours_site)  # also generates docs/, which the stock build then copies
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            if args.only != "scale":
                compare(browser, ours_site, stock_site, tmp_path, args.runs)
            scale(browser, ours_site, tmp_path, args.factors)
            browser.close()
        if args.lighthouse:  # served as a static host serves it (gzip), unless --uncompressed
            lighthouse(serve(ours_site, compress=not args.uncompressed))


def compare(browser, ours_site: Path, stock_site: Path, tmp_path: Path, runs: int) -> None:
    stock = stock_project(tmp_path / "stock-project")
    ours_times, stock_times = [], []
    for _ in range(runs):  # interleaved, so both see the same machine
        ours_times.append(build(ROOT, ours_site))
        stock_times.append(build(stock, stock_site))
    ours_build, stock_build = statistics.median(ours_times), statistics.median(stock_times)
    print(f"Build (median of {runs}):   ours {ours_build:.2f} s   stock {stock_build:.2f} s   "
          f"ratio {ours_build / stock_build:.2f}  (budget 1.30)")  # fmt: skip

    ours_url, stock_url = serve(ours_site), serve(stock_site)
    print("\nFirst load, empty cache, no search (median of 3): total KiB (HTML KiB); budget: chapter <= 350 KiB")
    print(f"{'page type':16} {'ours':>16} {'stock':>16} {'ratio':>7}")
    for kind, path in PAGES.items():
        for lang, prefix in (("ja", ""), ("en", "en/")):
            ours = [transfer(browser, f"{ours_url}/{prefix}{path}") for _ in range(3)]
            theirs = [transfer(browser, f"{stock_url}/{prefix}{path}") for _ in range(3)]
            o_total, o_html = statistics.median(t for t, _ in ours), statistics.median(h for _, h in ours)
            s_total, s_html = statistics.median(t for t, _ in theirs), statistics.median(h for _, h in theirs)
            print(f"{kind + ' (' + lang + ')':16} {o_total / 1024:9.0f} ({o_html / 1024:4.0f}) "
                  f"{s_total / 1024:9.0f} ({s_html / 1024:4.0f}) {o_total / s_total:7.2f}")  # fmt: skip
    print(f"\nStock search index (one for both languages, fetched on every page): "
          f"{size(stock_site / 'search/search_index.json') / 1024:.0f} KiB")  # fmt: skip


if __name__ == "__main__":
    main()
