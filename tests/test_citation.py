"""Citing the edition: apparatus, bibliography, cite control, page metadata, URL stability."""

import json
import subprocess
import sys
import urllib.parse

import bibtexparser
import pytest
from helpers import CHAPTERS, ROOT, SITE_URL, copy_project, page

# --- apparatus and bibliography ------------------------------------------------------------


def note_items(site, lang, report):
    return [li for chapter in CHAPTERS for li in page(site, lang, f"{report}/{chapter}.html").select(".footnote li")]


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_every_note_links_to_its_source(site, lang):
    notes = note_items(site, lang, "report-a")
    assert len(notes) == 12
    for note in notes:
        link = note.select_one(".edition-apparatus a[href^='bibliography.html#src-']")
        assert link is not None, note["id"]
        anchor = link["href"].split("#")[1]
        assert page(site, lang, "report-a/bibliography.html").select_one(f"#{anchor}") is not None


def test_bibliography_merges_repeated_sources(site):
    soup = page(site, "ja", "report-a/bibliography.html")

    def cited(source):
        entry = soup.select_one(f"#src-{source}")
        paragraph = entry.find_next_sibling(lambda t: t.name == "p" and "#fn-" in str(t))
        return sorted(int(a["href"].split("#fn-")[1]) for a in paragraph.select("a[href*='#fn-']"))

    assert cited("hirai-2015") == [8, 12]  # one article, two notes
    assert cited("radiopress-roshia-seisaku-doko") == [1, 2, 4]  # one periodical, three notes
    assert len(soup.select("h2[id^=src-]")) == 9  # 12 notes, 9 sources
    edition = page(site, "ja", "bibliography.html")
    assert len(edition.select("h2[id^=src-]")) == 9
    assert "注の本文がない" in page(site, "ja", "report-b/bibliography.html").get_text()


def test_urls_verbatim_with_a_labelled_archive_fallback(site):
    note = page(site, "en", "report-a/s2.html").select_one("#fn-8")
    original = note.select_one("a[href='http://blogos.com/article/111395/']")
    assert original is not None and original.get_text() == "http://blogos.com/article/111395/"
    archive = note.select_one(".edition-apparatus a[href^='https://web.archive.org/web/']")
    assert archive["href"] == "https://web.archive.org/web/20150503/http://blogos.com/article/111395/"
    assert archive.get_text() == "archived copy" and "Fallback" in archive["title"]


# --- formatted citations and downloads -----------------------------------------------------

EXPECTED = {
    ("ja", "report-a/s1.html"): {
        "Chicago": "兵頭慎治. “露朝接近の基本構図：2011年の金正日訪露と2015年の金正恩訪露中止の比較を通じて.” "
        "“1．ケース1：2011年の金正日総書記による訪露.” 露朝関係研究報告 校訂版, 2016. "
        f"{SITE_URL}report-a/s1.html#s1.",
        "APA 7": "兵頭慎治 (2016). 露朝接近の基本構図：2011年の金正日訪露と2015年の金正恩訪露中止の比較を通じて. "
        f"1．ケース1：2011年の金正日総書記による訪露. 露朝関係研究報告 校訂版. {SITE_URL}report-a/s1.html#s1",
        "SIST 02": "兵頭慎治. 露朝接近の基本構図：2011年の金正日訪露と2015年の金正恩訪露中止の比較を通じて. "
        "露朝関係研究報告 校訂版. 2016, 1．ケース1：2011年の金正日総書記による訪露. "
        f"{SITE_URL}report-a/s1.html#s1, (参照 {{today}}).",
    },
    ("en", "report-b/s2.html"): {
        "Chicago": "“[Russia’s Involvement in the Korean Peninsula Issue in 2017].” "
        "“2. The North Korea Issue under China–Russia Coordination.” Translated by the editors. "
        "In Russia–North Korea Research Reports, a Critical Edition, n.d. Original: untitled, author not named "
        "(title supplied by the edition: 「2017年におけるロシアの朝鮮半島問題関与」). "
        f"{SITE_URL}en/report-b/s2.html#s2.",
        "APA 7": "[Russia’s Involvement in the Korean Peninsula Issue in 2017] "
        "[2017年におけるロシアの朝鮮半島問題関与] (The editors, Trans.). (n.d.). "
        "2. The North Korea Issue under China–Russia Coordination. "
        f"In Russia–North Korea Research Reports, a Critical Edition. {SITE_URL}en/report-b/s2.html#s2",
        "SIST 02": "[Russia’s Involvement in the Korean Peninsula Issue in 2017]. Original: untitled, author not "
        "named (title supplied by the edition: 「2017年におけるロシアの朝鮮半島問題関与」). Trans. the editors. "
        "Russia–North Korea Research Reports, a Critical Edition. n.d., 2. The North Korea Issue under "
        f"China–Russia Coordination. {SITE_URL}en/report-b/s2.html#s2, (accessed {{today}}).",
    },
    ("en", "report-a/s1.html"): {
        "APA 7": "Hyōdō, S. (2016). The Basic Pattern of Russia–North Korea Rapprochement: A Comparison of "
        "Kim Jong Il’s 2011 Visit to Russia and Kim Jong Un’s Cancelled 2015 Visit [露朝接近の基本構図] "
        "(The editors, Trans.). 1. Case 1: General Secretary Kim Jong Il’s 2011 Visit to Russia. "
        f"In Russia–North Korea Research Reports, a Critical Edition. {SITE_URL}en/report-a/s1.html#s1",
    },
    ("ja", "report-b/s1.html"): {
        "Chicago": "“[2017年におけるロシアの朝鮮半島問題関与].” “1. ロシアの対北朝鮮姿勢の独自性.” "
        f"露朝関係研究報告 校訂版, 刊行年不明. {SITE_URL}report-b/s1.html#s1.",
    },
}


def cite_controls(site, lang, path):
    return page(site, lang, path).select("details.edition-cite")


@pytest.mark.parametrize(("lang", "path"), sorted(EXPECTED))
def test_formatted_citations(site, lang, path):
    control = cite_controls(site, lang, path)[0]
    found = {p["data-style"]: p.select_one(".edition-citation-text").get_text() for p in control.select("[data-style]")}
    for style, text in EXPECTED[(lang, path)].items():
        assert found[style] == text
        assert control.select_one(f"[data-style='{style}'] button")["data-copy"] == text


def test_every_report_chapter_and_section_has_a_cite_control(site):
    for lang in ("ja", "en"):
        for report, sections in (("report-a", 9), ("report-b", 5)):
            count = len(cite_controls(site, lang, f"{report}/index.html"))
            count += sum(len(cite_controls(site, lang, f"{report}/{c}.html")) for c in CHAPTERS)
            assert count == sections, (lang, report)  # the report, its chapters and their sections


def downloads(control):
    return {
        a["download"].rsplit(".", 1)[1]: urllib.parse.unquote(a["href"].split(",", 1)[1])
        for a in control.select("a[download]")
    }


@pytest.mark.parametrize(("lang", "path"), [("ja", "report-a/s1.html"), ("en", "report-b/s2.html")])
def test_bibtex_parses(site, lang, path):
    for control in cite_controls(site, lang, path):
        library = bibtexparser.parse_string(downloads(control)["bib"])
        assert not library.failed_blocks
        (entry,) = library.entries
        assert entry.entry_type == "incollection"
        assert entry["url"].startswith(SITE_URL) and entry["title"]
        assert ("author" in entry.fields_dict) == path.startswith("report-a")


def test_ris_is_valid(site):
    import re

    for control in cite_controls(site, "en", "report-a/s1.html"):
        lines = downloads(control)["ris"].split("\r\n")
        assert lines[0].startswith("TY  - ") and lines[-2] == "ER  - " and lines[-1] == ""
        assert all(re.fullmatch(r"[A-Z][A-Z0-9]  - .*", line) for line in lines[:-1])
        tags = [line[:2] for line in lines[:-1]]
        assert {"TI", "AU", "PY", "UR", "T2", "LA", "N1"} <= set(tags)


def test_csl_json_is_consumed_by_a_csl_processor(site):
    from citeproc import Citation, CitationItem, CitationStylesBibliography, CitationStylesStyle, formatter
    from citeproc.source.json import CiteProcJSON

    control = cite_controls(site, "en", "report-a/s1.html")[0]
    items = json.loads(downloads(control)["json"])
    source = CiteProcJSON(items)
    style = CitationStylesStyle("harvard-cite-them-right", validate=False)  # bundled with citeproc-py
    bibliography = CitationStylesBibliography(style, source, formatter.plain)
    bibliography.register(Citation([CitationItem(items[0]["id"])]))
    (entry,) = [str(item) for item in bibliography.bibliography()]
    assert "Hyōdō" in entry and "2016" in entry and "Basic Pattern" in entry


# --- metadata in the head -----------------------------------------------------------------


def head(site, lang, path):
    return page(site, lang, path).head


@pytest.mark.parametrize(("lang", "other"), [("ja", "en"), ("en", "ja")])
def test_page_metadata(site, lang, other):
    soup = head(site, lang, "report-a/s2.html")
    meta = {m["name"]: m["content"] for m in soup.select("meta[name^=citation_], meta[name^=DC]")}
    prefix = "" if lang == "ja" else "en/"
    assert meta["citation_author"] == "Hyōdō, Shinji"
    assert meta["citation_publication_date"] == "2016"
    assert meta["citation_language"] == lang
    assert meta["citation_public_url"] == f"{SITE_URL}{prefix}report-a/s2.html#s2"
    assert meta["DC.identifier"] == meta["citation_public_url"]
    data = json.loads(soup.select_one("script[type='application/ld+json']").string)
    relation = "workTranslation" if lang == "ja" else "translationOfWork"
    other_prefix = "" if other == "ja" else "en/"
    assert data[relation]["url"] == f"{SITE_URL}{other_prefix}report-a/s2.html#s2"
    assert data["@type"] == "Chapter" and data["isPartOf"]["@type"] == "Report"
    assert soup.select_one("link[rel=canonical]")["href"] == f"{SITE_URL}{prefix}report-a/s2.html"
    alternates = {link["hreflang"] for link in soup.select("link[rel=alternate][hreflang]")}
    assert {"ja", "en"} <= alternates


def test_landing_page_is_a_report(site):
    data = json.loads(head(site, "en", "report-b/index.html").select_one("script[type='application/ld+json']").string)
    assert data["@type"] == "Report" and "author" not in data


# --- in the browser -----------------------------------------------------------------------


@pytest.fixture
def clipboard_tab(browser):
    context = browser.new_context(permissions=["clipboard-read", "clipboard-write"])
    yield context.new_page()
    context.close()


def test_cite_control_copies_the_citation(clipboard_tab, site):
    tab = clipboard_tab
    tab.goto((site / "en/report-a/s1.html").as_uri())
    tab.locator("details.edition-cite summary").first.click()
    tab.locator("details.edition-cite [data-style='APA 7'] button").first.click()
    tab.wait_for_function("document.documentElement.dataset.editionCopied !== undefined")  # the copy is async
    copied = tab.evaluate("document.documentElement.dataset.editionCopied")
    assert copied == EXPECTED[("en", "report-a/s1.html")]["APA 7"]
    sist = tab.locator("details.edition-cite [data-style='SIST 02'] .edition-citation-text").first.inner_text()
    assert "{today}" not in sist and "(accessed 20" in sist


@pytest.mark.parametrize("scheme", ["file", "http"])
def test_paragraph_permalink_copies_a_url_that_opens_on_the_paragraph(clipboard_tab, site, scheme, request):
    tab = clipboard_tab
    base = site.as_uri() if scheme == "file" else request.getfixturevalue("http_root")
    tab.goto(f"{base}/report-a/s2.html")
    paragraph = tab.locator("#s2-2-p7")
    paragraph.hover()
    link = tab.locator("#s2-2-p7 .edition-permalink")
    tab.wait_for_function("getComputedStyle(document.querySelector('#s2-2-p7 .edition-permalink')).opacity === '1'")
    link.click()
    url = tab.evaluate("document.documentElement.dataset.editionCopied")
    assert url == f"{base}/report-a/s2.html#s2-2-p7"
    fresh = tab.context.new_page()
    fresh.goto(url)
    top = fresh.evaluate("document.getElementById('s2-2-p7').getBoundingClientRect().top")
    assert 0 <= top < 400


def test_permalink_shows_on_keyboard_focus(browser, site):
    tab = browser.new_page()
    tab.goto((site / "report-a/s1.html").as_uri())
    tab.focus("#s1-1-p1 .edition-permalink")
    tab.wait_for_function("getComputedStyle(document.querySelector('#s1-1-p1 .edition-permalink')).opacity === '1'")
    tab.close()


# --- URL stability ------------------------------------------------------------------------


def check_urls(project, site):
    return subprocess.run(
        [sys.executable, "-m", "edition", "urls", "--root", str(project), "--check", str(site)],
        capture_output=True,
        text=True,
    )


def test_every_published_url_still_exists(site):
    result = check_urls(ROOT, site)
    assert result.returncode == 0, result.stdout


def test_manifest_check_fails_when_an_id_is_renamed(tmp_path, site):
    import shutil

    copy = tmp_path / "site"
    shutil.copytree(site, copy)
    chapter = copy / "report-a" / "s2.html"
    chapter.write_text(chapter.read_text(encoding="utf-8").replace('id="s2-1-p8"', 'id="s2-1-p8-renamed"'))
    result = check_urls(ROOT, copy)
    assert result.returncode == 1
    assert result.stdout.splitlines() == ["gone without a redirect: report-a/s2.html#s2-1-p8"]


def test_a_redirect_keeps_a_moved_page(tmp_path, site):
    project = copy_project(tmp_path / "project")
    manifest = project / "urls.txt"
    manifest.write_text((ROOT / "urls.txt").read_text(encoding="utf-8") + "report-a/old-name.html\n", encoding="utf-8")
    assert check_urls(project, site).returncode == 1
    config = project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8").replace(
        "redirect_maps: {}", "redirect_maps: {report-a/old-name.md: report-a/s1.md}"
    )
    config.write_text(text, encoding="utf-8")
    assert check_urls(project, site).returncode == 0
