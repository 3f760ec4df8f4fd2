"""Where the reports name each actor: mentions with their context, and links in the text.

Linking rule (README): in the text of a chapter page, the first mention of an actor in each
section (the chapter's own text, or a subsection) links to the actor's page; later mentions
in the same section do not, and neither do headings and notes. Every mention is listed on the
actor's page, with its context, linking to its paragraph.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from .model import Chapter, Heading, Inline, Link, Report, Text, plain_text
from .names import NameTable, mentions

CONTEXT = {"ja": 18, "en": 50}


@dataclass(frozen=True)
class Mention:
    actor: str
    report: str
    chapter: str  # the chapter page, or "index" for the report's front matter
    anchor: str  # paragraph, heading or note id
    text: str
    left: str
    right: str


def _units(report: Report) -> list[tuple[str, str, list[Inline]]]:
    """(chapter, anchor, tokens) for every heading, paragraph and note, in page order."""
    units = []
    for chapter in report.chapters:
        units += [(chapter.id, block.id, block.content) for block in [chapter.heading, *chapter.blocks]]
        units += [(chapter.id, f"fn-{n}", report.notes[n].content or []) for n in chapter.note_numbers]
    return units


def find_mentions(reports: list[Report], table: NameTable, lang: str) -> list[Mention]:
    found = []
    width = CONTEXT[lang]
    for report in reports:
        units = _units(report)
        if lang == "ja" and report.front_matter:
            units.insert(0, ("index", report.meta.id, [Text(report.front_matter)]))
        for chapter, anchor, tokens in units:
            text = plain_text(tokens)
            for name, start, end in mentions(text, table, lang, report.meta.id):
                if name.is_actor:
                    left, right = text[max(0, start - width) : start], text[end : end + width]
                    found.append(Mention(name.id, report.meta.id, chapter, anchor, text[start:end], left, right))
    return found


def link_first_mentions(chapter: Chapter, table: NameTable, lang: str, report: str, href: str) -> Chapter:
    """The chapter with the first mention of each actor in each section made a link.
    ``href`` is formatted with the actor id."""
    linked: set[str] = set()

    def link(tokens: list[Inline]) -> list[Inline]:
        out: list[Inline] = []
        offset = 0
        spans = mentions(plain_text(tokens), table, lang, report)
        for token in tokens:
            if not isinstance(token, Text):
                out.append(token)
                offset += len(plain_text([token]))
                continue
            position = 0
            for name, start, end in spans:
                start, end = start - offset, end - offset
                if start < position or end > len(token.text) or not name.is_actor or name.id in linked:
                    continue
                linked.add(name.id)
                out += [Text(token.text[position:start]), Link(token.text[start:end], href.format(id=name.id))]
                position = end
            out.append(Text(token.text[position:]))
            offset += len(token.text)
        return [t for t in out if not (isinstance(t, Text) and not t.text)]

    blocks = []
    for block in chapter.blocks:
        if isinstance(block, Heading):
            linked.clear()  # a new section
            blocks.append(block)
        else:
            blocks.append(replace(block, content=link(block.content)))
    return replace(chapter, blocks=blocks)
