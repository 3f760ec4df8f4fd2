"""Japanese typography in the browser: no rendered line of a chapter page begins with a small
kana, the long-vowel mark or closing punctuation (kinsoku), at phone and desktop widths."""

from __future__ import annotations

import re

import pytest
from helpers import CHAPTERS, REPORTS

# Characters that may not begin a line in Japanese (JIS X 4051 line-start prohibitions).
NOT_AT_LINE_START = "ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶーゝゞヽヾ々、。，．）」』】〕〉》］｝”’・：；？！"

LINE_STARTS = """(selector) => {
  const starts = [];
  for (const block of document.querySelectorAll(selector)) {
    const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
    let previousTop = null;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.parentElement.closest(".edition-permalink, .headerlink")) continue;
      for (let i = 0; i < node.data.length; i++) {
        if (/\\s/.test(node.data[i])) continue;
        const range = document.createRange();
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        const rect = range.getClientRects()[0];
        if (!rect) continue;
        if (previousTop !== null && rect.top > previousTop + rect.height / 2) {
          starts.push([block.id, node.data.slice(i, i + 8)]);
        }
        previousTop = rect.top;
      }
    }
  }
  return starts;
}"""


@pytest.mark.parametrize("width", [390, 1440])
def test_no_japanese_line_starts_with_a_prohibited_character(browser, site, width):
    context = browser.new_context(viewport={"width": width, "height": 900})
    tab = context.new_page()
    checked, wrong = 0, []
    for report in REPORTS:
        for chapter in CHAPTERS:
            tab.goto((site / report / f"{chapter}.html").as_uri())
            starts = tab.evaluate(LINE_STARTS, "article p[id], article h1, article h2")
            checked += len(starts)
            wrong += [(report, chapter, block, text) for block, text in starts if text[0] in NOT_AT_LINE_START]
    context.close()
    assert checked > (400 if width == 390 else 200)  # the measurement saw the lines
    assert wrong == []


def chapter_pages(site, lang):
    prefix = site if lang == "ja" else site / "en"
    return [prefix / report / f"{chapter}.html" for report in REPORTS for chapter in CHAPTERS]


HEADINGS = """() => [...document.querySelectorAll('article :is(h1, h2, h3)')]
  .filter(h => h.checkVisibility()).map(h => {
  const mark = h.querySelector('.headerlink');
  const text = document.createRange();
  text.setStart(h, 0);
  text.setEndBefore(mark);
  const rects = [...text.getClientRects()].filter(r => r.width > 0);
  const lines = [...new Set(rects.map(r => Math.round(r.top)))];
  const paragraph = document.querySelector('article p[id]').getBoundingClientRect();
  return {id: h.id, text: h.textContent.slice(0, 12), lines: lines.length, textTop: Math.max(...lines),
          markTop: Math.round(mark.getBoundingClientRect().top), indent: rects[0].left - paragraph.left};
})"""


@pytest.mark.parametrize("width", [390, 1440])
@pytest.mark.parametrize("lang", ["ja", "en"])
def test_headings_keep_their_pilcrow_on_their_last_line_and_start_flush(browser, site, lang, width):
    """The ¶ never makes a line of its own (review 788b934: an 83 px one-line title), a heading that
    opens with a full-width bracket (（1）) is not indented, and no page is wider than the screen."""
    context = browser.new_context(viewport={"width": width, "height": 900})
    tab = context.new_page()
    seen = []
    for path in chapter_pages(site, lang):
        tab.goto(path.as_uri())
        for heading in tab.evaluate(HEADINGS):
            seen.append(heading)
            assert abs(heading["markTop"] - heading["textTop"]) < 8, (path.name, heading)
            assert abs(heading["indent"]) < 2, (path.name, heading)
        assert tab.evaluate("document.documentElement.scrollWidth") <= width, path
    assert len(seen) > 10 and any(h["text"].startswith("（") for h in seen) == (lang == "ja")
    context.close()


def contrast(colour, background):
    """WCAG contrast of an rgb(a) colour composited over an rgb background."""

    def channels(css):
        return [float(c) for c in re.findall(r"[\d.]+", css)]

    def luminance(rgb):
        linear = [c / 255 / 12.92 if c / 255 <= 0.03928 else ((c / 255 + 0.055) / 1.055) ** 2.4 for c in rgb]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]

    *rgb, alpha = [*channels(colour), 1.0][:4]
    back = channels(background)[:3]
    mixed = [alpha * c + (1 - alpha) * b for c, b in zip(rgb, back, strict=True)]
    light, dark = sorted((luminance(mixed), luminance(back)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_pilcrows_and_the_cite_summary_are_readable_in_both_schemes(browser, site, scheme):
    """¶ of headings and paragraphs at 4.5:1 (review: 2.53:1 in the dark), the cite control's
    summary at 4.5:1 on its tint (review: 4.07:1 in the dark), the title in the text's colour."""
    context = browser.new_context(viewport={"width": 1440, "height": 900}, color_scheme=scheme)
    tab = context.new_page()
    tab.goto((site / "report-a" / "s1.html").as_uri())
    style = "(s) => { const e = document.querySelector(s); const c = getComputedStyle(e); return c.color; }"
    page = tab.evaluate("getComputedStyle(document.body).backgroundColor")
    for selector in ("article h2 .headerlink", "article p[id] .edition-permalink", "article h1"):
        assert contrast(tab.evaluate(style, selector), page) >= 4.5, (scheme, selector)
    summary = tab.evaluate(style, "details.edition-cite summary")
    tint = tab.evaluate("getComputedStyle(document.querySelector('details.edition-cite summary')).backgroundColor")
    *rgb, alpha = [float(c) for c in re.findall(r"[\d.]+", tint)]
    behind = [float(c) for c in re.findall(r"[\d.]+", page)][:3]
    tinted = "rgb({})".format(",".join(str(alpha * c + (1 - alpha) * b) for c, b in zip(rgb, behind, strict=True)))
    assert contrast(summary, tinted) >= 4.5, (scheme, summary, tint)
    context.close()


def test_the_line_a_note_returns_to_is_highlighted(browser, site):
    context = browser.new_context(viewport={"width": 1440, "height": 900})
    tab = context.new_page()
    tab.goto((site / "report-a" / "s1.html").as_uri())
    paragraph = "(id) => getComputedStyle(document.getElementById(id).closest('p')).backgroundColor"
    plain = tab.evaluate(paragraph, "fnref-2")
    tab.click("#fn-2 .footnote-backref")
    tab.wait_for_url("**#fnref-2")
    assert tab.evaluate(paragraph, "fnref-2") != plain
    top = tab.evaluate("document.getElementById('fnref-2').getBoundingClientRect().top")
    assert top > tab.evaluate("document.querySelector('.md-header').getBoundingClientRect().bottom")
    context.close()
