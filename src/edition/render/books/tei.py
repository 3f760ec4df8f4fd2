"""Each report as TEI P5 (downloads/REPORT.tei.xml): the original and its translations as
one group of texts aligned by id (``xml:id`` LANG.ID, ``@corresp`` to the other languages), the
actors the report names as listPerson/listOrg/listPlace, every mention of them a
persName/orgName/placeName pointing there (``@ref``), the edition's notes in the back."""

from __future__ import annotations

from ...edition import Edition
from ...model.document import Heading
from ..fragments import Fragments
from .common import FOLDER, TEI_KINDS, pieces, segment_mentions


def _registry(edition: Edition, report_id: str) -> list[dict[str, object]]:
    named = {m.actor for locale in edition.locales for m in edition.mentions[locale.lang] if m.report == report_id}
    lists: dict[str, list[dict[str, object]]] = {}
    for entry in edition.names.actors():
        if entry.id not in named:
            continue
        list_element, element, name_element = TEI_KINDS[entry.kind]
        names = [{"lang": locale.lang, "text": entry.name_in(locale.lang)} for locale in edition.locales]
        lists.setdefault(list_element, []).append(
            {
                "id": entry.id,
                "element": element,
                "name_element": name_element,
                "type": entry.kind if element == "place" else "",
                "names": names,
            }
        )
    return [{"element": name, "entries": entries} for name, entries in lists.items()]


def tei(edition: Edition, report_id: str, fragments: Fragments) -> str:
    identity, source = edition.identity, edition.source_language
    # the header's prose is in the first translation's language (the text's is the original's)
    header = edition.other_locale(edition.locale(source))
    original = edition.report(source, report_id)
    meta = original.meta
    languages = []
    for locale in edition.locales:
        report = edition.report(locale.lang, report_id)
        mentions = segment_mentions(edition, locale.lang, report_id)
        chapters = []
        for chapter in report.chapters:
            blocks = [
                {
                    "kind": "heading" if isinstance(block, Heading) else "paragraph",
                    "id": block.id,
                    "level": block.level if isinstance(block, Heading) else 0,
                    "pieces": pieces(block.content, mentions.get(block.id, []), edition, locale),
                }
                for block in [chapter.heading, *chapter.blocks]
            ]
            notes = [
                {
                    "id": f"fn-{n}",
                    "n": n,
                    "lang": report.notes[n].language,
                    "pieces": None
                    if report.notes[n].content is None
                    else pieces(report.notes[n].content or [], mentions.get(f"fn-{n}", []), edition, locale),
                }
                for n in chapter.note_numbers
            ]
            chapters.append({"id": chapter.id, "lang": chapter.language, "blocks": blocks, "notes": notes})
        kind = "original" if locale.lang == source else "translation"
        languages.append({"lang": locale.lang, "name": locale.name, "type": kind, "chapters": chapters})
    titles = [
        {
            "lang": locale.lang,
            "type": "main" if locale.lang == source else "translated",
            "text": locale.text(meta.title),
        }
        for locale in edition.locales
    ]
    author = (
        [{"lang": locale.lang, "text": locale.text(meta.author)} for locale in edition.locales]
        if meta.author.named_in_source
        else []
    )
    roles = {role for c in identity.contributors for role in c.roles}
    contributors = [
        {
            "role": role,
            "resp": header.text(identity.roles[role]),
            "name": ", ".join(header.text(c.name) for c in identity.with_roles(role)),
        }
        for role in sorted(roles)
    ]
    annotations = [
        {
            "id": a.id,
            "kind": a.kind,
            "resp": a.kind,
            "target": a.target.partition("/")[2],
            "versions": [
                {"lang": locale.lang, "phrase": locale.text(a.phrase), "text": locale.text(a.text)}
                for locale in edition.locales
            ],
        }
        for a in edition.annotations
        if a.target.startswith(f"{report_id}/")
    ]
    return (
        fragments.render(
            "books/tei.xml",
            languages=languages,
            titles=titles,
            author=author,
            contributors=contributors,
            version=identity.version,
            released=identity.released,
            edition_title=header.text(identity.title),
            header_lang=header.lang,
            address=identity.address,
            licence=identity.licence.name,
            licence_url=identity.licence.url,
            licence_covers=header.text(identity.licence.covers),
            originals=header.text(identity.originals),
            original_title=getattr(meta.title, source),
            seed=f"{meta.seed} (SHA-256 {meta.seed_sha256})",
            registry=_registry(edition, report_id),
            annotations=annotations,
        )
        + "\n"
    )


def tei_files(edition: Edition, fragments: Fragments) -> dict[str, str]:
    return {f"{FOLDER}/{r.meta.id}.tei.xml": tei(edition, r.meta.id, fragments) for r in edition.originals}
