"""The editorial text rules, each a small function documented in the README.

- Character classes: *Japanese* (``model.script``: kana, kanji, CJK and full-width punctuation
  and forms, box-drawing dashes used as Japanese dashes) and *digit* (ASCII 0-9).
- Rule S (layout spaces): a run of ASCII spaces between two characters that are
  each Japanese or a digit, at least one of them Japanese, is a PDF layout
  artefact and is removed ("2011年 8月", "第 7章", "1万 6,000人"). Spaces next to
  Latin letters or ASCII punctuation are kept ("Mikhail Fradkov", "BBC News, 28").
- Rule J (line joins): lines are joined without a space, except where both sides
  of the break are Latin (letters, or a letter and a digit) or the first line
  ends in a space: then one space ("Mikhail \\n\\nFradkov" → "Mikhail Fradkov").
"""

from __future__ import annotations

import re
import unicodedata

from ..model.script import is_japanese


def is_digit(char: str) -> bool:
    return "0" <= char <= "9"


def is_latin(char: str) -> bool:
    return char.isascii() and char.isalnum()


def display_width(text: str) -> int:
    """Width in half-width cells, as the PDF typeset it (full-width = 2)."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


_LAYOUT_SPACE = re.compile(r"(?<=(?P<left>.)) +(?=(?P<right>.))")


def remove_layout_spaces(text: str) -> str:
    """Rule S."""

    def keep_or_drop(match: re.Match[str]) -> str:
        left, right = match["left"], match["right"]
        both_jd = all(is_japanese(c) or is_digit(c) for c in (left, right))
        return "" if both_jd and (is_japanese(left) or is_japanese(right)) else match[0]

    return _LAYOUT_SPACE.sub(keep_or_drop, text)


def join_separator(before: str, after: str) -> str:
    """Rule J: what goes between line ``before`` (raw, maybe with a trailing space) and ``after``."""
    head, tail = before.rstrip(), after.lstrip()
    if not head or not tail:
        return ""
    last, first = head[-1], tail[0]
    if is_japanese(last) or is_japanese(first):
        return ""
    if before != head or (is_latin(last) and is_latin(first) and not (is_digit(last) and is_digit(first))):
        return " "
    return ""
