"""Citing the edition: apparatus, bibliography, cite control, page metadata, URL stability."""

import base64
import functools
import json
import re
import subprocess
import sys
import urllib.parse

import bibtexparser
import extruct
import pytest
from bs4 import BeautifulSoup
from helpers import CHAPTERS, ROOT, SITE_URL, TRACKER, copy_project, page

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

VERSIONED = f"{SITE_URL}1.0.0/"  # the address of the text as cited (data/edition.yml's version)
EXPECTED = {
    ("ja", "report-a/s1.html"): {
        "local": "兵頭慎治「露朝接近の基本構図：2011年の金正日訪露と2015年の金正恩訪露中止の比較を通じて」"
        "本版編者編『露朝関係研究報告 校訂版』第1.0.0版、2026年（原文2016年）、s1。"
        f"{VERSIONED}report-a/s1.html#s1（参照 {{today}}）",
        "chicago_note": "兵頭慎治, “露朝接近の基本構図：2011年の金正日訪露と2015年の金正恩訪露中止の比較を通じて,” "
        "in 露朝関係研究報告 校訂版, version 1.0.0, ed. 本版編者 (2016, 2026), sec. s1, "
        f"{VERSIONED}report-a/s1.html#s1.",
    },
    ("en", "report-b/s2.html"): {
        "chicago_bibliography": "The Editors, ed. “[Russia’s Involvement in the Korean Peninsula Issue in 2017].” "
        "In Russia–North Korea Research Reports, a Critical Edition, version 1.0.0, translated by The Editors. 2026. "
        f"Originally published as 2017年におけるロシアの朝鮮半島問題関与. {VERSIONED}en/report-b/s2.html#s2.",
        "apa": "The Editors (Ed.). (2026). [Russia’s Involvement in the Korean Peninsula Issue in 2017] "
        "(The Editors, Trans.). In Russia–North Korea Research Reports, a Critical Edition (Version 1.0.0). "
        f"{VERSIONED}en/report-b/s2.html#s2 (Original work published as 2017年におけるロシアの朝鮮半島問題関与)",
    },
    ("en", "report-a/s1.html"): {
        "apa": "Hyōdō, S. (2026). The Basic Pattern of Russia–North Korea Rapprochement: A Comparison of "
        "Kim Jong Il’s 2011 Visit to Russia and Kim Jong Un’s Cancelled 2015 Visit (The Editors, Trans.). "
        "In The Editors (Ed.), Russia–North Korea Research Reports, a Critical Edition (Version 1.0.0). "
        f"{VERSIONED}en/report-a/s1.html#s1 (Original work published as 露朝接近の基本構図, 2016)",
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
        assert control.select_one(f"[data-style='{style}'] button.edition-copy")
    addresses = control.select(".edition-addresses a")
    assert [a["href"] for a in addresses] == [
        f"{VERSIONED}{'' if lang == 'ja' else 'en/'}{path}#s{path[-6]}",
        f"{SITE_URL}latest/{'' if lang == 'ja' else 'en/'}{path}#s{path[-6]}",
    ]


def test_every_report_chapter_and_section_has_a_cite_control(site):
    for lang in ("ja", "en"):
        for report, sections in (("report-a", 9), ("report-b", 5)):
            count = len(cite_controls(site, lang, f"{report}/index.html"))
            count += sum(len(cite_controls(site, lang, f"{report}/{c}.html")) for c in CHAPTERS)
            assert count == sections, (lang, report)  # the report, its chapters and their sections
            for chapter in CHAPTERS:
                # one complete control per page, the chapter's (it works without a script); the
                # sections' are light, built from it when opened
                complete, *light = cite_controls(site, lang, f"{report}/{chapter}.html")
                assert complete["data-anchor"] == chapter and complete.select(".edition-citation")
                assert complete.select("a[download]")
                for control in light:
                    assert "edition-cite-section" in control["class"] and not control.select(".edition-citation")
                    assert control["data-anchor"].startswith(f"{chapter}-")
                    assert control["data-key"] == f"{report}-{control['data-anchor']}-{lang}"


def decode(href):
    """A data: URL's text (base64)."""
    head, data = href.split(",", 1)
    assert head.endswith(";base64")
    return base64.b64decode(data).decode()


def downloads(control):
    return {a["download"].rsplit(".", 1)[1]: decode(a["href"]) for a in control.select("a[download]")}


def ris_tags(text):
    return [tuple(line.split("  - ", 1)) for line in text.split("\r\n") if line]


@pytest.mark.parametrize(
    ("lang", "report"), [("ja", "report-a"), ("en", "report-a"), ("ja", "report-b"), ("en", "report-b")]
)
def test_one_item_whichever_route(site, lang, report):
    """The page's metadata, BibTeX, RIS and CSL-JSON describe the same item: a chapter (the
    report) of a book (the edition), with the same title, container, creators, dates and URL."""
    for path in (f"{report}/index.html", f"{report}/s1.html"):
        soup = page(site, lang, path)
        meta = {}
        for tag in soup.select("meta[name^=citation_]"):
            meta.setdefault(tag["name"], []).append(tag["content"])
        control = soup.select_one("details.edition-cite")
        files = downloads(control)
        [item] = json.loads(files["json"])
        [entry] = bibtexparser.parse_string(files["bib"]).entries
        ris = ris_tags(files["ris"])
        assert item["type"] == "chapter" and entry.entry_type == "incollection" and ("TY", "CHAP") in ris
        assert meta["citation_title"] == [item["title"]] == [entry["title"]] == [v for k, v in ris if k == "TI"]
        container = item["container-title"]
        assert meta["citation_inbook_title"] == [container] == [entry["booktitle"]] == [v for k, v in ris if k == "T2"]
        assert item["editor"] == [{"literal": "本版編者" if lang == "ja" else "The Editors"}]
        assert ("translator" in item) == (lang == "en") == ("A4" in dict(ris)) == ("translator" in entry.fields_dict)
        authors = meta.get("citation_author", [])
        assert (
            authors == [v for k, v in ris if k == "AU"] == ([entry["author"]] if "author" in entry.fields_dict else [])
        )
        assert bool(authors) == (report == "report-a") == ("author" in item)
        assert meta["citation_publication_date"] == ["2026/11/23"] and item["issued"]["date-parts"] == [[2026, 11, 23]]
        assert entry["date"] == "2026-11-23" and ("DA", "2026/11/23") in ris
        url = meta["citation_public_url"][0]
        assert url.startswith(VERSIONED) and url == item["URL"] == entry["url"] == dict(ris)["UR"]
        # the same as a real parser of embedded metadata reads it (JSON-LD and Dublin Core)
        embedded = extruct.extract(str(soup), base_url=url, syntaxes=["json-ld", "dublincore"])
        [work] = embedded["json-ld"]
        assert work["name"] == item["title"] and work["isPartOf"]["name"] == container
        assert work["url"] == url and work["datePublished"] == "2026-11-23" and work["version"] == "1.0.0"
        assert [e["name"] for e in work["isPartOf"]["editor"]] == [e["literal"] for e in item["editor"]]
        assert [t["name"] for t in work.get("translator", [])] == [t["literal"] for t in item.get("translator", [])]
        assert ("author" in work) == ("author" in item)
        dublin_core = {(e["name"], e["content"]) for e in embedded["dublincore"][0]["elements"]}
        assert {("DC.title", item["title"]), ("DC.identifier", url), ("DC.date", "2026-11-23")} <= dublin_core


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
    assert "Hyōdō" in entry and "2026" in entry and "Basic Pattern" in entry


# --- metadata in the head -----------------------------------------------------------------


def head(site, lang, path):
    return page(site, lang, path).head


@pytest.mark.parametrize(("lang", "other"), [("ja", "en"), ("en", "ja")])
def test_page_metadata(site, lang, other):
    soup = head(site, lang, "report-a/s2.html")
    meta = {m["name"]: m["content"] for m in soup.select("meta[name^=citation_], meta[name^=DC]")}
    prefix = "" if lang == "ja" else "en/"
    assert meta["citation_author"] == ("兵頭, 慎治" if lang == "ja" else "Hyōdō, Shinji")
    assert meta["citation_publication_date"] == "2026/11/23"
    assert meta["citation_language"] == lang
    assert meta["citation_public_url"] == f"{VERSIONED}{prefix}report-a/s2.html#s2"
    assert meta["DC.identifier"] == meta["citation_public_url"]
    # the full text as a PDF: the report's book in this language, at the same version
    assert meta["citation_pdf_url"] == f"{VERSIONED}downloads/report-a-{lang}.pdf"
    assert (site / meta["citation_pdf_url"].removeprefix(VERSIONED)).is_file()
    data = json.loads(soup.select_one("script[type='application/ld+json']").string)
    relation = "workTranslation" if lang == "ja" else "translationOfWork"
    other_prefix = "" if other == "ja" else "en/"
    assert data[relation]["url"] == f"{VERSIONED}{other_prefix}report-a/s2.html#s2"
    assert data["@type"] == "Chapter" and data["isPartOf"]["@type"] == "Book"
    assert data["version"] == "1.0.0" and data["datePublished"] == "2026-11-23" and data["dateCreated"] == "2016"
    assert soup.select_one("link[rel=canonical]")["href"] == f"{SITE_URL}{prefix}report-a/s2.html"
    alternates = {link["hreflang"]: link["href"] for link in soup.select("link[rel=alternate][hreflang]")}
    assert {"ja", "en"} <= set(alternates)
    assert all(href.startswith(SITE_URL) for href in alternates.values())  # absolute


def test_every_page_has_a_description(site):
    for path in sorted(site.rglob("*.html")):
        soup = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
        if soup.select_one("meta[http-equiv=refresh]"):
            continue  # a redirect
        description = soup.select_one("meta[name=description]")
        assert description and description["content"].strip(), path


# --- a build with no published address ------------------------------------------------------

PLACEHOLDERS = ("〈本版のURL〉", "<URL of the edition>", "&lt;URL of the edition&gt;", "刊行年不明", "file:///")


def test_no_placeholder_anywhere_in_a_default_build(local_site):
    """Every file, downloads (data: URLs) and the offline archive's contents included."""
    import zipfile

    texts = {
        path: path.read_bytes().decode("utf-8", "replace")
        for path in local_site.rglob("*")
        if path.is_file() and path.suffix != ".zip"
    }
    with zipfile.ZipFile(local_site / "edition.zip") as archive:
        texts |= {name: archive.read(name).decode("utf-8", "replace") for name in archive.namelist()}
    for name, text in texts.items():
        decoded = urllib.parse.unquote(text)
        decoded += "".join(decode(href) for href in re.findall(r"data:[^\"]*;base64,[^\"]*", text))
        for placeholder in PLACEHOLDERS:
            assert placeholder not in decoded, (name, placeholder)
    landing = page(local_site, "en", "report-b/index.html").select_one("details.edition-cite")
    assert "n.d." not in landing.get_text()


@pytest.fixture
def clipboard_tab(browser):
    context = browser.new_context(permissions=["clipboard-read", "clipboard-write"])
    yield context.new_page()
    context.close()


def copied(tab):
    tab.wait_for_function("document.documentElement.dataset.editionCopied !== undefined")  # the copy is async
    return tab.evaluate("document.documentElement.dataset.editionCopied")


@functools.cache
def section_unit(lang, anchor, site_url):
    """The unit of a section of report A's s2 and its citations, as the renderer makes them."""
    from edition.edition import load
    from edition.project import Project
    from edition.render.citation import Citations, Unit
    from edition.render.reports import ReportPages

    edition = load(Project(ROOT))
    identity = edition.identity.published(site_url)
    locale = edition.locale(lang)
    unit = Unit(edition.report(lang, "report-a"), locale, identity, f"{locale.prefix}report-a/s2.html", anchor)
    return unit, Citations(ReportPages.citable(edition)).of(unit)


@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize("copy", ["published", "local over http", "local file"])
def test_a_sections_control_cites_the_section(clipboard_tab, request, lang, copy):
    """A section's control, built from the chapter's when opened, gives what the renderer gives
    for the section: every style's citation (by the address the page is read from, or by ids),
    the addresses and the downloads, with the section's id as locator, fragment and key."""
    from edition.render.citation import FORMATS

    tab = clipboard_tab
    site_url = SITE_URL if copy == "published" else ""
    if copy == "local over http":
        base = request.getfixturevalue("local_http_root")
    else:
        base = request.getfixturevalue("site" if copy == "published" else "local_site").as_uri()
    tab.goto(f"{base}/{'' if lang == 'ja' else 'en/'}report-a/s2.html")
    control = tab.locator("details.edition-cite-section[data-anchor='s2-1']")
    control.locator("summary").click()
    assert control.evaluate("d => d.open") and control.locator(".edition-cite-pending").count() == 0
    unit, citations = section_unit(lang, "s2-1", site_url)
    today = tab.evaluate("new Date().toISOString().slice(0, 10)")

    def expected(text):
        return text.replace("{site}", f"{base}/").replace("{today}", today)

    shown = dict(
        control.locator(".edition-citation").evaluate_all(
            "ps => ps.map(p => [p.dataset.style, p.querySelector('.edition-citation-text:not([hidden])').textContent])"
        )
    )
    assert shown == {c.style: expected(c.by_ids if copy == "local file" else c.text) for c in citations}
    assert len(shown) == len(unit.locale.labels.citation.styles)
    if copy == "published":
        addresses = control.locator(".edition-addresses a")
        assert [addresses.nth(i).get_attribute("href") for i in range(2)] == [unit.url, unit.latest_url]
        assert addresses.nth(0).inner_text() == unit.url
    url = {"published": unit.url, "local over http": expected(unit.url_or_template), "local file": None}[copy]
    links = control.locator("a[download]")
    files = {links.nth(i).get_attribute("download"): decode(links.nth(i).get_attribute("href")) for i in range(3)}
    assert files == {f"{unit.key}.{ext}": make(unit, url) for ext, _, _, make in FORMATS}
    first = next(iter(shown))
    control.locator(f"[data-style='{first}'] button").click()
    assert copied(tab) == shown[first]


def test_without_a_script_the_chapter_cites_and_a_section_says_how(browser, local_site):
    context = browser.new_context(java_script_enabled=False)
    tab = context.new_page()
    tab.goto((local_site / "en/report-a/s2.html").as_uri())
    chapter = tab.locator("details.edition-cite[data-anchor='s2']")
    chapter.locator("summary").click()
    note = chapter.locator("[data-style='chicago_note'] .edition-citation-text:visible").inner_text()
    assert note.endswith("sec. s2.")
    section = tab.locator("details.edition-cite-section[data-anchor='s2-2']")
    section.locator("summary").click()
    assert "with the id s2-2 in place of the chapter’s" in section.locator(".edition-cite-pending").inner_text()
    context.close()


def test_read_time_address_over_http(clipboard_tab, local_http_root):
    tab = clipboard_tab
    tab.goto(f"{local_http_root}/en/report-a/s1.html")
    tab.locator("details.edition-cite summary").first.click()
    control = tab.locator("details.edition-cite").first
    apa = control.locator("[data-style='apa'] .edition-citation-text:visible")
    assert f"{local_http_root}/en/report-a/s1.html#s1 (Original work" in apa.inner_text()
    assert control.locator(".edition-no-address").is_hidden()
    control.locator("[data-style='apa'] button").click()
    assert f"{local_http_root}/en/report-a/s1.html#s1" in copied(tab)
    bib = control.locator("a[download$='.bib']").get_attribute("href")
    assert f"url = {{{local_http_root}/en/report-a/s1.html#s1}}" in decode(bib)


def test_cite_by_ids_from_a_file(clipboard_tab, local_site):
    tab = clipboard_tab
    tab.goto((local_site / "report-a/s2.html").as_uri())
    tab.locator("details.edition-cite summary").first.click()
    control = tab.locator("details.edition-cite").first
    note = control.locator("[data-style='chicago_note'] .edition-citation-text:visible").inner_text()
    assert note.endswith("sec. s2.") and "file:" not in note
    assert control.locator(".edition-no-address").is_visible()
    # ¶ from a file with no published address: the paragraph's citation, never a file:// path
    tab.locator("#s2-2-p7").hover()
    tab.locator("#s2-2-p7 .edition-permalink").click()
    text = copied(tab)
    assert "para. s2-2-p7" in text and "file:" not in text and "露朝関係研究報告 校訂版, version 1.0.0" in text


def test_copy_feedback_is_announced(clipboard_tab, site):
    tab = clipboard_tab
    tab.goto((site / "en/report-a/s1.html").as_uri())
    tab.locator("details.edition-cite summary").first.click()
    button = tab.locator("details.edition-cite [data-style='apa'] button").first
    button.click()
    assert copied(tab) == EXPECTED[("en", "report-a/s1.html")]["apa"]
    assert button.inner_text() == "Copied"
    tab.wait_for_function("document.querySelector('[role=status]').textContent === 'Copied'")
    local = tab.locator("details.edition-cite [data-style='chicago_note'] .edition-citation-text").first
    assert "{today}" not in local.inner_text()


def test_japanese_citation_has_the_readers_date(browser, site):
    tab = browser.new_page()
    tab.goto((site / "report-a/s1.html").as_uri())
    local = tab.locator("details.edition-cite [data-style='local'] .edition-citation-text").first.text_content()
    assert "{today}" not in local and "（参照 20" in local
    tab.close()


@pytest.mark.parametrize("scheme", ["file", "http"])
def test_paragraph_permalink_copies_the_published_address(clipboard_tab, site, scheme, request):
    tab = clipboard_tab
    base = site.as_uri() if scheme == "file" else request.getfixturevalue("http_root")
    tab.goto(f"{base}/report-a/s2.html")
    tab.locator("#s2-2-p7").hover()
    tab.wait_for_function("getComputedStyle(document.querySelector('#s2-2-p7 .edition-permalink')).opacity === '1'")
    tab.locator("#s2-2-p7 .edition-permalink").click()
    assert copied(tab) == f"{VERSIONED}report-a/s2.html#s2-2-p7"


def test_paragraph_permalink_without_an_address_opens_on_the_paragraph(clipboard_tab, local_http_root):
    tab = clipboard_tab
    tab.goto(f"{local_http_root}/report-a/s2.html")
    tab.locator("#s2-2-p7").hover()
    tab.locator("#s2-2-p7 .edition-permalink").click()
    url = copied(tab)
    assert url == f"{local_http_root}/report-a/s2.html#s2-2-p7"
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


SELECT = """([id, start, length]) => {
  const walker = document.createTreeWalker(document.getElementById(id), NodeFilter.SHOW_TEXT);
  const node = walker.nextNode();
  const range = document.createRange();
  range.setStart(node, start);
  range.setEnd(node, start + length);
  getSelection().removeAllRanges();
  getSelection().addRange(range);
  return range.toString();
}"""


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_cite_a_selection(clipboard_tab, local_http_root, lang):
    """ "Copy with citation" gives the quotation, the paragraph's citation and a text-fragment URL
    that scrolls to the quotation (its words: a text directive matches whole words only)."""
    tab = clipboard_tab
    tab.set_viewport_size({"width": 1440, "height": 900})
    prefix = "" if lang == "ja" else "en/"
    tab.goto(f"{local_http_root}/{prefix}report-a/s2.html")
    last = tab.evaluate("[...document.querySelectorAll('article p[id]')].at(-1).id")
    quote = tab.evaluate(SELECT, [last, 3, 37])  # starting and ending inside words
    offer = tab.locator(".edition-cite-selection")
    offer.wait_for(state="visible")
    assert offer.inner_text() == ("Copy with citation" if lang == "en" else "出典付きでコピー")
    offer.click()
    lines = copied(tab).split("\n")
    assert lines[0] == (f"“{quote.strip()}”" if lang == "en" else f"「{quote.strip()}」")
    assert f"para. {last}" in lines[1] and ("The Editors" in lines[1] if lang == "en" else "本版編者" in lines[1])
    assert lines[2].startswith(f"{local_http_root}/{prefix}report-a/s2.html#{last}:~:text=")
    # the text directive alone (without the paragraph's id): the browser finds the quotation
    fresh = tab.context.new_page()
    fresh.set_viewport_size({"width": 1440, "height": 900})
    fresh.goto(lines[2].replace(f"#{last}:~:", "#:~:"))
    fresh.wait_for_function(
        """id => {
          const box = document.getElementById(id).getBoundingClientRect();
          return scrollY > 0 && box.top < innerHeight && box.bottom > 0;
        }""",
        arg=last,
    )


def test_report_an_error_in_a_paragraph(browser, local_http_root):
    tab = browser.new_page()
    tab.goto(f"{local_http_root}/report-a/s1.html")
    link = tab.locator("#s1-1-p1 .edition-report")
    assert link.get_attribute("title") == "この段落の誤りを報告する"
    target = urllib.parse.urlsplit(link.get_attribute("href"))
    assert f"{target.scheme}://{target.netloc}{target.path}" == TRACKER
    query = urllib.parse.parse_qs(target.query)
    assert query["title"] == ["s1-1-p1: "]
    body = query["body"][0]
    assert body.startswith("s1-1-p1 (1.0.0)\n" + f"{local_http_root}/report-a/s1.html#s1-1-p1")
    text = tab.evaluate("document.getElementById('s1-1-p1').firstChild.textContent")
    assert text.strip()[:20] in body
    assert tab.locator("article .edition-report").count() == tab.locator("article .edition-permalink").count()
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
