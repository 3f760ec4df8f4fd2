"""Making a release (``make release``, README "Versions and releases"): the step after the build,
which records the release, builds it and commits it to the releases' branch.

A release is an immutable copy of the site under its version in a gh-pages-style branch, made by
mike, with the alias ``latest`` on the newest. In order:

1. load and check every input; the version and date are data/edition.yml's;
2. refuse if the branch already has this version (a release is never rebuilt);
3. write the release's record (data/releases/<version>.json: the hash of every segment's text)
   and commit it, so that the changelog is rebuilt from the repository alone; a record made
   before (a release whose deployment failed) must match the current text;
4. the same strict build as ``make site``, with MIKE_DOCS_VERSION set (as mike's own deploy
   does: the pages then carry the release's version and selector, and their canonical addresses
   are the release's), committed by mike's deploy under the version with the alias ``latest``
   moved to it, and ``latest`` made the branch's default page. (mike's command line would build
   with the first MkDocs-compatible builder it finds installed, ProperDocs here, a dependency
   of mkdocs-redirects: its Python interface keeps the build the project's own.)

Pushing the branch is left to whoever publishes it (``git push origin gh-pages``).
"""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from mike import commands as mike

from .data.locales import Locale
from .data.releases import LATEST, SUFFIX, hashes, record, snapshot
from .edition import Edition, load
from .project import Project

VERSION_VARIABLE = "MIKE_DOCS_VERSION"  # set by mike for the build of a release


def release_of(edition: Edition) -> str | None:
    """The version being released when mike builds the site (None for any other build)."""
    version = os.environ.get(VERSION_VARIABLE)
    if version and version != edition.identity.version:
        message = f"mike builds version {version}, but the edition's version is {edition.identity.version}"
        raise ReleaseError(f"{edition.project.data / 'edition.yml'}: {message}")
    return version or None


def feed_link(locale: Locale) -> str:
    """The feed a page links to in its head (from the site root): its language's, in the same
    build. Relative: Material's language selector fetches the sitemap beside any alternate link,
    and an absolute one would send it off the site. (The feed names its address under latest/.)"""
    return f"{locale.prefix}feed.xml"


class ReleaseError(Exception):
    pass


def _git(root: Path, *args: str) -> str:
    result = subprocess.run(["git", *args], cwd=root, capture_output=True, text=True)
    if result.returncode:
        raise ReleaseError(f"git {' '.join(args)}: {result.stderr.strip()}")
    return result.stdout


def published_versions(root: Path, branch: str) -> list[str]:
    """The versions the branch holds (mike's versions.json), none for a branch not made yet."""
    result = subprocess.run(["git", "show", f"{branch}:versions.json"], cwd=root, capture_output=True, text=True)
    return [item["version"] for item in json.loads(result.stdout)] if result.returncode == 0 else []


def make_release(project: Project, branch: str) -> str:
    """Record, commit and publish the release of the edition's version; return the version."""
    root = project.root
    edition = load(project)
    version = edition.identity.version
    if version in published_versions(root, branch):
        raise ReleaseError(f"release {version} is already in {branch}: releases are immutable; raise the version")
    if _git(root, "status", "--porcelain"):
        raise ReleaseError("the work tree has uncommitted changes: a release is made from a commit")
    history = edition.history
    current = history.releases[-1]
    path = project.data / "releases" / f"{version}{SUFFIX}"
    if current.recorded:  # recorded by an earlier attempt: the text must not have changed since
        if hashes(snapshot(edition.reports)) != hashes(current.segments):
            raise ReleaseError(f"{path} does not match the current text: raise the version")
    else:
        previous = history.releases[-2] if len(history.releases) > 1 else None
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(record(version, current.released, current.segments, previous), encoding="utf-8")
        _git(root, "add", str(path.relative_to(root)))
        _git(root, "commit", "--quiet", "-m", f"Release {version}: the record of its text (data/releases/)")
    _publish(project, version, branch, first=not published_versions(root, branch))
    return version


def _publish(project: Project, version: str, branch: str, first: bool) -> None:
    """Build the release (the same strict build as ``make site``, with its version set) and commit
    it to the branch with mike, under its version and the alias ``latest`` (made the branch's
    default page with the first release)."""
    commit = _git(project.root, "rev-parse", "--short", "HEAD").strip()
    with tempfile.TemporaryDirectory() as site, contextlib.chdir(project.root):
        config = {"site_dir": site, "use_directory_urls": False}  # what mike reads of the configuration
        message = f"Release {version} (built from {commit})"
        with mike.deploy(config, version, aliases=[LATEST], update_aliases=True, branch=branch, message=message):
            build = [sys.executable, "-m", "mkdocs", "build", "--strict", "--clean", "-f", str(project.config_file)]
            result = subprocess.run(
                [*build, "-d", site], capture_output=True, text=True, env={**os.environ, VERSION_VARIABLE: version}
            )
            if result.returncode:
                raise ReleaseError(f"the build of release {version} failed:\n{result.stderr}")
        if first:
            mike.set_default(LATEST, branch=branch, message=f"Release {version}: {LATEST} is the default")
