"""The pipeline as one call: seeds → parse → document model → render (ja, en) → docs/."""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from . import yamldata
from .apparatus import load_apparatus
from .errors import InputError
from .events import load_events
from .exports import data_files
from .mentions import find_mentions
from .metadata import Editorial, ReportMeta
from .model import Report, plain_text
from .names import load_names
from .pages import UI, site_files
from .parse import parse
from .registry_pages import Registry, registry_files
from .seedtext import read_seed
from .translation import Status, segments, translate
from .write import write_files

REPORTS = ("report-a", "report-b")


@dataclass(frozen=True)
class Project:
    root: Path

    @property
    def seeds(self) -> Path:
        return self.root / "seeds"

    @property
    def data(self) -> Path:
        return self.root / "data"

    @property
    def docs(self) -> Path:
        return self.root / "docs"


def _check_witness(report: Report, meta_path: Path) -> None:
    """The metadata must agree with the seed: its checksum, and its front matter."""
    meta = report.meta
    text = "\n".join(read_seed(meta_path.parent / meta.seed))
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    if digest != meta.seed_sha256:
        raise InputError(meta_path, None, f"seed_sha256 does not match {meta.seed} (sha256 {digest})")
    squeeze = lambda text: re.sub(r"\s", "", text)  # noqa: E731
    if report.front_matter:
        expected = (
            (f"第{meta.chapter_number}章" if meta.chapter_number else "")
            + meta.title.ja
            + (meta.subtitle.ja if meta.subtitle else "")
            + (meta.author.ja or "")
        )
        if meta.title.supplied or squeeze(expected) != squeeze(report.front_matter):
            raise InputError(
                meta_path, None, f"title, subtitle, author do not match the seed's front matter {report.front_matter!r}"
            )
    elif not meta.title.supplied or meta.author.named_in_source:
        raise InputError(
            meta_path, None, "the seed has no title or author: mark the title supplied and the author not named"
        )


def load_reports(project: Project) -> list[Report]:
    reports = []
    for report_id in REPORTS:
        meta_path = project.seeds / f"{report_id}.yml"
        editorial_path = project.data / "editorial" / f"{report_id}.yml"
        meta = yamldata.load(meta_path, ReportMeta)
        if meta.id != report_id:
            raise InputError(meta_path, None, f"id {meta.id!r} does not match the file name")
        report = parse(project.seeds, meta, yamldata.load(editorial_path, Editorial), editorial_path)
        _check_witness(report, meta_path)
        reports.append(report)
    return reports


def translation_path(project: Project, lang: str, report: Report) -> Path:
    return project.data / "translations" / lang / f"{report.meta.id}.yml"


def load_editions(project: Project) -> tuple[dict[str, list[Report]], dict[str, Status]]:
    """The Japanese edition and its translations, with the status of each report's translation."""
    reports = load_reports(project)
    editions: dict[str, list[Report]] = {"ja": reports, "en": []}
    statuses: dict[str, Status] = {}
    for report in reports:
        english, statuses[report.meta.id] = translate(report, translation_path(project, "en", report))
        editions["en"].append(english)
    return editions, statuses


def japanese_texts(reports: list[Report]) -> dict[str, str]:
    """Each report's whole Japanese text (front matter, headings, paragraphs, notes)."""
    return {r.meta.id: r.front_matter + "".join(plain_text(tokens) for tokens in segments(r).values()) for r in reports}


def generate(project: Project, site_url: str = "") -> tuple[dict[str, list[Report]], list[Path]]:
    """Regenerate docs/ from the seeds and data; return the editions and the files changed."""
    editions, _ = load_editions(project)
    ui = yamldata.load(project.data / "ui.yml", UI)
    names = load_names(project.data / "names.yml", japanese_texts(editions["ja"]))
    events = load_events(project.data / "events.yml", names, editions["ja"])
    apparatus = load_apparatus(project.data / "sources.yml", editions["ja"])
    files = site_files(editions, ui, names, apparatus, site_url)
    for lang, reports in editions.items():
        found = find_mentions(reports, names, lang)
        site_root = "" if lang == "ja" else "../"  # the default language is built at the site root
        files |= registry_files(Registry(lang, getattr(ui, lang), names, events, reports, found, site_root))
        if lang == "ja":
            files |= data_files(names, events, Counter(m.actor for m in found))
    return editions, write_files(project.docs, files)
