"""edition: the one Edition value, and the load stage that reports every input error at once."""

import shutil

import pytest

from edition.edition import load
from edition.errors import InputError, InputErrors
from edition.project import Project

from .factories import ROOT, edition, write


@pytest.fixture
def ed(tmp_path, locales):
    return edition(tmp_path, locales)


def test_locales(ed, ja, en):
    assert ed.locale("en") is en
    assert ed.other_locale(ja) is en and ed.other_locale(en) is ja


def test_reports(ed):
    assert [r.meta.id for r in ed.originals] == ["report-a", "report-b"]
    assert ed.report("en", "report-b").chapters[0].language == "en"
    assert ed.report("ja", "report-b").chapters[0].language == "ja"


def test_letters_in_id_order(ed, ja, en):
    assert (ed.letter("report-a"), ed.letter("report-b")) == ("A", "B")
    assert ed.report_label(ja, "report-b") == "報告B"
    assert ed.report_label(en, "report-a") == "Report A"


def project(root, names="[]\n"):
    """A project with one bad seed, beside the real configuration and words."""
    shutil.copy(ROOT / "mkdocs.yml", root / "mkdocs.yml")
    for name in ("ui.yml", "edition.yml"):
        write(root / "data" / name, (ROOT / "data" / name).read_text(encoding="utf-8"))
    write(root / "seeds" / "report-a.yml", "id: report-b\n")
    write(root / "data" / "editorial" / "report-a.yml", "paragraph_breaks: []\n")
    write(root / "data" / "names.yml", names)
    return Project(root)


def test_load_reports_the_errors_of_every_report(tmp_path):
    p = project(tmp_path)
    write(tmp_path / "seeds" / "report-c.yml", "id: report-c\nseed: c.txt\n")
    with pytest.raises(InputErrors) as raised:
        load(p)
    files = {e.path.name for e in raised.value.errors}
    assert files == {"report-a.yml", "report-c.yml"}
    assert len(raised.value.errors) > 2  # every schema error of both, not the first only


def test_load_reports_the_locales_with_the_reports(tmp_path):
    p = project(tmp_path)
    write(tmp_path / "data" / "ui.yml", "ja: {}\n")
    with pytest.raises(InputErrors) as raised:
        load(p)
    assert {e.path.name for e in raised.value.errors} == {"ui.yml", "report-a.yml"}


def test_load_needs_a_report(tmp_path):
    p = project(tmp_path)
    (tmp_path / "seeds" / "report-a.yml").unlink()
    with pytest.raises(InputError, match=r"no report \(seeds/\*\.yml\)"):
        load(p)


def test_load_reports_a_bad_identity_with_its_line(tmp_path):
    p = project(tmp_path)
    identity = tmp_path / "data" / "edition.yml"
    identity.write_text(identity.read_text(encoding="utf-8").replace("version: 1.0.0", "version: 1.0"), "utf-8")
    with pytest.raises(InputErrors) as raised:
        load(p)
    [error] = [e for e in raised.value.errors if e.path.name == "edition.yml"]
    assert error.line == 11 and "version" in str(error)
