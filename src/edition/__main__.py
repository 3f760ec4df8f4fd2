"""Command line: every step of the pipeline runs without MkDocs.

``python -m edition generate``            regenerate docs/ from seeds/ and data/
``python -m edition check``               load and check every input; write nothing
``python -m edition translation-status``  name the segments to (re)translate; exit 1 if any
``python -m edition urls --check SITE``    list the manifest's URLs a built site has lost; exit 1 if any
``python -m edition urls --update SITE``   add a built site's new URLs to the manifest (urls.txt)
``python -m edition release [--branch B]`` record the edition's version and publish it with mike
                                          (README, "Versions and releases"; default branch gh-pages)

The published address comes from mkdocs.yml (``site_url``, i.e. the SITE_URL variable).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .data.translation import segments
from .edition import load
from .errors import InputError, InputErrors
from .model import tokens
from .pipeline import generate
from .project import Project
from .publish import urls
from .release import ReleaseError, make_release


def translation_status(project: Project) -> int:
    edition = load(project)
    problems = 0
    for (lang, report_id), status in edition.statuses.items():
        original = segments(edition.report(edition.source_language, report_id))
        for label, keys in (("missing", status.missing), ("stale", status.stale), ("unknown", status.unknown)):
            for key in keys:
                problems += 1
                text = tokens.dumps(original[key]) if key in original else ""
                print(f"{lang} {report_id} {key}: {label}  {text}")
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
    missing = urls.check(site, manifest, project.redirects)
    for url in missing:
        print(f"gone without a redirect: {url}")
    return 1 if missing else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="edition", description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    parser.add_argument("command", choices=["generate", "check", "translation-status", "urls", "release"])
    parser.add_argument("--check", type=Path, metavar="SITE", help="urls: check a built site against urls.txt")
    parser.add_argument("--update", type=Path, metavar="SITE", help="urls: add a built site's new URLs")
    parser.add_argument("--branch", default="gh-pages", help="release: the branch of the releases")
    parser.add_argument("--root", type=Path, default=Path.cwd(), help="project root (default: .)")
    args = parser.parse_args(argv)
    project = Project(args.root.resolve())
    try:
        if args.command == "translation-status":
            return translation_status(project)
        if args.command == "urls":
            return url_manifest(project, args.check, args.update)
        if args.command == "release":
            print(f"release {make_release(project, args.branch)} published in {args.branch}")
            return 0
        if args.command == "check":
            edition = load(project)
            print(f"{len(edition.originals)} report(s), {len(edition.locales)} language(s): no input error")
            return 0
        _, changed = generate(project, project.books)
    except (InputError, InputErrors, ReleaseError) as err:
        print(f"error: {err}".replace("\n", "\nerror: "), file=sys.stderr)
        return 1
    print(f"{len(changed)} file(s) written under {project.docs}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
