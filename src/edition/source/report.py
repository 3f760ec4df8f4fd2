"""One report from its three files: metadata (seeds/<id>.yml), seed, editorial data."""

from __future__ import annotations

from pathlib import Path

from .. import yamlfile
from ..errors import Problems
from ..model.document import Report
from ..model.meta import ReportMeta
from .editorial import Editorial
from .parse import parse
from .seedtext import read_seed
from .witness import check_checksum, check_front_matter


def load_report(meta_path: Path, editorial_path: Path, problems: Problems) -> Report | None:
    """The report, or None with its errors added to ``problems``. An edited seed reports both its
    checksum and what the parser finds wrong in it (its line), the first being the likelier cause."""
    errors_before = len(problems.errors)
    with problems.collect():
        meta = yamlfile.load(meta_path, ReportMeta)
        editorial = yamlfile.load(editorial_path, Editorial)
        if meta.data.id != meta_path.stem:
            raise meta.error(f"id {meta.data.id!r} does not match the file name", "id")
        seed = meta_path.parent / meta.data.seed
        lines = read_seed(seed)
        check_checksum(lines, meta, problems)
        report = parse(seed, lines, meta.data, editorial)
        check_front_matter(report, meta)
        if len(problems.errors) == errors_before:
            return report
    return None
