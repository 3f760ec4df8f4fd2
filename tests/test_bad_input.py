"""Bad input gets a clear error naming the file and line, a non-zero exit, and docs/ untouched.
CRLF line ends and a BOM are handled: the output is the same as from the real seeds."""

import hashlib
import subprocess
import sys

import pytest
from conftest import ROOT, copy_project

SEED_A = "000_8fde553add317366.txt"
SEED_B = "001_ad2acc227bec59af.txt"


def generate(project):
    return subprocess.run(
        [sys.executable, "-m", "edition", "generate", "--root", str(project)],
        capture_output=True,
        text=True,
        cwd=project,
    )


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
    before = snapshot(project / "docs")
    result = generate(project)
    assert result.returncode != 0
    expected = f"{file}:{line}:" if line else f"{file}:"
    assert expected in result.stderr, result.stderr
    assert message in result.stderr, result.stderr
    assert snapshot(project / "docs") == before


def test_truncated_seed(project):
    seed = edit(project, SEED_A, lambda data: "\n".join(lines_of(data)[:200]).encode())
    fails(project, seed, 200, "no notes section")


def test_truncated_seed_without_notes_section(project):
    seed = edit(project, SEED_B, lambda data: "\n".join(lines_of(data)[:169]).encode())
    fails(project, seed, 169, "ends in mid-sentence")


def test_edited_seed_fails_its_checksum(project):
    edit(project, SEED_B, lambda d: d.replace("本研究会では".encode(), "本研究会で".encode(), 1))
    fails(project, project / "seeds" / "report-b.yml", None, "seed_sha256 does not match")


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
    rules.write_text(rules.read_text(encoding="utf-8").replace("after_line: 152", "after_line: 151"), encoding="utf-8")
    fails(project, rules, None, "after line 151")


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
