"""Release records, what changed between releases, the differences, and the errata's checks."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from edition.data.errata import load_errata
from edition.data.releases import History, Release, State, Text, load_history, record, sha256
from edition.errors import InputErrors
from edition.model import ids
from edition.render.changelog import difference

from .factories import write


def state(ja: str, en: str, en_lang: str = "en") -> State:
    return State("paragraph", "s1", {"ja": Text(ja, "ja"), "en": Text(en, en_lang)})


def test_each_kind_of_change_is_named():
    old = {
        ("r", "kept"): state("同じ", "same"),
        ("r", "corrected"): state("誤り", "wrong"),
        ("r", "retranslated"): state("訳", "old words"),
        ("r", "translated"): state("未訳", "未訳", en_lang="ja"),
        ("r", "follows"): state("原文", "原文", en_lang="ja"),
        ("r", "removed"): state("消える", "gone"),
    }
    new = {
        ("r", "kept"): state("同じ", "same"),
        ("r", "corrected"): state("正し", "wrong"),
        ("r", "retranslated"): state("訳", "new words"),
        ("r", "translated"): state("未訳", "untranslated no more"),
        ("r", "follows"): state("原文の訂正", "原文の訂正", en_lang="ja"),  # untranslated: said once
        ("r", "added"): state("新しい", "new"),
    }
    history = History([Release("1.0.0", "2026-01-01", old, True), Release("1.1.0", "2026-02-01", new, False)], "ja")
    assert {c.anchor: c.statuses for c in history.changes(1)} == {
        "corrected": ("corrected",),
        "retranslated": ("retranslated",),
        "translated": ("translated",),
        "follows": ("corrected",),
        "added": ("added",),
        "removed": ("removed",),
    }
    assert history.changes(0) == []
    assert set(history.changed) == {
        ("r", a) for a in ("corrected", "retranslated", "translated", "follows", "added", "removed")
    }


def test_a_record_keeps_only_the_texts_that_changed_and_is_read_back(tmp_path: Path):
    first = {("r", "p1"): state("一", "one"), ("r", "p2"): state("二", "two")}
    folder = tmp_path / "releases"
    folder.mkdir()
    (folder / "1.0.0.json").write_text(record("1.0.0", "2026-01-01", first, None), encoding="utf-8")
    history = load_history(folder, "1.0.0", "2026-01-01", first, "ja", tmp_path / "edition.yml")
    second = {("r", "p1"): state("一", "one, corrected"), ("r", "p2"): state("二", "two")}
    text = record("1.1.0", "2026-02-01", second, history.releases[0])
    data = json.loads(text)
    assert data["reports"]["r"]["p2"]["texts"]["en"] == {"sha256": sha256("two")}  # unchanged: hash only
    assert data["reports"]["r"]["p1"]["texts"]["en"]["text"] == "one, corrected"
    (folder / "1.1.0.json").write_text(text, encoding="utf-8")
    history = load_history(folder, "1.2.0", "2026-03-01", second, "ja", tmp_path / "edition.yml")
    assert [(r.version, r.recorded) for r in history.releases] == [("1.0.0", True), ("1.1.0", True), ("1.2.0", False)]
    assert history.releases[1].segments[("r", "p2")].texts["en"].text == "two"  # from 1.0.0, by its hash
    assert history.changes(2) == []  # nothing changed since 1.1.0


def test_a_record_whose_text_does_not_match_its_hash_is_an_error(tmp_path: Path):
    folder = tmp_path / "releases"
    folder.mkdir()
    text = record("1.0.0", "2026-01-01", {("r", "p1"): state("一", "one")}, None)
    (folder / "1.0.0.json").write_text(text.replace('"text": "one"', '"text": "uno"'), encoding="utf-8")
    with pytest.raises(InputErrors) as raised:
        load_history(folder, "1.0.0", "2026-01-01", {}, "ja", tmp_path / "edition.yml")
    error = raised.value.errors[0]
    assert error.path.name == "1.0.0.json" and error.line and "does not match its hash" in error.message


def test_the_version_cannot_go_back(tmp_path: Path):
    folder = tmp_path / "releases"
    folder.mkdir()
    (folder / "2.0.0.json").write_text(record("2.0.0", "2026-01-01", {}, None), encoding="utf-8")
    with pytest.raises(Exception, match="older than the last release"):
        load_history(folder, "1.9.0", "2026-02-01", {}, "ja", tmp_path / "edition.yml")


def test_differences_by_character_and_by_word():
    assert str(difference("本研究会では、", "本研究会は、", words=False)) == "本研究会<del>で</del>は、"
    assert str(difference("are not close", "are never close", words=True)) == "are <del>not</del><ins>never</ins> close"
    assert str(difference("<a>", "<b>", words=False)) == "&lt;<del>a</del><ins>b</ins>&gt;"  # escaped


def test_change_anchors_are_language_neutral_ascii():
    assert ids.change("1.10.0", "report-a", "s1-2-p3") == "v1-10-0-report-a-s1-2-p3"


ERRATUM = """\
- date: "{date}"
  target: {target}
  kind: text
  was: {{ja: 誤, en: wrong}}
  now: {{ja: 正, en: right}}
"""


def test_errata_are_listed_newest_first(tmp_path: Path):
    path = write(
        tmp_path / "errata.yml",
        ERRATUM.format(date="2026-01-05", target="report-a/s1-p1")
        + ERRATUM.format(date="2026-03-01", target="report-a/s1-p1"),
    )
    assert [e.date.isoformat() for e in load_errata(path, {"report-a/s1-p1"})] == ["2026-03-01", "2026-01-05"]


@pytest.mark.parametrize(
    ("date", "target", "line", "message"),
    [
        ("2026-02-30", "report-a/s1-p1", 6, "date"),
        ("2026-02-01", "report-a/s9-p1", 7, "no heading, paragraph or note 'report-a/s9-p1'"),
    ],
)
def test_a_bad_erratum_is_reported_with_its_file_and_line(tmp_path: Path, date, target, line, message):
    path = write(
        tmp_path / "errata.yml",
        ERRATUM.format(date="2026-01-05", target="report-a/s1-p1") + ERRATUM.format(date=date, target=target),
    )
    with pytest.raises(InputErrors) as raised:
        load_errata(path, {"report-a/s1-p1"})
    [error] = raised.value.errors
    assert (error.path, error.line) == (path, line) and message in error.message
