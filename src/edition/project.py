"""Where the edition's files are, and what its configuration (mkdocs.yml) says about languages.

The configuration is read here, once, for the standalone commands and the plugin alike (so the
pipeline does not depend on MkDocs running it): the languages and default of the i18n plugin,
the site's address and the redirects.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any

import yaml

from .errors import InputError


class _ConfigLoader(yaml.SafeLoader):
    """mkdocs.yml's ``!ENV`` tags resolved as MkDocs resolves them (variable, or its default)."""


def _env(loader: yaml.SafeLoader, node: yaml.Node) -> str | None:
    """``!ENV NAME`` or ``!ENV [NAME, …, default]``."""
    values = [str(item.value) for item in node.value] if isinstance(node, yaml.SequenceNode) else [str(node.value)]
    variables, default = (values[:-1], values[-1]) if len(values) > 1 else (values, None)
    return next((os.environ[v] for v in variables if v in os.environ), default)


_ConfigLoader.add_constructor("!ENV", _env)


@dataclass(frozen=True)
class Language:
    """A language of the site as the i18n plugin configures it."""

    code: str
    name: str
    default: bool


@dataclass(frozen=True)
class Project:
    root: Path

    @property
    def seeds(self) -> Path:
        return self.root / "seeds"

    @property
    def data(self) -> Path:
        return self.root / "data"

    @property
    def docs(self) -> Path:
        return self.root / "docs"

    @property
    def overrides(self) -> Path:
        return self.root / "overrides"

    @property
    def config_file(self) -> Path:
        return self.root / "mkdocs.yml"

    def report_files(self) -> list[tuple[Path, Path]]:
        """(metadata, editorial data) of every report, discovered from seeds/*.yml in id order:
        adding a report is adding its seed, its metadata and its editorial file."""
        return [(meta, self.data / "editorial" / meta.name) for meta in sorted(self.seeds.glob("*.yml"))]

    def translation(self, lang: str, report: str) -> Path:
        return self.data / "translations" / lang / f"{report}.yml"

    @cached_property
    def config(self) -> dict[str, Any]:
        try:
            config = yaml.load(self.config_file.read_text(encoding="utf-8"), Loader=_ConfigLoader)
        except (OSError, yaml.YAMLError) as err:
            raise InputError(self.config_file, None, f"cannot read the configuration: {err}") from None
        return config if isinstance(config, dict) else {}

    def plugin_config(self, name: str) -> dict[str, Any]:
        for plugin in self.config.get("plugins", []):
            if isinstance(plugin, dict) and name in plugin:
                return plugin[name] or {}
        return {}

    @property
    def languages(self) -> list[Language]:
        """The i18n plugin's languages: the single source of truth for the site's languages."""
        configured = self.plugin_config("i18n").get("languages", [])
        languages = [Language(str(item["locale"]), str(item["name"]), bool(item.get("default"))) for item in configured]
        if sum(language.default for language in languages) != 1:
            raise InputError(self.config_file, None, "the i18n plugin needs languages with exactly one default")
        return languages

    @property
    def books(self) -> bool:
        """Whether a build makes the EPUBs and PDFs (the edition plugin's ``books``, from the
        EDITION_BOOKS variable: the tests' copies of the project leave them out)."""
        return str(self.plugin_config("edition").get("books", True)).lower() not in {"false", "0", "no"}

    @property
    def site_url(self) -> str:
        return str(self.config.get("site_url") or "")

    def moved(self) -> dict[str, str]:
        """The pages the edition moved (data/moved.yml: old → new, .md paths under a language's root)."""
        path = self.data / "moved.yml"
        if not path.exists():
            return {}
        try:
            pages = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        except yaml.YAMLError as err:
            raise InputError(path, None, f"invalid YAML: {err}") from None
        if not isinstance(pages, dict) or not all(isinstance(v, str) for v in [*pages, *pages.values()]):
            raise InputError(path, None, "expected a mapping of old page → new page")
        return pages

    @property
    def redirects(self) -> dict[str, str]:
        """Every moved page (old → new, .md paths): mkdocs-redirects' redirect_maps, and the pages
        the edition moves in every language (data/moved.yml, with each language's prefix)."""
        maps = dict(self.plugin_config("redirects").get("redirect_maps") or {})
        moved = self.moved()
        if moved:
            prefixes = [""] + [f"{language.code}/" for language in self.languages if not language.default]
            maps |= {f"{prefix}{old}": f"{prefix}{new}" for prefix in prefixes for old, new in moved.items()}
        return maps
