"""Reading the reviewed data files: safe YAML that refuses a key given twice in one mapping, and a bare
word of a list that YAML would read as a boolean or as nothing ("on", "no", "true", "null")."""

from __future__ import annotations

from typing import Any

import yaml


class UniqueKeyLoader(yaml.SafeLoader):
    """A safe YAML loader that refuses a key given twice in one mapping (YAML would keep the last one
    silently: a second "deplore:" entry once overrode the first), and a list item that YAML reads as a
    boolean or null (the bare word "null" in a list of judging words was once read as nothing)."""


def _unique_mapping(loader: yaml.SafeLoader, node: yaml.MappingNode) -> dict[Any, Any]:
    seen: dict[Any, int] = {}
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=True)
        line = key_node.start_mark.line + 1
        if key in seen:
            raise ValueError(
                f"{key_node.start_mark.name}, line {line}: {key!r} given twice (first on line {seen[key]})"
            )
        seen[key] = line
    return loader.construct_mapping(node, deep=True)


UniqueKeyLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _unique_mapping)


_NOT_WORDS = {"tag:yaml.org,2002:bool", "tag:yaml.org,2002:null"}


def _word_list(loader: yaml.SafeLoader, node: yaml.SequenceNode) -> list[Any]:
    for item in node.value:
        if isinstance(item, yaml.ScalarNode) and item.tag in _NOT_WORDS and item.style is None:
            raise ValueError(
                f"{item.start_mark.name}, line {item.start_mark.line + 1}: {item.value!r} in a list is read "
                f"as {'nothing' if item.tag.endswith('null') else 'a boolean'}; quote it"
            )
    return loader.construct_sequence(node, deep=True)


UniqueKeyLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG, _word_list)
