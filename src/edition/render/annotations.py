"""The edition's notes counted and listed for the editorial page (an errata-like list: every
note, where it is, what it is about), in one language."""

from __future__ import annotations

from collections import Counter

from ..data.locales import Locale
from ..edition import Edition
from ..model import ids
from . import md
from .reports import place_label

PLACEHOLDER = "<!-- edition:annotations -->"  # where the editorial page shows them


def summary(edition: Edition, locale: Locale) -> str:
    """Markdown: the counts, then each note linked to its place (from the language's root)."""
    labels = locale.labels
    kinds = Counter(note.kind for note in edition.annotations)
    lines = [
        md.escape(
            labels.annotations_summary.format(
                total=len(edition.annotations), editor=kinds["editor"], translator=kinds["translator"]
            )
        ),
        "",
    ]
    for note in edition.annotations:
        report_id, anchor = ids.split_target(note.target)
        chapter = edition.report(locale.lang, report_id).chapter_of(anchor)
        assert chapter is not None  # the notes were checked against the text
        where = locale.join([edition.report_label(locale, report_id), place_label(edition, locale, report_id, anchor)])
        link = f"{report_id}/{chapter.id}.md#{ids.annotation(note.id)}"
        phrase = md.unquote(locale.text(note.phrase))
        about = labels.annotation_about.format(phrase=phrase)
        text = md.mark_foreign(md.escape(about + locale.text(note.text)), locale.lang, edition.source_language)
        lines.append(f"- [{md.escape(where)}]({link}): {text}")
    return "\n".join(lines)
