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
    """A date as the report gives it: to the day, month or year, a span, or approximately; a part
    of a month or year (下旬 late, 末 end); relative to another event (``after``: the report
    places it after that one, as with その後 or a reaction); stated by the report or inferred by
    the edition (with the evidence); reported as believed (とみられる)."""

    start: IsoDate
    end: IsoDate | None = None
    precision: Literal["day", "month", "year", "span", "approximate"]
    part: Literal["early", "mid", "late", "end"] | None = None
    after: Slug | None = None
    before: Slug | None = None  # the report places it before that event (a terminus ante quem)
    basis: Literal["stated", "inferred"] = "stated"
    certainty: Literal["believed"] | None = None
    evidence: Bilingual | None = None  # how the edition dates it (required when inferred)

    @model_validator(mode="after")
    def consistent(self) -> When:
        start = PartialDate.parse(self.start)  # raises on 2015-13 or 2015-02-30
        if self.end:
            PartialDate.parse(self.end)
        if (self.precision == "span") != (self.end is not None):
            raise ValueError("a span has an end date, and only a span")
        if self.precision in ("day", "month", "year") and start.precision != self.precision:
            raise ValueError(f"precision {self.precision} does not match {self.start!r}")
        if self.part and self.precision not in ("month", "year"):
            raise ValueError("a part (early, mid, late, end) is of a month or a year")
        if self.after and self.before:
            raise ValueError("an event is placed after another or before another, not both")
        if (self.basis == "inferred") != (self.evidence is not None):
            raise ValueError("an inferred date gives its evidence, and only an inferred one")
        return self

    @cached_property
    def first(self) -> PartialDate:
        return PartialDate.parse(self.start)

    @property
    def sort_key(self) -> str:
        """Its place in date order: a part of a month or year sorts within it (上旬 early in the
        month, 下旬 late, 末 after every dated day of it; 年末 after every month)."""
        key = self.first.sort_key
        if self.part is None:
            return key
        within = {"early": "-0", "mid": "-15", "late": "-21", "end": "~"}
        if self.first.precision == "year":
            within = {"early": "-0", "mid": "-06-15", "late": "-10", "end": "~"}
        return key + within[self.part]

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
    known = {event.id for event in loaded.data.root}
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
        for relation, anchor in (("after", event.date.after), ("before", event.date.before)):
            if anchor and (anchor not in known or anchor == event.id):
                problems.append(f"{relation}: unknown event {anchor!r}")
        errors += [InputError(path, line, f"{event.id}: {problem}") for problem in problems]
    if errors:
        raise InputErrors(errors)
    return in_order(loaded.data.root, path, loaded)


def in_order(events: list[Event], path: Path, loaded: yamlfile.Loaded[EventList]) -> list[Event]:
    """Date order; an event the report places after another sorts right after it (and after
    anything else on its own date), one placed before another right before it (and before anything
    else on that date). A cycle of ``after``/``before`` is an error."""
    by_id = {event.id: event for event in events}
    keys: dict[str, tuple[str, int]] = {}  # (date, rank): rank orders an event around its anchor

    def key(event: Event, chain: tuple[str, ...] = ()) -> tuple[str, int]:
        if event.id in chain:
            raise InputError(
                path, loaded.line(events.index(event)), f"{event.id}: after: a cycle ({' → '.join(chain)})"
            )
        if event.id not in keys:
            own, after, before = event.date.sort_key, event.date.after, event.date.before
            if after:
                date, rank = key(by_id[after], (*chain, event.id))
                keys[event.id] = max((own, 0), (date, rank + 1))
            elif before:  # within its own period, as late as the anchor allows
                date, rank = key(by_id[before], (*chain, event.id))
                keys[event.id] = (date, rank - 1) if date.startswith(own) else min((own, 0), (date, rank - 1))
            else:
                keys[event.id] = (own, 0)
        return keys[event.id]

    return sorted(events, key=lambda e: (*key(e), e.id))
