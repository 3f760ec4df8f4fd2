"""data.annotations and their rendering: the edition's own notes, anchored to phrases."""

from __future__ import annotations

import pytest

from edition.data.annotations import Annotation, load_annotations
from edition.errors import InputErrors
from edition.model.document import AnnotationRef, Link, NoteRef, Text, insert_at
from edition.render import Tools
from edition.render.fragments import Fragments
from edition.render.reports import ReportPages

from .factories import ROOT, edition, english, meta, report, write

NOTES = """
- id: x-first
  kind: editor
  target: report-x/s1-1-p1
  phrase: {ja: 次の文, en: EN 次の文}
  text: {ja: 原文のまま。, en: As in the source.}
  evidence:
    - {citation: "UN press release SC/12791", url: "https://press.un.org/en/2017/sc12791.doc.htm"}
- id: x-second
  kind: translator
  target: report-x/introduction-p1
  phrase: {ja: 本文, en: EN 本文}
  text: {ja: 訳注の本文。, en: A translator's note.}
"""


def reports():
    original = report(meta())
    return {"ja": [original], "en": [english(original)]}


def test_notes_are_loaded_and_checked_in_every_language(tmp_path):
    notes = load_annotations(write(tmp_path / "annotations.yml", NOTES), reports())
    assert [(n.id, n.kind, n.target) for n in notes] == [
        ("x-first", "editor", "report-x/s1-1-p1"),
        ("x-second", "translator", "report-x/introduction-p1"),
    ]


def test_no_file_no_notes(tmp_path):
    assert load_annotations(tmp_path / "absent.yml", reports()) == []


def test_every_error_is_reported_with_its_line(tmp_path):
    text = NOTES.replace("en: EN 次の文", "en: EN words not there").replace("introduction-p1", "introduction-p9")
    text += NOTES.split("- id: x-second")[0].replace("- id: x-first", "- id: x-first", 1).split("\n", 1)[1]
    path = write(tmp_path / "annotations.yml", text)
    with pytest.raises(InputErrors) as raised:
        load_annotations(path, reports())
    found = [(e.line, e.message) for e in raised.value.errors]
    assert (1, "x-first: the en phrase 'EN words not there' is not in report-x/s1-1-p1") in found
    assert (8, "x-second: no heading, paragraph or note 'report-x/introduction-p9'") in found
    assert any(message == "x-first: duplicate annotation id" for _, message in found)


@pytest.mark.parametrize(
    ("offset", "expected"),
    [
        (0, ["*", "abc", "def"]),
        (2, ["ab", "*", "c", "def"]),
        (3, ["abc", "*", "def"]),  # at a token's end: after it
        (6, ["abc", "def", "*"]),
    ],
)
def test_insert_at_an_offset_of_the_plain_text(offset, expected):
    mark = AnnotationRef("x", "editor", 1)
    tokens = insert_at([Text("abc"), NoteRef(1), Text("def")], offset, mark)
    shown = ["*" if t == mark else t.text for t in tokens if not isinstance(t, NoteRef)]
    assert shown == expected


def test_insert_inside_a_link_goes_after_it():
    mark = AnnotationRef("x", "editor", 1)
    assert insert_at([Link("金正恩", "a.md"), Text("氏")], 2, mark) == [Link("金正恩", "a.md"), mark, Text("氏")]


@pytest.fixture
def pages(tmp_path, locales):
    def make(lang):
        notes = [Annotation.model_validate(n) for n in __import__("yaml").safe_load(NOTES)]
        notes = [n.model_copy(update={"target": n.target.replace("report-x", "report-a")}) for n in notes]
        built = edition(tmp_path, locales, annotations=notes)
        locale = built.locale(lang)
        return ReportPages(built, locale, Fragments(ROOT / "overrides"), Tools.of(built).citations), built.report(
            lang, "report-a"
        )

    return make


@pytest.mark.parametrize(("lang", "labels"), [("ja", ("［訳注1］", "［編注2］")), ("en", ("[Tr. 1]", "[Ed. 2]"))])
def test_markers_follow_their_phrases_numbered_in_page_order(pages, lang, labels):
    renderer, rendered = pages(lang)
    intro = renderer.chapter(rendered, rendered.chapters[0])
    s1 = renderer.chapter(rendered, rendered.chapters[1])
    phrase = "本文" if lang == "ja" else "EN 本文"
    assert f'{phrase}<a class="footnote-ref edition-annotation-ref edition-annotation-translator"' in intro
    assert f">{labels[0]}</a>" in intro and f">{labels[0].replace('1', '2')}</a>" not in intro
    assert 'href="#ed-x-second"' in intro and 'id="edref-x-second"' in intro
    assert '<li id="ed-x-second"' in intro and 'href="#edref-x-second"' in intro
    # each page numbers its own notes
    assert 'id="edref-x-first"' in s1 and labels[1].replace("2", "1") in s1


def test_the_list_carries_the_evidence(pages):
    renderer, rendered = pages("en")
    page = renderer.chapter(rendered, rendered.chapters[1])
    assert "## Editor’s and translator’s notes \\(the edition’s\\) {: #edition-notes }" in page
    assert 'Evidence: UN press release SC/12791 <a href="https://press.un.org/en/2017/sc12791.doc.htm">' in page
    assert 'On “EN <span lang="ja">次の文</span>”: As in the source.' in page  # Japanese marked as such


def test_a_page_without_notes_has_no_list(pages, tmp_path, locales):
    built = edition(tmp_path, locales)
    renderer = ReportPages(built, built.locale("ja"), Fragments(ROOT / "overrides"), Tools.of(built).citations)
    assert "edition-notes" not in renderer.chapter(
        built.report("ja", "report-a"), built.report("ja", "report-a").chapters[1]
    )
