"""render.reports: the reports' pages in one language, and the navigation."""

import pytest
import yaml

from edition.render import Tools
from edition.render.reports import ReportPages, chapter_title, nav

from .factories import edition, meta, report


def front_matter(page):
    _, front, body = page.split("---\n", 2)
    return yaml.safe_load(front), body


@pytest.fixture
def ed(tmp_path, locales):
    """The English translation of report A has its chapter s1 untranslated."""
    ed = edition(tmp_path, locales)
    ed.reports["en"][0].chapters[1] = ed.originals[0].chapters[1]
    return ed


def test_chapter_title(ed, ja, en):
    original, translation = ed.originals[0], ed.reports["en"][0]
    assert chapter_title(original.chapters[1], ja) == "1．第一節"
    assert chapter_title(translation.chapters[0], en) == "EN はじめに"
    assert chapter_title(translation.chapters[1], en) == "Section 1"  # untranslated: its structural label
    assert chapter_title(original.chapters[0], en) == "Introduction"


def test_chapter_page(ed, ja, fragments):
    page = ReportPages(ed, ja, fragments, Tools.of(ed).citations).chapter(ed.originals[0], ed.originals[0].chapters[1])
    front, body = front_matter(page)
    assert front["title"] == "1．第一節" and front["report"] == "report-a" and "translation" not in front
    assert dict(front["head"]["highwire"])["citation_public_url"] == "https://example.org/ed/1.0.0/report-a/s1.html#s1"
    assert "# 1．第一節 {: #s1 }" in body
    assert "## （1）小節 {: #s1-1 }" in body
    # one per heading: the chapter's complete, the section's light (the page's script builds it
    # from the chapter's, its anchor and key)
    assert body.count('<details class="edition-cite') == 2
    assert '<details class="edition-cite" data-anchor="s1" data-key="report-a-s1-ja">' in body
    assert '<details class="edition-cite edition-cite-section" data-anchor="s1-1" data-key="report-a-s1-1-ja">' in body
    assert body.count('class="edition-citation"') == len(ja.labels.citation.styles)  # the chapter's only
    assert body.count('<span class="edition-anchor">s1</span>') >= len(ja.labels.citation.styles)
    assert (
        '次の文[^2]<span class="page-marker" id="page-2" data-page="2"></span>である。'
        '<a class="edition-permalink" href="#s1-1-p1" title="この段落へのリンク（クリックで URL をコピー）"'
    ) in body
    assert "¶</a>\n{: #s1-1-p1 }" in body
    assert body.endswith(
        "[^2]: タス通信 \\<[http\\:\\/\\/tass\\.ru\\/en\\/russia\\/792709](<http://tass.ru/en/russia/792709>)\\>。\n"
    )


def test_untranslated_chapter_is_flagged(ed, en, fragments):
    translation = ed.reports["en"][0]
    pages = ReportPages(ed, en, fragments, Tools.of(ed).citations)
    front, body = front_matter(pages.chapter(translation, translation.chapters[1]))
    assert (front["title"], front["translation"]) == ("Section 1", "missing")
    assert "# 1．第一節 {: #s1 }" in body  # the original text, under the same ids
    front, _ = front_matter(pages.chapter(translation, translation.chapters[0]))
    assert front["title"] == "EN はじめに" and "translation" not in front


def test_missing_note_text(tmp_path, locales, ja, fragments):
    markers_only = report(meta(id="report-a"), notes={1: None, 2: None})
    ed = edition(tmp_path, locales, reports={"ja": [markers_only], "en": [markers_only]})
    page = ReportPages(ed, ja, fragments, Tools.of(ed).citations).chapter(ed.originals[0], ed.originals[0].chapters[0])
    assert '[^1]: <span class="edition-supplied">［編者注］この注の本文は底本に含まれていない。</span>' in page


def test_landing_page(ed, en, fragments):
    front, body = front_matter(ReportPages(ed, en, fragments, Tools.of(ed).citations).landing(ed.reports["en"][0]))
    assert front["title"] == "A Test Title"
    assert "# A Test Title {: #report-a }" in body
    assert "- [EN はじめに](introduction.md)\n- [Section 1](s1.md)\n" in body
    assert '    - [<span lang="ja">（1）小節</span>](s1.md#s1-1)' in body
    assert "[p. 1](introduction.md#page-1) · [p. 2](s1.md#page-2)" in body
    assert "2 note references in the text \\(numbered as in the source\\)" in body


def test_home(ed, ja, fragments):
    _, body = front_matter(ReportPages(ed, ja, fragments, Tools.of(ed).citations).home())
    assert "## 報告A：試験の表題 {: #report-a }" in body
    assert "- 著者：山田　太郎\n- 執筆時期：2016年初め\n- [本文を読む](report-a/index.md)" in body


def test_files(ed, en, fragments):
    assert sorted(ReportPages(ed, en, fragments, Tools.of(ed).citations).files()) == [
        f"en/{name}"
        for name in [
            "about.md",
            "bibliography.md",
            "index.md",
            *(
                f"{r}/{page}.md"
                for r in ("report-a", "report-b")
                for page in ("bibliography", "index", "introduction", "s1")
            ),
        ]
    ]


def test_nav(ed, en):
    assert nav(ed, en) == [
        "index.md",
        {"Report A": ["report-a/index.md", "report-a/introduction.md", "report-a/s1.md", "report-a/bibliography.md"]},
        {"Report B": ["report-b/index.md", "report-b/introduction.md", "report-b/s1.md", "report-b/bibliography.md"]},
        {"People, States, Organisations, Places": ["actors/index.md"]},
        {"Events": ["events/index.md", "timeline.md"]},
        "bibliography.md",
        "offline.md",
        "editorial.md",
        "about.md",
        "changelog.md",
        "errata.md",
    ]


def test_about_page_says_who_did_what(ed, en, ja, fragments):
    front, body = front_matter(ReportPages(ed, en, fragments, Tools.of(ed).citations).about())
    assert front["title"] == "About this edition"
    assert "The Editors：" not in body and "The Editors: establishment of the text" in body
    assert "1.0.0" in body and "CC-BY-4.0" in body and "not licensed by the edition" in body
    assert "<https://example.org/ed/>" in body  # the factories' address
    _, japanese = front_matter(ReportPages(ed, ja, fragments, Tools.of(ed).citations).about())
    assert "本版編者：本文校訂・注釈・編集・英訳" in japanese and "第1.0.0版" not in japanese
