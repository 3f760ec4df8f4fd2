"""URL stability: the committed manifest (urls.txt) of every public URL and anchor of the site.

Once published, a URL never goes away: a page that moves gets a redirect (mkdocs-redirects,
``redirect_maps`` in mkdocs.yml) and keeps its anchors. ``check`` lists the manifest entries the
built site no longer has; ``update`` adds new URLs to the manifest and never removes one.
"""

from __future__ import annotations

import re
from pathlib import Path

ID = re.compile(r'\bid="([^"]+)"')
SKIP = ("404.html", "search/", "assets/")


def collect(site: Path) -> set[str]:
    """Every page and every anchor in a page's article, as ``path`` and ``path#id``."""
    urls = set()
    for page in site.rglob("*.html"):
        path = page.relative_to(site).as_posix()
        if path.startswith(SKIP):
            continue
        urls.add(path)
        text = page.read_text(encoding="utf-8")
        article = text[text.find("<article") : text.find("</article>")]
        urls |= {f"{path}#{anchor}" for anchor in ID.findall(article)}
    return urls


def read_manifest(path: Path) -> list[str]:
    return [line for line in path.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]


def check(site: Path, manifest: Path, redirect_maps: dict[str, str]) -> list[str]:
    """The manifest's URLs the site has lost (a redirected page counts with the target's anchors);
    ``redirect_maps`` are mkdocs-redirects' (old page → new page, as .md)."""
    present = collect(site)
    moved = {old.replace(".md", ".html"): new.replace(".md", ".html") for old, new in redirect_maps.items()}
    missing = []
    for url in read_manifest(manifest):
        page, _, anchor = url.partition("#")
        target = moved.get(page, page)
        if (f"{target}#{anchor}" if anchor else target) not in present:
            missing.append(url)
    return missing


def update(site: Path, manifest: Path) -> int:
    """Add the site's new URLs to the manifest; return how many were added."""
    old = read_manifest(manifest) if manifest.exists() else []
    new = sorted(collect(site) - set(old))
    header = (
        '# Every public URL and anchor of the edition (README, "URLs and ids"). Entries are never removed:\n'
        "# a URL that goes away needs a redirect. Updated by `python -m edition urls --update SITE`.\n"
    )
    manifest.write_text(header + "\n".join(sorted(set(old) | set(new))) + "\n", encoding="utf-8")
    return len(new)
