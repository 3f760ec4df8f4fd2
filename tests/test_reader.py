"""The parallel reader in Chromium: original and translation aligned by id, side by side on wide
screens and one after the other on phones, the view kept in the URL and in local storage, deep
links to a pair, the twin highlighted, facing columns in print; from file://."""

from __future__ import annotations

import pytest
from helpers import CHAPTERS, REPORTS, ROOT, page

from edition.edition import load
from edition.model import ids
from edition.project import Project


@pytest.fixture(scope="module")
def edition():
    return load(Project(ROOT))


@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize("report", REPORTS)
def test_every_segment_is_one_pair_in_both_languages(site, edition, lang, report):
    original = edition.report("ja", report)
    for chapter in CHAPTERS:
        soup = page(site, lang, f"{report}/{ids.parallel_page(chapter)}.html")
        expected = [s.id for s in original.walk() if s.chapter.id == chapter]
        pairs = soup.select(".edition-pair[id]")
        assert [p["id"] for p in pairs] == expected
        texts = {s.id for s in original.walk() if s.content is not None}
        for pair in pairs:  # a note without text in the source says so in the page's language
            expected_langs = ("ja", "en") if pair["id"] in texts else (lang, lang)
            assert (pair.select_one(".edition-original")["lang"], pair.select_one(".edition-translation")["lang"]) == (
                expected_langs
            )
        assert len({p["id"] for p in soup.select("article [id]")}) == len(soup.select("article [id]"))  # unique
        # a chapter page links to its parallel reader
        link = page(site, lang, f"{report}/{chapter}.html").select_one("nav.edition-parallel-link a")
        assert link["href"] == f"{ids.parallel_page(chapter)}.html"


def open_reader(browser, site, width, path="report-a/s2-parallel.html", fragment=""):
    context = browser.new_context(viewport={"width": width, "height": 900})
    tab = context.new_page()
    tab.goto((site / path).as_uri() + fragment)
    return context, tab


def tops(tab, pair):
    return tab.evaluate(
        "(id) => [...document.getElementById(id).querySelectorAll('.edition-side')]"
        ".map(e => [e.getBoundingClientRect().top, e.getBoundingClientRect().left])",
        pair,
    )


def test_pairs_side_by_side_on_wide_screens_and_stacked_on_phones(browser, site):
    context, tab = open_reader(browser, site, 1440)
    (ja_top, ja_left), (en_top, en_left) = tops(tab, "s2-1-p4")
    assert abs(ja_top - en_top) < 2 and en_left > ja_left
    context.close()
    context, tab = open_reader(browser, site, 390)
    (ja_top, ja_left), (en_top, en_left) = tops(tab, "s2-1-p4")
    assert en_top > ja_top and abs(en_left - ja_left) < 20
    context.close()


def visible(tab, selector):
    return tab.evaluate("(s) => getComputedStyle(document.querySelector(s)).display !== 'none'", selector)


def test_the_view_is_kept_in_the_url_and_in_local_storage(browser, site):
    context, tab = open_reader(browser, site, 1440)
    tab.check("input[name=view][value=original]")
    assert not visible(tab, "#s2-1-p4 .edition-translation") and visible(tab, "#s2-1-p4 .edition-original")
    assert "view=original" in tab.url
    # a row's own toggle shows its other language
    tab.click("#s2-1-p4 .edition-pair-toggle")
    assert visible(tab, "#s2-1-p4 .edition-translation") and not visible(tab, "#s2-1-p3 .edition-translation")
    assert tab.get_attribute("#s2-1-p4 .edition-pair-toggle", "aria-pressed") == "true"
    # another page opened without ?view= remembers it
    tab.goto((site / "report-a" / "s1-parallel.html").as_uri())
    assert tab.evaluate("document.querySelector('[data-parallel]').dataset.view") == "original"
    tab.goto((site / "report-a" / "s1-parallel.html").as_uri() + "?view=translation")
    assert not visible(tab, "#s1-1-p1 .edition-original") and visible(tab, "#s1-1-p1 .edition-translation")
    context.close()


def test_a_deep_link_lands_on_the_pair_and_hover_highlights_the_twin(browser, site):
    context, tab = open_reader(browser, site, 1440, fragment="#s2-2-p3")
    top = tab.evaluate("document.getElementById('s2-2-p3').getBoundingClientRect().top")
    assert 0 <= top < 200
    background = "(s) => getComputedStyle(document.querySelector(s)).backgroundColor"
    plain = tab.evaluate(background, "#s2-1-p2 .edition-translation")
    tab.hover("#s2-1-p2 .edition-original")
    assert tab.evaluate(background, "#s2-1-p2 .edition-translation") != plain
    context.close()


def test_print_gives_facing_columns_without_the_controls(browser, site):
    context, tab = open_reader(browser, site, 390)
    tab.emulate_media(media="print")
    (ja_top, ja_left), (en_top, en_left) = tops(tab, "s2-1-p4")
    assert abs(ja_top - en_top) < 2 and en_left > ja_left
    assert not visible(tab, ".edition-parallel-controls")
    assert tab.pdf().startswith(b"%PDF")
    context.close()


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_the_language_selector_offers_the_parallel_reader(browser, site, lang):
    context = browser.new_context(viewport={"width": 1440, "height": 900})
    tab = context.new_page()
    tab.goto((site / ("" if lang == "ja" else "en") / "report-a" / "s1.html").as_uri())
    tab.hover(".md-header__option .md-select")
    option = tab.locator(".md-select__link.edition-parallel-option")
    option.click()
    tab.wait_for_url("**/report-a/s1-parallel.html")
    assert tab.locator("[data-parallel]").count() == 1
    context.close()
