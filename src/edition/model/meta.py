"""The shared schema types, and the metadata of a report (seeds/<report>.yml)."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

Slug = Annotated[str, Field(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$")]
IsoDate = Annotated[str, Field(pattern=r"^\d{4}(-\d{2}(-\d{2})?)?$")]  # YYYY, YYYY-MM or YYYY-MM-DD


class Strict(BaseModel):
    """Every schema of the edition: unknown keys are errors (a mistyped key is never ignored)."""

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

    not_before: IsoDate
    not_after: IsoDate | None = None
    summary: Bilingual
    evidence: Bilingual


class Publication(Strict):
    """Where the text was published, with the status of that attribution."""

    status: Literal["unknown", "probable", "confirmed"]
    note: Bilingual


class ReportMeta(Strict):
    id: Slug
    seed: str
    seed_sha256: str = Field(pattern=r"^[0-9a-f]{64}$", description="SHA-256 of the seed's text (UTF-8, LF, no BOM)")
    language: str = Field(description="The language of the source (one of the edition's languages)")
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
