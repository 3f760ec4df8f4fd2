"""The edition's history in one language: the changelog (what each release changed, segment by
segment, with a readable difference), the errata (dated corrections, FRUS style) and an Atom feed
of both; and the mark on a segment the current release changed (README, "Versions and releases").

A release's text is linked by its versioned address: absolute where the edition has a published
address, otherwise relative to the releases' common root (mike's layout, ``<root>/<version>/``).
"""

from __future__ import annotations

import difflib
import re
import uuid

from markupsafe import Markup, escape

from ..data.locales import Locale
from ..data.releases import LATEST, Change, Release
from ..edition import Edition
from ..model import ids
from ..model.dates import PartialDate
from . import md
from .fragments import Fragments
from .reports import place_label

_WORDS = re.compile(r"\s+|[^\s]+")


def difference(old: str, new: str, words: bool) -> Markup:
    """The new text with what was deleted in <del> and what was inserted in <ins>, cut into
    characters or (``words``) into words and the spaces between them."""
    before, after = (_WORDS.findall(old), _WORDS.findall(new)) if words else (list(old), list(new))
    parts: list[Markup] = []
    for operation, i1, i2, j1, j2 in difflib.SequenceMatcher(None, before, after, autojunk=False).get_opcodes():
        if operation == "equal":
            parts.append(escape("".join(before[i1:i2])))
            continue
        if i2 > i1:
            parts.append(Markup("<del>{}</del>").format("".join(before[i1:i2])))
        if j2 > j1:
            parts.append(Markup("<ins>{}</ins>").format("".join(after[j1:j2])))
    return Markup("").join(parts)


def feed_id(edition: Edition, *parts: str) -> str:
    """A feed's or entry's permanent id, independent of where the edition is published."""
    return uuid.uuid5(uuid.NAMESPACE_URL, "/".join([edition.identity.title.en, *parts])).urn


class HistoryPages:
    def __init__(self, edition: Edition, locale: Locale, fragments: Fragments) -> None:
        self.edition, self.locale, self.fragments = edition, locale, fragments
        self.labels = locale.labels
        self.words = locale.labels.releases
        self.history = edition.history

    def release_title(self, release: Release) -> str:
        date = self.locale.date(PartialDate.parse(release.released))
        return self.words.release.format(version=release.version, date=date)

    def versioned(self, version: str, lang_prefix: str, path: str) -> str:
        """A page of a release (``path`` under a language's root), from this language's root."""
        address = self.edition.identity.address
        if address:
            return f"{address}{version}/{lang_prefix}{path}"
        return f"{self.locale.site_root}../{version}/{lang_prefix}{path}"

    def _entry(self, release: Release, previous: Release, change: Change) -> dict[str, object]:
        edition, locale = self.edition, self.locale
        page = f"{change.report}/{change.chapter}.html#{change.anchor}"
        links = [
            (self.words.text_in.format(version=r.version), self.versioned(r.version, locale.prefix, page))
            for r, state in ((previous, change.old), (release, change.new))
            if state is not None
        ]
        diffs = []
        for other in edition.locales:
            if not change.changed(other.lang):
                continue
            old = change.old.texts[other.lang].text if change.old else ""
            new = change.new.texts[other.lang].text if change.new else ""
            words = other.labels.releases.diff_unit == "words"
            diffs.append({"lang": other.lang, "name": other.name, "diff": difference(old, new, words)})
        report_label = edition.report_label(locale, change.report)
        colon = locale.conventions.colon
        return {
            "anchor": ids.change(release.version, change.report, change.anchor),
            "place": f"{report_label}{colon}{place_label(edition, locale, change.report, change.anchor)}",
            "statuses": [self.words.statuses[status] for status in change.statuses],
            "links": links,
            "diffs": diffs,
        }

    def changelog(self) -> str:
        words = self.words
        parts = [md.heading(1, md.escape(words.changelog), "changelog"), words.changelog_intro]
        releases = self.history.releases
        for index in reversed(range(len(releases))):
            release = releases[index]
            parts.append(md.heading(2, md.escape(self.release_title(release)), ids.release(release.version)))
            if index == 0:
                parts.append(md.escape(words.first_release))
                continue
            changes = self.history.changes(index)
            entries = [self._entry(release, releases[index - 1], change) for change in changes]
            summary = words.changes_count.format(n=len(entries)) if entries else words.no_change
            parts.append(self.fragments.render("changelog.html", summary=summary, entries=entries))
        return md.page({"title": words.changelog}, parts)

    def errata(self) -> str:
        words, locale, edition = self.words, self.locale, self.edition
        entries = []
        for erratum in edition.errata:
            report, anchor = ids.split_target(erratum.target)
            chapter = edition.report(locale.lang, report).chapter_of(anchor)
            assert chapter is not None  # checked when loaded
            place = place_label(edition, locale, report, anchor)
            entries.append(
                {
                    "date": erratum.date.isoformat(),
                    "kind": words.errata_kinds[erratum.kind],
                    "place": f"{edition.report_label(locale, report)}{locale.conventions.colon}{place}",
                    "href": f"{report}/{chapter.id}.html#{anchor}",
                    "was": locale.text(erratum.was),
                    "now": locale.text(erratum.now),
                }
            )
        parts = [md.heading(1, md.escape(words.errata), "errata"), words.errata_intro]
        parts.append(self.fragments.render("errata.html", words=words, entries=entries) if entries else words.no_errata)
        return md.page({"title": words.errata}, parts)

    def feed(self) -> str:
        """An Atom feed of the releases and the errata, newest first; links absolute where the
        edition has an address, otherwise relative to the feed (at this language's root)."""
        edition, words, locale = self.edition, self.words, self.locale
        address = edition.identity.address
        # with an address: a release's changelog in that release, the rest in the newest release
        latest = f"{address}{LATEST}/{locale.prefix}" if address else ""
        entries = []
        for index, release in enumerate(self.history.releases):
            count = len(self.history.changes(index))
            summary = words.first_release if index == 0 else words.changes_count.format(n=count)
            entries.append(
                {
                    "id": feed_id(edition, locale.lang, "release", release.version),
                    "title": self.release_title(release),
                    "updated": release.released,
                    "href": (
                        self.versioned(release.version, locale.prefix, "changelog.html")
                        if address
                        else "changelog.html"
                    )
                    + f"#{ids.release(release.version)}",
                    "summary": summary,
                }
            )
        for erratum in edition.errata:
            report, anchor = ids.split_target(erratum.target)
            place = place_label(edition, locale, report, anchor)
            date = erratum.date.isoformat()
            entries.append(
                {
                    "id": feed_id(edition, locale.lang, "erratum", date, erratum.target),
                    "title": f"{words.errata}{locale.conventions.colon}{edition.report_label(locale, report)} {place}",
                    "updated": date,
                    "href": f"{latest}errata.html",
                    "summary": f"{words.was}{locale.conventions.colon}{locale.text(erratum.was)} "
                    f"{words.now}{locale.conventions.colon}{locale.text(erratum.now)}",
                }
            )
        entries.sort(key=lambda entry: str(entry["updated"]), reverse=True)
        title = edition.identity.title
        return (
            self.fragments.render(
                "feed.xml",
                lang=locale.lang,
                id=feed_id(edition, locale.lang),
                title=words.feed.format(title=locale.text(title)),
                updated=entries[0]["updated"] if entries else edition.identity.released,
                self_href=f"{latest}feed.xml",
                home=latest or "./",
                authors=[locale.text(c.name) for c in edition.identity.contributors],
                entries=entries,
            )
            + "\n"
        )

    def files(self) -> dict[str, str]:
        lang = self.locale.lang
        return {
            f"{lang}/changelog.md": self.changelog(),
            f"{lang}/errata.md": self.errata(),
            f"{lang}/feed.xml": self.feed(),
        }
