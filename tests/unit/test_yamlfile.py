"""yamlfile: a YAML file through a pydantic model; every schema error at once, with its line."""

import pytest
from pydantic import BaseModel, ConfigDict

from edition.errors import InputError, InputErrors
from edition.yamlfile import load

from .factories import write


class Item(BaseModel):
    model_config = ConfigDict(extra="forbid")
    name: str
    count: int


class Inventory(BaseModel):
    model_config = ConfigDict(extra="forbid")
    owner: str
    items: list[Item]
    tags: dict[str, int] = {}


GOOD = """
owner: me
items:
  - name: a
    count: 1
  - name: b
    count: 2
tags:
  x: 1
  y: 2
"""


def test_valid_file(tmp_path):
    loaded = load(write(tmp_path / "f.yml", GOOD), Inventory)
    assert loaded.data == Inventory(
        owner="me", items=[Item(name="a", count=1), Item(name="b", count=2)], tags={"x": 1, "y": 2}
    )
    assert loaded.path == tmp_path / "f.yml"


def test_every_schema_error_at_once_with_its_line(tmp_path):
    path = write(
        tmp_path / "f.yml",
        """
        owner: me
        items:
          - name: a
            count: one
          - name: b
            count: 2
            colour: red
          - name: c
        """,
    )
    with pytest.raises(InputErrors) as raised:
        load(path, Inventory)
    errors = raised.value.errors
    assert [(e.path, e.line) for e in errors] == [(path, 4), (path, 7), (path, 8)]
    assert errors[0].message.startswith("items.0.count: ")
    assert errors[1].message.startswith("items.1.colour: Extra inputs")
    assert errors[2].message.startswith("items.2.count: Field required")  # the line of the entry
    assert str(errors[0]).startswith(f"{path}:4: items.0.count")


def test_invalid_yaml_names_the_line(tmp_path):
    path = write(tmp_path / "f.yml", "owner: me\nitems:\n  - name: [a\n  - name: b\n")
    with pytest.raises(InputError, match="invalid YAML") as raised:
        load(path, Inventory)
    assert raised.value.line == 4


def test_an_impossible_date_names_its_line(tmp_path):
    path = write(tmp_path / "f.yml", "owner: me\nitems:\n  - name: a\n    count: 1\ntags:\n  when: 2026-02-30\n")
    with pytest.raises(InputError, match="invalid value: day is out of range") as raised:
        load(path, Inventory)
    assert raised.value.line == 6


@pytest.mark.parametrize("text", ["", "\n", "# only a comment\n"])
def test_empty_file(tmp_path, text):
    with pytest.raises(InputError, match="the file is empty"):
        load(write(tmp_path / "f.yml", text), Inventory)


def test_missing_file(tmp_path):
    with pytest.raises(InputError, match="file not found"):
        load(tmp_path / "none.yml", Inventory)


def test_not_utf8(tmp_path):
    path = tmp_path / "f.yml"
    path.write_bytes(b"owner: \xff\n")
    with pytest.raises(InputError, match="not valid UTF-8"):
        load(path, Inventory)


def test_line_and_key_lines(tmp_path):
    loaded = load(write(tmp_path / "f.yml", GOOD), Inventory)
    assert loaded.line("owner") == 1
    assert loaded.line("items") == 3
    assert loaded.line("items", 1) == 5
    assert loaded.line("items", 1, "count") == 6
    assert loaded.line("items", 9) == 3  # no such entry: the line of the deepest node found, the list
    assert loaded.key_lines() == {"owner": 1, "items": 2, "tags": 7}
    assert loaded.key_lines("tags") == {"x": 8, "y": 9}
    assert loaded.key_lines("items") == {}  # a list has no keys
    error = loaded.error("bad count", "items", 0, "count")
    assert (error.line, error.message) == (4, "bad count")
