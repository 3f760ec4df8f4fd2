"""render.exports: the data files of the registry and the events (JSON-LD, CSV, iCalendar)."""

import csv
import io
import json

import pytest

from edition.data.events import Event
from edition.data.names import Name, NameTable
from edition.render.exports import _fold, actors_csv, actors_jsonld, events_csv, events_ics, events_json


def event(id, start, precision, end=None, title="Title", summary="Summary"):
    return Event.model_validate(
        {
            "id": id,
            "date": {"start": start, "end": end, "precision": precision},
            "title": {"ja": "題", "en": title},
            "summary": {"ja": "概要", "en": summary},
            "participants": ["russia"],
            "paragraphs": ["report-a/s1-p1", "report-b/s2-p3"],
        }
    )


def vevents(text):
    return [block.split("\r\n") for block in text.split("BEGIN:VEVENT\r\n")[1:]]


def test_span_ends_the_day_after_its_last_year():
    (lines,) = vevents(events_ics([event("war", "1941", "span", end="1945")]))
    assert "DTSTART;VALUE=DATE:19410101" in lines
    assert "DTEND;VALUE=DATE:19460101" in lines  # exclusive (RFC 5545)


@pytest.mark.parametrize(
    ("end", "dtend"), [("2015-12", "20160101"), ("2015-05", "20150601"), ("2015-05-09", "20150510")]
)
def test_span_ends_the_day_after_its_last_period(end, dtend):
    (lines,) = vevents(events_ics([event("e", "2015-01", "span", end=end)]))
    assert f"DTEND;VALUE=DATE:{dtend}" in lines


@pytest.mark.parametrize(
    ("start", "precision", "dtstart"),
    [("2015-05-09", "day", "20150509"), ("2015-05", "month", "20150501"), ("2015", "approximate", "20150101")],
)
def test_no_end_without_a_span(start, precision, dtstart):
    """A date of one day, month or year starts on its first day; the precision is stated."""
    (lines,) = vevents(events_ics([event("e", start, precision)]))
    assert not any(line.startswith("DTEND") for line in lines)
    assert f"DTSTART;VALUE=DATE:{dtstart}" in lines
    assert f"X-EDITION-DATE-PRECISION:{precision}" in lines


def test_calendar_structure_and_escaping():
    text = events_ics([event("e", "2015-05-09", "day", title="A, B; C\\D", summary="Line\nnext")])
    assert text.startswith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")
    assert text.endswith("END:VEVENT\r\nEND:VCALENDAR\r\n")
    (lines,) = vevents(text)
    assert lines[:4] == [
        "UID:e@ruskor-edition",
        "DTSTAMP:20150509T000000Z",
        "DTSTART;VALUE=DATE:20150509",
        "SUMMARY:A\\, B\\; C\\\\D",
    ]
    assert "DESCRIPTION:Line\\nnext (date precision: day)" in lines


def test_folding_at_75_octets_keeps_utf8_whole():
    line = "SUMMARY:" + "露朝関係" * 30  # 3 octets a character: a cut at 75 would fall inside one
    folded = _fold(line)
    parts = folded.split("\r\n")
    assert len(parts) > 1
    assert all(len(part.encode("utf-8")) <= 75 for part in parts)
    assert all(part.startswith(" ") for part in parts[1:])
    assert "".join([parts[0], *(part[1:] for part in parts[1:])]) == line  # unfolding gives the line back


def test_short_lines_are_not_folded():
    assert _fold("x" * 75) == "x" * 75
    assert _fold("x" * 76) == "x" * 75 + "\r\n x"


def test_long_summary_in_the_calendar_unfolds():
    title = "日本語のとても長い表題" * 10
    text = events_ics([event("e", "2015", "year", title=title)])
    assert all(len(line.encode("utf-8")) <= 75 for line in text.split("\r\n"))
    assert f"SUMMARY:{title}" in text.replace("\r\n ", "")


def test_events_json_and_csv():
    events = [event("war", "1941", "span", end="1945")]
    assert json.loads(events_json(events))[0]["date"] == {
        "start": "1941",
        "end": "1945",
        "precision": "span",
        "basis": "stated",
    }
    rows = list(csv.reader(io.StringIO(events_csv(events))))
    assert rows[0][:4] == ["id", "start", "end", "precision"]
    assert rows[1] == ["war", "1941", "1945", "span", "Title", "題", "russia", "", "report-a/s1-p1|report-b/s2-p3"]


NAMES = NameTable(
    [
        Name(
            id="kim-jong-il",
            kind="person",
            romanisation="dprk",
            en="Kim Jong Il",
            en_also=["Kim"],
            ja=["金正日", "金総書記"],
            reading="きむじょんいる",
            roles=[{"ja": "総書記", "en": "General Secretary", "when": "2011/2011-12", "report": "report-a"}],
            description={"ja": "指導者, 「総書記」", "en": 'Leader, "General Secretary"'},
        ),
        Name(id="china-factor", kind="term", en="China factor", ja=["中国ファクター"]),
    ]
)


def test_actors_jsonld():
    document = json.loads(actors_jsonld(NAMES, {"kim-jong-il": 3}, ["en", "ja"]))
    (item,) = document["@graph"]  # terms are not actors
    assert item["@type"] == "Person" and item["url"] == "../actors/kim-jong-il.html" and item["mentions"] == 3
    assert item["name"] == [{"@value": "Kim Jong Il", "@language": "en"}, {"@value": "金正日", "@language": "ja"}]
    assert item["alternateName"] == [{"@value": "金総書記", "@language": "ja"}, {"@value": "Kim", "@language": "en"}]
    assert item["hasOccupation"][0]["startDate"] == "2011"


def test_actors_csv():
    rows = list(csv.reader(io.StringIO(actors_csv(NAMES, {}))))
    assert rows[1] == [
        "kim-jong-il",
        "person",
        "Kim Jong Il",
        "金正日",
        "きむじょんいる",
        "金正日|金総書記",
        "0",
        'Leader, "General Secretary"',
    ]
    assert len(rows) == 2
