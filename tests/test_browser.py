"""In a real browser (Debian's chromium via Playwright), from file:// and over http."""

import re

import pytest
from helpers import PAGES

# Every page type: home, editorial notes, reading offline, report landing, chapters, bibliographies,
# actor and event indexes and pages, timeline.


@pytest.fixture
def tab(browser):
    context = browser.new_context()
    page = context.new_page()
    page.requests = []
    page.on("request", lambda request: page.requests.append(request.url))
    yield page
    context.close()


@pytest.mark.parametrize("scheme", ["file", "http"])
@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize("path", PAGES)
def test_page_renders_styled_with_no_request_leaving(tab, site, http_root, scheme, lang, path):
    base = site.as_uri() if scheme == "file" else http_root
    url = f"{base}/{'' if lang == 'ja' else 'en/'}{path}"
    tab.goto(url)
    assert tab.evaluate("document.documentElement.lang") == lang
    # Material's stylesheet applied: the header is a fixed bar
    assert tab.evaluate("getComputedStyle(document.querySelector('.md-header')).position") in ("sticky", "fixed")
    leaving = [u for u in tab.requests if not u.startswith((base, "data:"))]
    assert leaving == []
    if path.startswith(("report-a/s", "report-b/s")) and "parallel" not in path:  # the next chapter's link works
        tab.locator("a.md-footer__link--next").click()
        tab.wait_for_load_state()
        assert tab.evaluate("document.documentElement.lang") == lang


@pytest.mark.parametrize("scheme", ["file", "http"])
def test_japanese_search_finds_a_term_of_the_text(tab, site, http_root, scheme):
    base = site.as_uri() if scheme == "file" else http_root
    tab.goto(f"{base}/report-a/index.html")
    tab.locator("label.md-search__icon, .md-search__input").first.click()
    tab.fill(".md-search__input", "ガスプロム")
    # Material reads the query on keyup; Playwright inserts non-ASCII text without key events
    # (a reader's IME ends with one, Enter), so end with a key press.
    tab.press(".md-search__input", "End")
    results = tab.locator(".md-search-result__item a")
    results.first.wait_for(timeout=15000)
    hrefs = results.evaluate_all("links => links.map(a => a.href)")
    assert any("report-a/s1.html" in href for href in hrefs), hrefs
    if scheme == "file":
        assert [u for u in tab.requests if not u.startswith("file://")] == []


def test_footnote_tooltip_shows_the_note(tab, site):
    tab.goto((site / "report-a/s2.html").as_uri())
    tab.hover("#fnref-7 a")
    tooltip = tab.locator(".md-tooltip2--active, .md-tooltip2")
    tooltip.first.wait_for(state="visible", timeout=5000)
    assert "tass.ru" in tooltip.first.inner_text()


def test_a_paragraph_url_opens_on_that_paragraph(tab, site):
    tab.set_viewport_size({"width": 1200, "height": 800})
    tab.goto((site / "report-a/s2.html").as_uri() + "#s2-2-p7")
    top = tab.evaluate("document.getElementById('s2-2-p7').getBoundingClientRect().top")
    assert 0 <= top < 400


def search(tab, query):
    tab.locator(".md-search__input").first.click()
    tab.fill(".md-search__input", query)
    tab.press(".md-search__input", "End")
    results = tab.locator(".md-search-result__item a")
    results.first.wait_for(timeout=15000)
    return results.evaluate_all("links => links.map(a => a.href)")


@pytest.mark.parametrize("scheme", ["file", "http"])
@pytest.mark.parametrize(
    ("lang", "query", "expected"),
    [("ja", "ガスプロム", "/report-a/s1.html"), ("en", "copy-text", "/en/editorial.html")],
)
def test_search_returns_only_its_own_language(tab, site, http_root, scheme, lang, query, expected):
    base = site.as_uri() if scheme == "file" else http_root
    tab.goto(f"{base}/{'' if lang == 'ja' else 'en/'}index.html")
    hrefs = search(tab, query)
    assert any(expected in href for href in hrefs), hrefs
    assert all(("/en/" in href) == (lang == "en") for href in hrefs), hrefs


@pytest.mark.parametrize("scheme", ["file", "http"])
@pytest.mark.parametrize(("start", "target"), [("", "en/"), ("en/", "")])
def test_language_switch_keeps_page_and_anchor(tab, site, http_root, scheme, start, target):
    base = site.as_uri() if scheme == "file" else http_root
    tab.goto(f"{base}/{start}report-a/s2.html#s2-2-p7")
    tab.locator(".md-header__option .md-select").first.hover()
    lang = "en" if target else "ja"
    tab.locator(f".md-select__link[hreflang={lang}]").click()
    tab.wait_for_url(f"**/{target}report-a/s2.html#s2-2-p7")
    top = tab.evaluate("document.getElementById('s2-2-p7').getBoundingClientRect().top")
    assert 0 <= top < 400


def test_language_switch_without_fragment_keeps_the_place_in_view(tab, site):
    tab.goto((site / "report-b/s1.html").as_uri())
    tab.evaluate("document.getElementById('s1-p4').scrollIntoView()")
    tab.locator(".md-header__option .md-select").first.hover()
    tab.locator(".md-select__link[hreflang=en]").click()
    tab.wait_for_url("**/en/report-b/s1.html#s1-p4")


def test_the_downloadable_archive_reads_offline(tab, site, tmp_path):
    """edition.zip, linked from the offline page, unpacks into a site that works from disk."""
    import zipfile

    with zipfile.ZipFile(site / "edition.zip") as archive:
        archive.extractall(tmp_path)
    root = tmp_path / "ruskor-edition"
    assert (root / "index.html").exists() and (root / "en" / "index.html").exists()
    tab.goto((root / "report-a" / "index.html").as_uri())
    hrefs = search(tab, "ガスプロム")
    assert any("report-a/s1.html" in href for href in hrefs)
    assert [u for u in tab.requests if not u.startswith(("file://", "data:"))] == []


def test_print_shows_the_text_notes_and_urls_without_the_controls(tab, site):
    tab.goto((site / "report-a" / "s2.html").as_uri())
    tab.emulate_media(media="print")

    def style(selector, prop, pseudo=None):
        return tab.evaluate(
            "([s, p, pseudo]) => getComputedStyle(document.querySelector(s), pseudo)[p]", [selector, prop, pseudo]
        )

    def shown(selector):
        return style(selector, "display")

    assert shown(".md-header") == "none" and shown(".md-sidebar--primary") == "none"
    assert shown("details.edition-cite") == "none" and shown(".edition-permalink") == "none"
    assert shown(".footnote") == "block" and shown("#s2-2-p7") == "block"
    # notes in black on paper, not grey (Chromium writes it rgb() or rgba())
    assert re.fullmatch(r"rgba?\(0, 0, 0(, 1)?\)", style(".footnote li", "color"))
    source = style("#fn-8 .edition-apparatus a[data-source]", "content", "::after")
    assert source == '" src-hirai-2015"'  # the source's id in the printed bibliography, not a dead link
    archive = style("#fn-8 .edition-apparatus a[href^=http]", "content", "::after")
    assert "web.archive.org/web/20150503/http://blogos.com/article/111395/" in archive
    marker = style("#page-5", "content", "::before")
    assert "p. " in marker
    assert style("#page-5", "position", "::before") == "absolute"  # in the margin, never inside a word
    assert "s2-2-p7" in style("#s2-2-p7", "content", "::before")  # the paragraph's id in the margin
    header = tab.locator(".edition-print-header")
    assert shown(".edition-print-header") == "block"
    assert "report-a/s2.html" in header.inner_text() and "兵頭慎治" in header.inner_text()
    assert style("#s2-2-p7 a", "text-decoration-line") == "none"  # links are not underlined on paper
    pdf = tab.pdf()  # Chromium lays the page out for print without error
    assert pdf.startswith(b"%PDF")


def test_tapping_a_note_number_on_a_phone_opens_the_note_in_place(browser, site):
    context = browser.new_context(viewport={"width": 390, "height": 800}, has_touch=True, is_mobile=True)
    tab = context.new_page()
    tab.goto((site / "report-a" / "s2.html").as_uri())
    ref = tab.locator("#fnref-8 a")
    ref.tap()
    note = tab.locator("#fn-8-inline")
    note.wait_for(state="visible", timeout=5000)
    assert "平井久志" in note.inner_text()
    assert tab.evaluate("location.hash") == ""  # no jump to the end of the page
    assert ref.get_attribute("aria-expanded") == "true"
    ref.tap()
    assert tab.locator("#fn-8-inline").count() == 0
    context.close()
