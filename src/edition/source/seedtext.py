"""Read a seed file: strict UTF-8, tolerant of a BOM and of CRLF line ends.

The seed files themselves are never changed; these two tolerances only affect
the text handed to the parser (a BOM is not text, and CRLF/LF is a transport
detail of the file, not of the witness).
"""

from __future__ import annotations

from pathlib import Path

from ..errors import InputError

BOM = "\ufeff"


def read_seed(path: Path) -> list[str]:
    """Return the seed's lines (without line ends); raise InputError on bad input."""
    data = path.read_bytes()
    if not data.strip():
        raise InputError(path, None, "the seed is empty")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as err:
        line = data[: err.start].count(b"\n") + 1
        raise InputError(path, line, f"not valid UTF-8 (byte 0x{data[err.start]:02x} at offset {err.start})") from None
    text = text.removeprefix(BOM).replace("\r\n", "\n").replace("\r", "\n")
    for number, row in enumerate(text.split("\n"), start=1):
        for char in row:
            if 0xE000 <= ord(char) <= 0xF8FF or (ord(char) < 0x20 and char != "\t"):
                raise InputError(path, number, f"unexpected control or private-use character U+{ord(char):04X}")
    return text.split("\n")
