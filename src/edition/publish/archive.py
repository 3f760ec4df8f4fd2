"""The downloadable copy of the whole site (edition.zip), for reading offline.

Deterministic: entries sorted, with fixed dates and permissions, so the same site gives the
same bytes.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

NAME = "edition.zip"
FOLDER = "ruskor-edition"  # the folder the archive unpacks into


def write_archive(site: Path) -> Path:
    target = site / NAME
    files = sorted(p for p in site.rglob("*") if p.is_file() and p != target)
    partial = target.with_suffix(".zip.partial")
    with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for path in files:
            info = zipfile.ZipInfo(f"{FOLDER}/{path.relative_to(site).as_posix()}", date_time=(2026, 1, 1, 0, 0, 0))
            info.external_attr = 0o644 << 16
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, path.read_bytes())
    partial.replace(target)
    return target
