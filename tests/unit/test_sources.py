"""data.sources: the sources the notes cite, each citation checked against its note's text."""

import pytest

from edition.data.sources import Apparatus, Citation, load_apparatus, wayback
from edition.errors import InputErrors
from edition.model.document import Text

from .factories import meta, report, write

SOURCES = """
sources:
  - id: radiopress
    reading: ろしあせいさくどうこう
    kind: periodical
    title: {ja: ロシア政策動向, romanised: Roshia Seisaku Dōkō, en: Russian Policy Trends}
    publisher: {ja: ラヂオ・プレス, en: Radiopress}
  - id: tass
    reading: たすつうしん
    kind: web-article
    title: {ja: タス通信, romanised: Tasu Tsūshin, en: TASS}
    date: "2015-07-01"
    url: http://tass.ru/en/russia/792709
citations:
  report-x:
    1: {source: radiopress, issue: "2015-03-31", as_written: 2015年3月31日}
    2: {source: tass}
"""


@pytest.fixture
def reports():
    return [report(meta(id="report-x")), report(meta(id="report-y"), notes={1: None, 2: None})]


def test_load_apparatus(tmp_path, reports):
    apparatus = load_apparatus(write(tmp_path / "sources.yml", SOURCES), reports)
    assert list(apparatus.sources) == ["radiopress", "tass"]
    assert apparatus.citation("report-x", 1) == Citation(
        source="radiopress", issue="2015-03-31", as_written="2015年3月31日"
    )
    assert apparatus.citation("report-x", 3) is None
    assert apparatus.citation("report-y", 1) is None


def test_date_of_a_citation(tmp_path, reports):
    apparatus = load_apparatus(write(tmp_path / "sources.yml", SOURCES), reports)
    assert apparatus.date_of(reports[0], 1) == "2015-03-31"  # the issue's
    assert apparatus.date_of(reports[0], 2) == "2015-07-01"  # the source's
    undated = Apparatus(
        {"radiopress": apparatus.sources["radiopress"]}, {"report-x": {1: Citation(source="radiopress")}}
    )
    assert undated.date_of(reports[0], 1) == "2016-02-07"  # the report was written from


def test_wayback():
    assert wayback("http://x.org/a", "2015-05-03") == "https://web.archive.org/web/20150503/http://x.org/a"
    assert wayback("http://x.org/a", "2015") == "https://web.archive.org/web/2015/http://x.org/a"


def test_mistyped_report_key(tmp_path, reports):
    path = write(tmp_path / "sources.yml", SOURCES + "  report-z:\n    1: {source: tass}\n")
    with pytest.raises(InputErrors) as raised:
        load_apparatus(path, reports)
    ((error),) = raised.value.errors
    assert (error.path, error.line) == (path, 17)
    assert error.message == "citations: unknown report 'report-z' (report-x, report-y)"


def test_every_citation_error_with_its_line(tmp_path, reports):
    text = (
        SOURCES.replace("2015年3月31日}", "2015年4月1日}").replace(  # a date as written that the note does not have
            "    2: {source: tass}", "    2: {source: tass}\n    3: {source: tass}\n    4: {source: nobody}"
        )
        + "  report-y:\n    1: {source: tass}\n"
    )
    tass = Text("タス通信 <http://tass.ru/en/russia/792709>。")
    x = report(
        meta(id="report-x"),
        notes={1: [Text("ラヂオ・プレス『ロシア政策動向』。")], 2: [tass], 3: [Text("タス通信。")], 4: [tass]},
    )
    with pytest.raises(InputErrors) as raised:
        load_apparatus(write(tmp_path / "sources.yml", text), [x, reports[1]])
    assert [(e.line, e.message) for e in raised.value.errors] == [
        (15, "report-x note 1: '2015年4月1日' is not in the note"),
        (17, "report-x note 3: 'http://tass.ru/en/russia/792709' is not in the note"),
        (18, "report-x note 4: unknown source 'nobody'"),
        (20, "report-y note 1: no such note text"),  # its source has markers only
    ]


def test_citation_of_a_note_that_does_not_exist(tmp_path, reports):
    path = write(tmp_path / "sources.yml", SOURCES.replace("    2: {source: tass}", "    9: {source: tass}"))
    with pytest.raises(InputErrors, match="report-x note 9: no such note text") as raised:
        load_apparatus(path, reports)
    assert raised.value.errors[0].line == 16


def test_title_must_be_in_the_note(tmp_path, reports):
    x = report(meta(id="report-x"), notes={1: [Text("ラヂオ・プレス 2015年3月31日。")], 2: reports[0].notes[2].content})
    with pytest.raises(InputErrors) as raised:
        load_apparatus(write(tmp_path / "sources.yml", SOURCES), [x])
    assert [(e.line, e.message) for e in raised.value.errors] == [
        (15, "report-x note 1: 'ロシア政策動向' is not in the note")
    ]


def test_schema_error_names_the_mistyped_field(tmp_path, reports):
    path = write(tmp_path / "sources.yml", SOURCES.replace("2: {source: tass}", "2: {sauce: tass}"))
    with pytest.raises(InputErrors) as raised:
        load_apparatus(path, reports)
    assert {(e.line, e.message.split(":")[0]) for e in raised.value.errors} == {
        (16, "citations.report-x.2.source"),
        (16, "citations.report-x.2.sauce"),
    }


def test_duplicate_source_id(tmp_path, reports):
    tass = SOURCES[SOURCES.index("  - id: tass") : SOURCES.index("citations:")]
    text = SOURCES.replace(tass, tass + tass.replace("TASS", "TASS English"))
    with pytest.raises(InputErrors, match="tass: duplicate source id"):
        load_apparatus(write(tmp_path / "sources.yml", text), reports)
