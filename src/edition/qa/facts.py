"""Numbers and dates of a text, normalised so a Japanese segment and its translation compare.

Japanese: 2011年8月24日, 2015年5月, 5月9日, 4月, 2016年; 100億, 2,700万, 31億9,200万; 9割; 第1, 2つ.
English: 24 August 2011, May 2015, 9 May, April, 2016; 10 billion, 27 million, US$3.192 billion;
90 per cent; first, two. Each becomes a *fact*: ("date", year, month, day) with None for what the
text leaves out, or ("number", value). A Japanese fact is *matched* by an English fact that
agrees on everything the Japanese states.
"""

from __future__ import annotations

import re
from decimal import Decimal

MONTHS = "January February March April May June July August September October November December".split()
WORDS = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen twenty"
).split()
ORDINALS = "zeroth first second third fourth fifth sixth seventh eighth ninth tenth".split()
ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4}

Fact = tuple[str | Decimal | None, ...]  # ("date", year, month, day) or ("number", value)

_NUMBER = r"\d[\d,]*(?:\.\d+)?"
_JA_DATE = re.compile(r"(?:(\d{4})年)?(?:(\d{1,2})月)?(?:(\d{1,2})日)?")
_JA_NUMBER = re.compile(rf"(?<![A-Za-z\d.,])({_NUMBER})(?:億(?:({_NUMBER})万)?|万({_NUMBER})?|(割))?")
_EN_DATE = re.compile(rf"(?:(\d{{1,2}}) )?({'|'.join(MONTHS)})(?: (\d{{4}}))?")
_EN_RANGE = re.compile(rf"({'|'.join(MONTHS)})(?:–| to | and )({'|'.join(MONTHS)}) (\d{{4}})")
_EN_NUMBER = re.compile(
    rf"(?<![\w.])({_NUMBER})(?:st|nd|rd|th)?(?: (billion|million))?"
    rf"|\b({'|'.join(WORDS)}|{'|'.join(ORDINALS)})\b|\b({'|'.join(ROMAN)})\b",
    re.IGNORECASE,
)


def _decimal(text: str) -> Decimal:
    return Decimal(text.replace(",", ""))


def japanese_facts(text: str) -> list[Fact]:
    facts: list[Fact] = []
    rest = text
    for match in _JA_DATE.finditer(text):
        year, month, day = match.groups()
        if month or day or year:
            facts.append(("date", year, month and str(int(month)), day and str(int(day))))
            rest = rest.replace(match[0], " " * len(match[0]), 1)
    for match in _JA_NUMBER.finditer(rest):
        number, man_after_oku, after_man, wari = match.groups()
        value = _decimal(number)
        if "億" in match[0]:  # 31億9,200万
            value = value * 100_000_000 + (_decimal(man_after_oku) * 10_000 if man_after_oku else 0)
        elif "万" in match[0]:  # 2,700万, 1万6,000
            value = value * 10_000 + (_decimal(after_man) if after_man else 0)
        elif wari:
            value *= 10  # 9割 = 90 per cent
        facts.append(("number", value))
    return facts


def english_facts(text: str) -> list[Fact]:
    facts: list[Fact] = []
    rest = text
    for match in _EN_RANGE.finditer(text):  # "January to June 2016": both months are of 2016
        first, last, year = match.groups()
        facts += [("date", year, str(MONTHS.index(m) + 1), None) for m in (first, last)] + [("number", Decimal(year))]
        rest = rest.replace(match[0], " " * len(match[0]), 1)
    for match in _EN_DATE.finditer(rest):
        day, month, year = match.groups()
        facts.append(("date", year, str(MONTHS.index(month) + 1), day))
        # the parts also count as numbers: a Japanese note may give "28 January 2015" as is
        facts += [("number", Decimal(part)) for part in (day, year) if part]
        rest = rest.replace(match[0], " " * len(match[0]), 1)
    for match in _EN_NUMBER.finditer(rest):
        number, scale, word, roman = match.groups()
        if number:
            value = _decimal(number) * {"billion": 10**9, "million": 10**6}.get((scale or "").lower(), 1)
        elif word:
            word = word.lower()
            value = Decimal(WORDS.index(word) if word in WORDS else ORDINALS.index(word))
        else:
            value = Decimal(ROMAN[roman])
        facts.append(("number", value))
    return facts


def matches(japanese: Fact, english: Fact) -> bool:
    if japanese[0] != english[0]:
        return False
    if japanese[0] == "number":
        return japanese[1] == english[1]
    return all(j is None or j == e for j, e in zip(japanese[1:], english[1:], strict=True))


def unmatched(japanese_text: str, english_text: str) -> list[Fact]:
    """The facts of the Japanese that the English does not state."""
    english = english_facts(english_text)
    # a year alone (2016年) is stated by any English date or number with that year
    years = {fact[1] for fact in english if fact[0] == "date" and fact[1]}
    years |= {str(fact[1]) for fact in english if fact[0] == "number"}
    missing = []
    for fact in japanese_facts(japanese_text):
        year_only = fact[0] == "date" and fact[2] is None and fact[3] is None
        if any(matches(fact, e) for e in english) or (year_only and fact[1] in years):
            continue
        missing.append(fact)
    return missing
