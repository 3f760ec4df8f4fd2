"""Command line: ``python -m edition generate [--root DIR] [--site-url URL]``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .build import Project, generate
from .errors import InputError


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="edition", description=__doc__)
    parser.add_argument("command", choices=["generate"])
    parser.add_argument("--root", type=Path, default=Path.cwd(), help="project root (default: .)")
    parser.add_argument("--site-url", default="", help="the published site's URL, for citations")
    args = parser.parse_args(argv)
    try:
        _, changed = generate(Project(args.root), args.site_url)
    except InputError as err:
        print(f"error: {err}", file=sys.stderr)
        return 1
    print(f"{len(changed)} file(s) written under {args.root / 'docs'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
