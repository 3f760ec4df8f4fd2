"""A cache of costly outputs keyed by the content they are made from: a rebuild where the content
did not change reuses the bytes (the PDFs take seconds each; the key is the hash of their HTML
and the renderer's version). Under build/cache/ (git-ignored), or $EDITION_CACHE (the tests share
one between copies of the project)."""

from __future__ import annotations

import hashlib
import os
import tempfile
from collections.abc import Callable
from pathlib import Path


def cache_dir(root: Path) -> Path:
    return Path(os.environ.get("EDITION_CACHE") or root / "build" / "cache")


def cached(directory: Path, source: str, suffix: str, make: Callable[[], bytes]) -> bytes:
    """The bytes made from ``source`` (a text that determines them completely)."""
    path = directory / f"{hashlib.sha256(source.encode('utf-8')).hexdigest()}{suffix}"
    if path.exists():
        return path.read_bytes()
    data = make()
    directory.mkdir(parents=True, exist_ok=True)
    with tempfile.NamedTemporaryFile(dir=directory, prefix=".tmp-", delete=False) as tmp:
        tmp.write(data)
    os.replace(tmp.name, path)
    return data
