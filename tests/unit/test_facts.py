"""qa.facts: numbers and dates of a Japanese segment and of its translation, compared."""

from decimal import Decimal

import pytest

from edition.qa.facts import english_facts, japanese_facts, matches, unmatched


@pytest.mark.parametrize(
    ("text", "facts"),
    [
        ("2011年8月24日", [("date", "2011", "8", "24")]),
        ("2015年5月", [("date", "2015", "5", None)]),
        ("5月9日", [("date", None, "5", "9")]),
        ("2016年", [("date", "2016", None, None)]),
        ("100億", [("number", Decimal(10_000_000_000))]),
        ("2,700万", [("number", Decimal(27_000_000))]),
        ("31億9,200万", [("number", Decimal(3_192_000_000))]),
        ("1万6,000人", [("number", Decimal(16_000))]),
        ("9割", [("number", Decimal(90))]),
        ("0.1％", [("number", Decimal("0.1"))]),
    ],
)
def test_japanese_facts(text, facts):
    assert japanese_facts(text) == facts


@pytest.mark.parametrize(
    ("text", "facts"),
    [
        ("24 August 2011", [("date", "2011", "8", "24"), ("number", 24), ("number", 2011)]),
        ("May 2015", [("date", "2015", "5", None), ("number", 2015)]),
        ("10 billion", [("number", Decimal(10**10))]),
        ("US$3.192 billion", [("number", Decimal(3_192_000_000))]),
        ("the first and two", [("number", 1), ("number", 2)]),
        ("Part II", [("number", 2)]),
        (
            "January to June 2016",
            [("date", "2016", "1", None), ("date", "2016", "6", None), ("number", 2016)],
        ),
    ],
)
def test_english_facts(text, facts):
    assert english_facts(text) == facts


def test_matches_what_the_japanese_states():
    assert matches(("date", None, "5", "9"), ("date", "2015", "5", "9"))
    assert not matches(("date", "2014", "5", "9"), ("date", "2015", "5", "9"))
    assert not matches(("number", Decimal(2)), ("date", "2", None, None))


def test_unmatched():
    assert unmatched("2011年8月24日に9割を", "on 24 August 2011, 90 per cent") == []
    assert unmatched("2016年に", "in January 2016") == []  # a year alone
    assert unmatched("2,700万人", "27 million people") == []
    assert unmatched("2,700万人と5月", "27 million people in June") == [("date", None, "5", None)]
