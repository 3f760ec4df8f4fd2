"""Schemas of the per-report metadata (seeds/*.yml) and editorial data (data/editorial/*.yml)."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Bilingual(Strict):
    ja: str
    en: str


class Title(Bilingual):
    supplied: bool = Field(description="True when the source has no title and the edition supplies one")


class Author(Strict):
    named_in_source: bool
    ja: str | None = None
    en: str | None = None
    reading: str | None = None


class Written(Strict):
    """When the text was written, as far as the text itself shows."""

    not_before: str = Field(pattern=r"^\d{4}(-\d{2}(-\d{2})?)?$")
    not_after: str | None = Field(default=None, pattern=r"^\d{4}(-\d{2}(-\d{2})?)?$")
    summary: Bilingual
    evidence: Bilingual


class Publication(Strict):
    """Where the text was published, with the status of that attribution."""

    status: Literal["unknown", "probable", "confirmed"]
    note: Bilingual


class ReportMeta(Strict):
    id: str = Field(pattern=r"^[a-z0-9-]+$")
    seed: str
    seed_sha256: str = Field(pattern=r"^[0-9a-f]{64}$", description="SHA-256 of the seed's text (UTF-8, LF, no BOM)")
    language: Literal["ja"]
    title: Title
    subtitle: Bilingual | None = None
    author: Author
    note_texts: Literal["in_source", "not_in_source"] = Field(
        description="Whether the seed holds the texts of its notes (report B has markers only)"
    )
    chapter_number: int | None = Field(
        default=None, description="Its number in the source publication, if the source gives it"
    )
    written: Written
    publication: Publication


class ParagraphRule(Strict):
    """A paragraph boundary that the layout cannot tell: checked against the seed text."""

    after_line: int = Field(gt=0)
    line_ends_with: str = Field(min_length=2)
    reason: str


class Editorial(Strict):
    paragraph_breaks: list[ParagraphRule] = []
    paragraph_joins: list[ParagraphRule] = []
