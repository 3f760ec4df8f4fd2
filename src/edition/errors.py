"""Bad input is reported as ``file:line: message``, all of it at once where it can be found."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


class InputError(Exception):
    """One problem of the input (seed, metadata, data file), naming the file and, where known, the line."""

    def __init__(self, path: Path | str, line: int | None, message: str) -> None:
        self.path = Path(path)
        self.line = line
        self.message = message
        where = f"{self.path}:{line}" if line else f"{self.path}"
        super().__init__(f"{where}: {message}")


class InputErrors(Exception):  # noqa: N818 (the plural of InputError)
    """Every problem found in one pass over the input, in the order found."""

    def __init__(self, errors: list[InputError]) -> None:
        self.errors = errors
        super().__init__("\n".join(str(error) for error in errors))


class Problems:
    """Collects input errors, so that one run reports every error it can find.

    A check that cannot go on after an error raises; ``collect`` records it and lets the next
    independent check run. ``raise_if_any`` ends a stage whose output the next stage needs.
    """

    def __init__(self) -> None:
        self.errors: list[InputError] = []

    def add(self, path: Path | str, line: int | None, message: str) -> None:
        self.errors.append(InputError(path, line, message))

    @contextmanager
    def collect(self) -> Iterator[None]:
        try:
            yield
        except InputErrors as errors:
            self.errors += errors.errors
        except InputError as error:
            self.errors.append(error)

    def raise_if_any(self) -> None:
        if self.errors:
            raise InputErrors(self.errors)
