"""Where the reports name each actor: mentions with their context, and links in the text.

Linking rule (README): in the paragraphs of a chapter page, the first mention of each person
and each organisation links to its page; later mentions, states and places (named on almost
every line), headings and notes do not, and a mention right after a link stays plain (no two
links touch: 金正日朝鮮労働党総書記 links 金正日 only). Every mention of every actor is listed on
the actor's page, with its context, linking to its paragraph.
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
        if report.front_matter:  # the title block: the author is named there
            meta = report.meta
            english = [meta.title.en, meta.subtitle.en if meta.subtitle else "", meta.author.en or ""]
            front = report.front_matter if lang == "ja" else " ".join(english)
            units.insert(0, ("index", meta.id, [Text(front)]))
        for chapter, anchor, tokens in units:
            text = plain_text(tokens)
            for name, start, end in mentions(text, table, lang, report.meta.id):
                if name.is_actor:
                    left, right = text[max(0, start - width) : start], text[end : end + width]
                    found.append(Mention(name.id, report.meta.id, chapter, anchor, text[start:end], left, right))
    return found


LINKED_KINDS = ("person", "organisation")


def link_first_mentions(chapter: Chapter, table: NameTable, lang: str, report: str, href: str) -> Chapter:
    """The chapter with the first mention of each person and organisation made a link.
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
            position, last_link_end = 0, -1
            for name, start, end in spans:
                start, end = start - offset, end - offset
                if start < position or end > len(token.text) or start == last_link_end:
                    continue
                if name.kind not in LINKED_KINDS or name.id in linked:
                    continue
                linked.add(name.id)
                out += [Text(token.text[position:start]), Link(token.text[start:end], href.format(id=name.id))]
                position = last_link_end = end
            out.append(Text(token.text[position:]))
            offset += len(token.text)
        return [t for t in out if not (isinstance(t, Text) and not t.text)]

    blocks = [
        block if isinstance(block, Heading) else replace(block, content=link(block.content)) for block in chapter.blocks
    ]
    return replace(chapter, blocks=blocks)
