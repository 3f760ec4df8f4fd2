"""errors: one message per problem, ``file:line: message``; Problems collects them all."""

from pathlib import Path

import pytest

from edition.errors import InputError, InputErrors, Problems


def test_input_error_names_file_and_line():
    error = InputError(Path("seeds/a.txt"), 12, "bad line")
    assert str(error) == "seeds/a.txt:12: bad line"
    assert (error.path, error.line, error.message) == (Path("seeds/a.txt"), 12, "bad line")


def test_input_error_without_line():
    assert str(InputError("data/x.yml", None, "file not found")) == "data/x.yml: file not found"


def test_input_errors_lists_every_error_in_order():
    errors = InputErrors([InputError("a", 1, "one"), InputError("b", 2, "two")])
    assert str(errors) == "a:1: one\nb:2: two"
    assert [e.message for e in errors.errors] == ["one", "two"]


def test_collect_records_an_input_error_and_goes_on():
    problems = Problems()
    with problems.collect():
        raise InputError("a", 1, "one")
    with problems.collect():
        raise InputErrors([InputError("b", 2, "two"), InputError("c", 3, "three")])
    with problems.collect():
        pass
    problems.add("d", None, "four")
    assert [str(e) for e in problems.errors] == ["a:1: one", "b:2: two", "c:3: three", "d: four"]


def test_collect_lets_other_exceptions_through():
    problems = Problems()
    with pytest.raises(ValueError), problems.collect():
        raise ValueError("a bug, not bad input")
    assert problems.errors == []


def test_raise_if_any():
    problems = Problems()
    problems.raise_if_any()  # nothing collected: no error
    problems.add("a", 1, "one")
    problems.add("b", 2, "two")
    with pytest.raises(InputErrors) as raised:
        problems.raise_if_any()
    assert [str(e) for e in raised.value.errors] == ["a:1: one", "b:2: two"]
