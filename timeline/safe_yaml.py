"""YAML from users (events files, Markdown front matter, ```timeline fences), loaded so it cannot hurt.

PyYAML's SafeLoader builds no objects, but it still expands aliases without limit (a 282-byte file
of nested aliases is 226 MB of output), follows circular ones, accepts tags such as ``!!binary`` or
``!!set`` that no timeline field means, and turns dates into date objects. Here aliases have a
budget, the expanded document a size limit, explicit tags are refused, nesting is bounded, and dates
stay text (the schema checks them). Every refusal names the line.
"""

from __future__ import annotations

import sys
from typing import Any

import yaml
from yaml.events import AliasEvent, CollectionStartEvent, ScalarEvent
from yaml.nodes import MappingNode, Node, SequenceNode

from timeline.errors import InputError

# An events file or front matter has no use for many aliases; a dozen covers a shared source list.
ALIAS_BUDGET = 50
# Nodes after expanding aliases: a 10,000-event file with five fields each is ~100,000 nodes.
EXPANDED_NODE_LIMIT = 1_000_000
# Timelines nest about six levels (events / sources / date); 64 leaves room and stays far from recursion limits.
NESTING_LIMIT = 64
# Python refuses to parse longer integers (sys.int_info.default_max_str_digits); we say so first.
INTEGER_DIGIT_LIMIT = getattr(sys.int_info, "default_max_str_digits", 4300) or 4300
# The tags a plain YAML scalar or collection resolves to; anything written explicitly is refused.
NON_SPECIFIC_TAGS = (None, "!")


class _Loader(yaml.SafeLoader):
    """SafeLoader that counts aliases, bounds nesting, refuses explicit tags and keeps dates as text."""

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self.aliases = 0
        self.depth = 0

    def compose_node(self, parent: Node | None, index: Any) -> Node | None:
        event = self.peek_event()
        if isinstance(event, AliasEvent):
            self.aliases += 1
            if self.aliases > ALIAS_BUDGET:
                raise _refusal(event, f"more than {ALIAS_BUDGET} aliases (*name): write the values out")
        elif isinstance(event, ScalarEvent | CollectionStartEvent) and event.tag not in NON_SPECIFIC_TAGS:
            raise _refusal(event, f"the tag {event.tag} is not supported: write plain values (text, numbers, lists)")
        self.depth += 1
        if self.depth > NESTING_LIMIT:
            raise _refusal(event, f"nested more than {NESTING_LIMIT} levels deep")
        try:
            return super().compose_node(parent, index)
        finally:
            self.depth -= 1

    def construct_yaml_int(self, node: Node) -> Any:
        if len(str(node.value)) > INTEGER_DIGIT_LIMIT:
            raise _refusal(node, f"a number with more than {INTEGER_DIGIT_LIMIT} digits")
        return super().construct_yaml_int(node)  # type: ignore[arg-type]


_Loader.add_constructor("tag:yaml.org,2002:int", _Loader.construct_yaml_int)
_Loader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


class _Refused(yaml.YAMLError):
    def __init__(self, mark: Any, problem: str) -> None:
        super().__init__(problem)
        self.problem_mark = mark
        self.problem = problem


def _refusal(where: Any, problem: str) -> _Refused:
    return _Refused(getattr(where, "start_mark", None), problem)


def load_yaml(text: str, *, source: str | None = None, label: str = "not valid YAML", first_line: int = 1) -> Any:
    """The data of a YAML text; InputError names the source, the line (counted from ``first_line``, for
    YAML inside another file) and what is wrong, after ``label``."""
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return None
        _check_expansion(node)
        return loader.construct_document(node)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line = mark.line + first_line if mark is not None else None
        problem = getattr(error, "problem", None) or error
        raise InputError(f"{label}: {problem}", source=source, line=line) from error
    finally:
        loader.dispose()


def _check_expansion(root: Node) -> None:
    """Refuse circular aliases and documents whose aliases expand past EXPANDED_NODE_LIMIT nodes."""
    sizes: dict[int, int] = {}
    open_nodes: set[int] = set()

    def size(node: Node) -> int:
        key = id(node)
        if key in sizes:
            return sizes[key]
        if key in open_nodes:
            raise _refusal(node, "a circular alias (a value that contains itself)")
        open_nodes.add(key)
        children: list[Node] = []
        if isinstance(node, SequenceNode):
            children = list(node.value)
        elif isinstance(node, MappingNode):
            children = [part for pair in node.value for part in pair]
        total = 1 + sum(size(child) for child in children)
        open_nodes.discard(key)
        if total > EXPANDED_NODE_LIMIT:
            raise _refusal(node, f"aliases expand it past {EXPANDED_NODE_LIMIT:,} values")
        sizes[key] = total
        return total

    size(root)
