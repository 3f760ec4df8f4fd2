"""The releases (data/releases/<version>.json) and what changed between them, segment by segment.

Each release records, for every heading, paragraph and note of every report, the SHA-256 of its
text in each language. The record is data of the release, committed with it (``make release``
writes it), not a build artifact: the changelog is rebuilt from the repository alone, without the
published branch. A record also keeps the texts that changed since the previous release (all of
them in the first), so that the changelog can show what a reader who cited the old text saw;
an unchanged text is found in the release that introduced it (checked by its hash).

The version in data/edition.yml that has no record yet is the release in preparation: its state
is the current text, compared with the last recorded release.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Literal

from pydantic import Field, ValidationError

from ..errors import InputError, InputErrors
from ..model.document import Report
from ..model.meta import Strict
from .identity import SEMVER

Kind = Literal["heading", "paragraph", "note"]
Status = Literal["added", "removed", "corrected", "retranslated", "translated"]
SUFFIX = ".json"
LATEST = "latest"  # mike's alias of the newest release: <address>latest/ (README, "Versions and releases")


def sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def semver(version: str) -> tuple[int, ...]:
    return tuple(int(part) for part in version.split("."))


class TextRecord(Strict):
    """A segment's text in one language at a release."""

    sha256: str = Field(pattern=r"^[0-9a-f]{64}$")
    text: str | None = None  # kept where it differs from the previous release
    language: str | None = None  # the language of the text, where it is not the page's (untranslated)


class SegmentRecord(Strict):
    kind: Kind
    chapter: str  # the chapter page that holds it (a note's id does not say)
    texts: dict[str, TextRecord]  # language → its text


class ReleaseRecord(Strict):
    version: str = Field(pattern=SEMVER)
    released: str = Field(pattern=r"^\d{4}-\d{2}-\d{2}$")
    reports: dict[str, dict[str, SegmentRecord]]  # report → segment id → record, in page order


@dataclass(frozen=True)
class Text:
    text: str
    language: str  # the language the text is in (the source's in an untranslated chapter)

    @property
    def sha256(self) -> str:
        return sha256(self.text)


@dataclass(frozen=True)
class State:
    """A segment at a release: where it is and its text in every language of the site."""

    kind: Kind
    chapter: str
    texts: dict[str, Text]


Key = tuple[str, str]  # (report, segment id)


@dataclass(frozen=True)
class Release:
    version: str
    released: str
    segments: dict[Key, State]
    recorded: bool  # False: the release in preparation (the current text, no record yet)


@dataclass(frozen=True)
class Change:
    """What happened to one segment between two releases."""

    report: str
    anchor: str
    kind: Kind
    chapter: str
    statuses: tuple[Status, ...]
    old: State | None  # None: added
    new: State | None  # None: removed

    def changed(self, lang: str) -> bool:
        """Whether the text in ``lang`` differs (an added or removed segment: in every language)."""
        if self.old is None or self.new is None:
            return True
        return self.old.texts[lang].sha256 != self.new.texts[lang].sha256


@dataclass(frozen=True)
class History:
    """The releases up to the edition's version, oldest first, and what changed in each."""

    releases: list[Release] = field(default_factory=list)
    source_language: str = ""

    @property
    def current(self) -> Release | None:
        return self.releases[-1] if self.releases else None

    def changes(self, index: int) -> list[Change]:
        """What release ``index`` changed since the one before (nothing for the first release)."""
        if index == 0:
            return []
        old, new = self.releases[index - 1].segments, self.releases[index].segments
        changes = []
        for key in [*new, *(k for k in old if k not in new)]:
            before, after = old.get(key), new.get(key)
            statuses = _statuses(before, after, self.source_language)
            if statuses:
                state = after or before
                assert state is not None
                changes.append(Change(*key, state.kind, state.chapter, statuses, before, after))
        return changes

    @cached_property
    def changed(self) -> dict[Key, Change]:
        """The segments the current release changed (the pages mark them)."""
        return {(c.report, c.anchor): c for c in self.changes(len(self.releases) - 1)} if self.releases else {}


def _statuses(before: State | None, after: State | None, source: str) -> tuple[Status, ...]:
    if before is None:
        return ("added",)
    if after is None:
        return ("removed",)
    statuses: list[Status] = []
    for lang, new in after.texts.items():
        old = before.texts.get(lang)
        if old is not None and old.sha256 == new.sha256:
            continue
        if lang == source:
            statuses.append("corrected")
        elif new.language != lang:
            continue  # an untranslated chapter shows the original: its correction is said once
        elif old is None or old.language != lang:
            statuses.append("translated")
        else:
            statuses.append("retranslated")
    return tuple(statuses)


def snapshot(reports: dict[str, list[Report]]) -> dict[Key, State]:
    """Every segment of the current text, in every language, in page order."""
    languages = list(reports)
    states: dict[Key, State] = {}
    for index, original in enumerate(reports[languages[0]]):
        twins = [{s.id: s for s in reports[lang][index].walk()} for lang in languages]
        for segment in original.walk():
            texts = {
                lang: Text(twin[segment.id].text, twin[segment.id].language)
                for lang, twin in zip(languages, twins, strict=True)
            }
            states[(original.meta.id, segment.id)] = State(segment.kind, segment.chapter.id, texts)
    return states


def hashes(segments: dict[Key, State]) -> dict[Key, dict[str, str]]:
    """What a release fixes: the hash of every segment's text in every language."""
    return {key: {lang: text.sha256 for lang, text in state.texts.items()} for key, state in segments.items()}


def record(version: str, released: str, current: dict[Key, State], previous: Release | None) -> str:
    """The record of a release (the file's text): every segment's hashes, and the texts that
    differ from the previous release."""
    reports: dict[str, dict[str, object]] = {}
    for (report, anchor), state in current.items():
        before = previous.segments.get((report, anchor)) if previous else None
        texts = {}
        for lang, text in state.texts.items():
            entry: dict[str, str] = {"sha256": text.sha256}
            old = before.texts.get(lang) if before else None
            if old is None or old.text != text.text:
                entry["text"] = text.text
            if text.language != lang:
                entry["language"] = text.language
            texts[lang] = entry
        reports.setdefault(report, {})[anchor] = {"kind": state.kind, "chapter": state.chapter, "texts": texts}
    data = {"version": version, "released": released, "reports": reports}
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"


def _line(source: str, needle: str) -> int | None:
    """The line of a file's text where ``needle`` first occurs (JSON keeps no positions)."""
    position = source.find(needle)
    return source.count("\n", 0, position) + 1 if position >= 0 else None


def _load_record(path: Path) -> tuple[ReleaseRecord, str]:
    source = path.read_text(encoding="utf-8")
    try:
        data = ReleaseRecord.model_validate_json(source)
    except ValidationError as err:
        raise InputErrors(
            [InputError(path, None, f"{'.'.join(map(str, e['loc']))}: {e['msg']}") for e in err.errors()]
        ) from None
    if path.name != f"{data.version}{SUFFIX}":
        raise InputError(path, _line(source, '"version"'), f"the file of release {data.version} is {data.version}.json")
    return data, source


def _resolve(path: Path, data: ReleaseRecord, source: str, previous: Release | None) -> Release:
    """The record's segments with their texts (from this record, or the release before)."""
    errors: list[InputError] = []
    segments: dict[Key, State] = {}
    for report, anchors in data.reports.items():
        for anchor, entry in anchors.items():
            before = previous.segments.get((report, anchor)) if previous else None
            texts = {}
            for lang, text in entry.texts.items():
                where = f"{report}/{anchor} ({lang})"
                language = text.language or lang
                if text.text is not None:
                    if sha256(text.text) != text.sha256:
                        message = f"{where}: the text does not match its hash"
                        errors.append(InputError(path, _line(source, text.sha256), message))
                    texts[lang] = Text(text.text, language)
                elif before and lang in before.texts and before.texts[lang].sha256 == text.sha256:
                    texts[lang] = Text(before.texts[lang].text, language)
                else:
                    message = f"{where}: no text, and the previous release has none with this hash"
                    errors.append(InputError(path, _line(source, text.sha256), message))
            segments[(report, anchor)] = State(entry.kind, entry.chapter, texts)
    if errors:
        raise InputErrors(errors)
    return Release(data.version, data.released, segments, recorded=True)


def load_history(
    folder: Path, version: str, released: str, current: dict[Key, State], source_language: str, identity_file: Path
) -> History:
    """The recorded releases up to ``version`` (data/edition.yml), and, when ``version`` has no
    record yet, the release in preparation from the current text."""
    records = [(path, *_load_record(path)) for path in folder.glob(f"*{SUFFIX}")] if folder.is_dir() else []
    releases: list[Release] = []
    for path, data, source in sorted(records, key=lambda item: semver(item[1].version)):
        releases.append(_resolve(path, data, source, releases[-1] if releases else None))
    if releases and semver(releases[-1].version) > semver(version):
        message = f"version {version} is older than the last release ({releases[-1].version}, data/releases/)"
        raise InputError(identity_file, None, message)
    if not releases or releases[-1].version != version:
        releases.append(Release(version, released, current, recorded=False))
    return History(releases, source_language)
