"""render.citation: formatted citations and the downloads, for a synthetic report.

The words are the real ones of data/ui.yml; the report is factories.report(): 山田　太郎,
「試験の表題」, written 2016.
"""

import json
import re

import bibtexparser

from edition.render import citation
from edition.render.citation import Unit

from .factories import meta, report

SITE = "https://example.org/ed/"
EDITION_EN = "Russia–North Korea Research Reports, a Critical Edition"
EDITION_JA = "露朝関係研究報告 校訂版"


def unit(locale, section="", report_meta=None, site=SITE):
    page = f"{locale.prefix}report-x/{'s1' if section else 'index'}.html"
    return Unit(report(report_meta), locale, page, "s1" if section else "", section, site)


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


def test_unit(ja, en):
    original, translation = unit(ja, "1．第一節"), unit(en)
    assert (original.lang, original.translated, translation.translated) == ("ja", False, True)
    assert original.url == f"{SITE}report-x/s1.html#s1"
    assert translation.url == f"{SITE}en/report-x/index.html"
    assert unit(ja, site="").url == "report-x/index.html"
    assert (original.key, translation.key) == ("report-x-s1-ja", "report-x-en")
    assert original.year == "2016"
    assert original.author == ("Yamada", "Taro")
    assert (original.author_name("ja"), original.author_name("en")) == ("山田太郎", "Yamada Taro")


def test_title_with_a_subtitle(ja, en):
    with_subtitle = meta(subtitle={"ja": "─比較を通じて─", "en": "A Comparison"})
    assert unit(ja, report_meta=with_subtitle).title() == "試験の表題：比較を通じて"
    assert unit(en, report_meta=with_subtitle).title() == "A Test Title: A Comparison"


def test_year_only_when_the_text_tells_it():
    written = {"summary": {"ja": "a", "en": "a"}, "evidence": {"ja": "a", "en": "a"}}
    within = meta(written={"not_before": "2017-09", "not_after": "2017-12", **written})
    across = meta(written={"not_before": "2017-09", "not_after": "2018-05", **written})
    assert Unit(report(within), None, "", "", "", "").year == "2017"
    assert Unit(report(across), None, "", "", "", "").year is None


# --- the three styles ----------------------------------------------------------------------


def test_original_with_author(ja):
    whole, section = unit(ja), unit(ja, "1．第一節")
    assert citation.chicago(whole) == f"山田太郎. “試験の表題.” {EDITION_JA}, 2016. {SITE}report-x/index.html."
    assert citation.chicago(section) == (
        f"山田太郎. “試験の表題.” “1．第一節.” {EDITION_JA}, 2016. {SITE}report-x/s1.html#s1."
    )
    assert citation.apa(whole) == f"山田太郎 (2016). 試験の表題. {EDITION_JA}. {SITE}report-x/index.html"
    assert citation.apa(section) == f"山田太郎 (2016). 試験の表題. 1．第一節. {EDITION_JA}. {SITE}report-x/s1.html#s1"
    assert (
        citation.sist02(whole)
        == f"山田太郎. 試験の表題. {EDITION_JA}. 2016. {SITE}report-x/index.html, (参照 {{today}})."
    )
    assert citation.sist02(section) == (
        f"山田太郎. 試験の表題. {EDITION_JA}. 2016, 1．第一節. {SITE}report-x/s1.html#s1, (参照 {{today}})."
    )


def test_translation_with_author(en):
    section = unit(en, "1. Section One")
    url = f"{SITE}en/report-x/s1.html#s1"
    assert citation.chicago(section) == (
        f"Yamada Taro. “A Test Title.” “1. Section One.” Translated by the editors. In {EDITION_EN}, 2016. "
        f"Original: 山田太郎「試験の表題」. {url}."
    )
    assert citation.apa(section) == (
        f"Yamada, T. (2016). A Test Title [試験の表題] (The editors, Trans.). 1. Section One. In {EDITION_EN}. {url}"
    )
    assert citation.sist02(section) == (
        f"Yamada Taro. A Test Title. Original: 山田太郎「試験の表題」. Trans. the editors. {EDITION_EN}. 2016, "
        f"1. Section One. {url}, (accessed {{today}})."
    )


def test_original_without_author_with_a_supplied_title(ja):
    whole = unit(ja, report_meta=meta(**SUPPLIED))
    url = f"{SITE}report-x/index.html"
    assert citation.chicago(whole) == f"“[補った表題].” {EDITION_JA}, 刊行年不明. {url}."
    assert citation.sist02(whole) == f"[補った表題]. {EDITION_JA}. 刊行年不明. {url}, (参照 {{today}})."


def test_apa_original_without_author_puts_the_title_first(ja):
    """APA 7 moves the title to the author's place, as apa() does for a translation."""
    whole = unit(ja, report_meta=meta(**SUPPLIED))
    assert citation.apa(whole) == f"[補った表題]. (刊行年不明). {EDITION_JA}. {SITE}report-x/index.html"


def test_translation_without_author_with_a_supplied_title(en):
    section = unit(en, "2. Section Two", meta(**SUPPLIED))
    url = f"{SITE}en/report-x/s1.html#s1"
    original = "Original: untitled, author not named (title supplied by the edition: 「補った表題」)"
    assert citation.chicago(section) == (
        f"“[A Supplied Title].” “2. Section Two.” Translated by the editors. In {EDITION_EN}, n.d. {original}. {url}."
    )
    assert citation.apa(section) == (
        f"[A Supplied Title] [補った表題] (The editors, Trans.). (n.d.). 2. Section Two. In {EDITION_EN}. {url}"
    )
    assert citation.sist02(section) == (
        f"[A Supplied Title]. {original}. Trans. the editors. {EDITION_EN}. n.d., 2. Section Two. "
        f"{url}, (accessed {{today}})."
    )


def test_sist02_no_date_without_a_section(en):
    whole = unit(en, report_meta=meta(**SUPPLIED))
    assert f"{EDITION_EN}. n.d. {SITE}en/report-x/index.html" in citation.sist02(whole)


def test_styles_are_the_three():
    assert [name for name, _ in citation.STYLES] == ["Chicago", "APA 7", "SIST 02"]


# --- BibTeX, RIS, CSL-JSON -----------------------------------------------------------------


def test_bibtex_parses(ja, en):
    for u in (unit(ja), unit(en, "1. Section One"), unit(en, report_meta=meta(**SUPPLIED))):
        library = bibtexparser.parse_string(citation.bibtex(u))
        assert not library.failed_blocks
        (entry,) = library.entries
        assert (entry.entry_type, entry.key) == ("incollection", u.key)
    (entry,) = bibtexparser.parse_string(citation.bibtex(unit(en, "1. Section One"))).entries
    assert entry["title"] == "A Test Title — 1. Section One"
    assert entry["author"] == "Yamada, Taro"
    assert entry["year"] == "2016"
    assert entry["booktitle"] == EDITION_EN
    assert entry["language"] == "english"
    assert entry["note"] == "Translation of: 試験の表題"


def test_bibtex_without_author_says_so(ja):
    (entry,) = bibtexparser.parse_string(citation.bibtex(unit(ja, report_meta=meta(**SUPPLIED)))).entries
    assert "author" not in entry.fields_dict and "year" not in entry.fields_dict
    assert entry["note"] == "底本に著者名の記載なし"
    assert entry["language"] == "japanese"


def test_bibtex_escapes_the_special_characters(en):
    title = {"ja": "表題", "en": "R&D at 100% for $5 #1 a_b {c}", "supplied": False}
    text = citation.bibtex(unit(en, report_meta=meta(title=title)))
    assert "  title = {R\\&D at 100\\% for \\$5 \\#1 a\\_b \\{c\\}},\n" in text
    (entry,) = bibtexparser.parse_string(text).entries
    assert entry["title"] == "R\\&D at 100\\% for \\$5 \\#1 a\\_b \\{c\\}"


def test_ris(en, ja):
    text = citation.ris(unit(en, "1. Section One"))
    assert text == (
        "TY  - CHAP\r\nTI  - A Test Title\r\nST  - 1. Section One\r\nAU  - Yamada, Taro\r\nPY  - 2016\r\n"
        f"T2  - {EDITION_EN}\r\nUR  - {SITE}en/report-x/s1.html#s1\r\nLA  - en\r\n"
        "N1  - Translation of: 試験の表題\r\nER  - \r\n"
    )
    lines = citation.ris(unit(ja, report_meta=meta(**SUPPLIED))).split("\r\n")
    assert lines[0] == "TY  - ELEC" and lines[-2:] == ["ER  - ", ""]
    assert all(re.fullmatch(r"[A-Z][A-Z0-9]  - .*", line) for line in lines[:-1])
    assert [line[:2] for line in lines[:-1]] == ["TY", "TI", "T2", "UR", "LA", "ER"]


def test_csl_json(en, ja):
    (item,) = json.loads(citation.csl_json(unit(en, "1. Section One")))
    assert item == {
        "id": "report-x-s1-en",
        "type": "chapter",
        "title": "A Test Title — 1. Section One",
        "container-title": EDITION_EN,
        "URL": f"{SITE}en/report-x/s1.html#s1",
        "language": "en",
        "author": [{"family": "Yamada", "given": "Taro"}],
        "issued": {"date-parts": [[2016]]},
        "translator": [{"literal": "the editors"}],
        "original-title": "試験の表題",
    }
    (item,) = json.loads(citation.csl_json(unit(ja, report_meta=meta(**SUPPLIED))))
    assert set(item) == {"id", "type", "title", "container-title", "URL", "language"}


def test_csl_json_renders_with_a_csl_processor(en):
    from citeproc import Citation, CitationItem, CitationStylesBibliography, CitationStylesStyle, formatter
    from citeproc.source.json import CiteProcJSON

    items = json.loads(citation.csl_json(unit(en, "1. Section One")))
    style = CitationStylesStyle("harvard-cite-them-right", validate=False)  # bundled with citeproc-py
    bibliography = CitationStylesBibliography(style, CiteProcJSON(items), formatter.plain)
    bibliography.register(Citation([CitationItem(items[0]["id"])]))
    (entry,) = [str(item) for item in bibliography.bibliography()]
    assert "Yamada" in entry and "2016" in entry and "A Test Title" in entry


def test_downloads(en):
    from urllib.parse import unquote

    u = unit(en, "1. Section One")
    found = {name: (file, href) for name, file, href in citation.downloads(u)}
    assert list(found) == ["BibTeX", "RIS", "CSL-JSON"]
    assert found["BibTeX"][0] == "report-x-s1-en.bib"
    assert found["RIS"][1].startswith("data:application/x-research-info-systems;charset=utf-8,")
    assert unquote(found["CSL-JSON"][1].split(",", 1)[1]) == citation.csl_json(u)


def test_head_meta(ja, en):
    original, translation = unit(ja, "1．第一節"), unit(en, "1. Section One")
    head = citation.head_meta(translation, original)
    highwire = dict(head["highwire"])
    assert highwire["citation_title"] == "1. Section One"
    assert highwire["citation_inbook_title"] == "A Test Title"
    assert highwire["citation_author"] == "Yamada, Taro"
    assert highwire["citation_public_url"] == translation.url
    dublin_core = dict(head["dublin_core"])
    assert dublin_core["DC.source"] == original.url  # a translation names its original
    assert dublin_core["DC.creator"] == "Yamada Taro"
    work = json.loads(head["jsonld"])
    assert work["@type"] == "Chapter" and work["translationOfWork"]["url"] == original.url
    assert work["translator"] == {"@type": "Organization", "name": "the editors"}
    reverse = json.loads(citation.head_meta(unit(ja), unit(en))["jsonld"])
    assert reverse["@type"] == "Report" and reverse["workTranslation"]["inLanguage"] == "en"
    assert "translator" not in reverse
