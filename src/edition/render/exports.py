"""Data exports of the registry and the events: JSON-LD and CSV for actors; JSON, CSV and
iCalendar for events. Written under docs/data/ (language-neutral, every language links them)."""

from __future__ import annotations

import csv
import io
import json
from datetime import date

from ..data.events import Event
from ..data.names import NameTable
from ..edition import Edition

SCHEMA_TYPES = {"person": "Person", "state": "Country", "organisation": "Organization", "place": "Place"}


def actors_jsonld(names: NameTable, mention_counts: dict[str, int], languages: list[str]) -> str:
    """``languages``: the translations' first, then the sources' (names and descriptions in each)."""
    graph = []
    for entry in names.root:
        if not entry.is_actor:
            continue
        item = {
            "@id": f"#{entry.id}",
            "@type": SCHEMA_TYPES[entry.kind],
            "identifier": entry.id,
            "name": [{"@value": entry.name_in(lang), "@language": lang} for lang in languages],
            "alternateName": [
                {"@value": form, "@language": lang} for lang in reversed(languages) for form in entry.forms_in(lang)[1:]
            ],
            "description": [{"@value": getattr(entry.description, lang), "@language": lang} for lang in languages],
            "url": f"../actors/{entry.id}.html",  # from data/, where this file is
            "mentions": mention_counts.get(entry.id, 0),
        }
        if entry.roles:
            item["hasOccupation"] = [
                {"@type": "Role", "roleName": role.en, "alternateName": role.ja, "startDate": role.when.split("/")[0]}
                for role in entry.roles
            ]
        graph.append(item)
    document = {"@context": {"@vocab": "https://schema.org/", "mentions": None}, "@graph": graph}
    return json.dumps(document, ensure_ascii=False, indent=1) + "\n"


def _csv(rows: list[list[object]]) -> str:
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows(rows)
    return out.getvalue()


def actors_csv(names: NameTable, mention_counts: dict[str, int]) -> str:
    rows: list[list[object]] = [
        ["id", "kind", "name_en", "name_ja", "reading", "forms_ja", "mentions", "description_en"]
    ]
    for entry in names.root:
        if entry.is_actor:
            assert entry.description is not None
            rows.append(
                [
                    entry.id,
                    entry.kind,
                    entry.en,
                    entry.ja[0],
                    entry.reading,
                    "|".join(entry.ja),
                    mention_counts.get(entry.id, 0),
                    entry.description.en,
                ]
            )
    return _csv(rows)


def _event_dict(event: Event) -> dict[str, object]:
    return event.model_dump(mode="json", exclude_none=True)


def events_json(events: list[Event]) -> str:
    return json.dumps([_event_dict(e) for e in events], ensure_ascii=False, indent=1) + "\n"


def events_csv(events: list[Event]) -> str:
    rows: list[list[object]] = [
        ["id", "start", "end", "precision", "title_en", "title_ja", "participants", "place", "paragraphs"]
    ]
    for e in events:
        rows.append(
            [
                e.id,
                e.date.start,
                e.date.end or "",
                e.date.precision,
                e.title.en,
                e.title.ja,
                "|".join(e.participants),
                e.place or "",
                "|".join(e.paragraphs),
            ]
        )
    return _csv(rows)


def _ics_text(text: str) -> str:
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def _fold(line: str) -> str:
    """RFC 5545 line folding at 75 octets."""
    data, out = line.encode("utf-8"), []
    while len(data) > 75:
        cut = 75
        while (data[cut] & 0xC0) == 0x80:  # do not split a UTF-8 sequence
            cut -= 1
        out.append(data[:cut].decode())
        data = b" " + data[cut:]
    out.append(data.decode())
    return "\r\n".join(out)


def _ics_date(value: date) -> str:
    return value.strftime("%Y%m%d")


def events_ics(events: list[Event]) -> str:
    """Dates of month or year precision start on the first day; the precision is stated."""
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//ruskor-edition//events//EN", "CALSCALE:GREGORIAN"]
    for e in events:
        lines += [
            "BEGIN:VEVENT",
            f"UID:{e.id}@ruskor-edition",
            f"DTSTAMP:{_ics_date(e.date.first.first_day)}T000000Z",
            f"DTSTART;VALUE=DATE:{_ics_date(e.date.first.first_day)}",
        ]
        if e.date.last:  # DTEND is exclusive (RFC 5545): the day after the span's last period
            lines.append(f"DTEND;VALUE=DATE:{_ics_date(e.date.last.after_last_day())}")
        lines += [
            f"SUMMARY:{_ics_text(e.title.en)}",
            f"DESCRIPTION:{_ics_text(e.summary.en + f' (date precision: {e.date.precision})')}",
            f"X-EDITION-DATE-PRECISION:{e.date.precision}",
            "END:VEVENT",
        ]
    lines.append("END:VCALENDAR")
    return "\r\n".join(_fold(line) for line in lines) + "\r\n"


def data_files(edition: Edition) -> dict[str, str]:
    """The exports, language-neutral (the mention counts are the sources' language's)."""
    names, events = edition.names, edition.events
    source = edition.source_language
    mention_counts = edition.mention_counts(source)
    languages = [locale.lang for locale in edition.locales if locale.lang != source] + [source]
    return {
        "data/actors.json": actors_jsonld(names, mention_counts, languages),
        "data/actors.csv": actors_csv(names, mention_counts),
        "data/events.json": events_json(events),
        "data/events.csv": events_csv(events),
        "data/events.ics": events_ics(events),
    }
