"""The MkDocs plugin (``plugins: - edition``): a thin adapter, everything it calls also runs as a
standalone command (``python -m edition``), so another builder that reads mkdocs.yml needs only a
new adapter.

- on_config: regenerate docs/ from seeds/ and data/ (only changed files are written), and set
  what differs per language: the navigation (from the document model), the site name, the
  labels of the templates and the title of the headings' ¶ links (data/ui.yml).
- on_post_build: redirects for moved pages in every language (data/moved.yml), the search index
  of each language (publish/search_index.py), the edition's own stylesheets and scripts minified
  (publish/minify.py), then pack the whole site into edition.zip for reading offline.
- on_page_markdown: the editorial page's list of the edition's notes.
- on_post_page: the page's markup without the templates' indentation (publish/minify.py).
- on_serve: watch seeds/ and data/, so editing a seed or the editorial data rebuilds.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from mkdocs.config import base
from mkdocs.config import config_options as c
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority, get_plugin_logger
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from ..edition import Edition
from ..errors import InputError, InputErrors
from ..pipeline import generate
from ..project import Project
from ..release import ReleaseError, feed_link, release_of
from ..render.annotations import PLACEHOLDER, summary
from ..render.books import listing
from ..render.books.common import FOLDER
from ..render.reports import nav
from .archive import write_archive
from .minify import minify_assets, trim_html
from .redirects import write_redirects
from .search_index import write_search_index

log = get_plugin_logger(__name__)
DOWNLOADS = re.compile(r"<!-- edition:downloads(?: ([a-z0-9-]+))? -->")


class EditionConfig(base.Config):
    archive = c.Type(bool, default=True)  # write site/edition.zip after the build
    search_index = c.Type(bool, default=True)  # the edition's search index, one per language
    books = c.Type(bool, default=True)  # the EPUBs and PDFs (mkdocs.yml: from EDITION_BOOKS)


class EditionPlugin(BasePlugin[EditionConfig]):
    def __init__(self) -> None:
        self._generated: tuple[tuple[object, ...], Edition] | None = None

    def _edition(self, project: Project) -> Edition:
        """Generate once per state of the inputs: mkdocs-static-i18n runs on_config again for
        each language, and `mkdocs serve` again after every edit."""
        folders = (project.seeds, project.data, project.overrides / "fragments")
        inputs = sorted(p for folder in folders if folder.exists() for p in folder.rglob("*") if p.is_file())
        key = (project.site_url, *((str(p), p.stat().st_mtime_ns, p.stat().st_size) for p in inputs))
        if self._generated is None or self._generated[0] != key:
            try:
                edition, changed = generate(project, self.config.books)
            except (InputError, InputErrors) as err:
                raise PluginError(f"bad input:\n{err}") from None
            log.info(
                f"{len(changed)} generated file(s) written under {project.docs}"
                if changed
                else "generated files up to date"
            )
            self._generated = (key, edition)
        return self._generated[1]

    @event_priority(100)  # before mkdocs-static-i18n (-100) reads the configuration
    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        edition = self._edition(Project(Path(config.config_file_path).parent))
        i18n = config.plugins.get("i18n")
        current = getattr(i18n, "current_language", None)
        locale = edition.locale(current) if current else edition.locales[0]
        labels = locale.labels
        config.nav = nav(edition, locale)
        # the published address (data/edition.yml) unless SITE_URL names a mirror: canonical links
        config.site_url = edition.identity.address or config.site_url
        config.site_name = locale.text(edition.identity.title)
        config.site_description = labels.site_description
        config.extra["labels"] = labels.model_dump()  # for overrides/ templates
        # the headings' ¶ links (Python-Markdown's toc; mkdocs-static-i18n cannot set it per language)
        config.mdx_configs.setdefault("toc", {})["permalink_title"] = labels.heading_permalink
        config.extra["feed"] = feed_link(locale)
        try:
            release = release_of(edition)  # a release built by mike (make release), or None
        except ReleaseError as err:
            raise PluginError(str(err)) from None
        config.extra["release"] = release
        if release and edition.identity.address:  # a release's pages are canonical in their release
            config.site_url = f"{edition.identity.address}{release}/"
        for scheme, name in zip(config.theme["palette"], labels.palette_toggle, strict=True):
            scheme["toggle"]["name"] = name
        return config

    def on_page_markdown(self, markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
        """A hand-written page may show the edition's notes, counted and listed, where it says
        ``<!-- edition:annotations -->`` (the editorial page); a page shows the downloads with their
        sizes where it says ``<!-- edition:downloads -->`` (or ``… REPORT -->``, a report's)."""
        if self._generated is None or "<!-- edition:" not in markdown:
            return markdown
        edition = self._generated[1]
        i18n = config.plugins.get("i18n")
        current = getattr(i18n, "current_language", None)
        locale = edition.locale(current) if current else edition.locales[0]
        markdown = markdown.replace(PLACEHOLDER, summary(edition, locale))
        folder = edition.project.docs / FOLDER
        sizes = {f"{FOLDER}/{p.name}": p.stat().st_size for p in sorted(folder.iterdir())} if folder.exists() else {}
        root = "../" * page.file.dest_uri.count("/")
        return DOWNLOADS.sub(lambda m: listing(edition, locale, sizes, root, m[1]), markdown)

    def on_post_page(self, output: str, page: Page, config: MkDocsConfig) -> str:
        return trim_html(output)

    @event_priority(-200)  # after mkdocs-static-i18n built every language and merged Material's index
    def on_post_build(self, config: MkDocsConfig) -> None:
        i18n = config.plugins.get("i18n")
        if i18n is not None and getattr(i18n, "building", False):  # another language's inner build
            return
        site = Path(config.site_dir)
        project = Project(Path(config.config_file_path).parent)
        others = [lang for lang in i18n.all_languages if lang != i18n.default_language] if i18n else []
        write_redirects(site, ["", *(f"{lang}/" for lang in others)], project.moved())
        if self.config.search_index and i18n is not None and self._generated is not None:
            edition = self._generated[1]
            # every form of every name in every language finds the others (and the actor's page)
            names = [
                (
                    f"actors/{name.id}.html" if name.is_actor else None,
                    [f for loc in edition.locales for f in name.forms_in(loc.lang)],
                )
                for name in edition.names.root
            ]
            write_search_index(site, i18n.default_language, others, names)
        minify_assets(project.overrides, site)
        if self.config.archive:
            write_archive(site)

    def on_serve(self, server: Any, config: MkDocsConfig, builder: Any) -> Any:
        project = Project(Path(config.config_file_path).parent)
        for path in (project.seeds, project.data):
            server.watch(str(path))
        return server
