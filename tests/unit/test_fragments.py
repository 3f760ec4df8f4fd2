"""render.fragments: HTML fragments from autoescaped Jinja templates, replaceable by overrides."""

import pytest
from jinja2 import UndefinedError

from edition.render.citation import Download
from edition.render.fragments import Fragments, environment


def test_values_are_escaped_in_attributes_and_text(fragments):
    html = fragments.inline("permalink", 'p"1', 'Link <to> "this" & that')
    assert html == (
        '<a class="edition-permalink" href="#p&#34;1" title="Link &lt;to&gt; &#34;this&#34; &amp; that"'
        ' aria-label="Link &lt;to&gt; &#34;this&#34; &amp; that">¶</a>'
    )


def test_text_is_escaped(fragments):
    assert fragments.inline("missing_note", "<b> & 注") == '<span class="edition-supplied">&lt;b&gt; &amp; 注</span>'
    assert fragments.inline("lead", 'a"b', "x<y") == '<p class="a&#34;b">x&lt;y</p>'


def test_note_apparatus_with_and_without_an_archive(fragments):
    args = ("\\[", "\\]", "source", "bibliography.html#src-a", "", "archived", "Fallback & more")
    assert fragments.inline("note_apparatus", *args) == (
        '<span class="edition-apparatus">\\[<a href="bibliography.html#src-a" data-source="src-a">source</a>\\]</span>'
    )
    archived = fragments.inline("note_apparatus", *args[:4], "https://web.archive.org/web/2015/x?a=1&b=2", *args[5:])
    assert (
        ' · <a href="https://web.archive.org/web/2015/x?a=1&amp;b=2" title="Fallback &amp; more">archived</a>'
        in archived
    )


def test_data_links(fragments):
    assert fragments.inline("data_links", "Data:", "../", ["a.json", "b.csv"]) == (
        'Data: <a href="../data/a.json" download>a.json</a> · <a href="../data/b.csv" download>b.csv</a>'
    )


CITE = {
    "labels": {"cite_this": "Cite <this>", "copy_button": "Copy", "download": "Download", "copied": "Copied"},
    "words": {"versioned": "V", "latest": "L", "no_address": "N"},
    "colon": ": ",
    "published": True,
    "versioned": "https://x/1.0.0/a",
    "latest": "https://x/latest/a",
    "template": "https://x/1.0.0/a",
    "anchor": "",
    "key": "a",
}


def test_render_a_template(fragments):
    html = fragments.render(
        "cite.html",
        **CITE,
        citations=[("apa", "APA 7", "text", 'A "quoted" & <b>', "by ids", "by ids")],
        downloads=[Download("BibTeX", "a.bib", "data:x", "")],
    )
    assert html.startswith('<details class="edition-cite"><summary>Cite &lt;this&gt;</summary>')
    assert '<span class="edition-citation-text">A &#34;quoted&#34; &amp; &lt;b&gt;</span>' in html
    assert '<a href="https://x/latest/a">https://x/latest/a</a>' in html
    assert '<a download="a.bib" href="data:x">BibTeX</a></p></details>' in html


def test_an_undefined_value_is_an_error(fragments):
    with pytest.raises(UndefinedError):
        fragments.render("cite.html", citations=[], downloads=[])


def test_override_replaces_the_packaged_fragment(tmp_path):
    (tmp_path / "fragments" / "edition").mkdir(parents=True)
    (tmp_path / "fragments" / "edition" / "inline.html").write_text(
        '{% macro page_marker(page, anchor) %}<a id="{{ anchor }}">p. {{ page }}</a>{% endmacro %}', encoding="utf-8"
    )
    overridden = Fragments(tmp_path)
    assert overridden.inline("page_marker", 3, "page-3") == '<a id="page-3">p. 3</a>'
    # The other templates are still the packaged ones.
    cite = overridden.render("cite.html", **CITE, citations=[], downloads=[])
    assert cite.startswith('<details class="edition-cite"><summary>Cite &lt;this&gt;</summary>')


def test_no_override(tmp_path, fragments):
    assert Fragments(tmp_path).inline("page_marker", 3, "page-3") == fragments.inline("page_marker", 3, "page-3")


def test_environment_is_cached_per_path(tmp_path):
    assert environment(tmp_path) is environment(tmp_path)
    assert environment(tmp_path) is not environment(tmp_path / "other")
