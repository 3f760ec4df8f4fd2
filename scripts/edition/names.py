"""The one table of names and actor registry (data/names.yml), and finding names in a text.

Each entry fixes an actor's (or place's, or term's) English form and lists every form it takes
in the Japanese text; actors also carry a reading for Japanese sorting, the roles the reports
give them, and a description. A *contextual* form (金総書記) names the actor only in one report.

Detection is by longest match: at each position the longest form of any entry wins, so 金正恩
is not read as 金正日, 東部軍管区 not as 軍管区, 中国ファクター (a term) not as 中国. English forms
match whole words only.
"""

from __future__ import annotations

import re
from functools import cached_property
from pathlib import Path
from typing import Literal

from pydantic import Field, PrivateAttr, RootModel, model_validator

from . import yamldata
from .errors import InputError
from .metadata import Bilingual, Strict

ACTOR_KINDS = ("person", "state", "organisation", "place")


class Role(Strict):
    ja: str
    en: str
    when: str = Field(pattern=r"^\d{4}(-\d{2}(-\d{2})?)?(/\d{4}(-\d{2}(-\d{2})?)?)?$")
    report: str


class Contextual(Strict):
    form: str
    report: str


class Name(Strict):
    id: str = Field(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$")
    kind: Literal["person", "state", "organisation", "place", "term"]
    en: str
    en_also: list[str] = Field(default_factory=list)
    ja: list[str] = Field(min_length=1)
    contextual: list[Contextual] = Field(default_factory=list)
    reading: str | None = Field(default=None, pattern=r"^[\u3041-\u309f\u30fc]+$")
    roles: list[Role] = Field(default_factory=list)
    description: Bilingual | None = None

    @model_validator(mode="after")
    def actors_are_described(self) -> Name:
        if self.kind in ACTOR_KINDS and (self.reading is None or self.description is None):
            raise ValueError(f"{self.id}: an actor needs a reading and a description")
        return self

    @property
    def is_actor(self) -> bool:
        return self.kind in ACTOR_KINDS


class NameTable(RootModel[list[Name]]):
    _patterns: dict[tuple[str, str | None], tuple[re.Pattern[str], dict[str, Name]]] = PrivateAttr(default_factory=dict)

    @model_validator(mode="after")
    def forms_are_unique(self) -> NameTable:
        for label, values in (
            ("id", [n.id for n in self.root]),
            ("Japanese form", [f for n in self.root for f in n.ja] + [c.form for n in self.root for c in n.contextual]),
            ("English form", [f for n in self.root for f in (n.en, *n.en_also)]),
        ):
            seen: set[str] = set()
            for value in values:
                if value in seen:
                    raise ValueError(f"the {label} {value!r} belongs to two entries")
                seen.add(value)
        return self

    @cached_property
    def by_id(self) -> dict[str, Name]:
        return {name.id: name for name in self.root}

    def forms(self, lang: str, report: str | None = None) -> dict[str, Name]:
        if lang == "en":
            return {form: name for name in self.root for form in (name.en, *name.en_also)}
        forms = {form: name for name in self.root for form in name.ja}
        forms |= {c.form: name for name in self.root for c in name.contextual if c.report == report}
        return forms

    def by_form(self) -> dict[str, Name]:
        return self.forms("ja")


def load_names(path: Path, texts: dict[str, str]) -> NameTable:
    """The table, checked against the Japanese ``texts`` (report id → text): a form that matches
    nothing there is an error, naming the file and the entry's line."""
    table, node = yamldata.load_with_node(path, NameTable)
    everything = "".join(texts.values())
    for entry, item in zip(table.root, node.value, strict=True):
        forms = [(form, everything) for form in entry.ja] + [
            (c.form, texts.get(c.report, "")) for c in entry.contextual
        ]
        for form, text in forms:
            if form not in text:
                raise InputError(
                    path, item.start_mark.line + 1, f"{entry.id}: the form {form!r} matches nothing in the text"
                )
    return table


def _pattern(table: NameTable, lang: str, report: str | None) -> tuple[re.Pattern[str], dict[str, Name]]:
    """One regular expression of all forms, longest first: at each position the regex engine
    tries them in that order, so the first that matches is the longest (leftmost-longest).
    Compiled once per table, language and report."""
    key = (lang, report)
    if key not in table._patterns:
        forms = table.forms(lang, report)
        alternatives = "|".join(map(re.escape, sorted(forms, key=len, reverse=True)))
        table._patterns[key] = (re.compile(rf"\b(?:{alternatives})\b" if lang == "en" else alternatives), forms)
    return table._patterns[key]


def mentions(text: str, table: NameTable, lang: str = "ja", report: str | None = None) -> list[tuple[Name, int, int]]:
    """(entry, start, end) of every name in ``text``, the longest form first, left to right. In
    Japanese, a name's gloss in brackets right after it (ラヴロフ（Sergey Lavrov）) is part of
    that mention; English forms match whole words only."""
    pattern, forms = _pattern(table, lang, report)
    found: list[tuple[Name, int, int]] = []
    for match in pattern.finditer(text):
        name = forms[match[0]]
        if lang == "ja" and found and found[-1][0] == name and text[found[-1][2] : match.start()] == "（":
            continue
        found.append((name, match.start(), match.end()))
    return found
