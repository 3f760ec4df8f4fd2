"""model.document: the walk over a report's segments, and what a chapter holds."""

from edition.model.document import Emphasis, Foreign, Link, NoteRef, PageBreak, Text, plain_text

from .factories import report


def test_plain_text():
    tokens = [PageBreak(1), Text("a"), NoteRef(1), Emphasis("b"), Foreign("c", "ja"), Link("d", "x.md")]
    assert plain_text(tokens) == "abcd"


def test_walk_in_page_order():
    assert [(s.chapter.id, s.kind, s.id, s.text) for s in report().walk()] == [
        ("introduction", "heading", "introduction", "はじめに"),
        ("introduction", "paragraph", "introduction-p1", "本文である。"),
        ("introduction", "note", "fn-1", "ラヂオ・プレス『ロシア政策動向』2015年3月31日。"),
        ("s1", "heading", "s1", "1．第一節"),
        ("s1", "heading", "s1-1", "（1）小節"),
        ("s1", "paragraph", "s1-1-p1", "次の文である。"),
        ("s1", "note", "fn-2", "タス通信 <http://tass.ru/en/russia/792709>。"),
    ]


def test_walk_a_note_without_text():
    segments = list(report(notes={1: None, 2: None}).walk())
    note = next(s for s in segments if s.id == "fn-1")
    assert (note.content, note.text) == (None, "")


def test_chapter():
    intro, s1 = report().chapters
    assert [p.id for p in s1.paragraphs] == ["s1-1-p1"]
    assert s1.note_numbers == [2] and intro.note_numbers == [1]
    assert (intro.pages, s1.pages) == ([1], [2])
    assert s1.paragraphs[0].text == "次の文である。"
    assert s1.blocks[0].text == "（1）小節"


def test_chapter_of_page():
    r = report()
    assert [r.chapter_of_page(n).id for n in (1, 2, 3)] == ["introduction", "s1", "s1"]


def test_chapter_of_anchor():
    r = report()
    assert r.chapter_of("fn-2").id == "s1"
    assert r.chapter_of("s1-1").id == "s1"
    assert r.chapter_of("introduction-p1").id == "introduction"
    assert r.chapter_of("s9-p1") is None
