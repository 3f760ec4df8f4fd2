"""The pipeline as one call: seeds and data → ``Edition`` (load and check) → files (render) → docs/.

Stages (README, "The pipeline"): ``source`` (seeds → document model), ``data`` (data files →
records), ``edition`` (everything loaded, cross-checked, mentions found), ``render`` (Edition ×
locale → files), ``publish`` (docs/, MkDocs, archive). Bad input stops it before anything is
written.
"""

from __future__ import annotations

from pathlib import Path

from .edition import Edition, load
from .project import Project
from .publish.write import write_files
from .render import render_all


def generate(project: Project) -> tuple[Edition, list[Path]]:
    """Regenerate docs/ from the seeds and data; return the edition and the files changed."""
    edition = load(project)
    return edition, write_files(project.docs, render_all(edition))
