"""Fixtures of the unit tests; every test collected under tests/unit gets the ``unit`` marker."""

from __future__ import annotations

from pathlib import Path

import pytest

from edition.data.locales import Locale, load_locales
from edition.render.fragments import Fragments

from .factories import LANGUAGES, ROOT

UNIT = Path(__file__).resolve().parent


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        if item.path.resolve().is_relative_to(UNIT):
            item.add_marker(pytest.mark.unit)


@pytest.fixture(scope="session")
def locales() -> tuple[Locale, ...]:
    """The edition's two locales, with the real words of data/ui.yml (the default, ja, first)."""
    return load_locales(ROOT / "data" / "ui.yml", LANGUAGES)


@pytest.fixture(scope="session")
def ja(locales: tuple[Locale, ...]) -> Locale:
    return locales[0]


@pytest.fixture(scope="session")
def en(locales: tuple[Locale, ...]) -> Locale:
    return locales[1]


@pytest.fixture(scope="session")
def fragments() -> Fragments:
    """The fragments as the build renders them (the project's overrides/ over the packaged ones)."""
    return Fragments(ROOT / "overrides")
