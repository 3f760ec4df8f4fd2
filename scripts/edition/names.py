"""The one table of names (data/names.yml) and the detection of names in a text.

Detection is by longest match: at each position the longest form of any entry wins, so
金正恩 is not read as 金正日, 東部軍管区 not as 軍管区, 北朝鮮外務省 not as 北朝鮮.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, RootModel, model_validator

from . import yamldata


class Name(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    id: str = Field(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$")
    kind: Literal["person", "state", "organisation", "place", "term"]
    en: str
    en_also: list[str] = []
    ja: list[str] = Field(min_length=1)


class NameTable(RootModel[list[Name]]):
    @model_validator(mode="after")
    def unique(self) -> NameTable:
        ids = [name.id for name in self.root]
        duplicate = next((i for i in ids if ids.count(i) > 1), None)
        if duplicate:
            raise ValueError(f"duplicate id {duplicate!r}")
        forms = [form for name in self.root for form in name.ja]
        shared = next((f for f in forms if forms.count(f) > 1), None)
        if shared:
            raise ValueError(f"the form {shared!r} belongs to two entries")
        return self

    def by_form(self) -> dict[str, Name]:
        return {form: name for name in self.root for form in name.ja}


def load_names(path: Path) -> NameTable:
    return yamldata.load(path, NameTable)


def mentions(text: str, table: NameTable) -> list[tuple[Name, int, int]]:
    """(entry, start, end) of every name in ``text``, longest match first, left to right."""
    forms = table.by_form()
    longest = max(map(len, forms))
    found, position = [], 0
    while position < len(text):
        for length in range(min(longest, len(text) - position), 0, -1):
            name = forms.get(text[position : position + length])
            if name:
                found.append((name, position, position + length))
                position += length
                break
        else:
            position += 1
    return found
