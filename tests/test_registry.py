"""Actors and events: registry completeness, mention detection on the real text, pages, exports."""

import csv
import io
import json
import re
import shutil
from collections import Counter
from urllib.parse import unquote, urlsplit

import pytest
from bs4 import BeautifulSoup
from helpers import ROOT, copy_project, page, run_edition

from edition.data.names import Matcher
from edition.edition import load
from edition.model.collation import sort_key
from edition.project import Project


@pytest.fixture(scope="module")
def edition():
    return load(Project(ROOT))


@pytest.fixture(scope="module")
def model(edition):
    return edition.reports, edition.names, edition.events


@pytest.fixture(scope="module")
def mentions(edition):
    def find(text, names, lang="ja", report=None):
        """The names in a text as the edition finds them in a language (its locale's rules)."""
        return Matcher(names.forms(lang, report), edition.locale(lang).match_rules).find(text)

    return find


def ids(found):
    return [name.id for name, *_ in found]


def test_registry_size_and_kinds(model):
    _, names, events = model
    kinds = Counter(name.kind for name in names.root)
    assert kinds["person"] >= 35 and kinds["state"] >= 19 and kinds["organisation"] >= 25 and kinds["place"] >= 20
    assert len(events) >= 45


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_every_actor_is_mentioned(edition, lang):
    names = edition.names
    counts = edition.mention_counts(lang)
    assert [name.id for name in names.root if name.is_actor and counts[name.id] == 0] == []


def test_mention_counts(edition):
    counts = edition.mention_counts("ja")
    expected = {
        "kim-jong-un": 38, "kim-jong-il": 10, "sergey-lavrov": 4, "vladimir-putin": 8, "dmitry-medvedev": 1,
        "xi-jinping": 7, "dmitry-peskov": 3, "choe-son-hui": 1, "gazprom": 2, "eastern-military-district": 2,
        "hyodo-shinji": 1,
    }  # fmt: skip
    assert {actor: counts[actor] for actor in expected} == expected


def test_ambiguous_mentions_resolve_right(model, mentions):
    _, names, _ = model
    assert ids(mentions("金正恩第一書記と金正日総書記", names)) == ["kim-jong-un", "kim-jong-il"]
    assert ids(mentions("新設された東部軍管区は旧「極東軍管区」から", names)) == [
        "eastern-military-district",
        "far-eastern-military-district",
    ]
    # a title alone names Kim Jong Il in report A only
    assert ids(mentions("平壌で金総書記と会談した", names, "ja", "report-a")) == ["pyongyang", "kim-jong-il"]
    assert ids(mentions("平壌で金総書記と会談した", names, "ja", "report-b")) == ["pyongyang"]
    # 中国 inside 中国ファクター, プーチン inside 第1次プーチン政権: the terms, not the actors
    assert "china" not in ids(mentions("ロシア外交における「中国ファクター」", names))
    assert "vladimir-putin" not in ids(mentions("第1次プーチン政権発足後", names))
    # ラヴロフ and ラブロフ are one person; a gloss in brackets is part of its mention
    assert ids(mentions("セルゲイ・ラヴロフ（Sergey Lavrov）外相とラブロフ外相", names)) == ["sergey-lavrov"] * 2
    # English: whole words only, longest form first
    assert ids(mentions("Kim Jong Un met Kim Jong Il", names, "en")) == ["kim-jong-un", "kim-jong-il"]
    assert "russia" not in ids(mentions("Russianness", names, "en"))


def test_every_event_cites_an_existing_paragraph(model, site):
    _, _, events = model
    for event in events:
        for target in event.paragraphs:
            report, anchor = target.split("/")
            pages = [p for p in (site / report).glob("*.html") if f'id="{anchor}"' in p.read_text(encoding="utf-8")]
            assert pages, (event.id, target)


def links_resolve(site, html_file):
    soup = BeautifulSoup(html_file.read_text(encoding="utf-8"), "html.parser")
    broken = []
    for element in soup.select("a[href], link[href][rel=alternate]"):
        href = element["href"]
        parts = urlsplit(href)
        if parts.scheme or href.startswith("//"):
            continue
        target = (html_file.parent / unquote(parts.path)).resolve() if parts.path else html_file
        if not target.exists():
            broken.append(href)
        elif parts.fragment and target.suffix == ".html":
            text = target.read_text(encoding="utf-8")
            if f'id="{parts.fragment}"' not in text:
                broken.append(href)
    return broken


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_every_link_resolves(site, lang):
    root = site if lang == "ja" else site / "en"
    # 404.html is served by a web server for any path, so its links are root-absolute by design
    files = [
        p for p in root.rglob("*.html") if (lang == "en" or not p.is_relative_to(site / "en")) and p.name != "404.html"
    ]
    assert len(files) > 150
    broken = {str(f.relative_to(site)): links_resolve(site, f) for f in files}
    assert {k: v for k, v in broken.items() if v} == {}


def test_actor_page(site):
    soup = page(site, "ja", "actors/sergey-lavrov.html")
    mentions_ = [li for li in soup.select("article li") if li.strong]  # keyword in context
    assert len(mentions_) == 4
    assert soup.select_one('a[href="../report-a/s1.html#s1-2-p5"]')
    assert soup.select_one("#roles ~ table")
    en = page(site, "en", "actors/sergey-lavrov.html")
    assert en.h1.get_text(strip=True).startswith("Sergei Lavrov")


def test_indexes_sorted(site):
    ja = [a.get_text() for a in page(site, "ja", "actors/index.html").select("#person + ul a")]
    en = [a.get_text() for a in page(site, "en", "actors/index.html").select("#person + ul a")]
    assert en == sorted(en, key=sort_key)  # the Unicode collation (Hyōdō beside Hyodo, before Hyon)
    assert ja[0] != en[0] and len(ja) == len(en)


def test_first_mentions_are_linked_without_link_soup(site):
    for chapter in ("s1", "s2"):
        soup = page(site, "ja", f"report-a/{chapter}.html")
        links = [a["href"] for a in soup.select("article p[id] a[href^='../actors/']")]
        assert len(links) == len(set(links))  # each actor once per page
        for a in soup.select("article p[id] a[href^='../actors/']"):
            assert not (a.previous_sibling and getattr(a.previous_sibling, "name", None) == "a")


def test_exports(site, model):
    _, names, events = model
    jsonld = json.loads((site / "data/actors.json").read_text(encoding="utf-8"))
    assert jsonld["@context"]["@vocab"] == "https://schema.org/"
    assert len(jsonld["@graph"]) == sum(1 for n in names.root if n.is_actor)
    assert {item["@type"] for item in jsonld["@graph"]} == {"Person", "Country", "Organization", "Place"}
    rows = list(csv.DictReader(io.StringIO((site / "data/actors.csv").read_text(encoding="utf-8"))))
    assert len(rows) == len(jsonld["@graph"]) and all(int(r["mentions"]) > 0 for r in rows)
    assert len(json.loads((site / "data/events.json").read_text(encoding="utf-8"))) == len(events)
    ics = (site / "data/events.ics").read_bytes().decode("utf-8")
    assert ics.startswith("BEGIN:VCALENDAR\r\n") and ics.endswith("END:VCALENDAR\r\n")
    assert ics.count("BEGIN:VEVENT") == len(events)
    assert all(len(line.encode()) <= 75 for line in ics.split("\r\n"))
    assert re.search(r"DTSTART;VALUE=DATE:20110824\r\n", ics)


def generate(project):
    return run_edition("generate", root=project)


@pytest.mark.parametrize(
    ("file", "old", "new", "message"),
    [
        ("events.yml", "participants: [kim-jong-il,", "participants: [kim-jong-ill,", "unknown actor 'kim-jong-ill'"),
        ("events.yml", 'start: "2011-08-24"', 'start: "2011-02-30"', "day is out of range"),
        (
            "names.yml",
            "- id: aleksey-miller",
            "- id: aleksandr-lukashenko",
            "the id 'aleksandr-lukashenko' belongs to two",
        ),
        ("names.yml", "ja: [ルカシェンコ]", "ja: [ルカシェンコ, ルカシェンコ氏]", "ルカシェンコ氏' matches nothing"),
    ],
)
def test_bad_registry_input(tmp_path, file, old, new, message):
    project = copy_project(tmp_path)
    path = project / "data" / file
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    shutil.rmtree(project / "docs" / "data", ignore_errors=True)
    before = sorted(p.relative_to(project) for p in (project / "docs").rglob("*"))
    result = generate(project)
    assert result.returncode == 1
    assert f"{path}:" in result.stderr and message in result.stderr, result.stderr
    assert sorted(p.relative_to(project) for p in (project / "docs").rglob("*")) == before
