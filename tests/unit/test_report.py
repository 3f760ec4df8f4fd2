"""source.report: one report from its metadata, seed and editorial data; every error at once."""

import hashlib

import yaml

from edition.errors import Problems
from edition.source.report import load_report

from .factories import meta, write

SEED = "第 1章　試験の表題\n山田　太郎\nはじめに\n本文である 1。\n―注―\n1 注の本文。\n"


def files(tmp_path, seed=SEED, **fields):
    digest = hashlib.sha256(SEED.encode()).hexdigest()
    data = meta(id="report-x", seed="x.txt", seed_sha256=digest, chapter_number=1, **fields).model_dump(
        exclude_none=True
    )
    meta_path = write(tmp_path / "seeds" / "report-x.yml", yaml.safe_dump(data, allow_unicode=True, sort_keys=False))
    (tmp_path / "seeds" / "x.txt").write_text(seed, encoding="utf-8", newline="")
    return meta_path, write(tmp_path / "editorial" / "report-x.yml", "paragraph_breaks: []\n")


def test_load_report(tmp_path):
    problems = Problems()
    report = load_report(*files(tmp_path), problems)
    assert problems.errors == []
    assert report.meta.id == "report-x"
    assert report.front_matter == "第1章　試験の表題山田　太郎"
    assert [p.text for p in report.chapters[0].paragraphs] == ["本文である。"]


def test_crlf_seed_has_the_same_checksum(tmp_path):
    problems = Problems()
    assert load_report(*files(tmp_path, seed=SEED.replace("\n", "\r\n")), problems) is not None
    assert problems.errors == []


def test_id_must_match_the_file_name(tmp_path):
    meta_path, editorial = files(tmp_path)
    renamed = meta_path.rename(meta_path.with_name("report-y.yml"))
    problems = Problems()
    assert load_report(renamed, editorial, problems) is None
    ((error),) = problems.errors
    assert (error.line, error.message) == (1, "id 'report-x' does not match the file name")


def test_edited_seed_reports_the_checksum_and_the_parse_error(tmp_path):
    problems = Problems()
    assert load_report(*files(tmp_path, seed=SEED.replace("本文である 1。", "本文である 2。")), problems) is None
    assert [(e.path.name, e.line) for e in problems.errors] == [("report-x.yml", 3), ("x.txt", 4)]
    assert problems.errors[0].message.startswith("seed_sha256 does not match x.txt")
    assert "note marker 2" in problems.errors[1].message


def test_missing_editorial_file(tmp_path):
    meta_path, editorial = files(tmp_path)
    editorial.unlink()
    problems = Problems()
    assert load_report(meta_path, editorial, problems) is None
    assert [(e.path, e.message) for e in problems.errors] == [(editorial, "file not found")]
