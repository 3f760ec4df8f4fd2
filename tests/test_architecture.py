"""The code's architecture, checked: stages import only the stages below them, languages come
only from the locale table, and what the pipeline generates is never committed."""

from __future__ import annotations

import ast
import subprocess
from pathlib import Path

import pytest
from helpers import ROOT

from edition.edition import load
from edition.project import Project
from edition.publish.write import OWNED
from edition.render import render_all

PACKAGE = ROOT / "src" / "edition"

# Each module's stage, and the stages it may import (README, "The pipeline"). ``base`` is what every
# stage shares (errors, YAML loading, the project's paths and configuration).
STAGES = {
    "errors": "base",
    "yamlfile": "base",
    "project": "base",
    "model": "model",
    "source": "source",
    "data": "data",
    "edition": "edition",
    "mentions": "edition",
    "render": "render",
    "publish": "publish",
    "pipeline": "pipeline",
    "release": "release",
    "publish.plugin": "adapter",
    "__main__": "adapter",
    "qa": "qa",
}
ALLOWED = {
    "base": {"base"},
    "model": {"model"},
    "source": {"base", "model", "source"},
    "data": {"base", "model", "data"},
    "edition": {"base", "model", "source", "data", "edition"},
    "render": {"base", "model", "data", "edition", "render"},
    "publish": {"base", "publish"},
    "pipeline": {"base", "edition", "render", "publish"},
    "release": {"base", "data", "edition", "publish"},  # records a release, builds it, commits it (mike)
    "adapter": {"base", "model", "data", "edition", "render", "publish", "pipeline", "release"},
    "qa": set(),
}


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def stage(module: str) -> str:
    """The stage of a module: the longest prefix listed in STAGES (``render.citation`` → render)."""
    parts = module.split(".")
    for length in range(len(parts), 0, -1):
        if ".".join(parts[:length]) in STAGES:
            return STAGES[".".join(parts[:length])]
    raise AssertionError(f"module {module!r} has no stage: add it to STAGES")


def imports(path: Path) -> set[str]:
    """The package's modules that a module imports (absolute ``edition.…`` or relative)."""
    module = module_name(path).split(".")
    package = module if path.name == "__init__.py" else module[:-1]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.level:  # from ..model import ids
            base = [*package[: len(package) - node.level + 1], *(node.module or "").split(".")]
            found |= {".".join(filter(None, base if node.module else [*base, a.name])) for a in node.names}
        elif isinstance(node, ast.ImportFrom) and (node.module or "").split(".")[0] == "edition":
            found.add(node.module.removeprefix("edition").removeprefix(".") if node.module else "")
        elif isinstance(node, ast.Import):
            found |= {a.name.removeprefix("edition.") for a in node.names if a.name.split(".")[0] == "edition"}
    return {name for name in found if name}


MODULES = sorted(PACKAGE.rglob("*.py"))


@pytest.mark.parametrize("path", MODULES, ids=[module_name(p) or "edition" for p in MODULES])
def test_a_stage_imports_only_the_stages_below_it(path):
    if path == PACKAGE / "__init__.py":
        return
    own = stage(module_name(path))
    wrong = {target for target in imports(path) if stage(target) not in ALLOWED[own] and stage(target) != own}
    assert not wrong, f"{module_name(path)} ({own}) imports {wrong}"


def test_the_import_rule_is_not_vacuous():
    """The rule sees real imports: the renderers import the edition, and a stage cannot import up."""
    assert "edition" in imports(PACKAGE / "render" / "reports.py")
    assert stage("render.reports") == "render" and "render" not in ALLOWED["edition"]
    assert "source" not in ALLOWED["data"] and "data" not in ALLOWED["source"]


def string_literals(path: Path) -> list[tuple[int, str]]:
    """Every string constant of a module except docstrings."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef)
        and node.body
        and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant)
    }
    return [
        (node.lineno, node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings
    ]


def test_no_language_code_outside_the_locale_table():
    """Languages come from mkdocs.yml's i18n languages and data/ui.yml (data/locales.py): no
    module of the pipeline names a language code."""
    codes = {language.code for language in Project(ROOT).languages}
    assert codes == {"ja", "en"}
    found = [
        f"{path.relative_to(ROOT)}:{line}: {value!r}"
        for path in MODULES
        for line, value in string_literals(path)
        if value in codes
    ]
    assert found == []


def tracked(*paths: str) -> list[str]:
    return subprocess.run(
        ["git", "ls-files", *paths], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.split()


def test_generated_files_are_ignored_and_not_committed():
    generated = sorted(f"docs/{path}" for path in render_all(load(Project(ROOT))))
    assert len(generated) > 350
    result = subprocess.run(
        ["git", "check-ignore", "--no-index", "--verbose", "--non-matching", *generated],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    not_ignored = [line.split("\t")[-1] for line in result.stdout.splitlines() if line.startswith("::")]
    assert not_ignored == []
    assert [path for path in tracked("docs") if path in generated] == []
    # what docs/ holds besides the generated files is hand-written
    assert sorted(tracked("docs")) == [
        "docs/en/editorial.md",
        "docs/en/offline.md",
        "docs/ja/editorial.md",
        "docs/ja/offline.md",
    ]


def test_every_owned_pattern_covers_generated_files():
    """write.OWNED (what a generation may delete) names only the generated kinds of file."""
    generated = {Path(path) for path in render_all(load(Project(ROOT)))}
    for pattern in OWNED:
        assert any(path.match(pattern) for path in generated), pattern
