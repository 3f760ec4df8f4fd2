"""render.links: the first mention of each person and organisation on a chapter page, linked."""

from edition.data.names import Name, NameTable
from edition.mentions import Mention
from edition.model.document import Chapter, Heading, Link, NoteRef, Paragraph, Text
from edition.render.links import link_first_mentions


def actor(id, kind):
    return Name(
        id=id,
        kind=kind,
        en=id,
        ja=[id],
        reading="よみ",
        romanisation="dprk" if kind == "person" else None,
        description={"ja": "説明", "en": "d"},
    )


NAMES = NameTable([actor("kim", "person"), actor("party", "organisation"), actor("russia", "state")])


def mention(actor, anchor, start, end, chapter="s1"):
    return Mention(actor, "report-x", chapter, anchor, start, end, "", "", "")


def chapter():
    return Chapter(
        "s1",
        Heading("s1", 1, [Text("金正日")], 1),
        "ja",
        [
            Heading("s1-1", 2, [Text("金正日と党")], 2),
            # 金正日朝鮮労働党総書記はロシアへ / 0-3 金正日, 3-8 朝鮮労働党, 11-14 ロシア
            Paragraph("s1-1-p1", [Text("金正日朝鮮労働党総書記は"), NoteRef(1), Text("ロシアへ。")], 3, 3),
            Paragraph("s1-1-p2", [Text("金正日と朝鮮労働党。")], 4, 4),
        ],
    )


def test_first_mentions_linked():
    mentions = [
        mention("kim", "s1", 0, 3),  # a heading: never linked
        mention("kim", "s1-1", 0, 3),
        mention("kim", "s1-1-p1", 0, 3),
        mention("party", "s1-1-p1", 3, 8),  # right after a link: stays plain
        mention("russia", "s1-1-p1", 12, 15),  # a state: never linked
        mention("kim", "s1-1-p2", 0, 3),  # not the first
        mention("party", "s1-1-p2", 4, 9),
        mention("party", "s1-1-p2", 4, 9, chapter="s2"),  # another chapter page's
    ]
    linked = link_first_mentions(chapter(), mentions, NAMES, "../actors/{id}.md")
    assert linked.heading == chapter().heading
    assert linked.blocks[0] == chapter().blocks[0]
    assert linked.blocks[1].content == [
        Link("金正日", "../actors/kim.md"),
        Text("朝鮮労働党総書記は"),
        NoteRef(1),
        Text("ロシアへ。"),
    ]
    assert linked.blocks[2].content == [Text("金正日と"), Link("朝鮮労働党", "../actors/party.md"), Text("。")]


def test_offsets_run_across_tokens():
    chapter_ = Chapter(
        "s1",
        Heading("s1", 1, [Text("題")], 1),
        "ja",
        [Paragraph("s1-p1", [Text("本文"), NoteRef(1), Text("と金正日。")], 2, 2)],
    )
    linked = link_first_mentions(chapter_, [mention("kim", "s1-p1", 3, 6)], NAMES, "{id}.html")
    assert linked.blocks[0].content == [Text("本文"), NoteRef(1), Text("と"), Link("金正日", "kim.html"), Text("。")]


def test_no_mentions_no_change():
    assert link_first_mentions(chapter(), [], NAMES, "{id}") == chapter()
