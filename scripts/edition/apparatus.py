"""The apparatus of the notes: source records (data/sources.yml), the notes that cite them,
archive links for their URLs, and the bibliography pages.

Each note's record is checked against the note's own text (title, date as written and URL must
occur in it verbatim), so the structured data cannot drift from the witness.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from pydantic import Field

from . import markdown as md
from . import yamldata
from .errors import InputError
from .metadata import Bilingual, Strict
from .model import Report, plain_text

DATE = r"^\d{4}(-\d{2}(-\d{2})?)?$"


class Title(Strict):
    ja: str
    romanised: str
    en: str


class Source(Strict):
    id: str = Field(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$")
    kind: Literal["periodical", "report", "web-article", "article", "book"]
    title: Title
    author: Bilingual | None = None
    publisher: Bilingual | None = None
    container: Bilingual | None = None
    date: str | None = Field(default=None, pattern=DATE)
    url: str | None = None


class Citation(Strict):
    source: str
    issue: str | None = Field(default=None, pattern=DATE)
    as_written: str | None = None


class SourceFile(Strict):
    sources: list[Source]
    citations: dict[str, dict[int, Citation]]


@dataclass(frozen=True)
class Apparatus:
    sources: dict[str, Source]
    citations: dict[str, dict[int, Citation]]  # report id → note number → citation

    def date_of(self, report: Report, number: int) -> str:
        """The date of what a note cites, for its archive link: the issue's, the source's, or
        (neither known) the date the report was written from."""
        citation = self.citations[report.meta.id][number]
        source = self.sources[citation.source]
        return citation.issue or source.date or report.meta.written.not_before


def wayback(url: str, when: str) -> str:
    """The Wayback Machine's capture of ``url`` nearest to ``when`` (built, never fetched)."""
    return f"https://web.archive.org/web/{when.replace('-', '')}/{url}"


def load_apparatus(path: Path, reports: list[Report]) -> Apparatus:
    data, node = yamldata.load_with_node(path, SourceFile)
    lines = {
        (report.value, int(number.value)): number.start_mark.line + 1
        for key, value in node.value
        if key.value == "citations"
        for report, notes in value.value
        for number, _ in notes.value
    }
    sources = {source.id: source for source in data.sources}
    for report in reports:
        for number, citation in data.citations.get(report.meta.id, {}).items():
            line = lines[(report.meta.id, number)]
            note = report.notes.get(number)
            if note is None or note.content is None:
                raise InputError(path, line, f"{report.meta.id} note {number}: no such note text")
            if citation.source not in sources:
                raise InputError(path, line, f"{report.meta.id} note {number}: unknown source {citation.source!r}")
            source, text = sources[citation.source], plain_text(note.content)
            for field in (source.title.ja, source.url, citation.as_written):
                if field and field not in text:
                    raise InputError(path, line, f"{report.meta.id} note {number}: {field!r} is not in the note")
    return Apparatus(sources, data.citations)


def note_apparatus(report: Report, number: int, apparatus: Apparatus, labels: dict[str, str], prefix: str) -> str:
    """What the edition adds after a note: a link to its source record and, for a URL, the
    archived copy as the fallback. Marked as the edition's (class edition-apparatus)."""
    citation = apparatus.citations.get(report.meta.id, {}).get(number)
    if citation is None:
        return ""
    source = apparatus.sources[citation.source]
    links = [f"[{labels['source']}]({prefix}bibliography.md#src-{source.id})"]
    if source.url:
        archive = wayback(source.url, apparatus.date_of(report, number))
        links.append(f'<a href="{archive}" title="{labels["archive_title"]}">{labels["archive"]}</a>')
    return f' <span class="edition-apparatus">{labels["apparatus"].format(links=" · ".join(links))}</span>'


def source_entry(source: Source, lang: str) -> str:
    """A bibliography entry: Japanese in the Japanese manner; English with the original title,
    its romanisation and its translation."""
    author = getattr(source.author, lang) if source.author else ""
    by = source.publisher or source.container
    if lang == "ja":
        title = f"『{source.title.ja}』" if source.kind in ("periodical", "report") else f"「{source.title.ja}」"
        if source.kind == "web-article" and source.title.ja == (source.container.ja if source.container else ""):
            title = source.title.ja
        parts = [author, title, by.ja if by and by.ja != source.title.ja else "", source.date or ""]
        return md.escape("、".join(p for p in parts if p))
    original = f'<span lang="ja">{md.escape(source.title.ja)}</span> ' if source.title.ja != source.title.en else ""
    title = f"{original}*{md.escape(source.title.romanised)}* \\[{md.escape(source.title.en)}\\]"
    if source.title.romanised == source.title.en:
        title = f"*{md.escape(source.title.en)}*"
    parts = [md.escape(author), title, md.escape(by.en) if by and by.en != source.title.en else "", source.date or ""]
    return ", ".join(p for p in parts if p)


def bibliography(
    reports: list[Report], apparatus: Apparatus, lang: str, labels: dict[str, str], prefix: str, letters: dict[str, str]
) -> str:
    """The sources cited by ``reports``, each with the notes that cite it and its URLs.
    ``prefix`` leads from the page to the language root; ``letters`` labels the reports."""
    parts = []
    cited = {c.source for r in reports for c in apparatus.citations.get(r.meta.id, {}).values()}

    def sort_key(source: Source) -> tuple[str, str, str]:  # author, else title (romanised in English); date
        author = getattr(source.author, lang) if source.author else None
        name = author or (source.title.ja if lang == "ja" else source.title.romanised)
        return name.casefold(), source.date or "", source.id

    for source in sorted((apparatus.sources[s] for s in cited), key=sort_key):
        lines = [f"### {source_entry(source, lang)} {{: #src-{source.id} }}"]
        if source.url:
            when = source.date or next(
                apparatus.date_of(r, n)
                for r in reports
                for n in apparatus.citations.get(r.meta.id, {})
                if apparatus.citations[r.meta.id][n].source == source.id
            )
            lines.append(
                f"{labels['original_url']}: [{md.escape(source.url)}]({source.url})  \n"
                f"{labels['archive_fallback']}: [{md.escape(wayback(source.url, when))}]({wayback(source.url, when)})"
            )
        notes = []
        for report in reports:
            for number, citation in apparatus.citations.get(report.meta.id, {}).items():
                if citation.source == source.id:
                    chapter = report.chapter_of_note(number)
                    issue = f" ({citation.issue})" if citation.issue else ""
                    label = labels["note_ref"].format(report=letters[report.meta.id], n=number) + issue
                    notes.append(f"[{md.escape(label)}]({prefix}{report.meta.id}/{chapter.id}.md#fn-{number})")
        lines.append(f"{labels['cited_in']}: " + ", ".join(notes))
        parts.append("\n\n".join(lines))
    return "\n\n".join(parts)
