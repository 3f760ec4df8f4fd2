"""What every offline format shares: a segment's tokens as pieces (text, the names of actors in it,
note references, page markers, the edition's note marks), the book's metadata from the edition's
identity, and the names of the download files.

The pieces are computed here; each format's template turns them into its own markup (TEI, XHTML).
"""

from __future__ import annotations

import hashlib
import uuid
from dataclasses import dataclass, replace
from typing import Any, Literal

from ...data.locales import Locale
from ...edition import Edition
from ...mentions import Mention
from ...model import ids
from ...model.document import (
    AnnotationRef,
    Chapter,
    Emphasis,
    Foreign,
    Heading,
    Inline,
    Link,
    NoteRef,
    PageBreak,
    Report,
    Segment,
    Text,
    plain_text,
)
from ..reports import chapter_title

FOLDER = ids.DOWNLOADS  # under the site root (language-neutral, like data/)
# The edition's roles as MARC relator codes (EPUB's and OPDS's creator roles).
RELATORS = {"author": "aut", "editor": "edt", "translator": "trl", "compiler": "com"}
# The registry's kinds as TEI lists: a state is a place with a government (TEI has no polity list).
TEI_KINDS = {
    "person": ("listPerson", "person", "persName"),
    "organisation": ("listOrg", "org", "orgName"),
    "state": ("listPlace", "place", "placeName"),
    "place": ("listPlace", "place", "placeName"),
}


@dataclass(frozen=True)
class Piece:
    kind: Literal["text", "name", "note", "page", "emphasis", "foreign", "annotation"]
    text: str = ""
    ref: str = ""  # the actor's id, the note's or page's number, the annotation's anchor
    lang: str = ""  # of a foreign phrase
    name_kind: str = ""  # of an actor: its TEI element (persName, orgName, placeName)
    label: str = ""  # of an edition's note mark
    style: str = ""  # of a name in an emphasis or a foreign phrase: "emphasis" or "foreign" (with ``lang``)


def _text_pieces(text: str, start: int, mentions: list[Mention], edition: Edition) -> list[Piece]:
    """Plain text from offset ``start`` of its segment, with the mentions inside it as names."""
    out, position = [], 0
    for mention in mentions:
        first, last = mention.start - start, mention.end - start
        if first < position or last > len(text):
            continue  # across a token boundary: left as text
        if first > position:
            out.append(Piece("text", text[position:first]))
        kind = edition.names.by_id[mention.actor].kind
        out.append(Piece("name", text[first:last], mention.actor, name_kind=TEI_KINDS[kind][2]))
        position = last
    if position < len(text):
        out.append(Piece("text", text[position:]))
    return out


def pieces(tokens: list[Inline], mentions: list[Mention], edition: Edition, locale: Locale) -> list[Piece]:
    """A segment's tokens as pieces; ``mentions``: the actors named in it (offsets in its plain text)."""
    out: list[Piece] = []
    offset = 0
    for token in tokens:
        if isinstance(token, Text | Link):
            out += _text_pieces(token.text, offset, mentions, edition)
        elif isinstance(token, Emphasis | Foreign):
            style: Literal["emphasis", "foreign"] = "emphasis" if isinstance(token, Emphasis) else "foreign"
            lang = token.lang if isinstance(token, Foreign) else ""
            for piece in _text_pieces(token.text, offset, mentions, edition):
                if piece.kind == "text":
                    out.append(Piece(style, piece.text, lang=lang))
                else:
                    out.append(replace(piece, style=style, lang=lang))
        elif isinstance(token, NoteRef):
            out.append(Piece("note", str(token.number), ids.note(token.number)))
        elif isinstance(token, PageBreak):
            label = locale.labels.page_label.format(n=token.page)
            out.append(Piece("page", str(token.page), ids.page(token.page), label=label))
        elif isinstance(token, AnnotationRef):
            label = locale.labels.annotation_marker[token.kind].format(n=token.number)
            out.append(Piece("annotation", token.kind, ids.annotation(token.id), label=label))
        offset += len(plain_text([token]))
    return out


def annotated(
    edition: Edition, locale: Locale, report: Report, chapter: str
) -> tuple[dict[str, list[Inline]], list[dict[str, object]]]:
    """A chapter's segments in one language with the edition's notes anchored after their phrases
    (numbered in the chapter, as on its web page), and those notes."""
    segments = [s for s in report.walk() if s.chapter.id == chapter]
    content, numbered = edition.anchor_annotations(
        report, {s.id: s.content or [] for s in segments}, {s.id: s.language for s in segments}
    )
    notes: list[dict[str, object]] = []
    for number, annotation, phrase in numbered:
        notes.append(
            {
                "id": ids.annotation(annotation.id),
                "kind": annotation.kind,
                "label": locale.labels.annotation_marker[annotation.kind].format(n=number),
                "about": locale.labels.annotation_about.format(phrase=phrase.strip("「」“”")),
                "text": locale.text(annotation.text),
                "evidence": [(item.citation, item.url) for item in annotation.evidence],
            }
        )
    return content, notes


def chapter_context(edition: Edition, locale: Locale, report: Report, chapter: Chapter) -> dict[str, Any]:
    """A chapter as the books' templates take it: its title, its blocks and notes as pieces (with
    their language where it is not the book's: an untranslated chapter), the edition's notes."""
    mentions = segment_mentions(edition, locale.lang, report.meta.id)
    content, annotations = annotated(edition, locale, report, chapter.id)
    lang = "" if chapter.language == locale.lang else chapter.language

    def as_pieces(anchor: str) -> list[Piece]:
        return pieces(content[anchor], mentions.get(anchor, []), edition, locale)

    blocks = [
        {
            "kind": "heading" if isinstance(b, Heading) else "paragraph",
            "id": b.id,
            "level": b.level if isinstance(b, Heading) else 0,
            "lang": lang,
            "pieces": as_pieces(b.id),
            "title": chapter_title(chapter, locale) if b is chapter.heading else plain_text(b.content),
        }
        for b in [chapter.heading, *chapter.blocks]
    ]
    missing = locale.labels.missing_note
    notes = {
        ids.note(n): {
            "id": ids.note(n),
            "n": n,
            "lang": "" if report.notes[n].language == locale.lang else report.notes[n].language,
            "pieces": None if report.notes[n].content is None else as_pieces(ids.note(n)),
            "missing": missing,
        }
        for n in chapter.note_numbers
    }
    return {
        "id": chapter.id,
        "title": chapter_title(chapter, locale),
        "lang": lang,
        "blocks": blocks,
        "notes": list(notes.values()),
        "notes_by_id": notes,
        "annotations": annotations,
        "annotations_by_id": {a["id"]: a for a in annotations},
    }


def segment_mentions(edition: Edition, lang: str, report: str) -> dict[str, list[Mention]]:
    """The mentions of each segment of a report in one language, in text order."""
    out: dict[str, list[Mention]] = {}
    for mention in edition.mentions[lang]:
        if mention.report == report:
            out.setdefault(mention.anchor, []).append(mention)
    return {anchor: sorted(found, key=lambda m: m.start) for anchor, found in out.items()}


@dataclass(frozen=True)
class Creator:
    name: str
    roles: list[str]  # MARC relator codes


@dataclass(frozen=True)
class BookInfo:
    """A book's metadata (EPUB, PDF, OPDS): one report in one language, or in all (``lang`` "")."""

    report: str
    lang: str  # the book's language, the first of ``languages``
    languages: list[str]
    title: str
    subtitle: str
    edition_title: str
    creators: list[Creator]
    version: str
    released: str
    identifier: str
    licence: str
    licence_url: str
    rights: str
    address: str | None

    @property
    def stem(self) -> str:
        return ids.book(self.report, list(self.languages))


def book_info(edition: Edition, report_id: str, locales: list[Locale]) -> BookInfo:
    """The metadata of a report's book in ``locales`` (one language, or original and translations)."""
    identity, locale = edition.identity, locales[0]
    report = edition.report(locale.lang, report_id)
    meta = report.meta
    title = " / ".join(dict.fromkeys(loc.text(meta.title) for loc in locales))
    if meta.title.supplied:
        title = f"[{title}]"
    subtitle = " / ".join(loc.text(meta.subtitle) for loc in locales) if meta.subtitle else ""
    creators = []
    if meta.author.named_in_source:
        creators.append(Creator(locale.text(meta.author) or "", [RELATORS["author"]]))
    for contributor in identity.contributors:
        creators.append(Creator(locale.text(contributor.name), [RELATORS[role] for role in contributor.roles]))
    languages = [loc.lang for loc in locales]
    # stable across builds and mirrors: the edition's title, the report, the languages, the version
    name = f"{identity.title.en}/{report_id}/{'-'.join(languages)}/{identity.version}"
    return BookInfo(
        report=report_id,
        lang=locale.lang,
        languages=languages,
        title=title,
        subtitle=subtitle,
        edition_title=" / ".join(dict.fromkeys(loc.text(identity.title) for loc in locales)),
        creators=creators,
        version=identity.version,
        released=identity.released,
        identifier=f"urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, name)}",
        licence=identity.licence.name,
        licence_url=identity.licence.url,
        rights=" ".join([locale.text(identity.licence.covers), identity.licence.name, locale.text(identity.originals)]),
        address=identity.address,
    )


def sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def segments_by_id(report: Report) -> dict[str, Segment]:
    return {s.id: s for s in report.walk()}
