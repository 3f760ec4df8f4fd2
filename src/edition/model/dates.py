"""Dates as the data files write them (``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD``): parsed once."""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from typing import Literal


@dataclass(frozen=True)
class PartialDate:
    """A date known to the year, the month or the day."""

    year: int
    month: int | None = None
    day: int | None = None

    @classmethod
    def parse(cls, value: str) -> PartialDate:
        """Raises ValueError for a malformed or impossible date (2015-13, 2015-02-30)."""
        parts = [int(p) for p in value.split("-")]
        if not 1 <= len(parts) <= 3:
            raise ValueError(f"not a date: {value!r}")
        datetime.date(parts[0], *(parts[1:] + [1] * (3 - len(parts))))
        return cls(*parts)

    @property
    def precision(self) -> Literal["day", "month", "year"]:
        return "day" if self.day else "month" if self.month else "year"

    @property
    def first_day(self) -> datetime.date:
        return datetime.date(self.year, self.month or 1, self.day or 1)

    def after_last_day(self) -> datetime.date:
        """The day after the period ends (an exclusive end, as iCalendar's DTEND)."""
        if self.day:
            return self.first_day + datetime.timedelta(days=1)
        if self.month:
            return datetime.date(self.year + self.month // 12, self.month % 12 + 1, 1)
        return datetime.date(self.year + 1, 1, 1)

    @property
    def fraction(self) -> float:
        """The year as a number, for placing the date on a scale."""
        return self.year + ((self.month or 1) - 1) / 12 + ((self.day or 1) - 1) / 365

    @property
    def sort_key(self) -> str:
        """Earlier first; a date known to the year sorts before the dates within that year."""
        return str(self)

    def __str__(self) -> str:
        return "-".join([f"{self.year:04d}"] + [f"{n:02d}" for n in (self.month, self.day) if n])
