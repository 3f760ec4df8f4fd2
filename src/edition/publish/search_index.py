"""One search index per language.

mkdocs-static-i18n merges the entries of every language into the one index at the site root,
so a search on either side returns both languages. This splits it: the default language's
entries stay at ``search/``, each other language's go to ``<lang>/search/`` with locations
relative to that folder (overrides/main.html points those pages' search there). Both the JSON
index and the offline plugin's inlined ``search_index.js`` are written.
"""

from __future__ import annotations

import json
from pathlib import Path


def _write(folder: Path, index: dict[str, object], inline: bool) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    data = json.dumps(index, ensure_ascii=False, separators=(",", ":"))
    (folder / "search_index.json").write_text(data, encoding="utf-8")
    if inline:
        (folder / "search_index.js").write_text(f"var __index = {data}", encoding="utf-8")


def split_search_index(site: Path, default: str, others: list[str]) -> None:
    merged = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    inline = (site / "search" / "search_index.js").exists()  # the offline plugin is on
    prefixes = tuple(f"{lang}/" for lang in others)
    for lang in [default, *others]:
        if lang == default:
            docs = [doc for doc in merged["docs"] if not doc["location"].startswith(prefixes)]
            folder = site / "search"
        else:
            docs = [
                {**doc, "location": doc["location"].removeprefix(f"{lang}/")}
                for doc in merged["docs"]
                if doc["location"].startswith(f"{lang}/")
            ]
            folder = site / lang / "search"
        # The index's own language first (the edition's worker matches every script alike).
        languages = [lang, *(other for other in [default, *others] if other != lang)]
        _write(folder, {**merged, "config": {**merged["config"], "lang": languages}, "docs": docs}, inline)
