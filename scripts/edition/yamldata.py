"""Load a YAML data file into a pydantic model; every error names the file and line.

Each file is parsed once (with libyaml's C parser when PyYAML has it), and the node tree is
kept so that callers can name the line of an entry in their own error messages.
"""

from __future__ import annotations

from pathlib import Path
from typing import TypeVar

import yaml
from pydantic import BaseModel, ValidationError

from .errors import InputError

Model = TypeVar("Model", bound=BaseModel)
Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _line_of(node: yaml.Node, loc: tuple[int | str, ...]) -> int:
    """The line of the YAML node at pydantic's error location (the deepest one found)."""
    for key in loc:
        if isinstance(node, yaml.MappingNode):
            match = next((v for k, v in node.value if k.value == str(key)), None)
        elif isinstance(node, yaml.SequenceNode) and isinstance(key, int) and key < len(node.value):
            match = node.value[key]
        else:
            match = None
        if match is None:
            break
        node = match
    return node.start_mark.line + 1


def load_with_node(path: Path, model: type[Model]) -> tuple[Model, yaml.Node]:
    try:
        loader = Loader(path.read_text(encoding="utf-8"))
        try:
            node = loader.get_single_node()
            data = loader.construct_document(node) if node is not None else None
        finally:
            loader.dispose()
    except FileNotFoundError:
        raise InputError(path, None, "file not found") from None
    except UnicodeDecodeError as err:
        raise InputError(path, None, f"not valid UTF-8: {err}") from None
    except yaml.MarkedYAMLError as err:
        line = err.problem_mark.line + 1 if err.problem_mark else None
        raise InputError(path, line, f"invalid YAML: {err.problem}") from None
    if node is None:
        raise InputError(path, None, "the file is empty")
    try:
        return model.model_validate(data), node
    except ValidationError as err:
        first = err.errors()[0]
        where = ".".join(str(part) for part in first["loc"])
        raise InputError(path, _line_of(node, first["loc"]), f"{where}: {first['msg']}") from None


def load(path: Path, model: type[Model]) -> Model:
    return load_with_node(path, model)[0]
