"""Registry and events → generated pages: one per actor and per event, indexes, the timeline.

All pages exist in both languages with the same file names and anchors.
"""

from __future__ import annotations

import html
from collections import Counter, defaultdict
from dataclasses import dataclass

from . import markdown as md
from .events import Event
from .mentions import Mention
from .model import Report
from .names import ACTOR_KINDS, Name, NameTable
from .pages import Labels, chapter_title, letter

MONTHS = "January February March April May June July August September October November December".split()


@dataclass(frozen=True)
class Registry:
    """Everything the registry pages of one language need."""

    lang: str
    labels: Labels
    names: NameTable
    events: list[Event]
    reports: list[Report]
    mentions: list[Mention]
    site_root: str  # from this language's root folder to the site's: "" (default language) or "../"

    def name(self, entry: Name) -> str:
        return entry.ja[0] if self.lang == "ja" else entry.en

    def actors(self) -> list[Name]:
        return [entry for entry in self.names.root if entry.is_actor]

    def sorted(self, entries: list[Name]) -> list[Name]:
        """Japanese by reading (gojūon), English alphabetically."""
        return sorted(entries, key=lambda e: ((e.reading or "") if self.lang == "ja" else e.en.casefold(), e.id))

    def report(self, report_id: str) -> Report:
        return next(r for r in self.reports if r.meta.id == report_id)


def format_date(event: Event, lang: str, labels: Labels) -> str:
    def one(value: str) -> str:
        parts = [int(p) for p in value.split("-")]
        if lang == "ja":
            return "".join(f"{n}{unit}" for n, unit in zip(parts, "年月日", strict=False))
        if len(parts) == 3:
            return f"{parts[2]} {MONTHS[parts[1] - 1]} {parts[0]}"
        return f"{MONTHS[parts[1] - 1]} {parts[0]}" if len(parts) == 2 else str(parts[0])

    when = event.date
    text = one(when.start) + (f"–{one(when.end)}" if when.end else "")
    if when.precision == "approximate":
        text = f"{text}頃" if lang == "ja" else f"c. {text}"
    return text


def _link(entry: Name, registry: Registry, prefix: str = "") -> str:
    return f"[{md.escape(registry.name(entry))}]({prefix}{entry.id}.md)"


def _event_link(event: Event, registry: Registry, prefix: str = "") -> str:
    title = getattr(event.title, registry.lang)
    return (
        f"{md.escape(format_date(event, registry.lang, registry.labels))} [{md.escape(title)}]({prefix}{event.id}.md)"
    )


def _paragraph_link(target: str, registry: Registry) -> str:
    """Markdown link, from a page one level down, to a ``report/anchor`` paragraph or note."""
    report_id, anchor = target.split("/")
    report = registry.report(report_id)
    for chapter in report.chapters:
        if anchor in [b.id for b in [chapter.heading, *chapter.blocks]] or (
            anchor.startswith("fn-") and int(anchor[3:]) in chapter.note_numbers
        ):
            label = f"{registry.labels.report_label.format(letter=letter(report, registry.reports))} §{anchor}"
            return f"[{md.escape(label)}](../{report_id}/{chapter.id}.md#{anchor})"
    raise KeyError(target)


def actor_page(entry: Name, registry: Registry) -> str:
    labels, lang = registry.labels, registry.lang
    mine = [m for m in registry.mentions if m.actor == entry.id]
    parts = [f"# {md.escape(registry.name(entry))} {{: #actor }}"]
    rows = [
        (labels.names, f"{entry.ja[0]} / {entry.en}"),
        (labels.forms, "、".join([*entry.ja, *(c.form for c in entry.contextual)])),
        (labels.reading, entry.reading or ""),
    ]
    parts.append(f'<p class="edition-kind">{html.escape(labels.kind[entry.kind])}</p>')
    parts.append("\n".join(f"{md.escape(k)}\n:   {md.mark_japanese(md.escape(v), lang)}\n" for k, v in rows if v))
    if entry.description:
        parts += [f"## {labels.description} {{: #description }}", md.escape(getattr(entry.description, lang))]
    if entry.roles:
        table = [f"| {labels.when} | {labels.roles} | {labels.filter_report} |", "|---|---|---|"]
        for role in entry.roles:
            report = registry.report(role.report)
            report_label = labels.report_label.format(letter=letter(report, registry.reports))
            table.append(f"| {role.when} | {md.escape(getattr(role, lang))} | {report_label} |")
        parts += [f"## {labels.roles} {{: #roles }}", "\n".join(table)]

    parts.append(f"## {labels.mentions} {{: #mentions }}")
    parts.append(md.escape(labels.mentions_count.format(n=len(mine))))
    by_place: dict[tuple[str, str], list[Mention]] = defaultdict(list)
    for mention in mine:
        by_place[(mention.report, mention.chapter)].append(mention)
    for (report_id, chapter_id), group in by_place.items():
        report = registry.report(report_id)
        title = labels.report_label.format(letter=letter(report, registry.reports))
        chapter = next((c for c in report.chapters if c.id == chapter_id), None)
        where = chapter_title(chapter, lang, labels) if chapter else md.escape(getattr(report.meta.title, lang))
        page = f"../{report_id}/{chapter_id}.md"
        items = []
        for m in group:
            left, text, right = (md.mark_japanese(md.escape(part), lang) for part in (m.left, m.text, m.right))
            kwic = f"…{left}**{text}**{right}…"
            anchor = m.anchor if chapter else report_id
            items.append(f"- {kwic} [§{anchor}]({page}#{anchor})")
        heading = f"### {md.escape(title)}: {md.escape(where)} ({len(group)}) {{: #in-{report_id}-{chapter_id} }}"
        parts.append(heading + "\n\n" + "\n".join(items))

    anchors = {(m.report, m.anchor) for m in mine}
    together = Counter(m.actor for m in registry.mentions if (m.report, m.anchor) in anchors and m.actor != entry.id)
    if together:
        parts.append(f"## {labels.cooccurring} {{: #cooccurring }}")
        parts.append(
            "\n".join(
                f"- {_link(registry.names.by_id[actor], registry)} ({count})"
                for actor, count in sorted(together.items(), key=lambda item: (-item[1], item[0]))
            )
        )
    related = [e for e in registry.events if entry.id in e.participants or e.place == entry.id]
    if related:
        parts.append(f"## {labels.related_events} {{: #events }}")
        parts.append("\n".join(f"- {_event_link(e, registry, '../events/')}" for e in related))
    return md.front_matter({"title": registry.name(entry)}) + "\n\n".join(parts) + "\n"


def event_page(event: Event, registry: Registry) -> str:
    labels, lang = registry.labels, registry.lang
    index = registry.events.index(event)
    rows = [(labels.date, f"{format_date(event, lang, labels)} ({labels.precision[event.date.precision]})")]
    place = registry.names.by_id.get(event.place or "")
    body = "\n".join(f"{md.escape(k)}\n:   {md.escape(v)}\n" for k, v in rows)
    if place:
        body += f"\n{md.escape(labels.place)}\n:   {_link(place, registry, '../actors/')}\n"
    if event.participants:
        people = "、".join if lang == "ja" else ", ".join
        links = people(_link(registry.names.by_id[a], registry, "../actors/") for a in event.participants)
        body += f"\n{md.escape(labels.participants)}\n:   {links}\n"
    sources = [_paragraph_link(target, registry) for target in event.paragraphs + event.notes]
    parts = [
        f"# {md.escape(getattr(event.title, lang))} {{: #event }}",
        body,
        md.escape(getattr(event.summary, lang)),
        f"## {labels.sources} {{: #sources }}",
        "\n".join(f"- {link}" for link in sources),
    ]
    neighbours = []
    if index > 0:
        neighbours.append(f"{labels.previous}: {_event_link(registry.events[index - 1], registry)}")
    if index + 1 < len(registry.events):
        neighbours.append(f"{labels.next}: {_event_link(registry.events[index + 1], registry)}")
    parts.append("\n\n".join(neighbours))
    return md.front_matter({"title": getattr(event.title, lang)}) + "\n\n".join(parts) + "\n"


def actors_index(registry: Registry) -> str:
    labels = registry.labels
    counts = Counter(m.actor for m in registry.mentions)
    parts = [f"# {md.escape(labels.actors)} {{: #actors }}", labels.actors_intro, _data_links(registry)]
    for kind in ACTOR_KINDS:
        entries = registry.sorted([e for e in registry.actors() if e.kind == kind])
        parts.append(f"## {labels.kinds[kind]} {{: #{kind} }}")
        parts.append("\n".join(f"- {_link(e, registry)} ({counts[e.id]})" for e in entries))
    return md.front_matter({"title": labels.actors}) + "\n\n".join(parts) + "\n"


def _data_links(registry: Registry) -> str:
    """Links to the language-neutral exports at the site root. Raw HTML: mkdocs-static-i18n
    gives the non-default languages no copy of docs/data/ to validate Markdown links against."""
    files = ["actors.json", "actors.csv", "events.json", "events.csv", "events.ics"]
    root = "../" + registry.site_root
    links = " · ".join(f'<a href="{root}data/{name}" download>{name}</a>' for name in files)
    return f"{registry.labels.data_intro} {links}"


def events_index(registry: Registry) -> str:
    labels = registry.labels
    parts = [f"# {md.escape(labels.events)} {{: #events }}", labels.events_intro, _data_links(registry)]
    parts.append("\n".join(f"- {_event_link(e, registry)}" for e in registry.events))
    return md.front_matter({"title": labels.events}) + "\n\n".join(parts) + "\n"


def _reports_of(event: Event) -> list[str]:
    return sorted({target.split("/")[0] for target in event.paragraphs})


def timeline_svg(registry: Registry) -> str:
    """A picture of the timeline: 2000 to the last year on a scale, earlier events in a band."""
    width, height, left, band = 880, 150, 110, 60
    start = 2000
    end = max(int(e.date.start[:4]) for e in registry.events) + 1
    colours = {("report-a",): "#3f51b5", ("report-b",): "#e65100", ("report-a", "report-b"): "#7b1fa2"}

    def x(event: Event) -> float:
        parts = [int(p) for p in event.date.start.split("-")] + [1, 1]
        year = parts[0] + (parts[1] - 1) / 12 + (parts[2] - 1) / 365
        return left + (year - start) / (end - start) * (width - left - 20)

    out = [
        f'<svg class="edition-timeline" viewBox="0 0 {width} {height}" role="group" '
        f'aria-label="{html.escape(registry.labels.timeline)}" xmlns="http://www.w3.org/2000/svg">',
        f'<line x1="{left}" y1="90" x2="{width - 20}" y2="90" stroke="currentColor"/>',
    ]
    for year in range(start, end + 1, 2):
        px = left + (year - start) / (end - start) * (width - left - 20)
        out.append(f'<line x1="{px:.1f}" y1="86" x2="{px:.1f}" y2="94" stroke="currentColor"/>')
        out.append(f'<text x="{px:.1f}" y="112" font-size="11" text-anchor="middle" fill="currentColor">{year}</text>')
    out.append(f'<text x="{band / 2 + 10:.0f}" y="112" font-size="11" text-anchor="middle" fill="currentColor">')
    out.append(f"{html.escape(registry.labels.earlier)}</text>")
    stack: Counter[int] = Counter()
    earlier = [e for e in registry.events if int(e.date.start[:4]) < start]
    for event in registry.events:
        px = 20 + (earlier.index(event) + 0.5) * band / len(earlier) if event in earlier else x(event)
        slot = round(px / 6)
        stack[slot] += 1
        py = 90 - 10 * stack[slot]
        colour = colours[tuple(_reports_of(event))]
        title = html.escape(
            f"{format_date(event, registry.lang, registry.labels)} {getattr(event.title, registry.lang)}"
        )
        out.append(
            f'<a href="events/{event.id}.html"><circle cx="{px:.1f}" cy="{py}" r="4" fill="{colour}">'
            f"<title>{title}</title></circle></a>"
        )
    out.append("</svg>")
    return "".join(out)


def timeline(registry: Registry) -> str:
    labels, lang = registry.labels, registry.lang
    actors = registry.sorted([registry.names.by_id[a] for a in {a for e in registry.events for a in e.participants}])
    options = "".join(f'<option value="{e.id}">{html.escape(registry.name(e))}</option>' for e in actors)
    reports = "".join(
        f'<option value="{r.meta.id}">{html.escape(labels.report_label.format(letter=letter(r, registry.reports)))}'
        "</option>"
        for r in registry.reports
    )
    form = (
        '<form class="edition-timeline-filter" data-timeline-filter>'
        f'<label>{html.escape(labels.filter_actor)} <select name="actor"><option value="">{html.escape(labels.all)}'
        f"</option>{options}</select></label> "
        f'<label>{html.escape(labels.filter_report)} <select name="report"><option value="">'
        f"{html.escape(labels.all)}</option>{reports}</select></label></form>"
    )
    items = []
    for event in registry.events:
        precision = labels.precision[event.date.precision]
        attributes = f'data-actors="{" ".join(event.participants)}" data-reports="{" ".join(_reports_of(event))}"'
        items.append(
            f'<li {attributes}><a href="events/{event.id}.html">'
            f"<strong>{html.escape(format_date(event, lang, labels))}</strong> "
            f"({html.escape(precision)}) {html.escape(getattr(event.title, lang))}</a></li>"
        )
    parts = [
        f"# {md.escape(labels.timeline)} {{: #timeline }}",
        labels.timeline_intro,
        timeline_svg(registry),
        form,
        f'<ol class="edition-timeline-list" data-timeline>{"".join(items)}</ol>',
    ]
    return md.front_matter({"title": labels.timeline}) + "\n\n".join(parts) + "\n"


def registry_files(registry: Registry) -> dict[str, str]:
    lang = registry.lang
    files = {
        f"{lang}/actors/index.md": actors_index(registry),
        f"{lang}/events/index.md": events_index(registry),
        f"{lang}/timeline.md": timeline(registry),
    }
    for entry in registry.actors():
        files[f"{lang}/actors/{entry.id}.md"] = actor_page(entry, registry)
    for event in registry.events:
        files[f"{lang}/events/{event.id}.md"] = event_page(event, registry)
    return files
