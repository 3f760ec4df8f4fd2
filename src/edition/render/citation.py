"""Citing the edition: formatted citations (Chicago notes-bibliography, APA 7, SIST 02),
BibTeX, RIS and CSL-JSON for every report, chapter and section, and the page metadata that
reference managers read (Highwire Press citation_*, Dublin Core, schema.org JSON-LD).

In the sources' language a citation cites the original in this edition; in a translation it
cites the translation and names its original. URLs are the stable URLs of the section: the
site's URL (``site_url``, set when publishing) plus the page and the anchor. The words are the
locale's (data/ui.yml, ``citation``).
"""

from __future__ import annotations

import json
import urllib.parse
from collections.abc import Callable
from dataclasses import dataclass

from ..data.locales import CitationWords, Locale
from ..model.document import Report
from ..model.meta import ReportMeta


@dataclass(frozen=True)
class Unit:
    """What is cited: a report, or a chapter or section of it, in one language."""

    report: Report
    locale: Locale
    path: str  # from the site root, e.g. "en/report-a/s1.html"
    anchor: str  # "" for a whole page
    section: str  # the heading of the chapter or section ("" for the whole report)
    site_url: str

    @property
    def lang(self) -> str:
        return self.locale.lang

    @property
    def translated(self) -> bool:
        return self.lang != self.meta.language

    @property
    def edition(self) -> str:
        return self.locale.labels.edition_name

    @property
    def url(self) -> str:
        base = self.site_url.rstrip("/") + "/" if self.site_url else ""
        return f"{base}{self.path}" + (f"#{self.anchor}" if self.anchor else "")

    @property
    def key(self) -> str:
        return "-".join(filter(None, [self.meta.id, self.anchor or None, self.lang]))

    @property
    def meta(self) -> ReportMeta:
        return self.report.meta

    def title(self) -> str:
        """Title and subtitle; a title the edition supplies is in square brackets."""
        main = self.locale.text(self.meta.title)
        if self.meta.title.supplied:
            return f"[{main}]"
        if not self.meta.subtitle:
            return main
        sub = self.locale.text(self.meta.subtitle).strip("─")
        return f"{main}{self.locale.conventions.subtitle_separator}{sub}"

    @property
    def original_title(self) -> str:
        return getattr(self.meta.title, self.meta.language)

    @property
    def year(self) -> str | None:
        """The year it was written, if the text tells it to the year."""
        written = self.meta.written
        start = written.not_before[:4]
        return start if not written.not_after or written.not_after[:4] == start else None

    @property
    def author(self) -> tuple[str, str] | None:
        """(family, given) as the English form writes them, family name first."""
        author = self.meta.author
        if not author.named_in_source or not author.en:
            return None
        family, _, given = author.en.partition(" ")
        return family, given

    def author_name(self, lang: str) -> str | None:
        """The author's name in a language, as cited (without the ideographic space of the byline)."""
        author = self.meta.author
        if not author.named_in_source:
            return None
        name: str | None = getattr(author, lang) or author.en
        return name.replace("\u3000", "") if name else None

    @property
    def words(self) -> CitationWords:
        return self.locale.labels.citation

    @property
    def no_date(self) -> str:
        return self.words.no_date

    def original_note(self) -> str:
        """A translation's note of its original (a supplied title is said to be supplied)."""
        if self.meta.title.supplied:
            return self.words.original_supplied.format(title=self.original_title)
        return self.words.original.format(author=self.author_name(self.meta.language) or "", title=self.original_title)


def _stop(text: str) -> str:
    """End with a full stop, once ("n.d." stays "n.d.")."""
    return text if text.endswith(".") else f"{text}."


def chicago(unit: Unit) -> str:
    """Chicago notes-bibliography, bibliography form."""
    author = unit.author_name(unit.lang)
    head = f"{author}. " if author else ""
    section = f" “{unit.section}.”" if unit.section else ""
    container = unit.words.chicago_container.format(edition=unit.edition, editors=unit.words.editors)
    original = f" {unit.original_note()}." if unit.translated else ""
    return f"{head}“{unit.title()}.”{section} {container}, {_stop(unit.year or unit.no_date)}{original} {unit.url}."


def apa(unit: Unit) -> str:
    """APA 7: Family, G. (year). Title [original title] (Translator, Trans.). In Edition. URL"""
    name = unit.author
    year = f"({unit.year or unit.no_date})"
    section = f" {unit.section}." if unit.section else ""
    container = unit.words.apa_container.format(edition=unit.edition)
    title = unit.title()
    if unit.translated:
        title = f"{title} [{unit.original_title}] ({unit.words.apa_translators})"
    if name:  # the original cites its author as written, the translation as Family, G.
        initial = f", {name[1][0]}." if name[1] else ""
        who = f"{name[0]}{initial}" if unit.translated else unit.author_name(unit.lang)
        lead = f"{who} {year}. {title}."
    else:  # no author: the title takes the author's place
        lead = f"{title}. {_stop(year)}"
    return f"{lead}{section} {container}. {unit.url}"


def sist02(unit: Unit) -> str:
    """SIST 02 (科学技術情報流通技術基準): 著者名. 論題. 収載誌名. 出版年, 該当箇所. 入手先, (参照日).
    ``{today}`` is filled in with the reader's date when the citation is shown or copied."""
    author = unit.author_name(unit.lang)
    head = f"{author}. " if author else ""
    year = unit.year or unit.no_date
    section = f", {unit.section}" if unit.section else ""
    translation = (
        f" {unit.original_note()}. {unit.words.sist_translators.format(editors=unit.words.editors)}."
        if unit.translated
        else ""
    )
    accessed = unit.words.accessed.format(today="{today}")
    return f"{head}{unit.title()}.{translation} {unit.edition}. {_stop(f'{year}{section}')} {unit.url}, ({accessed})."


def _bibtex_escape(value: str) -> str:
    return "".join("\\" + c if c in "&%$#_{}" else c for c in value)


def bibtex(unit: Unit) -> str:
    fields = {
        "title": unit.title() + (f" — {unit.section}" if unit.section else ""),
        "author": f"{unit.author[0]}, {unit.author[1]}" if unit.author else None,
        "year": unit.year,
        "booktitle": unit.edition,
        "url": unit.url,
        "language": unit.locale.conventions.bibtex_language,
        "note": (unit.words.translation_of.format(title=unit.original_title) if unit.translated else None)
        or (None if unit.author else unit.words.author_not_named),
    }
    body = ",\n".join(f"  {k} = {{{_bibtex_escape(v)}}}" for k, v in fields.items() if v)
    return f"@incollection{{{unit.key},\n{body}\n}}\n"


def ris(unit: Unit) -> str:
    lines = [("TY", "CHAP" if unit.section else "ELEC"), ("TI", unit.title())]
    if unit.section:
        lines.append(("ST", unit.section))
    if unit.author:
        lines.append(("AU", f"{unit.author[0]}, {unit.author[1]}"))
    if unit.year:
        lines.append(("PY", unit.year))
    lines += [("T2", unit.edition), ("UR", unit.url), ("LA", unit.lang)]
    if unit.translated:
        lines.append(("N1", unit.words.translation_of.format(title=unit.original_title)))
    lines.append(("ER", ""))
    return "".join(f"{tag}  - {value}\r\n" for tag, value in lines)


def csl_json(unit: Unit) -> str:
    item: dict[str, object] = {
        "id": unit.key,
        "type": "chapter",
        "title": unit.title() + (f" — {unit.section}" if unit.section else ""),
        "container-title": unit.edition,
        "URL": unit.url,
        "language": unit.lang,
    }
    if unit.author:
        item["author"] = [{"family": unit.author[0], "given": unit.author[1]}]
    if unit.year:
        item["issued"] = {"date-parts": [[int(unit.year)]]}
    if unit.translated:
        item["translator"] = [{"literal": unit.words.editors}]
        item["original-title"] = unit.original_title
    return json.dumps([item], ensure_ascii=False, indent=1)


STYLES: tuple[tuple[str, Callable[[Unit], str]], ...] = (("Chicago", chicago), ("APA 7", apa), ("SIST 02", sist02))
FORMATS: tuple[tuple[str, str, str, Callable[[Unit], str]], ...] = (
    ("bib", "BibTeX", "application/x-bibtex", bibtex),
    ("ris", "RIS", "application/x-research-info-systems", ris),
    ("json", "CSL-JSON", "application/vnd.citationstyles.csl+json", csl_json),
)


def downloads(unit: Unit) -> list[tuple[str, str, str]]:
    """(label, file name, data: URL) of each download format."""
    return [
        (name, f"{unit.key}.{ext}", f"data:{mime};charset=utf-8,{urllib.parse.quote(render(unit))}")
        for ext, name, mime, render in FORMATS
    ]


def head_meta(unit: Unit, other: Unit) -> dict[str, object]:
    """Metadata for the page's head: Highwire Press citation_* tags (Zotero, Google Scholar),
    Dublin Core, and schema.org JSON-LD linking the edition to its translation or original.
    ``other`` is the same page in the other language."""
    title = unit.section or unit.title()
    highwire = [("citation_title", title), ("citation_language", unit.lang)]
    if unit.author:
        highwire.append(("citation_author", f"{unit.author[0]}, {unit.author[1]}"))
    if unit.year:
        highwire.append(("citation_publication_date", unit.year))
    if unit.section:
        highwire.append(("citation_inbook_title", unit.title()))
    highwire += [("citation_publisher", unit.edition), ("citation_public_url", unit.url)]
    dublin_core = [("DC.title", title), ("DC.language", unit.lang), ("DC.type", "Text"), ("DC.identifier", unit.url)]
    creator = unit.author_name(unit.lang)
    if creator:
        dublin_core.append(("DC.creator", creator))
    if unit.year:
        dublin_core.append(("DC.date", unit.year))
    dublin_core.append(("DC.publisher", unit.edition))
    if unit.section:
        dublin_core.append(("DC.relation.isPartOf", unit.title()))
    relation = "translationOfWork" if unit.translated else "workTranslation"
    dublin_core.append(("DC.source" if unit.translated else "DC.relation.hasVersion", other.url))
    kind = "Chapter" if unit.section else "Report"
    work: dict[str, object] = {
        "@context": "https://schema.org",
        "@type": kind,
        "name": title,
        "inLanguage": unit.lang,
        "url": unit.url,
        relation: {"@type": kind, "inLanguage": other.lang, "url": other.url},
    }
    if unit.section:
        work["isPartOf"] = {"@type": "Report", "name": unit.title()}
    if unit.author:
        work["author"] = {"@type": "Person", "familyName": unit.author[0], "givenName": unit.author[1]}
    if unit.year:
        work["datePublished"] = unit.year
    if unit.translated:
        work["translator"] = {"@type": "Organization", "name": unit.words.editors}
    return {
        "highwire": [list(pair) for pair in highwire],
        "dublin_core": [list(pair) for pair in dublin_core],
        # inside <script>: "</" would end the element early
        "jsonld": json.dumps(work, ensure_ascii=False).replace("</", "<\\/"),
    }
