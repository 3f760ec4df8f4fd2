"""The timeline in Chromium as a reading tool: the filter (actor, report, years) drives the chart and
the list, says how many events it shows or that none matches, and lives in the URL (restored on
load, from file:// and over http); the chart is captioned, has a legend, is not cut, has labels of
at least 11 px on a phone, and marks at 3:1 against the page in both schemes."""

from __future__ import annotations

import itertools
import re

import pytest
from helpers import ROOT

from edition.edition import load
from edition.project import Project

KIM = "kim-jong-un"


@pytest.fixture(scope="module")
def edition():
    return load(Project(ROOT))


def open_timeline(browser, url, width=1440, scheme="light"):
    context = browser.new_context(viewport={"width": width, "height": 900}, color_scheme=scheme)
    tab = context.new_page()
    tab.goto(url)
    return context, tab


def timeline_url(site, lang, query=""):
    return (site / ("" if lang == "ja" else "en") / "timeline.html").as_uri() + query


def shown(tab):
    """The events of the list and of the chart that are shown, and the count the page states."""
    return tab.evaluate(
        """() => [
        [...document.querySelectorAll('[data-timeline] li')].filter(li => li.checkVisibility())
            .map(li => li.dataset.event),
        [...document.querySelectorAll('[data-timeline-chart] [data-event]')].filter(m => m.checkVisibility())
            .map(m => m.dataset.event),
        document.querySelector('[data-timeline-status]').textContent]"""
    )


def stated(status):
    return [int(n) for n in re.findall(r"\d+", status)]


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_the_actor_filter_drives_the_chart_and_the_list(browser, site, edition, lang):
    context, tab = open_timeline(browser, timeline_url(site, lang))
    total = len(edition.events)
    listed, marked, status = shown(tab)
    assert len(listed) == len(marked) == total and total in stated(status)
    tab.select_option("select[name=actor]", KIM)
    expected = [e.id for e in edition.events if KIM in edition.actors_of(e)]
    listed, marked, status = shown(tab)
    assert listed == expected and sorted(marked) == sorted(expected)
    assert sorted(stated(status)) == sorted([len(expected), total])
    # participants and the events whose passages name him: more than the participants alone
    participant = [e.id for e in edition.events if KIM in e.participants]
    assert set(participant) < set(expected)
    option = tab.locator(f"select[name=actor] option[value={KIM}]").text_content()
    assert re.search(rf"[（(]{len(expected)}[)）]$", option), option
    context.close()


def test_the_report_and_the_years_filter_together(browser, site, edition):
    context, tab = open_timeline(browser, timeline_url(site, "en"))
    tab.select_option("select[name=report]", "report-a")
    tab.select_option("select[name=from]", "2011")
    tab.select_option("select[name=to]", "2013")
    expected = [
        e.id
        for e in edition.events
        if "report-a" in e.reports and (e.date.last or e.date.first).year >= 2011 and e.date.first.year <= 2013
    ]
    listed, marked, _ = shown(tab)
    assert listed == expected and sorted(marked) == sorted(expected) and len(expected) > 5
    # a span counts in every year it covers: 2000–2002 is in 2001
    tab.click("[data-timeline-filter] button[type=reset]")
    tab.select_option("select[name=from]", "2001")
    tab.select_option("select[name=to]", "2001")
    assert shown(tab)[0] == ["2000-russia-north-korea-summits"]
    context.close()


def test_a_year_of_the_chart_filters_to_that_year_and_back(browser, site, edition):
    context, tab = open_timeline(browser, timeline_url(site, "ja"))
    year = tab.locator("button[data-from='2015'][data-to='2015']")
    year.click()
    expected = [e.id for e in edition.events if e.date.first.year <= 2015 <= (e.date.last or e.date.first).year]
    assert shown(tab)[0] == expected and len(expected) >= 15
    assert year.get_attribute("aria-pressed") == "true"
    assert (tab.input_value("select[name=from]"), tab.input_value("select[name=to]")) == ("2015", "2015")
    assert "from=2015&to=2015" in tab.url
    year.click()
    assert len(shown(tab)[0]) == len(edition.events) and "?" not in tab.url
    # the column of the earlier events filters to them
    tab.locator("li.edition-earlier button").click()
    assert shown(tab)[0] == [e.id for e in edition.events if e.date.first.year < 2000]
    context.close()


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_no_match_says_so(browser, site, lang):
    context, tab = open_timeline(browser, timeline_url(site, lang))
    tab.select_option("select[name=report]", "report-b")
    tab.select_option("select[name=to]", "2010")
    listed, marked, status = shown(tab)
    assert listed == marked == [] and 0 in stated(status)
    empty = tab.locator("[data-timeline-empty]")
    assert empty.is_visible() and len(empty.inner_text()) > 5
    assert not tab.locator("[data-timeline]").is_visible()
    tab.click("[data-timeline-filter] button[type=reset]")
    tab.wait_for_function("document.querySelector('[data-timeline-empty]').hidden")
    assert "?" not in tab.url
    context.close()


@pytest.mark.parametrize("over", ["file", "http"])
def test_the_filter_is_kept_in_the_url_and_restored_on_load(browser, site, http_root, edition, over):
    url = timeline_url(site, "en") if over == "file" else f"{http_root}/en/timeline.html"
    context, tab = open_timeline(browser, url)
    tab.select_option("select[name=actor]", KIM)
    tab.select_option("select[name=from]", "2015")
    assert re.search(r"\?actor=kim-jong-un&from=2015$", tab.url), tab.url
    filtered = shown(tab)
    tab.goto("about:blank")
    tab.goto(url + "?actor=kim-jong-un&from=2015")
    assert tab.input_value("select[name=actor]") == KIM and tab.input_value("select[name=from]") == "2015"
    assert shown(tab) == filtered
    ends = {e.id: (e.date.last or e.date.first).year for e in edition.events}
    assert filtered[0] == [e.id for e in edition.events if KIM in edition.actors_of(e) and ends[e.id] >= 2015]
    # an unknown value in the URL is ignored, not an empty page
    tab.goto(url + "?actor=nobody&report=report-b")
    assert tab.input_value("select[name=actor]") == "" and len(shown(tab)[0]) > 10
    context.close()


@pytest.mark.parametrize("width", [1440, 390])
@pytest.mark.parametrize("lang", ["ja", "en"])
def test_the_chart_is_whole_captioned_and_explained(browser, site, edition, width, lang):
    context, tab = open_timeline(browser, timeline_url(site, lang), width)
    chart = tab.locator("[data-timeline-chart]")
    assert len(chart.locator("figcaption").inner_text()) > 10
    legend = chart.locator(".edition-timeline-legend li")
    assert legend.count() == len({tuple(e.reports) for e in edition.events})  # Report A, Report B
    # every mark and label inside the figure, the figure inside the page: nothing cut
    box = chart.bounding_box()
    assert box and box["x"] >= 0 and box["x"] + box["width"] <= width
    outside = tab.evaluate(
        """(figure) => { const f = figure.getBoundingClientRect();
        return [...figure.querySelectorAll('.edition-mark, .edition-timeline-year')].filter(e => e.checkVisibility())
          .map(e => e.getBoundingClientRect()).filter(r => r.width > 1 && (r.top < f.top || r.bottom > f.bottom
            || r.left < f.left - 0.5 || r.right > f.right + 0.5)).length }""",
        chart.element_handle(),
    )
    assert outside == 0
    assert tab.evaluate("document.documentElement.scrollWidth") <= width
    # the tallest column is shown whole, above the axis
    tallest = max(sum(1 for e in edition.events if e.date.first.year == y) for y in range(2000, 2030))
    assert chart.locator("button[data-from='2015'] .edition-mark").count() == tallest
    # labels of at least 11 px, none overlapping another
    labels = tab.evaluate(
        """() => [...document.querySelectorAll('.edition-timeline-year, .edition-timeline-legend li')]
        .filter(e => e.getBoundingClientRect().width > 1)
        .map(e => { const r = e.getBoundingClientRect();
          return [parseFloat(getComputedStyle(e).fontSize), r.left, r.right, r.top, e.textContent]; })"""
    )
    assert all(size >= 11 for size, *_ in labels), labels
    years = sorted((round(top), left, right) for size, left, right, top, text in labels if text[0].isdigit())
    assert len(years) >= 9
    assert all(
        right <= next_left or top != next_top  # on a phone the chart is two rows of years
        for (top, _, right), (next_top, next_left, _) in itertools.pairwise(years)
    )
    # every year a target of at least 24 × 24 px (WCAG 2.5.8)
    targets = chart.locator("button").evaluate_all("bs => bs.map(b => [b.offsetWidth, b.offsetHeight])")
    assert all(w >= 24 and h >= 24 for w, h in targets), targets
    context.close()


def luminance(rgb):
    def channel(c):
        c /= 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(float(c)) for c in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a, b):
    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_marks_have_3_to_1_contrast_in_both_schemes(browser, site, scheme):
    """WCAG 1.4.11 (non-text contrast) for every kind of mark of the chart and the legend."""
    context, tab = open_timeline(browser, timeline_url(site, "en"), scheme=scheme)
    expected = "slate" if scheme == "dark" else "default"
    assert tab.evaluate("document.body.dataset.mdColorScheme") == expected
    colours = tab.evaluate(
        """() => [getComputedStyle(document.body).backgroundColor,
        ...new Set([...document.querySelectorAll('.edition-mark')].map(m => getComputedStyle(m).backgroundColor))]"""
    )
    page, *marks = (re.findall(r"[\d.]+", c)[:3] for c in colours)
    assert len(marks) >= 2
    for mark in marks:
        assert contrast(mark, page) >= 3, (scheme, mark, page)
    context.close()
