"""Small graphs for the view tests, built from model records (never from the extractor)."""

from __future__ import annotations

import networkx as nx

from graph.model import Article, Entity, Evidence, Label, Modality, Relation
from graph.store.base import GraphData
from graph.subgraph import to_networkx

SRB, RUS, KAZ, UKR, EU = "Country:SRB", "Country:RUS", "Country:KAZ", "Country:UKR", "Organization:eu"
VUCIC, REF = "Person:aleksandar-vucic", "Event:2022-referendums"


def ev(
    quote: str,
    date: str = "2022-09-27",
    *,
    modality: Modality = Modality.ASSERTED,
    conf: float = 0.9,
    outlet: str = "RFE/RL",
    url: str | None = "https://www.rferl.org/a/serbia-referendums.html",
) -> Evidence:
    return Evidence(
        article="Article:0001",
        quote=quote,
        date=date,
        modality=modality,
        confidence=conf,
        outlet=outlet,
        url=url,
        start=hash(quote) % 10_000,
        end=hash(quote) % 10_000 + len(quote),
    )


def small_data() -> GraphData:
    """Seven entities and eight relations you can draw on paper (two of them between SRB and RUS)."""
    entities = [
        Entity(SRB, Label.COUNTRY, "Serbia", ("Srbija",), "SRB"),
        Entity(RUS, Label.COUNTRY, "Russia", ("Russian Federation", "Moscow"), "RUS"),
        Entity(KAZ, Label.COUNTRY, "Kazakhstan", (), "KAZ"),
        Entity(UKR, Label.COUNTRY, "Ukraine", (), "UKR"),
        Entity(EU, Label.ORGANIZATION, "European Union", ("EU", "Brussels")),
        Entity(VUCIC, Label.PERSON, "Aleksandar Vučić", ("Vucic",)),
        Entity(REF, Label.EVENT, "2022 annexation referendums"),
    ]
    relations = [
        Relation(SRB, "REJECTS", REF, (ev("Serbia will not recognise the referendums in Ukraine."),)),
        Relation(KAZ, "REJECTS", REF, (ev("Kazakhstan does not recognise the referendums.", "2022-09-26"),)),
        Relation(
            RUS, "ORGANIZED", REF, (ev("Russia organised the votes in occupied regions.", "2022-09-23"),)
        ),
        Relation(SRB, "MET_WITH", RUS, (ev("Vučić met Lavrov in Belgrade.", "2022-06-05", conf=0.6),)),
        Relation(
            SRB,
            "ALLY_OF",
            RUS,
            (ev("Serbia calls Russia a friend.", "2021-05-01", conf=0.5, outlet="Example News", url=None),),
        ),
        Relation(
            EU,
            "SANCTIONS",
            RUS,
            (
                ev("The EU imposed new sanctions on Russia.", "2022-10-06"),
                ev("Brussels widened the sanctions list.", "2022-12-16"),
            ),
        ),
        Relation(
            VUCIC,
            "HOLDS_OFFICE",
            SRB,
            (ev("President Aleksandar Vučić said…", "2022-09-27"),),
            role="President",
        ),
        Relation(
            RUS,
            "INVADED",
            UKR,
            (
                ev(
                    "Russia did not invade Ukraine, the minister claimed.",
                    "2022-03-01",
                    modality=Modality.NEGATED,
                ),
            ),
        ),
    ]
    return GraphData(entities, [], relations)


def small_graph() -> nx.MultiDiGraph:
    return to_networkx(small_data())


XSS = "<script>window.__xss='script'</script>"
IMG = "<img src=x onerror=\"window.__xss='img'\">"
JS_URL = "javascript:window.__xss='href'"


def hostile_data() -> GraphData:
    """Names, aliases, quotes, outlets and URLs that are markup and script: they must stay text."""
    a, b, c = "Country:XSS", "Person:<script>", "Organization:\"'><img src=x onerror=alert(1)>"
    entities = [
        Entity(a, Label.COUNTRY, XSS, (IMG, "</script><script>window.__xss='alias'</script>"), "XSS"),
        Entity(b, Label.PERSON, IMG, (XSS,)),
        Entity(c, Label.ORGANIZATION, "{{7*7}} ${alert(1)} <b>bold</b>", (JS_URL,)),
    ]
    hostile = Evidence(
        article="Article:<svg onload=alert(1)>",
        quote=XSS + IMG,
        date="2022-01-01",
        outlet=IMG,
        url=JS_URL,
        start=1,
        end=2,
    )
    relations = [
        Relation(a, "SUPPORTS", b, (hostile, ev(IMG, url="javascript:alert(document.domain)"))),
        Relation(
            b,
            "CRITICIZES",
            c,
            (
                ev(
                    "</script><script>window.__xss='quote'</script>",
                    outlet=XSS,
                    url="data:text/html,<script>alert(1)</script>",
                ),
            ),
        ),
        Relation(c, "SANCTIONS", a, (ev("plain quote", url=" javascript:window.__xss='space'"),)),
    ]
    article = Article("Article:<svg onload=alert(1)>", XSS, url=JS_URL, outlet=IMG, date="2022-01-01")
    return GraphData(entities, [article], relations)


def hostile_graph() -> nx.MultiDiGraph:
    return to_networkx(hostile_data())


def synthetic(n_nodes: int, n_edges: int, *, seed: int = 7) -> nx.MultiDiGraph:
    """A news-like graph: a few hub countries, many people and organisations, one quote per relation."""
    import random

    rng = random.Random(seed)
    labels = [Label.COUNTRY, Label.PERSON, Label.ORGANIZATION, Label.EVENT, Label.REGION, Label.AGREEMENT]
    entities = [Entity(f"{labels[i % 6].value}:n{i}", labels[i % 6], f"Node {i}") for i in range(n_nodes)]
    types = ["SUPPORTS", "REJECTS", "CRITICIZES", "SANCTIONS", "REQUESTS", "CONDEMNS"]
    seen: set[tuple[int, int, str]] = set()
    relations = []
    while len(relations) < n_edges:
        u = (
            min(int(rng.paretovariate(1.2)) - 1, n_nodes - 1)
            if rng.random() < 0.5
            else rng.randrange(n_nodes)
        )
        v = rng.randrange(n_nodes)
        t = rng.choice(types)
        if u == v or (u, v, t) in seen:
            continue
        seen.add((u, v, t))
        day = f"2022-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        relations.append(
            Relation(
                entities[u].id,
                t,
                entities[v].id,
                (ev(f"Quote {len(relations)}", day, conf=round(rng.random(), 2)),),
            )
        )
    return to_networkx(GraphData(entities, [], relations))
