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
from .publish.cache import cache_dir, cached, cached_files, digest_of
from .publish.write import write_files
from .render import render_all
from .render.books import opds
from .render.books.common import FOLDER
from .render.books.epub import epub_files
from .render.books.pdf import pdf_sources
from .render.books.pdf import render as render_pdf
from .render.fragments import Fragments

LIBRARIES = ("weasyprint", "ebooklib", "pydyf", "fonttools", "Jinja2")


def books(edition: Edition) -> dict[str, bytes]:
    """The EPUBs and PDFs and the OPDS catalogue listing them: read back from the cache when no
    input changed, else made (each PDF from the cache when its HTML has not changed)."""
    project = edition.project
    directory = cache_dir(project.root)
    folders = (project.seeds, project.data, project.overrides / "fragments", Path(__file__).parent)
    inputs = [p for f in folders if f.exists() for p in f.rglob("*") if p.is_file() and "__pycache__" not in p.parts]
    extra = " ".join([str(edition.identity.address), *(f"{name} {version(name)}" for name in LIBRARIES)])
    return cached_files(directory, digest_of([*inputs, project.config_file], extra), partial(_make_books, edition))


def _make_books(edition: Edition) -> dict[str, bytes]:
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
