"""Japanese typography in the browser: no rendered line of a chapter page begins with a small
kana, the long-vowel mark or closing punctuation (kinsoku), at phone and desktop widths."""

from __future__ import annotations

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
