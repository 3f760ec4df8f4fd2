"""The edition's search index (README, "Search"): one per language, written after the build from
the built pages, read by overrides/assets/javascripts/search.js.

- What is indexed: the reading text of each page's article, one entry per paragraph, heading,
  note or list item, each with the id it links to (its own, its block's, or the heading above
  it); never the chrome (cite controls, buttons, permalinks, labels, the print header). The
  parallel reader's pages are left out: their text is the two chapter pages' text, which each
  language's index already has, with the same ids, so indexing them would list every paragraph
  twice.
- Folding (``fold``), the same in search.js: Unicode NFKC (full/half width), case, Latin
  diacritics, katakana as hiragana, the orthographic variants ヴァ/バ, ヴ/ブ, ヂ/ジ, ヅ/ズ, ヰ/イ,
  ヱ/エ, the long-vowel mark dropped, and every run of anything but letters, digits and marks
  (spaces, hyphens, ・, punctuation) as one space, which the compact form drops.
- Terms: Latin words (letters and digits) with their Snowball English stem, looked up by the
  query's words (equal, same stem, or the last word as a prefix); and character pairs of the
  compact text wherever a pair is not two Latin characters (Japanese bigrams, a pair's second
  character being the end of the entry for the last one), looked up by the query's pairs and
  then checked against the entry's text in the browser, so a hit is always exact.
- Files (each a small script that registers itself, so they load from file:// too): ``meta``
  (sizes and the registry's forms), ``t<n>`` term shards (a term by its first two characters),
  ``p<n>`` blocks of a common term's postings (a term whose postings pass ``BLOCK_BYTES`` keeps in
  its shard only where each block's pages begin, and its headings' postings; the browser fetches
  a block when a query reaches its pages, so a first query fetches about the same at any corpus
  size),
  ``d<n>`` directories (the second characters of the pairs that begin with a character, for a
  query of one character), ``c<page>-<n>`` text chunks (consecutive entries of a page up to
  ``CHUNK_BYTES``, with the page's address and title).
- Codes: an entry is ``chunk << 4 | place in the chunk`` in its page; a posting's code is
  ``page << 16 | entry << 2 | has an id of its own << 1 | is a heading``.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from html import unescape
from itertools import groupby
from pathlib import Path

import snowballstemmer
from lxml.etree import iterwalk
from lxml.html import fromstring

SHARD_BYTES = 8 * 1024  # the target size of a term shard: the shards' content / this = number of shards
BLOCK_BYTES = 2 * 1024  # a term's postings past this are split into blocks of about this size
CHUNK_BYTES = 1024  # a text chunk's target size (one entry may be longer)
PER_CHUNK = 16  # entries per text chunk at most: an entry's place in its chunk is 4 bits
PER_DIRECTORY = 8  # term shards per directory file (the pairs that begin with a character)
END = "$"  # the end of an entry's text, as the second character of its last pair ($ is folded away)

# Latin letters and digits after folding: words, matched and stemmed as words (search.js: LATIN).
LATIN = "0-9a-z\u00df-\u00f6\u00f8-\u00ff\u0100-\u024f\u1e00-\u1eff"
_WORD = re.compile(f"[{LATIN}]+")
_LATIN_CHARACTERS = frozenset(c for c in map(chr, range(0x2000)) if _WORD.fullmatch(c))
_KATAKANA = {cp: cp - 0x60 for cp in range(0x30A1, 0x30F7)}
_VU = {"ゔぁ": "ば", "ゔぃ": "び", "ゔぇ": "べ", "ゔぉ": "ぼ"}
_VARIANTS = str.maketrans({"ゔ": "ぶ", "ゐ": "い", "ゑ": "え", "ぢ": "じ", "づ": "ず", "ー": None})
_VU_PATTERN = re.compile("|".join(_VU))
_SPACES = re.compile(" +")


class _Separators(dict[int, int]):
    """str.translate table: anything but a letter, digit or mark becomes a space."""

    def __missing__(self, cp: int) -> int:
        self[cp] = 0x20 if unicodedata.category(chr(cp))[0] not in "LNM" else cp
        return self[cp]


_SEPARATORS = _Separators()


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).lower()
    text = "".join(c for c in unicodedata.normalize("NFD", text) if not "\u0300" <= c <= "\u036f")
    text = unicodedata.normalize("NFC", text).translate(_KATAKANA)
    text = _VU_PATTERN.sub(lambda m: _VU[m[0]], text).translate(_VARIANTS)
    return _SPACES.sub(" ", text.translate(_SEPARATORS)).strip()


def words(folded: str) -> list[str]:
    return _WORD.findall(folded)


def pairs(compact: str) -> set[str]:
    """The character pairs of a compact folded text that are not two Latin characters."""
    latin = _LATIN_CHARACTERS | {END}
    return {a + b for a, b in zip(compact, compact[1:] + END, strict=True) if a not in latin or b not in latin}


_stemmer = snowballstemmer.stemmer("english")


@cache
def stem(word: str) -> str:
    """The Snowball English stem of a folded word; words with digits are their own stem."""
    return word if len(word) < 3 or not word.isalpha() else _stemmer.stemWord(word)


# --- the reading text of a built page -------------------------------------------------------------

BLOCKS = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "dt", "dd", "td", "th", "caption", "figcaption", "pre"}
HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
CHROME_TAGS = {"nav", "button", "form", "label", "input", "select", "textarea", "script", "style", "svg", "summary"}
CHROME_CLASSES = {
    "headerlink",  # the heading's ¶
    "edition-permalink",  # the paragraph's ¶
    "edition-print-header",
    "edition-cite",
    "edition-books",  # the list of the books and data files
    "footnote-ref",  # a note's number in the text: the text reads on without it
    "footnote-backref",
    "edition-annotation-ref",
    "edition-annotation-back",
    "edition-annotation-label",
    "edition-apparatus",
    "edition-note-number",
    "edition-report-tag",
}


@dataclass
class Page:
    url: str  # from the language's root
    title: str
    # (id, is a heading, has an id of its own (not the heading's above it), text)
    entries: list[tuple[str, bool, bool, str]] = field(default_factory=list)


CONTAINERS = BLOCKS | {"div", "ol", "ul", "dl", "section", "table", "details", "figure", "blockquote"}


def read_page(html: str, url: str) -> Page | None:
    """The reading text of a built page; None for a page without an article (a redirect) and
    for the parallel reader's pages."""
    start, end = html.find("<article"), html.rfind("</article>")
    if start == -1 or end == -1:
        return None
    article = fromstring(html[start : end + len("</article>")])  # the rest of the page is chrome
    if article.xpath("boolean(.//*[@data-parallel])"):
        return None
    entries: list[tuple[str, bool, bool, str]] = []
    text: list[str] = []
    stack: list[tuple[str, str, bool]] = []  # the open elements: tag, id, whether chrome
    heading = ""  # the id of the last heading

    def flush() -> None:
        joined = " ".join("".join(text).split())
        text.clear()
        if joined:
            own = next((id_ for tag, id_, _ in reversed(stack) if id_ and tag in CONTAINERS), "")
            entries.append((own or heading, any(tag in HEADINGS for tag, _, _ in stack), bool(own), joined))

    for event, element in iterwalk(article, events=("start", "end")):
        tag = element.tag if isinstance(element.tag, str) else ""  # a comment has no tag
        if event == "start":
            classes = set((element.get("class") or "").split())
            chrome = tag in CHROME_TAGS or bool(classes & CHROME_CLASSES) or bool(stack and stack[-1][2])
            if not chrome and tag in BLOCKS:
                flush()
            if tag in HEADINGS and element.get("id") and not chrome:
                heading = element.get("id") or ""
            stack.append((tag, element.get("id") or "", chrome))
            if not chrome:
                text.append(" " if tag == "br" else (element.text or "") if tag else "")
        else:
            if tag in BLOCKS and not stack[-1][2]:
                flush()
            stack.pop()
            if element.tail and stack and not stack[-1][2]:
                text.append(element.tail)
    flush()
    if not entries:
        return None
    headings = [entry_text for _, is_heading, _, entry_text in entries if is_heading]
    title = re.search(r"<title>(.*?)</title>", html, re.S)
    return Page(url, headings[0] if headings else " ".join(unescape(title[1] if title else "").split()), entries)


# --- the index ---------------------------------------------------------------------------------


def _b36(number: int) -> str:
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    out = ""
    while True:
        number, rest = divmod(number, 36)
        out = digits[rest] + out
        if not number:
            return out


def _postings(codes: list[int]) -> str:
    """Sorted (page << 16 | entry << 2 | own id << 1 | heading) codes as ``page:entry,entry;page:…``, pages
    and entries as base-36 differences from the previous one."""
    out: list[str] = []
    page, last = -1, 0
    for code in codes:
        here, entry = code >> 16, code & 0xFFFF
        if here != page:
            out.append(f";{_b36(here - page - 1)}:{_b36(entry)}" if out else f"{_b36(here)}:{_b36(entry)}")
            page, last = here, entry
        else:
            out.append(f",{_b36(entry - last)}")
            last = entry
    return "".join(out)


def shard_of(key: str, shards: int) -> int:
    """A term's shard, by its first two characters (search.js: shardOf)."""
    return (ord(key[0]) * 31 + (ord(key[1]) if len(key) > 1 else 0)) % shards


def _script(name: str, data: object) -> str:
    return f"editionSearchData({json.dumps(name)},{json.dumps(data, ensure_ascii=False, separators=(',', ':'))});\n"


def _chunks(page: Page) -> list[list[int]]:
    """The page's entries (their places) in chunks of consecutive entries up to CHUNK_BYTES."""
    chunks: list[list[int]] = [[]]
    size = 0
    for place, (anchor, _, _, text) in enumerate(page.entries):
        length = len(anchor) + len(text.encode())
        if chunks[-1] and (size + length > CHUNK_BYTES or len(chunks[-1]) == PER_CHUNK):
            chunks.append([])
            size = 0
        chunks[-1].append(place)
        size += length
    if len(chunks) > 1 << 10:  # an entry's number (chunk << 4 | place) has 14 bits in a code
        raise ValueError(f"search index: {page.url} has too much text for one page ({len(chunks)} chunks)")
    return chunks


def _blocks(codes: list[int]) -> list[list[int]]:
    """A term's codes in blocks of whole pages, each encoding to about BLOCK_BYTES."""
    blocks: list[list[int]] = [[]]
    size = 0
    for _, group in groupby(codes, key=lambda code: code >> 16):
        page_codes = list(group)
        length = len(_postings(page_codes))
        if blocks[-1] and size + length > BLOCK_BYTES:
            blocks.append([])
            size = 0
        blocks[-1].extend(page_codes)
        size += length
    return blocks


def build_index(pages: Sequence[Page], names: Iterable[tuple[str | None, list[str]]]) -> dict[str, str]:
    """File name → content of a language's index."""
    by_pair: dict[str, list[int]] = defaultdict(list)
    by_word: dict[str, list[int]] = defaultdict(list)
    files: dict[str, str] = {}
    for number, page in enumerate(pages):
        for chunk_number, places in enumerate(_chunks(page)):
            name = f"c{number}-{chunk_number}"
            chunk = [[page.entries[place][0], page.entries[place][3]] for place in places]
            files[name] = _script(name, {"url": page.url, "title": page.title, "entries": chunk})
            for position, place in enumerate(places):
                _, heading, own, text = page.entries[place]
                code = number << 16 | (chunk_number << 4 | position) << 2 | own << 1 | heading
                folded = fold(text)
                for key in pairs(folded.replace(" ", "")):
                    by_pair[key].append(code)
                for word in set(words(folded)):
                    by_word[word].append(code)
    block_count = 0

    def postings(codes: list[int], headings: bool = True) -> str | dict[str, object]:
        """The postings, or where each of their blocks begins, ``{"k": [[first page, block file], …],
        "h": the headings' postings, the same way}``: a query visits the headings first."""
        nonlocal block_count
        encoded = _postings(codes)
        if len(encoded) <= BLOCK_BYTES:
            return encoded
        starts = []
        for block in _blocks(codes):
            files[f"p{block_count}"] = _script(f"p{block_count}", _postings(block))
            starts.append([block[0] >> 16, block_count])
            block_count += 1
        if not headings:
            return {"k": starts}
        return {"k": starts, "h": postings([code for code in codes if code & 1], headings=False)}

    def size(value: object) -> int:
        return len(value) if isinstance(value, str) else len(json.dumps(value))

    encoded_pairs = {key: postings(codes) for key, codes in sorted(by_pair.items())}
    encoded_words = {word: postings(codes) for word, codes in sorted(by_word.items())}
    total = sum(len(k) + size(v) for k, v in [*encoded_pairs.items(), *encoded_words.items()])
    shards = max(1, round(total / SHARD_BYTES))
    content: list[dict[str, dict[str, object]]] = [{"b": {}, "w": {}} for _ in range(shards)]
    directories = max(1, shards // PER_DIRECTORY)
    seconds: list[dict[str, str]] = [defaultdict(str) for _ in range(directories)]
    for key, value in encoded_pairs.items():
        content[shard_of(key, shards)]["b"][key] = value
        seconds[ord(key[0]) % directories][key[0]] += key[1]
    for word, value in encoded_words.items():
        content[shard_of(word, shards)]["w"][word] = [value, stem(word)] if stem(word) != word else [value]
    for number, data in enumerate(content):
        files[f"t{number}"] = _script(f"t{number}", data)
    for number, directory in enumerate(seconds):  # for a query of one character: its pairs
        files[f"d{number}"] = _script(f"d{number}", directory)
    urls = {page.url: number for number, page in enumerate(pages)}
    registry = [[urls.get(url, -1) if url else -1, forms] for url, forms in names]
    files["meta"] = _script(
        "meta", {"shards": shards, "directories": directories, "pages": len(pages), "names": registry}
    )
    return files


def language_pages(site: Path, prefix: str, others: Sequence[str]) -> list[Page]:
    """The pages of one language (under ``prefix``, not under another language's), in the order
    of the language's navigation (the home page's), the rest after it by path."""
    root = site / prefix
    paths = sorted(
        path.relative_to(root).as_posix()
        for path in root.rglob("*.html")
        if not path.relative_to(root).as_posix().startswith((*others, "search/", "assets/", "404.html"))
    )
    home = (root / "index.html").read_text(encoding="utf-8") if (root / "index.html").exists() else ""
    nav = [href for href in re.findall(r'<a href="([^"#]+)" class="md-nav__link', home) if href in paths]
    order = {path: position for position, path in enumerate(dict.fromkeys([*nav, *paths]))}
    pages = [
        read_page((root / path).read_text(encoding="utf-8"), path) for path in sorted(paths, key=order.__getitem__)
    ]
    return [page for page in pages if page is not None]


STEMMER = Path(__file__).parent / "vendor" / "wink-porter2-stemmer.js"


def write_search_index(site: Path, default: str, others: list[str], names: list[tuple[str | None, list[str]]]) -> None:
    """Replace Material's merged index (search/search_index.json, which nothing reads) by the
    edition's, one per language: ``search/`` for the default language, ``<lang>/search/``; and
    write the browser's stemmer beside search.js."""
    source = STEMMER.read_text(encoding="utf-8")
    (site / "assets" / "javascripts" / "search-stemmer.js").write_text(
        "// wink-porter2-stemmer 2.0.1 (MIT, src/edition/publish/vendor/), unchanged, in a wrapper that hands\n"
        "// its CommonJS export to search.js (for a query word the text does not have).\n"
        f'(function (module) {{\n{source}\neditionSearchData("stemmer", module.exports);\n}})({{}});\n',
        encoding="utf-8",
    )
    for stale in ("search_index.json", "search_index.js"):
        (site / "search" / stale).unlink(missing_ok=True)
    for lang in [default, *others]:
        prefix = "" if lang == default else f"{lang}/"
        folder = site / prefix / "search"
        folder.mkdir(parents=True, exist_ok=True)
        for name, content in build_index(language_pages(site, prefix, [f"{o}/" for o in others]), names).items():
            (folder / f"{name}.js").write_text(content, encoding="utf-8")
