"""Stage 4: the edition × a locale → the generated files, as ``{path under docs/: text}``.

Each output is a renderer: a pure function of the ``Edition`` (and a locale) that reads no file
and checks nothing. ``RENDERERS`` run once per language, ``LANGUAGE_NEUTRAL`` once per build.
See README, "Adding an output".
"""

from __future__ import annotations

from collections.abc import Callable

from ..data.locales import Locale
from ..edition import Edition
from .books import text_files
from .exports import data_files
from .fragments import Fragments
from .reader import ReaderPages
from .registry import RegistryPages
from .reports import ReportPages

Renderer = Callable[[Edition, Locale, Fragments], dict[str, str]]

RENDERERS: tuple[Renderer, ...] = (
    lambda edition, locale, fragments: ReportPages(edition, locale, fragments).files(),
    lambda edition, locale, fragments: RegistryPages(edition, locale, fragments).files(),
    lambda edition, locale, fragments: ReaderPages(edition, locale, fragments).files(),
)
LANGUAGE_NEUTRAL: tuple[Callable[[Edition], dict[str, str]], ...] = (data_files, text_files)


def render(edition: Edition, locale: Locale) -> dict[str, str]:
    """Every generated file of one language."""
    fragments = Fragments(edition.project.overrides)
    return {path: text for renderer in RENDERERS for path, text in renderer(edition, locale, fragments).items()}


def render_all(edition: Edition) -> dict[str, str]:
    """Every generated file: each language's, and the language-neutral ones."""
    files = {path: text for locale in edition.locales for path, text in render(edition, locale).items()}
    for renderer in LANGUAGE_NEUTRAL:
        files |= renderer(edition)
    return files
