"""Schema of the editorial data (data/editorial/<report>.yml): the paragraph boundaries that the
layout of the seed cannot tell, each checked against its seed line."""

from __future__ import annotations

from pydantic import Field

from ..model.meta import Strict


class ParagraphRule(Strict):
    after_line: int = Field(gt=0)
    line_ends_with: str = Field(min_length=2)
    reason: str


class Editorial(Strict):
    paragraph_breaks: list[ParagraphRule] = Field(default_factory=list)
    paragraph_joins: list[ParagraphRule] = Field(default_factory=list)
