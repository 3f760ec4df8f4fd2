"""data.names: the table of names, its checks, and finding names by longest match."""

import pytest
from pydantic import ValidationError

from edition.data.names import Matcher, MatchRules, Name, NameTable, load_names
from edition.errors import InputErrors

from .factories import write

JA = MatchRules(whole_words=False, gloss_open="（")
EN = MatchRules(whole_words=True, gloss_open=None)


def name(id, kind="person", en=None, ja=None, **fields):
    actor = kind != "term"
    return Name(
        id=id,
        kind=kind,
        en=en or id.replace("-", " ").title(),
        ja=ja or [id],
        reading="よみ" if actor else None,
        romanisation="dprk" if kind == "person" else None,
        description={"ja": "説明", "en": "description"} if actor else None,
        **fields,
    )


KIM_UN = name("kim-jong-un", en="Kim Jong Un", ja=["金正恩", "Kim Jong Un"])
KIM_IL = name("kim-jong-il", en="Kim Jong Il", ja=["金正日"], contextual=[{"form": "金総書記", "report": "report-a"}])
CHINA = name("china", kind="state", en="China", ja=["中国"])
CHINA_FACTOR = name("china-factor", kind="term", en="China factor", ja=["中国ファクター"])
KOREA = name("north-korea", kind="state", en="North Korea", en_also=["DPRK"], ja=["北朝鮮"])
TABLE = NameTable([KIM_UN, KIM_IL, CHINA, CHINA_FACTOR, KOREA])


def found(matcher, text, kinds=()):
    return [(n.id, text[start:end]) for n, start, end in matcher.find(text, kinds)]


def test_longest_match():
    matcher = Matcher(TABLE.forms("ja"), JA)
    assert found(matcher, "金正恩と金正日、中国と中国ファクター") == [
        ("kim-jong-un", "金正恩"),
        ("kim-jong-il", "金正日"),
        ("china", "中国"),
        ("china-factor", "中国ファクター"),  # a term, not read as 中国
    ]


def test_longest_form_wins_whatever_the_order_of_the_table():
    short, long = name("army", ja=["軍管区"]), name("eastern-army", ja=["東部軍管区"])
    for table in (NameTable([short, long]), NameTable([long, short])):
        assert found(Matcher(table.forms("ja"), JA), "東部軍管区と軍管区") == [
            ("eastern-army", "東部軍管区"),
            ("army", "軍管区"),
        ]


def test_whole_words_in_english():
    matcher = Matcher(TABLE.forms("en"), EN)
    assert found(matcher, "China, Chinas and Kim Jong Unity; the DPRK and China factor.") == [
        ("china", "China"),
        ("north-korea", "DPRK"),
        ("china-factor", "China factor"),
    ]
    # Without whole words, a form is found inside a word.
    assert found(Matcher(TABLE.forms("en"), MatchRules(False, None)), "Chinas") == [("china", "China")]


def test_whole_word_form_ending_in_punctuation():
    us = name("united-states", kind="state", en="U.S.", ja=["米国"])
    assert found(Matcher(NameTable([us]).forms("en"), EN), "the U.S. and Russia") == [("united-states", "U.S.")]


def test_gloss_is_part_of_the_mention():
    matcher = Matcher(TABLE.forms("ja"), JA)
    assert found(matcher, "金正恩（Kim Jong Un）第一書記") == [("kim-jong-un", "金正恩")]
    # Only right after the same name, and only in the gloss bracket.
    assert found(matcher, "金正恩 Kim Jong Un") == [("kim-jong-un", "金正恩"), ("kim-jong-un", "Kim Jong Un")]
    assert found(matcher, "金正日（Kim Jong Un）") == [("kim-jong-il", "金正日"), ("kim-jong-un", "Kim Jong Un")]
    no_gloss = Matcher(TABLE.forms("ja"), MatchRules(False, None))
    assert len(found(no_gloss, "金正恩（Kim Jong Un）")) == 2


def test_kinds_filter():
    matcher = Matcher(TABLE.forms("ja"), JA)
    assert found(matcher, "金正恩と中国と北朝鮮と中国ファクター", kinds=["state"]) == [
        ("china", "中国"),
        ("north-korea", "北朝鮮"),
    ]


def test_contextual_forms_only_in_their_report():
    assert "金総書記" not in TABLE.forms("ja")
    assert TABLE.forms("ja", "report-a")["金総書記"] is KIM_IL
    assert "金総書記" not in TABLE.forms("ja", "report-b")


def test_forms_in_and_name_in():
    assert KOREA.forms_in("ja") == ["北朝鮮"]
    assert KOREA.forms_in("en") == ["North Korea", "DPRK"]
    assert KIM_UN.forms_in("ja") == ["金正恩", "Kim Jong Un"]
    assert KOREA.name_in("en") == "North Korea"
    assert KIM_UN.name_in("ja") == "金正恩"


def test_actors():
    assert [n.id for n in TABLE.actors()] == ["kim-jong-un", "kim-jong-il", "china", "north-korea"]
    assert not CHINA_FACTOR.is_actor and CHINA.is_actor
    assert TABLE.by_id["china"] is CHINA


def test_an_actor_needs_a_reading_and_a_description():
    with pytest.raises(ValidationError, match="an actor needs a reading and a description"):
        Name(id="x", kind="person", en="X", ja=["某"])


@pytest.mark.parametrize(
    ("entries", "message"),
    [
        ([name("a", ja=["甲"]), name("a", en="Other", ja=["乙"])], "the id 'a' belongs to two entries"),
        ([name("a", ja=["甲"]), name("b", ja=["乙", "甲"])], "the Japanese form '甲' belongs to two entries"),
        (
            [name("a", ja=["甲"]), name("b", ja=["乙"], contextual=[{"form": "甲", "report": "report-a"}])],
            "the Japanese form '甲' belongs to two entries",
        ),
        ([name("a", en="A", ja=["甲"]), name("b", en="B", en_also=["A"], ja=["乙"])], "English form 'A' belongs"),
    ],
)
def test_forms_are_unique(entries, message):
    with pytest.raises(ValidationError, match=message):
        NameTable([e.model_dump() for e in entries])


NAMES = """
- id: kim-jong-un
  kind: person
  romanisation: dprk
  en: Kim Jong Un
  ja: [金正恩]
  reading: きむじょんうん
  description: {ja: 第一書記, en: First Secretary}
- id: kim-jong-il
  kind: person
  romanisation: dprk
  en: Kim Jong Il
  ja: [金正日]
  contextual:
    - {form: 金総書記, report: report-a}
  reading: きむじょんいる
  roles:
    - {ja: 総書記, en: General Secretary, when: "2011", report: report-z}
  description: {ja: 総書記, en: General Secretary}
- id: china
  kind: state
  en: China
  ja: [中国, 中華人民共和国]
  reading: ちゅうごく
  description: {ja: 国家, en: a state}
"""


def test_load_names(tmp_path):
    path = write(tmp_path / "names.yml", NAMES.replace("report-z", "report-a").replace(", 中華人民共和国", ""))
    table = load_names(path, {"report-a": "金総書記と金正恩", "report-b": "金正日と中国"}, "ja")
    assert [n.id for n in table.root] == ["kim-jong-un", "kim-jong-il", "china"]


def test_load_names_reports_every_error_with_the_entry_line(tmp_path):
    path = write(tmp_path / "names.yml", NAMES)
    with pytest.raises(InputErrors) as raised:
        load_names(path, {"report-a": "金正恩と金正日と中国", "report-b": "金総書記"}, "ja")
    assert [(e.line, e.message) for e in raised.value.errors] == [
        (8, "kim-jong-il: roles: unknown report 'report-z'"),
        (8, "kim-jong-il: the form '金総書記' matches nothing in the text"),  # not in its report's text
        (19, "china: the form '中華人民共和国' matches nothing in the text"),
    ]
    assert all(e.path == path for e in raised.value.errors)


def test_load_names_schema_error(tmp_path):
    path = write(tmp_path / "names.yml", NAMES.replace("kind: state", "kind: country"))
    with pytest.raises(InputErrors) as raised:
        load_names(path, {"report-a": ""}, "ja")
    ((line, message),) = [(e.line, e.message) for e in raised.value.errors]
    assert line == 20 and message.startswith("2.kind: ")
