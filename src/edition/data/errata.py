"""Errata (data/errata.yml): the corrections of the text, its apparatus and its translation made
after they were published, each dated (FRUS style: a dated list, newest first on the page).

Each names the heading, paragraph or note it corrects (report/anchor, checked against the text),
what was wrong and what it is now, in both languages.
"""

from __future__ import annotations

import datetime
from collections.abc import Collection
from pathlib import Path
from typing import Literal

from pydantic import RootModel

from .. import yamlfile
from ..errors import InputErrors
from ..model.meta import Bilingual, Strict


class Erratum(Strict):
    date: datetime.date  # when the correction was made (YYYY-MM-DD)
    target: str  # report/anchor: the heading, paragraph or note corrected
    kind: Literal["text", "apparatus", "translation"]
    was: Bilingual  # what was wrong
    now: Bilingual  # what it is now


class ErrataList(RootModel[list[Erratum]]):
    pass


def load_errata(path: Path, targets: Collection[str]) -> list[Erratum]:
    """The errata, newest first (``targets``: every report/anchor of the edition)."""
    if not path.exists():
        return []
    loaded = yamlfile.load(path, ErrataList)
    errors = [
        loaded.error(f"target: no heading, paragraph or note {erratum.target!r}", index, "target")
        for index, erratum in enumerate(loaded.data.root)
        if erratum.target not in targets
    ]
    if errors:
        raise InputErrors(errors)
    return sorted(loaded.data.root, key=lambda erratum: erratum.date, reverse=True)
