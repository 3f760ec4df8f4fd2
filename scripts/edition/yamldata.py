"""Load a YAML data file into a pydantic model; every error names the file and line."""

from __future__ import annotations

from pathlib import Path
from typing import TypeVar

import yaml
from pydantic import BaseModel, ValidationError

from .errors import InputError

Model = TypeVar("Model", bound=BaseModel)


def _line_of(node: yaml.Node, loc: tuple[int | str, ...]) -> int:
    """The line of the YAML node at pydantic's error location (the deepest one found)."""
    for key in loc:
        if isinstance(node, yaml.MappingNode):
            match = next((v for k, v in node.value if k.value == key), None)
        elif isinstance(node, yaml.SequenceNode) and isinstance(key, int) and key < len(node.value):
            match = node.value[key]
        else:
            match = None
        if match is None:
            break
        node = match
    return node.start_mark.line + 1


def load(path: Path, model: type[Model]) -> Model:
    try:
        text = path.read_text(encoding="utf-8")
        node = yaml.compose(text, Loader=yaml.SafeLoader)
        data = yaml.safe_load(text)
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
        return model.model_validate(data)
    except ValidationError as err:
        first = err.errors()[0]
        where = ".".join(str(part) for part in first["loc"])
        raise InputError(path, _line_of(node, first["loc"]), f"{where}: {first['msg']}") from None
