"""The registry's pages in one language: one per actor and per event, the indexes, the timeline.

All pages exist in every language with the same file names and anchors.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass

from ..data.events import Event
from ..data.locales import Locale
from ..data.names import ACTOR_KINDS, Name
from ..edition import Edition
from ..mentions import Mention
from ..model import ids
from ..model.collation import sort_key
from ..model.dates import PartialDate
from . import md
from .fragments import Fragments
from .reports import chapter_title, place_label

TOP = 10  # co-occurring actors shown before the rest is folded
DATA_FILES = ("actors.json", "actors.csv", "events.json", "events.csv", "events.ics")
START = 2000  # the timeline's first year column; earlier events share one column before it


@dataclass(frozen=True)
class Chart:
    columns: list[dict[str, object]]  # label, from, to (the years it filters to), marks
    rows: int  # the tallest column's marks
    legend: list[tuple[str, str]]  # (mark, label)
    years: list[int]  # the choices of the range filter


class RegistryPages:
    def __init__(self, edition: Edition, locale: Locale, fragments: Fragments) -> None:
        self.edition, self.locale, self.fragments = edition, locale, fragments
        self.labels = locale.labels
        self.mentions = edition.mentions[locale.lang]

    def name(self, entry: Name) -> str:
        return entry.name_in(self.locale.lang)

    def ordered(self, entries: list[Name]) -> list[Name]:
        """In the locale's index order, collated: by reading (五十音, family name first), or by name."""
        if self.locale.conventions.index_order == "reading":
            return sorted(entries, key=lambda e: (sort_key(e.reading or ""), e.id))
        return sorted(entries, key=lambda e: (sort_key(self.name(e)), e.id))

    def _when(self, event: Event) -> str:
        """The date itself: day, month or year, a span, a part of a month or year, approximate."""
        when, locale = event.date, self.locale
        conventions = locale.conventions
        text = locale.date(when.first) + (f"–{locale.date(when.last)}" if when.last else "")
        if when.part:
            text = conventions.date_parts["year" if when.first.precision == "year" else "month"][when.part].format(
                date=text
            )
        return conventions.approximate.format(date=text) if when.precision == "approximate" else text

    def date(self, event: Event) -> str:
        """The date as the report gives it, in the locale's words (「2010年3月下旬」, "late March
        2010", "after 13 December 2010", "2016 (inferred)")."""
        when, conventions = event.date, self.locale.conventions
        if when.after:
            text = conventions.after.format(date=self._when(self.edition.event(when.after)))
        elif when.before:
            text = conventions.before.format(date=self._when(self.edition.event(when.before)))
        else:
            text = self._when(event)
        if when.certainty == "believed":
            text = conventions.believed.format(date=text)
        return conventions.inferred.format(date=text) if when.basis == "inferred" else text

    def link(self, entry: Name, prefix: str = "") -> str:
        return f"[{md.escape(self.name(entry))}]({prefix}{entry.id}.md)"

    def event_link(self, event: Event, prefix: str = "") -> str:
        title = self.locale.text(event.title)
        return f"{md.escape(self.date(event))} [{md.escape(title)}]({prefix}{event.id}.md)"

    def paragraph_link(self, target: str) -> str:
        """Markdown link, from a page one level down, to a ``report/anchor`` paragraph or note."""
        report_id, anchor = ids.split_target(target)
        chapter = self.edition.report(self.locale.lang, report_id).chapter_of(anchor)
        assert chapter is not None  # the events were checked against the reports
        label = self.locale.join(
            [self.edition.report_label(self.locale, report_id), self.place_label(report_id, anchor)]
        )
        return f"[{md.escape(label)}](../{report_id}/{chapter.id}.md#{anchor})"

    def _texts(self) -> dict[tuple[str, str], str]:
        """The plain text of every segment of this language's reports: (report, anchor) → text."""
        if not hasattr(self, "_segment_texts"):
            self._segment_texts = {
                (report.meta.id, segment.id): segment.text
                for report in self.edition.reports[self.locale.lang]
                for segment in report.walk()
            }
        return self._segment_texts

    def excerpt(self, mention: Mention) -> str:
        """The whole sentence of a mention, the name in bold (Markdown, marked foreign runs)."""
        text = self._texts().get((mention.report, mention.anchor))
        lang, source = self.locale.lang, self.edition.source_language
        if text is None:  # the title block of a report
            left, right = mention.left, mention.right
        else:
            # a sentence ends at one of the locale's marks; an ASCII one only before a space or the
            # end of the text (not the "." inside a URL or "U.S.")
            marks = self.locale.labels.sentence_ends
            ascii_marks = re.escape("".join(c for c in marks if c.isascii())) or "^\\s\\S"
            other_marks = re.escape("".join(c for c in marks if not c.isascii())) or "^\\s\\S"
            boundaries = [m.end() for m in re.finditer(rf"[{ascii_marks}](?=\s|$)|[{other_marks}]", text)]
            start = max((b for b in boundaries if b <= mention.start), default=0)
            end = min((b for b in boundaries if b >= mention.end), default=len(text))
            left, right = text[start : mention.start].lstrip(), text[mention.end : end]
        parts = (md.mark_foreign(md.escape(part), lang, source) for part in (left, mention.text, right))
        return "{}**{}**{}".format(*parts)

    def place_label(self, report_id: str, anchor: str) -> str:
        return place_label(self.edition, self.locale, report_id, anchor)

    def actor_page(self, entry: Name) -> str:
        labels, locale, edition = self.labels, self.locale, self.edition
        mine = [m for m in self.mentions if m.actor == entry.id]
        source = edition.source_language
        name = self.name(entry)
        description = md.escape(locale.text(entry.description)) if entry.description else ""
        kind = md.escape(labels.kind[entry.kind])
        lead = labels.lead.format(name=md.escape(name), kind=kind, description=description)
        rows = [
            (labels.names, f"{entry.name_in(source)} / {entry.en}"),
            (labels.forms, locale.join([*entry.forms_in(source), *(c.form for c in entry.contextual)])),
            (labels.reading, entry.reading or ""),
        ]
        if entry.given_name_supplied:
            rows.append((labels.names, labels.given_name_supplied))
        if entry.headword:
            rows.append((labels.names, labels.headword_supplied))
        definitions = [(md.escape(k), md.mark_foreign(md.escape(v), locale.lang, source)) for k, v in rows if v]
        if entry.source:
            definitions.append(
                (
                    md.escape(labels.source_record),
                    f"[{md.escape(labels.bibliography)}](../bibliography.md#{ids.source(entry.source)})",
                )
            )
        # the lead keeps the published anchor of the former "Description" section
        parts = [md.heading(1, md.escape(name), "actor"), f"{lead}\n{{: #description }}", md.definitions(definitions)]
        if entry.roles:
            table = [f"| {labels.when} | {labels.role} | {labels.filter_report} |", "|---|---|---|"]
            for role in entry.roles:
                first, _, last = role.when.partition("/")
                when = locale.date(PartialDate.parse(first))
                if last:
                    when += f"–{locale.date(PartialDate.parse(last))}"
                table.append(
                    f"| {when} | {md.escape(locale.text(role))} | {edition.report_label(locale, role.report)} |"
                )
            parts += [md.heading(2, labels.roles, "roles"), "\n".join(table)]

        parts.append(md.heading(2, labels.mentions, "mentions"))
        count = labels.mentions_count.format(n=len(mine))
        other = len([m for m in edition.mentions[source] if m.actor == entry.id])
        if locale.lang != source and other != len(mine):
            count += labels.mentions_in_other.format(n=other)
        parts.append(md.escape(count))
        by_place: dict[tuple[str, str], list[Mention]] = defaultdict(list)
        for mention in mine:
            by_place[(mention.report, mention.chapter)].append(mention)
        for (report_id, chapter_id), group in by_place.items():
            report = edition.report(locale.lang, report_id)
            chapter = next((c for c in report.chapters if c.id == chapter_id), None)
            where = chapter_title(chapter, locale) if chapter else locale.text(report.meta.title)
            page = f"../{report_id}/{chapter_id}.md"
            items = []
            for m in group:
                anchor = m.anchor if chapter else report_id
                place = self.place_label(report_id, m.anchor) if chapter else where
                items.append(f"{self.excerpt(m)} ([{md.escape(place)}]({page}#{anchor}))")
            title, conventions = edition.report_label(locale, report_id), locale.conventions
            heading = md.heading(
                3,
                md.escape(f"{title}{conventions.colon}{where}{conventions.parentheses.format(text=len(group))}"),
                f"in-{report_id}-{chapter_id}",
            )
            parts.append(heading + "\n\n" + md.bullets(items))

        related = [e for e in edition.events if entry.id in edition.actors_of(e)]
        if related:
            parts.append(md.heading(2, labels.related_events, "events"))
            parts.append(md.bullets([self.event_link(e, "../events/") for e in related]))
        # counted in the sources' text, so that both languages give the same figures
        in_source = edition.mentions[source]
        anchors = {(m.report, m.anchor) for m in in_source if m.actor == entry.id}
        together = Counter(
            m.actor
            for m in {(m.report, m.anchor, m.actor): m for m in in_source}.values()
            if (m.report, m.anchor) in anchors and m.actor != entry.id
        )
        if together:
            ranked = sorted(together.items(), key=lambda item: (-item[1], item[0]))
            rows_md = [f"| {self.link(edition.names.by_id[a])} | {n} |" for a, n in ranked]
            header = [f"| {labels.actors} | {labels.paragraphs_together} |", "|---|---|"]
            parts.append(md.heading(2, labels.cooccurring, "cooccurring"))
            parts.append("\n".join(header + rows_md[:TOP]))
            if len(ranked) > TOP:
                rest = [(f"{a}.html", self.name(edition.names.by_id[a]), n) for a, n in ranked[TOP:]]
                summary = labels.more.format(n=len(rest))
                headers = [labels.actors, labels.paragraphs_together]
                parts.append(self.fragments.render("more.html", summary=summary, headers=headers, rows=rest))
        return md.page({"title": name}, parts)

    def event_page(self, event: Event) -> str:
        labels, locale, names = self.labels, self.locale, self.edition.names
        events = self.edition.events
        index = events.index(event)
        when = event.date
        basis = labels.basis[when.basis].format(evidence=locale.text(when.evidence) if when.evidence else "")
        rows = [(md.escape(labels.date), md.escape(self.date(event))), (md.escape(labels.date_basis), md.escape(basis))]
        place = names.by_id.get(event.place or "")
        if place:
            rows.append((md.escape(labels.place), self.link(place, "../actors/")))
        if event.participants:
            links = locale.join([self.link(names.by_id[a], "../actors/") for a in event.participants])
            rows.append((md.escape(labels.participants), links))
        sources = [self.paragraph_link(target) for target in event.paragraphs + event.notes]
        neighbours = []
        if index > 0:
            neighbours.append(f"{labels.previous}{locale.conventions.colon}{self.event_link(events[index - 1])}")
        if index + 1 < len(events):
            neighbours.append(f"{labels.next}{locale.conventions.colon}{self.event_link(events[index + 1])}")
        parts = [
            md.heading(1, md.escape(locale.text(event.title)), "event"),
            md.escape(locale.text(event.summary)),  # the lead: what happened, as the reports tell it
            md.definitions(rows),
            md.heading(2, labels.sources, "sources"),
            md.bullets(sources),
            "\n\n".join(neighbours),
        ]
        return md.page({"title": locale.text(event.title)}, parts)

    def data_links(self) -> str:
        root = "../" + self.locale.site_root
        return self.fragments.inline("data_links", self.labels.data_intro, root, DATA_FILES)

    def actors_index(self) -> str:
        labels, counts = self.labels, self.edition.mention_counts(self.locale.lang)
        parts = [md.heading(1, md.escape(labels.actors), "actors"), labels.actors_intro, self.data_links()]
        for kind in ACTOR_KINDS:
            entries = self.ordered([e for e in self.edition.names.actors() if e.kind == kind])
            parts.append(md.heading(2, labels.kinds[kind], kind))
            count = self.locale.conventions.parentheses
            parts.append(md.bullets([f"{self.link(e)}{md.escape(count.format(text=counts[e.id]))}" for e in entries]))
        return md.page({"title": labels.actors}, parts)

    def events_index(self) -> str:
        labels = self.labels
        parts = [md.heading(1, md.escape(labels.events), "events"), labels.events_intro, self.data_links()]
        parts.append(md.bullets([self.event_link(e) for e in self.edition.events]))
        return md.page({"title": labels.events}, parts)

    def mark(self, reports: list[str]) -> str:
        """The mark of an event of these reports in the chart, its legend and the list: the
        report's place in report order (a colour and a shape each, in the CSS), or "several"."""
        order = [report.meta.id for report in self.edition.originals]
        return str(order.index(reports[0])) if len(reports) == 1 else "several"

    def chart(self) -> Chart:
        """The timeline's picture: a column per year from 2000 to the last year, one before them
        for the earlier events, each event a mark stacked in the column of its first year (the
        columns are as tall as the tallest, so none is cut); a column's button filters the page
        to its years."""
        events, locale = self.edition.events, self.locale
        end = max([START, *(e.date.first.year for e in events)])
        earlier = [e for e in events if e.date.first.year < START]
        earlier_years = sorted({y for e in earlier for y in (e.date.first.year, (e.date.last or e.date.first).year)})
        spans = [(self.labels.earlier, earlier_years[0], earlier_years[-1], earlier)] if earlier else []
        spans += [(str(y), y, y, [e for e in events if e.date.first.year == y]) for y in range(START, end + 1)]
        columns = [
            {
                "label": label,
                "from": first,
                "to": last,
                "marks": [
                    {"event": e.id, "mark": self.mark(e.reports), "title": f"{self.date(e)} {locale.text(e.title)}"}
                    for e in group
                ],
            }
            for label, first, last, group in spans
        ]
        marks = {self.mark(e.reports) for e in events}
        legend = [
            (self.mark([r.meta.id]), self.edition.report_label(locale, r.meta.id)) for r in self.edition.originals
        ]
        legend = [(mark, label) for mark, label in legend if mark in marks]
        if "several" in marks:
            legend.append(("several", self.labels.several_reports))
        rows = max([1, *(len(group) for *_, group in spans)])
        return Chart(columns, rows, legend, [*earlier_years, *range(START, end + 1)])

    def timeline(self) -> str:
        labels, edition, locale = self.labels, self.edition, self.locale
        concerned = Counter(actor for e in edition.events for actor in edition.actors_of(e))
        count = locale.conventions.parentheses
        actors = [
            (e.id, f"{self.name(e)}{count.format(text=concerned[e.id])}")
            for e in self.ordered([edition.names.by_id[a] for a in concerned])
        ]
        reports = [(r.meta.id, edition.report_label(locale, r.meta.id)) for r in edition.originals]
        items = [
            {
                "id": e.id,
                "actors": sorted(edition.actors_of(e)),
                "reports": e.reports,
                "first": e.date.first.year,
                "last": (e.date.last or e.date.first).year,
                "mark": self.mark(e.reports),
                "href": f"events/{e.id}.html",
                "date": self.date(e),
                "letters": [edition.letter(r) for r in e.reports],
                "title": locale.text(e.title),
            }
            for e in edition.events
        ]
        chart = self.chart()
        widget = self.fragments.render(
            "timeline.html",
            labels=labels,
            chart=chart,
            years=[(year, locale.date(PartialDate(year))) for year in chart.years],
            count=count.format(text="{n}"),
            actors=actors,
            reports=reports,
            items=items,
        )
        parts = [md.heading(1, md.escape(labels.timeline), "timeline"), labels.timeline_intro, widget]
        return md.page({"title": labels.timeline}, parts)

    def files(self) -> dict[str, str]:
        lang = self.locale.lang
        files = {
            f"{lang}/actors/index.md": self.actors_index(),
            f"{lang}/events/index.md": self.events_index(),
            f"{lang}/timeline.md": self.timeline(),
        }
        for entry in self.edition.names.actors():
            files[f"{lang}/actors/{entry.id}.md"] = self.actor_page(entry)
        for event in self.edition.events:
            files[f"{lang}/events/{event.id}.md"] = self.event_page(event)
        return files
