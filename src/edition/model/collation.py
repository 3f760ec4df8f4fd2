"""Sorting as a reader expects: the Unicode Collation Algorithm (pyuca, the DUCET table), which
puts kana in 五十音 order and Latin letters with diacritics beside their base letters (Hyōdō by
Hyodo), instead of code-point order."""

from __future__ import annotations

from functools import cache

from pyuca import Collator


@cache
def _collator() -> Collator:
    return Collator()


def sort_key(text: str) -> tuple[int, ...]:
    key: tuple[int, ...] = _collator().sort_key(text)
    return key
