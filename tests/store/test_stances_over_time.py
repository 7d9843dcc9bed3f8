"""``stances_over_time`` cuts a page before it reads evidence (from the relations' first and last dates,
the summary the store keeps of their evidence): every page, and the whole answer, must be what the
preset's earlier text (which grouped every evidence row of the actor) returns, on both engines, after
adds, records read again with another date or modality, an article removed and a merge.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sample_records import REFERENDUMS, SRB, ev

from graph import entities
from graph.model import Article, Entity, Label, Modality, Record, Relation
from graph.queries import bind, get_preset, run_cypher, run_saved
from graph.store import Store

# The preset before the page cut: every evidence row of the actor grouped, then sorted.
WHOLE = """
WITH toLower($actor) AS q, $include_negated AS neg, $include_undated AS undated
MATCH (k_a:NameKey {key: q})
UNWIND k_a.ids AS i_a
MATCH (a:__Node__)
WHERE a.id = i_a
WITH a, neg, undated
MATCH (a)-[r]->(t)
WHERE r.sign <> 0 AND (neg OR r.claimed)
WITH a, r, t, undated, r.key AS rk
MATCH (of:EvidenceOf {rel: rk})
UNWIND of.ids AS eid
MATCH (e:Evidence {id: eid})
WITH a, r, t, coalesce(e.date, '') AS day, undated
WHERE (day = '' AND undated) OR (day <> '' AND day >= $since AND day <= $until)
RETURN CASE WHEN day = '' THEN 'undated' ELSE day END AS day, a.name AS actor, a.id AS actor_id,
       type(r) AS relation, t.name AS target, t.id AS target_id,
       CASE WHEN r.sign > 0 THEN 'cooperative' ELSE 'hostile' END AS stance, count(*) AS statements
ORDER BY day, actor, actor_id, relation, target, target_id, stance, statements
"""

# A second actor answering to "Serbia" (an alias): the answer covers both, one cut for both.
FAN = Entity("Person:serbia-fan", Label.PERSON, "Serbia Fan", ("Serbia",))
COUNTRIES = [Entity(f"Country:K{i}", Label.COUNTRY, f"Kland {i}", (), f"K{i}") for i in range(4)]
DAYS = ["2023-03-01", "2023-03-02", "2023-03-02", None, "2023-02-27", "2023-03-05", "2023-03-01", None]
ARTICLES = [Article(f"Article:{i:016x}", f"Report {i}", None, None, day, None) for i, day in enumerate(DAYS)]
KINDS = ("SUPPORTS", "CRITICIZES", "SANCTIONS")
MODALITIES = (Modality.NEGATED, Modality.HYPOTHETICAL, Modality.ASSERTED)
PARAMS: list[dict[str, Any]] = [
    {"actor": "Serbia"},
    {"actor": "serbia", "include_negated": True},
    {"actor": "Serbia", "include_undated": False},
    {"actor": "Serbia", "since": "2023-03-01", "until": "2023-03-02"},
    {"actor": "Serbia", "since": "2023-03-02", "include_negated": True},
    {"actor": "Serbia Fan"},
    {"actor": "Kland 1", "include_negated": True},
]


def records() -> list[Record]:
    """Serbia's stances on four countries and the referendums, on days that repeat, some undated, some
    negated or hypothetical only, each relation stated in one to three articles; the fan's few."""
    out: list[Record] = [SRB, FAN, REFERENDUMS, *COUNTRIES, *ARTICLES]
    for i in range(40):
        kind, target = KINDS[i % 3], COUNTRIES[i % 4].id
        modality = MODALITIES[0 if i % 5 == 0 else 1 if i % 7 == 0 else 2]
        articles = [ARTICLES[(i * 3 + n * 5) % len(ARTICLES)] for n in range(1 + i % 3)]
        said = tuple(ev(a, f"{i} {n}", 100 * i + 10 * n, modality=modality) for n, a in enumerate(articles))
        out.append(Relation(SRB.id, kind, target, said))
    out.append(Relation(SRB.id, "REJECTS", REFERENDUMS.id, (ev(ARTICLES[4], "Serbia rejects", 5000),)))
    for i in range(3):
        said = (ev(ARTICLES[i + 1], f"fan {i}", 6000 + i),)
        out.append(Relation(FAN.id, "CRITICIZES", COUNTRIES[i].id, said))
    return out


def assert_pages_as_whole(store: Store) -> None:
    preset = get_preset("stances_over_time")
    cut = False
    for params in PARAMS:
        whole = run_cypher(store, WHOLE, bind(preset, params), limit=100_000).rows
        assert run_saved(store, "stances_over_time", params, limit=10_000).rows == whole, params
        for limit in (1, 2, 3, 5):
            page = 1
            while True:
                found = run_saved(store, "stances_over_time", params, limit=limit, page=page)
                skip = (page - 1) * limit
                assert found.rows == whole[skip : skip + limit], (params, limit, page)
                assert found.truncated == (len(whole) > skip + limit), (params, limit, page)
                cut = cut or len(whole) > skip + limit + 1
                if not found.truncated:
                    break
                page += 1
    assert cut, "no page was cut short of the whole answer"


def test_pages_equal_the_whole_answer_after_adds_rereads_removals_and_a_merge(
    store: Store, tmp_path: Path
) -> None:
    base = records()
    store.add(base)
    assert_pages_as_whole(store)
    # The same records read again with other dates and modalities (same spans: their evidence changes).
    again = [
        Relation(
            rel.source,
            rel.type,
            rel.target,
            tuple(
                ev(
                    next(a for a in ARTICLES if a.id == e.article),
                    e.quote,
                    e.start,
                    date="2023-02-20" if n % 2 else None,
                    modality=Modality.ASSERTED if e.modality is Modality.NEGATED else Modality.NEGATED,
                )
                for n, e in enumerate(rel.evidence)
            ),
        )
        for rel in base[9::4]
        if isinstance(rel, Relation)
    ]
    store.add(again)
    assert_pages_as_whole(store)
    store.replace([ARTICLES[4].id, ARTICLES[0].id], [])  # two articles removed (with their relations)
    assert_pages_as_whole(store)
    entities.merge(store, tmp_path / entities.DEFAULT_FILE, COUNTRIES[1].id, COUNTRIES[2].id)
    assert_pages_as_whole(store)
