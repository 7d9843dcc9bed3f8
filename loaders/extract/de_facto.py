"""De facto states that act as states in an article: the Country node of convention 11.

The gazetteer keeps the entities outside UN membership that govern themselves (Taiwan, Kosovo, Somaliland,
Northern Cyprus ...: regions of kind ``de_facto_state``) as Region nodes, which is what they are where the
text only names them, places them or denies them ("Kazakhstan does not recognise Kosovo", "the attack in
northern Kosovo"). Where the article has one act as a state, convention 11 labels it Country: it states,
asks, signs or meets something itself, someone holds an office in it, or a state recognises it, meets it or
is its ally. Its claims then go to a Country node of the same name, except those that read it as a place (an
event held in it, its own parts, forces sent into it), which keep the Region.
"""

from __future__ import annotations

from collections.abc import Mapping

from graph.model import CLAIM_MODALITIES, RELATIONS, Label, Relation, entity_id, label_of
from loaders.extract.context import Node

# relations that read their Region end as a place: they keep it whatever the article makes of the state
_PLACE_USES = frozenset(
    {"HELD_IN", "PART_OF", "OCCUPIES", "INVADED", "WITHDREW_FROM", "MOBILIZES", "MENTIONS"}
)
# what a state is the object of and a territory is not: an office in it, recognition, a meeting, an alliance
_STATE_OBJECT = frozenset({"HOLDS_OFFICE", "RECOGNIZES", "MET_WITH", "ALLY_OF"})


def acting(relations: list[Relation], nodes: Mapping[str, Node]) -> set[str]:
    """The de facto states (Region node ids) that act as states in these relations."""
    out: set[str] = set()
    for rel in relations:
        if rel.type in _PLACE_USES or not any(ev.modality in CLAIM_MODALITIES for ev in rel.evidence):
            continue
        for end, acts in ((rel.source, True), (rel.target, rel.type in _STATE_OBJECT)):
            node = nodes.get(end)
            if acts and node is not None and node.attrs.get("kind") == "de_facto_state":
                out.add(end)
    return out


def as_states(relations: list[Relation], nodes: dict[str, Node]) -> dict[str, str]:
    """Move the claims of the de facto states acting as states to a Country node of the same name (added to
    ``nodes``); the relations are rewritten in place. Gives the Region ids moved and their Country ids."""
    moved: dict[str, str] = {}
    for key in sorted(acting(relations, nodes)):
        region = nodes[key]
        state = entity_id(Label.COUNTRY, region.name)
        nodes.setdefault(
            state, Node(state, Label.COUNTRY, region.name, set(region.aliases), None, dict(region.attrs))
        )
        moved[key] = state
    if not moved:
        return moved
    for i, rel in enumerate(relations):
        if rel.type in _PLACE_USES:
            continue
        kind = RELATIONS[rel.type]
        source = moved.get(rel.source, rel.source)
        target = moved.get(rel.target, rel.target)
        if label_of(source) not in kind.subjects:
            source = rel.source
        if label_of(target) not in kind.objects:
            target = rel.target
        if (source, target) != (rel.source, rel.target):
            relations[i] = Relation(source, rel.type, target, rel.evidence, rel.role, rel.status)
    return moved
