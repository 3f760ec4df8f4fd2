"""PDF of each report in each language, and a facing-page bilingual PDF per report, with
WeasyPrint (CSS paged media, books/pdf.css): Debian's Noto CJK fonts embedded as subsets, running
heads with the title and version, page numbers, ids and source pages in the margin, the notes as
footnotes with the source's numbers, metadata and bookmarks, live links.

The facing PDF puts each paragraph (with the headings before it) on a left-hand page and its
translation on the right-hand page opposite (``break-before: left/right``): each pair starts
level, the shorter side padded by the page break. ``sources`` is cheap (HTML); ``render`` is the
costly part, which the publish stage caches by the HTML it is made from.
"""

from __future__ import annotations

from typing import Any

from ...data.locales import Locale
from ...edition import Edition
from ..fragments import Fragments
from .common import FOLDER, book_info, chapter_context
from .epub import _colophon, _cover, book_sets


def _x(locale: Locale, ctx: dict[str, Any], prefix: str) -> dict[str, object]:
    return {
        "p": prefix,
        "lang": locale.lang,
        "pdf": True,
        "evidence": locale.labels.evidence,
        "annotations": ctx["annotations_by_id"],
    }


def _units(blocks: list[dict[str, Any]]) -> list[list[int]]:
    """The blocks of a chapter as units of the facing pages: each paragraph with the headings
    before it (a heading never ends a page alone)."""
    units: list[list[int]] = [[]]
    for index, block in enumerate(blocks):
        units[-1].append(index)
        if block["kind"] == "paragraph":
            units.append([])
    return [unit for unit in units if unit]


def pdf_source(edition: Edition, report_id: str, locales: list[Locale], fragments: Fragments) -> str:
    """The HTML a PDF is made from."""
    info = book_info(edition, report_id, locales)
    locale = locales[0]
    reports = [edition.report(loc.lang, report_id) for loc in locales]
    context: dict[str, Any] = {
        "info": info,
        "lang": info.lang,
        "css": fragments.env.get_template("edition/books/pdf.css").render(),
        "cover": _cover(edition, locale, info),
        "colophon": _colophon(edition, locale, info),
        # left and right pages: the original's title on the left of a facing book, the translation's on the right
        "running": [
            {"lang": loc.lang, "text": f"{loc.text(edition.report(loc.lang, report_id).meta.title)} · {info.version}"}
            for loc in (locales if len(locales) > 1 else [locale, locale])
        ],
    }
    if len(locales) == 1:
        chapters = []
        for chapter in reports[0].chapters:
            ctx = chapter_context(edition, locale, reports[0], chapter)
            chapters.append(ctx | {"x": _x(locale, ctx, "")})
        return fragments.render("books/pdf.html", chapters=chapters, **context)
    spreads = []
    for index in range(len(reports[0].chapters)):
        members = []
        for loc, report in zip(locales, reports, strict=True):
            ctx = chapter_context(edition, loc, report, report.chapters[index])
            blocks = [b | {"lang": b["lang"] or loc.lang} for b in ctx["blocks"]]
            members.append((blocks, _x(loc, ctx, f"{loc.lang}-"), ctx["notes_by_id"]))
        for unit in _units(members[0][0]):
            spreads.append(
                [{"blocks": [blocks[i] for i in unit], "x": x, "notes": notes} for blocks, x, notes in members]
            )
    return fragments.render("books/pdf.html", spreads=spreads, **context)


def render(html: str) -> bytes:
    from weasyprint import HTML  # imported when a PDF is made: loading it (pango) takes a while

    data: bytes = HTML(string=html).write_pdf(uncompressed_pdf=False)
    return data


def pdf_sources(edition: Edition, fragments: Fragments) -> dict[str, str]:
    """Each PDF's path and the HTML it is made from."""
    sources = {}
    for report in edition.originals:
        for locales in book_sets(edition):
            stem = book_info(edition, report.meta.id, locales).stem
            sources[f"{FOLDER}/{stem}.pdf"] = pdf_source(edition, report.meta.id, locales, fragments)
    return sources
