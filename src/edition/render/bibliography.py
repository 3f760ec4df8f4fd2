"""The apparatus of the notes as the pages show it: after each note a link to its source record
(and an archived copy of its URL), and the bibliographies listing each source with its notes."""

from __future__ import annotations

from ..data.locales import Locale
from ..data.sources import Apparatus, Source, wayback
from ..edition import Edition
from ..model import ids
from ..model.collation import sort_key
from ..model.document import Report
from . import md
from .fragments import Fragments


def note_apparatus(report: Report, number: int, apparatus: Apparatus, locale: Locale, fragments: Fragments) -> str:
    """What the edition adds after a note, marked as the edition's (class edition-apparatus);
    "" for a note that cites no recorded source."""
    citation = apparatus.citation(report.meta.id, number)
    if citation is None:
        return ""
    labels = locale.labels
    source = apparatus.sources[citation.source]
    archive = wayback(source.url, apparatus.date_of(report, number)) if source.url else ""
    before, _, after = labels.apparatus.partition("{links}")
    href = f"bibliography.html#{ids.source(source.id)}"
    html = fragments.inline(
        "note_apparatus", before, after, labels.source, href, archive, labels.archive, labels.archive_title
    )
    return f" {html}"


def source_entry(source: Source, locale: Locale, source_lang: str) -> str:
    """A bibliography entry (Markdown): in the sources' language in their manner; in a
    translation with the original title, its romanisation and its translation. A source whose
    note names no title has none here either: author, outlet, date."""
    author = locale.text(source.author) if source.author else ""
    by = source.publisher or source.container
    separator = locale.conventions.list_separator
    if locale.lang == source_lang:
        title = ""
        if source.title:
            title = f"『{source.title.ja}』" if source.kind in ("periodical", "report") else f"「{source.title.ja}」"
        by_text = by.ja if by and (not source.title or by.ja != source.title.ja) else ""
        return md.escape(separator.join(p for p in [author, title, by_text, source.date or ""] if p))
    title, translated = "", ""
    if source.title:
        translated = locale.text(source.title)
        original = (
            f'<span lang="{source_lang}">{md.escape(source.title.ja)}</span> ' if source.title.ja != translated else ""
        )
        title = f"{original}*{md.escape(source.title.romanised)}* \\[{md.escape(translated)}\\]"
        if source.title.romanised == translated:
            title = f"*{md.escape(translated)}*"
    by_text = locale.text(by) if by else ""
    parts = [md.escape(author), title, md.escape(by_text) if by_text != translated else "", source.date or ""]
    return separator.join(p for p in parts if p)


def bibliography(edition: Edition, reports: list[Report], locale: Locale, prefix: str) -> str:
    """The sources cited by ``reports``, each with the notes that cite it and its URLs.
    ``prefix`` leads from the page to the language root."""
    apparatus, labels, source_lang = edition.apparatus, locale.labels, edition.source_language
    colon = locale.conventions.colon
    cited = {c.source for r in reports for c in apparatus.citations.get(r.meta.id, {}).values()}

    def order(source: Source) -> tuple[tuple[int, ...], str, str]:
        """By the entry's head: its reading (五十音) in the sources' language; in a translation the
        author, else the romanised title, else the outlet."""
        if locale.lang == source_lang:
            head = source.reading
        else:
            by = source.publisher or source.container
            head = next(
                text
                for text in (
                    locale.text(source.author) if source.author else "",
                    source.title.romanised if source.title else "",
                    locale.text(by) if by else "",
                    source.id,
                )
                if text
            )
        return sort_key(head), source.date or "", source.id

    parts = []
    for source in sorted((apparatus.sources[s] for s in cited), key=order):
        citing = [
            (report, number, citation)
            for report in reports
            for number, citation in apparatus.citations.get(report.meta.id, {}).items()
            if citation.source == source.id
        ]
        lines = [md.heading(2, source_entry(source, locale, source_lang), ids.source(source.id))]
        if source.url:
            report, number, _ = citing[0]
            archive = wayback(source.url, source.date or apparatus.date_of(report, number))
            lines.append(
                f"{labels.original_url}{colon}[{md.escape(source.url)}](<{source.url}>)  \n"
                f"{labels.archive_fallback}{colon}[{md.escape(archive)}](<{archive}>)"
            )
        notes = []
        for report, number, citation in citing:
            chapter = report.chapter_of(ids.note(number))
            assert chapter is not None  # the apparatus was checked against the notes
            issue = locale.conventions.parentheses.format(text=citation.issue) if citation.issue else ""
            label = labels.note_ref.format(report=edition.report_label(locale, report.meta.id), n=number) + issue
            notes.append(f"[{md.escape(label)}]({prefix}{report.meta.id}/{chapter.id}.md#{ids.note(number)})")
        lines.append(f"{labels.cited_in}{colon}" + locale.conventions.list_separator.join(notes))
        parts.append("\n\n".join(lines))
    return "\n\n".join(parts)
