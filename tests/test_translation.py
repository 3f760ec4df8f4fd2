"""The English edition: complete, aligned with the Japanese, consistent in numbers, dates and names."""

import re

import pytest
import yaml
from bs4 import BeautifulSoup
from helpers import CHAPTERS, REPORTS, ROOT, copy_project, edit_seed, page, run_edition

from edition.data.names import Matcher, MatchRules
from edition.data.translation import segments
from edition.edition import load
from edition.model.document import plain_text
from edition.project import Project
from edition.qa.facts import unmatched

JAPANESE_SCRIPT = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uff00-\uffef]")


@pytest.fixture(scope="module")
def edition():
    return load(Project(ROOT))


def test_translation_is_complete_and_current(edition):
    assert len(edition.statuses) == 2
    for report, status in edition.statuses.items():
        assert (status.missing, status.stale, status.unknown) == ([], [], []), report


def test_translation_status_command_reports_current():
    result = run_edition("translation-status")
    assert result.returncode == 0, result.stdout + result.stderr


def test_staleness_guard_names_the_paragraph_to_retranslate(tmp_path):
    project = copy_project(tmp_path)
    edit_seed(project, "report-a", "検討してみたい。", "検討したい。")
    result = run_edition("translation-status", root=project)
    assert result.returncode == 1
    assert (
        "en report-a s2-1-p1: stale  次に、2015年に予定されていた金正恩第一書記による訪露について検討したい。"
        in result.stdout
    )
    assert result.stdout.count(": stale") == 1


@pytest.mark.parametrize("report", REPORTS)
def test_every_chapter_is_translated(site, report):
    for chapter in CHAPTERS:
        soup = page(site, "en", f"{report}/{chapter}.html")
        assert soup.select_one(".edition-untranslated") is None
        assert soup.select_one("article[lang=ja], article [lang=ja] p[id]") is None


@pytest.mark.parametrize("report", REPORTS)
def test_alignment_same_ids_and_same_notes_in_the_same_paragraphs(site, report):
    for chapter in CHAPTERS:
        ja, en = page(site, "ja", f"{report}/{chapter}.html"), page(site, "en", f"{report}/{chapter}.html")
        ids = lambda soup: [el["id"] for el in soup.select("article [id]")]  # noqa: E731
        assert ids(en) == ids(ja)
        refs = lambda soup: [  # noqa: E731
            (p["id"], [sup["id"] for sup in p.select("sup[id]")]) for p in soup.select("article p[id]")
        ]
        assert refs(en) == refs(ja)


def english_texts(site, report):
    """(id, element) for every English paragraph, heading and note."""
    for chapter in CHAPTERS:
        soup = page(site, "en", f"{report}/{chapter}.html")
        for element in soup.select("article h1[id], article h2[id], article p[id], .footnote li[id]"):
            yield element["id"], element


@pytest.mark.parametrize("report", REPORTS)
def test_no_english_segment_is_empty_a_placeholder_or_japanese(site, report):
    for key, element in english_texts(site, report):
        element = BeautifulSoup(str(element), "html.parser")
        for quoted in element.select("[lang=ja]"):
            quoted.decompose()
        text = element.get_text(" ", strip=True)
        assert len(text) > 3, key
        assert not re.search(r"\b(TODO|TBD|FIXME|XXX|lorem)\b", text, re.IGNORECASE), key
        assert not JAPANESE_SCRIPT.search(text.replace("〈", "")), (key, text)


def test_japanese_in_english_notes_is_marked(site):
    for key, element in english_texts(site, "report-a"):
        for span in element.select("span[lang=ja]"):
            assert JAPANESE_SCRIPT.search(span.get_text()), key


@pytest.mark.parametrize("report", REPORTS)
def test_numbers_and_dates_of_each_paragraph_are_in_its_translation(edition, report):
    ja, en = edition.report("ja", report), edition.report("en", report)
    japanese, english = segments(ja), segments(en)
    failures = {
        key: unmatched(plain_text(japanese[key]), plain_text(english[key]))
        for key in japanese
        if unmatched(plain_text(japanese[key]), plain_text(english[key]))
    }
    assert failures == {}


def test_the_number_normaliser():
    assert (
        unmatched("2011年8月24日に、対露債務110億ドルのうち9割", "on 24 August 2011, 90 per cent of US$11 billion")
        == []
    )
    assert unmatched("1万6,000人、約2,700万人、31億9,200万ドル", "16,000, some 27 million, US$3.192 billion") == []
    assert unmatched("2016年1月～6月には", "from January to June 2016") == []
    assert unmatched("2015年5月9日", "9 May 2016") == [("date", "2015", "5", "9")]
    assert unmatched("約700キロ", "about 70 km")


def test_report_b_notes_say_their_text_is_missing(site):
    for chapter in CHAPTERS:
        notes = page(site, "en", f"report-b/{chapter}.html").select(".footnote li")
        if not notes:
            continue
        assert "The text of this note is not in the source document." in notes[0].get_text()
        for note in notes[1:]:  # said once on the page
            assert f"Likewise not in the source (see note {notes[0]['value']})." in note.get_text()


def test_japanese_titles_in_notes_have_romanisation_and_translation(site):
    """Original script (lang="ja"), then the romanisation in italics, then [an English translation]."""
    titles = 0
    for chapter in CHAPTERS:
        for note in page(site, "en", f"report-a/{chapter}.html").select(".footnote li"):
            for span in note.select("span[lang=ja]"):
                if not re.search(r"[『「]", span.get_text()):
                    continue
                titles += 1
                romanisation = span.find_next_sibling()
                assert romanisation is not None and romanisation.name == "em", note["id"]
                assert str(romanisation.next_sibling).lstrip().startswith("["), note["id"]
    assert titles >= 6  # notes 1, 2, 4 (Radiopress), 5 (white paper), 8, 12 (Hirai)


@pytest.fixture(scope="module")
def names(edition):
    return edition.names


def mentions(text, names):
    return Matcher(names.forms("ja"), MatchRules(whole_words=False, gloss_open="（")).find(text)


def test_every_form_in_the_name_table_occurs_in_the_text(names, edition):
    japanese = "".join(plain_text(t) for r in edition.reports["ja"] for t in segments(r).values())
    japanese += "".join(r.front_matter for r in edition.reports["ja"])
    assert [form for name in names.root for form in name.ja if form not in japanese] == []


@pytest.mark.parametrize("report", REPORTS)
def test_every_actor_of_a_paragraph_is_named_in_its_translation(names, edition, report):
    ja, en = edition.report("ja", report), edition.report("en", report)
    japanese, english = segments(ja), segments(en)
    missing = []
    for key, tokens in japanese.items():
        text = plain_text(english[key])
        for name, *_ in mentions(plain_text(tokens), names):
            if name.kind in ("person", "state", "organisation") and not any(
                form in text for form in [name.en, *name.en_also]
            ):
                missing.append((key, name.id))
    assert missing == []


def test_lavrov_is_one_person_in_both_spellings(names):
    assert {n.id for n, *_ in mentions("ラヴロフ外相とセルゲイ・ラブロフ外相", names)} == {"sergey-lavrov"}
    assert [n.id for n, *_ in mentions("金正恩第一書記と金正日総書記", names)][:2] == ["kim-jong-un", "kim-jong-il"]


def test_metadata_author_follows_the_name_table(names):
    meta = yaml.safe_load((ROOT / "seeds" / "report-a.yml").read_text(encoding="utf-8"))
    entry = names.forms("ja")[meta["author"]["ja"]]
    assert meta["author"]["en"] == entry.en
