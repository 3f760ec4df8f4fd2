"""The first mention of each person and organisation on a chapter page, made a link.

Linking rule (README): in the paragraphs of a chapter page, the first mention of each person
and each organisation links to its page; later mentions, states and places (named on almost
every line), headings and notes do not, and a mention right after a link stays plain (no two
links touch: 金正日朝鮮労働党総書記 links 金正日 only). The mentions are the edition's, found once.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace

from ..data.names import NameTable
from ..mentions import Mention
from ..model.document import Chapter, Heading, Inline, Link, Text, plain_text

LINKED_KINDS = ("person", "organisation")


def link_first_mentions(chapter: Chapter, mentions: list[Mention], names: NameTable, href: str) -> Chapter:
    """The chapter with the first mention of each person and organisation made a link; ``href``
    is formatted with the actor id, ``mentions`` are those of the chapter's report."""
    by_anchor: dict[str, list[Mention]] = defaultdict(list)
    for mention in mentions:
        if mention.chapter == chapter.id:
            by_anchor[mention.anchor].append(mention)
    linked: set[str] = set()

    def link(tokens: list[Inline], spans: list[Mention]) -> list[Inline]:
        out: list[Inline] = []
        offset = 0
        for token in tokens:
            if not isinstance(token, Text):
                out.append(token)
                offset += len(plain_text([token]))
                continue
            position, last_link_end = 0, -1
            for mention in spans:
                start, end = mention.start - offset, mention.end - offset
                if start < position or end > len(token.text) or start == last_link_end:
                    continue
                if names.by_id[mention.actor].kind not in LINKED_KINDS or mention.actor in linked:
                    continue
                linked.add(mention.actor)
                out += [Text(token.text[position:start]), Link(token.text[start:end], href.format(id=mention.actor))]
                position = last_link_end = end
            out.append(Text(token.text[position:]))
            offset += len(token.text)
        return [t for t in out if not (isinstance(t, Text) and not t.text)]

    blocks = [
        block if isinstance(block, Heading) else replace(block, content=link(block.content, by_anchor[block.id]))
        for block in chapter.blocks
    ]
    return replace(chapter, blocks=blocks)
