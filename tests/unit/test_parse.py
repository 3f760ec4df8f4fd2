"""source.parse: the layout of a seed's lines, and the seed → the document model.

The seeds are written here as lists of lines, as read_seed returns them. A body line of these
seeds is 20 full-width characters (40 cells), the usual width, so a line ending in 。 that is
shorter by two characters or more is "short".
"""

import pytest

from edition.errors import InputError
from edition.model import tokens
from edition.model.document import Heading, Note, NoteRef, Text
from edition.source.editorial import Editorial
from edition.source.parse import heading_kind, layout, parse
from edition.yamlfile import load

from .factories import meta, write

FULL = "あいうえおかきくけこさしすせそたちつてと"  # a full line, 40 cells, not ending a sentence
END = "あいうえおかきくけこさしすせそたちつて。"  # a full line ending a sentence

SEED = [
    "第 7章　 試験の表題",  # 1 front matter, page 1
    "",
    "はじめに",  # 3
    FULL,
    "短い行である 1。",  # 5 short, ends in 。: the paragraph ends
    FULL,
    " " + FULL,  # 7 a leading space right after a text line: page 2 starts
    END,  # 8 full: the paragraph goes on
    FULL,
    END,  # 10
    "",
    " " + FULL,  # 12 a leading space after a blank line: a paragraph indent
    "あいうえおかきくけこさしすせそたちつてである 2。",
    "",
    "1．第一節",  # 15
    "",
    "（1）小節",  # 17
    END,
    "",
    "おわりに",  # 20
    END + " ",  # 21 a trailing space
    "―注―",
    "1 注一の本文。",  # 23
    "2 注二の",
    "本文。",
]


@pytest.fixture
def editorial(tmp_path):
    """Editorial data: ``editorial(text)`` loads a data/editorial file with that text."""

    def make(text="paragraph_breaks: []\n"):
        return load(write(tmp_path / "editorial.yml", text), Editorial)

    return make


def run(lines, editorial, **fields):
    return parse(editorial().path.with_name("seed.txt"), lines, meta(**fields), editorial())


def blocks(report):
    """Every block as (id, its tokens in the text form)."""
    return [(b.id, tokens.dumps(b.content)) for c in report.chapters for b in [c.heading, *c.blocks]]


# --- layout --------------------------------------------------------------------------------


def test_layout_page_starts_and_indents():
    lines = layout(None, ["はじめに", "本文", " 次の頁", "", " 字下げ", "", "", "続き"])
    assert [(line.number, line.text, line.page, line.indent, line.gap_before) for line in lines] == [
        (1, "はじめに", 1, False, False),  # the first line starts page 1
        (2, "本文", None, False, False),
        (3, "次の頁", 2, False, False),  # leading space after a text line: a new page
        (5, "字下げ", None, True, True),  # leading space after a blank line: an indent
        (8, "続き", None, False, True),
    ]
    assert lines[2].raw == " 次の頁"


def test_layout_double_spaced_blank_lines_carry_nothing():
    raw = ["はじめに", "", "一行目", "", " 字下げ", "", "三行目", " ", "", "四行目", "", "五行目"]
    lines = layout(None, raw)
    assert [(line.number, line.page, line.indent, line.gap_before) for line in lines] == [
        (1, 1, False, False),
        (3, None, False, False),  # an empty line between text lines: no gap
        (5, None, True, False),  # still an indent
        (7, None, False, False),
        (10, None, False, True),  # a whitespace-only line: a gap
        (12, None, False, False),
    ]


def test_layout_single_spaced_blank_line_is_a_gap():
    lines = layout(None, ["一", "", "二", "三"])
    assert [line.gap_before for line in lines] == [False, True, False]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("はじめに", ("introduction", None)),
        ("おわりに", ("conclusion", None)),
        ("―注―", ("notes", None)),
        ("1．ケース 1：2011年", ("section", 1)),
        ("12. ロシアの姿勢", ("section", 12)),
        ("（3）背景", ("subsection", 3)),
        ("1．2％である。", None),  # a sentence, not a heading
        ("2011年の訪露", None),
    ],
)
def test_heading_kind(text, kind):
    (line,) = layout(None, [text])
    assert heading_kind(line) == kind


def test_section_title_does_not_start_with_a_digit():
    (line,) = layout(None, ["1. 2"])
    assert heading_kind(line) is None


# --- structure, ids and paragraphs ---------------------------------------------------------


def test_parse_structure_and_ids(editorial):
    report = run(SEED, editorial)
    assert report.front_matter == "第7章　試験の表題"
    assert report.page_count == 2
    assert [(c.id, c.language, c.heading.line) for c in report.chapters] == [
        ("introduction", "ja", 3),
        ("s1", "ja", 15),
        ("conclusion", "ja", 20),
    ]
    assert blocks(report) == [
        ("introduction", "{page-1}はじめに"),
        ("introduction-p1", f"{FULL}短い行である[^1]。"),
        ("introduction-p2", f"{FULL}{{page-2}}{FULL}{END}{FULL}{END}"),
        ("introduction-p3", f"{FULL}あいうえおかきくけこさしすせそたちつてである[^2]。"),
        ("s1", "1．第一節"),
        ("s1-1", "（1）小節"),
        ("s1-1-p1", END),
        ("conclusion", "おわりに"),
        ("conclusion-p1", END),
    ]
    s1 = report.chapters[1]
    assert isinstance(s1.blocks[0], Heading) and s1.blocks[0].level == 2
    assert [(p.id, p.first_line, p.last_line) for p in report.chapters[0].paragraphs] == [
        ("introduction-p1", 4, 5),
        ("introduction-p2", 6, 10),
        ("introduction-p3", 12, 13),
    ]


def test_parse_notes(editorial):
    report = run(SEED, editorial)
    assert report.notes == {1: Note(1, [Text("注一の本文。")], 23, "ja"), 2: Note(2, [Text("注二の本文。")], 24, "ja")}
    assert report.chapters[0].note_numbers == [1, 2]
    assert report.chapters[0].paragraphs[0].content == [Text(FULL + "短い行である"), NoteRef(1), Text("。")]
    assert report.chapters[0].pages == [1, 2]


def test_paragraph_break_on_a_short_line_ending_in_a_full_stop(editorial):
    seed = ["はじめに", FULL, "短い。", FULL, END, FULL, END, "―注―"]
    assert [p.first_line for p in run(seed, editorial).chapters[0].paragraphs] == [2, 4]


def test_no_paragraph_break_without_a_full_stop(editorial):
    """A short line, a gap, an indent: none ends a paragraph after a line not ending in 。."""
    seed = ["はじめに", FULL, "ミハイル・フラトコフ（Mikhail ", "", "Fradkov）長官が", FULL, END, FULL, END, "―注―"]
    (paragraph,) = run(seed, editorial).chapters[0].paragraphs
    assert "（Mikhail Fradkov）長官が" in paragraph.text  # rule J: a space where the line ended in one


def test_trailing_space_ends_a_paragraph(editorial):
    seed = ["はじめに", FULL, END + " ", FULL, END, FULL, END, "―注―"]
    assert [p.first_line for p in run(seed, editorial).chapters[0].paragraphs] == [2, 4]


def test_editorial_break_and_join(editorial):
    seed = ["はじめに", FULL, END, FULL, "短い。", FULL, END, "―注―"]
    rules = """
        paragraph_breaks:
          - {after_line: 3, line_ends_with: つて。, reason: the sense}
        paragraph_joins:
          - {after_line: 5, line_ends_with: 短い。, reason: one sentence}
    """
    report = parse(editorial(rules).path, seed, meta(), editorial(rules))
    assert [(p.first_line, p.last_line) for p in report.chapters[0].paragraphs] == [(2, 3), (4, 7)]


def test_editorial_rule_must_match_its_line(editorial):
    rules = """
        paragraph_breaks:
          - {after_line: 2, line_ends_with: ちつて。, reason: the sense}
          - {after_line: 3, line_ends_with: ちつて。, reason: the sense}
    """
    loaded = editorial(rules)
    with pytest.raises(InputError, match=r"paragraph break after line 3: the seed line does not end") as raised:
        parse(loaded.path, ["はじめに", END, FULL, END, "―注―"], meta(), loaded)
    assert raised.value.path == loaded.path
    assert raised.value.line == 3  # the rule's line in the editorial file


def test_double_spaced_seed_without_note_texts(editorial):
    seed = [
        "はじめに ",
        "",
        FULL,
        "",
        END[:-1] + " 1。",
        " ",
        "1. 第一節 ",
        "",
        " " + FULL,
        "",
        END,
        "",
        "続きである 2。",
    ]
    report = run(seed, editorial, note_texts="not_in_source")
    assert blocks(report) == [
        ("introduction", "{page-1}はじめに"),
        ("introduction-p1", f"{FULL}{END[:-1]}[^1]。"),
        ("s1", "1. 第一節"),
        ("s1-p1", f"{FULL}{END}続きである[^2]。"),  # an empty line between text lines is no gap
    ]
    assert report.notes == {1: Note(1, None, 0, "ja"), 2: Note(2, None, 0, "ja")}


# --- note markers ------------------------------------------------------------------------


def test_note_markers_are_found_by_their_sequence(editorial):
    """Only the next number is a marker: 2011年 and the 3 before 、 here are not."""
    seed = [
        "はじめに",
        "2011年に 3、4件の会談があった 1。",
        FULL,
        "それは 2011年である 2。",
        "―注―",
        "1 注。",
        "2 注。",
    ]
    with pytest.raises(InputError, match="note marker 3 has no note text"):
        run(seed, editorial)
    seed[1] = "2011年に三、四件の会談があった 1。"
    paragraph = run(seed, editorial).chapters[0].paragraphs[0]
    assert [t for t in paragraph.content if isinstance(t, NoteRef)] == [NoteRef(1), NoteRef(2)]
    assert "2011年である" in paragraph.text


def test_marker_without_a_note_text(editorial):
    seed = ["はじめに", "本文である 1。", FULL, "次の文である 2。", "―注―", "1 注一。"]
    with pytest.raises(InputError) as raised:
        run(seed, editorial)
    assert raised.value.line == 4
    assert raised.value.message == "note marker 2 has no note text (the notes section ends at note 1)"


def test_note_text_without_a_marker(editorial):
    seed = ["はじめに", "本文である 1。", FULL, "―注―", "1 注一。", "2 注二。"]
    with pytest.raises(InputError, match="note 2 has a note text but no marker in the body") as raised:
        run(seed, editorial)
    assert raised.value.line == 6


def test_marker_out_of_sequence(editorial):
    seed = ["はじめに", "先の文である 2。", FULL, "次の文である 1。", "―注―", "1 注一。", "2 注二。"]
    with pytest.raises(InputError, match="note marker 2 is out of sequence") as raised:
        run(seed, editorial)
    assert raised.value.line == 2


def test_notes_section_must_start_with_note_1(editorial):
    with pytest.raises(InputError, match="expected note 1 in the notes section") as raised:
        run(["はじめに", "本文である。", "―注―", "注の本文。"], editorial)
    assert raised.value.line == 4


# --- bad seeds ---------------------------------------------------------------------------


def test_section_out_of_sequence(editorial):
    with pytest.raises(InputError, match="section 2 found where section 1 was expected") as raised:
        run(["はじめに", "本文である。", "2．第二節", "本文である。", "―注―"], editorial)
    assert raised.value.line == 3


def test_subsection_out_of_sequence(editorial):
    with pytest.raises(InputError, match="subsection （2） out of sequence") as raised:
        run(["1．第一節", "（2）小節", "本文である。", "―注―"], editorial)
    assert raised.value.line == 2


def test_subsection_before_any_chapter(editorial):
    with pytest.raises(InputError, match="subsection （1） out of sequence") as raised:
        run(["（1）小節", "本文である。", "―注―"], editorial)
    assert raised.value.line == 1


def test_subsection_of_the_introduction(editorial):
    report = run(["はじめに", "（1）小節", END, "―注―"], editorial)
    assert [b.id for b in report.chapters[0].blocks] == ["introduction-1", "introduction-1-p1"]


def test_no_heading(editorial):
    with pytest.raises(InputError, match="no heading found"):
        run(["本文である。", "本文である。"], editorial)


def test_notes_section_missing(editorial):
    with pytest.raises(InputError, match="no notes section") as raised:
        run(["はじめに", FULL, END], editorial)
    assert raised.value.line == 3


def test_text_ending_in_mid_sentence(editorial):
    with pytest.raises(InputError, match="ends in mid-sentence") as raised:
        run(["はじめに", END, FULL], editorial, note_texts="not_in_source")
    assert raised.value.line == 3
