"""source.seedtext: strict UTF-8, tolerant of a BOM and of CRLF; errors name the line."""

import pytest

from edition.errors import InputError
from edition.source.seedtext import read_seed


def seed(tmp_path, data: bytes):
    path = tmp_path / "seed.txt"
    path.write_bytes(data)
    return path


def test_lines_without_line_ends(tmp_path):
    assert read_seed(seed(tmp_path, "はじめに\n本文。\n".encode())) == ["はじめに", "本文。", ""]


def test_bom_and_crlf_are_tolerated(tmp_path):
    plain = read_seed(seed(tmp_path, "はじめに\n 本文。\n\n".encode()))
    assert read_seed(seed(tmp_path, "\ufeffはじめに\r\n 本文。\r\n\r\n".encode())) == plain


def test_cr_line_ends(tmp_path):
    assert read_seed(seed(tmp_path, b"a\rb")) == ["a", "b"]


def test_tab_is_allowed(tmp_path):
    assert read_seed(seed(tmp_path, b"a\tb")) == ["a\tb"]


@pytest.mark.parametrize("data", [b"", b"\n\n", b"  \r\n"])
def test_empty(tmp_path, data):
    with pytest.raises(InputError, match="the seed is empty") as raised:
        read_seed(seed(tmp_path, data))
    assert raised.value.line is None


def test_invalid_utf8_names_the_line(tmp_path):
    path = seed(tmp_path, "一行目\r\n二行目\r\n三".encode() + b"\xff\n")
    with pytest.raises(InputError, match=r"not valid UTF-8 \(byte 0xff") as raised:
        read_seed(path)
    assert raised.value.line == 3
    assert raised.value.path == path


def test_private_use_character_names_the_line(tmp_path):
    with pytest.raises(InputError, match="U\\+E000") as raised:
        read_seed(seed(tmp_path, "\ufeff一\r\n二\r\n三\ue000\n".encode()))
    assert raised.value.line == 3


def test_control_character_names_the_line(tmp_path):
    with pytest.raises(InputError, match="U\\+000C") as raised:
        read_seed(seed(tmp_path, b"a\nb\x0c\n"))
    assert raised.value.line == 2
