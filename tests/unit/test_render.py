"""render: every renderer over the edition, per language and language-neutral."""

from edition.render import render, render_all

from .factories import edition
from .test_registry import EVENTS, NAMES


def test_render_all(tmp_path, locales, ja):
    ed = edition(tmp_path, locales, names=NAMES, events=EVENTS)
    files = render_all(ed)
    assert {path.split("/")[0] for path in files} == {"ja", "en", "data", "downloads"}
    assert sorted(p for p in files if p.startswith("downloads/")) == [
        "downloads/README.txt",
        "downloads/corpus.jsonl",
        "downloads/corpus.tsv",
        "downloads/report-a.tei.xml",
        "downloads/report-b.tei.xml",
    ]
    assert sorted(p for p in files if p.startswith("data/")) == [
        "data/actors.csv",
        "data/actors.json",
        "data/events.csv",
        "data/events.ics",
        "data/events.json",
    ]
    japanese = render(ed, ja)
    assert set(japanese) == {p for p in files if p.startswith("ja/")}
    assert {"ja/index.md", "ja/report-a/s1.md", "ja/actors/kim.md", "ja/events/visit.md", "ja/timeline.md"} <= set(
        japanese
    )
    assert japanese["ja/report-a/s1.md"] == files["ja/report-a/s1.md"]
    # every language has the same pages
    assert {p.removeprefix("ja/") for p in japanese} == {p.removeprefix("en/") for p in files if p.startswith("en/")}
