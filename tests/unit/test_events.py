"""data.events: dates with a precision, checked against the registry and the paragraphs."""

import pytest
from pydantic import ValidationError

from edition.data.events import Event, When, load_events
from edition.data.names import Name, NameTable
from edition.errors import InputError, InputErrors

from .factories import write


def when(**fields):
    return When.model_validate(fields)


@pytest.mark.parametrize(
    "fields",
    [
        {"start": "2015", "precision": "year"},
        {"start": "2015-05", "precision": "month"},
        {"start": "2015-05-09", "precision": "day"},
        {"start": "1941", "end": "1945", "precision": "span"},
        {"start": "2005", "precision": "approximate"},
        {"start": "2005-05", "precision": "approximate"},
    ],
)
def test_when_valid(fields):
    assert when(**fields).start == fields["start"]


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"start": "1941", "precision": "span"}, "a span has an end date, and only a span"),
        ({"start": "1941", "end": "1945", "precision": "year"}, "a span has an end date, and only a span"),
        ({"start": "2015-05", "precision": "day"}, "precision day does not match '2015-05'"),
        ({"start": "2015-05-09", "precision": "year"}, "precision year does not match"),
        ({"start": "2015-13", "precision": "month"}, "month must be in 1..12"),
        ({"start": "2015-02-30", "precision": "day"}, "day is out of range"),
        ({"start": "2015", "end": "2015-02-30", "precision": "span"}, "day is out of range"),
        ({"start": "May 2015", "precision": "month"}, "String should match pattern"),
        ({"start": "2015", "precision": "decade"}, "Input should be"),
    ],
)
def test_when_invalid(fields, message):
    with pytest.raises(ValidationError, match=message):
        when(**fields)


def test_when_first_and_last():
    span = when(start="1941", end="1945-05", precision="span")
    assert (str(span.first), str(span.last)) == ("1941", "1945-05")
    assert when(start="2015", precision="year").last is None


NAMES = NameTable(
    [
        Name(
            id="russia", kind="state", en="Russia", ja=["ロシア"], reading="ろしあ", description={"ja": "国", "en": "a"}
        ),
        Name(
            id="moscow",
            kind="place",
            en="Moscow",
            ja=["モスクワ"],
            reading="もすくわ",
            description={"ja": "都", "en": "a"},
        ),
        Name(id="china-factor", kind="term", en="China factor", ja=["中国ファクター"]),
    ]
)
TARGETS = {"report-a/s1-p1", "report-a/s2-p1", "report-a/fn-3", "report-b/s1-p1"}


def event(id, date, participants="[russia]", place="null", paragraphs="[report-a/s1-p1]", notes="[]"):
    return f"""
- id: {id}
  date: {date}
  title: {{ja: 題, en: Title}}
  summary: {{ja: 概要, en: Summary}}
  participants: {participants}
  place: {place}
  paragraphs: {paragraphs}
  notes: {notes}"""


def test_load_events_in_date_order(tmp_path):
    text = "".join(
        [
            event("c-day", '{start: "2015-05-09", precision: day}', place="moscow"),
            event("b-year", '{start: "2015", precision: year}', paragraphs="[report-a/s2-p1, report-b/s1-p1]"),
            event("d-month", '{start: "2015-05", precision: month}', notes="[report-a/fn-3]"),
            event("a-year", '{start: "2015", precision: year}'),
            event("e-span", '{start: "1941", end: "1945", precision: span}'),
        ]
    )
    events = load_events(write(tmp_path / "events.yml", text), NAMES, TARGETS)
    assert [e.id for e in events] == ["e-span", "a-year", "b-year", "d-month", "c-day"]
    assert events[2].reports == ["report-a", "report-b"]
    assert isinstance(events[0], Event)


def test_load_events_reports_every_error_with_its_line(tmp_path):
    text = "".join(
        [
            event("first", '{start: "2015", precision: year}'),  # line 1
            event("second", '{start: "2015", precision: year}', participants="[russia, nobody, china-factor]"),
            event("first", '{start: "2016", precision: year}', paragraphs="[report-a/s9-p9]", place="russia"),
            event("fourth", '{start: "2016", precision: year}', notes="[report-a/fn-9]", place="moscow"),
        ]
    )
    path = write(tmp_path / "events.yml", text)
    with pytest.raises(InputErrors) as raised:
        load_events(path, NAMES, TARGETS)
    assert [(e.line, e.message) for e in raised.value.errors] == [
        (9, "second: unknown actor 'nobody'"),
        (9, "second: unknown actor 'china-factor'"),  # a term is not an actor
        (17, "first: duplicate event id"),
        (17, "first: unknown place 'russia'"),  # a state is not a place
        (17, "first: no paragraph or note 'report-a/s9-p9'"),
        (25, "fourth: no paragraph or note 'report-a/fn-9'"),
    ]
    assert all(e.path == path for e in raised.value.errors)


def test_load_events_schema_errors_with_their_lines(tmp_path):
    text = event("a", '{start: "2015-05", precision: day}') + event(
        "b", "{start: 2015, precision: year}", paragraphs="[]"
    )
    with pytest.raises(InputErrors) as raised:
        load_events(write(tmp_path / "events.yml", text), NAMES, TARGETS)
    assert [(e.line, e.message) for e in raised.value.errors] == [
        (2, "0.date: Value error, precision day does not match '2015-05'"),
        (10, "1.date.start: Input should be a valid string"),  # 2015 unquoted is a number
        (15, "1.paragraphs: List should have at least 1 item after validation, not 0"),
    ]


def test_an_event_placed_after_another_sorts_right_after_it(tmp_path):
    """The report's その後: a month-precision reaction sorts after the day it follows, not before."""
    text = "".join(
        [
            event("a-meeting", '{start: "2010-12-13", precision: day}'),
            event("b-request", '{start: "2010-12", precision: month, after: a-meeting}'),
            event("c-early", '{start: "2010-12-01", precision: day}'),
            event("d-later", '{start: "2010-12-20", precision: day}'),
            event("e-same-day", '{start: "2010-12-13", precision: day}'),
        ]
    )
    events = load_events(write(tmp_path / "events.yml", text), NAMES, TARGETS)
    assert [e.id for e in events] == ["c-early", "a-meeting", "e-same-day", "b-request", "d-later"]


def test_after_an_unknown_event_or_in_a_cycle_is_an_error(tmp_path):
    unknown = event("a", '{start: "2010", precision: year, after: nothing}')
    with pytest.raises(InputErrors, match="a: after: unknown event 'nothing'"):
        load_events(write(tmp_path / "events.yml", unknown), NAMES, TARGETS)
    cycle = event("a", '{start: "2010", precision: year, after: b}') + event(
        "b", '{start: "2010", precision: year, after: a}'
    )
    with pytest.raises(InputError, match="after: a cycle"):
        load_events(write(tmp_path / "cycle.yml", cycle), NAMES, TARGETS)


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"start": "2010-03-25", "precision": "day", "part": "late"}, "a part \\(early, mid, late, end\\)"),
        ({"start": "2010", "precision": "year", "basis": "inferred"}, "an inferred date gives its evidence"),
        ({"start": "2010", "precision": "year", "evidence": {"ja": "a", "en": "b"}}, "an inferred date gives"),
    ],
)
def test_parts_and_inferred_dates_are_checked(fields, message):
    with pytest.raises(ValueError, match=message):
        When.model_validate(fields)


def test_a_part_of_a_month_or_year_sorts_within_it(tmp_path):
    text = "".join(
        [
            event("a-year-end", '{start: "2010", precision: year, part: end}'),
            event("b-december", '{start: "2010-12-13", precision: day}'),
            event("c-late-march", '{start: "2010-03", precision: month, part: late}'),
            event("d-march-25", '{start: "2010-03-25", precision: day}'),
            event("e-march-10", '{start: "2010-03-10", precision: day}'),
            event("f-year", '{start: "2010", precision: year}'),
        ]
    )
    events = load_events(write(tmp_path / "events.yml", text), NAMES, TARGETS)
    assert [e.id for e in events] == ["f-year", "e-march-10", "c-late-march", "d-march-25", "b-december", "a-year-end"]


def test_an_event_placed_before_another_sorts_right_before_it(tmp_path):
    """A terminus ante quem: the year's event the report dates only by a later one sorts just before it."""
    text = "".join(
        [
            event("a-march", '{start: "2010-03", precision: month, part: late}'),
            event("b-meeting", '{start: "2010-12-13", precision: day}'),
            event("c-shelling", '{start: "2010", precision: year, before: b-meeting}'),
            event("d-november", '{start: "2010-11-23", precision: day}'),
            event("e-same-day", '{start: "2010-12-13", precision: day}'),
        ]
    )
    events = load_events(write(tmp_path / "events.yml", text), NAMES, TARGETS)
    assert [e.id for e in events] == ["a-march", "d-november", "c-shelling", "b-meeting", "e-same-day"]
    with pytest.raises(ValueError, match="not both"):
        When.model_validate({"start": "2010", "precision": "year", "after": "x", "before": "y"})
