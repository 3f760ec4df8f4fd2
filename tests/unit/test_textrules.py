"""source.textrules: rule S (layout spaces), rule J (line joins), display width."""

import pytest

from edition.source.textrules import display_width, is_digit, is_latin, join_separator, remove_layout_spaces


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2011年 8月", "2011年8月"),
        ("第 7章", "第7章"),
        ("1万 6,000人", "1万6,000人"),
        ("わずか 0.1％", "わずか0.1％"),
        ("ケース 1：2011年", "ケース1：2011年"),
        ("年  8月", "年8月"),  # a run of spaces
        ("2月 7日には", "2月7日には"),
        ("ロシア 「注」", "ロシア「注」"),
    ],
)
def test_rule_s_removes_layout_spaces(text, expected):
    assert remove_layout_spaces(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Mikhail Fradkov",
        "BBC News, 28 January 2015",
        "ロシア NOW",  # a Latin letter on one side
        "2011 2015",  # digits on both sides, neither Japanese
        "Izvestiya （2011年",  # Latin on the left
        " 先頭",  # no character on the left
        "末尾 ",
    ],
)
def test_rule_s_keeps_spaces_next_to_latin(text):
    assert remove_layout_spaces(text) == text


def test_rule_s_counts_the_japanese_dashes():
    assert remove_layout_spaces("─ 2011年") == "─2011年"


@pytest.mark.parametrize(
    ("before", "after", "separator"),
    [
        ("日本の", "ロシア", ""),
        ("Mikhail ", "Fradkov", " "),  # the first line ends in a space
        ("Aleksey", "Miller", " "),  # Latin on both sides
        ("page", "3", " "),  # a letter and a digit
        ("12", "34", ""),  # a number broken across lines
        ("（Mikhail", "Fradkov）", " "),
        ("金正日", "Fradkov", ""),  # Japanese on one side
        ("Fradkov）", "対外", ""),
        ("News,", "28", ""),  # punctuation, no trailing space
        ("News, ", "28", " "),
        ("", "x", ""),
        ("x", "", ""),
        ("日本 ", "語", ""),  # a trailing space next to Japanese is layout
    ],
)
def test_rule_j(before, after, separator):
    assert join_separator(before, after) == separator


def test_character_classes():
    assert is_digit("7") and not is_digit("７") and not is_digit("a")
    assert is_latin("a") and is_latin("7") and not is_latin("é") and not is_latin(",")


@pytest.mark.parametrize(("text", "width"), [("", 0), ("abc", 3), ("あいう", 6), ("（1）", 5), ("０.1％", 6), ("ｱ", 1)])
def test_display_width(text, width):
    assert display_width(text) == width
