"""data.locales: the languages of the configuration with the words of data/ui.yml."""

import pytest

from edition.data.locales import load_locales
from edition.errors import InputError, InputErrors
from edition.model.dates import PartialDate
from edition.project import Language

from .factories import LANGUAGES, ROOT, write


@pytest.mark.parametrize(
    ("text", "in_ja", "in_en"),
    [
        ("2015-05-09", "2015年5月9日", "9 May 2015"),
        ("2015-12", "2015年12月", "December 2015"),
        ("2015-01", "2015年1月", "January 2015"),
        ("1945", "1945年", "1945"),
    ],
)
def test_date(ja, en, text, in_ja, in_en):
    assert ja.date(PartialDate.parse(text)) == in_ja
    assert en.date(PartialDate.parse(text)) == in_en


def test_default_first_and_paths(locales):
    ja, en = locales
    assert (ja.lang, ja.name, ja.default, ja.prefix, ja.site_root) == ("ja", "日本語", True, "", "")
    assert (en.lang, en.name, en.default, en.prefix, en.site_root) == ("en", "English", False, "en/", "../")


def test_default_first_whatever_the_configured_order():
    languages = [Language("en", "English", False), Language("ja", "日本語", True)]
    assert [locale.lang for locale in load_locales(ROOT / "data" / "ui.yml", languages)] == ["ja", "en"]


def test_another_default():
    languages = [Language("ja", "日本語", False), Language("en", "English", True)]
    en, ja = load_locales(ROOT / "data" / "ui.yml", languages)
    assert (en.lang, en.prefix, en.site_root) == ("en", "", "")
    assert (ja.lang, ja.prefix, ja.site_root) == ("ja", "ja/", "../")


def test_text_join_and_match_rules(ja, en):
    class Words:
        ja, en = "日本語", "English"

    assert (ja.text(Words), en.text(Words)) == ("日本語", "English")
    assert ja.join(["a", "b"]) == "a、b"
    assert en.join(["a", "b"]) == "a, b"
    assert (ja.match_rules.whole_words, ja.match_rules.gloss_open) == (False, "（")
    assert (en.match_rules.whole_words, en.match_rules.gloss_open) == (True, "(")


def test_a_configured_language_without_labels():
    languages = [*LANGUAGES, Language("ko", "한국어", False), Language("ru", "Русский", False)]
    with pytest.raises(InputError, match="no labels for the configured language\\(s\\) ko, ru") as raised:
        load_locales(ROOT / "data" / "ui.yml", languages)
    assert raised.value.path == ROOT / "data" / "ui.yml"


def test_labels_are_checked(tmp_path):
    path = write(tmp_path / "ui.yml", "ja:\n  site_title: 題\n  hom: ホーム\n")
    with pytest.raises(InputErrors) as raised:
        load_locales(path, LANGUAGES[:1])
    errors = {e.message.split(":")[0]: e.line for e in raised.value.errors}
    assert errors["ja.hom"] == 3  # a mistyped key, on its line
    assert errors["ja.home"] == 2  # a missing one, where its language's labels start
