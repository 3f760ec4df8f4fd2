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

    search.tabs = tabs
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


# --- the search box in a page ----------------------------------------------------------------------


@pytest.fixture
def tab(browser):
    context = browser.new_context()
    page = context.new_page()
    page.requests, page.failed = [], []
    page.on("request", lambda request: page.requests.append(request.url))
    page.on("requestfailed", lambda request: page.failed.append(request.url))
    page.on("response", lambda response: response.status >= 400 and page.failed.append(response.url))
    yield page
    context.close()


def type_query(tab, query):
    tab.locator(".md-search__input").first.click()
    tab.fill(".md-search__input", query)
    links = tab.locator(".md-search-result__item a.md-search-result__link")
    links.first.wait_for(timeout=15000)
    return links


@pytest.mark.parametrize("scheme", ["file", "http"])
@pytest.mark.parametrize(
    "path", ["index.html", "report-a/s2.html", "en/report-a/s2.html", "en/actors/kim-jong-un.html"]
)
def test_nothing_is_fetched_for_search_before_use_and_no_request_fails(tab, site, http_root, scheme, path):
    base = site.as_uri() if scheme == "file" else http_root
    tab.goto(f"{base}/{path}", wait_until="load")
    tab.wait_for_timeout(300)
    assert [u for u in tab.requests if "search" in u or "sitemap" in u] == []
    links = type_query(tab, "ロシア" if not path.startswith("en/") else "Russia")
    assert links.count() > 0
    assert any(u.endswith("/search/meta.js") for u in tab.requests)
    assert tab.failed == []
    assert [u for u in tab.requests if not u.startswith((base, "data:"))] == []


@pytest.mark.parametrize("scheme", ["file", "http"])
def test_a_result_links_to_its_paragraph_and_the_hit_is_highlighted_on_arrival(tab, site, http_root, scheme):
    base = site.as_uri() if scheme == "file" else http_root
    tab.set_viewport_size({"width": 1200, "height": 800})
    tab.goto(f"{base}/report-a/index.html")
    links = type_query(tab, "ウクライナ危機")
    chapter = links.filter(has=tab.locator("mark")).evaluate_all(
        "links => links.map(a => [a.href, a.querySelector('mark').textContent, a.textContent])"
    )
    href, marked, text = next(link for link in chapter if "/report-a/s2.html" in link[0])
    assert re.search(r"/report-a/s2\.html\?h=.*#s2-1-p\d+$", href), href
    assert marked == "ウクライナ危機" and "この箇所を引用" not in text and "{today}" not in text
    tab.locator(f'a[href="{href}"]').first.click()
    tab.wait_for_url(re.compile(r".*s2\.html#s2-1-p\d+$"))  # the query is taken out of the address
    anchor = href.rsplit("#", 1)[1]
    hit = tab.locator(f"#{anchor} mark.edition-search-hit")
    hit.first.wait_for(timeout=10000)
    assert hit.first.inner_text() == "ウクライナ危機"
    assert 0 <= tab.evaluate(f"document.getElementById('{anchor}').getBoundingClientRect().top") < 400


@pytest.mark.parametrize(
    ("lang", "queries", "page"),
    [
        ("en", ["Shoigu", "Shoygu", "ショイグ", "shoigu"], "actors/sergey-shoygu.html"),
        ("ja", ["Shoigu", "Shoygu", "ショイグ", "しょいぐ"], "actors/sergey-shoygu.html"),
        ("en", ["Kim Jong-un", "Kim Jong Un", "金正恩", "キム・ジョンウン", "kim jongun"], "actors/kim-jong-un.html"),
        ("ja", ["Kim Jong-un", "金正恩", "キムジョンウン", "きむじょんうん"], "actors/kim-jong-un.html"),
    ],
)
def test_every_spelling_of_a_name_finds_its_page_first(engine, lang, queries, page):
    found = engine(lang, queries)
    assert all(found[query][:1] == [page] for query in queries), found


def test_a_plural_finds_the_singular_and_is_highlighted(tab, site):
    tab.goto((site / "en" / "index.html").as_uri())
    links = type_query(tab, "pipelines")
    marks = links.locator("mark").all_inner_texts()
    assert {mark.lower() for mark in marks} >= {"pipeline"}, marks
    hrefs = links.evaluate_all("links => links.map(a => a.href)")
    assert any("/en/report-a/s1.html?" in href for href in hrefs), hrefs


# --- the stemmers ----------------------------------------------------------------------------------


def test_the_vendored_stemmer_is_the_pinned_package():
    vendored = ROOT / "src" / "edition" / "publish" / "vendor" / "wink-porter2-stemmer.js"
    pinned = ROOT / "node_modules" / "wink-porter2-stemmer" / "src" / "wink-porter2-stemmer.js"
    assert vendored.read_bytes() == pinned.read_bytes()


def test_the_browsers_stemmer_agrees_with_the_index(engine, corpus):
    """The index stores the Snowball stem of every word of the text, so the browser stems only a
    query word the text does not have; there the two stemmers (Snowball 3 and wink's Porter 2)
    must agree on nearly every English word."""
    vocabulary = sorted(
        {w for _, entries in corpus["en"].values() for _, have in entries for w in have if w.isalpha() and len(w) > 2}
    )
    engine("en", ["pipelines"])  # a word outside the text: the stemmer is loaded
    tab = next(iter(engine.tabs.values()))
    stems = tab.evaluate("(words) => Promise.all(words.map((word) => editionSearch.stem(word)))", vocabulary)
    differ = [(w, stem(w), s) for w, s in zip(vocabulary, stems, strict=True) if stem(w) != s]
    print(f"\n{len(differ)} of {len(vocabulary)} words stem differently: {differ[:10]}")
    assert len(differ) <= 0.01 * len(vocabulary)
