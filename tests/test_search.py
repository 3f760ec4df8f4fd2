"""Search quality, measured in the browser from file:// with the edition's search (search.js over the
built index): for each language, every query of the query set (search_queries.yml) hits; every page
whose reading text contains the query literally is found (page recall 1.000); and the pages found
are the ones the documented equivalences give (page precision ≥ 0.98): folding, the registry's
forms of a name, English stems. The equivalences are computed here in Python, from the built
pages and data/names.yml, independently of the browser's code."""

import re
import unicodedata

import pytest
import yaml
from bs4 import BeautifulSoup
from helpers import ROOT

from edition.publish.search_index import CHROME_CLASSES, CHROME_TAGS, fold, read_page, stem, words

QUERIES = yaml.safe_load((ROOT / "tests" / "search_queries.yml").read_text(encoding="utf-8"))
NAMES = yaml.safe_load((ROOT / "data" / "names.yml").read_text(encoding="utf-8"))
FORMS = [[name["en"], *name.get("en_also", []), *name["ja"]] for name in NAMES]


def literal(text):
    return unicodedata.normalize("NFKC", text).lower()


def compact(text):
    return fold(text).replace(" ", "")


def latin(text):
    return bool(re.fullmatch(r"[0-9a-z\u00df-\u00f6\u00f8-\u024f\u1e00-\u1eff]+", compact(text)))


def language_pages(site, lang):
    """Page path (from the language's root) → its built HTML, the parallel reader left out."""
    root = site if lang == "ja" else site / lang
    out = {}
    for path in root.rglob("*.html"):
        local = path.relative_to(root).as_posix()
        if (lang == "ja" and local.startswith("en/")) or local.startswith(("search/", "assets/", "404.html")):
            continue
        html = path.read_text(encoding="utf-8")
        if "<article" in html and "data-parallel" not in html:
            out[local] = html
    return out


def reading_text(html):
    """The article's text without the chrome (BeautifulSoup: another reader than the index's)."""
    article = BeautifulSoup(html, "lxml").select_one("article")
    for element in article.find_all(True):
        if element.decomposed:
            continue
        if element.name in CHROME_TAGS or set(element.get("class", [])) & CHROME_CLASSES:
            element.decompose()
    return re.sub(r"\s+", " ", article.get_text(""))


@pytest.fixture(scope="module")
def corpus(site):
    """Language → page → (literal text, [(compact folded text, words) of each entry])."""
    out = {}
    for lang in ("ja", "en"):
        out[lang] = {}
        for local, html in language_pages(site, lang).items():
            page = read_page(html, local)
            entries = [(fold(text).replace(" ", ""), words(fold(text))) for *_, text in page.entries] if page else []
            out[lang][local] = (literal(reading_text(html)), entries)
    return out


def equivalents(query):
    """A test of a page's folded entries: whether they match the query by the documented rules
    (README, "Search"): all its clauses, each by any of its forms."""
    registry = {compact(form): forms for forms in FORMS for form in forms}
    if compact(query) in registry:
        clauses = [query]
    else:
        clauses = []
        for part in query.split():
            if clauses and latin(part) and latin(clauses[-1]):
                clauses[-1] += f" {part}"
            else:
                clauses.append(part)

    def alternative(text):
        if not latin(text):
            return lambda entries: any(compact(text) in whole for whole, _ in entries)
        wanted = words(fold(text))
        accepted: list[dict[str, bool]] = [{} for _ in wanted]

        def accepts(i, word):
            if word not in accepted[i]:
                last = i == len(wanted) - 1
                accepted[i][word] = (
                    word == wanted[i] or stem(word) == stem(wanted[i]) or (last and word.startswith(wanted[i]))
                )
            return accepted[i][word]

        def test(entries):
            for _, have in entries:
                for at in range(len(have) - len(wanted) + 1):
                    if accepts(0, have[at]) and all(accepts(i, have[at + i]) for i in range(1, len(wanted))):
                        return True
            return False

        return test

    tests = [[alternative(text) for text in [clause, *registry.get(compact(clause), [])]] for clause in clauses]
    return lambda entries: all(any(test(entries) for test in clause) for clause in tests)


@pytest.fixture(scope="module")
def engine(browser, site):
    """The search of one language's home page, from file://, after focusing the search box."""
    tabs = {}

    def search(lang, queries):
        if lang not in tabs:
            tab = browser.new_page()
            tab.goto((site / ("index.html" if lang == "ja" else f"{lang}/index.html")).as_uri())
            tab.locator(".md-search__input").first.focus()
            tab.wait_for_function("typeof window.editionSearch === 'function'")
            tabs[lang] = tab
        return tabs[lang].evaluate(
            """async (queries) => {
                const found = {};
                for (const query of queries) {
                    const { results } = await editionSearch(query, { pages: Infinity, hits: 1 });
                    found[query] = results.map((result) => result.url);
                }
                return found;
            }""",
            queries,
        )

    yield search
    for tab in tabs.values():
        tab.close()


def all_queries(lang):
    return [query for group in QUERIES[lang].values() for query in group]


def test_the_query_set_is_large_enough():
    assert len(all_queries("ja")) >= 70 and len(all_queries("en")) >= 45
    assert QUERIES["ja"]["variants"] and QUERIES["en"]["variants"]


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_search_quality(engine, corpus, lang):
    queries = all_queries(lang)
    found = engine(lang, queries)
    pages = corpus[lang]
    missed, recall, precision, report = [], [], [], []
    for query in queries:
        literally = {page for page, (text, _) in pages.items() if literal(query) in text}
        matches = equivalents(query)
        relevant = {page for page, (_, entries) in pages.items() if matches(entries)}
        returned = set(found[query])
        assert returned, f"{query!r} finds nothing"
        if literally - returned:
            missed.append((query, sorted(literally - returned)[:3]))
        if literally:
            recall.append(len(literally & returned) / len(literally))
        precision.append(len(returned & relevant) / len(returned))
        if returned != relevant:
            report.append((query, sorted(relevant - returned)[:3], sorted(returned - relevant)[:3]))
    mean_precision = sum(precision) / len(precision)
    print(f"\n{lang}: {len(queries)} queries, all hit; literal page recall {sum(recall) / len(recall):.3f}; "
          f"page precision {mean_precision:.3f}")  # fmt: skip
    assert missed == []  # every page that has the query's text is found
    assert mean_precision >= 0.98, report
