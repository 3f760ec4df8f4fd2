"""Stage 4: the edition × a locale → the generated files, as ``{path under docs/: text}``.

Each output is a renderer: a pure function of the ``Edition`` (and a locale) that reads no file
and checks nothing. ``RENDERERS`` run once per language, ``LANGUAGE_NEUTRAL`` once per build.
See README, "Adding an output".
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from ..data.locales import Locale
from ..edition import Edition
from .books import text_files
from .changelog import HistoryPages
from .citation import Citations
from .exports import data_files
from .fragments import Fragments
from .reader import ReaderPages
from .registry import RegistryPages
from .reports import ReportPages


@dataclass(frozen=True)
class Tools:
    """What the renderers share over a build: the templates, and the citations (rendered once)."""

    fragments: Fragments
    citations: Citations

    @classmethod
    def of(cls, edition: Edition) -> Tools:
        return cls(Fragments(edition.project.overrides), Citations(ReportPages.citable(edition)))


Renderer = Callable[[Edition, Locale, Tools], dict[str, str]]

RENDERERS: tuple[Renderer, ...] = (
    lambda edition, locale, tools: ReportPages(edition, locale, tools.fragments, tools.citations).files(),
    lambda edition, locale, tools: RegistryPages(edition, locale, tools.fragments).files(),
    lambda edition, locale, tools: ReaderPages(edition, locale, tools.fragments).files(),
    lambda edition, locale, tools: HistoryPages(edition, locale, tools.fragments).files(),
)
LANGUAGE_NEUTRAL: tuple[Callable[[Edition], dict[str, str]], ...] = (data_files, text_files)


def render(edition: Edition, locale: Locale, tools: Tools | None = None) -> dict[str, str]:
    """Every generated file of one language."""
    tools = tools or Tools.of(edition)
    return {path: text for renderer in RENDERERS for path, text in renderer(edition, locale, tools).items()}


def render_all(edition: Edition) -> dict[str, str]:
    """Every generated file: each language's, and the language-neutral ones."""
    tools = Tools.of(edition)
    files = {path: text for locale in edition.locales for path, text in render(edition, locale, tools).items()}
    for renderer in LANGUAGE_NEUTRAL:
        files |= renderer(edition)
    return files
