"""Paragraph segmentation, checked paragraph by paragraph against a list made by reading the seeds.

Each entry: the paragraph's id, how it starts and how it ends (note markers not counted).
Report A: 33 paragraphs; report B: 12.
"""

import pytest
from helpers import CHAPTERS, page

EXPECTED = {
    "report-a": [
        ("introduction-p1", "北朝鮮とロシアの二国関係", "関心も限定的である。"),
        ("introduction-p2", "それでも、近年の露朝接近", "適切であるかどうかを検証する。"),
        ("s1-1-p1", "第1次プーチン政権発足後", "露朝首脳会談が実施された。"),
        ("s1-1-p2", "首脳会談の直前にあたる2011年5月", "軍事協力を再開させる動きもみられた。"),
        ("s1-1-p3", "天然ガス・パイプライン構想は", "料金に関する協議も行われた。"),
        ("s1-1-p4", "さらに、首脳会談では、2007年から", "特別扱いしているわけではない。"),
        ("s1-1-p5", "当時の朝鮮中央通信は", "アプローチしたと理解された。"),
        ("s1-1-p6", "このように、9年ぶりの首脳会談を契機", "国連制裁決議に賛同した。"),
        ("s1-1-p7", "このように、北朝鮮側の対露政策", "課題ではなかったことを示している。"),
        ("s1-2-p1", "今回の露朝接近の動きに関しては", "高まりがみられていたからである。"),
        ("s1-2-p2", "中露関係は、公式的には", "重要課題となっている。"),
        ("s1-2-p3", "ロシア軍の動向や軍近代化", "ロシアは危惧しているとみられる。"),
        ("s1-2-p4", "こうした中露関係の変化により", "独自の調査団を派遣した。"),
        ("s1-2-p5", "2010年3月下旬に発生した", "緊張緩和を求める動きも見せた。"),
        ("s2-1-p1", "次に、2015年に予定されていた", "検討してみたい。"),
        ("s2-1-p2", "2015年5月9日、モスクワの赤の広場", "重要な祝日となっている。"),
        ("s2-1-p3", "2005年の「対独戦勝60周年記念式典」は", "接近する傾向がある。"),
        ("s2-1-p4", "「対独戦勝60周年記念式典」の目玉は", "アピールすることであったと言えよう。"),
        ("s2-1-p5", "欧米の首脳が数多く欠席するなか", "習近平国家主席となった。"),
        ("s2-1-p6", "軍事パレードでは、中露首脳が", "強まっていることは疑いない。"),
        ("s2-1-p7", "2014年2月のソチ五輪開催時に", "プーチン大統領が答礼参加した。"),
        ("s2-1-p8", "当初、参加が有力視されていた", "改めて浮き彫りとなった。"),
        ("s2-2-p1", "金正恩第一書記の「対独戦勝70周年記念行事」", "以下の通りである。"),
        ("s2-2-p2", "ロシア側の報道を見る限りにおいて", "ことを明らかにしている。"),
        ("s2-2-p3", "そして、2015年1月21日に", "可能性が高い」と報告した。"),
        ("s2-2-p4", "しかし、翌日の4月30日", "親書を手交した。"),
        ("s2-2-p5", "その後、北朝鮮側が訪露を中止した理由", "以下の4点に集約される。"),
        ("s2-2-p6", "第1は、金正恩第一書記の受け入れ", "批判は高まっていたからである。"),
        ("s2-2-p7", "第2は、対中要因である。", "との見方を示している。"),
        ("s2-2-p8", "第3は、北朝鮮がロシア側に示した", "要人の粛清が繰り返されている。"),
        ("s2-2-p9", "さらに、次のようなうがった見方", "その可能性は低い」と指摘していた。"),
        ("s2-2-p10", "真の理由を見極めることは困難", "もたらしたことは疑いないであろう。"),
        ("conclusion-p1", "北朝鮮は対中関係の冷え込み", "反応を示すのかが注目される。"),
    ],
    "report-b": [
        ("introduction-p1", "本研究会では、ロシアの中長期的", "特異性や継続性について考察する。"),
        ("s1-p1", "ロシアは北朝鮮をめぐる問題に関して", "見られることもあった。"),
        ("s1-p2", "ロシアは国連安保理における議論で", "配慮を示す機会が多かった。"),
        ("s1-p3", "北朝鮮の金正恩朝鮮労働党委員長は", "成果をもたらしているわけではない。"),
        ("s1-p4", "ロシア・北朝鮮関係の最近の特徴", "割合は大きいと考えられる。"),
        ("s1-p5", "ロシアの朝鮮半島問題専門家の", "ロシアは脅威になりにくい。"),
        ("s2-p1", "上記のような違いはあるものの", "反対する姿勢でも共通している。"),
        ("s2-p2", "中国の王毅外相は2017年3月から", "この考えを受け入れていない。"),
        ("s2-p3", "国連安保理におけるプロセスで", "9月11日に決議は成立した。"),
        ("s2-p4", "このように、ロシアは中国と異なるように", "慎重になっていると考えられる。"),
        ("conclusion-p1", "以上のように、ロシアは中国と異なる", "選択すべき道であろう。"),
        ("conclusion-p2", "今後のロシアについていえば", "一定の継続性を示していくであろう。"),
    ],
}


def rendered_paragraphs(site, lang, report):
    found = []
    for chapter in CHAPTERS:
        for paragraph in page(site, lang, f"{report}/{chapter}.html").select("article p[id]"):
            for ref in paragraph.select(".footnote-ref, .edition-permalink"):
                ref.decompose()
            found.append((paragraph["id"], paragraph.get_text()))
    return found


@pytest.mark.parametrize("report", sorted(EXPECTED))
def test_paragraphs_match_the_reading_of_the_seed(site, report):
    found = rendered_paragraphs(site, "ja", report)
    assert [pid for pid, _ in found] == [pid for pid, _, _ in EXPECTED[report]]
    for (pid, text), (_, start, end) in zip(found, EXPECTED[report], strict=True):
        assert text.startswith(start), pid
        assert text.endswith(end), pid


@pytest.mark.parametrize("report", sorted(EXPECTED))
def test_english_has_the_same_paragraphs(site, report):
    found = rendered_paragraphs(site, "en", report)
    assert [pid for pid, _ in found] == [pid for pid, _, _ in EXPECTED[report]]
