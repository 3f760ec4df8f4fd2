"""Search quality, measured in the browser: the edition's worker answers every query of the query
set (search_queries.yml) with the pages that contain it. For each language: queries with a
correct hit, page recall and page precision against the pages whose text contains the query."""

import re
import unicodedata

import pytest
import yaml
from bs4 import BeautifulSoup
from helpers import ROOT

QUERIES = yaml.safe_load((ROOT / "tests" / "search_queries.yml").read_text(encoding="utf-8"))


def fold(text):
    return unicodedata.normalize("NFKC", text).lower()


@pytest.fixture(scope="module")
def pages_text(site):
    """Language → page path (from that language's root) → the folded text of its article."""
    texts = {"ja": {}, "en": {}}
    for page in site.rglob("*.html"):
        path = page.relative_to(site).as_posix()
        if path in ("404.html",) or path.startswith(("search/", "assets/")):
            continue
        lang, local = ("en", path[3:]) if path.startswith("en/") else ("ja", path)
        article = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser").select_one("article")
        texts[lang][local] = fold(re.sub(r"\s+", " ", article.get_text(" "))) if article else ""
    return texts


@pytest.fixture(scope="module")
def worker(browser, http_root):
    """A page running the edition's search worker over one language's index."""
    tab = browser.new_page()
    tab.goto(f"{http_root}/index.html")

    def search(lang, queries):
        return tab.evaluate(
            """async ([root, queries]) => {
                const worker = new Worker(`${location.origin}/assets/javascripts/search-worker.js`);
                const index = await (await fetch(`${location.origin}/${root}search/search_index.json`)).json();
                const reply = (message) => new Promise((resolve) => {
                    worker.onmessage = ({ data }) => resolve(data);
                    worker.postMessage(message);
                });
                await reply({ type: 0, data: index });
                const found = {};
                for (const query of queries) {
                    const { data } = await reply({ type: 2, data: query });
                    found[query] = data.items.map((group) => group[0].location.split("#")[0]);
                }
                worker.terminate();
                return found;
            }""",
            ["" if lang == "ja" else "en/", queries],
        )

    yield search
    tab.close()


def all_queries(lang):
    return [query for group in QUERIES[lang].values() for query in group]


def test_the_query_set_is_large_enough():
    assert len(all_queries("ja")) >= 60 and len(all_queries("en")) >= 30


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_search_quality(worker, pages_text, lang):
    queries = all_queries(lang)
    found = worker(lang, queries)
    hits, recall, precision, report = 0, [], [], []
    for query in queries:
        relevant = {page for page, text in pages_text[lang].items() if fold(query) in text}
        returned = set(found[query])
        assert relevant, f"{query!r} is not in the text: not a fair query"
        correct = returned & relevant
        hits += bool(correct)
        recall.append(len(correct) / len(relevant))
        precision.append(len(correct) / len(returned) if returned else 0.0)
        if returned != relevant:
            report.append((query, sorted(relevant - returned)[:3], sorted(returned - relevant)[:3]))
    mean_recall, mean_precision = sum(recall) / len(recall), sum(precision) / len(precision)
    print(f"\n{lang}: {hits}/{len(queries)} queries hit; page recall {mean_recall:.3f}; precision {mean_precision:.3f}")
    assert hits == len(queries)
    assert mean_precision >= 0.95
    assert mean_recall >= 0.95, report
