"""Notes: 12 + 13 references, each at its exact place, numbered as in the source, linked both ways."""

import pytest
from helpers import CHAPTERS, page

# For each note: the text just before its reference, and the character just after it.
PLACES = {
    "report-a": {
        1: ("に過ぎない", "。"),
        2: ("首脳会談が実施された", "。"),
        3: ("投資することが合意された", "。"),
        4: ("特別扱いしているわけではない", "。"),
        5: ("初めて抜ける出来事があったが", "、"),
        6: ("ことを明らかにしている", "。"),
        7: ("キャンセルしたことを対外公表した", "。"),
        8: ("不満があるとみられている", "。"),
        9: ("との見方を示している", "。"),
        10: ("人民武力部長が粛清されたとみられている", "。"),
        11: ("言動がみられたと報じている", "。"),
        12: ("その可能性は低い」と指摘していた", "。"),
    },
    "report-b": {
        1: ("言及した報道声明を採択した", "。"),
        2: ("拒否権を行使していた", "。"),
        3: ("ことはないと付言した", "。"),
        4: ("名指しで中国を非難した", "。"),
        5: ("追随しているとの批判を掲載した", "。"),
        6: ("緊張問題について協議した", "。"),
        7: ("（240万ドル相当）となった", "。"),
        8: ("相当の輸出をしていたのであり", "、"),
        9: ("姿勢に違いも出てくる", "。"),
        10: ("緊張を緩和することを提言している", "。"),
        11: ("という考えを表明しており", "、"),
        12: ("9月11日に決議は成立した", "。"),
        13: ("さらに留意するようになっており", "、"),
    },
}
MISSING = {"ja": "この注の本文は底本に含まれていない。", "en": "The text of this note is not in the source document."}
AGAIN = {"ja": "同じく底本になし", "en": "Likewise not in the source"}  # the page says it once


def references(site, lang, report):
    """(chapter, number, text before, text after, the <sup>) for every reference, in text order."""
    found = []
    for chapter in CHAPTERS:
        soup = page(site, lang, f"{report}/{chapter}.html")
        for sup in soup.select("article p[id] sup[id^=fnref-]"):
            paragraph = sup.find_parent("p")
            text = "".join(
                "\x00" if child is sup else child.get_text() if hasattr(child, "get_text") else str(child)
                for child in paragraph.children
            )
            before, after = text.split("\x00")
            found.append((soup, int(sup.a.get_text()), before, after, sup))
    return found


@pytest.mark.parametrize("report", sorted(PLACES))
@pytest.mark.parametrize("lang", ["ja", "en"])
def test_references_run_in_the_order_and_numbers_of_the_source(site, lang, report):
    refs = references(site, lang, report)
    assert [number for _, number, *_ in refs] == list(range(1, len(PLACES[report]) + 1))


@pytest.mark.parametrize("report", sorted(PLACES))
def test_every_reference_is_at_its_place(site, report):
    for _, number, before, after, _ in references(site, "ja", report):
        expected_before, expected_after = PLACES[report][number]
        assert before.endswith(expected_before), number
        assert after.startswith(expected_after), number


@pytest.mark.parametrize("report", sorted(PLACES))
@pytest.mark.parametrize("lang", ["ja", "en"])
def test_references_and_notes_link_both_ways(site, lang, report):
    for soup, number, _, _, sup in references(site, lang, report):
        assert sup["id"] == f"fnref-{number}"
        assert sup.a["href"] == f"#fn-{number}"
        note = soup.select_one(f".footnote li#fn-{number}")
        assert note is not None and note["value"] == str(number)
        assert note.select_one(".footnote-backref")["href"] == f"#fnref-{number}"
        if report == "report-b":
            assert MISSING[lang] in note.get_text() or AGAIN[lang] in note.get_text()
            assert soup.select_one(".footnote").get_text().count(MISSING[lang]) == 1
        else:
            assert MISSING[lang] not in note.get_text() and len(note.get_text()) > 10


def test_material_footnote_tooltips_are_on(site):
    config = page(site, "ja", "report-a/s2.html").select_one("script#__config")
    assert "content.footnote.tooltips" in config.get_text()
