"""render.registry: the pages of the actors and the events, and the timeline."""

import pytest
import yaml

from edition.data.events import Event
from edition.data.names import Name, NameTable
from edition.mentions import Mention
from edition.render.registry import RegistryPages

from .factories import edition, meta, report


def actor(id, kind, en, ja, reading):
    return Name(
        id=id,
        kind=kind,
        en=en,
        ja=[ja],
        reading=reading,
        romanisation="dprk" if kind == "person" else None,
        description={"ja": "説明", "en": "Desc"},
    )


NAMES = NameTable(
    [
        actor("russia", "state", "Russia", "ロシア", "ろしあ"),
        actor("china", "state", "China", "中国", "ちゅうごく"),
        actor("moscow", "place", "Moscow", "モスクワ", "もすくわ"),
        actor("kim", "person", "Kim Jong Il", "金正日", "きむじょんいる"),
    ]
)


def event(id, date, participants, paragraphs, place=None):
    return Event.model_validate(
        {
            "id": id,
            "date": date,
            "title": {"ja": f"題{id}", "en": f"Title {id}"},
            "summary": {"ja": "概要", "en": "Summary"},
            "participants": participants,
            "place": place,
            "paragraphs": paragraphs,
        }
    )


EVENTS = [
    event("war", {"start": "1941", "end": "1945", "precision": "span"}, ["russia"], ["report-a/introduction-p1"]),
    event("approx", {"start": "2005", "precision": "approximate"}, ["russia", "china"], ["report-b/s1-1-p1"]),
    event(
        "visit",
        {"start": "2011-08-24", "precision": "day"},
        ["kim", "russia"],
        ["report-a/s1-1-p1", "report-b/fn-2"],
        "moscow",
    ),
]
MENTIONS = [
    Mention("kim", "report-a", "s1", "s1-1-p1", 0, 3, "金正日", "左", "右"),
    Mention("russia", "report-a", "s1", "s1-1-p1", 4, 7, "ロシア", "左", "右"),
    Mention("kim", "report-a", "index", "report-a", 0, 3, "金正日", "", "と"),
]


@pytest.fixture
def ed(tmp_path, locales):
    return edition(tmp_path, locales, names=NAMES, events=EVENTS, mentions={"ja": MENTIONS, "en": []})


def body(page):
    return page.split("---\n", 2)[2]


def test_dates(ed, ja, en, fragments):
    assert [RegistryPages(ed, ja, fragments).date(e) for e in EVENTS] == ["1941年–1945年", "2005年頃", "2011年8月24日"]
    assert [RegistryPages(ed, en, fragments).date(e) for e in EVENTS] == ["1941–1945", "c. 2005", "24 August 2011"]


def test_index_order(ed, ja, en, fragments):
    assert [e.id for e in RegistryPages(ed, ja, fragments).ordered(NAMES.actors())] == [
        "kim",
        "china",
        "moscow",
        "russia",
    ]
    assert [e.id for e in RegistryPages(ed, en, fragments).ordered(NAMES.actors())] == [
        "china",
        "kim",
        "moscow",
        "russia",
    ]


def test_event_page(ed, en, fragments):
    page = RegistryPages(ed, en, fragments).event_page(EVENTS[2])
    assert yaml.safe_load(page.split("---\n")[1]) == {"title": "Title visit"}
    text = body(page)
    assert "# Title visit {: #event }" in text
    assert "Date\n:   24 August 2011\n\nBasis of the date\n:   as the report gives it\n" in text
    assert "Place\n:   [Moscow](../actors/moscow.md)\n" in text
    assert "Actors involved\n:   [Kim Jong Il](../actors/kim.md), [Russia](../actors/russia.md)\n" in text
    assert (
        "- [Report A\\, EN （1）小節\\, paragraph 1](../report-a/s1.md#s1-1-p1)\n"
        "- [Report B\\, note 2](../report-b/s1.md#fn-2)" in text
    )
    assert text.endswith("Previous event: c\\. 2005 [Title approx](approx.md)\n")  # the last has no next
    first = body(RegistryPages(ed, en, fragments).event_page(EVENTS[0]))
    assert first.endswith("Next event: c\\. 2005 [Title approx](approx.md)\n") and "Previous" not in first


def test_actor_page(ed, ja, fragments):
    text = body(RegistryPages(ed, ja, fragments).actor_page(NAMES.by_id["kim"]))
    assert "# 金正日 {: #actor }\n\n**金正日**（人物）。説明\n" in text  # a lead sentence
    assert "表記\n:   金正日 \\/ Kim Jong Il\n" in text
    assert "2箇所" in text
    # linked by section heading and paragraph, not by raw id
    assert "### 報告A：1．第一節（1） {: #in-report-a-s1 }\n\n- " in text
    assert "([（1）小節 第1段落](../report-a/s1.md#s1-1-p1))" in text
    assert (
        "### 報告A：試験の表題（1） {: #in-report-a-index }\n\n"
        "- **金正日**と ([試験の表題](../report-a/index.md#report-a))" in text
    )
    assert (
        "## 同じ段落に現れる人物・国家・組織・地名 {: #cooccurring }\n\n| 人物・国家・組織・地名 | 同じ段落の数 |"
        in text
    )
    assert "| [ロシア](russia.md) | 1 |" in text
    assert "## 関連する出来事 {: #events }\n\n- 2011年8月24日 [題visit](../events/visit.md)" in text


def test_actor_page_in_english_counts_in_the_japanese_text(ed, en, fragments):
    text = body(RegistryPages(ed, en, fragments).actor_page(NAMES.by_id["kim"]))
    assert 'Names\n:   <span lang="ja">金正日</span> \\/ Kim Jong Il\n' in text
    assert "(the Japanese text has 2" in text  # the English text has no mention in this edition
    assert "| [Russia](russia.md) | 1 |" in text  # the same co-occurrence as on the Japanese page


def test_excerpts_are_whole_sentences(tmp_path, locales, ja, fragments):
    sentence = report(meta(id="report-a"))
    text = "次の文である"  # the paragraph s1-1-p1 of the synthetic report: 次の文, note 2, page 2, である。
    mention = Mention("kim", "report-a", "s1", "s1-1-p1", 2, 3, "文", "次の", "である")
    ed = edition(tmp_path, locales, reports={"ja": [sentence], "en": [sentence]}, mentions={"ja": [mention], "en": []})
    assert text.startswith("次の文")
    assert RegistryPages(ed, ja, fragments).excerpt(mention) == "次の**文**である。"


def columns(chart):
    return [(c["label"], c["from"], c["to"], [(m["event"], m["mark"]) for m in c["marks"]]) for c in chart.columns]


def test_timeline(ed, en, fragments):
    pages = RegistryPages(ed, en, fragments)
    chart = pages.chart()
    assert columns(chart)[0] == ("earlier", 1941, 1945, [("war", "0")])  # before 2000: one column, apart
    assert columns(chart)[1:] == [
        (str(y), y, y, {2005: [("approx", "1")], 2011: [("visit", "several")]}.get(y, [])) for y in range(2000, 2012)
    ]
    assert chart.rows == 1
    assert chart.legend == [("0", "Report A"), ("1", "Report B"), ("several", "several reports")]
    assert chart.years == [1941, 1945, *range(2000, 2012)]  # the range filter's choices
    text = pages.timeline()
    assert '<li data-event="visit" data-actors="kim moscow russia" data-reports="report-a report-b" ' in text
    assert 'data-first="1941" data-last="1945"' in text
    # the actors with the number of events that concern them
    assert '<option value="china">China (1)</option><option value="kim">Kim Jong Il (1)</option>' in text
    assert '<option value="russia">Russia (3)</option>' in text
    assert 'data-from="1941" data-to="1945"' in text and "(0)" in text


def test_timeline_counts_the_events_whose_passages_name_an_actor(tmp_path, locales, en, fragments):
    china = Mention("china", "report-a", "s1", "s1-1-p1", 8, 10, "中国", "左", "右")
    ed = edition(tmp_path, locales, names=NAMES, events=EVENTS, mentions={"ja": [*MENTIONS, china], "en": []})
    text = RegistryPages(ed, en, fragments).timeline()
    assert '<li data-event="visit" data-actors="china kim moscow russia"' in text
    assert '<option value="china">China (2)</option>' in text


def test_timeline_marks_follow_the_report_order(tmp_path, locales, en, fragments):
    """README: adding a report is adding its seed, its metadata and its editorial file."""
    reports = [report(meta(id=i)) for i in ("report-a", "report-b", "report-c")]
    events = [
        event("c", {"start": "2015", "precision": "year"}, ["russia"], ["report-c/s1-1-p1"]),
        event("a", {"start": "2015", "precision": "year"}, ["russia"], ["report-a/s1-1-p1"]),
        event("ac", {"start": "2017", "precision": "year"}, ["russia"], ["report-a/s1-1-p1", "report-c/fn-1"]),
    ]
    ed = edition(tmp_path, locales, names=NAMES, events=events, reports={"ja": reports, "en": reports})
    chart = RegistryPages(ed, en, fragments).chart()
    marks = [m for *_, group in columns(chart) for m in group]
    assert marks == [("c", "2"), ("a", "0"), ("ac", "several")]  # the third report's mark
    assert chart.rows == 2  # the tallest column: 2015
    assert chart.legend == [("0", "Report A"), ("2", "Report C"), ("several", "several reports")]  # B has none


def test_files(ed, ja, fragments):
    assert sorted(RegistryPages(ed, ja, fragments).files()) == [
        "ja/actors/china.md",
        "ja/actors/index.md",
        "ja/actors/kim.md",
        "ja/actors/moscow.md",
        "ja/actors/russia.md",
        "ja/events/approx.md",
        "ja/events/index.md",
        "ja/events/visit.md",
        "ja/events/war.md",
        "ja/timeline.md",
    ]


def test_data_links_lead_to_the_site_root(ed, ja, en, fragments):
    assert 'href="../data/actors.json"' in RegistryPages(ed, ja, fragments).data_links()
    assert 'href="../../data/actors.json"' in RegistryPages(ed, en, fragments).data_links()


def test_timeline_without_events(tmp_path, locales, en, fragments):
    ed = edition(tmp_path, locales, names=NAMES, events=[])
    pages = RegistryPages(ed, en, fragments)
    assert columns(pages.chart()) == [("2000", 2000, 2000, [])]
    assert '<figure class="edition-timeline-chart"' in pages.timeline()


@pytest.mark.parametrize(
    ("date", "ja_label", "en_label"),
    [
        ({"start": "2010-03", "precision": "month", "part": "late"}, "2010年3月下旬", "late March 2010"),
        ({"start": "2010-05", "precision": "month", "part": "end"}, "2010年5月末", "end of May 2010"),
        ({"start": "2010", "precision": "year", "part": "end"}, "2010年末", "end of 2010"),
        ({"start": "2011-08-24", "precision": "day", "after": "visit"}, "2011年8月24日以降", "after 24 August 2011"),
        (
            {"start": "2017-04", "precision": "month", "basis": "inferred", "evidence": {"ja": "直後", "en": "soon"}},
            "2017年4月（推定）",
            "April 2017 (inferred)",
        ),
        (
            {"start": "2015-04-30", "precision": "day", "certainty": "believed"},
            "2015年4月30日（とみられる）",
            "30 April 2015 (believed)",
        ),
    ],
)
def test_date_labels_as_the_reports_give_them(ed, ja, en, fragments, date, ja_label, en_label):
    dated = event("dated", date, ["russia"], ["report-a/s1-1-p1"])
    assert RegistryPages(ed, ja, fragments).date(dated) == ja_label
    assert RegistryPages(ed, en, fragments).date(dated) == en_label
