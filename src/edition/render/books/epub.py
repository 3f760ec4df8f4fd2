"""EPUB 3 of each report in each language, and a bilingual EPUB per report (each heading and
paragraph followed by its translation), packaged with ebooklib.

The content documents come from the books' templates (books/epub.xhtml, xhtml.html), written as
they are (ebooklib's HTML items would re-parse them); ebooklib writes the package, the navigation
document and the NCX. The archive is then rewritten with fixed dates so that the same edition
gives the same bytes.
"""

from __future__ import annotations

import io
import zipfile
from datetime import datetime

from ebooklib import epub

from ...data.locales import Locale
from ...edition import Edition
from ...model.document import Heading
from ..fragments import Fragments
from .common import FOLDER, BookInfo, book_info, chapter_context

DATE = (2026, 1, 1, 0, 0, 0)  # every archive entry's date (reproducible bytes)


def _deterministic(data: bytes) -> bytes:
    """The archive with fixed dates and the mimetype first and stored (OCF)."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        names = sorted(source.namelist(), key=lambda n: (n != "mimetype", n))
        for name in names:
            info = zipfile.ZipInfo(name, date_time=DATE)
            info.compress_type = zipfile.ZIP_STORED if name == "mimetype" else zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            target.writestr(info, source.read(name))
    return out.getvalue()


def _colophon(edition: Edition, locale: Locale, info: BookInfo) -> dict[str, object]:
    identity, labels = edition.identity, locale.labels
    lines = [
        f"{info.edition_title}, {info.version} ({info.released})",
        *(
            f"{locale.text(identity.roles[role])}{locale.conventions.colon}{locale.text(c.name)}"
            for role in identity.roles
            for c in identity.with_roles(role)
        ),
        f"{identity.licence.name} ({identity.licence.url})"
        + locale.conventions.colon
        + locale.text(identity.licence.covers),
        locale.text(identity.originals),
    ]
    if info.address:
        lines.append(f"{info.address}{info.report}/index.html")
    return {"heading": labels.books.colophon, "lines": lines}


def _cover(edition: Edition, locale: Locale, info: BookInfo) -> dict[str, object]:
    meta = edition.report(locale.lang, info.report).meta
    author = next((c.name for c in info.creators if "aut" in c.roles), locale.labels.author_not_named)
    return {
        "edition_title": info.edition_title,
        "title": info.title,
        "subtitle": info.subtitle,
        "author": author,
        "supplied": locale.labels.title_supplied if meta.title.supplied else "",
        "version": locale.labels.books.version.format(version=info.version, date=info.released),
    }


def build_epub(edition: Edition, report_id: str, locales: list[Locale], fragments: Fragments) -> bytes:
    """The EPUB of a report in ``locales``: one language, or the original and its translation."""
    info = book_info(edition, report_id, locales)
    locale = locales[0]
    book = epub.EpubBook()
    book.set_identifier(info.identifier)
    book.set_title(info.title)
    book.set_language(info.lang)
    for other in info.languages[1:]:
        book.add_metadata("DC", "language", other)
    for number, creator in enumerate(info.creators, start=1):  # the author creates, the edition contributes
        uid = f"creator{number}"
        book.add_metadata("DC", "creator" if "aut" in creator.roles else "contributor", creator.name, {"id": uid})
        for role in creator.roles:
            book.add_metadata(None, "meta", role, {"refines": f"#{uid}", "property": "role", "scheme": "marc:relators"})
    book.add_metadata("DC", "date", info.released)
    book.add_metadata("DC", "publisher", info.edition_title)
    book.add_metadata("DC", "rights", info.rights)
    book.add_metadata(None, "meta", info.version, {"property": "schema:version"})
    book.add_metadata(None, "meta", info.licence_url, {"property": "dcterms:license"})

    def page(name: str, title: str, **context: object) -> epub.EpubItem:
        text = fragments.render("books/epub.xhtml", lang=info.lang, title=title, **context)
        item = epub.EpubItem(uid=name, file_name=f"{name}.xhtml", media_type="application/xhtml+xml")
        item.content = (text + "\n").encode("utf-8")
        book.add_item(item)
        return item

    css = epub.EpubItem(uid="css", file_name="book.css", media_type="text/css")
    css.content = fragments.env.get_template("edition/books/book.css").render().encode("utf-8")
    book.add_item(css)
    spine: list[object] = [page("cover", info.title, cover=_cover(edition, locale, info)), "nav"]
    toc: list[object] = []
    reports = [edition.report(loc.lang, report_id) for loc in locales]
    evidence = locale.labels.evidence
    for index, chapter in enumerate(reports[0].chapters):
        contexts = [
            chapter_context(edition, loc, report, report.chapters[index])
            for loc, report in zip(locales, reports, strict=True)
        ]
        if len(locales) == 1:
            x = {
                "p": "",
                "lang": locale.lang,
                "pdf": False,
                "evidence": evidence,
                "annotations": contexts[0]["annotations_by_id"],
            }
            item = page(chapter.id, contexts[0]["title"], chapter=contexts[0], ctx=x)
        else:
            members = [
                {
                    "chapter": ctx,
                    "x": {
                        "p": f"{loc.lang}-",
                        "lang": loc.lang,
                        "pdf": False,
                        "evidence": loc.labels.evidence,
                        "annotations": ctx["annotations_by_id"],
                    },
                    "notes": ctx["notes_by_id"],
                    "blocks": ctx["blocks"],
                }
                for loc, ctx in zip(locales, contexts, strict=True)
            ]
            for member in members:  # the language of every block of a member is stated
                member["blocks"] = [b | {"lang": b["lang"] or member["x"]["lang"]} for b in member["blocks"]]
            pairs = [
                [{"block": m["blocks"][i], "x": m["x"], "notes": m["notes"], "chapter": m["chapter"]} for m in members]
                for i in range(len(members[0]["blocks"]))
            ]
            title = " / ".join(dict.fromkeys(ctx["title"] for ctx in contexts))
            item = page(chapter.id, title, pairs=pairs)
        spine.append(item)
        prefix = "" if len(locales) == 1 else f"{locale.lang}-"
        sections = [
            epub.Link(f"{chapter.id}.xhtml#{prefix}{block.id}", block.text, f"{chapter.id}-{block.id}")
            for block in chapter.blocks
            if isinstance(block, Heading)
        ]
        entry = epub.Link(f"{chapter.id}.xhtml", contexts[0]["title"], chapter.id)
        toc.append((epub.Section(contexts[0]["title"], f"{chapter.id}.xhtml"), sections) if sections else entry)
    colophon = _colophon(edition, locale, info)
    spine.append(page("colophon", str(colophon["heading"]), colophon=colophon))
    book.toc = toc
    book.add_item(epub.EpubNcx())
    book.add_item(epub.EpubNav())
    book.spine = spine
    out = io.BytesIO()
    released = datetime.strptime(info.released, "%Y-%m-%d")
    epub.write_epub(out, book, {"mtime": released, "epub3_pages": False, "epub2_guide": False})
    return _deterministic(out.getvalue())


def book_sets(edition: Edition) -> list[list[Locale]]:
    """Each language alone, then the original with its translations (the bilingual book)."""
    source = edition.locale(edition.source_language)
    return [[locale] for locale in edition.locales] + [[source, *(o for o in edition.locales if o != source)]]


def epub_files(edition: Edition, fragments: Fragments) -> dict[str, bytes]:
    files = {}
    for report in edition.originals:
        for locales in book_sets(edition):
            info = book_info(edition, report.meta.id, locales)
            files[f"{FOLDER}/{info.stem}.epub"] = build_epub(edition, report.meta.id, locales, fragments)
    return files
