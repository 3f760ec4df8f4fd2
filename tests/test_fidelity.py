"""Fidelity: the rendered Japanese text is the seed's text, character for character.

The seed side is computed here independently of the pipeline: cut at the first heading and
at 「―注―」, drop all whitespace and the note markers (a number after a Japanese character,
maybe after one space, before 。 or 、). The HTML side is every heading and paragraph of the
chapter pages, in order, without the note references and the heading permalinks.
"""

import re

import pytest
import yaml
from helpers import CHAPTERS, REPORTS, ROOT, page

JAPANESE = r"[\u3040-\u30ff\u3400-\u9fff\uff01-\uffef）」』]"
MARKER = re.compile(rf"(?<={JAPANESE})\s?\d{{1,2}}(?=[。、])")


def seed_text(report):
    meta = yaml.safe_load((ROOT / "seeds" / f"{report}.yml").read_text(encoding="utf-8"))
    return (ROOT / "seeds" / meta["seed"]).read_text(encoding="utf-8")


def squeeze(text):
    return re.sub(r"\s", "", text)


def seed_body(report):
    text = seed_text(report)
    body = text[text.index("はじめに") :].split("―注―")[0]
    return squeeze(MARKER.sub("", body)), len(MARKER.findall(body))


def rendered_body(site, lang, report):
    out = []
    for chapter in CHAPTERS:
        article = page(site, lang, f"{report}/{chapter}.html").select_one("article")
        # what the edition adds: note references, permalinks, its own notes (marker, list)
        for element in article.select(
            ".footnote-ref, .headerlink, .footnote, .edition-permalink, #edition-notes, .edition-annotations"
        ):
            element.decompose()
        out += [el.get_text() for el in article.select("h1, h2, p[id]")]
    return squeeze("".join(out))


@pytest.mark.parametrize("report", REPORTS)
def test_japanese_text_equals_the_seed(site, report):
    expected, markers = seed_body(report)
    assert markers == {"report-a": 12, "report-b": 13}[report]
    assert rendered_body(site, "ja", report) == expected


def test_report_a_note_texts_equal_the_seed(site):
    text = seed_text("report-a").split("―注―")[1]
    expected = squeeze(re.sub(r"(?m)^\d{1,2} ", "", text))
    notes = {}
    for chapter in CHAPTERS:
        for item in page(site, "ja", f"report-a/{chapter}.html").select(".footnote li"):
            for added in item.select(".footnote-backref, .edition-apparatus, .edition-annotation-ref"):  # the edition's
                added.decompose()
            notes[int(item["value"])] = item.get_text()
    assert sorted(notes) == list(range(1, 13))
    assert squeeze("".join(notes[n] for n in sorted(notes))) == expected


def test_front_matter_is_the_metadata(site):
    """Report A's title block is not body text: it is checked against the landing page."""
    front = seed_text("report-a")[: seed_text("report-a").index("はじめに")]
    landing = page(site, "ja", "report-a/index.html")
    for link in landing.select(".headerlink"):
        link.decompose()
    shown = landing.select_one("h1").get_text() + landing.select_one(".edition-subtitle").get_text()
    assert squeeze(f"第7章{shown}兵頭慎治") == squeeze(front)
