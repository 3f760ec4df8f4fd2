"""data.translation: a translation file applied to a report, segment by segment."""

import pytest

from edition.data.translation import Status, apply_translation, segments
from edition.errors import InputErrors
from edition.model import tokens
from edition.model.document import NoteRef, PageBreak, Text

from .factories import report, write

# The segments of factories.report() in the text form of the translation files.
ENGLISH = {
    "introduction": "{page-1}Introduction",
    "introduction-p1": "This is the text[^1].",
    "fn-1": "Radiopress, *Roshia Seisaku Dōkō*, 31 March 2015.",
    "s1": "1. Section One",
    "s1-1": "(1) Subsection",
    "s1-1-p1": "The next sentence[^2]{page-2}.",
    "fn-2": "TASS <http://tass.ru/en/russia/792709>.",
}


def translation(tmp_path, texts, digests=None):
    """A translation file of ``texts`` (id → English), each with the digest of its original."""
    original = segments(report())
    lines = ["segments:"]
    for key, text in texts.items():
        digest = (digests or {}).get(key) or (tokens.digest(original[key]) if key in original else "0" * 64)
        lines += [f"  {key}:", f'    ja_sha256: "{digest}"', f"    en: '{text}'"]
    return write(tmp_path / "en" / "report-x.yml", "\n".join(lines) + "\n")


def test_segments_in_page_order():
    assert list(segments(report())) == ["introduction", "introduction-p1", "fn-1", "s1", "s1-1", "s1-1-p1", "fn-2"]


def test_translated_chapters_are_in_the_language(tmp_path):
    original = report()
    translated, status = apply_translation(original, translation(tmp_path, ENGLISH), "en")
    assert [c.language for c in translated.chapters] == ["en", "en"]
    assert translated.chapters[1].blocks[1].content == [Text("The next sentence"), NoteRef(2), PageBreak(2), Text(".")]
    assert translated.chapters[0].heading.content == [PageBreak(1), Text("Introduction")]
    assert tokens.dumps(translated.notes[1].content) == ENGLISH["fn-1"]
    assert status == Status(missing=[], stale=[], unknown=[])
    # The original is left as it was.
    assert [c.language for c in original.chapters] == ["ja", "ja"]
    assert original.chapters[0].heading.text == "はじめに"


def test_a_missing_segment_leaves_its_chapter_untranslated(tmp_path):
    texts = {k: v for k, v in ENGLISH.items() if k != "s1-1"}
    translated, status = apply_translation(report(), translation(tmp_path, texts), "en")
    assert [c.language for c in translated.chapters] == ["en", "ja"]
    assert translated.chapters[1].heading.text == "1．第一節"
    assert translated.chapters[1].blocks[1].text == "次の文である。"
    assert status.missing == ["s1-1"]
    assert translated.notes[2].content == [
        Text("TASS <http://tass.ru/en/russia/792709>.")
    ]  # notes are translated alone


def test_an_untranslated_note_does_not_hold_its_chapter_back(tmp_path):
    texts = {k: v for k, v in ENGLISH.items() if k != "fn-1"}
    translated, status = apply_translation(report(), translation(tmp_path, texts), "en")
    assert [c.language for c in translated.chapters] == ["en", "en"]
    assert translated.notes[1].content == report().notes[1].content
    assert status.missing == ["fn-1"]


def test_no_translation_file(tmp_path):
    translated, status = apply_translation(report(), tmp_path / "none.yml", "en")
    assert [c.language for c in translated.chapters] == ["ja", "ja"]
    assert status.missing == list(segments(report()))


def test_note_references_and_page_markers_must_be_the_original_ones(tmp_path):
    texts = ENGLISH | {
        "introduction-p1": "This is the text.",  # the note reference dropped
        "s1-1-p1": "The next sentence{page-2}[^2].",  # the order changed
        "fn-2": "TASS[^3].",  # one invented
    }
    path = translation(tmp_path, texts)
    with pytest.raises(InputErrors) as raised:
        apply_translation(report(), path, "en")
    suffix = ": the note references and page markers differ from the original segment"
    assert [(e.path, e.line, e.message) for e in raised.value.errors] == [
        (path, 5, "introduction-p1" + suffix),
        (path, 17, "s1-1-p1" + suffix),
        (path, 20, "fn-2" + suffix),
    ]


def test_status_stale_and_unknown(tmp_path):
    texts = ENGLISH | {"s9-p1": "Nothing."}
    path = translation(tmp_path, texts, digests={"s1": "f" * 64})
    translated, status = apply_translation(report(), path, "en")
    assert status == Status(missing=[], stale=["s1"], unknown=["s9-p1"])
    assert translated.chapters[1].language == "en"  # a stale translation is still shown
