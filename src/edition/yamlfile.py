"""Load a YAML data file into a pydantic model; every error names the file and line.

Each file is parsed once (with libyaml's C parser when PyYAML has it), and the node tree is
kept: ``Loaded.line`` names the line of any entry, for the checks made after the schema's.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Generic, TypeVar

import yaml
from pydantic import BaseModel, ValidationError

from .errors import InputError, InputErrors

Model = TypeVar("Model", bound=BaseModel)
Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _node_at(node: yaml.Node, loc: tuple[int | str, ...]) -> yaml.Node:
    """The YAML node at a location (keys and list indexes; the deepest one found)."""
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
    return node


def _unbuildable_line(node: yaml.Node | None) -> int | None:
    """The line of the first scalar that the loader cannot make a value of."""
    probe = Loader("")
    stack = [node] if node is not None else []
    while stack:
        node = stack.pop()
        if isinstance(node, yaml.ScalarNode):
            try:
                probe.construct_object(node)
            except ValueError:
                return node.start_mark.line + 1
        elif isinstance(node, yaml.SequenceNode):
            stack.extend(reversed(node.value))
        elif isinstance(node, yaml.MappingNode):
            stack.extend(item for pair in reversed(node.value) for item in reversed(pair))
    return None


@dataclass(frozen=True)
class Loaded(Generic[Model]):
    path: Path
    data: Model
    node: yaml.Node

    def line(self, *loc: int | str) -> int:
        return _node_at(self.node, loc).start_mark.line + 1

    def key_lines(self, *loc: int | str) -> dict[str, int]:
        """The line of each key of the mapping at ``loc``."""
        node = _node_at(self.node, loc)
        return {k.value: k.start_mark.line + 1 for k, _ in node.value} if isinstance(node, yaml.MappingNode) else {}

    def error(self, message: str, *loc: int | str) -> InputError:
        return InputError(self.path, self.line(*loc), message)


def load(path: Path, model: type[Model]) -> Loaded[Model]:
    """The file validated by ``model``; every schema error of the file at once."""
    try:
        loader = Loader(path.read_text(encoding="utf-8"))
        try:
            node = loader.get_single_node()
            try:
                data = loader.construct_document(node) if node is not None else None
            except ValueError as err:  # a scalar of no possible value, e.g. an impossible date (2026-02-30)
                raise InputError(path, _unbuildable_line(node), f"invalid value: {err}") from None
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
        return Loaded(path, model.model_validate(data), node)
    except ValidationError as err:
        raise InputErrors(
            [
                InputError(
                    path, _node_at(node, e["loc"]).start_mark.line + 1, f"{'.'.join(map(str, e['loc']))}: {e['msg']}"
                )
                for e in err.errors()
            ]
        ) from None
