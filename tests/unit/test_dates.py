"""model.dates: YYYY, YYYY-MM, YYYY-MM-DD, parsed once; order, exclusive end, scale."""

import datetime

import pytest

from edition.model.dates import PartialDate


@pytest.mark.parametrize(
    ("text", "parts", "precision"),
    [
        ("2015", (2015, None, None), "year"),
        ("2015-05", (2015, 5, None), "month"),
        ("2015-05-09", (2015, 5, 9), "day"),
    ],
)
def test_parse(text, parts, precision):
    date = PartialDate.parse(text)
    assert (date.year, date.month, date.day) == parts
    assert date.precision == precision
    assert str(date) == text


@pytest.mark.parametrize("text", ["2015-13", "2015-02-30", "2015-00", "x", "", "2015-05-09-01", "2015-xx"])
def test_parse_rejects(text):
    with pytest.raises(ValueError):
        PartialDate.parse(text)


def test_leap_day():
    assert PartialDate.parse("2016-02-29").day == 29
    with pytest.raises(ValueError):
        PartialDate.parse("2015-02-29")


def test_str_pads():
    assert str(PartialDate(987, 1, 2)) == "0987-01-02"


def test_first_day():
    assert PartialDate.parse("2015").first_day == datetime.date(2015, 1, 1)
    assert PartialDate.parse("2015-05").first_day == datetime.date(2015, 5, 1)
    assert PartialDate.parse("2015-05-09").first_day == datetime.date(2015, 5, 9)


def test_sort_key_year_before_its_months_and_days():
    texts = ["2015-05-09", "2016", "2015-12", "2015", "2015-05", "2014-12-31"]
    ordered = sorted(texts, key=lambda t: PartialDate.parse(t).sort_key)
    assert ordered == ["2014-12-31", "2015", "2015-05", "2015-05-09", "2015-12", "2016"]


@pytest.mark.parametrize(
    ("text", "after"),
    [
        ("2015-05-09", datetime.date(2015, 5, 10)),
        ("2015-12-31", datetime.date(2016, 1, 1)),
        ("2016-02-28", datetime.date(2016, 2, 29)),
        ("2015-05", datetime.date(2015, 6, 1)),
        ("2015-11", datetime.date(2015, 12, 1)),
        ("2015-12", datetime.date(2016, 1, 1)),
        ("1945", datetime.date(1946, 1, 1)),
    ],
)
def test_after_last_day_is_exclusive(text, after):
    assert PartialDate.parse(text).after_last_day() == after


def test_fraction():
    assert PartialDate.parse("2015").fraction == 2015
    assert PartialDate.parse("2015-07").fraction == pytest.approx(2015.5)
    assert PartialDate.parse("2015-01-02").fraction == pytest.approx(2015 + 1 / 365)
    assert PartialDate.parse("2015-12-31").fraction < PartialDate.parse("2016").fraction
