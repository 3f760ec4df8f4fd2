"""The sources the notes cite (data/sources.yml) and which note cites which.

Each note's record is checked against the note's own text (title, date as written and URL must
occur in it verbatim), so the structured data cannot drift from the witness.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from pydantic import Field

from .. import yamlfile
from ..errors import InputError, InputErrors
from ..model.document import Report, plain_text
from ..model.meta import Bilingual, IsoDate, Slug, Strict


class Title(Strict):
    ja: str
    romanised: str
    en: str


class Source(Strict):
    id: Slug
    kind: Literal["periodical", "report", "web-article", "article", "book"]
    title: Title | None = None  # None: the note names no title (never made up from the outlet)
    reading: str = Field(pattern=r"^[\u3041-\u309f\u30fc ]+$")  # of the entry's head, for 五十音 order
    author: Bilingual | None = None
    publisher: Bilingual | None = None
    container: Bilingual | None = None
    date: IsoDate | None = None
    url: str | None = None


class Citation(Strict):
    source: str
    issue: IsoDate | None = None
    as_written: str | None = None


class SourceFile(Strict):
    sources: list[Source]
    citations: dict[str, dict[int, Citation]]


@dataclass(frozen=True)
class Apparatus:
    sources: dict[str, Source]
    citations: dict[str, dict[int, Citation]]  # report id → note number → citation

    def citation(self, report: str, number: int) -> Citation | None:
        return self.citations.get(report, {}).get(number)

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
    loaded = yamlfile.load(path, SourceFile)
    data, errors = loaded.data, []
    sources: dict[str, Source] = {}
    for index, source in enumerate(data.sources):
        if source.id in sources:
            errors.append(loaded.error(f"{source.id}: duplicate source id", "sources", index))
        sources[source.id] = source
    by_id = {report.meta.id: report for report in reports}
    report_lines = loaded.key_lines("citations")
    for report_id, notes in data.citations.items():
        report = by_id.get(report_id)
        if report is None:
            known = ", ".join(by_id)
            errors.append(
                InputError(path, report_lines[report_id], f"citations: unknown report {report_id!r} ({known})")
            )
            continue
        lines = loaded.key_lines("citations", report_id)
        for number, citation in notes.items():
            line, where = lines.get(str(number)), f"{report_id} note {number}"
            note = report.notes.get(number)
            if note is None or note.content is None:
                errors.append(InputError(path, line, f"{where}: no such note text"))
                continue
            if citation.source not in sources:
                errors.append(InputError(path, line, f"{where}: unknown source {citation.source!r}"))
                continue
            source, text = sources[citation.source], plain_text(note.content)
            for field in (source.title.ja if source.title else None, source.url, citation.as_written):
                if field and field not in text:
                    errors.append(InputError(path, line, f"{where}: {field!r} is not in the note"))
    if errors:
        raise InputErrors(errors)
    return Apparatus(sources, data.citations)
