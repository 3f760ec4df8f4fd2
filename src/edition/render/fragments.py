"""HTML fragments from Jinja templates, autoescaped, as Material renders its own partials.

The templates are ``render/templates/edition/*.html``; a file of the same name under
``overrides/fragments/edition/`` replaces one (as ``overrides/`` does for Material's). The Python
computes the values; the markup and its escaping live in the templates.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

from jinja2 import ChoiceLoader, Environment, FileSystemLoader, StrictUndefined, select_autoescape

TEMPLATES = Path(__file__).parent / "templates"


@cache
def environment(overrides: Path) -> Environment:
    loader = ChoiceLoader([FileSystemLoader(overrides / "fragments"), FileSystemLoader(TEMPLATES)])
    return Environment(
        loader=loader,
        autoescape=select_autoescape(default=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=False,
    )


class Fragments:
    """The fragments of one build: ``fragments.render("cite.html", unit=…)``, or a macro of
    ``inline.html`` by name: ``fragments.inline("page_marker", 3)``."""

    def __init__(self, overrides: Path) -> None:
        self.env = environment(overrides)
        self._inline = self.env.get_template("edition/inline.html").module

    def render(self, name: str, **context: Any) -> str:
        return self.env.get_template(f"edition/{name}").render(**context).strip()

    def inline(self, macro: str, *args: Any, **kwargs: Any) -> str:
        return str(getattr(self._inline, macro)(*args, **kwargs)).strip()
