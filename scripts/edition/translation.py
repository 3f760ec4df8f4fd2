"""The English edition: translation segments (data/translations/en/<report>.yml) → an English Report.

A segment is a heading, paragraph or note, keyed by its id (note ``fn-7``). Its text is the
translation with the structure written as tokens: ``[^7]`` a note reference, ``{page-3}`` a
page marker, ``*…*`` italics, ``<span lang="ja">…</span>`` quoted Japanese. The references
and page markers must be the Japanese segment's own, in the same order: they come from the
Japanese, the translation only places them. Each segment records the SHA-256 of the Japanese
segment it translates (``ja_sha256``), so a change of the Japanese makes it stale.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, replace
from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, Field

from . import yamldata
from .errors import InputError
from .model import Chapter, Emphasis, Foreign, Heading, Inline, NoteRef, PageBreak, Report, Text

_TOKEN = re.compile(r"\[\^(\d+)\]|\{page-(\d+)\}|\*([^*]+)\*|<span lang=\"(\w+)\">(.*?)</span>")


class Segment(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    ja_sha256: str = Field(pattern=r"^[0-9a-f]{64}$")
    en: str = Field(min_length=1)


class TranslationFile(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    segments: dict[str, Segment]


def source_text(tokens: list[Inline]) -> str:
    """The Japanese segment as a string with its structure as tokens (what ``ja_sha256`` hashes)."""
    parts = []
    for token in tokens:
        if isinstance(token, NoteRef):
            parts.append(f"[^{token.number}]")
        elif isinstance(token, PageBreak):
            parts.append(f"{{page-{token.page}}}")
        else:
            parts.append(token.text)
    return "".join(parts)


def source_hash(tokens: list[Inline]) -> str:
    return hashlib.sha256(source_text(tokens).encode("utf-8")).hexdigest()


def parse_segment(text: str) -> list[Inline]:
    tokens: list[Inline] = []
    last = 0
    for match in _TOKEN.finditer(text):
        if match.start() > last:
            tokens.append(Text(text[last : match.start()]))
        note, page, emphasis, lang, foreign = match.groups()
        if note:
            tokens.append(NoteRef(int(note)))
        elif page:
            tokens.append(PageBreak(int(page)))
        elif emphasis:
            tokens.append(Emphasis(emphasis))
        else:
            tokens.append(Foreign(foreign, lang))
        last = match.end()
    if last < len(text):
        tokens.append(Text(text[last:]))
    return tokens


def _structure(tokens: list[Inline]) -> list[Inline]:
    return [t for t in tokens if isinstance(t, NoteRef | PageBreak)]


def segments(report: Report) -> dict[str, list[Inline]]:
    """Every translatable segment of a report, in document order: id → Japanese tokens."""
    found: dict[str, list[Inline]] = {}
    for chapter in report.chapters:
        found[chapter.id] = chapter.heading.content
        for block in chapter.blocks:
            found[block.id] = block.content
    for number, note in report.notes.items():
        if note.content is not None:
            found[f"fn-{number}"] = note.content
    return found


@dataclass
class Status:
    """Where the translation of a report stands."""

    missing: list[str]  # ids with no translation
    stale: list[str]  # ids whose Japanese changed since they were translated
    unknown: list[str]  # translated ids the Japanese edition does not have


def _lines(node: yaml.Node) -> dict[str, int]:
    for key, value in node.value:
        if key.value == "segments":
            return {k.value: k.start_mark.line + 1 for k, _ in value.value}
    return {}


def translate(report: Report, path: Path) -> tuple[Report, Status]:
    """The English edition of ``report``: chapters whose every segment is translated are in
    English; the others stay Japanese (``language`` "ja"), to be shown as untranslated."""
    data, lines = TranslationFile(segments={}), {}
    if path.exists():
        data, node = yamldata.load_with_node(path, TranslationFile)
        lines = _lines(node)
    source = segments(report)
    english: dict[str, list[Inline]] = {}
    for key, segment in data.segments.items():
        if key not in source:
            continue
        tokens = parse_segment(segment.en)
        if _structure(tokens) != _structure(source[key]):
            raise InputError(
                path, lines.get(key), f"{key}: the note references and page markers differ from the Japanese segment"
            )
        english[key] = tokens
    status = Status(
        missing=[key for key in source if key not in data.segments],
        stale=[key for key, s in data.segments.items() if key in source and s.ja_sha256 != source_hash(source[key])],
        unknown=[key for key in data.segments if key not in source],
    )

    def chapter(original: Chapter) -> Chapter:
        ids = [original.id] + [block.id for block in original.blocks]
        if not all(key in english for key in ids):
            return original
        blocks = [replace(block, content=english[block.id]) for block in original.blocks]
        heading: Heading = replace(original.heading, content=english[original.id])
        return replace(original, heading=heading, blocks=blocks, language="en")

    notes = {
        n: replace(note, content=english.get(f"fn-{n}", note.content)) if note.content is not None else note
        for n, note in report.notes.items()
    }
    chapters = [chapter(c) for c in report.chapters]
    return replace(report, chapters=chapters, notes=notes), status
