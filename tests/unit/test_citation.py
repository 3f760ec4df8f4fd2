"""render.citation: the CSL item, the formatted citations (citeproc-js with the official styles,
and the Japanese pages' own form), the downloads and the page metadata, for a synthetic report.

The words are the real ones of data/ui.yml and the identity the real data/edition.yml with an
address; the report is factories.report(): 山田　太郎, 「試験の表題」, written 2016.
"""

import base64
import json

import bibtexparser
import pytest

from edition.render import citation
from edition.render.citation import Citations, Unit
from edition.render.citeproc import Job, render_jobs

from .factories import identity, meta, report

SITE = "https://example.org/ed/"
SUPPLIED = {
    "title": {"ja": "補った表題", "en": "A Supplied Title", "supplied": True},
    "author": {"named_in_source": False},
    "written": {
        "not_before": "2017-09",
        "not_after": "2018-05",
        "summary": {"ja": "不明", "en": "unknown"},
        "evidence": {"ja": "本文", "en": "the text"},
    },
}


def unit(locale, anchor="", report_meta=None, address=SITE):
    page = f"{locale.prefix}report-x/{'s1' if anchor else 'index'}.html"
    return Unit(report(report_meta), locale, identity(address=address), page, anchor)


def test_addresses(ja, en):
    original, translation = unit(ja, "s1-2-p3"), unit(en)
    assert original.url == f"{SITE}1.0.0/report-x/s1.html#s1-2-p3"  # the version cited
    assert original.latest_url == f"{SITE}latest/report-x/s1.html#s1-2-p3"
    assert translation.url == f"{SITE}1.0.0/en/report-x/index.html"
    local = unit(ja, "s1", address=None)
    assert local.url is None and local.latest_url is None
    assert local.url_or_template == "{site}report-x/s1.html#s1"  # completed by the page's script
    assert (original.key, translation.key) == ("report-x-s1-2-p3-ja", "report-x-en")


def test_locators(ja):
    assert unit(ja, "s1-2-p3").locator == ("paragraph", "s1-2-p3")
    assert unit(ja, "s1-2").locator == ("section", "s1-2")
    assert unit(ja).locator is None


def test_names_and_dates(ja, en):
    assert unit(ja).author() == ("山田", "太郎") and unit(ja).author_name() == "山田太郎"
    assert unit(en).author() == ("Yamada", "Taro") and unit(en).author_name() == "Yamada Taro"
    assert unit(ja).original_year == "2016"
    assert unit(ja, report_meta=meta(**SUPPLIED)).original_year is None  # written 2017–18: no one year
    assert unit(ja, report_meta=meta(**SUPPLIED)).author() is None


def test_csl_item_is_a_chapter_of_the_edition(ja, en):
    item = citation.csl_item(unit(en, "s1"), "https://u")
    assert item["type"] == "chapter" and item["title"] == "A Test Title"
    assert item["container-title"] == "Russia–North Korea Research Reports, a Critical Edition"
    assert item["author"] == [{"family": "Yamada", "given": "Taro"}]
    assert item["editor"] == item["translator"] == [{"literal": "The Editors"}]
    assert item["issued"] == {"date-parts": [[2026, 11, 23]]}  # the edition's release
    assert item["original-date"] == {"date-parts": [[2016]]}
    assert item["version"] == "1.0.0" and item["original-title"] == "試験の表題" and item["URL"] == "https://u"
    original = citation.csl_item(unit(ja), None)
    assert "translator" not in original and "URL" not in original
    supplied = citation.csl_item(unit(en, report_meta=meta(**SUPPLIED)), None)
    assert supplied["title"] == "[A Supplied Title]" and "author" not in supplied


# --- citeproc-js against the styles' own examples ------------------------------------------------


def test_chicago_renders_the_manuals_example():
    """CMOS 17, 14.106 (a chapter in an edited book), note and bibliography forms."""
    item = {
        "type": "chapter",
        "title": "Streisand as Schwarzkopf",
        "container-title": "The Glenn Gould Reader",
        "author": [{"family": "Gould", "given": "Glenn"}],
        "editor": [{"family": "Page", "given": "Tim"}],
        "publisher": "Knopf",
        "publisher-place": "New York",
        "issued": {"date-parts": [[1984]]},
        "page": "308-11",
    }
    [result] = render_jobs([Job("chicago-notes-bibliography", item, "310", "page")])
    assert result["note"] == (
        "Glenn Gould, “Streisand as Schwarzkopf,” in The Glenn Gould Reader, ed. Tim Page (Knopf, 1984), 310."
    )
    assert result["bibliography"] == (
        "Gould, Glenn. “Streisand as Schwarzkopf.” In The Glenn Gould Reader, edited by Tim Page. Knopf, 1984."
    )


def test_apa_renders_the_manuals_example():
    """APA 7, 10.3 example 46 (a chapter in an edited book)."""
    item = {
        "type": "chapter",
        "title": "Culinary arts: Talent and their development",
        "container-title": "The psychology of high performance: Developing human potential into domain-specific talent",
        "author": [
            {"family": "Aron", "given": "L."},
            {"family": "Botella", "given": "M."},
            {"family": "Lubart", "given": "T."},
        ],
        "editor": [
            {"family": "Subotnik", "given": "R. F."},
            {"family": "Olszewski-Kubilius", "given": "P."},
            {"family": "Worrell", "given": "F. C."},
        ],
        "publisher": "American Psychological Association",
        "issued": {"date-parts": [[2019]]},
        "page": "345-359",
        "DOI": "10.1037/0000120-016",
    }
    [result] = render_jobs([Job("apa", item)])
    assert result["bibliography"] == (
        "Aron, L., Botella, M., & Lubart, T. (2019). Culinary arts: Talent and their development. In R. F. "
        "Subotnik, P. Olszewski-Kubilius, & F. C. Worrell (Eds.), The psychology of high performance: Developing "
        "human potential into domain-specific talent (pp. 345–359). American Psychological Association. "
        "https://doi.org/10.1037/0000120-016"
    )


@pytest.fixture(scope="module")
def citations(request):
    ja, en = request.getfixturevalue("ja"), request.getfixturevalue("en")
    supplied = meta(id="report-y", **SUPPLIED)
    return Citations([unit(ja), unit(en), unit(ja, report_meta=supplied), unit(en, report_meta=supplied)])


def shown(citations, u):
    return {c.name: c for c in citations.of(u)}


def test_english_citations(citations, en):
    found = shown(citations, unit(en, "s1-2-p3"))
    assert list(found) == ["Chicago (note)", "Chicago (bibliography)", "APA 7"]
    url = f"{SITE}1.0.0/en/report-x/s1.html#s1-2-p3"
    assert found["Chicago (note)"].text == (
        "Taro Yamada, “A Test Title,” in Russia–North Korea Research Reports, a Critical Edition, version 1.0.0, "
        f"ed. and trans. The Editors (2026; originally published as 試験の表題 [2016]), para. s1-2-p3, {url}."
    )
    assert found["Chicago (bibliography)"].text == (
        "Yamada, Taro. “A Test Title.” In Russia–North Korea Research Reports, a Critical Edition, version 1.0.0, "
        f"edited and translated by The Editors. 2026. Originally published as 試験の表題 (2016). {url}."
    )
    assert found["APA 7"].text.startswith("Yamada, T. (2026). A Test Title (The Editors, Trans.). In The Editors (Ed.)")
    by_ids = found["Chicago (note)"].by_ids
    assert "para. s1-2-p3" in by_ids and "https://" not in by_ids


def test_japanese_citations_use_japanese_punctuation(citations, ja):
    found = shown(citations, unit(ja, "s1"))
    assert list(found) == ["日本語（「」『』）", "SIST 02", "Chicago（注）", "Chicago（参考文献）", "APA 7"]
    local = found["日本語（「」『』）"]
    assert local.text == (
        "山田太郎「試験の表題」本版編者編『露朝関係研究報告 校訂版』第1.0.0版、2026年（原文2016年）、s1。"
        f"{SITE}1.0.0/report-x/s1.html#s1（参照 {{today}}）"
    )
    assert (
        local.by_ids
        == "山田太郎「試験の表題」本版編者編『露朝関係研究報告 校訂版』第1.0.0版、2026年（原文2016年）、s1。"
    )
    assert not found["SIST 02"].text.startswith("(1)")  # one entry is not a numbered list


def test_no_author_and_a_supplied_title(citations, ja, en):
    supplied = meta(id="report-y", **SUPPLIED)
    local = shown(citations, unit(ja, report_meta=supplied))["日本語（「」『』）"].text
    assert local.startswith("「[補った表題]」本版編者編『")
    assert "原文" not in local  # no year of writing to give
    chicago = shown(citations, unit(en, report_meta=supplied))["Chicago (bibliography)"].text
    assert chicago.startswith("The Editors, ed. “[A Supplied Title].”")
    for text in (local, chicago):
        assert "n.d." not in text and "刊行年不明" not in text


def test_paragraph_note_template(citations, en):
    note = citations.note(unit(en), "{para}")
    assert "para. {para}" in note.text and note.text.endswith("/en/report-x/index.html#{para}.")


# --- downloads -----------------------------------------------------------------------------------


def test_bibtex(en, ja):
    [entry] = bibtexparser.parse_string(citation.bibtex(unit(en, "s1"), "https://x/a.html#s1")).entries
    fields = {f.key: f.value for f in entry.fields}
    assert entry.entry_type == "incollection" and entry.key == "report-x-s1-en"
    assert fields["url"] == "https://x/a.html#s1"  # no backslash before '#'
    assert fields["editor"] == fields["translator"] == "{The Editors}"
    assert (fields["date"], fields["year"], fields["origdate"], fields["version"]) == (
        "2026-11-23",
        "2026",
        "2016",
        "1.0.0",
    )
    assert fields["author"] == "Yamada, Taro" and fields["booktitle"].startswith("Russia–North Korea")
    [anonymous] = bibtexparser.parse_string(citation.bibtex(unit(ja, report_meta=meta(**SUPPLIED)), None)).entries
    fields = {f.key: f.value for f in anonymous.fields}
    assert "author" not in fields and "url" not in fields and fields["note"] == "底本に著者名の記載なし"


def test_ris(en):
    text = citation.ris(unit(en, "s1"), "https://x/a")
    tags = [line.split("  - ", 1) for line in text.split("\r\n") if line]
    assert tags[0] == ["TY", "CHAP"] and ["TI", "A Test Title"] in tags  # the report, not the section
    assert ["T2", "Russia–North Korea Research Reports, a Critical Edition"] in tags
    assert ["A2", "The Editors"] in tags and ["A4", "The Editors"] in tags and ["UR", "https://x/a"] in tags
    assert ["PY", "2026"] in tags and ["ET", "1.0.0"] in tags and tags[-1] == ["ER", ""]


def test_csl_json_renders_with_another_processor(en):
    from citeproc import Citation, CitationItem, CitationStylesBibliography, CitationStylesStyle, formatter
    from citeproc.source.json import CiteProcJSON

    items = json.loads(citation.csl_json(unit(en, "s1"), "https://x/a"))
    style = CitationStylesStyle("harvard-cite-them-right", validate=False)  # bundled with citeproc-py
    bibliography = CitationStylesBibliography(style, CiteProcJSON(items), formatter.plain)
    bibliography.register(Citation([CitationItem(items[0]["id"])]))
    (entry,) = [str(item) for item in bibliography.bibliography()]
    assert "Yamada" in entry and "2026" in entry and "A Test Title" in entry


def test_downloads(en):
    published, local = citation.downloads(unit(en, "s1")), citation.downloads(unit(en, "s1", address=None))
    assert [d.label for d in published] == ["BibTeX", "RIS", "CSL-JSON"]
    assert published[0].file == "report-x-s1-en.bib" and published[0].template == ""
    assert "1.0.0/en/report-x/s1.html#s1" in decode(published[2].href)
    # without an address: no URL in the file; the page's script fills the template over http(s)
    assert "URL" not in decode(local[2].href)
    assert "{site}en/report-x/s1.html#s1" in decode(local[2].template)


def decode(href):
    head, data = href.split(",", 1)
    assert head == "data:application/vnd.citationstyles.csl+json;charset=utf-8;base64"
    return base64.b64decode(data).decode()


# --- page metadata -------------------------------------------------------------------------------


def test_head_meta(ja, en):
    original, translation = unit(ja, "s1"), unit(en, "s1")
    head = citation.head_meta(translation, original)
    highwire = dict(head["highwire"])
    assert highwire["citation_title"] == "A Test Title"
    assert highwire["citation_inbook_title"] == "Russia–North Korea Research Reports, a Critical Edition"
    assert highwire["citation_author"] == "Yamada, Taro"
    assert highwire["citation_publication_date"] == "2026/11/23"
    assert highwire["citation_public_url"] == translation.url
    dublin_core = head["dublin_core"]
    assert ["DC.contributor", "The Editors"] in dublin_core and ["DC.creator", "Yamada Taro"] in dublin_core
    work = json.loads(head["jsonld"])
    assert work["@type"] == "Chapter" and work["version"] == "1.0.0" and work["dateCreated"] == "2016"
    assert work["translationOfWork"]["url"] == original.url
    assert work["translator"] == [{"@type": "Organization", "name": "The Editors"}]
    local = citation.head_meta(unit(ja, address=None), unit(en, address=None))
    assert "citation_public_url" not in dict(local["highwire"]) and "url" not in json.loads(local["jsonld"])
