"""model.script: what counts as Japanese, for the layout rules and for marking the language."""

import pytest

from edition.model.script import JAPANESE_RUN, is_japanese


@pytest.mark.parametrize(
    "char",
    ["あ", "ア", "ー", "漢", "㐀", "。", "、", "「", "　", "（", "％", "～", "：", "―", "─"],
)
def test_japanese(char):
    assert is_japanese(char)


@pytest.mark.parametrize("char", ["a", "Z", "1", " ", ".", "(", "%", "é", "“", "’", "\u2016"])
def test_not_japanese(char):
    assert not is_japanese(char)


def test_dashes_count_as_japanese_for_the_layout_rules():
    assert is_japanese("–")  # en dash, in the dash block the Japanese text uses
    assert is_japanese("―")  # 「―注―」


def test_run_does_not_match_an_english_en_dash():
    assert JAPANESE_RUN.findall("2011–2015") == []
    assert JAPANESE_RUN.findall("Russia – North Korea") == []
    assert JAPANESE_RUN.findall("―") == []


def test_run_spans_kana_kanji_punctuation_and_single_spaces():
    assert JAPANESE_RUN.findall("Kim 金正恩（キム・ジョンウン） said") == ["金正恩（キム・ジョンウン）"]
    assert JAPANESE_RUN.findall("日本 語") == ["日本 語"]  # a space between two Japanese characters
    assert JAPANESE_RUN.findall("日本　語") == ["日本　語"]
    assert JAPANESE_RUN.findall("日本  語") == ["日本", "語"]  # two spaces end the run
    assert JAPANESE_RUN.findall("日本 x 語") == ["日本", "語"]
