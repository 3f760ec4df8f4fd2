"""The document model: what the parser produces and every renderer reads.

Inline content is a list of tokens; ids are language-neutral ASCII derived from the structure
(``ids``). ``walk`` is the one traversal of a report's segments.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Literal

from . import ids
from .meta import ReportMeta


@dataclass(frozen=True)
class Text:
    text: str


@dataclass(frozen=True)
class NoteRef:
    number: int


@dataclass(frozen=True)
class PageBreak:
    """The start of a page of the source PDF (counted from 1 within the seed)."""

    page: int


@dataclass(frozen=True)
class Emphasis:
    """Italics of the translation (romanised titles in notes); the sources have none."""

    text: str


@dataclass(frozen=True)
class Foreign:
    """Text in another language than the page's (a Japanese title quoted in an English note)."""

    text: str
    lang: str


@dataclass(frozen=True)
class Link:
    """Source text linked to a page of the edition (an actor's first mention on a page)."""

    text: str
    href: str


@dataclass(frozen=True)
class AnnotationRef:
    """Where an editor's or translator's note of the edition is anchored (after its phrase);
    ``number`` counts the edition's notes of the page."""

    id: str
    kind: str
    number: int


Inline = Text | NoteRef | PageBreak | Emphasis | Foreign | Link | AnnotationRef


def plain_text(tokens: list[Inline]) -> str:
    return "".join(t.text for t in tokens if isinstance(t, Text | Emphasis | Foreign | Link))


def insert_at(tokens: list[Inline], offset: int, token: Inline) -> list[Inline]:
    """The tokens with ``token`` inserted at an offset of their plain text (a text token is split
    there; an offset inside a link or emphasis puts it right after that token)."""
    out: list[Inline] = []
    position, done = 0, False
    for current in tokens:
        length = len(plain_text([current]))
        if not done and position <= offset <= position + length and length:
            cut = offset - position
            if isinstance(current, Text) and 0 < cut < length:
                out += [Text(current.text[:cut]), token, Text(current.text[cut:])]
            elif cut == 0:
                out += [token, current]
            else:
                out += [current, token]
            done = True
        else:
            out.append(current)
        position += length
    return out if done else [*out, token]


@dataclass
class Paragraph:
    id: str
    content: list[Inline]
    first_line: int
    last_line: int

    @property
    def text(self) -> str:
        return plain_text(self.content)


@dataclass
class Heading:
    id: str
    level: int  # 1: chapter page title, 2: subsection
    content: list[Inline]
    line: int

    @property
    def text(self) -> str:
        return plain_text(self.content)


Block = Heading | Paragraph


@dataclass
class Chapter:
    """One page of the edition: the introduction, a numbered section, or the conclusion."""

    id: str
    heading: Heading
    language: str  # the language of its text: the source's in a translation means untranslated
    blocks: list[Block] = field(default_factory=list)

    @property
    def paragraphs(self) -> list[Paragraph]:
        return [b for b in self.blocks if isinstance(b, Paragraph)]

    def inlines(self) -> list[Inline]:
        return [token for block in [self.heading, *self.blocks] for token in block.content]

    @property
    def note_numbers(self) -> list[int]:
        return [t.number for t in self.inlines() if isinstance(t, NoteRef)]

    @property
    def pages(self) -> list[int]:
        return [t.page for t in self.inlines() if isinstance(t, PageBreak)]


@dataclass
class Note:
    number: int
    content: list[Inline] | None  # None: the marker is in the source but the note text is not
    line: int
    language: str  # the language of its text (as Chapter.language)


@dataclass(frozen=True)
class Segment:
    """A heading, paragraph or note of a chapter page, with its id (the note's is ``fn-N``)."""

    chapter: Chapter
    kind: Literal["heading", "paragraph", "note"]
    id: str
    content: list[Inline] | None  # None: a note whose text is not in the source
    language: str  # the language of its text

    @property
    def text(self) -> str:
        return plain_text(self.content or [])


@dataclass
class Report:
    meta: ReportMeta
    front_matter: str
    chapters: list[Chapter]
    notes: dict[int, Note]
    page_count: int

    def walk(self) -> Iterator[Segment]:
        """Every segment in page order: each chapter's headings and paragraphs, then its notes."""
        for chapter in self.chapters:
            for block in [chapter.heading, *chapter.blocks]:
                kind: Literal["heading", "paragraph"] = "heading" if isinstance(block, Heading) else "paragraph"
                yield Segment(chapter, kind, block.id, block.content, chapter.language)
            for number in chapter.note_numbers:
                note = self.notes[number]
                yield Segment(chapter, "note", ids.note(number), note.content, note.language)

    def chapter_of_page(self, page: int) -> Chapter:
        """The chapter page on which source page ``page`` begins (or continues)."""
        current = self.chapters[0]
        for chapter in self.chapters:
            if chapter.pages and chapter.pages[0] > page:
                break
            if chapter.pages:
                current = chapter
        return current

    def chapter_of(self, anchor: str) -> Chapter | None:
        """The chapter page that holds a heading, paragraph or note id."""
        return next((s.chapter for s in self.walk() if s.id == anchor), None)
