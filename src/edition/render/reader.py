"""The parallel reader: each chapter with its original and its translation paragraph by paragraph
(headings, paragraphs and notes aligned by id), side by side on wide screens and one after the
other on narrow ones, in every interface language (README, "Reading both languages").

The cells are the segments' Markdown (md.inline) converted to HTML here, with the site's escaping
extension, so that the pairs can be laid out as one HTML grid; note references link to the notes'
rows, and only the original's page markers carry the page anchors.
"""

from __future__ import annotations

from functools import cache

import markdown
from markupsafe import Markup

from ..data.locales import Locale
from ..edition import Edition
from ..model import ids
from ..model.document import Chapter, Report, Segment
from . import md
from .fragments import Fragments
from .reports import chapter_title


@cache
def _converter() -> markdown.Markdown:
    return markdown.Markdown(
        extensions=["pymdownx.escapeall"], extension_configs={"pymdownx.escapeall": {"hardbreak": False, "nbsp": False}}
    )


def _html(markdown_text: str) -> Markup:
    converter = _converter()
    converter.reset()
    html = converter.convert(markdown_text).strip()
    return Markup(html.removeprefix("<p>").removesuffix("</p>"))  # escaped by the converter


class ReaderPages:
    def __init__(self, edition: Edition, locale: Locale, fragments: Fragments) -> None:
        self.edition, self.locale, self.fragments = edition, locale, fragments

    def cell(self, segment: Segment, twin: bool) -> Markup:
        labels = self.locale.labels
        if segment.content is None:
            return Markup(self.fragments.inline("missing_note", labels.missing_note))  # a fragment, escaped
        return _html(md.inline(segment.content, self.fragments, labels, links=segment.kind == "note", twin=twin))

    def page(self, original: Report, translation: Report, chapter: Chapter) -> str:
        labels, edition = self.locale.labels, self.edition
        twins = {s.id: s for s in translation.walk()}
        pairs = [
            {
                "id": segment.id,
                "kind": segment.kind,
                "level": segment.chapter.heading.level if segment.id == chapter.id else 2,
                "note": segment.id.removeprefix("fn-") if segment.kind == "note" else "",
                "left": self.cell(segment, twin=False),
                "right": self.cell(twins[segment.id], twin=True),
                # a note whose text is not in the source says so in the page's language, twice
                "left_lang": segment.language if segment.content is not None else self.locale.lang,
                "right_lang": twins[segment.id].language if segment.content is not None else self.locale.lang,
            }
            for segment in original.walk()
            if segment.chapter.id == chapter.id
        ]
        local = next(c for c in edition.report(self.locale.lang, original.meta.id).chapters if c.id == chapter.id)
        title = labels.parallel_title.format(title=chapter_title(local, self.locale))
        grid = self.fragments.render(
            "reader.html",
            labels=labels,
            pairs=pairs,
            left_label=labels.original_column,
            right_label=labels.translation_column,
            chapter_page=f"{chapter.id}.html",
        )
        front = {"title": title, "report": original.meta.id, "hide": ["toc"]}
        return md.page(front, [md.heading(1, md.escape(title), "parallel"), grid])

    def files(self) -> dict[str, str]:
        """A parallel page for every chapter, under this language's root."""
        edition, files = self.edition, {}
        source = edition.source_language
        others = [locale.lang for locale in edition.locales if locale.lang != source]
        for original in edition.reports[source]:
            translation = edition.report(others[0], original.meta.id)
            for chapter in original.chapters:
                path = f"{self.locale.lang}/{original.meta.id}/{ids.parallel_page(chapter.id)}.md"
                files[path] = self.page(original, translation, chapter)
        return files
