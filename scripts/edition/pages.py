"""Document model → the site's generated Markdown files, in Japanese and English.

Generated: each language's home page, each report's landing page and chapter pages.
Hand-written (in docs/): the editorial notes. A chapter of the English edition that is not
(completely) translated is the Japanese text under the same ids, flagged ``translation: missing``
(overrides/main.html shows the banner and marks the text lang="ja").
"""

from __future__ import annotations

import html
import string
from dataclasses import dataclass

from pydantic import BaseModel, ConfigDict

from . import markdown as md
from .apparatus import Apparatus, bibliography, note_apparatus
from .citation import Unit, cite_block, head_meta
from .mentions import link_first_mentions
from .model import Chapter, Heading, Report
from .names import NameTable

DEFAULT_LANGUAGE = "ja"  # built at the site root; other languages under <lang>/


class Labels(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    site_title: str
    home: str
    home_intro: str
    report_label: str
    read: str
    author: str
    author_not_named: str
    title_supplied: str
    chapter_number: str
    chapter_number_value: str
    written: str
    publication: str
    publication_status: dict[str, str]
    seed: str
    seed_value: str
    contents: str
    pages: str
    pages_intro: str
    page_label: str
    notes: str
    notes_count: str
    notes_missing: str
    how_to_cite: str
    cite_intro: str
    edition_name: str
    missing_note: str
    structure: dict[str, str]
    palette_toggle: list[str]
    bibliography: str
    bibliography_intro: str
    no_sources: str
    cite_this: str
    url_placeholder: str
    copy_button: str
    copied: str
    download: str
    permalink: str
    source: str
    apparatus: str
    archive: str
    archive_title: str
    original_url: str
    archive_fallback: str
    note_ref: str
    cited_in: str
    actors: str
    actors_intro: str
    kinds: dict[str, str]
    kind: dict[str, str]
    names: str
    forms: str
    reading: str
    roles: str
    when: str
    description: str
    mentions: str
    mentions_count: str
    cooccurring: str
    related_events: str
    events: str
    events_intro: str
    date: str
    precision: dict[str, str]
    place: str
    participants: str
    sources: str
    previous: str
    next: str
    timeline: str
    timeline_intro: str
    filter_actor: str
    filter_report: str
    all: str
    earlier: str
    data: str
    data_intro: str
    untranslated_title: str
    untranslated: str


class UI(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    ja: Labels
    en: Labels


def letter(report: Report, reports: list[Report]) -> str:
    return string.ascii_uppercase[reports.index(report)]


def chapter_title(chapter: Chapter, lang: str, labels: Labels) -> str:
    """The chapter's heading; for a chapter not yet translated, its structural label."""
    if chapter.language == lang:
        return chapter.heading.text
    kind = "section" if chapter.id.startswith("s") else chapter.id
    return labels.structure[kind].format(n=chapter.id[1:])


def report_title(report: Report, lang: str) -> str:
    return getattr(report.meta.title, lang)


def _author(report: Report, lang: str, labels: Labels) -> str:
    author = report.meta.author
    return getattr(author, lang) if author.named_in_source else labels.author_not_named


def _lang_span(text: str, lang: str, page_lang: str) -> str:
    return md.escape(text) if lang == page_lang else f'<span lang="{lang}">{md.escape(text)}</span>'


def home(reports: list[Report], lang: str, labels: Labels) -> str:
    parts = [f"# {md.escape(labels.site_title)}", labels.home_intro]
    for report in reports:
        title = report_title(report, lang)
        label = md.escape(labels.report_label.format(letter=letter(report, reports)))
        parts.append(f"## {label}: {md.escape(title)} {{: #{report.meta.id} }}")
        rows = [f"- {labels.author}: {md.escape(_author(report, lang, labels))}"]
        if report.meta.title.supplied:
            rows.append(f"- *{md.escape(labels.title_supplied)}*")
        rows.append(f"- {labels.written}: {md.escape(getattr(report.meta.written.summary, lang))}")
        rows.append(f"- [{labels.read}]({report.meta.id}/index.md)")
        parts.append("\n".join(rows))
    return md.front_matter({"title": labels.home}) + "\n\n".join(parts) + "\n"


def _contents(report: Report, lang: str, labels: Labels) -> str:
    rows = []
    for chapter in report.chapters:
        rows.append(f"- [{md.escape(chapter_title(chapter, lang, labels))}]({chapter.id}.md)")
        for item in chapter.blocks:
            if isinstance(item, Heading):
                text = _lang_span(item.text, chapter.language, lang)
                rows.append(f"    - [{text}]({chapter.id}.md#{item.id})")
    return "\n".join(rows)


def _pages(report: Report, labels: Labels) -> str:
    links = [
        f"[{labels.page_label.format(n=n)}]({report.chapter_of_page(n).id}.md#page-{n})"
        for n in range(1, report.page_count + 1)
    ]
    return labels.pages_intro + "\n\n" + " · ".join(links)


def landing(report: Report, original: Report, reports: list[Report], ctx: Context) -> str:
    lang, labels = ctx.lang, ctx.labels
    meta = report.meta
    title = report_title(report, lang)
    rows = [(labels.author, _author(report, lang, labels))]
    if meta.chapter_number:
        rows.append((labels.chapter_number, labels.chapter_number_value.format(n=meta.chapter_number)))
    sentence_end = "。" if lang == "ja" else ". "
    written = meta.written
    rows.append((labels.written, getattr(written.summary, lang) + sentence_end + getattr(written.evidence, lang)))
    status = labels.publication_status[meta.publication.status]
    rows.append((labels.publication, status + sentence_end + getattr(meta.publication.note, lang)))
    rows.append((labels.seed, labels.seed_value.format(file=meta.seed, sha=meta.seed_sha256)))
    table = "\n".join(f"{md.escape(k)}\n:   {md.escape(v)}\n" for k, v in rows)

    heading = f"# {md.escape(title)} {{: #{meta.id} }}"
    if meta.subtitle:
        heading += f'\n\n<p class="edition-subtitle">{html.escape(getattr(meta.subtitle, lang))}</p>'
    if meta.title.supplied:
        heading += f'\n\n<p class="edition-supplied">{html.escape(labels.title_supplied)}</p>'
    notes = labels.notes_count.format(n=len(report.notes))
    if meta.note_texts == "not_in_source":
        notes += ("。" if lang == "ja" else "; ") + labels.notes_missing
    unit = ctx.unit(report, "index.html")
    other = ctx.unit(original, "index.html", lang=original.meta.language if lang != original.meta.language else "en")
    parts = [
        heading,
        table,
        f"## {labels.contents} {{: #contents }}",
        _contents(report, lang, labels),
        f"## {labels.pages} {{: #pages }}",
        _pages(report, labels),
        f"## {labels.notes} {{: #notes }}",
        md.escape(notes),
        f"## {labels.how_to_cite} {{: #cite }}",
        labels.cite_intro,
        cite_block(unit, labels.model_dump()),
    ]
    front = {"title": title, "report": meta.id, "head": head_meta(unit, other)}
    return md.front_matter(front) + "\n\n".join(parts) + "\n"


@dataclass(frozen=True)
class Context:
    """What every page of one language needs besides its own content."""

    lang: str
    labels: Labels
    other: Labels  # the other language's (for the alternate's citation)
    names: NameTable
    apparatus: Apparatus
    site_url: str

    def unit(self, report: Report, page: str, anchor: str = "", section: str = "", lang: str = "") -> Unit:
        lang = lang or self.lang
        labels = self.labels if lang == self.lang else self.other
        prefix = "" if lang == DEFAULT_LANGUAGE else f"{lang}/"
        return Unit(
            report, lang, labels.edition_name, f"{prefix}{report.meta.id}/{page}", anchor, section, self.site_url
        )


def chapter_page(report: Report, original: Report, chapter: Chapter, ctx: Context) -> str:
    """A chapter page; ``original`` is the same report in the other language (for citations)."""
    lang, labels = ctx.lang, ctx.labels
    notes = [report.notes[n] for n in chapter.note_numbers]
    extras = {n: note_apparatus(report, n, ctx.apparatus, labels.model_dump(), "") for n in chapter.note_numbers}
    front: dict[str, object] = {"title": chapter_title(chapter, lang, labels), "report": report.meta.id}
    if chapter.language != lang:
        front["translation"] = "missing"
    page = f"{chapter.id}.html"
    other_lang = original.meta.language if lang != original.meta.language else "en"
    front["head"] = head_meta(
        ctx.unit(report, page, chapter.id, chapter.heading.text), ctx.unit(original, page, chapter.id, lang=other_lang)
    )
    cite = {
        heading.id: cite_block(ctx.unit(report, page, heading.id, heading.text), labels.model_dump())
        for heading in [chapter.heading, *chapter.blocks]
        if isinstance(heading, Heading)
    }
    linked = link_first_mentions(chapter, ctx.names, chapter.language, report.meta.id, "../actors/{id}.md")
    body = md.chapter_body(linked, notes, labels.missing_note, extras, cite, labels.permalink)
    return md.front_matter(front) + body


def bibliography_page(
    reports: list[Report], all_reports: list[Report], apparatus: Apparatus, lang: str, labels: Labels, prefix: str
) -> str:
    letters = {r.meta.id: labels.report_label.format(letter=letter(r, all_reports)) for r in all_reports}
    body = bibliography(reports, apparatus, lang, labels.model_dump(), prefix, letters)
    title = labels.bibliography if len(reports) > 1 else f"{labels.bibliography}: {letters[reports[0].meta.id]}"
    parts = [
        f"# {md.escape(title)} {{: #bibliography }}",
        labels.bibliography_intro,
        body or md.escape(labels.no_sources),
    ]
    return md.front_matter({"title": title}) + "\n\n".join(parts) + "\n"


def site_files(
    editions: dict[str, list[Report]], ui: UI, names: NameTable, apparatus: Apparatus, site_url: str
) -> dict[str, str]:
    """Every generated file, keyed by its path under docs/; ``editions`` maps a language to its reports."""
    files: dict[str, str] = {}
    for lang, reports in editions.items():
        labels: Labels = getattr(ui, lang)
        other_lang = next(other for other in editions if other != lang)
        # without a site URL (a local build), citations say where the edition's address goes
        ctx = Context(lang, labels, getattr(ui, other_lang), names, apparatus, site_url or labels.url_placeholder)
        files[f"{lang}/index.md"] = home(reports, lang, labels)
        for report, original in zip(reports, editions[other_lang], strict=True):
            base = f"{lang}/{report.meta.id}"
            files[f"{base}/index.md"] = landing(report, original, reports, ctx)
            for chapter in report.chapters:
                files[f"{base}/{chapter.id}.md"] = chapter_page(report, original, chapter, ctx)
            files[f"{base}/bibliography.md"] = bibliography_page([report], reports, apparatus, lang, labels, "../")
        files[f"{lang}/bibliography.md"] = bibliography_page(reports, reports, apparatus, lang, labels, "")
    return files


def nav(reports: list[Report], lang: str, ui: UI) -> list[object]:
    """The navigation for one language: home, each report (landing page, chapters), editorial notes."""
    labels: Labels = getattr(ui, lang)
    items: list[object] = ["index.md"]
    for report in reports:
        section = labels.report_label.format(letter=letter(report, reports))
        pages = [f"{report.meta.id}/index.md"] + [f"{report.meta.id}/{c.id}.md" for c in report.chapters]
        pages.append(f"{report.meta.id}/bibliography.md")
        items.append({section: pages})
    items += [{labels.actors: ["actors/index.md"]}, {labels.events: ["events/index.md", "timeline.md"]}]
    items += ["bibliography.md", "offline.md"]
    items.append("editorial.md")
    return items
