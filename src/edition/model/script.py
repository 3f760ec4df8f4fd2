"""What counts as Japanese: one definition, for the parser's rules and for marking the language.

The Japanese *script* is kana, kanji and the CJK and full-width punctuation and forms. The text
also uses two kinds of script-neutral characters as its own dashes (― in 「―注―」, ─ around a
subtitle): the layout rules count them as Japanese, the language marking does not (an English
dash is not Japanese).
"""

from __future__ import annotations

import re

SCRIPT_RANGES = (
    (0x3000, 0x30FF),  # CJK punctuation, hiragana, katakana
    (0x3400, 0x4DBF),  # CJK extension A
    (0x4E00, 0x9FFF),  # CJK unified ideographs
    (0xF900, 0xFAFF),  # CJK compatibility ideographs
    (0xFF00, 0xFFEF),  # full-width forms: （）％～：
)
DASH_RANGES = (
    (0x2010, 0x2015),  # dashes, incl. ― used in 「―注―」
    (0x2500, 0x257F),  # box-drawing ─ used as a dash in subtitles
)
_SCRIPT = "".join(f"\\u{low:04x}-\\u{high:04x}" for low, high in SCRIPT_RANGES)
# A run of Japanese script; a single space between two Japanese characters belongs to the run.
JAPANESE_RUN = re.compile(f"[{_SCRIPT}]+(?:[ \u3000][{_SCRIPT}]+)*")


def is_japanese(char: str) -> bool:
    """Japanese for the layout rules: the script, or a dash the Japanese text uses."""
    code = ord(char)
    return any(low <= code <= high for low, high in SCRIPT_RANGES + DASH_RANGES)
