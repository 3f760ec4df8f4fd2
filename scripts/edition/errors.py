"""One error type for bad input: it always names the file and, where known, the line."""

from __future__ import annotations

from pathlib import Path


class InputError(Exception):
    """Bad input (seed, metadata, editorial data): reported as ``file:line: message``."""

    def __init__(self, path: Path | str, line: int | None, message: str) -> None:
        self.path = Path(path)
        self.line = line
        self.message = message
        where = f"{self.path}:{line}" if line else f"{self.path}"
        super().__init__(f"{where}: {message}")
