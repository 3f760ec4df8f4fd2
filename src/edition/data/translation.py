"""A translation (data/translations/<lang>/<report>.yml) applied to a report: the report in that language.

A segment is a heading, paragraph or note, keyed by its id (note ``fn-7``). Its text is the
translation with the structure written as tokens (``model.tokens``): the note references and page
markers must be the original segment's own, in the same order: they come from the original, the
translation only places them. Each segment records the SHA-256 of the original segment it
translates (``ja_sha256``), so a change of the original makes it stale.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from pydantic import Field

from .. import yamlfile
from ..errors import InputError, InputErrors
from ..model import ids, tokens
from ..model.document import Chapter, Heading, Inline, Report
from ..model.meta import Strict


class Segment(Strict):
    ja_sha256: str = Field(pattern=r"^[0-9a-f]{64}$")
    en: str = Field(min_length=1)


class TranslationFile(Strict):
    segments: dict[str, Segment]


def segments(report: Report) -> dict[str, list[Inline]]:
    """Every translatable segment of a report, in page order: id → tokens (notes whose text is
    not in the source have nothing to translate)."""
    return {s.id: s.content for s in report.walk() if s.content is not None}


@dataclass
class Status:
    """Where the translation of a report stands."""

    missing: list[str]  # ids with no translation
    stale: list[str]  # ids whose original changed since they were translated
    unknown: list[str]  # translated ids the original does not have


def apply_translation(report: Report, path: Path, lang: str) -> tuple[Report, Status]:
    """The report in ``lang``: chapters whose every segment is translated are in that language;
    the others stay in the original's (to be shown as untranslated)."""
    data, lines = TranslationFile(segments={}), {}
    if path.exists():
        loaded = yamlfile.load(path, TranslationFile)
        data, lines = loaded.data, loaded.key_lines("segments")
    source = segments(report)
    translated: dict[str, list[Inline]] = {}
    errors = []
    for key, segment in data.segments.items():
        if key not in source:
            continue
        text = getattr(segment, lang)
        translated[key] = tokens.loads(text)
        if tokens.structure(translated[key]) != tokens.structure(source[key]):
            message = f"{key}: the note references and page markers differ from the original segment"
            errors.append(InputError(path, lines.get(key), message))
    if errors:
        raise InputErrors(errors)
    status = Status(
        missing=[key for key in source if key not in data.segments],
        stale=[key for key, s in data.segments.items() if key in source and s.ja_sha256 != tokens.digest(source[key])],
        unknown=[key for key in data.segments if key not in source],
    )

    def chapter(original: Chapter) -> Chapter:
        keys = [original.id] + [block.id for block in original.blocks]
        if not all(key in translated for key in keys):
            return original
        blocks = [replace(block, content=translated[block.id]) for block in original.blocks]
        heading: Heading = replace(original.heading, content=translated[original.id])
        return replace(original, heading=heading, blocks=blocks, language=lang)

    notes = {
        n: replace(note, content=translated[ids.note(n)], language=lang) if ids.note(n) in translated else note
        for n, note in report.notes.items()
    }
    return replace(report, chapters=[chapter(c) for c in report.chapters], notes=notes), status
