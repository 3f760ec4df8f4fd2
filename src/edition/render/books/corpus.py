"""The aligned corpus: one row per heading, paragraph and note of each report, with its text in
every language of the edition (JSON Lines and TSV), and the data README beside it.

A row's texts are the model's plain text (no markup, note references or page markers: those are
fields of their own). A segment not yet translated has no text in that language (null) rather
than the original's text under the translation's name.
"""

from __future__ import annotations

import csv
import io
import json

from ...edition import Edition
from ...model import ids
from ...model.document import NoteRef, PageBreak, Report, plain_text
from .common import FOLDER, sha256

CORPUS = f"{FOLDER}/corpus"  # .jsonl, .tsv; the TEI files are REPORT.tei.xml beside it


def _pages(report: Report) -> dict[str, tuple[int, int]]:
    """The source pages on which each heading and paragraph begins and ends (a page that begins
    before a segment's first character is its first page)."""
    out, current = {}, 1
    for segment in report.walk():
        if segment.kind == "note":
            continue  # where the note texts stand in the source is not recorded
        first, started = current, False
        for token in segment.content or []:
            if isinstance(token, PageBreak):
                current = token.page
                first = current if not started else first
            elif plain_text([token]).strip():
                started = True
        out[segment.id] = (first, current)
    return out


def rows(edition: Edition) -> list[dict[str, object]]:
    languages = [locale.lang for locale in edition.locales]
    rows: list[dict[str, object]] = []
    for original in edition.originals:
        report_id = original.meta.id
        pages = _pages(original)
        versions = {lang: {s.id: s for s in edition.report(lang, report_id).walk()} for lang in languages}
        annotations = edition.annotations
        for segment in original.walk():
            row: dict[str, object] = {"report": report_id, "id": segment.id, "kind": segment.kind}
            row["chapter"] = segment.chapter.id
            for lang in languages:
                version = versions[lang][segment.id]
                translated = version.content is not None and version.language == lang
                row[lang] = version.text if translated else None
            row["notes"] = [t.number for t in segment.content or [] if isinstance(t, NoteRef)]
            first, last = pages.get(segment.id, (None, None))
            row["page_start"], row["page_end"] = first, last
            row["note_number"] = ids.note_number(segment.id)
            target = ids.target(report_id, segment.id)
            row["annotations"] = [a.id for a in annotations if a.target == target]
            for lang in languages:
                text = row[lang]
                row[f"{lang}_sha256"] = sha256(text) if isinstance(text, str) else None
            rows.append(row)
    return rows


def jsonl(rows: list[dict[str, object]]) -> str:
    return "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)


def tsv(rows: list[dict[str, object]]) -> str:
    """Tab-separated, one header line; lists joined by "|", null as an empty field; a field with a
    tab, a newline or a quotation mark is quoted as in CSV (Python's ``excel-tab`` dialect)."""
    out = io.StringIO()
    writer = csv.writer(out, dialect="excel-tab", lineterminator="\n")
    writer.writerow(list(rows[0]))
    for row in rows:
        writer.writerow(
            ["|".join(map(str, v)) if isinstance(v, list) else "" if v is None else v for v in row.values()]
        )
    return out.getvalue()


def corpus_files(edition: Edition) -> dict[str, str]:
    table = rows(edition)
    return {f"{CORPUS}.jsonl": jsonl(table), f"{CORPUS}.tsv": tsv(table)}
