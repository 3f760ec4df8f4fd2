"""Events (data/events.yml): every dated event the reports describe, validated against the
registry (participants, place) and the document model (paragraphs, notes)."""

from __future__ import annotations

from collections.abc import Collection
from functools import cached_property
from pathlib import Path
from typing import Literal

from pydantic import Field, RootModel, model_validator

from .. import yamlfile
from ..errors import InputError, InputErrors
from ..model import ids
from ..model.dates import PartialDate
from ..model.meta import Bilingual, IsoDate, Slug, Strict
from .names import NameTable


class When(Strict):
    start: IsoDate
    end: IsoDate | None = None
    precision: Literal["day", "month", "year", "span", "approximate"]

    @model_validator(mode="after")
    def consistent(self) -> When:
        start = PartialDate.parse(self.start)  # raises on 2015-13 or 2015-02-30
        if self.end:
            PartialDate.parse(self.end)
        if (self.precision == "span") != (self.end is not None):
            raise ValueError("a span has an end date, and only a span")
        if self.precision in ("day", "month", "year") and start.precision != self.precision:
            raise ValueError(f"precision {self.precision} does not match {self.start!r}")
        return self

    @cached_property
    def first(self) -> PartialDate:
        return PartialDate.parse(self.start)

    @cached_property
    def last(self) -> PartialDate | None:
        return PartialDate.parse(self.end) if self.end else None


class Event(Strict):
    id: Slug
    date: When
    title: Bilingual
    summary: Bilingual
    participants: list[str]
    place: str | None = None
    paragraphs: list[str] = Field(min_length=1)
    notes: list[str] = Field(default_factory=list)

    @property
    def reports(self) -> list[str]:
        """The reports that describe it."""
        return sorted({ids.split_target(target)[0] for target in self.paragraphs})


class EventList(RootModel[list[Event]]):
    pass


def load_events(path: Path, names: NameTable, targets: Collection[str]) -> list[Event]:
    """The events in date order; an unknown actor, place, paragraph or note (``targets``: every
    ``report/anchor`` of the edition) is an error."""
    loaded = yamlfile.load(path, EventList)
    errors: list[InputError] = []
    seen: set[str] = set()
    for index, event in enumerate(loaded.data.root):
        line = loaded.line(index)
        problems = []
        if event.id in seen:
            problems.append("duplicate event id")
        seen.add(event.id)
        problems += [
            f"unknown actor {actor!r}"
            for actor in event.participants
            if actor not in names.by_id or not names.by_id[actor].is_actor
        ]
        if event.place and (event.place not in names.by_id or names.by_id[event.place].kind != "place"):
            problems.append(f"unknown place {event.place!r}")
        problems += [f"no paragraph or note {t!r}" for t in event.paragraphs + event.notes if t not in targets]
        errors += [InputError(path, line, f"{event.id}: {problem}") for problem in problems]
    if errors:
        raise InputErrors(errors)
    return sorted(loaded.data.root, key=lambda e: (e.date.first.sort_key, e.id))
