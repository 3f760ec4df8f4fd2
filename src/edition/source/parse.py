"""Seed text → document model.

The steps, each documented in the README ("Editorial rules"):
1. layout: classify the PDF-extracted lines (page starts, indents, gaps, double spacing);
2. structure: front matter, headings, body lines, the notes section;
3. paragraphs: infer boundaries, apply the editorial data for the ones layout cannot tell;
4. inline: join lines (rule J), find note markers by their sequence, remove layout spaces (rule S).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from ..errors import InputError
from ..model import ids
from ..model.document import Chapter, Heading, Inline, Note, NoteRef, PageBreak, Paragraph, Report, Text
from ..model.meta import ReportMeta
from ..model.script import is_japanese
from ..yamlfile import Loaded
from .editorial import Editorial
from .textrules import display_width, join_separator, remove_layout_spaces

# Heading patterns of these reports, tried on a whole stripped line.
HEADINGS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("introduction", re.compile(r"^はじめに$")),
    ("conclusion", re.compile(r"^おわりに$")),
    ("notes", re.compile(r"^―注―$")),
    ("section", re.compile(r"^(\d+)[．.]\s*[^\d\s]")),
    ("subsection", re.compile(r"^（(\d+)）")),
)
# Only a line ending in 。 can end a paragraph (」 and ） end lines mid-sentence here).
TERMINALS = "。"
# A line at least this many half-width cells narrower than the usual (most common) line
# width of the seed is "short": two full-width characters.
SHORT_BY = 4
# Sentinels for page breaks and note references inside paragraph strings (private use area,
# which read_seed rejects in seeds).
PAGES, NOTES = range(0xE000, 0xF000), range(0xF000, 0xF8FF)
NOTE_LIKE = re.compile(r"(?P<space> ?)(?P<number>\d{1,3})(?=[。、])")


@dataclass
class Line:
    number: int
    text: str  # stripped
    raw: str
    page: int | None  # the page that starts with this line
    indent: bool  # a paragraph indent (a leading space after a blank line)
    gap_before: bool  # a meaningful blank line precedes it


def layout(path: Path, raw_lines: list[str]) -> list[Line]:
    """Classify lines. A leading space on the first line or right after a text line marks a new
    PDF page; after a blank line it is a paragraph indent. In a double-spaced seed the blank
    lines between text lines carry nothing, and only whitespace-only lines are gaps."""
    texts = [i for i, raw in enumerate(raw_lines) if raw.strip()]
    spaced = sum(1 for i in texts if i + 2 < len(raw_lines) and raw_lines[i + 1] == "" and raw_lines[i + 2].strip())
    double_spaced = len(texts) > 4 and spaced >= 0.8 * (len(texts) - 1)
    lines: list[Line] = []
    page, gap = 0, False
    for i, raw in enumerate(raw_lines):
        if not raw.strip():
            gap = gap or raw != "" or not double_spaced
            continue
        starts_page = i == 0 or (raw.startswith(" ") and raw_lines[i - 1] != "")
        if starts_page:
            page += 1
        lines.append(
            Line(
                number=i + 1,
                text=raw.strip(" "),
                raw=raw,
                page=page if starts_page else None,
                indent=raw.startswith(" ") and not starts_page,
                gap_before=gap,
            )
        )
        gap = False
    return lines


def heading_kind(line: Line) -> tuple[str, int | None] | None:
    if line.text.endswith("。"):
        return None
    for kind, pattern in HEADINGS:
        if match := pattern.match(line.text):
            return kind, int(match.group(1)) if match.groups() else None
    return None


class _Builder:
    """Accumulates the lines of one block (heading or paragraph) into a sentinel string."""

    def __init__(self) -> None:
        self.text = ""
        self.lines: list[Line] = []
        self.offsets: list[int] = []  # offset in self.text where each line starts

    def add(self, line: Line, pending_pages: list[int]) -> None:
        if self.lines:
            self.text += join_separator(self.lines[-1].raw, line.raw)
        self.text += "".join(chr(PAGES.start + p) for p in pending_pages)
        self.offsets.append(len(self.text))
        self.lines.append(line)
        self.text += line.text

    def line_at(self, offset: int) -> int:
        index = max(i for i, start in enumerate(self.offsets) if start <= offset) if offset >= 0 else 0
        return self.lines[index].number


def _tokens(text: str) -> list[Inline]:
    tokens: list[Inline] = []
    for part in re.split(r"([\ue000-\uf8fe])", remove_layout_spaces(text)):
        if not part:
            continue
        code = ord(part[0]) if len(part) == 1 else 0
        if code in NOTES:
            tokens.append(NoteRef(code - NOTES.start))
        elif code in PAGES:
            tokens.append(PageBreak(code - PAGES.start))
        else:
            tokens.append(Text(part))
    return tokens


def _check_rules(editorial: Loaded[Editorial], key: str, by_number: dict[int, Line]) -> set[int]:
    what = key.removesuffix("s").replace("_", " ")
    rules = getattr(editorial.data, key)
    for index, rule in enumerate(rules):
        line = by_number.get(rule.after_line)
        if line is None or not line.text.endswith(rule.line_ends_with):
            raise editorial.error(
                f"{what} after line {rule.after_line}: the seed line does not end with {rule.line_ends_with!r}",
                key,
                index,
            )
    return {rule.after_line for rule in rules}


def _is_break(prev: Line, line: Line, short_width: int, breaks: set[int], joins: set[int]) -> bool:
    """Does a paragraph end between ``prev`` and ``line``? (README: paragraph boundaries)"""
    if prev.number in breaks:
        return True
    if prev.number in joins or not prev.text.endswith(tuple(TERMINALS)):
        return False
    trailing_space = prev.raw != prev.raw.rstrip()
    return line.gap_before or line.indent or trailing_space or display_width(prev.text) < short_width


def _markers(text: str, start: int = 0) -> Iterator[re.Match[str]]:
    """Note-marker candidates: a number after a Japanese character (maybe with one space), before 。 or 、."""
    for match in NOTE_LIKE.finditer(text, start):
        if match.start() and is_japanese(text[match.start() - 1]):
            yield match


def _find_notes(path: Path, builders: list[_Builder], notes: dict[int, Note] | None) -> None:
    """Replace note markers in the builders' text with sentinels. Markers run 1..N in the order
    of the text, so the next marker is the first candidate with the next number; with no note
    texts in the source (``notes`` None) the sequence runs as far as the markers go."""
    number, b_start, c_start = 1, 0, 0
    while notes is None or number <= len(notes):
        found = next(
            (
                (b_index, match)
                for b_index in range(b_start, len(builders))
                for match in _markers(builders[b_index].text, c_start if b_index == b_start else 0)
                if int(match["number"]) == number
            ),
            None,
        )
        if not found:
            break
        b_start, match = found
        builder = builders[b_start]
        builder.text = builder.text[: match.start()] + chr(NOTES.start + number) + builder.text[match.end() :]
        c_start = match.start() + 1
        number += 1
    # Anything still shaped like a marker has no note text or is out of sequence.
    for builder in builders:
        for match in _markers(builder.text):
            marker = int(match["number"])
            problem = (
                f"has no note text (the notes section ends at note {len(notes)})"
                if notes is not None and marker > len(notes)
                else f"is out of sequence or has no note text (expected note {number})"
            )
            raise InputError(path, builder.line_at(match.start()), f"note marker {marker} {problem}")
    if notes is not None and number <= len(notes):
        raise InputError(path, notes[number].line, f"note {number} has a note text but no marker in the body")


def _parse_notes(path: Path, lines: list[Line], language: str) -> dict[int, Note]:
    notes: dict[int, Note] = {}
    current: _Builder | None = None
    starts: dict[int, int] = {}

    def close() -> None:
        if current:
            n = len(notes) + 1
            notes[n] = Note(n, [Text(remove_layout_spaces(current.text))], starts[n], language)

    for line in lines:
        match = re.match(r"^(\d+) (.*)$", line.text)
        if match and int(match.group(1)) == len(notes) + (2 if current else 1):
            close()
            current = _Builder()
            starts[len(notes) + 1] = line.number
            current.add(Line(line.number, match.group(2), match.group(2), None, False, False), [])
        elif current is None:
            raise InputError(path, line.number, f"expected note {len(notes) + 1} in the notes section")
        else:
            current.add(line, [])
    close()
    return notes


@dataclass(frozen=True)
class _HeadingStart:
    id: str
    level: int


def parse(path: Path, raw_lines: list[str], meta: ReportMeta, editorial: Loaded[Editorial]) -> Report:
    """The Japanese document of a seed (``raw_lines``, read from ``path``)."""
    lines = layout(path, raw_lines)
    by_number = {line.number: line for line in lines}
    breaks = _check_rules(editorial, "paragraph_breaks", by_number)
    joins = _check_rules(editorial, "paragraph_joins", by_number)

    kinds = [heading_kind(line) for line in lines]
    first = next((i for i, k in enumerate(kinds) if k), None)
    if first is None:
        raise InputError(path, None, "no heading found (はじめに, 1．…): is this a seed of this edition?")
    notes_at = next((i for i, k in enumerate(kinds) if k and k[0] == "notes"), len(lines))
    body = list(zip(lines[first:notes_at], kinds[first:notes_at], strict=True))
    front = remove_layout_spaces("".join(line.text for line in lines[:first]))
    widths = Counter(display_width(line.text) for line, _ in body)
    short_width = widths.most_common(1)[0][0] - SHORT_BY

    # Blocks: (heading, builder), heading None for a paragraph.
    blocks: list[tuple[_HeadingStart | None, _Builder]] = []
    pending = [line.page for line in lines[:first] if line.page]
    chapter_id, sections, subsections = "", 0, 0
    prev: Line | None = None
    for line, kind in body:
        if line.page:
            pending.append(line.page)
        if kind:
            name, number = kind
            if name == "section":
                sections += 1
                if number != sections:
                    raise InputError(path, line.number, f"section {number} found where section {sections} was expected")
                chapter_id, subsections, level = ids.section(number), 0, 1
            elif name == "subsection":
                subsections += 1
                if not chapter_id or number != subsections:
                    raise InputError(path, line.number, f"subsection （{number}） out of sequence")
                level = 2
            else:
                chapter_id, level = name, 1
            block_id = chapter_id if level == 1 else ids.subsection(chapter_id, number or 0)
            blocks.append((_HeadingStart(block_id, level), _Builder()))
        elif prev is None or blocks[-1][0] is not None or _is_break(prev, line, short_width, breaks, joins):
            blocks.append((None, _Builder()))
        blocks[-1][1].add(line, pending)
        pending = []
        prev = None if kind else line

    last = lines[-1]
    if meta.note_texts == "in_source" and notes_at == len(lines):
        raise InputError(path, last.number, "no notes section (―注―): is the seed truncated?")
    if notes_at == len(lines) and not last.text.endswith("。"):
        raise InputError(path, last.number, "the text ends in mid-sentence: is the seed truncated?")
    notes = _parse_notes(path, lines[notes_at + 1 :], meta.language) if notes_at < len(lines) else None
    _find_notes(path, [b for _, b in blocks], notes)
    if notes is None:  # the source has markers but no note texts: keep every marker, invent nothing
        found = sorted(ord(c) - NOTES.start for _, b in blocks for c in b.text if ord(c) in NOTES)
        notes = {n: Note(n, None, 0, meta.language) for n in found}

    chapters: list[Chapter] = []
    container, paragraph_count = "", 0
    for start, builder in blocks:
        tokens = _tokens(builder.text)
        if start:
            heading = Heading(start.id, start.level, tokens, builder.lines[0].number)
            container, paragraph_count = start.id, 0
            if heading.level == 1:
                chapters.append(Chapter(start.id, heading, meta.language))
            else:
                chapters[-1].blocks.append(heading)
        else:
            paragraph_count += 1
            chapters[-1].blocks.append(
                Paragraph(
                    ids.paragraph(container, paragraph_count), tokens, builder.lines[0].number, builder.lines[-1].number
                )
            )
    return Report(meta, front, chapters, notes, page_count=max(line.page or 0 for line in lines))
