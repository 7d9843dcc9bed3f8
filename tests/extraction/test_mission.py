"""The mission's own example, read from the demo articles in seeds/: who stands where, and who signed."""

from __future__ import annotations

from pathlib import Path

from graph.model import Entity, Relation
from loaders.extract import extract
from tests.extraction.score_export import article_from_text, metadata

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def _triples() -> set[tuple[str, str, str]]:
    out: set[tuple[str, str, str]] = set()
    for path in sorted(SEEDS.glob("*.txt")):
        records = extract(article_from_text(path.read_text(encoding="utf-8"), str(path), metadata(path)))
        names = {r.id: r.name for r in records if isinstance(r, Entity)}
        out |= {
            (names[r.source], r.type, names[r.target])
            for r in records
            if isinstance(r, Relation) and r.source in names and r.target in names
        }
    return out


def test_alliance_rejection_and_both_signatures() -> None:
    triples = _triples()
    assert ("Serbia", "ALLY_OF", "Russia") in triples or ("Russia", "ALLY_OF", "Serbia") in triples
    rejected = {o for s, t, o in triples if s == "Serbia" and t == "REJECTS"}
    assert any("referendum" in o for o in rejected), rejected
    signers = {s for s, t, o in triples if t == "SIGNED" and "consultation plan" in o}
    # the states sign, and so do the two ministers the text names
    assert {"Serbia", "Russia", "Sergey Lavrov", "Nikola Selaković"} <= signers, signers
