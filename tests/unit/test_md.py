"""render.md: the document model as Markdown, every character of the source escaped."""

import string

import markdown
import pytest

from edition.model.document import Emphasis, Foreign, Link, NoteRef, PageBreak, Text
from edition.render import md


def test_escape_every_ascii_punctuation():
    escaped = md.escape(string.punctuation)
    assert escaped == "".join("\\" + c for c in string.punctuation)


def test_escape_leaves_the_rest():
    text = "abc 123 日本語（注）「引用」。–—“”’"
    assert md.escape(text) == text


def test_escaped_text_renders_verbatim():
    text = "*not* _emph_ [link](x) <b>&amp; `code` # 1. - +"
    html = markdown.markdown(md.escape(text), extensions=["pymdownx.escapeall"])
    assert html == "<p>*not* _emph_ [link](x) &lt;b&gt;&amp;amp; `code` # 1. - +</p>"


@pytest.mark.parametrize(
    ("tokens", "expected"),
    [
        ([Text("a*b_c")], "a\\*b\\_c"),
        ([NoteRef(7)], "[^7]"),
        ([PageBreak(3)], '<span class="page-marker" id="page-3" data-page="3"></span>'),
        ([Emphasis("Roshia [1]")], "*Roshia \\[1\\]*"),
        ([Foreign("『白書』", "ja")], '<span lang="ja">『白書』</span>'),
        ([Foreign("a<b", "ru")], '<span lang="ru">a\\<b</span>'),
        ([Link("金正恩", "../actors/kim-jong-un.md")], "[金正恩](../actors/kim-jong-un.md)"),
        ([Link("U.S.", "../actors/us.md")], "[U\\.S\\.](../actors/us.md)"),
        ([Text("本文"), NoteRef(1), Text("。")], "本文[^1]。"),
    ],
)
def test_inline(tokens, expected, fragments, ja):
    assert md.inline(tokens, fragments, ja.labels) == expected


def test_inline_with_links(fragments, ja):
    note = [Text("タス通信 <http://tass.ru/en/russia/792709>。")]
    assert md.inline(note, fragments, ja.labels) == "タス通信 \\<http\\:\\/\\/tass\\.ru\\/en\\/russia\\/792709\\>。"
    assert md.inline(note, fragments, ja.labels, links=True) == (
        "タス通信 \\<[http\\:\\/\\/tass\\.ru\\/en\\/russia\\/792709](<http://tass.ru/en/russia/792709>)\\>。"
    )
    assert md.inline([Emphasis("see https://x.org/a")], fragments, ja.labels, links=True) == (
        "*see [https\\:\\/\\/x\\.org\\/a](<https://x.org/a>)*"
    )


def test_mark_foreign_on_a_page_in_another_language():
    text = "Kim Jong Un (金正恩) – “白書” and 日本 語"
    assert md.mark_foreign(text, "en", "ja") == (
        'Kim Jong Un (<span lang="ja">金正恩</span>) – “<span lang="ja">白書</span>” and <span lang="ja">日本 語</span>'
    )
    assert md.mark_foreign("2011–2015", "en", "ja") == "2011–2015"  # an English dash is not Japanese


def test_mark_foreign_not_on_a_page_in_the_sources_language():
    assert md.mark_foreign("金正恩 (Kim)", "ja", "ja") == "金正恩 (Kim)"


def test_heading():
    assert md.heading(2, "Title \\*", "s1-1") == "## Title \\* {: #s1-1 }"
    assert md.heading(1, "はじめに", "introduction") == "# はじめに {: #introduction }"


def test_definitions():
    assert md.definitions([("Author", "X"), ("Date", "Y")]) == "Author\n:   X\n\nDate\n:   Y\n"


def test_bullets():
    assert md.bullets(["a", "b"]) == "- a\n- b"
    assert md.bullets([]) == ""


def test_page():
    text = md.page({"title": "はじめに: 1", "report": "report-a"}, ["# A", "b"])
    assert text == "---\ntitle: 'はじめに: 1'\nreport: report-a\n---\n\n# A\n\nb\n"


def test_sentence_punctuation_after_a_url_is_not_part_of_it():
    assert md.escape_with_links("see (https://example.org/a).") == (
        "see \\([https\\:\\/\\/example\\.org\\/a](<https://example.org/a>)\\)\\."
    )
    assert md.escape_with_links("https://en.wikipedia.org/wiki/A_(b)") == (
        "[https\\:\\/\\/en\\.wikipedia\\.org\\/wiki\\/A\\_\\(b\\)](<https://en.wikipedia.org/wiki/A_(b)>)"
    )
