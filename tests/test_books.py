"""The offline books and the text as data (downloads/), checked with real validators: EPUBCheck
(0 errors, 0 warnings), Chromium rendering an EPUB's XHTML, poppler (pdffonts, pdftotext,
pdftohtml's outline), lxml for the TEI and the OPDS catalogue; the corpus against the model."""

from __future__ import annotations

import dataclasses
import difflib
import json
import re
import subprocess
import zipfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from helpers import REPORTS, ROOT, page
from lxml import etree

from edition.edition import load
from edition.project import Project

LANGS = ("ja", "en")
BOOKS = [f"{r}-{langs}" for r in REPORTS for langs in ("ja", "en", "ja-en")]


@pytest.fixture(scope="module")
def edition():
    return load(Project(ROOT))


def squeeze(text: str) -> str:
    return re.sub(r"\s", "", text)


# -- the corpus ---------------------------------------------------------------------------------


def corpus(site: Path) -> list[dict]:
    return [json.loads(line) for line in (site / "downloads/corpus.jsonl").read_text(encoding="utf-8").splitlines()]


def test_corpus_has_every_segment_once_and_round_trips_to_the_model(site, edition):
    rows = corpus(site)
    keys = [(row["report"], row["id"]) for row in rows]
    assert len(keys) == len(set(keys))
    for lang in LANGS:
        for report in edition.reports[lang]:
            segments = list(report.walk())
            mine = [row for row in rows if row["report"] == report.meta.id]
            assert [row["id"] for row in mine] == [s.id for s in segments]
            assert [row["kind"] for row in mine] == [s.kind for s in segments]
            for row, segment in zip(mine, segments, strict=True):
                expected = segment.text if segment.content is not None and segment.language == lang else None
                assert row[lang] == expected, (lang, segment.id)
    assert sum(row["kind"] == "note" for row in rows) == 25 and sum(row["kind"] == "paragraph" for row in rows) == 45


def test_tsv_has_the_same_rows(site):
    import csv

    with (site / "downloads/corpus.tsv").open(encoding="utf-8", newline="") as handle:
        table = list(csv.DictReader(handle, dialect="excel-tab"))
    rows = corpus(site)
    assert [(t["report"], t["id"], t["ja"], t["en"]) for t in table] == [
        (r["report"], r["id"], r["ja"] or "", r["en"] or "") for r in rows
    ]


# -- TEI ----------------------------------------------------------------------------------------

TEI = "{http://www.tei-c.org/ns/1.0}"
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"


@pytest.mark.parametrize("report", REPORTS)
def test_tei_is_well_formed_with_unique_ids_and_resolving_references(site, edition, report):
    tree = etree.parse(str(site / f"downloads/{report}.tei.xml"))
    ids = [el.get(XML_ID) for el in tree.iter() if el.get(XML_ID)]
    assert len(ids) == len(set(ids))
    pointers = [p for el in tree.iter() for a in ("ref", "corresp", "target") for p in (el.get(a) or "").split()]
    internal = [p for p in pointers if p.startswith("#")]
    assert len(internal) > 400 and not [p for p in internal if p[1:] not in set(ids)]
    for lang in LANGS:
        text = tree.find(f".//{TEI}text[@{{http://www.w3.org/XML/1998/namespace}}lang='{lang}']")
        paragraphs = text.findall(f".//{TEI}p")
        assert [p.get(XML_ID) for p in paragraphs] == [
            f"{lang}.{s.id}" for s in edition.report(lang, report).walk() if s.kind == "paragraph"
        ]
        # every mention of an actor in the text is a name pointing to the registry
        names = text.xpath(".//*[local-name()='persName' or local-name()='orgName' or local-name()='placeName']")
        mentions = [m for m in edition.mentions[lang] if m.report == report and m.anchor != report]
        assert sorted(n.xpath("string()") for n in names) == sorted(m.text for m in mentions)
    registry = {el.get(XML_ID) for el in tree.find(f"{TEI}standOff").iter() if el.get(XML_ID)}
    assert registry >= {m.actor for lang in LANGS for m in edition.mentions[lang] if m.report == report}


def test_data_readme_states_fields_licence_and_citation(site, edition):
    readme = (site / "downloads/README.txt").read_text(encoding="utf-8")
    for field in ("report", "id", "kind", "ja", "en", "notes", "page_start", "ja_sha256", "annotations"):
        assert re.search(rf"^{field}\s", readme, re.M), field
    assert edition.identity.licence.url in readme and edition.identity.version in readme
    assert "How to cite" in readme


# -- EPUB ---------------------------------------------------------------------------------------


def epubcheck(path: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["java", "-jar", "/usr/bin/epubcheck", str(path)], capture_output=True, text=True)


def test_every_epub_passes_epubcheck_with_no_error_or_warning(site):
    paths = [site / f"downloads/{book}.epub" for book in BOOKS]
    with ThreadPoolExecutor(3) as pool:
        results = list(pool.map(epubcheck, paths))
    for path, result in zip(paths, results, strict=True):
        output = result.stdout + result.stderr
        assert result.returncode == 0, output
        assert "Messages: 0 fatals / 0 errors / 0 warnings" in output, (path.name, output)


def test_epub_metadata(site):
    with zipfile.ZipFile(site / "downloads/report-a-en.epub") as book:
        opf = etree.fromstring(book.read("EPUB/content.opf"))
        assert book.namelist()[0] == "mimetype"
    dc = "{http://purl.org/dc/elements/1.1/}"
    metadata = opf.find("{http://www.idpf.org/2007/opf}metadata")
    assert metadata.findtext(f"{dc}language") == "en"
    assert metadata.findtext(f"{dc}creator") == "Hyōdō Shinji"
    assert metadata.findtext(f"{dc}identifier").startswith("urn:uuid:")
    properties = {m.get("property"): m.text for m in metadata if m.get("property")}
    assert properties["schema:version"] and properties["dcterms:license"].startswith("https://creativecommons.org/")
    roles = [m.text for m in metadata if m.get("property") == "role"]
    assert roles == ["aut", "edt", "trl", "com"]


def test_epub_shows_its_notes_in_a_browser(site, browser, tmp_path):
    """The EPUB's chapter rendered by Chromium: every note reference leads to a visible footnote
    with the source's number, every paragraph shows its id, and every element has a language."""
    with zipfile.ZipFile(site / "downloads/report-a-ja-en.epub") as book:
        book.extractall(tmp_path)
    chapter = tmp_path / "EPUB/s2.xhtml"
    view = browser.new_page()
    view.goto(chapter.as_uri())
    refs = view.locator("a[epub\\:type='noteref'], a.noteref")
    assert refs.count() > 10
    for i in range(refs.count()):
        ref = refs.nth(i)
        target = view.locator(ref.get_attribute("href"))
        assert target.is_visible() and target.inner_text().strip()
    assert view.locator("aside.note").first.inner_text().split()[0].isdigit()
    assert view.locator("aside.annotation").count() >= 1
    assert view.evaluate(
        "[...document.querySelectorAll('p[id]')].filter(p => p.querySelector('.locator'))"
        ".every(p => p.id.endsWith('-' + p.querySelector('.locator').textContent))"
    )
    assert view.evaluate("[...document.querySelectorAll('body *')].every(e => e.closest('[lang]'))")
    assert view.evaluate("[...document.querySelectorAll('.pair')].every(p => p.children.length === 2)")
    view.screenshot(path=str(tmp_path / "epub.png"))
    view.close()


# -- PDF ----------------------------------------------------------------------------------------


def pdftotext(path: Path) -> str:
    return subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True).stdout


@pytest.mark.parametrize("book", BOOKS)
def test_pdf_fonts_are_all_embedded(site, book):
    out = subprocess.run(["pdffonts", str(site / f"downloads/{book}.pdf")], capture_output=True, text=True).stdout
    rows = out.splitlines()[2:]
    assert rows and all(row.split()[-5] == "yes" for row in rows), out  # the "emb" column
    assert any("Noto-Serif-CJK-JP" in row for row in rows)


@pytest.mark.parametrize("book", [b for b in BOOKS if not b.endswith("ja-en")])
def test_pdf_has_every_heading_and_paragraph_in_order(site, edition, book):
    """Each segment's characters in order (after removing whitespace), interrupted only by what a
    page adds (note calls, footnotes, margin ids, running heads) and pdftotext's joining of a
    hyphen at a line end."""
    report, lang = book[:8], book[9:]
    text = squeeze(pdftotext(site / f"downloads/{book}.pdf"))
    position = 0
    for segment in edition.report(lang, report).walk():
        if segment.kind == "note":
            continue
        expected = squeeze(segment.text)
        found = text.find(expected, position)
        if found >= 0:
            position = found + len(expected)
            continue
        window = text[position : position + 2 * len(expected) + 1000]
        matcher = difflib.SequenceMatcher(None, expected, window, autojunk=False)
        lost = [expected[i1:i2] for op, i1, i2, _, _ in matcher.get_opcodes() if op in ("delete", "replace")]
        assert set(lost) <= {"-"}, (segment.id, lost)
        blocks = [b for b in matcher.get_matching_blocks() if b.size]
        assert len(blocks) <= 12, segment.id
        position += blocks[-1].b + blocks[-1].size


@pytest.mark.parametrize("report", REPORTS)
def test_facing_pdf_puts_each_pair_on_facing_pages(site, edition, report):
    """Each paragraph's id is in the margin of its original (a left-hand, even page) and of its
    translation on the page opposite."""
    pages = pdftotext(site / f"downloads/{report}-ja-en.pdf").split("\f")
    where: dict[str, list[int]] = {}
    for number, text in enumerate(pages, start=1):
        for match in re.finditer(r"(?<![\w-])((?:introduction|conclusion|s\d+(?:-\d+)?)(?:-p\d+)?)(?![\w-])", text):
            where.setdefault(match[1], []).append(number)
    paragraphs = [s.id for s in edition.originals[REPORTS.index(report)].walk() if s.kind == "paragraph"]
    assert set(paragraphs) <= set(where)
    for anchor in paragraphs:
        left, right = where[anchor]
        assert left % 2 == 0 and right == left + 1, (anchor, where[anchor])


@pytest.mark.parametrize("book", BOOKS)
def test_pdf_has_a_bookmark_per_chapter_and_metadata(site, edition, book):
    path = site / f"downloads/{book}.pdf"
    xml = subprocess.run(["pdftohtml", "-xml", "-i", "-stdout", str(path)], capture_output=True, text=True).stdout
    outline = etree.fromstring(xml.encode()).find("outline")
    top = [item.text for item in outline.findall("item")]
    report, lang = book[:8], book[9:11]
    from edition.render.reports import chapter_title

    locale = edition.locale(lang)
    assert top == [chapter_title(c, locale) for c in edition.report(lang, report).chapters]
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True).stdout
    assert re.search(r"^Title:\s+\S", info, re.M) and re.search(r"^Author:\s+\S", info, re.M)
    assert "CreationDate:    Mon Nov 23 00:00:00 2026" in info or edition.identity.released != "2026-11-23"


# -- where they live ----------------------------------------------------------------------------


def test_opds_catalogue_lists_every_book(site):
    atom = "{http://www.w3.org/2005/Atom}"
    feed = etree.parse(str(site / "downloads/catalog.xml")).getroot()
    assert feed.tag == f"{atom}feed" and feed.findtext(f"{atom}id") and feed.findtext(f"{atom}updated")
    links = [link for entry in feed.findall(f"{atom}entry") for link in entry.findall(f"{atom}link")]
    assert sorted(link.get("href") for link in links) == sorted(f"{b}.{ext}" for b in BOOKS for ext in ("epub", "pdf"))
    for link in links:
        assert link.get("rel") == "http://opds-spec.org/acquisition/open-access"
        assert int(link.get("length")) == (site / "downloads" / link.get("href")).stat().st_size


@pytest.mark.parametrize("lang", LANGS)
def test_downloads_are_listed_with_their_sizes(site, lang):
    # a report: EPUB and PDF in each language, the bilingual EPUB, the facing PDF; all: both reports'
    for path, expected in (("report-a/index.html", 6), ("index.html", 12), ("offline.html", 12)):
        soup = page(site, lang, path)
        links = soup.select(".edition-books a[download]")
        books = [a for a in links if a["href"].endswith((".epub", ".pdf"))]
        assert len(books) == expected, path
        prefix = "" if lang == "ja" else "en/"
        for a in links:
            target = (site / prefix / path).parent / a["href"]
            assert target.resolve().is_file(), a["href"]
            assert re.fullmatch(r"\((\d+ KB|\d+\.\d MB)\)", a.find_next_sibling("span").get_text())


def test_downloads_are_in_the_archive(site):
    with zipfile.ZipFile(site / "edition.zip") as archive:
        names = set(archive.namelist())
    assert {f"ruskor-edition/downloads/{b}.{ext}" for b in BOOKS for ext in ("epub", "pdf")} <= names
    assert "ruskor-edition/downloads/corpus.jsonl" in names


def test_an_unchanged_edition_does_not_make_its_books_again(monkeypatch):
    """The session's build filled the cache: with no input changed, the books are read back; with
    the EPUBs to make again, no PDF whose HTML is unchanged is rendered again."""
    from helpers import SITE_URL

    from edition import pipeline

    def fail(*args: object) -> dict[str, bytes]:
        raise AssertionError("made again")

    monkeypatch.setenv("EDITION_CACHE", str(ROOT / "build" / "cache"))
    built = load(Project(ROOT))  # as the session built it, published at SITE_URL
    built = dataclasses.replace(built, identity=built.identity.published(SITE_URL))
    with monkeypatch.context() as patch:
        patch.setattr(pipeline, "_make_books", fail)
        files = pipeline.books(built)
    assert sorted(name for name in files if name.endswith((".pdf", ".epub"))) == sorted(
        f"downloads/{book}.{ext}" for book in BOOKS for ext in ("epub", "pdf")
    )
    monkeypatch.setattr(pipeline, "render_pdf", fail)
    assert pipeline._make_books(built) == files
