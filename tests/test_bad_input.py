"""Bad input gets a clear error naming the file and line, a non-zero exit, and docs/ untouched.
CRLF line ends and a BOM are handled: the output is the same as from the real seeds."""

import hashlib

import pytest
from helpers import ROOT, copy_project, run_edition

SEED_A = "000_8fde553add317366.txt"
SEED_B = "001_ad2acc227bec59af.txt"


def generate(project):
    return run_edition("generate", root=project)


def snapshot(docs):
    return {p.relative_to(docs): hashlib.sha256(p.read_bytes()).hexdigest() for p in docs.rglob("*") if p.is_file()}


@pytest.fixture(scope="module")
def generated(tmp_path_factory):
    """A project copy whose docs/ holds a good generation: what bad input must leave alone."""
    project = copy_project(tmp_path_factory.mktemp("good"))
    assert generate(project).returncode == 0
    return project


@pytest.fixture
def project(generated, tmp_path):
    copy = copy_project(tmp_path)
    for path in (copy / "docs").rglob("*"):  # the good generation, not whatever the checkout has
        if path.is_file():
            path.unlink()
    for path in (p for p in (generated / "docs").rglob("*") if p.is_file()):
        target = copy / "docs" / path.relative_to(generated / "docs")
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(path.read_bytes())
    return copy


def edit(project, name, change):
    path = project / "seeds" / name
    path.write_bytes(change(path.read_bytes()))
    return path


def lines_of(data):
    return data.decode("utf-8").split("\n")


def fails(project, file, line, message):
    """Generation exits non-zero with ``file:line: …message…`` on one line of its errors, and
    leaves docs/ as it was."""
    before = snapshot(project / "docs")
    result = generate(project)
    assert result.returncode != 0
    expected = f"{file}:{line}: " if line else f"{file}:"
    assert any(expected in row and message in row for row in result.stderr.splitlines()), result.stderr
    assert snapshot(project / "docs") == before
    return result.stderr


def line_of(path, text):
    """The number of the first line of ``path`` that contains ``text``."""
    return next(n for n, row in enumerate(path.read_text(encoding="utf-8").split("\n"), 1) if text in row)


def change(path, old, new):
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_truncated_seed(project):
    seed = edit(project, SEED_A, lambda data: "\n".join(lines_of(data)[:200]).encode())
    fails(project, seed, 200, "no notes section")


def test_truncated_seed_without_notes_section(project):
    seed = edit(project, SEED_B, lambda data: "\n".join(lines_of(data)[:169]).encode())
    fails(project, seed, 169, "ends in mid-sentence")


def test_edited_seed_fails_its_checksum(project):
    edit(project, SEED_B, lambda d: d.replace("本研究会では".encode(), "本研究会で".encode(), 1))
    meta = project / "seeds" / "report-b.yml"
    fails(project, meta, line_of(meta, "seed_sha256:"), "seed_sha256 does not match")


def test_notes_out_of_sequence(project):
    seed = edit(project, SEED_A, lambda d: d.replace("られている 10。".encode(), "られている 11。".encode(), 1))
    fails(project, seed, 219, "note marker 11 is out of sequence")


def test_marker_without_note(project):
    # drop the text of note 12 (its two lines): marker 12 is left without a note
    seed = edit(project, SEED_A, lambda data: "\n".join(lines_of(data)[:268]).encode())
    fails(project, seed, 235, "note marker 12 has no note text (the notes section ends at note 11)")


def test_note_without_marker(project):
    seed = edit(project, SEED_A, lambda d: d.replace("過ぎない 1。".encode(), "過ぎない。".encode(), 1))
    fails(project, seed, 32, "note marker 2 is out of sequence or has no note text (expected note 1)")


def test_non_utf8_seed(project):
    seed = edit(
        project, SEED_B, lambda data: data.replace("ロシアは北朝鮮".encode(), "ロシアは北朝鮮".encode("shift_jis"), 1)
    )
    fails(project, seed, 17, "not valid UTF-8")


def test_empty_seed(project):
    seed = edit(project, SEED_B, lambda data: b"")
    fails(project, seed, None, "the seed is empty")


def test_broken_yaml(project):
    meta = project / "seeds" / "report-a.yml"
    meta.write_text(meta.read_text(encoding="utf-8").replace("title:\n", "title: [\n", 1), encoding="utf-8")
    fails(project, meta, None, "invalid YAML")


def test_metadata_schema_error_names_the_line(project):
    meta = project / "seeds" / "report-b.yml"
    text = meta.read_text(encoding="utf-8").replace("status: probable", "status: certain", 1)
    meta.write_text(text, encoding="utf-8")
    line = text.split("\n").index("  status: certain") + 1
    fails(project, meta, line, "publication.status")


def test_editorial_rule_that_drifted(project):
    rules = project / "data" / "editorial" / "report-a.yml"
    change(rules, "after_line: 152", "after_line: 151")
    fails(
        project,
        rules,
        line_of(rules, "after_line: 151"),
        "paragraph break after line 151: the seed line does not end with",
    )


def test_every_schema_error_of_a_file_is_reported_with_its_line(project):
    meta = project / "seeds" / "report-a.yml"
    change(meta, "status: probable", "status: certain")
    change(meta, "chapter_number: 7", "chapter_number: seven")
    change(meta, "named_in_source: true", "named_in_source: true\n  born: 1966")
    stderr = fails(project, meta, line_of(meta, "  status: certain"), "publication.status")
    assert f"{meta}:{line_of(meta, 'chapter_number: seven')}: chapter_number" in stderr
    assert f"{meta}:{line_of(meta, '  born: 1966')}: author.born: Extra inputs are not permitted" in stderr


def test_errors_of_several_files_are_reported_together(project):
    names, sources = project / "data" / "names.yml", project / "data" / "sources.yml"
    change(names, "      report: report-a", "      report: report-c")
    change(sources, "  report-a:", "  report_a:")
    stderr = fails(project, names, None, "roles: unknown report 'report-c'")
    assert f"{sources}:{line_of(sources, '  report_a:')}: citations: unknown report 'report_a'" in stderr


def test_a_role_in_an_unknown_report_names_the_entry(project):
    names = project / "data" / "names.yml"
    change(names, "      report: report-a", "      report: report-c")
    rows = names.read_text(encoding="utf-8").split("\n")
    changed = rows.index("      report: report-c")
    entry = max(n for n in range(changed) if rows[n].startswith("- id:")) + 1
    fails(project, names, entry, "roles: unknown report 'report-c'")


def test_a_mistyped_report_key_in_the_sources_is_an_error(project):
    sources = project / "data" / "sources.yml"
    change(sources, "  report-a:", "  report-x:")
    fails(project, sources, line_of(sources, "  report-x:"), "citations: unknown report 'report-x'")


@pytest.mark.parametrize(
    "change",
    [
        pytest.param(lambda data: data.replace(b"\n", b"\r\n"), id="crlf"),
        pytest.param(lambda data: b"\xef\xbb\xbf" + data, id="bom"),
    ],
)
def test_crlf_and_bom_are_handled(project, change):
    before = snapshot(project / "docs")
    for name in (SEED_A, SEED_B):
        edit(project, name, change)
    result = generate(project)
    assert result.returncode == 0, result.stderr
    assert snapshot(project / "docs") == before


def test_the_real_checkout_is_not_touched_by_these_tests():
    assert (ROOT / "seeds" / SEED_A).read_bytes().startswith(" 第 7章".encode())
