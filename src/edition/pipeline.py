"""The pipeline as one call: seeds and data → ``Edition`` (load and check) → files (render) → docs/.

Stages (README, "The pipeline"): ``source`` (seeds → document model), ``data`` (data files →
records), ``edition`` (everything loaded, cross-checked, mentions found), ``render`` (Edition ×
locale → files), ``publish`` (docs/, MkDocs, archive). Bad input stops it before anything is
written.
"""

from __future__ import annotations

from functools import partial
from importlib.metadata import version
from pathlib import Path

from .edition import Edition, load
from .project import Project
from .publish.cache import cache_dir, cached
from .publish.write import write_files
from .render import render_all
from .render.books import opds
from .render.books.common import FOLDER
from .render.books.epub import epub_files
from .render.books.pdf import pdf_sources
from .render.books.pdf import render as render_pdf
from .render.fragments import Fragments


def books(edition: Edition) -> dict[str, bytes]:
    """The EPUBs and PDFs (the PDFs from the cache when their HTML has not changed) and the OPDS
    catalogue listing them."""
    fragments = Fragments(edition.project.overrides)
    files = epub_files(edition, fragments)
    directory = cache_dir(edition.project.root)
    for path, html in pdf_sources(edition, fragments).items():
        key = f"WeasyPrint {version('weasyprint')}\n{html}"
        files[path] = cached(directory, key, ".pdf", partial(render_pdf, html))
    files[f"{FOLDER}/catalog.xml"] = opds(edition, {path: len(data) for path, data in files.items()}).encode()
    return files


def generate(project: Project, with_books: bool = True) -> tuple[Edition, list[Path]]:
    """Regenerate docs/ from the seeds and data (with the EPUBs and PDFs unless ``with_books`` is
    false: the tests' copies of the project); return the edition and the files changed."""
    edition = load(project)
    files: dict[str, str | bytes] = dict(render_all(edition))
    if with_books:
        files |= books(edition)
    return edition, write_files(project.docs, files)
