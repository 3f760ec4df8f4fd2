"""project: where the files are, and what mkdocs.yml says about the languages."""

import pytest

from edition.errors import InputError
from edition.project import Language, Project

from .factories import write

CONFIG = """
site_url: !ENV [EDITION_TEST_SITE_URL, "https://default.example/"]
plugins:
  - edition
  - search:
      lang: [ja, en]
  - i18n:
      languages:
        - {locale: ja, name: 日本語, default: true}
        - {locale: en, name: English}
  - redirects:
      redirect_maps: {old.md: new.md}
"""


def project(tmp_path, text=CONFIG):
    write(tmp_path / "mkdocs.yml", text)
    return Project(tmp_path)


def test_paths(tmp_path):
    p = Project(tmp_path)
    assert (p.seeds, p.data, p.docs, p.overrides, p.config_file) == (
        tmp_path / "seeds",
        tmp_path / "data",
        tmp_path / "docs",
        tmp_path / "overrides",
        tmp_path / "mkdocs.yml",
    )
    assert p.translation("en", "report-a") == tmp_path / "data" / "translations" / "en" / "report-a.yml"


def test_report_files_in_id_order(tmp_path):
    for name in ("report-b.yml", "report-a.yml", "notes.txt"):
        write(tmp_path / "seeds" / name, "x")
    assert Project(tmp_path).report_files() == [
        (tmp_path / "seeds" / "report-a.yml", tmp_path / "data" / "editorial" / "report-a.yml"),
        (tmp_path / "seeds" / "report-b.yml", tmp_path / "data" / "editorial" / "report-b.yml"),
    ]


def test_languages(tmp_path):
    assert project(tmp_path).languages == [Language("ja", "日本語", True), Language("en", "English", False)]


def test_exactly_one_default_language(tmp_path):
    with pytest.raises(InputError, match="exactly one default"):
        _ = project(tmp_path, CONFIG.replace("name: English}", "name: English, default: true}")).languages
    with pytest.raises(InputError, match="exactly one default"):
        _ = project(tmp_path / "none", "plugins: [edition]\n").languages


def test_env_tag(tmp_path, monkeypatch):
    monkeypatch.delenv("EDITION_TEST_SITE_URL", raising=False)
    assert project(tmp_path).site_url == "https://default.example/"
    monkeypatch.setenv("EDITION_TEST_SITE_URL", "https://set.example/")
    assert project(tmp_path / "again").site_url == "https://set.example/"


def test_env_tag_without_default(tmp_path, monkeypatch):
    monkeypatch.delenv("EDITION_TEST_SITE_URL", raising=False)
    assert project(tmp_path, "site_url: !ENV EDITION_TEST_SITE_URL\n").site_url == ""


def test_plugin_config_and_redirects(tmp_path):
    p = project(tmp_path)
    assert p.plugin_config("search") == {"lang": ["ja", "en"]}
    assert p.plugin_config("edition") == {}  # listed without options
    assert p.plugin_config("missing") == {}
    assert p.redirects == {"old.md": "new.md"}


def test_unreadable_configuration(tmp_path):
    with pytest.raises(InputError, match="cannot read the configuration"):
        _ = Project(tmp_path).config
    with pytest.raises(InputError, match="cannot read the configuration"):
        _ = project(tmp_path, "plugins: [\n").config
