"""The one table of names and actor registry (data/names.yml), and finding names in a text.

Each entry fixes an actor's (or place's, or term's) English form and lists every form it takes
in the Japanese text; actors also carry a reading for Japanese sorting, the roles the reports
give them, and a description. A *contextual* form (金総書記) names the actor only in one report.

Detection is by longest match: at each position the longest form of any entry wins, so 金正恩
is not read as 金正日, 東部軍管区 not as 軍管区, 中国ファクター (a term) not as 中国. How a
language's text is matched (whole words, glosses in brackets) is the locale's (``MatchRules``).
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Literal

from pydantic import Field, RootModel, model_validator

from .. import yamlfile
from ..errors import InputError, InputErrors
from ..model.meta import Bilingual, Slug, Strict

ACTOR_KINDS = ("person", "state", "organisation", "place")


class Role(Strict):
    ja: str
    en: str
    when: str = Field(pattern=r"^\d{4}(-\d{2}(-\d{2})?)?(/\d{4}(-\d{2}(-\d{2})?)?)?$")
    report: Slug


class Contextual(Strict):
    form: str
    report: Slug


class Name(Strict):
    id: Slug
    kind: Literal["person", "state", "organisation", "place", "term"]
    en: str
    en_also: list[str] = Field(default_factory=list)
    ja: list[str] = Field(min_length=1)
    contextual: list[Contextual] = Field(default_factory=list)
    # hiragana, the family name first, for sorting in 五十音 order (プーチン under ぷ)
    reading: str | None = Field(default=None, pattern=r"^[\u3041-\u309f\u30fc]+( [\u3041-\u309f\u30fc]+)?$")
    # a person's English form: which rule of the names policy gives it (README, editorial page)
    romanisation: Literal["dprk", "revised", "pinyin", "hepburn", "media", "own", "western"] | None = None
    given_name_supplied: bool = False  # the reports give the surname only; the registry adds the given name
    source: Slug | None = None  # an outlet cited in the notes: its record in data/sources.yml
    # a headword in the sources' language that the text does not use (an organisation named only
    # inside a title): shown as the entry's name and marked as the edition's; never matched
    headword: str | None = None
    roles: list[Role] = Field(default_factory=list)
    description: Bilingual | None = None

    @model_validator(mode="after")
    def actors_are_described(self) -> Name:
        if self.kind in ACTOR_KINDS and (self.reading is None or self.description is None):
            raise ValueError(f"{self.id}: an actor needs a reading and a description")
        if (self.kind == "person") != (self.romanisation is not None):
            raise ValueError(f"{self.id}: a person, and only a person, names the rule of its English form")
        return self

    @property
    def is_actor(self) -> bool:
        return self.kind in ACTOR_KINDS

    def forms_in(self, lang: str) -> list[str]:
        """Its forms in a language, the main one first (the table has a list of forms for the
        language of the sources, one form and its variants ``<lang>_also`` for a translation)."""
        value: str | list[str] = getattr(self, lang)
        return list(value) if isinstance(value, list) else [value, *getattr(self, f"{lang}_also", [])]

    def name_in(self, lang: str) -> str:
        """Its name in a language: the supplied headword, if any, in the sources' language."""
        forms = self.forms_in(lang)
        return self.headword if self.headword and isinstance(getattr(self, lang), list) else forms[0]


class NameTable(RootModel[list[Name]]):
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

    def actors(self) -> list[Name]:
        return [entry for entry in self.root if entry.is_actor]

    def forms(self, lang: str, report: str | None = None) -> dict[str, Name]:
        """Every form in a language; with ``report``, also the contextual forms of that report
        (they are forms of the sources' language)."""
        forms = {form: name for name in self.root for form in name.forms_in(lang)}
        forms |= {c.form: name for name in self.root for c in name.contextual if c.report == report}
        return forms


def load_names(path: Path, texts: dict[str, str], source_lang: str, sources: Collection[str] = ()) -> NameTable:
    """The table, checked against the reports' texts in the sources' language (report id → text)
    and the apparatus's ``sources``: a form that matches nothing there, an unknown report or an
    unknown source is an error naming the entry's line."""
    loaded = yamlfile.load(path, NameTable)
    everything = "".join(texts.values())
    errors = []
    for index, entry in enumerate(loaded.data.root):
        line = loaded.line(index)
        for where, report in [("roles", role.report) for role in entry.roles] + [
            ("contextual", c.report) for c in entry.contextual
        ]:
            if report not in texts:
                errors.append(InputError(path, line, f"{entry.id}: {where}: unknown report {report!r}"))
        if entry.source and entry.source not in sources:
            errors.append(InputError(path, line, f"{entry.id}: source: unknown source {entry.source!r}"))
        forms = [(form, everything) for form in entry.forms_in(source_lang)] + [
            (c.form, texts.get(c.report, "")) for c in entry.contextual
        ]
        for form, text in forms:
            if form not in text:
                errors.append(InputError(path, line, f"{entry.id}: the form {form!r} matches nothing in the text"))
    if errors:
        raise InputErrors(errors)
    return loaded.data


@dataclass(frozen=True)
class MatchRules:
    """How names are found in a language's text."""

    whole_words: bool  # a form matches only as a whole word (a language written with spaces)
    gloss_open: str | None  # a name's gloss in brackets right after it is part of the mention


class Matcher:
    """All forms as one regular expression, longest first: at each position the regex engine
    tries them in that order, so the first that matches is the longest (leftmost-longest)."""

    def __init__(self, forms: dict[str, Name], rules: MatchRules) -> None:
        alternatives = "|".join(map(re.escape, sorted(forms, key=len, reverse=True)))
        self.pattern = re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)" if rules.whole_words else alternatives)
        self.forms, self.rules = forms, rules

    def find(self, text: str, kinds: Collection[str] = ()) -> list[tuple[Name, int, int]]:
        """(entry, start, end) of every name in ``text`` (of ``kinds``, if given), left to right.
        A gloss (ラヴロフ（Sergey Lavrov）, Korean Central News Agency (KCNA)) is part of the
        mention it follows: one mention, not two."""
        found: list[tuple[Name, int, int]] = []
        for match in self.pattern.finditer(text):
            name = self.forms[match[0]]
            gloss = self.rules.gloss_open
            between = text[found[-1][2] : match.start()].strip() if found else ""
            if gloss and found and found[-1][0] == name and between == gloss:
                continue
            found.append((name, match.start(), match.end()))
        return [f for f in found if not kinds or f[0].kind in kinds]
