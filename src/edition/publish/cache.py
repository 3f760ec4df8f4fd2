"""A cache of costly outputs keyed by the content they are made from, at two levels: the books as a
whole by the digest of every input (seeds, data, fragments, the package's code, the published
address, the libraries' versions), so that a rebuild where nothing changed makes none of them; and
each PDF by the hash of its HTML and WeasyPrint's version, so that a change to one report renders
only its PDFs. Under build/cache/ (git-ignored), or $EDITION_CACHE (the tests share one between
copies of the project)."""

from __future__ import annotations

import hashlib
import json
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
    _write(path, data)
    return data


def digest_of(paths: list[Path], extra: str) -> str:
    """The digest of files' names and contents (and of ``extra``): a key of what they make."""
    digest = hashlib.sha256(extra.encode("utf-8"))
    for path in sorted(paths):
        digest.update(f"\0{path.as_posix()}\0".encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def cached_files(directory: Path, key: str, make: Callable[[], dict[str, bytes]]) -> dict[str, bytes]:
    """Files made from inputs whose digest is ``key``: made once, then read back (each file is
    stored once under its own digest, the set as a manifest of them)."""
    manifest = directory / f"files-{key}.json"
    if manifest.exists():
        entries: dict[str, str] = json.loads(manifest.read_text(encoding="utf-8"))
        if all((directory / digest).exists() for digest in entries.values()):
            return {path: (directory / digest).read_bytes() for path, digest in entries.items()}
    files = make()
    entries = {}
    for path, data in files.items():
        entries[path] = hashlib.sha256(data).hexdigest()
        _write(directory / entries[path], data)
    _write(manifest, json.dumps(entries, indent=1, sort_keys=True).encode("utf-8"))
    return files


def _write(path: Path, data: bytes) -> None:
    if path.exists():
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.NamedTemporaryFile(dir=path.parent, prefix=".tmp-", delete=False) as tmp:
        tmp.write(data)
    os.replace(tmp.name, path)
