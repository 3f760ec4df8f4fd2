"""model.tokens: inline tokens ⇄ the text form of the translation files."""

from edition.model import tokens
from edition.model.document import Emphasis, Foreign, NoteRef, PageBreak, Text

TOKENS = [
    PageBreak(3),
    Text("In "),
    Emphasis("Roshia Seisaku Dōkō"),
    Text(" ("),
    Foreign("ロシア政策動向", "ja"),
    Text("), as reported."),
    NoteRef(7),
    Text(" Then"),
    NoteRef(12),
]
TEXT = '{page-3}In *Roshia Seisaku Dōkō* (<span lang="ja">ロシア政策動向</span>), as reported.[^7] Then[^12]'


def test_dumps():
    assert tokens.dumps(TOKENS) == TEXT


def test_loads():
    assert tokens.loads(TEXT) == TOKENS


def test_round_trip():
    assert tokens.loads(tokens.dumps(TOKENS)) == TOKENS
    assert tokens.dumps(tokens.loads(TEXT)) == TEXT


def test_plain_text_is_one_token():
    assert tokens.loads("no markup, 100% plain") == [Text("no markup, 100% plain")]
    assert tokens.loads("") == []


def test_structure_keeps_note_references_and_page_markers_in_order():
    assert tokens.structure(TOKENS) == [PageBreak(3), NoteRef(7), NoteRef(12)]
    assert tokens.structure([Text("x"), Emphasis("y")]) == []


def test_digest_is_the_sha256_of_the_text_form():
    assert tokens.digest(TOKENS) == tokens.digest(tokens.loads(TEXT))
    assert tokens.digest([Text("abc")]) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
    assert tokens.digest([Text("a"), NoteRef(1)]) != tokens.digest([Text("a"), NoteRef(2)])
