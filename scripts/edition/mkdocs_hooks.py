"""MkDocs hooks (mkdocs.yml ``hooks:``): the pipeline runs inside every build and serve.

- on_config: regenerate docs/ from seeds/ and data/ (only changed files are written), and
  set what differs per language: the navigation (from the document model), the site name
  and the labels of the templates (data/ui.yml).
- on_post_build: split the search index per language (search_index.py), then pack the whole
  site into edition.zip for reading offline (archive.py).
- on_serve: watch seeds/ and data/, so editing a seed or the editorial data rebuilds.
"""

from __future__ import annotations

from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

from edition import yamldata
from edition.archive import write_archive
from edition.build import Project, generate
from edition.errors import InputError
from edition.pages import UI, nav
from edition.search_index import split_search_index


def _project(config: MkDocsConfig) -> Project:
    return Project(Path(config.config_file_path).parent)


_generated: dict[tuple[object, ...], tuple[dict, UI]] = {}


def _generate(project: Project, site_url: str) -> tuple[dict, UI]:
    """Generate once per state of the inputs: mkdocs-static-i18n runs on_config again for each
    language, and `mkdocs serve` again after every edit."""
    inputs = sorted(p for folder in (project.seeds, project.data) for p in folder.rglob("*") if p.is_file())
    key = (site_url, *((str(p), p.stat().st_mtime_ns, p.stat().st_size) for p in inputs))
    if key not in _generated:
        _generated.clear()
        editions, _ = generate(project, site_url)
        _generated[key] = (editions, yamldata.load(project.data / "ui.yml", UI))
    return _generated[key]


@event_priority(100)  # before mkdocs-static-i18n (-100) reads the configuration
def on_config(config: MkDocsConfig) -> MkDocsConfig:
    project = _project(config)
    i18n = config.plugins.get("i18n")
    lang = (i18n.current_language if i18n else None) or "ja"
    try:
        editions, ui = _generate(project, config.site_url or "")
    except InputError as err:
        raise PluginError(str(err)) from None
    labels = getattr(ui, lang)
    config.nav = nav(editions[lang], lang, ui)
    config.site_name = labels.site_title
    config.extra["labels"] = labels.model_dump()  # for overrides/ templates
    for scheme, name in zip(config.theme["palette"], labels.palette_toggle, strict=True):
        scheme["toggle"]["name"] = name
    return config


@event_priority(-200)  # after mkdocs-static-i18n merged the index and the offline plugin inlined it
def on_post_build(config: MkDocsConfig) -> None:
    i18n = config.plugins.get("i18n")
    if i18n is None or i18n.building:  # the inner build of another language: not finished yet
        return
    site = Path(config.site_dir)
    others = [lang for lang in i18n.all_languages if lang != i18n.default_language]
    split_search_index(site, i18n.default_language, others)
    write_archive(site)


def on_serve(server, config: MkDocsConfig, builder):
    project = _project(config)
    for path in (project.seeds, project.data):
        server.watch(str(path))
    return server
