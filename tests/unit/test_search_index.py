"""publish.search_index: the reading text of a page, folding, terms, and the index's files."""

import json
import re

from edition.publish.search_index import BLOCK_BYTES, Page, build_index, fold, pairs, read_page, stem, words

PAGE = """<html><head><title>S2 - Edition</title></head><body><nav>menu</nav>
<article class="md-content__inner">
<div class="edition-print-header">Edition — S2</div>
<h1 id="s2">2．ケース2<a class="headerlink" href="#s2">¶</a></h1>
<details class="edition-cite"><summary>この箇所を引用</summary><p>Chicago … {today}</p><button>コピー</button></details>
<p id="s2-p1">ロシアの盟主ベラルーシ<a class="footnote-ref" href="#ed-1">［編注1］</a>の大統領<sup id="fnref-6"><a
class="footnote-ref" href="#fn-6">6</a></sup>。<a class="edition-permalink" href="#s2-p1">¶</a></p>
<ul><li>a line under the heading</li></ul>
<div class="footnote"><ol><li id="fn-6"><p>BBC News <a class="footnote-backref" href="#fnref-6">↩</a></p></li></ol>
</div>
</article></body></html>"""


def test_a_page_reads_as_its_text_without_chrome():
    page = read_page(PAGE, "report-a/s2.html")
    assert page is not None
    assert page.title == "2．ケース2"
    assert page.entries == [
        ("s2", True, True, "2．ケース2"),
        ("s2-p1", False, True, "ロシアの盟主ベラルーシの大統領。"),  # the note numbers read out of the text
        ("s2", False, False, "a line under the heading"),  # no id of its own: the heading's
        ("fn-6", False, True, "BBC News"),
    ]


def test_the_parallel_reader_and_pages_without_an_article_are_not_indexed():
    assert read_page('<article><div data-parallel=""><p id="p1">text</p></div></article>', "x-parallel.html") is None
    assert read_page("<html><body><p>Redirecting…</p></body></html>", "old.html") is None


def test_folding():
    assert fold("Kim Jong-un") == fold("KIM  JONG UN") == "kim jong un"
    assert fold("ｶﾞｽﾌﾟﾛﾑ") == fold("ガスプロム") == fold("がすぷろむ") == "がすぷろむ"
    assert fold("ラヴロフ") == fold("ラブロフ")  # ヴ/ブ
    assert fold("ヴァ") == fold("バ") and fold("ラヂオ") == fold("ラジオ")
    assert fold("コンピューター") == fold("コンピュータ")  # the long-vowel mark
    assert fold("Schröder") == "schroder" and fold("Ｒｕｓｓｉａ") == "russia"
    assert fold("キム・ジョンウン") == "きむ じょんうん"


def test_terms():
    folded = fold("Russia’s 2011年8月 NATO加盟")
    assert words(folded) == ["russia", "s", "2011", "8", "nato"]
    compact = folded.replace(" ", "")
    # no pair of two Latin characters (words are their terms); the last pair ends the text
    assert pairs(compact) == {"1年", "年8", "8月", "月n", "o加", "加盟", "盟$"}
    assert stem("pipelines") == stem("pipeline") == "pipelin"
    assert stem("2011") == "2011"


def registered(content):
    match = re.fullmatch(r'editionSearchData\("([^"]+)",(.*)\);\n', content, re.S)
    assert match
    return match[1], json.loads(match[2])


def test_the_index_files():
    page = read_page(PAGE, "report-a/s2.html")
    assert page is not None
    files = build_index([page], [("report-a/s2.html", ["ベラルーシ", "Belarus"]), (None, ["ロシア"])])
    loaded = {name: registered(content) for name, content in files.items()}
    assert all(name == registered_name for name, (registered_name, _) in loaded.items())
    meta = loaded["meta"][1]
    assert meta["names"] == [[0, ["ベラルーシ", "Belarus"]], [-1, ["ロシア"]]]
    chunk = loaded["c0-0"][1]
    assert chunk["url"] == "report-a/s2.html" and chunk["title"] == "2．ケース2"
    assert chunk["entries"][1] == ["s2-p1", "ロシアの盟主ベラルーシの大統領。"]
    assert "し" in loaded["d0"][1]["ろ"]
    shards = [loaded[f"t{n}"][1] for n in range(meta["shards"])]
    pair = next(shard["b"]["ろし"] for shard in shards if "ろし" in shard["b"])
    assert pair == "0:6"  # page 0, entry 1 with an id of its own: 1 × 4 + 2
    word = next(shard["w"]["heading"] for shard in shards if "heading" in shard["w"])
    assert word == ["0:8", "head"]  # entry 2 × 4 (no id of its own); its stem


def test_a_common_terms_postings_are_blocks_of_whole_pages_and_chunks_stay_small():
    pages = [
        Page(f"p{n}.html", f"P{n}", [(f"p{n}-{e}", False, True, f"ロシア{n}-{e} " + "x" * 300) for e in range(40)])
        for n in range(60)
    ]
    loaded = {name: registered(content)[1] for name, content in build_index(pages, []).items()}
    shards = [loaded[f"t{n}"] for n in range(loaded["meta"]["shards"])]
    value = next(shard["b"]["ろし"] for shard in shards if "ろし" in shard["b"])
    starts = value["k"]  # [[first page, block file], …]
    assert len(starts) > 1 and value["h"] == ""  # no heading has the term
    decoded = []
    for first, block in starts:
        text = loaded[f"p{block}"]
        assert len(text) <= BLOCK_BYTES + 200 and int(text.split(":")[0], 36) == first
        page = -1
        for group in text.split(";"):
            head, entries = group.split(":")
            page += int(head, 36) + 1
            decoded.append((page, len(entries.split(","))))
    assert decoded == [(n, 40) for n in range(60)]  # every page once, whole, in order
    chunks = [name for name in loaded if name.startswith("c0-")]
    assert all(len(loaded[name]["entries"]) <= 16 for name in chunks)
    assert sum(len(loaded[name]["entries"]) for name in chunks) == 40
