"""render.bibliography: a note's link to its source, the entries, and the bibliographies."""

import pytest

from edition.data.sources import Apparatus, Citation, Source
from edition.render.bibliography import bibliography, note_apparatus, source_entry

from .factories import edition

RADIOPRESS = Source.model_validate(
    {
        "id": "radiopress",
        "reading": "ろしあせいさくどうこう",
        "kind": "periodical",
        "title": {"ja": "ロシア政策動向", "romanised": "Roshia Seisaku Dōkō", "en": "Russian Policy Trends"},
        "publisher": {"ja": "ラヂオ・プレス", "en": "Radiopress"},
    }
)
BBC = Source.model_validate(
    {
        "id": "bbc",
        "reading": "びーびーしー にゅーす",
        "kind": "web-article",
        "container": {"ja": "BBC News", "en": "BBC News"},
        "date": "2015-01-28",
        "url": "http://www.bbc.com/news/world-asia-31015079",
    }
)
HIRAI = Source.model_validate(
    {
        "id": "hirai",
        "reading": "ひらい ひさし",
        "kind": "web-article",
        "author": {"ja": "平井久志", "en": "Hirai Hisashi"},
        "title": {"ja": "『意地』より『実利』", "romanised": "Iji yori jitsuri", "en": "Pride or Gain"},
        "container": {"ja": "新潮社フォーサイト", "en": "Shinchōsha Foresight"},
        "date": "2015-05-03",
        "url": "http://blogos.com/article/111395/",
    }
)
APPARATUS = Apparatus(
    {s.id: s for s in (RADIOPRESS, BBC, HIRAI)},
    {"report-a": {1: Citation(source="radiopress", issue="2015-03-31"), 2: Citation(source="hirai")}},
)


@pytest.mark.parametrize(
    ("source", "in_ja", "in_en"),
    [
        (
            RADIOPRESS,
            "『ロシア政策動向』、ラヂオ・プレス",
            '<span lang="ja">ロシア政策動向</span> *Roshia Seisaku Dōkō* \\[Russian Policy Trends\\], Radiopress',
        ),
        (BBC, "BBC News、2015\\-01\\-28", "BBC News, 2015-01-28"),  # no title in the note: its outlet
        (
            HIRAI,
            "平井久志、「『意地』より『実利』」、新潮社フォーサイト、2015\\-05\\-03",
            'Hirai Hisashi, <span lang="ja">『意地』より『実利』</span> *Iji yori jitsuri* \\[Pride or Gain\\], '
            "Shinchōsha Foresight, 2015-05-03",
        ),
    ],
)
def test_source_entry(source, in_ja, in_en, ja, en):
    assert source_entry(source, ja, "ja") == in_ja
    assert source_entry(source, en, "ja") == in_en


def test_note_apparatus(tmp_path, locales, ja, en, fragments):
    report = edition(tmp_path, locales, apparatus=APPARATUS).originals[0]
    assert note_apparatus(report, 1, APPARATUS, ja, fragments) == (
        ' <span class="edition-apparatus">［<a href="bibliography.html#src-radiopress"'
        ' data-source="src-radiopress">文献</a>］</span>'
    )
    with_url = note_apparatus(report, 2, APPARATUS, en, fragments)
    assert with_url.startswith(
        ' <span class="edition-apparatus">\\[<a href="bibliography.html#src-hirai"'
        ' data-source="src-hirai">source</a> · '
    )
    assert '<a href="https://web.archive.org/web/20150503/http://blogos.com/article/111395/"' in with_url
    assert note_apparatus(report, 3, APPARATUS, en, fragments) == ""  # a note citing no recorded source


def test_bibliography_lists_the_cited_sources_with_their_notes(tmp_path, locales, ja, en):
    ed = edition(tmp_path, locales, apparatus=APPARATUS)
    text = bibliography(ed, ed.originals, ja, "")
    assert "src-bbc" not in text  # cited by no note
    assert text.index("{: #src-hirai }") < text.index("{: #src-radiopress }")  # ひらい before ろしあ (五十音)
    assert "引用する注：[報告A 注1（2015\\-03\\-31）](report-a/introduction.md#fn-1)" in text
    assert "引用する注：[報告A 注2](report-a/s1.md#fn-2)" in text
    assert "[https\\:\\/\\/web\\.archive\\.org\\/web\\/20150503\\/http" in text
    english = bibliography(ed, ed.reports["en"], en, "../")
    assert english.index("{: #src-hirai }") < english.index("{: #src-radiopress }")  # by author, else romanised
    assert "Cited in: [Report A\\, note 2](../report-a/s1.md#fn-2)" in english


def test_bibliography_of_a_report_citing_nothing(tmp_path, locales, ja):
    ed = edition(tmp_path, locales, apparatus=APPARATUS)
    assert bibliography(ed, ed.originals[1:], ja, "../") == ""
