"""publish.write: docs/ holds exactly the generated files among the paths the pipeline owns."""

import os

from edition.publish.write import owned_files, write_files


def files(docs):
    return {p.relative_to(docs).as_posix(): p.read_text(encoding="utf-8") for p in docs.rglob("*") if p.is_file()}


def test_writes_new_files(tmp_path):
    changed = write_files(tmp_path, {"ja/index.md": "# ホーム\n", "en/report-a/s1.md": "text", "data/a.csv": "x"})
    assert sorted(p.relative_to(tmp_path).as_posix() for p in changed) == [
        "data/a.csv",
        "en/report-a/s1.md",
        "ja/index.md",
    ]
    assert files(tmp_path) == {"ja/index.md": "# ホーム\n", "en/report-a/s1.md": "text", "data/a.csv": "x"}


def test_writes_only_what_changed(tmp_path):
    write_files(tmp_path, {"ja/index.md": "old", "ja/timeline.md": "same"})
    same = tmp_path / "ja" / "timeline.md"
    os.utime(same, ns=(1_000_000_000, 1_000_000_000))
    changed = write_files(tmp_path, {"ja/index.md": "new", "ja/timeline.md": "same"})
    assert changed == [tmp_path / "ja" / "index.md"]
    assert same.stat().st_mtime_ns == 1_000_000_000  # not touched
    assert (tmp_path / "ja" / "index.md").read_text(encoding="utf-8") == "new"
    assert write_files(tmp_path, {"ja/index.md": "new", "ja/timeline.md": "same"}) == []


def test_removes_stale_owned_files_and_leaves_the_others(tmp_path):
    write_files(
        tmp_path, {"ja/index.md": "a", "ja/report-a/s9.md": "gone", "ja/actors/x.md": "gone", "data/old.csv": "gone"}
    )
    for name in ("editorial.md", "ja/editorial.md", "ja/report-a/notes.txt", "assets/x.md", "index.md"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("hand-written", encoding="utf-8")
    changed = write_files(tmp_path, {"ja/index.md": "a"})
    assert sorted(p.relative_to(tmp_path).as_posix() for p in changed) == [
        "data/old.csv",
        "ja/actors/x.md",
        "ja/report-a/s9.md",
    ]
    assert files(tmp_path) == {
        "ja/index.md": "a",
        "editorial.md": "hand-written",
        "ja/editorial.md": "hand-written",
        "ja/report-a/notes.txt": "hand-written",
        "assets/x.md": "hand-written",
        "index.md": "hand-written",
    }


def test_owned_files(tmp_path):
    names = ["ja/index.md", "en/report-b/index.md", "en/events/e.md", "ja/bibliography.md", "data/x.json", "offline.md"]
    for name in names:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("", encoding="utf-8")
    assert {p.relative_to(tmp_path).as_posix() for p in owned_files(tmp_path)} == set(names) - {"offline.md"}


def test_no_temporary_file_is_left(tmp_path):
    write_files(tmp_path, {"ja/index.md": "a"})
    write_files(tmp_path, {"ja/index.md": "b"})
    assert [p.name for p in (tmp_path / "ja").iterdir()] == ["index.md"]
