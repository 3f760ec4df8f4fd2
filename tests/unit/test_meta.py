"""model.meta: the shared schema types; a mistyped key is never ignored."""

import pytest
from pydantic import ValidationError

from edition.model.meta import Author, Bilingual, ReportMeta

from .factories import meta


def test_valid():
    assert isinstance(meta(), ReportMeta)
    assert meta().title.supplied is False


def test_unknown_key_is_an_error():
    with pytest.raises(ValidationError, match="Extra inputs are not permitted"):
        Bilingual.model_validate({"ja": "日本語", "en": "English", "fr": "français"})
    with pytest.raises(ValidationError, match="subtitel"):
        meta(subtitel={"ja": "副題", "en": "Subtitle"})


def test_frozen():
    with pytest.raises(ValidationError):
        meta().id = "other"  # type: ignore[misc]


@pytest.mark.parametrize("value", ["report-a", "a1", "a-b-c"])
def test_slug(value):
    assert meta(id=value).id == value


@pytest.mark.parametrize("value", ["Report-A", "report_a", "-a", "a-", "a--b", ""])
def test_not_a_slug(value):
    with pytest.raises(ValidationError):
        meta(id=value)


@pytest.mark.parametrize(
    ("value", "valid"), [("2016", True), ("2016-02", True), ("2016-02-07", True), ("16-02", False), ("2016/02", False)]
)
def test_iso_date(value, valid):
    written = {"not_before": value, "summary": {"ja": "a", "en": "a"}, "evidence": {"ja": "a", "en": "a"}}
    if valid:
        assert meta(written=written).written.not_before == value
    else:
        with pytest.raises(ValidationError):
            meta(written=written)


def test_seed_sha256_is_64_hex_digits():
    with pytest.raises(ValidationError):
        meta(seed_sha256="A" * 64)


def test_author_not_named():
    assert Author(named_in_source=False).en is None
