"""Citing the edition: one CSL-JSON item per report and language is the single source of every
formatted citation (Chicago notes-bibliography 18th ed. and APA 7, rendered by citeproc-js with
the official styles; the Japanese pages' SIST 02 by the locale's own template), of the downloads
(BibTeX, RIS, CSL-JSON) and of the page metadata reference managers read (Highwire Press
citation_*, Dublin Core, schema.org JSON-LD).

What is cited is a report in this edition: a chapter of the edition (a book), by its author
(none for report B, whose source names none), edited — and for a translation translated — by the
edition's contributors (data/edition.yml), dated by the edition's release with the original's
year as its original date. A chapter, section or paragraph is a locator (its stable id) and the
URL's fragment. In the sources' language a citation cites the original in this edition; in a
translation it cites the translation and names its original.

Addresses: with a published address (data/edition.yml, or SITE_URL for a mirror) the URL is the
versioned one (``{address}{version}/…``: the text as cited) and the latest one is offered beside
it. Without one (a local build) the page cites by ids, and its script puts the address it is read
from in place of ``{site}`` when that is an http(s) address.
"""

from __future__ import annotations

import base64
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property

from ..data.identity import Identity
from ..data.locales import Locale
from ..model import ids
from ..model.document import Report
from ..model.meta import ReportMeta
from .citeproc import Job, render_jobs

SITE = "{site}"  # replaced in the browser by the root of the address the page is read from
TODAY = "{today}"  # replaced in the browser by the reader's date (an access date)
_URL, _LOCATOR = "{url}", "{loc}"  # in the rendered templates, replaced here
# A unit's anchor wherever a citation writes it (locator, URL fragment), for the cite control to
# mark it: the page's script cites a section from its chapter's control (render/reports.py)
ANCHOR = "{anchor}"


@dataclass(frozen=True)
class Unit:
    """What is cited: a report in one language, at a page (from the site root) and an anchor."""

    report: Report
    locale: Locale
    identity: Identity
    path: str  # e.g. "en/report-a/s1.html"
    anchor: str = ""  # "" for the report as a whole

    @property
    def lang(self) -> str:
        return self.locale.lang

    @property
    def meta(self) -> ReportMeta:
        return self.report.meta

    @property
    def translated(self) -> bool:
        return self.lang != self.meta.language

    @property
    def fragment(self) -> str:
        return f"#{self.anchor}" if self.anchor else ""

    @property
    def url(self) -> str | None:
        """The versioned address (the text as cited), or None without a published address."""
        address = self.identity.address
        return f"{address}{self.identity.version}/{self.path}{self.fragment}" if address else None

    @property
    def latest_url(self) -> str | None:
        address = self.identity.address
        return f"{address}latest/{self.path}{self.fragment}" if address else None

    @property
    def url_or_template(self) -> str:
        """The URL, or the template the browser completes with the address it reads the page from."""
        return self.url or f"{SITE}{self.path}{self.fragment}"

    @property
    def locator(self) -> tuple[str, str] | None:
        """(CSL label, value): a paragraph's or a section's id."""
        if not self.anchor:
            return None
        return ("paragraph" if re.search(r"-p\d+$", self.anchor) else "section", self.anchor)

    @property
    def key(self) -> str:
        return "-".join(filter(None, [self.meta.id, self.anchor or None, self.lang]))

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
    def container(self) -> str:
        return self.locale.text(self.identity.title)

    @property
    def original_title(self) -> str:
        return str(getattr(self.meta.title, self.meta.language))

    @property
    def original_year(self) -> str | None:
        """The year the original was written, if the text tells it to the year."""
        written = self.meta.written
        start = written.not_before[:4]
        return start if not written.not_after or written.not_after[:4] == start else None

    def author(self) -> tuple[str, str] | None:
        """(family, given) in this language, as the byline writes them (family name first)."""
        author = self.meta.author
        name = (getattr(author, self.lang) or author.en) if author.named_in_source else None
        if not name:
            return None
        family, _, given = name.replace("\u3000", " ").partition(" ")
        return family, given

    def author_name(self) -> str | None:
        """As cited in running text: the family name first, with no space in Japanese."""
        name = self.author()
        if not name:
            return None
        return f"{name[0]}{self.locale.conventions.name_space}{name[1]}" if name[1] else name[0]

    def contributors(self, role: str) -> list[str]:
        return [self.locale.text(c.name) for c in self.identity.contributors if role in c.roles]

    @property
    def editors(self) -> list[str]:
        return self.contributors("editor")

    @property
    def translators(self) -> list[str]:
        return self.contributors("translator") if self.translated else []


# --- the CSL item, the single source ------------------------------------------------------------


def _date(iso: str) -> dict[str, list[list[int]]]:
    return {"date-parts": [[int(part) for part in iso.split("-")]]}


def csl_item(unit: Unit, url: str | None) -> dict[str, object]:
    item: dict[str, object] = {
        "id": unit.key,
        "type": "chapter",
        "title": unit.title(),
        "container-title": unit.container,
        "issued": _date(unit.identity.released),
        "version": unit.identity.version,
        "language": unit.lang,
    }
    author = unit.author()
    if author:
        item["author"] = [{"family": author[0], "given": author[1]}]
    item["editor"] = [{"literal": name} for name in unit.editors]
    if unit.translators:
        item["translator"] = [{"literal": name} for name in unit.translators]
        item["original-title"] = unit.original_title
    if unit.original_year:
        item["original-date"] = _date(unit.original_year)
    if url:
        item["URL"] = url
    return item


# --- formatted citations ------------------------------------------------------------------------

# a style's key (the locale's citation words name the styles a language shows) → (CSL style, form)
CSL_STYLES: dict[str, tuple[str, str]] = {
    "sist02": ("sist02", "bibliography"),
    "chicago_note": ("chicago-notes-bibliography", "note"),
    "chicago_bibliography": ("chicago-notes-bibliography", "bibliography"),
    "apa": ("apa", "bibliography"),
}
LOCAL = "local"  # the locale's own form (local_citation)


@dataclass(frozen=True)
class Citation:
    style: str  # its key: local, sist02, chicago_note, …
    name: str  # as the cite control shows it
    text: str  # with the URL (or its template), {today} for the reader's date
    by_ids: str  # without an address: cited by ids only


class Citations:
    """The formatted citations of every report in every language, rendered once per build:
    citeproc-js runs once over templates (one per report, language, style, locator kind, with and
    without a URL) and each unit's citation is its template with the URL and locator filled in."""

    def __init__(self, units: Iterable[Unit]) -> None:
        self._bases = {(u.meta.id, u.lang): u for u in units}

    @cached_property
    def _templates(self) -> dict[tuple[str, str, str, bool, str], dict[str, str]]:
        """Rendered when first needed (a build renders the reports; a test may not)."""
        bases = self._bases
        keys = [
            (report, lang, label, with_url, CSL_STYLES[name][0])
            for (report, lang), unit in sorted(bases.items())
            for name in unit.locale.labels.citation.styles
            if name in CSL_STYLES
            for label in ("", "section", "paragraph")
            for with_url in (True, False)
        ]
        keys = list(dict.fromkeys(keys))  # two forms of one style: one job
        jobs = [
            Job(style, csl_item(bases[(report, lang)], _URL if with_url else None), _LOCATOR if label else "", label)
            for report, lang, label, with_url, style in keys
        ]
        return dict(zip(keys, render_jobs(jobs), strict=True))

    def note(self, unit: Unit, paragraph: str) -> Citation:
        """A paragraph's note citation (the first note form the language shows), with
        ``paragraph`` (an id, or a template's slot) as its locator: what ¶ and "Copy with
        citation" give."""
        name, shown = next(
            (k, v) for k, v in unit.locale.labels.citation.styles.items() if CSL_STYLES.get(k, ("", ""))[1] == "note"
        )
        style = CSL_STYLES[name][0]
        url = f"{unit.url_or_template}#{paragraph}"
        with_url = self._templates[(unit.meta.id, unit.lang, "paragraph", True, style)]["note"]
        by_ids = self._templates[(unit.meta.id, unit.lang, "paragraph", False, style)]["note"]
        return Citation(name, shown, _fill(with_url, url, paragraph), _fill(by_ids, url, paragraph))

    def of(self, unit: Unit) -> list[Citation]:
        label, value = unit.locator or ("", "")
        url = unit.url_or_template

        def fill(template: str) -> str:
            return _fill(template, url, value)

        result = []
        for name, shown in unit.locale.labels.citation.styles.items():
            if name == LOCAL:
                result.append(Citation(name, shown, local_citation(unit), local_citation(unit, by_ids=True)))
                continue
            style, form = CSL_STYLES[name]
            with_url = self._templates[(unit.meta.id, unit.lang, label if form == "note" else "", True, style)]
            by_ids = self._templates[(unit.meta.id, unit.lang, label, False, style)]
            ids_text = by_ids[form]
            if form == "bibliography" and value:  # an entry has no locator: the id says what is cited
                ids_text = f"{ids_text.rstrip('.')}, {unit.anchor}."
            result.append(Citation(name, shown, fill(with_url[form]), fill(ids_text)))
        return result


def _fill(template: str, url: str, locator: str) -> str:
    # SIST 02 numbers its list: one entry is not a list
    return re.sub(r"^\(\d+\)\s*", "", template).strip().replace(_URL, url).replace(_LOCATOR, locator)


def local_citation(unit: Unit, by_ids: bool = False) -> str:
    """The locale's own citation form (the Japanese pages: 「」『』 and Japanese punctuation,
    which no CSL style writes)."""
    words = unit.locale.labels.citation
    parts = {
        "author": unit.author_name() or "",
        "title": unit.title(),
        "edition": unit.container,
        "editors": words.and_.join(unit.editors),
        "version": unit.identity.version,
        "year": unit.identity.year,
        "original": words.original_year.format(year=unit.original_year) if unit.original_year else "",
        "locator": words.locator.format(id=unit.anchor) if unit.anchor else "",
        "url": "" if by_ids else words.url.format(url=unit.url_or_template, today=TODAY),
    }
    return words.local_format.format(**parts)


# --- downloads ----------------------------------------------------------------------------------


def _bibtex_value(value: str) -> str:
    """Braces balanced, LaTeX's specials escaped (a URL's are left as they are: url fields are
    verbatim in biblatex, and BibTeX parsers keep the backslash)."""
    return "".join("\\" + c if c in "&%$_{}" else c for c in value)


def bibtex(unit: Unit, url: str | None) -> str:
    author = unit.author()
    fields: dict[str, str | None] = {
        "author": f"{author[0]}, {author[1]}" if author else None,
        "title": _bibtex_value(unit.title()),
        "booktitle": _bibtex_value(unit.container),
        # a collective name in braces: BibTeX does not split it into given and family names
        "editor": " and ".join(f"{{{_bibtex_value(name)}}}" for name in unit.editors),
        "translator": " and ".join(f"{{{_bibtex_value(name)}}}" for name in unit.translators) or None,
        "version": unit.identity.version,
        "date": unit.identity.released,
        "year": unit.identity.year,
        "origdate": unit.original_year,
        "origtitle": _bibtex_value(unit.original_title) if unit.translated else None,
        "langid": unit.locale.conventions.bibtex_language,
        "url": url,
        "note": None if author else _bibtex_value(unit.locale.labels.citation.author_not_named),
    }
    body = ",\n".join(f"  {k} = {{{v}}}" for k, v in fields.items() if v)
    return f"@incollection{{{unit.key},\n{body}\n}}\n"


def ris(unit: Unit, url: str | None) -> str:
    words = unit.locale.labels.citation
    author = unit.author()
    lines = [("TY", "CHAP"), ("TI", unit.title()), ("T2", unit.container)]
    if author:
        lines.append(("AU", f"{author[0]}, {author[1]}"))
    lines += [("A2", name) for name in unit.editors]
    lines += [("A4", name) for name in unit.translators]
    lines += [
        ("PY", unit.identity.year),
        ("DA", unit.identity.released.replace("-", "/")),
        ("ET", unit.identity.version),
    ]
    if url:
        lines.append(("UR", url))
    lines.append(("LA", unit.lang))
    if unit.translated:
        lines.append(("N1", words.translation_of.format(title=unit.original_title)))
    if unit.original_year:
        lines.append(("N1", words.original_year.format(year=unit.original_year)))
    if not author:
        lines.append(("N1", words.author_not_named))
    lines.append(("ER", ""))
    return "".join(f"{tag}  - {value}\r\n" for tag, value in lines)


def csl_json(unit: Unit, url: str | None) -> str:
    return json.dumps([csl_item(unit, url)], ensure_ascii=False, indent=1)


FORMATS = (
    ("bib", "BibTeX", "application/x-bibtex", bibtex),
    ("ris", "RIS", "application/x-research-info-systems", ris),
    ("json", "CSL-JSON", "application/vnd.citationstyles.csl+json", csl_json),
)


@dataclass(frozen=True)
class Download:
    label: str
    file: str
    href: str  # a data: URL (it works offline, with no file per section)
    template: str  # without an address: the same with the URL's template, for the browser to fill


def data_url(mime: str, text: str) -> str:
    """A download as a data: URL, base64 (a third the size of percent-encoded Japanese)."""
    return f"data:{mime};charset=utf-8;base64,{base64.b64encode(text.encode()).decode()}"


def downloads(unit: Unit) -> list[Download]:
    return [
        Download(
            name,
            f"{unit.key}.{ext}",
            data_url(mime, make(unit, unit.url)),
            "" if unit.url else data_url(mime, make(unit, unit.url_or_template)),
        )
        for ext, name, mime, make in FORMATS
    ]


# --- page metadata ------------------------------------------------------------------------------


def head_meta(unit: Unit, other: Unit, pdf: bool = False) -> dict[str, object]:
    """Metadata for the page's head: Highwire Press citation_* tags (Zotero, Google Scholar),
    Dublin Core, and schema.org JSON-LD, all from the same item as the citations: a chapter (the
    report) in a book (the edition). ``other`` is the same page in the other language."""
    identity, author = unit.identity, unit.author()
    released = identity.released
    highwire = [("citation_title", unit.title()), ("citation_inbook_title", unit.container)]
    if author:
        highwire.append(("citation_author", f"{author[0]}, {author[1]}"))
    highwire += [("citation_publication_date", released.replace("-", "/")), ("citation_language", unit.lang)]
    if unit.url:
        highwire.append(("citation_public_url", unit.url))
    if unit.url and pdf:  # the report's PDF in this language (the books, when the build makes them)
        path = f"{ids.DOWNLOADS}/{ids.book(unit.meta.id, [unit.lang])}.pdf"
        highwire.append(("citation_pdf_url", f"{identity.address}{identity.version}/{path}"))
    dublin_core = [("DC.title", unit.title()), ("DC.relation.isPartOf", unit.container)]
    if author:
        dublin_core.append(("DC.creator", unit.author_name() or ""))
    dublin_core += [("DC.contributor", name) for name in [*unit.editors, *unit.translators]]
    dublin_core += [("DC.date", released), ("DC.language", unit.lang), ("DC.type", "Text")]
    dublin_core.append(("DC.identifier", unit.url or f"{unit.meta.id}{unit.fragment} (version {identity.version})"))
    dublin_core.append(("DC.rights", identity.licence.url))
    work: dict[str, object] = {
        "@context": "https://schema.org",
        "@type": "Chapter",
        "name": unit.title(),
        "inLanguage": unit.lang,
        "version": identity.version,
        "datePublished": released,
        "isPartOf": {
            "@type": "Book",
            "name": unit.container,
            "version": identity.version,
            "editor": [{"@type": "Organization", "name": name} for name in unit.editors],
        },
        "license": identity.licence.url,
    }
    if unit.original_year:
        work["dateCreated"] = unit.original_year
    if author:
        work["author"] = {
            "@type": "Person",
            "name": unit.author_name(),
            "familyName": author[0],
            "givenName": author[1],
        }
    if unit.translators:
        work["translator"] = [{"@type": "Organization", "name": name} for name in unit.translators]
    relation = "translationOfWork" if unit.translated else "workTranslation"
    work[relation] = {"@type": "Chapter", "inLanguage": other.lang, "name": other.title()}
    if unit.url and other.url:
        work["url"] = unit.url
        work[relation] = {**work[relation], "url": other.url}  # type: ignore[dict-item]
    return {
        "highwire": [list(pair) for pair in highwire],
        "dublin_core": [list(pair) for pair in dublin_core],
        # inside <script>: "</" would end the element early
        "jsonld": json.dumps(work, ensure_ascii=False).replace("</", "<\\/"),
    }
