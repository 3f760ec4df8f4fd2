"""The edition's own notes (data/annotations.yml): editor's and translator's notes, kept apart
from the authors' numbered notes and never mixed into the witness's text.

Each note is anchored to a phrase of a heading, paragraph or note (``report/anchor``) in every
language: the phrase must occur in that segment's text, so a note cannot drift from what it is
about. An editor's note that states an external fact carries its evidence (a citation).
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import Field, RootModel

from .. import yamlfile
from ..errors import InputError, InputErrors
from ..model import ids
from ..model.document import Report
from ..model.meta import Bilingual, Slug, Strict


class Evidence(Strict):
    """A source outside the reports for a fact the note states."""

    citation: str = Field(min_length=1)  # as a reader would cite it (title, issuer, date, number)
    url: str | None = None


class Annotation(Strict):
    id: Slug
    kind: Literal["editor", "translator"]
    target: str  # report/anchor: the heading, paragraph or note the phrase is in
    phrase: Bilingual  # the words it is about, as they stand in each language's text
    text: Bilingual
    evidence: list[Evidence] = Field(default_factory=list)


class AnnotationList(RootModel[list[Annotation]]):
    pass


def load_annotations(path: Path, reports: dict[str, list[Report]]) -> list[Annotation]:
    """The notes, checked against the text of every language (``reports``: language → reports):
    the target exists, the phrase occurs in it, ids are unique."""
    if not path.exists():
        return []
    loaded = yamlfile.load(path, AnnotationList)
    texts = {
        (lang, ids.target(report.meta.id, segment.id)): segment.text
        for lang, in_lang in reports.items()
        for report in in_lang
        for segment in report.walk()
    }
    errors: list[InputError] = []
    seen: set[str] = set()
    for index, note in enumerate(loaded.data.root):
        line = loaded.line(index)
        if note.id in seen:
            errors.append(InputError(path, line, f"{note.id}: duplicate annotation id"))
        seen.add(note.id)
        for lang in reports:
            text = texts.get((lang, note.target))
            if text is None:
                errors.append(InputError(path, line, f"{note.id}: no heading, paragraph or note {note.target!r}"))
                break
            phrase = getattr(note.phrase, lang)
            if phrase not in text:
                errors.append(
                    InputError(path, line, f"{note.id}: the {lang} phrase {phrase!r} is not in {note.target}")
                )
    if errors:
        raise InputErrors(errors)
    return loaded.data.root
