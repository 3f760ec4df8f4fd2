"""Every id and anchor of the edition, built in one place (README, "URLs and ids").

Ids are language-neutral ASCII derived from the structure, never from heading text, and the same
in both languages. The footnote anchors match Python-Markdown's footnotes with ``SEPARATOR: "-"``.
"""

from __future__ import annotations

import re

NOTE_PREFIX, NOTE_REF_PREFIX = "fn-", "fnref-"


def section(number: int) -> str:
    return f"s{number}"


def subsection(chapter: str, number: int) -> str:
    return f"{chapter}-{number}"


def paragraph(container: str, number: int) -> str:
    return f"{container}-p{number}"


def note(number: int) -> str:
    return f"{NOTE_PREFIX}{number}"


def note_ref(number: int) -> str:
    return f"{NOTE_REF_PREFIX}{number}"


def note_number(anchor: str) -> int | None:
    """The note number of a note anchor (``fn-7`` → 7), None for any other anchor."""
    match = re.fullmatch(rf"{NOTE_PREFIX}(\d+)", anchor)
    return int(match[1]) if match else None


def page(number: int) -> str:
    return f"page-{number}"


def source(source_id: str) -> str:
    """A source's entry in a bibliography."""
    return f"src-{source_id}"


def annotation(annotation_id: str) -> str:
    """An editor's or translator's note of the edition, in the list at the end of its page."""
    return f"ed-{annotation_id}"


def annotation_ref(annotation_id: str) -> str:
    """Where that note is anchored in the text."""
    return f"edref-{annotation_id}"


def parallel_page(chapter: str) -> str:
    """The parallel reader's page of a chapter (beside the chapter's own page)."""
    return f"{chapter}-parallel"


def target(report: str, anchor: str) -> str:
    """A paragraph, heading or note of a report, as the data files name it: ``report-a/s1-2-p3``."""
    return f"{report}/{anchor}"


def split_target(value: str) -> tuple[str, str]:
    report, _, anchor = value.partition("/")
    return report, anchor


def release(version: str) -> str:
    """A release's section of the changelog: ``1.1.0`` → ``v1-1-0``."""
    return "v" + version.replace(".", "-")


def change(version: str, report: str, anchor: str) -> str:
    """A segment's entry in a release's section of the changelog: ``v1-1-0-report-a-s1-2-p3``."""
    return f"{release(version)}-{report}-{anchor}"


DOWNLOADS = "downloads"  # the folder of the books and the text's data, under the site root


def book(report: str, languages: list[str]) -> str:
    """A report's book in one language, or bilingual (original first): its file name's stem."""
    return f"{report}-{'-'.join(languages)}"
