"""The doctests' fixture: a five-node graph you can draw on paper."""

from __future__ import annotations

import networkx as nx

from graph.model import Entity, Label, Relation
from graph.store.base import GraphData
from graph.subgraph import to_networkx


def demo_graph() -> nx.MultiDiGraph:
    """Russia supports a vote its allies Serbia and Kazakhstan reject; Kazakhstan only through Tokayev."""
    ents = [
        Entity("Country:RUS", Label.COUNTRY, "Russia"),
        Entity("Country:SRB", Label.COUNTRY, "Serbia"),
        Entity("Country:KAZ", Label.COUNTRY, "Kazakhstan"),
        Entity("Person:tokayev", Label.PERSON, "Tokayev"),
        Entity("Event:vote", Label.EVENT, "the vote"),
    ]
    rels = [
        Relation("Country:RUS", "ALLY_OF", "Country:SRB"),
        Relation("Country:RUS", "ALLY_OF", "Country:KAZ"),
        Relation("Country:RUS", "SUPPORTS", "Event:vote"),
        Relation("Country:SRB", "REJECTS", "Event:vote"),
        Relation("Person:tokayev", "HOLDS_OFFICE", "Country:KAZ", role="President"),
        Relation("Person:tokayev", "REJECTS", "Event:vote"),
    ]
    return to_networkx(GraphData(ents, [], rels))
