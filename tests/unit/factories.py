"""Synthetic inputs for the unit tests: small, hand-built values of the document model."""

from __future__ import annotations

import textwrap
from dataclasses import replace
from pathlib import Path
from typing import Any

from edition.data.identity import Identity, load_identity
from edition.data.locales import Locale
from edition.data.names import NameTable
from edition.data.sources import Apparatus
from edition.edition import Edition
from edition.model.document import Chapter, Heading, Inline, Note, NoteRef, PageBreak, Paragraph, Report, Text
from edition.model.meta import ReportMeta
from edition.project import Language, Project

ROOT = Path(__file__).resolve().parents[2]
LANGUAGES = [Language("ja", "日本語", True), Language("en", "English", False)]


def meta(**fields: Any) -> ReportMeta:
    """A report's metadata; ``fields`` replace top-level entries."""
    data: dict[str, Any] = {
        "id": "report-x",
        "seed": "x.txt",
        "seed_sha256": "0" * 64,
        "language": "ja",
        "title": {"ja": "試験の表題", "en": "A Test Title", "supplied": False},
        "author": {"named_in_source": True, "ja": "山田　太郎", "en": "Yamada Taro", "reading": "やまだ たろう"},
        "note_texts": "in_source",
        "written": {
            "not_before": "2016-02-07",
            "summary": {"ja": "2016年初め", "en": "early 2016"},
            "evidence": {"ja": "本文", "en": "the text"},
        },
        "publication": {"status": "unknown", "note": {"ja": "不明", "en": "unknown"}},
    }
    return ReportMeta.model_validate(data | fields)


def report(report_meta: ReportMeta | None = None, notes: dict[int, list[Inline] | None] | None = None) -> Report:
    """Two chapters: はじめに (one paragraph, note 1) and 1．第一節 with （1） (one paragraph, note 2)."""
    intro = Chapter(
        "introduction",
        Heading("introduction", 1, [PageBreak(1), Text("はじめに")], 1),
        "ja",
        [Paragraph("introduction-p1", [Text("本文である"), NoteRef(1), Text("。")], 2, 2)],
    )
    s1 = Chapter(
        "s1",
        Heading("s1", 1, [Text("1．第一節")], 4),
        "ja",
        [
            Heading("s1-1", 2, [Text("（1）小節")], 5),
            Paragraph("s1-1-p1", [Text("次の文"), NoteRef(2), PageBreak(2), Text("である。")], 6, 7),
        ],
    )
    texts = (
        notes
        if notes is not None
        else {
            1: [Text("ラヂオ・プレス『ロシア政策動向』2015年3月31日。")],
            2: [Text("タス通信 <http://tass.ru/en/russia/792709>。")],
        }
    )
    return Report(
        report_meta or meta(),
        "",
        [intro, s1],
        {n: Note(n, content, 10 + n, "ja") for n, content in texts.items()},
        page_count=2,
    )


def write(path: Path, text: str) -> Path:
    """Write dedented text (UTF-8), creating the folder; return the path."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
    return path


def identity(**fields: Any) -> Identity:
    """The edition's identity as data/edition.yml gives it; ``fields`` replace its values."""
    real = load_identity(ROOT / "data" / "edition.yml")
    return real.model_copy(update={"address": "https://example.org/ed/", **fields})


def edition(root: Path, locales: tuple[Locale, ...], **fields: Any) -> Edition:
    """An edition of two synthetic reports (report-a, report-b) in ja, with their English
    translations complete (every chapter in en); ``fields`` replace the Edition's."""
    write(root / "mkdocs.yml", "site_url: https://example.org/ed/\n")
    originals = [report(meta(id="report-a")), report(meta(id="report-b"))]
    values: dict[str, Any] = {
        "project": Project(root),
        "identity": identity(),
        "source_language": "ja",
        "locales": locales,
        "reports": {"ja": originals, "en": [english(r) for r in originals]},
        "statuses": {},
        "names": NameTable([]),
        "events": [],
        "apparatus": Apparatus({}, {}),
        "mentions": {"ja": [], "en": []},
        "annotations": [],
    }
    return Edition(**(values | fields))


def english(original: Report) -> Report:
    """The report with every chapter "translated": its text prefixed with EN."""

    def translate(content: list[Inline]) -> list[Inline]:
        return [Text("EN " + t.text) if isinstance(t, Text) else t for t in content]

    chapters = [
        replace(
            c,
            language="en",
            heading=replace(c.heading, content=translate(c.heading.content)),
            blocks=[replace(b, content=translate(b.content)) for b in c.blocks],
        )
        for c in original.chapters
    ]
    return replace(original, chapters=chapters)
