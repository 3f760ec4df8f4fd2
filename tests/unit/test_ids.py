"""model.ids: every id and anchor, language-neutral ASCII derived from the structure."""

import pytest

from edition.model import ids


def test_builders():
    assert ids.section(3) == "s3"
    assert ids.subsection("s3", 2) == "s3-2"
    assert ids.paragraph("s3-2", 5) == "s3-2-p5"
    assert ids.paragraph("introduction", 1) == "introduction-p1"
    assert ids.note(7) == "fn-7"
    assert ids.note_ref(7) == "fnref-7"
    assert ids.page(4) == "page-4"
    assert ids.source("hirai-2015") == "src-hirai-2015"
    assert ids.target("report-a", "s1-2-p3") == "report-a/s1-2-p3"


@pytest.mark.parametrize(
    ("anchor", "number"),
    [("fn-7", 7), ("fn-12", 12), ("fnref-7", None), ("fn-", None), ("fn-7a", None), ("s1-p1", None), ("page-3", None)],
)
def test_note_number(anchor, number):
    assert ids.note_number(anchor) == number


def test_note_number_inverts_note():
    assert ids.note_number(ids.note(42)) == 42


@pytest.mark.parametrize(("report", "anchor"), [("report-a", "s1-2-p3"), ("report-b", "fn-7"), ("report-a", "")])
def test_target_round_trip(report, anchor):
    assert ids.split_target(ids.target(report, anchor)) == (report, anchor)


def test_split_target_without_anchor():
    assert ids.split_target("report-a") == ("report-a", "")
