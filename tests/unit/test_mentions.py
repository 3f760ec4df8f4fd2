"""mentions: every mention of an actor, found in the language of each segment's text."""

from dataclasses import replace

import pytest

from edition.data.names import Name, NameTable
from edition.mentions import find_mentions
from edition.model.document import Chapter, Heading, Note, NoteRef, Paragraph, Report, Text

from .factories import meta


def actor(id, kind, en, ja, **fields):
    return Name(
        id=id,
        kind=kind,
        en=en,
        ja=ja,
        reading="よみ",
        romanisation="dprk" if kind == "person" else None,
        description={"ja": "説明", "en": "d"},
        **fields,
    )


NAMES = NameTable(
    [
        actor(
            "kim-jong-il", "person", "Kim Jong Il", ["金正日"], contextual=[{"form": "金総書記", "report": "report-x"}]
        ),
        actor("russia", "state", "Russia", ["ロシア"]),
        actor("yamada", "person", "Yamada Taro", ["山田　太郎"]),
        Name(id="china-factor", kind="term", en="China factor", ja=["中国ファクター"]),
    ]
)


def document(report_id="report-x", front="試験の表題山田　太郎", language="ja"):
    paragraph = [Text("金正日はロシアを訪れ、中国ファクターについて金総書記は述べた"), NoteRef(1), Text("。")]
    chapter = Chapter(
        "s1",
        Heading("s1", 1, [Text("1．ロシア")], 1),
        language,
        [Paragraph("s1-p1", paragraph, 2, 2)],
    )
    return Report(meta(id=report_id), front, [chapter], {1: Note(1, [Text("ロシアの資料。")], 5, "ja")}, 1)


@pytest.fixture
def by_lang(locales):
    return {locale.lang: locale for locale in locales}


def test_mentions_in_page_order(ja, by_lang):
    mentions = find_mentions([document()], NAMES, ja, by_lang)
    assert [(m.actor, m.chapter, m.anchor, m.text) for m in mentions] == [
        ("yamada", "index", "report-x", "山田　太郎"),  # the front matter names the author
        ("russia", "s1", "s1", "ロシア"),
        ("kim-jong-il", "s1", "s1-p1", "金正日"),
        ("russia", "s1", "s1-p1", "ロシア"),
        ("kim-jong-il", "s1", "s1-p1", "金総書記"),  # a contextual form, in its report; the term is no actor
        ("russia", "s1", "fn-1", "ロシア"),
    ]


def test_offsets_and_context(ja, by_lang):
    mention = find_mentions([document()], NAMES, ja, by_lang)[3]
    assert (mention.start, mention.end, mention.left, mention.right) == (
        4,
        7,
        "金正日は",
        "を訪れ、中国ファクターについて金総書",
    )
    assert len(mention.right) == ja.conventions.context_chars


def test_contextual_form_only_in_its_report(ja, by_lang):
    mentions = find_mentions([document("report-y")], NAMES, ja, by_lang)
    assert "金総書記" not in [m.text for m in mentions]


def translated(note, language):
    report = document(language="en")
    report.chapters[0] = replace(
        report.chapters[0],
        blocks=[Paragraph("s1-p1", [Text("Kim Jong Il visited Russia; Russian policy."), NoteRef(1)], 2, 2)],
        heading=Heading("s1", 1, [Text("1. Russia")], 1),
    )
    report.notes[1] = Note(1, [Text(note)], 5, language)
    return report


def test_translation_is_matched_in_its_language(en, by_lang):
    mentions = find_mentions([translated("Russian sources on Russia.", "en")], NAMES, en, by_lang)
    assert [(m.anchor, m.text) for m in mentions] == [
        ("report-x", "Yamada Taro"),  # the front matter from the metadata, in English
        ("s1", "Russia"),
        ("s1-p1", "Kim Jong Il"),
        ("s1-p1", "Russia"),  # whole words: not in "Russian"
        ("fn-1", "Russia"),
    ]


def test_untranslated_note_of_a_translated_chapter_is_matched_in_the_original(en, by_lang):
    mentions = find_mentions([translated("ロシアの資料。", "ja")], NAMES, en, by_lang)
    assert [(m.anchor, m.text) for m in mentions][-1] == ("fn-1", "ロシア")


def test_untranslated_chapter_of_a_translation_is_matched_in_the_original(en, by_lang):
    mentions = find_mentions([document(front="")], NAMES, en, by_lang)
    assert [m.text for m in mentions] == ["ロシア", "金正日", "ロシア", "金総書記", "ロシア"]
