"""Citing the edition: formatted citations (Chicago notes-bibliography, APA 7, SIST 02),
BibTeX, RIS and CSL-JSON for every report, chapter and section, and the page metadata that
reference managers read (Highwire Press citation_*, Dublin Core, schema.org JSON-LD).

On the Japanese side a citation cites the original in this edition; on the English side it
cites the translation and names its original. URLs are the stable URLs of the section: the
site's URL (``site_url``, set when publishing) plus the page and the anchor.
"""

from __future__ import annotations

import html
import json
import urllib.parse
from dataclasses import dataclass

from .markdown import mark_japanese
from .metadata import ReportMeta
from .model import Report

EDITORS = {"ja": "本版編者", "en": "the editors"}


@dataclass(frozen=True)
class Unit:
    """What is cited: a report, or a chapter or section of it, in one language."""

    report: Report
    lang: str
    edition: str  # the edition's name in this language
    path: str  # from the site root, e.g. "en/report-a/s1.html"
    anchor: str  # "" for a whole page
    section: str  # the heading of the chapter or section ("" for the whole report)
    site_url: str

    @property
    def url(self) -> str:
        base = self.site_url.rstrip("/") + "/" if self.site_url else ""
        return f"{base}{self.path}" + (f"#{self.anchor}" if self.anchor else "")

    @property
    def key(self) -> str:
        return "-".join(filter(None, [self.report.meta.id, self.anchor or None, self.lang]))

    @property
    def meta(self) -> ReportMeta:
        return self.report.meta

    def title(self, lang: str | None = None) -> str:
        """Title and subtitle; a title the edition supplies is in square brackets."""
        lang = lang or self.lang
        main = getattr(self.meta.title, lang)
        if self.meta.title.supplied:
            return f"[{main}]"
        if not self.meta.subtitle:
            return main
        sub = getattr(self.meta.subtitle, lang).strip("─")
        return f"{main}：{sub}" if lang == "ja" else f"{main}: {sub}"

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
        family, given = author.en.split(" ", 1)
        return family, given

    def author_name(self, lang: str) -> str | None:
        author = self.meta.author
        if not author.named_in_source:
            return None
        return author.ja.replace("\u3000", "") if lang == "ja" and author.ja else author.en


NO_DATE = {"ja": "刊行年不明", "en": "n.d."}


def _original(unit: Unit) -> str:
    """The English side's note of the original (a supplied title is said to be supplied)."""
    title = unit.meta.title
    if title.supplied:
        return f"Original: untitled, author not named (title supplied by the edition: 「{title.ja}」)"
    return f"Original: {unit.author_name('ja') or ''}「{title.ja}」"


def chicago(unit: Unit) -> str:
    """Chicago notes-bibliography, bibliography form."""
    author = unit.author_name(unit.lang)
    head = f"{author}. " if author else ""
    section = f" “{unit.section}.”" if unit.section else ""
    year = unit.year or NO_DATE[unit.lang]
    if unit.lang == "ja":
        return f"{head}“{unit.title()}.”{section} {unit.edition}, {_stop(year)} {unit.url}."
    return (
        f"{head}“{unit.title()}.”{section} Translated by {EDITORS['en']}. In {unit.edition}, {_stop(year)} "
        f"{_original(unit)}. {unit.url}."
    )


def _stop(text: str) -> str:
    """End with a full stop, once ("n.d." stays "n.d.")."""
    return text if text.endswith(".") else f"{text}."


def apa(unit: Unit) -> str:
    """APA 7: Family, G. (year). Title [original title] (Translator, Trans.). In Edition. URL"""
    name = unit.author
    year = f"({unit.year})" if unit.year else f"({NO_DATE[unit.lang]})"
    section = f" {unit.section}." if unit.section else ""
    if unit.lang == "ja":
        who = f"{unit.author_name('ja')} " if name else ""
        return f"{who}{year}. {unit.title()}.{section} {unit.edition}. {unit.url}"
    title = f"{unit.title()} [{unit.meta.title.ja}] ({EDITORS['en'].capitalize()}, Trans.)"
    lead = f"{name[0]}, {name[1][0]}. {year}. {title}." if name else f"{title}. {_stop(year)}"
    return f"{lead}{section} In {unit.edition}. {unit.url}"


def sist02(unit: Unit) -> str:
    """SIST 02 (科学技術情報流通技術基準): 著者名. 論題. 収載誌名. 出版年, 該当箇所. 入手先, (参照日).
    ``{today}`` is filled in with the reader's date when the citation is shown or copied."""
    author = unit.author_name(unit.lang)
    head = f"{author}. " if author else ""
    year = unit.year or NO_DATE[unit.lang]
    section = f", {unit.section}" if unit.section else ""
    if unit.lang == "ja":
        return f"{head}{unit.title()}. {unit.edition}. {year}{section}. {unit.url}, (参照 {{today}})."
    return (
        f"{head}{unit.title()}. {_original(unit)}. Trans. {EDITORS['en']}. {unit.edition}. {year}{section}. "
        f"{unit.url}, (accessed {{today}})."
    )


def bibtex(unit: Unit) -> str:
    fields = {
        "title": unit.title() + (f" — {unit.section}" if unit.section else ""),
        "author": f"{unit.author[0]}, {unit.author[1]}" if unit.author else None,
        "year": unit.year,
        "booktitle": unit.edition,
        "url": unit.url,
        "language": {"ja": "japanese", "en": "english"}[unit.lang],
        "note": (f"Translation of: {unit.meta.title.ja}" if unit.lang == "en" else None)
        or (None if unit.author else "Author not named in the source"),
    }
    body = ",\n".join(f"  {k} = {{{_bibtex_escape(v)}}}" for k, v in fields.items() if v)
    return f"@incollection{{{unit.key},\n{body}\n}}\n"


def _bibtex_escape(value: str) -> str:
    return "".join("\\" + c if c in "&%$#_{}" else c for c in value)


def ris(unit: Unit) -> str:
    lines = [("TY", "CHAP" if unit.section else "ELEC"), ("TI", unit.title())]
    if unit.section:
        lines.append(("ST", unit.section))
    if unit.author:
        lines.append(("AU", f"{unit.author[0]}, {unit.author[1]}"))
    if unit.year:
        lines.append(("PY", unit.year))
    lines += [("T2", unit.edition), ("UR", unit.url), ("LA", unit.lang)]
    if unit.lang == "en":
        lines.append(("N1", f"Translation of: {unit.meta.title.ja}"))
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
    if unit.lang == "en":
        item["translator"] = [{"literal": EDITORS["en"]}]
        item["original-title"] = unit.meta.title.ja
    return json.dumps([item], ensure_ascii=False, indent=1)


FORMATS = {
    "bib": ("BibTeX", "application/x-bibtex", bibtex),
    "ris": ("RIS", "application/x-research-info-systems", ris),
    "json": ("CSL-JSON", "application/vnd.citationstyles.csl+json", csl_json),
}


def cite_block(unit: Unit, labels: dict[str, str]) -> str:
    """The cite control: the three styles with copy buttons, and the downloads (data: URIs,
    so they work offline with no file per section)."""
    styles = [("Chicago", chicago(unit)), ("APA 7", apa(unit)), ("SIST 02", sist02(unit))]
    rows = "".join(
        f'<p class="edition-citation" data-style="{name}"><span class="edition-style">{name}</span> '
        f'<span class="edition-citation-text">{mark_japanese(html.escape(text), unit.lang)}</span> '
        f'<button type="button" class="md-button edition-copy" data-copy="{html.escape(text)}">'
        f"{labels['copy_button']}</button></p>"
        for name, text in styles
    )
    downloads = " · ".join(
        f'<a download="{unit.key}.{ext}" href="data:{mime};charset=utf-8,{urllib.parse.quote(render(unit))}">{name}</a>'
        for ext, (name, mime, render) in FORMATS.items()
    )
    return (
        f'<details class="edition-cite"><summary>{labels["cite_this"]}</summary>{rows}'
        f'<p class="edition-downloads">{labels["download"]}: {downloads}</p></details>'
    )


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
    if unit.author_name(unit.lang):
        dublin_core.append(("DC.creator", unit.author_name(unit.lang)))
    if unit.year:
        dublin_core.append(("DC.date", unit.year))
    dublin_core.append(("DC.publisher", unit.edition))
    if unit.section:
        dublin_core.append(("DC.relation.isPartOf", unit.title()))
    relation = "translationOfWork" if unit.lang != unit.meta.language else "workTranslation"
    dublin_core.append(("DC.source" if unit.lang != unit.meta.language else "DC.relation.hasVersion", other.url))
    work: dict[str, object] = {
        "@context": "https://schema.org",
        "@type": "Chapter" if unit.section else "Report",
        "name": title,
        "inLanguage": unit.lang,
        "url": unit.url,
        relation: {"@type": "Chapter" if unit.section else "Report", "inLanguage": other.lang, "url": other.url},
    }
    if unit.section:
        work["isPartOf"] = {"@type": "Report", "name": unit.title()}
    if unit.author:
        work["author"] = {"@type": "Person", "familyName": unit.author[0], "givenName": unit.author[1]}
    if unit.year:
        work["datePublished"] = unit.year
    if unit.lang != unit.meta.language:
        work["translator"] = {"@type": "Organization", "name": EDITORS["en"]}
    return {
        "highwire": [list(pair) for pair in highwire],
        "dublin_core": [list(pair) for pair in dublin_core],
        "jsonld": json.dumps(work, ensure_ascii=False),
    }
