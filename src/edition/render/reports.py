"""The reports' pages in one language: the home page, each report's landing page, its chapter
pages and its bibliography, and the navigation.

A chapter of a translation that is not (completely) translated is the original text under the
same ids, flagged ``translation: missing`` (overrides/main.html shows the banner and marks the
text's language).
"""

from __future__ import annotations

from dataclasses import replace

from markupsafe import Markup, escape

from ..data.locales import Locale
from ..edition import Edition
from ..model import ids
from ..model.dates import PartialDate
from ..model.document import Block, Chapter, Heading, Inline, Report
from . import md
from .bibliography import bibliography, note_apparatus
from .citation import ANCHOR, Citations, Unit, downloads, head_meta
from .fragments import Fragments
from .links import link_first_mentions

DOWNLOADS = "<!-- edition:downloads -->"  # the plugin lists the downloads there, with their sizes


def chapter_title(chapter: Chapter, locale: Locale) -> str:
    """The chapter's heading; for a chapter not yet translated, its structural label."""
    if chapter.language == locale.lang:
        return chapter.heading.text
    kind = "section" if chapter.id.startswith("s") else chapter.id
    return locale.labels.structure[kind].format(n=chapter.id[1:])


def place_label(edition: Edition, locale: Locale, report_id: str, anchor: str) -> str:
    """Where a segment is, in words: its section's heading and paragraph number, or its note."""
    labels = locale.labels
    number = ids.note_number(anchor)
    if number is not None:
        return labels.note_label.format(n=number)
    chapter = edition.report(locale.lang, report_id).chapter_of(anchor)
    if chapter is None:
        return anchor
    section: Block = chapter.heading
    for block in [chapter.heading, *chapter.blocks]:
        if isinstance(block, Heading):
            section = block
        if block.id == anchor:
            break
    title = chapter_title(chapter, locale) if section is chapter.heading else section.text
    paragraph = anchor.rpartition("-p")[2]
    if block is section or not paragraph.isdigit():
        return title
    return title + labels.paragraph_label.format(n=paragraph)


def _author(report: Report, locale: Locale) -> str:
    author = report.meta.author
    name = locale.text(author) if author.named_in_source else None
    return name or locale.labels.author_not_named


class ReportPages:
    """The pages of the reports in one language (``render``), over the edition."""

    def __init__(self, edition: Edition, locale: Locale, fragments: Fragments, citations: Citations) -> None:
        self.edition, self.locale, self.fragments, self.citations = edition, locale, fragments, citations
        self.labels = locale.labels
        self.other = edition.other_locale(locale)

    @staticmethod
    def citable(edition: Edition) -> list[Unit]:
        """Every report in every language, as a whole."""
        return [
            Unit(report, locale, edition.identity, f"{locale.prefix}{report.meta.id}/index.html")
            for locale in edition.locales
            for report in edition.reports[locale.lang]
        ]

    def unit(self, report: Report, page: str, anchor: str = "", locale: Locale | None = None) -> Unit:
        locale = locale or self.locale
        return Unit(report, locale, self.edition.identity, f"{locale.prefix}{report.meta.id}/{page}", anchor)

    def twin(self, report: Report) -> Report:
        return self.edition.report(self.other.lang, report.meta.id)

    def cite(self, unit: Unit) -> str:
        """The cite control: with a published address, the citations with their versioned URL and
        the latest URL; without one, cited by ids, with the templates the page's script completes
        with the address it is read from (over http). Where the unit's anchor is written in a
        citation it is marked (``edition-anchor``): the page's script cites a section from the
        chapter's control by writing the section's id there (``section_cite``)."""
        marked_unit = replace(unit, anchor=ANCHOR) if unit.anchor else unit
        loc = Markup('<span class="edition-anchor">{}</span>').format(unit.anchor)

        def marked(text: str) -> Markup:
            return Markup(str(self._marked(text)).replace(ANCHOR, loc))

        citations = [
            (
                c.style,
                c.name,
                c.text.replace(ANCHOR, unit.anchor),
                marked(c.text),
                c.by_ids.replace(ANCHOR, unit.anchor),
                marked(c.by_ids),
            )
            for c in self.citations.of(marked_unit)
        ]
        return self.fragments.render(
            "cite.html",
            labels=self.labels,
            words=self.labels.citation,
            colon=self.locale.conventions.colon,
            citations=citations,
            published=unit.url is not None,
            versioned=unit.url,
            latest=unit.latest_url,
            template=unit.url_or_template,
            downloads=downloads(unit),
            anchor=unit.anchor,
            key=unit.key,
        )

    def section_cite(self, unit: Unit) -> str:
        """A section's cite control, light: the page's script builds it from the chapter's
        control when it is opened (the same citations and downloads, with the section's id as
        locator and fragment); without the script it says how to cite the section."""
        return self.fragments.render(
            "cite_section.html", labels=self.labels, words=self.labels.citation, anchor=unit.anchor, key=unit.key
        )

    def edition_line(self) -> str:
        """The edition's version, release date and licence, linking to the About page."""
        identity, labels = self.edition.identity, self.labels
        released = self.locale.date(PartialDate.parse(identity.released))
        return labels.edition_line.format(version=identity.version, released=released, licence=identity.licence.id)

    def about(self) -> str:
        """About this edition: who did what, the version, the licence of the edition's own work and
        the status of the original texts, the addresses, how to cite it and report an error
        (data/edition.yml)."""
        identity, labels, locale = self.edition.identity, self.labels, self.locale
        colon = locale.conventions.colon
        released = locale.date(PartialDate.parse(identity.released))
        contributors = [
            f"{md.escape(locale.text(c.name))}{colon}"
            + self.locale.labels.citation.and_.join(md.escape(locale.text(identity.roles[role])) for role in c.roles)
            for c in identity.contributors
        ]
        licence = f"[{md.escape(identity.licence.name)}]({identity.licence.url}) ({identity.licence.id})"
        rows = [
            (labels.about_title, md.escape(locale.text(identity.title))),
            (labels.about_version, f"{identity.version}{locale.conventions.clause_separator}{released}"),
            (labels.about_contributors, "<br>".join(contributors)),
            (labels.about_licence, f"{licence}{colon}{md.escape(locale.text(identity.licence.covers))}"),
            (labels.about_originals, md.escape(locale.text(identity.originals))),
            (labels.about_address, f"<{identity.address}>" if identity.address else labels.about_no_address),
            (labels.about_tracker, f"<{identity.tracker}>" if identity.tracker else labels.about_no_tracker),
        ]
        parts = [md.heading(1, md.escape(labels.about), "about"), md.definitions(rows)]
        return md.page({"title": labels.about}, parts)

    def home(self) -> str:
        labels, locale = self.labels, self.locale
        parts = [
            f"# {md.escape(locale.text(self.edition.identity.title))}",
            labels.home_intro,
            f"{self.edition_line()} [{md.escape(labels.about)}](about.md)",
        ]
        for report in self.edition.reports[locale.lang]:
            label = md.escape(self.edition.report_label(locale, report.meta.id))
            colon = locale.conventions.colon
            parts.append(md.heading(2, f"{label}{colon}{md.escape(locale.text(report.meta.title))}", report.meta.id))
            rows = [f"{labels.author}{colon}{md.escape(_author(report, locale))}"]
            if report.meta.title.supplied:
                rows.append(f"*{md.escape(labels.title_supplied)}*")
            rows.append(f"{labels.written}{colon}{md.escape(locale.text(report.meta.written.summary))}")
            rows.append(f"[{labels.read}]({report.meta.id}/index.md)")
            parts.append(md.bullets(rows))
        parts += [md.heading(2, md.escape(labels.books.downloads), "downloads"), labels.books.downloads_intro]
        parts.append(DOWNLOADS)
        return md.page({"title": labels.home}, parts)

    def _contents(self, report: Report) -> str:
        rows = []
        for chapter in report.chapters:
            rows.append(f"- [{md.escape(chapter_title(chapter, self.locale))}]({chapter.id}.md)")
            for item in chapter.blocks:
                if isinstance(item, Heading):
                    text = md.escape(item.text)
                    if chapter.language != self.locale.lang:
                        text = f'<span lang="{chapter.language}">{text}</span>'
                    rows.append(f"    - [{text}]({chapter.id}.md#{item.id})")
        return "\n".join(rows)

    def _pages(self, report: Report) -> str:
        links = [
            f"[{self.labels.page_label.format(n=n)}]({report.chapter_of_page(n).id}.md#{ids.page(n)})"
            for n in range(1, report.page_count + 1)
        ]
        return self.labels.pages_intro + "\n\n" + " · ".join(links)

    def landing(self, report: Report) -> str:
        labels, locale, meta = self.labels, self.locale, report.meta
        conventions, source = locale.conventions, self.edition.source_language
        rows = [(labels.author, _author(report, locale))]
        if meta.chapter_number:
            rows.append((labels.chapter_number, labels.chapter_number_value.format(n=meta.chapter_number)))
        written, publication = meta.written, meta.publication
        rows.append(
            (labels.written, locale.text(written.summary) + conventions.sentence_end + locale.text(written.evidence))
        )
        status = labels.publication_status[publication.status]
        rows.append((labels.publication, status + conventions.sentence_end + locale.text(publication.note)))
        rows.append((labels.seed, labels.seed_value.format(file=meta.seed, sha=meta.seed_sha256)))
        rows.append(
            (
                labels.in_edition,
                f"{locale.text(self.edition.identity.title)}{conventions.clause_separator}{self.edition_line()}",
            )
        )

        heading = md.heading(1, md.escape(locale.text(meta.title)), meta.id)
        if meta.subtitle:
            heading += "\n\n" + self.fragments.inline("lead", "edition-subtitle", locale.text(meta.subtitle))
        if meta.title.supplied:
            heading += "\n\n" + self.fragments.inline("lead", "edition-supplied", labels.title_supplied)
        notes = labels.notes_count.format(n=len(report.notes))
        if meta.note_texts == "not_in_source":
            notes += conventions.clause_separator + labels.notes_missing
        unit = self.unit(report, "index.html")
        other = self.unit(self.twin(report), "index.html", locale=self.other)
        parts = [
            heading,
            md.definitions([(md.escape(k), md.mark_foreign(md.escape(v), locale.lang, source)) for k, v in rows]),
            md.heading(2, labels.contents, "contents"),
            self._contents(report),
            md.heading(2, labels.pages, "pages"),
            self._pages(report),
            md.heading(2, labels.notes, "notes"),
            md.escape(notes),
            md.heading(2, md.escape(labels.books.downloads), "downloads"),
            f"{DOWNLOADS[:-4]} {meta.id} -->",
            md.heading(2, labels.how_to_cite, "cite"),
            labels.cite_intro,
            self.cite(unit),
        ]
        front = {
            "title": locale.text(meta.title),
            "report": meta.id,
            "head": head_meta(unit, other, self.edition.project.books),
        }
        return md.page(front, parts)

    def chapter(self, report: Report, chapter: Chapter) -> str:
        labels, locale, edition = self.labels, self.locale, self.edition
        front: dict[str, object] = {"title": chapter_title(chapter, locale), "report": report.meta.id}
        if chapter.language != locale.lang:
            front["translation"] = "missing"
        front["parallel"] = f"{ids.parallel_page(chapter.id)}.html"  # overrides/main.html links it
        page = f"{chapter.id}.html"
        front["head"] = head_meta(
            self.unit(report, page, chapter.id),
            self.unit(self.twin(report), page, chapter.id, locale=self.other),
            self.edition.project.books,
        )
        mentions = [m for m in edition.mentions[locale.lang] if m.report == report.meta.id]
        linked = link_first_mentions(chapter, mentions, edition.names, "../actors/{id}.md")
        content, listed = self._annotate(report, linked)
        parts = [self._page_cite(self.unit(report, page))]
        for block in [linked.heading, *linked.blocks]:
            text = md.inline(content[block.id], self.fragments, labels)
            if isinstance(block, Heading):
                parts.append(md.heading(block.level, text, block.id))
                if mark := self.changed_mark(report, block.id):
                    parts.append(f'<div class="edition-changed-heading">{mark}</div>')
                unit = self.unit(report, page, block.id)
                parts.append(self.cite(unit) if block is linked.heading else self.section_cite(unit))
            else:
                permalink = self.fragments.inline("permalink", block.id, labels.permalink)
                parts.append(f"{text}{self.changed_mark(report, block.id)}{permalink}\n{{: #{block.id} }}")
        missing = [n for n in chapter.note_numbers if report.notes[n].content is None]
        for number in chapter.note_numbers:
            note = report.notes[number]
            if note.content is None:  # said once on the page, then referred to
                said = labels.missing_note if number == missing[0] else labels.missing_note_again
                text = self.fragments.inline("missing_note", said.format(n=missing[0]))
            else:
                text = md.inline(content[ids.note(number)], self.fragments, labels, links=True)
                text += self.changed_mark(report, ids.note(number))
            parts.append(
                f"[^{number}]: {text}{note_apparatus(report, number, edition.apparatus, locale, self.fragments)}"
            )
        if listed:
            parts.append(md.heading(2, md.escape(labels.annotations), "edition-notes"))
            parts.append(self.fragments.render("annotations.html", labels=labels, notes=listed))
        return md.page(front, parts)

    def _page_cite(self, unit: Unit) -> str:
        identity = self.edition.identity
        return self.fragments.render(
            "page_cite.html",
            labels=self.labels,
            words=self.labels.citation,
            url=unit.url_or_template,
            published=unit.url is not None,
            cite=self.citations.note(unit, "{para}"),
            tracker=identity.tracker,
            version=identity.version,
        )

    def changed_mark(self, report: Report, anchor: str) -> str:
        """The mark on a segment the current release changed, linking to its changelog entry."""
        release = self.edition.history.current
        if release is None or (report.meta.id, anchor) not in self.edition.history.changed:
            return ""
        words = self.labels.releases
        href = f"../changelog.html#{ids.change(release.version, report.meta.id, anchor)}"
        title = words.changed_title.format(version=release.version)
        return self.fragments.inline("changed_mark", href, words.changed_mark, title)

    def _marked(self, text: str) -> Markup:
        """Escaped for HTML, with the sources' script marked as such on a page in another language."""
        return Markup(md.mark_foreign(str(escape(text)), self.locale.lang, self.edition.source_language))

    def _annotate(self, report: Report, chapter: Chapter) -> tuple[dict[str, list[Inline]], list[dict[str, object]]]:
        """The tokens of each segment of the page with the edition's notes anchored after their
        phrases (numbered in page order), and the notes as the list at the end of the page shows them."""
        segments = [s for s in report.walk() if s.chapter.id == chapter.id]
        content = {block.id: block.content for block in [chapter.heading, *chapter.blocks]}
        content |= {s.id: s.content or [] for s in segments if s.kind == "note"}
        content, numbered = self.edition.anchor_annotations(report, content, {s.id: s.language for s in segments})
        listed: list[dict[str, object]] = []
        for number, annotation, phrase in numbered:
            listed.append(
                {
                    "label": self.labels.annotation_marker[annotation.kind].format(n=number),
                    "kind": annotation.kind,
                    "anchor": ids.annotation(annotation.id),
                    "ref": ids.annotation_ref(annotation.id),
                    "phrase": self._marked(md.unquote(phrase)),  # the label quotes it
                    "text": self._marked(self.locale.text(annotation.text)),
                    "evidence": [(self._marked(item.citation), item.url) for item in annotation.evidence],
                }
            )
        return content, listed

    def bibliography(self, reports: list[Report], prefix: str) -> str:
        labels = self.labels
        body = bibliography(self.edition, reports, self.locale, prefix)
        title = labels.bibliography
        if len(reports) == 1:
            title += self.locale.conventions.colon + self.edition.report_label(self.locale, reports[0].meta.id)
        parts = [
            md.heading(1, md.escape(title), "bibliography"),
            labels.bibliography_intro,
            body or md.escape(labels.no_sources),
        ]
        return md.page({"title": title}, parts)

    def files(self) -> dict[str, str]:
        lang = self.locale.lang
        reports = self.edition.reports[lang]
        files = {
            f"{lang}/index.md": self.home(),
            f"{lang}/about.md": self.about(),
            f"{lang}/bibliography.md": self.bibliography(reports, ""),
        }
        for report in reports:
            base = f"{lang}/{report.meta.id}"
            files[f"{base}/index.md"] = self.landing(report)
            for chapter in report.chapters:
                files[f"{base}/{chapter.id}.md"] = self.chapter(report, chapter)
            files[f"{base}/bibliography.md"] = self.bibliography([report], "../")
        return files


def nav(edition: Edition, locale: Locale) -> list[object]:
    """The navigation of one language: home, each report (landing page, chapters, bibliography),
    the registry, the bibliography, reading offline, the editorial notes."""
    labels = locale.labels
    items: list[object] = ["index.md"]
    for report in edition.reports[locale.lang]:
        pages = [f"{report.meta.id}/index.md"] + [f"{report.meta.id}/{c.id}.md" for c in report.chapters]
        items.append({edition.report_label(locale, report.meta.id): [*pages, f"{report.meta.id}/bibliography.md"]})
    items += [{labels.actors: ["actors/index.md"]}, {labels.events: ["events/index.md", "timeline.md"]}]
    return [*items, "bibliography.md", "offline.md", "editorial.md", "about.md", "changelog.md", "errata.md"]
