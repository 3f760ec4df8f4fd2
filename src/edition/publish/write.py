"""Write the generated files: all or nothing, and only what changed.

Everything is rendered in memory before this runs, so bad input never reaches docs/.
Each file is replaced atomically (temporary file + rename), unchanged files are not
touched (so `mkdocs serve` does not loop), and generated files that are no longer
produced are removed.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Mapping
from pathlib import Path

# What the pipeline owns under docs/: nothing else there is ever written or deleted.
OWNED = (
    "*/index.md",
    "*/report-*/*.md",
    "*/actors/*.md",
    "*/events/*.md",
    "*/timeline.md",
    "*/bibliography.md",
    "*/changelog.md",
    "*/errata.md",
    "*/feed.xml",
    "data/*",
    "downloads/*",
)


def owned_files(docs: Path) -> set[Path]:
    return {path for pattern in OWNED for path in docs.glob(pattern)}


def write_files(docs: Path, files: Mapping[str, str | bytes]) -> list[Path]:
    """Make docs/ hold exactly ``files`` (text or bytes) among its owned paths; return the paths changed."""
    changed = []
    wanted = {docs / name: content for name, content in files.items()}
    for path, content in wanted.items():
        data = content.encode("utf-8") if isinstance(content, str) else content
        if path.exists() and path.read_bytes() == data:
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=path.parent, prefix=".tmp-", delete=False) as tmp:
            tmp.write(data)
        os.replace(tmp.name, path)
        changed.append(path)
    for stale in owned_files(docs) - set(wanted):
        stale.unlink()
        changed.append(stale)
    return changed
