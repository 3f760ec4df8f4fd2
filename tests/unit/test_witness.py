"""source.witness: the metadata agrees with its seed (checksum, front matter)."""

import hashlib

import pytest
import yaml

from edition.errors import InputError, Problems
from edition.model.meta import ReportMeta
from edition.source.witness import check_checksum, check_front_matter
from edition.yamlfile import load

from .factories import meta, report, write


def loaded(tmp_path, **fields):
    data = meta(**fields).model_dump(exclude_none=True)
    return load(write(tmp_path / "report-x.yml", yaml.safe_dump(data, allow_unicode=True, sort_keys=False)), ReportMeta)


def with_front(front_matter):
    r = report()
    r.front_matter = front_matter
    return r


def test_checksum_of_the_lines_joined_with_lf(tmp_path):
    lines = ["はじめに", "本文。", ""]
    digest = hashlib.sha256("はじめに\n本文。\n".encode()).hexdigest()
    problems = Problems()
    check_checksum(lines, loaded(tmp_path, seed_sha256=digest), problems)
    assert problems.errors == []


def test_checksum_mismatch(tmp_path):
    problems = Problems()
    metadata = loaded(tmp_path)
    check_checksum(["はじめに"], metadata, problems)
    (error,) = problems.errors
    assert error.line == metadata.line("seed_sha256") == 3
    assert error.message.startswith("seed_sha256 does not match x.txt (sha256 ")


def test_front_matter_matches_whatever_the_spaces(tmp_path):
    metadata = loaded(tmp_path, chapter_number=7, subtitle={"ja": "─副題─", "en": "Sub"})
    check_front_matter(with_front("第7章　試験の表題─副題─山田　太郎"), metadata)
    check_front_matter(with_front("第 7章 試験の 表題 ─副題─ 山田太郎"), metadata)


@pytest.mark.parametrize(
    "front", ["第7章試験の表題─副題─", "第8章試験の表題─副題─山田太郎", "試験の表題─副題─山田太郎"]
)
def test_front_matter_mismatch(tmp_path, front):
    metadata = loaded(tmp_path, chapter_number=7, subtitle={"ja": "─副題─", "en": "Sub"})
    with pytest.raises(InputError, match="do not match the seed's front matter") as raised:
        check_front_matter(with_front(front), metadata)
    assert raised.value.line == metadata.line("title")


def test_no_front_matter_needs_a_supplied_title_and_no_author(tmp_path):
    title = {"ja": "補った表題", "en": "Supplied", "supplied": True}
    check_front_matter(with_front(""), loaded(tmp_path, title=title, author={"named_in_source": False}))
    with pytest.raises(InputError, match="mark the title supplied and the author not named"):
        check_front_matter(with_front(""), loaded(tmp_path, title=title))
    with pytest.raises(InputError, match="mark the title supplied"):
        check_front_matter(with_front(""), loaded(tmp_path, author={"named_in_source": False}))


def test_a_supplied_title_with_front_matter_is_an_error(tmp_path):
    title = {"ja": "試験の表題", "en": "A Test Title", "supplied": True}
    with pytest.raises(InputError, match="do not match"):
        check_front_matter(with_front("試験の表題山田太郎"), loaded(tmp_path, title=title))
