"""Events (data/events.yml): every dated event the reports describe, validated against the
registry (participants, place) and the document model (paragraphs, notes)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Literal

from pydantic import Field, RootModel, model_validator

from . import yamldata
from .errors import InputError
from .metadata import Bilingual, Strict
from .model import Report
from .names import NameTable

DATE = r"^\d{4}(-\d{2}(-\d{2})?)?$"


class When(Strict):
    start: str = Field(pattern=DATE)
    end: str | None = Field(default=None, pattern=DATE)
    precision: Literal["day", "month", "year", "span", "approximate"]

    @model_validator(mode="after")
    def consistent(self) -> When:
        parts = [int(p) for p in self.start.split("-")]
        date(parts[0], *(parts[1:] + [1] * (3 - len(parts))))  # raises on 2015-13 or 2015-02-30
        if (self.precision == "span") != (self.end is not None):
            raise ValueError("a span has an end date, and only a span")
        expected = {"day": 3, "month": 2, "year": 1}.get(self.precision)
        if expected and len(parts) != expected:
            raise ValueError(f"precision {self.precision} does not match {self.start!r}")
        return self

    @property
    def sort_key(self) -> str:
        return self.start


class Event(Strict):
    id: str = Field(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$")
    date: When
    title: Bilingual
    summary: Bilingual
    participants: list[str]
    place: str | None = None
    paragraphs: list[str] = Field(min_length=1)
    notes: list[str] = Field(default_factory=list)


class EventList(RootModel[list[Event]]):
    pass


def load_events(path: Path, names: NameTable, reports: list[Report]) -> list[Event]:
    """The events in date order; an unknown actor, place, paragraph or note is an error."""
    data, node = yamldata.load_with_node(path, EventList)
    events, lines = data.root, [item.start_mark.line + 1 for item in node.value]
    targets = {f"{r.meta.id}/{b.id}" for r in reports for c in r.chapters for b in [c.heading, *c.blocks]} | {
        f"{r.meta.id}/fn-{n}" for r in reports for n in r.notes
    }
    seen: set[str] = set()
    for event, line in zip(events, lines, strict=True):
        if event.id in seen:
            raise InputError(path, line, f"{event.id}: duplicate event id")
        seen.add(event.id)
        for actor in event.participants:
            if actor not in names.by_id or not names.by_id[actor].is_actor:
                raise InputError(path, line, f"{event.id}: unknown actor {actor!r}")
        if event.place and (event.place not in names.by_id or names.by_id[event.place].kind != "place"):
            raise InputError(path, line, f"{event.id}: unknown place {event.place!r}")
        for target in event.paragraphs + event.notes:
            if target not in targets:
                raise InputError(path, line, f"{event.id}: no paragraph or note {target!r}")
    return sorted(events, key=lambda e: (e.date.sort_key, e.id))
