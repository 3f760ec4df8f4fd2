"""The token codec: inline tokens ⇄ the text form the translation files use.

``[^7]`` a note reference, ``{page-3}`` a page marker, ``*…*`` italics, ``<span lang="ja">…</span>``
quoted text in another language. ``dumps`` of a Japanese segment is what a translation's
``ja_sha256`` hashes; ``loads`` reads a translated segment.
"""

from __future__ import annotations

import hashlib
import re

from .document import Emphasis, Foreign, Inline, Link, NoteRef, PageBreak, Text

_TOKEN = re.compile(r"\[\^(\d+)\]|\{page-(\d+)\}|\*([^*]+)\*|<span lang=\"(\w+)\">(.*?)</span>")


def dumps(tokens: list[Inline]) -> str:
    parts = []
    for token in tokens:
        if isinstance(token, NoteRef):
            parts.append(f"[^{token.number}]")
        elif isinstance(token, PageBreak):
            parts.append(f"{{page-{token.page}}}")
        elif isinstance(token, Emphasis):
            parts.append(f"*{token.text}*")
        elif isinstance(token, Foreign):
            parts.append(f'<span lang="{token.lang}">{token.text}</span>')
        elif isinstance(token, Text | Link):
            parts.append(token.text)
    return "".join(parts)


def digest(tokens: list[Inline]) -> str:
    return hashlib.sha256(dumps(tokens).encode("utf-8")).hexdigest()


def loads(text: str) -> list[Inline]:
    tokens: list[Inline] = []
    last = 0
    for match in _TOKEN.finditer(text):
        if match.start() > last:
            tokens.append(Text(text[last : match.start()]))
        note, page, emphasis, lang, foreign = match.groups()
        if note:
            tokens.append(NoteRef(int(note)))
        elif page:
            tokens.append(PageBreak(int(page)))
        elif emphasis:
            tokens.append(Emphasis(emphasis))
        else:
            tokens.append(Foreign(foreign, lang))
        last = match.end()
    if last < len(text):
        tokens.append(Text(text[last:]))
    return tokens


def structure(tokens: list[Inline]) -> list[Inline]:
    """The tokens a translation places but never invents: note references and page markers."""
    return [t for t in tokens if isinstance(t, NoteRef | PageBreak)]
