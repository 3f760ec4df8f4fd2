"""The build: strict with no warning, reproducible, safe against markup in the seeds, stable ids."""

import hashlib
import json
import re

import pytest
from bs4 import BeautifulSoup
from helpers import CHAPTERS, REPORTS, ROOT, copy_project, edit_seed, mkdocs_build, page


def test_strict_build_has_no_warning(build):
    _, result = build
    assert "WARNING" not in result.stderr and "ERROR" not in result.stderr, result.stderr


def digests(site):
    """The pages and the downloads (EPUBs made again; PDFs from the shared cache)."""
    files = [*site.rglob("*.html"), *site.glob("downloads/*")]
    return {p.relative_to(site): hashlib.sha256(p.read_bytes()).hexdigest() for p in files}


def test_rebuilding_gives_the_same_bytes(site, tmp_path):
    project = copy_project(tmp_path / "project")
    assert mkdocs_build(project, tmp_path / "site", books=True).returncode == 0
    assert digests(tmp_path / "site") == digests(site)


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_every_page_exists_in_both_languages_with_the_same_ids(site, lang):
    for report in REPORTS:
        for name in ("index", *CHAPTERS):
            ja = page(site, "ja", f"{report}/{name}.html")
            other = page(site, lang, f"{report}/{name}.html")
            ids = lambda soup: [el["id"] for el in soup.select("article [id]")]  # noqa: E731
            assert ids(other) == ids(ja)


def test_ids_are_structural_ascii_and_unique(site):
    pattern = re.compile(
        r"^(introduction|conclusion|s\d+(-\d+)?)(-p\d+)?$|^fn(ref)?-\d+$|^page-\d+$|^(ed|edref)-[a-z0-9-]+(-text)?$|^[a-z-]+$"
    )
    for report in REPORTS:
        pages = []
        for chapter in CHAPTERS:
            soup = page(site, "ja", f"{report}/{chapter}.html")
            ids = [el["id"] for el in soup.select("article [id]")]
            assert len(ids) == len(set(ids))
            assert all(pattern.match(i) and i.isascii() for i in ids), ids
            assert all(p.get("id") for p in soup.select("article > p")), "every paragraph has an id"
            pages += [int(el["data-page"]) for el in soup.select(".page-marker")]
        assert pages == list(range(1, {"report-a": 8, "report-b": 5}[report]))


def test_page_markers_sit_where_the_source_pages_begin(site):
    soup = page(site, "ja", "report-a/s1.html")
    marker = soup.select_one("#page-2")
    assert marker.previous_sibling.endswith("天然ガス・パイプ") and marker.next_sibling.startswith("ラインの構想")
    assert soup.select_one("#s1-2 #page-3") is not None  # page 3 begins with the heading （2）
    soup = page(site, "ja", "report-b/s1.html")
    assert soup.select_one("#page-2").next_sibling.startswith("とロシアが米国に追随")


# pymdownx.escapeall makes a backslash escape any character, where CommonMark escapes only ASCII
# punctuation: in a hand-written page "北\n朝鮮" silently became "北n朝鮮" (review 788b934).
NOT_PUNCTUATION_ESCAPE = re.compile(r"\\[^!-/:-@\[-`{-~\\]")
JAPANESE = "\u3040-\u30ff\u3400-\u9fff\uff01-\uff60"


def test_hand_written_pages_escape_only_punctuation():
    hand_written = sorted((ROOT / "docs").glob("*/editorial.md")) + sorted((ROOT / "docs").glob("*/offline.md"))
    assert len(hand_written) == 4
    for path in hand_written:
        assert not NOT_PUNCTUATION_ESCAPE.findall(path.read_text(encoding="utf-8")), path
    assert NOT_PUNCTUATION_ESCAPE.findall("「北\\n朝鮮」") and not NOT_PUNCTUATION_ESCAPE.findall("2011\\-09 \\*")


def test_no_stray_letter_between_japanese_characters(site):
    """What an eaten backslash leaves in a page (「北n朝鮮」), on every page of the site."""
    stray = re.compile(rf"[{JAPANESE}][a-z][{JAPANESE}]")
    for path in site.rglob("*.html"):
        text = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser").get_text()
        assert not stray.findall(text), path


def test_markup_in_a_seed_is_literal_text(tmp_path):
    project = copy_project(tmp_path / "project")
    hostile = "<script>alert(1)</script>[x](javascript:alert(1))*a*_b_#c|d|&amp;`e`"
    edit_seed(project, "report-b", "本研究会では、", f"本研究会では、{hostile}")
    result = mkdocs_build(project, tmp_path / "site")
    assert result.returncode == 0, result.stderr
    soup = BeautifulSoup((tmp_path / "site/report-b/introduction.html").read_text(encoding="utf-8"), "html.parser")
    paragraph = soup.select_one("#introduction-p1")
    assert f"本研究会では、{hostile}ロシア" in paragraph.get_text()
    assert paragraph.find(["script", "em", "strong", "code", "table", "h1"]) is None
    # only the edition's links: actor pages and the paragraph's own permalink
    assert all(a["href"].startswith(("../actors/", "#introduction-p1")) for a in paragraph.find_all("a"))


def test_metadata_attributes_are_escaped(tmp_path):
    """A title with quotes, an ampersand and markup reaches the page head intact (main.html
    escapes every attribute value; the JSON-LD cannot end its <script> early)."""
    project = copy_project(tmp_path / "project")
    meta = project / "seeds" / "report-a.yml"
    title = 'Case 1: Kim Jong Il\'s "Visit" & Talks </script><b>'
    old = "  en: The Basic Pattern of Russia–North Korea Rapprochement\n"
    text = meta.read_text(encoding="utf-8")
    assert old in text, "report A's English title"
    meta.write_text(text.replace(old, f"  en: {yaml_string(title)}\n", 1), encoding="utf-8")
    result = mkdocs_build(project, tmp_path / "site")
    assert result.returncode == 0, result.stderr
    html = (tmp_path / "site/en/report-a/s1.html").read_text(encoding="utf-8")
    soup = BeautifulSoup(html, "html.parser")
    expected = f"{title}: A Comparison of Kim Jong Il’s 2011 Visit to Russia and Kim Jong Un’s Cancelled 2015 Visit"
    assert soup.select_one('meta[name="citation_title"]')["content"] == expected
    assert soup.select_one('meta[name="DC.title"]')["content"] == expected
    assert json.loads(soup.select_one('script[type="application/ld+json"]').string)["name"] == expected


def yaml_string(value):
    return json.dumps(value, ensure_ascii=False)  # a JSON string is a YAML double-quoted scalar


def test_a_third_report_is_data_only(tmp_path):
    """Reports are discovered from seeds/*.yml: a seed, its metadata, its editorial data (and a
    translation) make a new report, with its pages in every language, its letter, its navigation."""
    project = copy_project(tmp_path / "project")
    seeds, data = project / "seeds", project / "data"
    (seeds / "002_third.txt").write_bytes((seeds / "001_ad2acc227bec59af.txt").read_bytes())
    meta = (seeds / "report-b.yml").read_text(encoding="utf-8")
    meta = meta.replace("id: report-b", "id: report-c").replace("seed: 001_ad2acc227bec59af.txt", "seed: 002_third.txt")
    (seeds / "report-c.yml").write_text(meta, encoding="utf-8")
    for folder in (data / "editorial", data / "translations" / "en"):
        (folder / "report-c.yml").write_bytes((folder / "report-b.yml").read_bytes())
    result = mkdocs_build(project, tmp_path / "site")
    assert result.returncode == 0, result.stderr
    for lang in ("ja", "en"):
        for name in ("index", *CHAPTERS, "bibliography"):
            assert page(tmp_path / "site", lang, f"report-c/{name}.html").select_one("article h1")
    home = page(tmp_path / "site", "ja", "index.html")
    assert home.select_one("h2#report-c").get_text().startswith("報告C")
    nav = [a.get_text(strip=True) for a in page(tmp_path / "site", "en", "index.html").select(".md-nav__link")]
    assert "Report C" in nav


THEME_WORDS = {  # the title of a heading's ¶ link, the footer's credit (data/ui.yml)
    "ja": ("この見出しへのリンク", "Material for MkDocs で作成"),
    "en": ("Link to this heading", "Made with Material for MkDocs"),
}


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_the_themes_words_are_in_the_pages_language(site, lang):
    """Not "Permanent link" and "Made with" on Japanese pages (review 788b934, problem 10)."""
    root = site if lang == "ja" else site / "en"
    paths = [p for p in root.rglob("*.html") if lang != "ja" or not p.is_relative_to(site / "en")]
    titles, credits, checked = set(), set(), 0
    for path in paths:
        soup = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
        if soup.html.get("lang") != lang or not soup.select_one(".md-copyright"):  # a redirect, the shared 404
            continue
        checked += 1
        titles |= {a["title"] for a in soup.select("a.headerlink")}
        credits.add(soup.select_one(".md-copyright").get_text(" ", strip=True))
    assert checked > 200 and titles == {THEME_WORDS[lang][0]} and credits == {THEME_WORDS[lang][1]}
