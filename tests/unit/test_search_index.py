"""publish.search_index: one search index per language from the merged index."""

import json

from edition.publish.search_index import split_search_index


def merged(site, inline):
    index = {
        "config": {"lang": ["ja", "en"], "separator": "x"},
        "docs": [
            {"location": "", "title": "ホーム"},
            {"location": "report-a/s1.html#s1", "title": "1．"},
            {"location": "en/", "title": "Home"},
            {"location": "en/report-a/s1.html#s1", "title": "1."},
        ],
    }
    (site / "search").mkdir(parents=True)
    (site / "search" / "search_index.json").write_text(json.dumps(index), encoding="utf-8")
    if inline:
        (site / "search" / "search_index.js").write_text("var __index = {}", encoding="utf-8")


def read(path):
    return json.loads(path.read_text(encoding="utf-8"))


def test_split(tmp_path):
    merged(tmp_path, inline=False)
    split_search_index(tmp_path, "ja", ["en"])
    ja, en = read(tmp_path / "search" / "search_index.json"), read(tmp_path / "en" / "search" / "search_index.json")
    assert [d["location"] for d in ja["docs"]] == ["", "report-a/s1.html#s1"]
    assert [d["location"] for d in en["docs"]] == ["", "report-a/s1.html#s1"]  # relative to en/
    assert [d["title"] for d in en["docs"]] == ["Home", "1."]
    assert ja["config"] == {"lang": ["ja", "en"], "separator": "x"}
    assert en["config"]["lang"] == ["en", "ja"]  # its own language first
    assert not (tmp_path / "en" / "search" / "search_index.js").exists()


def test_split_inline_index_of_the_offline_plugin(tmp_path):
    merged(tmp_path, inline=True)
    split_search_index(tmp_path, "ja", ["en"])
    text = (tmp_path / "en" / "search" / "search_index.js").read_text(encoding="utf-8")
    assert text.startswith("var __index = ")
    assert json.loads(text.removeprefix("var __index = ")) == read(tmp_path / "en" / "search" / "search_index.json")
