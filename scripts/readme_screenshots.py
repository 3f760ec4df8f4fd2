"""The README's pictures of the parallel reader, taken in Chromium from a built site.

Usage: python scripts/readme_screenshots.py [SITE]   (default: site/, from `make site`)

Writes doc-images/parallel-reader-wide.png (1440 px, English interface) and
doc-images/parallel-reader-phone.png (390 px, Japanese interface), both opened from file://, the
pointer on one paragraph so that its twin is highlighted. Rerun after a change to the reader's
look and commit the pictures with it.
"""

from __future__ import annotations

import sys
from pathlib import Path

from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "doc-images"
PAGE, PAIR = "report-a/s2-parallel.html", "#s2-1-p1"  # the pair under the pointer
SHOTS = {  # name: (interface folder, viewport)
    "parallel-reader-wide.png": ("en/", {"width": 1440, "height": 900}),
    "parallel-reader-phone.png": ("", {"width": 390, "height": 844}),
}


def main(site: Path) -> None:
    OUT.mkdir(exist_ok=True)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox"])
        for name, (folder, viewport) in SHOTS.items():
            context = browser.new_context(viewport=viewport, color_scheme="light")
            tab = context.new_page()
            tab.goto((site / folder / PAGE).resolve().as_uri())
            tab.hover(f"{PAIR} .edition-original")
            tab.screenshot(path=OUT / name)
            context.close()
            print(OUT / name)
        browser.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "site")
