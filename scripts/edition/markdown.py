"""Document model → Markdown text: escaping, inline tokens, blocks, chapters.

Every character of the source is emitted escaped (ASCII punctuation gets a backslash, which
pymdownx.escapeall accepts for any character), so source text can never become markup.
"""

from __future__ import annotations

import re

import yaml

from .model import Block, Chapter, Emphasis, Foreign, Heading, Inline, Link, Note, NoteRef, PageBreak, Paragraph, Text

_PUNCTUATION = re.compile(r"([!-/:-@\[-`{-~])")
_URL = re.compile(r"https?://[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=%]+")


def escape(text: str) -> str:
    return _PUNCTUATION.sub(r"\\\1", text)


_JAPANESE_RUN = re.compile(
    r"[\u3000-\u30ff\u3400-\u9fff\uff00-\uffef]+(?:[ 　][\u3000-\u30ff\u3400-\u9fff\uff00-\uffef]+)*"
)


def mark_japanese(html_text: str, page_lang: str) -> str:
    """On a page in another language, wrap runs of Japanese script in lang="ja" (for screen
    readers, fonts and hyphenation); ``html_text`` is already escaped."""
    if page_lang == "ja":
        return html_text
    return _JAPANESE_RUN.sub(lambda m: f'<span lang="ja">{m[0]}</span>', html_text)


def escape_with_links(text: str) -> str:
    """Escape ``text``; URLs stay verbatim as visible text and become links."""
    out, last = [], 0
    for match in _URL.finditer(text):
        url = match[0]
        out += [escape(text[last : match.start()]), f"[{escape(url)}]({url})"]
        last = match.end()
    return "".join(out) + escape(text[last:])


def page_marker(page: int) -> str:
    return f'<span class="page-marker" id="page-{page}" data-page="{page}"></span>'


def inline(tokens: list[Inline], links: bool = False) -> str:
    """Markdown for inline tokens; with ``links``, URLs in the text become links (notes)."""
    text = escape_with_links if links else escape
    parts = []
    for token in tokens:
        if isinstance(token, Text):
            parts.append(text(token.text))
        elif isinstance(token, Emphasis):
            parts.append(f"*{text(token.text)}*")
        elif isinstance(token, Foreign):
            parts.append(f'<span lang="{token.lang}">{text(token.text)}</span>')
        elif isinstance(token, Link):
            parts.append(f"[{escape(token.text)}]({token.href})")
        elif isinstance(token, NoteRef):
            parts.append(f"[^{token.number}]")
        elif isinstance(token, PageBreak):
            parts.append(page_marker(token.page))
    return "".join(parts)


def block(item: Block, permalink: str) -> str:
    """A heading, or a paragraph with its ¶ permalink (titled ``permalink``)."""
    if isinstance(item, Heading):
        return f"{'#' * item.level} {inline(item.content)} {{: #{item.id} }}"
    assert isinstance(item, Paragraph)
    link = f'<a class="edition-permalink" href="#{item.id}" title="{permalink}" aria-label="{permalink}">¶</a>'
    return f"{inline(item.content)}{link}\n{{: #{item.id} }}"


def front_matter(meta: dict[str, object]) -> str:
    return "---\n" + yaml.safe_dump(meta, allow_unicode=True, sort_keys=False) + "---\n\n"


def chapter_body(
    chapter: Chapter,
    notes: list[Note],
    missing_note: str,
    apparatus: dict[int, str],
    after_headings: dict[str, str],
    permalink: str,
) -> str:
    """The chapter's headings (each followed by ``after_headings[id]``, the cite control) and
    paragraphs, then its notes as footnote definitions, each followed by what the edition adds
    to it (``apparatus``: links to its source, archive)."""
    parts = []
    for item in [chapter.heading, *chapter.blocks]:
        parts.append(block(item, permalink))
        if item.id in after_headings:
            parts.append(after_headings[item.id])
    for note in notes:
        text = inline(note.content, links=True) if note.content is not None else missing_note
        parts.append(f"[^{note.number}]: {text}{apparatus.get(note.number, '')}")
    return "\n\n".join(parts) + "\n"
