"""Command line.

``python -m edition generate``            regenerate docs/ from seeds/ and data/
``python -m edition translation-status``  name the segments to (re)translate; exit 1 if any
``python -m edition urls --check SITE``    list the manifest's URLs a built site has lost; exit 1 if any
``python -m edition urls --update SITE``   add a built site's new URLs to the manifest (urls.txt)
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from . import urls
from .build import Project, generate, load_editions
from .errors import InputError
from .translation import segments, source_text


def translation_status(project: Project) -> int:
    editions, statuses = load_editions(project)
    problems = 0
    for report in editions["ja"]:
        status = statuses[report.meta.id]
        japanese = segments(report)
        for label, keys in (("missing", status.missing), ("stale", status.stale), ("unknown", status.unknown)):
            for key in keys:
                problems += 1
                text = source_text(japanese[key]) if key in japanese else ""
                print(f"{report.meta.id} {key}: {label}  {text}")
    print(f"{problems} segment(s) to (re)translate" if problems else "the translation is complete and current")
    return 1 if problems else 0


def url_manifest(project: Project, site: Path | None, new_site: Path | None) -> int:
    manifest = project.root / "urls.txt"
    if new_site:
        print(f"{urls.update(new_site, manifest)} new URL(s) added to {manifest}")
        return 0
    if site is None:
        print("urls: give --check SITE or --update SITE", file=sys.stderr)
        return 2
    missing = urls.check(site, manifest, project.root / "mkdocs.yml")
    for url in missing:
        print(f"gone without a redirect: {url}")
    return 1 if missing else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="edition", description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    parser.add_argument("command", choices=["generate", "translation-status", "urls"])
    parser.add_argument("--check", type=Path, metavar="SITE", help="urls: check a built site against urls.txt")
    parser.add_argument("--update", type=Path, metavar="SITE", help="urls: add a built site's new URLs")
    parser.add_argument("--root", type=Path, default=Path.cwd(), help="project root (default: .)")
    parser.add_argument("--site-url", default="", help="the published site's URL, for citations")
    args = parser.parse_args(argv)
    project = Project(args.root)
    try:
        if args.command == "translation-status":
            return translation_status(project)
        if args.command == "urls":
            return url_manifest(project, args.check, args.update)
        _, changed = generate(project, args.site_url)
    except InputError as err:
        print(f"error: {err}", file=sys.stderr)
        return 1
    print(f"{len(changed)} file(s) written under {project.docs}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
