"""The load stage: every input read and checked, assembled into one immutable ``Edition``.

seeds → parse → document model (``source``), data files → records (``data``), checked against each
other here; the renderers receive the ``Edition`` and never read a file or validate anything.
Every input error the stage can find is reported at once (``errors.InputErrors``).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import cached_property

from .data.annotations import Annotation, load_annotations
from .data.errata import Erratum, load_errata
from .data.events import Event, load_events
from .data.identity import Identity, load_identity
from .data.locales import Locale, load_locales
from .data.names import NameTable, load_names
from .data.releases import History, load_history, snapshot
from .data.sources import Apparatus, load_apparatus
from .data.translation import Status, apply_translation
from .errors import InputError, Problems
from .mentions import Mention, find_mentions
from .model import ids
from .model.document import AnnotationRef, Inline, Report, insert_at, plain_text
from .project import Project
from .source.report import load_report


@dataclass(frozen=True)
class Edition:
    project: Project
    identity: Identity  # title, version, contributors, licence, published address (data/edition.yml)
    source_language: str  # the language of the witnesses
    locales: tuple[Locale, ...]  # the default language first
    reports: dict[str, list[Report]]  # language → the reports in it (the same ids, in the same order)
    statuses: dict[tuple[str, str], Status]  # (language, report) → state of its translation
    names: NameTable
    events: list[Event]
    apparatus: Apparatus
    mentions: dict[str, list[Mention]]  # language → every mention of an actor
    annotations: list[Annotation]  # the edition's own notes (editor's, translator's)
    history: History = field(default_factory=History)  # the releases and what each changed
    errata: list[Erratum] = field(default_factory=list)  # dated corrections, newest first

    def annotations_of(self, report: str, anchors: list[str]) -> list[Annotation]:
        """The edition's notes on these segments of a report, in the order of the segments."""
        targets = [ids.target(report, anchor) for anchor in anchors]
        return sorted((a for a in self.annotations if a.target in targets), key=lambda a: targets.index(a.target))

    def anchor_annotations(
        self, report: Report, content: dict[str, list[Inline]], language: dict[str, str]
    ) -> tuple[dict[str, list[Inline]], list[tuple[int, Annotation, str]]]:
        """The edition's notes on these segments (``content``: id → tokens, in reading order;
        ``language``: id → the language of its text) anchored after their phrases, numbered in
        reading order: the tokens with the marks inserted, and (number, note, phrase) of each."""
        content = dict(content)
        placed = []
        for annotation in self.annotations_of(report.meta.id, list(content)):
            anchor = ids.split_target(annotation.target)[1]
            phrase = getattr(annotation.phrase, language[anchor])
            end = plain_text(content[anchor]).index(phrase) + len(phrase)
            placed.append((list(content).index(anchor), end, annotation, phrase))
        numbered = []
        for number, (_, end, annotation, phrase) in enumerate(sorted(placed, key=lambda p: p[:2]), start=1):
            anchor = ids.split_target(annotation.target)[1]
            content[anchor] = insert_at(content[anchor], end, AnnotationRef(annotation.id, annotation.kind, number))
            numbered.append((number, annotation, phrase))
        return content, numbered

    @property
    def originals(self) -> list[Report]:
        """The reports in the language of the witnesses."""
        return self.reports[self.source_language]

    def locale(self, lang: str) -> Locale:
        return next(locale for locale in self.locales if locale.lang == lang)

    def other_locale(self, locale: Locale) -> Locale:
        """The language a page's alternate is in: the original's for a translation, and for the
        original the first translation."""
        return next(other for other in self.locales if other != locale)

    def report(self, lang: str, report_id: str) -> Report:
        return next(r for r in self.reports[lang] if r.meta.id == report_id)

    def letter(self, report_id: str) -> str:
        """The report's letter (A, B, …): its place in id order."""
        return chr(ord("A") + [r.meta.id for r in self.originals].index(report_id))

    def report_label(self, locale: Locale, report_id: str) -> str:
        return locale.labels.report_label.format(letter=self.letter(report_id))

    def event(self, event_id: str) -> Event:
        return next(event for event in self.events if event.id == event_id)

    def mention_counts(self, lang: str) -> Counter[str]:
        return Counter(m.actor for m in self.mentions[lang])

    @cached_property
    def _named_in(self) -> dict[str, set[str]]:
        """``report/anchor`` → the actors its text names (in the sources' text, so that every
        language gives the same answer)."""
        named: dict[str, set[str]] = defaultdict(set)
        for mention in self.mentions[self.source_language]:
            named[ids.target(mention.report, mention.anchor)].add(mention.actor)
        return named

    def actors_of(self, event: Event) -> set[str]:
        """The actors an event concerns: its participants and place, and those named in the
        paragraphs and notes that describe it."""
        named = (actor for target in event.paragraphs + event.notes for actor in self._named_in.get(target, ()))
        return {*event.participants, *([event.place] if event.place else []), *named}


def _texts(reports: list[Report]) -> dict[str, str]:
    """Each report's whole text (front matter, headings, paragraphs, notes)."""
    return {r.meta.id: r.front_matter + "".join(s.text for s in r.walk()) for r in reports}


def load(project: Project) -> Edition:
    problems = Problems()
    locales: tuple[Locale, ...] = ()
    identity: Identity | None = None
    with problems.collect():
        identity = load_identity(project.data / "edition.yml").published(project.site_url)
    with problems.collect():
        locales = load_locales(project.data / "ui.yml", project.languages)
    originals = [
        report for meta, editorial in project.report_files() if (report := load_report(meta, editorial, problems))
    ]
    problems.raise_if_any()  # everything below reads the reports and the locales
    assert identity is not None
    if not originals:
        raise InputError(project.seeds, None, "no report (seeds/*.yml)")
    source = originals[0].meta.language
    for report in originals:
        if report.meta.language != source or source not in {locale.lang for locale in locales}:
            message = f"language {report.meta.language!r}: the reports must share one language of the site"
            problems.add(project.seeds / f"{report.meta.id}.yml", None, message)
    problems.raise_if_any()

    reports: dict[str, list[Report]] = {}
    statuses: dict[tuple[str, str], Status] = {}
    for locale in locales:
        if locale.lang == source:
            reports[locale.lang] = originals
            continue
        reports[locale.lang] = []
        for original in originals:
            with problems.collect():
                path = project.translation(locale.lang, original.meta.id)
                translated, statuses[(locale.lang, original.meta.id)] = apply_translation(original, path, locale.lang)
                reports[locale.lang].append(translated)

    names, events, apparatus, annotations = NameTable([]), [], Apparatus({}, {}), []
    with problems.collect():
        apparatus = load_apparatus(project.data / "sources.yml", originals)
    with problems.collect():
        names = load_names(project.data / "names.yml", _texts(originals), source, apparatus.sources)
    targets = {ids.target(r.meta.id, s.id) for r in originals for s in r.walk()}
    with problems.collect():
        events = load_events(project.data / "events.yml", names, targets)
    with problems.collect():
        annotations = load_annotations(project.data / "annotations.yml", reports)
    history, errata = History(), []
    with problems.collect():
        history = load_history(
            project.data / "releases",
            identity.version,
            identity.released,
            snapshot(reports),
            source,
            project.data / "edition.yml",
        )
    with problems.collect():
        errata = load_errata(project.data / "errata.yml", targets)
    problems.raise_if_any()

    by_lang = {locale.lang: locale for locale in locales}
    mentions = {locale.lang: find_mentions(reports[locale.lang], names, locale, by_lang) for locale in locales}
    return Edition(
        project,
        identity,
        source,
        locales,
        reports,
        statuses,
        names,
        events,
        apparatus,
        mentions,
        annotations,
        history=history,
        errata=errata,
    )
