"""publish.note_numbers: footnotes show the source's note numbers, not the page's count."""

import re

import markdown
import pytest


def convert(text, separator="-"):
    md = markdown.Markdown(
        extensions=["footnotes", "edition.publish.note_numbers"],
        extension_configs={"footnotes": {"SEPARATOR": separator}},
    )
    return md.convert(text)


def test_reference_and_list_item_show_the_label():
    html = convert("text[^7]\n\n[^7]: note")
    assert '<sup id="fnref-7"><a class="footnote-ref" href="#fn-7">7</a></sup>' in html
    assert '<li id="fn-7" value="7">' in html
    assert 'class="footnote-backref" href="#fnref-7" title="↩ 7"' in html
    assert ">1</a>" not in html


def test_several_notes_keep_their_numbers():
    html = convert("a[^7] b[^12]\n\n[^7]: seven\n[^12]: twelve")
    assert [int(n) for n in re.findall(r'class="footnote-ref" href="#fn-\d+">(\d+)<', html)] == [7, 12]
    assert '<li id="fn-7" value="7">' in html and '<li id="fn-12" value="12">' in html


def test_without_the_extension_the_page_counts_from_1():
    """What the extension corrects: Python-Markdown's own numbering."""
    html = markdown.markdown(
        "text[^7]\n\n[^7]: note", extensions=["footnotes"], extension_configs={"footnotes": {"SEPARATOR": "-"}}
    )
    assert '<a class="footnote-ref" href="#fn-7">1</a>' in html and "value=" not in html


@pytest.mark.parametrize("separator", [":", "-"])
def test_follows_the_footnotes_separator(separator):
    html = convert("text[^3]\n\n[^3]: note", separator)
    assert f'<li id="fn{separator}3" value="3">' in html
    assert f'href="#fn{separator}3">3</a>' in html


def test_named_labels_are_left_alone():
    html = convert("text[^a]\n\n[^a]: note")
    assert 'href="#fn-a">1</a>' in html and "value=" not in html
