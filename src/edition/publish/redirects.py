"""Redirects for pages that moved (data/moved.yml), in every language: a small HTML page at the
old address that sends the reader, with the fragment, to the new one."""

from __future__ import annotations

import html
import json
import os
from pathlib import Path

PAGE = """<!doctype html>
<html><head><meta charset="utf-8"><title>{target}</title>
<link rel="canonical" href="{target}"><meta name="robots" content="noindex">
<meta http-equiv="refresh" content="0; url={target}">
<script>location.replace({target_js} + location.hash)</script>
</head><body><p><a href="{target}">{target}</a></p></body></html>
"""


def write_redirects(site: Path, prefixes: list[str], pages: dict[str, str]) -> None:
    """For each language root (``prefixes``: "" and "en/"), a page at each old address."""
    for prefix in prefixes:
        for old, new in pages.items():
            source = site / prefix / old.replace(".md", ".html")
            target = os.path.relpath(site / prefix / new.replace(".md", ".html"), source.parent)
            source.parent.mkdir(parents=True, exist_ok=True)
            text = PAGE.format(target=html.escape(target), target_js=json.dumps(target))
            source.write_text(text, encoding="utf-8")
