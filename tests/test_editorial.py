"""Editorial integrity on the real edition: what the sources say and what the edition adds are
told apart on every page; dates as the reports give them; one names policy; collation order."""

from __future__ import annotations

import re

import pytest
import yaml
from helpers import ROOT, page

from edition.edition import load
from edition.model import ids
from edition.model.collation import sort_key
from edition.project import Project


@pytest.fixture(scope="module")
def edition():
    return load(Project(ROOT))


def test_every_edition_note_is_in_its_page_in_both_languages(site, edition):
    assert len(edition.annotations) >= 8
    for note in edition.annotations:
        report, anchor = ids.split_target(note.target)
        chapter = edition.report("ja", report).chapter_of(anchor)
        for lang in ("ja", "en"):
            soup = page(site, lang, f"{report}/{chapter.id}.html")
            marker = soup.select_one(f"#{ids.annotation_ref(note.id)}")
            item = soup.select_one(f"ol.edition-annotations li#{ids.annotation(note.id)}")
            assert marker is not None and item is not None, (lang, note.id)
            assert marker["href"] == f"#{ids.annotation(note.id)}"
            assert re.fullmatch(r"［(編注|訳注)\d+］" if lang == "ja" else r"\[(Ed|Tr)\. \d+\]", marker.get_text())
            assert getattr(note.text, lang) in item.get_text()
            # the marker follows its phrase, inside the segment the note is about
            segment = soup.select_one(f"#{anchor}")
            assert marker in segment.find_all("a"), (lang, note.id)
            before = segment.get_text().split(marker.get_text())[0]
            assert before.endswith(getattr(note.phrase, lang)), (lang, note.id)


def test_the_editorial_page_counts_the_notes(site, edition):
    for lang, expected in (
        ("ja", f"本版が本文に付した注は{len(edition.annotations)}件"),
        ("en", f"added {len(edition.annotations)} notes"),
    ):
        text = page(site, lang, "editorial.html").select_one("article").get_text()
        assert expected in text
        assert len(page(site, lang, "editorial.html").select("#edition-notes ~ ul li a[href*='#ed-']")) == len(
            edition.annotations
        )


# The claims the reviews flag as the sources' errors or unverifiable: wherever the edition's own
# words (summaries, descriptions) repeat one, they attribute it to the report, and an editor's note
# on the text says what is known.
FLAGGED = [  # (the claim's words in Japanese, in English): a record with all of them repeats it
    (("シリア", "中国", "賛成"), ("Syria", "China", "in favour")),
    (("盧溝橋",), ("Marco Polo Bridge",)),
    (("2015", "60周年"), ("2015", "60th anniversary")),
]


def test_no_summary_restates_a_flagged_claim_as_the_editions(edition):
    records = [(e.id, e.summary) for e in edition.events] + [
        (n.id, n.description) for n in edition.names.root if n.description
    ]
    for ja_words, en_words in FLAGGED:
        noted = [n for n in edition.annotations if ja_words[-1] in n.phrase.ja and en_words[-1] in n.phrase.en]
        assert noted, f"no editor's note on the text for {ja_words!r}"
        for record, text in records:
            if all(word in text.ja for word in ja_words):
                assert "報告" in text.ja, (record, text.ja)
            if all(word in text.en for word in en_words):
                assert re.search(r"\b(report|Report|according to)\b", text.en), (record, text.en)


def test_relative_dates_follow_their_anchors_on_the_timeline(site, edition):
    order = [
        a["href"].split("/")[-1].removesuffix(".html")
        for a in page(site, "ja", "timeline.html").select("ol.edition-timeline-list a")
    ]
    assert order == [e.id for e in edition.events]
    relative = [e for e in edition.events if e.date.after]
    assert len(relative) >= 4
    for event in relative:
        assert order.index(event.id) > order.index(event.date.after), event.id


def test_japanese_date_labels_are_not_read_as_weekdays(site):
    for path in ("timeline.html", "events/index.html"):
        text = page(site, "ja", path).select_one("article").get_text()
        assert not re.search(r"日 ?[（(]日[)）]|月 ?[（(]月[)）]|年 ?[（(]年[)）]", text), path


# The names policy (editorial page, "Names"): Russian names in the common English media form,
# never the BGN/PCGN spellings of the same given names; Japanese names in Hepburn with macrons.
BGN_GIVEN_NAMES = re.compile(r"\b(Sergey|Aleksandr|Aleksey|Yury|Vasiliy|Dmitriy)\b")


def test_every_russian_name_follows_the_media_form(edition):
    russian = [n for n in edition.names.root if n.romanisation == "media"]
    assert len(russian) >= 12
    assert [n.en for n in russian if BGN_GIVEN_NAMES.search(n.en) or "oygu" in n.en] == []


def test_japanese_names_carry_their_long_vowels(edition):
    for entry in (n for n in edition.names.root if n.romanisation == "hepburn"):
        long_vowel = re.search(r"(おう|こう|そう|とう|どう|ょう|ゅう|うう|ろう)", entry.reading or "")
        assert not long_vowel or re.search("[āīūēō]", entry.en), entry.id


def test_readings_put_the_family_name_first(edition):
    putin = edition.names.by_id["vladimir-putin"]
    assert putin.reading.startswith("ぷーちん")


@pytest.mark.parametrize("kind", ["person", "state", "organisation", "place"])
def test_the_japanese_index_is_in_collation_order(site, edition, kind):
    links = page(site, "ja", "actors/index.html").select(f"h2#{kind} + ul a")
    readings = [edition.names.by_id[a["href"].removesuffix(".html")].reading for a in links]
    assert len(readings) > 3 and readings == sorted(readings, key=sort_key)


def test_the_japanese_bibliography_is_in_collation_order(site, edition):
    entries = [h["id"].removeprefix("src-") for h in page(site, "ja", "bibliography.html").select("h2[id^=src-]")]
    readings = [edition.apparatus.sources[s].reading for s in entries]
    assert len(readings) >= 8 and readings == sorted(readings, key=sort_key)


def test_no_source_title_is_made_up_from_its_outlet(edition):
    sources = yaml.safe_load((ROOT / "data" / "sources.yml").read_text(encoding="utf-8"))["sources"]
    for source in sources:
        outlet = (source.get("container") or source.get("publisher") or {}).get("ja")
        if source.get("title"):
            assert source["title"]["ja"] != outlet, source["id"]


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_edition_notes_show_on_hover_and_print(browser, site, lang):
    context = browser.new_context()
    tab = context.new_page()
    prefix = "" if lang == "ja" else "en/"
    tab.goto((site / f"{prefix}report-b/s1.html").as_uri())
    marker = tab.locator("#edref-b-china-vote-2017-04-12")
    marker.hover()
    tooltip = tab.locator(".md-tooltip2--active, .md-tooltip--active").first
    tooltip.wait_for(state="visible", timeout=5000)
    assert ("棄権" if lang == "ja" else "abstained") in tooltip.inner_text()
    tab.emulate_media(media="print")
    assert tab.evaluate("getComputedStyle(document.querySelector('ol.edition-annotations')).display") != "none"
    assert tab.evaluate("getComputedStyle(document.querySelector('#edref-b-china-vote-2017-04-12')).display") != "none"
    context.close()


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_a_merged_event_keeps_its_published_address(browser, site, lang):
    """Review E13: the two records of one event are one; the old page redirects, with its fragment."""
    prefix = "" if lang == "ja" else "en/"
    old = site / f"{prefix}events/2016-01-fourth-nuclear-test.html"
    assert old.exists() and "events/2016-01-fourth-nuclear-test.html" in (ROOT / "urls.txt").read_text()
    context = browser.new_context()
    tab = context.new_page()
    tab.goto(old.as_uri() + "#sources")
    tab.wait_for_url("**/2016-01-06-hydrogen-bomb-test-announcement.html#sources")
    assert (
        tab.locator("h1#event")
        .inner_text()
        .startswith("北朝鮮の4回目の核実験" if lang == "ja" else "North Korea’s fourth")
    )
    context.close()
