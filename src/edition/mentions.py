"""Where the reports name each actor, found once per language for the whole edition.

Every mention of every actor, with its context, is listed on the actor's page; the first mention
of each person and organisation on a chapter page is linked (``render.links``). Names are found in
the language of each segment's text (an untranslated chapter of a translation is matched in the
original's language).
"""

from __future__ import annotations

from dataclasses import dataclass

from .data.locales import Locale
from .data.names import Matcher, NameTable
from .model.document import Report


@dataclass(frozen=True)
class Mention:
    actor: str
    report: str
    chapter: str  # the chapter page, or "index" for the report's front matter
    anchor: str  # paragraph, heading or note id (the report id for the front matter)
    start: int  # offsets in the segment's plain text
    end: int
    text: str
    left: str
    right: str


def find_mentions(reports: list[Report], names: NameTable, locale: Locale, locales: dict[str, Locale]) -> list[Mention]:
    """The mentions of actors in ``reports`` (the edition in ``locale``), in page order."""
    found = []
    matchers: dict[tuple[str, str], Matcher] = {}

    def matcher(lang: str, report: Report) -> Matcher:
        """Contextual forms (金総書記) are forms of the sources' language, in their report only."""
        key = (lang, report.meta.id)
        if key not in matchers:
            contextual = report.meta.id if lang == report.meta.language else None
            matchers[key] = Matcher(names.forms(lang, contextual), locales[lang].match_rules)
        return matchers[key]

    width = locale.conventions.context_chars
    for report in reports:
        meta = report.meta
        units = [(s.chapter.id, s.id, s.language, s.text) for s in report.walk()]
        if report.front_matter:  # the title block: the author is named there
            if locale.lang == meta.language:
                front = report.front_matter
            else:
                parts = [meta.title, meta.subtitle, meta.author]
                front = " ".join(locale.text(part) or "" if part else "" for part in parts)
            units.insert(0, ("index", meta.id, locale.lang, front))
        for chapter, anchor, lang, text in units:
            for name, start, end in matcher(lang, report).find(text):
                if name.is_actor:
                    left, right = text[max(0, start - width) : start], text[end : end + width]
                    found.append(Mention(name.id, meta.id, chapter, anchor, start, end, text[start:end], left, right))
    return found
