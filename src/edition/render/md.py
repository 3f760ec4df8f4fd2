"""The document model as Markdown: escaping, inline tokens, blocks, front matter, pages.

Every character of the source is emitted escaped (ASCII punctuation gets a backslash, which
pymdownx.escapeall accepts for any character), so source text can never become markup.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

import yaml

from ..data.locales import Labels
from ..model import ids
from ..model.document import AnnotationRef, Emphasis, Foreign, Inline, Link, NoteRef, PageBreak, Text
from ..model.script import JAPANESE_RUN
from .fragments import Fragments

_PUNCTUATION = re.compile(r"([!-/:-@\[-`{-~])")
_URL = re.compile(r"https?://[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=%]+")


def escape(text: str) -> str:
    return _PUNCTUATION.sub(r"\\\1", text)


def mark_foreign(html_text: str, page_lang: str, source_lang: str) -> str:
    """On a page in another language than the sources', wrap the runs of the sources' script in
    their language tag (for screen readers, fonts and hyphenation); ``html_text`` is escaped."""
    if page_lang == source_lang:
        return html_text
    return JAPANESE_RUN.sub(lambda m: f'<span lang="{source_lang}">{m[0]}</span>', html_text)


def unquote(phrase: str) -> str:
    """A quoted phrase without its outer quotation marks (a label quotes it again)."""
    return phrase.strip("「」“”")


def escape_with_links(text: str) -> str:
    """Escape ``text``; URLs stay verbatim as visible text and become links."""
    out, last = [], 0
    for match in _URL.finditer(text):
        url = match[0].rstrip(".,;:!?'")  # sentence punctuation after a URL is not part of it
        if url.endswith(")") and url.count("(") < url.count(")"):
            url = url[:-1]
        out += [escape(text[last : match.start()]), f"[{escape(url)}](<{url}>)"]
        last = match.start() + len(url)
    return "".join(out) + escape(text[last:])


def inline(tokens: list[Inline], fragments: Fragments, labels: Labels, links: bool = False, twin: bool = False) -> str:
    """Markdown for inline tokens; with ``links``, URLs in the text become links (notes). A
    ``twin`` is the second rendering of a segment on one page (the parallel reader): its note
    references are plain links to the note's row, its page markers carry no id."""
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
        elif isinstance(token, NoteRef) and twin:
            parts.append(fragments.inline("note_link", token.number, ids.note(token.number)))
        elif isinstance(token, NoteRef):
            parts.append(f"[^{token.number}]")
        elif isinstance(token, PageBreak):
            parts.append(fragments.inline("page_marker", token.page, "" if twin else ids.page(token.page)))
        elif isinstance(token, AnnotationRef):
            label = labels.annotation_marker[token.kind].format(n=token.number)
            anchor, ref = ids.annotation(token.id), ids.annotation_ref(token.id)
            parts.append(fragments.inline("annotation_ref", anchor, ref, label, token.kind))
    return "".join(parts)


def heading(level: int, text: str, anchor: str) -> str:
    """A heading with its explicit id (``text`` is Markdown)."""
    return f"{'#' * level} {text} {{: #{anchor} }}"


def definitions(rows: list[tuple[str, str]]) -> str:
    """A definition list (``rows``: term and definition, both Markdown)."""
    return "\n".join(f"{term}\n:   {definition}\n" for term, definition in rows)


def bullets(items: list[str]) -> str:
    return "\n".join(f"- {item}" for item in items)


def page(front_matter: Mapping[str, object], parts: list[str]) -> str:
    """A page: its front matter, then its blocks."""
    front = yaml.safe_dump(dict(front_matter), allow_unicode=True, sort_keys=False)
    return f"---\n{front}---\n\n" + "\n\n".join(parts) + "\n"
