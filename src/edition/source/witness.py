"""The metadata must agree with its witness: the seed's checksum, and the seed's front matter."""

from __future__ import annotations

import hashlib
import re

from ..errors import InputError, Problems
from ..model.document import Report
from ..model.meta import ReportMeta
from ..yamlfile import Loaded


def check_checksum(lines: list[str], meta: Loaded[ReportMeta], problems: Problems) -> None:
    digest = hashlib.sha256("\n".join(lines).encode("utf-8")).hexdigest()
    if digest != meta.data.seed_sha256:
        problems.add(
            meta.path, meta.line("seed_sha256"), f"seed_sha256 does not match {meta.data.seed} (sha256 {digest})"
        )


def _squeeze(text: str) -> str:
    return re.sub(r"\s", "", text)


def check_front_matter(report: Report, meta: Loaded[ReportMeta]) -> None:
    data = meta.data
    if report.front_matter:
        expected = (
            (f"第{data.chapter_number}章" if data.chapter_number else "")
            + data.title.ja
            + (data.subtitle.ja if data.subtitle else "")
            + (data.author.ja or "")
        )
        if data.title.supplied or _squeeze(expected) != _squeeze(report.front_matter):
            raise meta.error(
                f"title, subtitle, author do not match the seed's front matter {report.front_matter!r}", "title"
            )
    elif not data.title.supplied or data.author.named_in_source:
        raise InputError(
            meta.path,
            meta.line("title"),
            "the seed has no title or author: mark the title supplied and the author not named",
        )
