"""The edition offline and as data (downloads/, language-neutral): the aligned corpus, TEI, a
data README (text, rendered with the other files), the EPUBs and PDFs (bytes: ``epub``, ``pdf``,
made by the pipeline, the PDFs through a cache), the OPDS catalogue of the books, and the list
of downloads that the report, home and offline pages show."""

from __future__ import annotations

from ...data.locales import Locale
from ...edition import Edition
from ..fragments import Fragments
from .common import FOLDER, book_info
from .corpus import corpus_files
from .epub import book_sets
from .tei import tei_files

README = f"{FOLDER}/README.txt"
TYPES = {"epub": "application/epub+zip", "pdf": "application/pdf"}


def book_stems(edition: Edition, report_id: str) -> list[tuple[list[Locale], str]]:
    return [(locales, book_info(edition, report_id, locales).stem) for locales in book_sets(edition)]


def _citation(edition: Edition) -> str:
    identity = edition.identity
    header = edition.other_locale(edition.locale(edition.source_language))
    names = ", ".join(header.text(c.name) for c in identity.contributors)
    where = identity.address or "<the edition's address>"
    return f"{names}, eds., {header.text(identity.title)}, version {identity.version} ({identity.released}), {where}."


def text_files(edition: Edition) -> dict[str, str]:
    """The corpus, the TEI files and the README (the books are listed in it whether or not a
    build makes them)."""
    fragments = Fragments(edition.project.overrides)
    identity = edition.identity
    source = edition.source_language
    books = [
        f"{stem}.{ext}"
        for report in edition.originals
        for _, stem in book_stems(edition, report.meta.id)
        for ext in TYPES
    ]
    header = edition.other_locale(edition.locale(source))
    readme = fragments.render(
        "books/README.txt",
        title=header.text(identity.title),
        version=identity.version,
        released=identity.released,
        address=identity.address,
        books=[f"{name:15} {'EPUB 3' if name.endswith('.epub') else 'PDF'}" for name in books]
        + [f"{'catalog.xml':15} OPDS 1.2 catalogue of the books"],
        languages=[{"code": loc.lang, "name": loc.name, "source": loc.lang == source} for loc in edition.locales],
        licence_name=identity.licence.name,
        licence_id=identity.licence.id,
        licence_url=identity.licence.url,
        licence_covers=header.text(identity.licence.covers),
        originals=header.text(identity.originals),
        citation=_citation(edition),
    )
    return corpus_files(edition) | tei_files(edition, fragments) | {README: readme + "\n"}


def opds(edition: Edition, sizes: dict[str, int]) -> str:
    """The OPDS 1.2 acquisition feed of the books that were made (``sizes``: path → bytes)."""
    fragments = Fragments(edition.project.overrides)
    books = []
    for report in edition.originals:
        for locales, stem in book_stems(edition, report.meta.id):
            files = [
                {"name": f"{stem}.{ext}", "type": kind, "size": sizes[f"{FOLDER}/{stem}.{ext}"]}
                for ext, kind in TYPES.items()
                if f"{FOLDER}/{stem}.{ext}" in sizes
            ]
            if files:
                info = book_info(edition, report.meta.id, locales)
                books.append({"info": info, "files": files, "summary": info.edition_title})
    identity = edition.identity
    return (
        fragments.render(
            "books/opds.xml",
            lang=edition.source_language,
            id=book_info(edition, edition.originals[0].meta.id, list(edition.locales)).identifier + "-catalog",
            title=" / ".join(loc.text(identity.title) for loc in edition.locales),
            updated=f"{identity.released}T00:00:00Z",
            books=books,
        )
        + "\n"
    )


def _size(size: int) -> str:
    return f"{size / 1048576:.1f} MB" if size >= 1048576 else f"{max(1, round(size / 1024))} KB"


def listing(edition: Edition, locale: Locale, sizes: dict[str, int], root: str, report_id: str | None) -> str:
    """The downloads list of a page (``report_id``: a report's landing page; None: all of them),
    naming only the files that exist (``sizes``: path under the site root → bytes)."""
    labels = locale.labels.books
    fragments = Fragments(edition.project.overrides)
    reports = []
    for report in edition.reports[locale.lang]:
        if report_id not in (None, report.meta.id):
            continue
        books = []
        for locales, stem in book_stems(edition, report.meta.id):
            label = labels.single.format(language=locales[0].name) if len(locales) == 1 else labels.bilingual
            files = [
                {"name": f"{stem}.{ext}", "format": ext.upper(), "size": _size(sizes[f"{FOLDER}/{stem}.{ext}"])}
                for ext in TYPES
                if f"{FOLDER}/{stem}.{ext}" in sizes
            ]
            if files and len(locales) > 1:  # the facing-page PDF is the bilingual book's
                books.append({"label": label, "files": [f for f in files if f["format"] != "PDF"], "lang": ""})
                books.append({"label": labels.facing, "files": [f for f in files if f["format"] == "PDF"], "lang": ""})
            elif files:  # a language's name, in that language
                books.append({"label": label, "files": files, "lang": locales[0].lang})
        books = [b for b in books if b["files"]]
        if books:
            heading = (
                edition.report_label(locale, report.meta.id) + locale.conventions.colon + locale.text(report.meta.title)
            )
            reports.append({"heading": heading if report_id is None else "", "books": books})
    data = []
    for name, size in sizes.items():
        if name.endswith((".epub", ".pdf")):
            continue
        file = name.removeprefix(f"{FOLDER}/")
        key = "tei" if file.endswith(".tei.xml") else file
        description = labels.catalogue if file == "catalog.xml" else labels.data_files.get(key, "")
        data.append({"name": file, "size": _size(size), "description": description})
    return fragments.render(
        "books/downloads.html",
        reports=reports,
        data=data
        if report_id is None
        else [d for d in data if d["name"].startswith(report_id) or "corpus" in d["name"]],
        root=root,
        lang=locale.lang,
        colon=locale.conventions.colon,
        labels=locale.labels,
    )
